"""PAdES signatures with a PKCS#12 file: valid and trusted when intact, broken when tampered,
and every wrong file or password refused with a message."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from io import BytesIO
from pathlib import Path

import pytest
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import signers
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from signing_helpers import PASSWORD, SIGNER_NAME, SigningCA, make_ca, validate, write_p12

from exchange_desktop.domain.errors import DomainError
from exchange_desktop.exports.pdf_signing import (
    SIGNATURE_FIELD,
    load_signer,
    read_password_file,
    sign_pdf,
)

BOX = (340, 100, 524, 150)


@pytest.fixture
def ca() -> SigningCA:
    return make_ca()


@pytest.fixture
def p12(tmp_path: Path, ca: SigningCA) -> Path:
    return write_p12(tmp_path / "firma è.p12", ca)


def small_pdf() -> bytes:
    stream = BytesIO()
    canvas = Canvas(stream, pagesize=A4)
    canvas.drawString(72, 750, "Attestato di prova")
    canvas.line(BOX[0], BOX[1], BOX[2], BOX[1])
    canvas.showPage()
    canvas.save()
    return stream.getvalue()


@pytest.fixture
def signed(p12: Path) -> bytes:
    return sign_pdf(small_pdf(), load_signer(p12, PASSWORD), field_box=BOX, location="Monza")


def test_signed_pdf_is_intact_valid_and_trusted(signed: bytes, ca: SigningCA) -> None:
    status = validate(signed, ca)
    assert status.intact
    assert status.valid
    assert status.trusted
    assert status.bottom_line
    assert status.coverage.name == "ENTIRE_FILE"


def test_signature_is_pades_with_a_visible_field(signed: bytes) -> None:
    reader = PdfFileReader(BytesIO(signed))
    (signature,) = reader.embedded_signatures
    assert signature.field_name == SIGNATURE_FIELD
    assert signature.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"
    assert signature.sig_object["/Reason"] == "Attestato di partecipazione"
    assert signature.sig_object["/Location"] == "Monza"
    assert signature.md_algorithm == "sha256"
    widget = signature.sig_field
    assert [round(float(v)) for v in widget["/Rect"]] == list(BOX)
    assert "/AP" in widget  # it has an appearance: the stamp is visible
    assert signature.signer_cert.subject.native["common_name"] == SIGNER_NAME


def test_a_changed_byte_breaks_the_signature(signed: bytes, ca: SigningCA) -> None:
    at = signed.index(b"595.2756")  # the page's width, in the signed first revision
    tampered = signed[:at] + b"612.0000" + signed[at + 8 :]
    status = validate(tampered, ca)
    assert not status.intact  # the document's digest no longer matches the signed one
    assert not status.bottom_line
    # pyHanko's "valid" is about the signature over the signed attributes, still genuine here


def test_a_changed_signature_value_is_invalid(signed: bytes, ca: SigningCA) -> None:
    start = signed.index(b"/Contents <") + len(b"/Contents <")
    end = signed.index(b">", start)
    last = start + len(signed[start:end].rstrip(b"0")) - 4  # inside the RSA signature value
    flipped = b"0" if signed[last : last + 1] != b"0" else b"1"
    status = validate(signed[:last] + flipped + signed[last + 1 :], ca)
    assert status.intact  # the document is as signed …
    assert not status.valid  # … but the signature is not the signer's
    assert not status.bottom_line


def test_an_update_after_signing_is_seen(signed: bytes, ca: SigningCA) -> None:
    """A later incremental update that replaces the page's text: the signed revision stays
    intact, but the signature no longer covers the file and the change is caught."""
    writer = IncrementalPdfFileWriter(BytesIO(signed))
    page_ref = writer.root["/Pages"]["/Kids"][0]
    page = page_ref.get_object()
    forged = generic.StreamObject(stream_data=b"BT /F1 12 Tf 72 750 Td (Falso) Tj ET")
    page["/Contents"] = writer.add_object(forged)
    writer.update_container(page)
    out = BytesIO()
    writer.write(out)
    status = validate(out.getvalue(), ca)
    assert status.coverage.name != "ENTIRE_FILE"
    assert status.modification_level.name not in ("NONE", "LTA_UPDATES")
    assert not status.bottom_line


def test_untrusted_root_is_reported(signed: bytes, tmp_path: Path) -> None:
    other = SigningCA(*_other_ca())
    status = validate(signed, other)
    assert status.intact
    assert not status.trusted


def _other_ca():
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509 import CertificateBuilder, random_serial_number
    from signing_helpers import _name

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    now = datetime.now(timezone.utc)
    cert = (
        CertificateBuilder()
        .subject_name(_name("Altra CA"))
        .issuer_name(_name("Altra CA"))
        .public_key(key.public_key())
        .serial_number(random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=10))
        .sign(key, hashes.SHA256())
    )
    return cert, key


# --- refusals ------------------------------------------------------------------------------


def test_wrong_password(p12: Path) -> None:
    with pytest.raises(DomainError, match="Password errata"):
        load_signer(p12, b"sbagliata")


def test_not_a_p12_file(tmp_path: Path) -> None:
    fake = tmp_path / "firma.p12"
    fake.write_bytes(small_pdf())
    with pytest.raises(DomainError, match="non è un file di certificato PKCS#12"):
        load_signer(fake, PASSWORD)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(DomainError, match="Impossibile leggere il file del certificato"):
        load_signer(tmp_path / "nessuno.p12", PASSWORD)


def test_file_without_a_private_key(tmp_path: Path, ca: SigningCA) -> None:
    p12 = write_p12(tmp_path / "solo-certificato.p12", ca, with_key=False)
    with pytest.raises(DomainError, match="non contiene una chiave privata"):
        load_signer(p12, PASSWORD)


def test_expired_certificate(tmp_path: Path, ca: SigningCA) -> None:
    p12 = write_p12(tmp_path / "scaduto.p12", ca, valid_from_days=-400, valid_for_days=30)
    with pytest.raises(DomainError, match="scaduto"):
        load_signer(p12, PASSWORD)


def test_certificate_not_yet_valid(tmp_path: Path, ca: SigningCA) -> None:
    p12 = write_p12(tmp_path / "futuro.p12", ca, valid_from_days=10)
    with pytest.raises(DomainError, match="non è ancora valido"):
        load_signer(p12, PASSWORD)


def test_validity_is_checked_at_the_moment_given(p12: Path) -> None:
    later = datetime.now(timezone.utc) + timedelta(days=800)
    with pytest.raises(DomainError, match="scaduto"):
        load_signer(p12, PASSWORD, now=later)


def test_a_broken_pdf_is_refused(p12: Path) -> None:
    with pytest.raises(DomainError, match="Impossibile firmare digitalmente"):
        sign_pdf(b"%PDF-1.4 rotto", load_signer(p12, PASSWORD), field_box=BOX)


def test_any_pyhanko_signer_is_accepted(p12: Path, ca: SigningCA) -> None:
    """The signing step does not care where the key came from (a smart card, later)."""
    signer = signers.SimpleSigner.load_pkcs12(p12, passphrase=PASSWORD)
    assert validate(sign_pdf(small_pdf(), signer, field_box=BOX), ca).bottom_line


# --- the password file ---------------------------------------------------------------------


def test_password_file_first_line(tmp_path: Path) -> None:
    path = tmp_path / "password.txt"
    path.write_bytes(b" spazio finale \r\naltro\n")
    assert read_password_file(path) == b" spazio finale "


@pytest.mark.parametrize("content", [b"", b"\n", b"\r\nseconda riga\n"])
def test_empty_password_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "password.txt"
    path.write_bytes(content)
    with pytest.raises(DomainError, match="è vuoto"):
        read_password_file(path)


def test_missing_password_file(tmp_path: Path) -> None:
    with pytest.raises(DomainError, match="Impossibile leggere il file della password"):
        read_password_file(tmp_path / "manca.txt")
