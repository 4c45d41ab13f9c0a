"""Digitally signed attestati: one signature for the whole file, its visible field over the
first page's signature line; one signature per file when each person gets a file."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest
from day_helpers import confirmed_session, flat, page_texts, pdf_text, sign_up
from pyhanko.pdf_utils.reader import PdfFileReader
from pypdf import PdfReader
from signing_helpers import PASSWORD, SigningCA, make_ca, validate, write_p12

from exchange_desktop.domain.errors import DomainError
from exchange_desktop.exports.pdf_signing import SIGNATURE_FIELD, load_signer
from exchange_desktop.services.attendance import marks as attendance_service
from exchange_desktop.services.documents.certificate_signer import SignerMismatchError
from exchange_desktop.services.documents.day_documents import (
    export_certificates,
    export_certificates_each,
)
from exchange_desktop.services.practices.catalogue import update_practice
from exchange_desktop.storage.database import Database


@pytest.fixture
def ca() -> SigningCA:
    return make_ca()


@pytest.fixture
def session_id(db: Database) -> int:
    _practice, session_id = confirmed_session(db)
    for registration in sign_up(db, session_id, [("Rossi", "Anna"), ("Bianchi", "Ugo")]):
        attendance_service.set_attendance(db, registration, True)
    return session_id


def _widget_rect(pdf: bytes) -> tuple[int, list[float]]:
    """The page (from 0) and the rectangle of the signature's visible field."""
    reader = PdfFileReader(BytesIO(pdf))
    (signature,) = reader.embedded_signatures
    assert signature.field_name == SIGNATURE_FIELD
    widget = signature.sig_field
    pages = [reader.root["/Pages"]["/Kids"][n].get_object() for n in range(2)]
    page = next(n for n, p in enumerate(pages) if "/Annots" in p)
    return page, [float(v) for v in widget["/Rect"]]


def test_one_signature_for_the_whole_file(
    db: Database, session_id: int, ca: SigningCA, tmp_path: Path
) -> None:
    signer = load_signer(write_p12(tmp_path / "firma.p12", ca), PASSWORD)
    path = export_certificates(db, session_id, tmp_path / "attestati.pdf", signer=signer)
    pdf = path.read_bytes()
    status = validate(pdf, ca)
    assert status.bottom_line
    assert status.coverage.name == "ENTIRE_FILE"
    page, (x1, y1, x2, y2) = _widget_rect(pdf)
    assert page == 0
    # over the signature line, in the right half of the page, above the bottom border
    assert 297 < x1 < x2 < 560
    assert 60 < y1 < y2 < 300
    assert 25 < y2 - y1 < 80
    texts = [flat(text) for text in page_texts(path)]
    assert len(texts) == 2
    for text in texts:
        assert "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005" in text
        assert "Firma autografa" not in text


def test_unsigned_certificates_have_a_plain_signature_line(
    db: Database, session_id: int, tmp_path: Path
) -> None:
    path = export_certificates(db, session_id, tmp_path / "attestati.pdf")
    assert b"/Sig" not in path.read_bytes()
    for text in page_texts(path):
        assert "Firma autografa" not in flat(text)  # not the start of "sostituita a mezzo…"
        assert "firmato digitalmente" not in flat(text)


@pytest.mark.both_backends  # one run of this export on the server too
def test_one_signed_file_each(db: Database, session_id: int, ca: SigningCA, tmp_path: Path) -> None:
    signer = load_signer(write_p12(tmp_path / "firma.p12", ca), PASSWORD)
    written = export_certificates_each(db, session_id, tmp_path / "cartella", signer=signer)
    assert len(written) == 2
    for path in written:
        assert validate(path.read_bytes(), ca).bottom_line


def test_a_failed_signature_leaves_no_file(
    db: Database, session_id: int, ca: SigningCA, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from exchange_desktop.exports import pdf_signing

    def refuse(*_args: object, **_kwargs: object) -> bytes:
        raise DomainError(pdf_signing.Message("Messages", "firma rifiutata"))

    signer = load_signer(write_p12(tmp_path / "firma.p12", ca), PASSWORD)
    monkeypatch.setattr(pdf_signing, "sign_pdf", refuse)
    target = tmp_path / "attestati.pdf"
    with pytest.raises(DomainError, match="firma rifiutata"):
        export_certificates(db, session_id, target, signer=signer)
    assert list(tmp_path.glob("*.pdf")) == []
    assert list(tmp_path.glob(".~*")) == []


def test_the_certificate_must_be_the_printed_signers(
    db: Database, session_id: int, ca: SigningCA, tmp_path: Path
) -> None:
    """Maria Rossi's certificate signs for "Dott.ssa MARIA ROSSÌ" (titles, case, accents
    aside), not for Dott.ssa Laura Ferrari; with signer_from_certificate her name is printed."""
    signer = load_signer(write_p12(tmp_path / "firma.p12", ca), PASSWORD)
    update_practice(db, 1, signer_name="Dott.ssa  ROSSÌ Maria", signer_title="Dirigente")
    export_certificates(db, session_id, tmp_path / "ok.pdf", signer=signer)
    assert "ROSSÌ Maria" in pdf_text(tmp_path / "ok.pdf")
    update_practice(db, 1, signer_name="Dott.ssa Laura Ferrari", signer_title="Dirigente")
    with pytest.raises(
        SignerMismatchError, match=r"è di Maria Rossi, ma .* Dott\.ssa Laura Ferrari"
    ):
        export_certificates(db, session_id, tmp_path / "no.pdf", signer=signer)
    assert not (tmp_path / "no.pdf").exists()
    path = export_certificates(
        db, session_id, tmp_path / "cert.pdf", signer=signer, signer_from_certificate=True
    )
    text = pdf_text(path)
    assert "Maria Rossi Dirigente" in text and "Ferrari" not in text
    assert validate(path.read_bytes(), ca).bottom_line


def test_no_signer_name_is_refused_saying_where_to_set_it(
    db: Database, session_id: int, tmp_path: Path
) -> None:
    update_practice(db, 1, signer_name="", signer_title="")
    with pytest.raises(DomainError, match=r"scheda Pratica .* File → Preferenze"):
        export_certificates(db, session_id, tmp_path / "a.pdf")
    update_practice(db, 1, signer_name="Dott. Paolo Neri", signer_title="")
    with pytest.raises(
        DomainError, match=r"Manca la qualifica del firmatario \(Dott. Paolo Neri\)"
    ):
        export_certificates(db, session_id, tmp_path / "a.pdf")
    assert not (tmp_path / "a.pdf").exists()


def _stamp_fonts(pdf: bytes) -> set[str]:
    """The fonts the signature's visible stamp uses (its appearance and nested forms)."""
    reader = PdfReader(BytesIO(pdf))
    found: set[str] = set()

    def visit(xobject) -> None:
        resources = xobject.get("/Resources", {})
        for reference in resources.get("/Font", {}).values():
            font = reference.get_object()
            descriptor = font.get("/FontDescriptor") or font.get("/DescendantFonts", [{}])[0]
            embedded = "/FontFile2" in str(descriptor.get_object()) or "/FontFile" in str(
                descriptor.get_object().get("/FontDescriptor", {})
            )
            found.add(f"{font['/BaseFont']}{' embedded' if embedded else ''}")
        for inner in resources.get("/XObject", {}).values():
            visit(inner.get_object())

    for annotation in reader.pages[0]["/Annots"]:
        widget = annotation.get_object()
        if widget.get("/FT") == "/Sig":
            visit(widget["/AP"]["/N"].get_object())
    return found


def test_the_stamp_is_in_the_documents_embedded_font(
    db: Database, session_id: int, ca: SigningCA, tmp_path: Path
) -> None:
    signer = load_signer(write_p12(tmp_path / "firma.p12", ca), PASSWORD)
    path = export_certificates(db, session_id, tmp_path / "a.pdf", signer=signer)
    fonts = _stamp_fonts(path.read_bytes())
    assert fonts and all("DejaVuSans" in font and font.endswith("embedded") for font in fonts)
    assert not any("Courier" in font for font in fonts)


def test_the_stamps_letters_have_their_own_widths(
    db: Database, session_id: int, ca: SigningCA, tmp_path: Path
) -> None:
    """Widths in thousandths of an em, as PDF reads them: in the font's 2048 units the
    letters came out spaced apart and the line cut off ("F i r m a t o  d i g i t a l m")."""
    from pypdf import PdfReader

    signer = load_signer(write_p12(tmp_path / "firma.p12", ca), PASSWORD)
    path = export_certificates(db, session_id, tmp_path / "a.pdf", signer=signer)
    reader = PdfReader(path)
    widths: list[int] = []
    for annotation in reader.pages[0]["/Annots"]:
        widget = annotation.get_object()
        if widget.get("/FT") != "/Sig":
            continue
        font = widget["/AP"]["/N"].get_object()["/Resources"]["/Font"]["/F1"].get_object()
        cid_font = font["/DescendantFonts"][0].get_object()
        widths = [int(w) for entry in cid_font["/W"] if isinstance(entry, list) for w in entry]
    assert widths and max(widths) <= 1100  # DejaVu's widest glyphs here are about 1000
    assert 500 < sorted(widths)[len(widths) // 2] < 700  # a lower-case letter, about 0.6 em
