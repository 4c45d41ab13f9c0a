"""The attestato's hours, signer, protocol, coat of arms and signature line, read back from
the PDF; the minimum attendance that leaves people without one."""

from __future__ import annotations

import io
from datetime import time, timedelta
from pathlib import Path

import pytest
from day_helpers import APRIL_20, confirmed_session, flat, page_texts, pdf_text, sign_up
from PIL import Image as PilImage
from pypdf import PdfReader

from exchange_desktop.domain.certificates import (
    Signer,
    coat_of_arms_format_of,
    meets_minimum,
    required_minutes,
    signer_of,
)
from exchange_desktop.domain.errors import DomainError
from exchange_desktop.domain.practice import Practice
from exchange_desktop.exports.certificates import SIGNATURE_BOX
from exchange_desktop.exports.wording import protocol_text
from exchange_desktop.services.attendance import marks as attendance_service
from exchange_desktop.services.documents.coat_of_arms import read_coat_of_arms
from exchange_desktop.services.documents.day_documents import (
    certificate_check,
    export_certificates,
    export_certificates_each,
)
from exchange_desktop.services.practices import programme
from exchange_desktop.services.practices.catalogue import update_practice
from exchange_desktop.services.scheduling import sessions as scheduling
from exchange_desktop.storage.database import Database

SVG = (
    b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="100" height="120">'
    b'<path d="M5 5 H95 V70 L50 115 L5 70 Z" fill="#c00"/></svg>'
)


def png_bytes() -> bytes:
    buffer = io.BytesIO()
    PilImage.new("RGB", (30, 36), (180, 20, 30)).save(buffer, "PNG")
    return buffer.getvalue()


def three_people(db: Database, percent: int = 75) -> tuple[int, int]:
    """Morning 09:30–13:00 (3 h 30 min): Rossi all of it, Bianchi 1 h 30 min, Verdi 2 h 40."""
    practice, session_id = confirmed_session(db)
    assert practice.id is not None
    update_practice(db, practice.id, min_attendance_percent=percent)
    ids = sign_up(db, session_id, [("Rossi", "Anna"), ("Bianchi", "Bruno"), ("Verdi", "Carla")])
    attendance_service.set_attendance(db, ids[0], True)
    attendance_service.set_attendance(db, ids[1], True, time(9, 30), time(11, 0))
    attendance_service.set_attendance(db, ids[2], True, time(9, 30), time(12, 10))
    return practice.id, session_id


# --- rules --------------------------------------------------------------------------------


def test_minimum_rounds_up_and_does_not_apply_without_planned_hours() -> None:
    assert required_minutes(420, 75) == 315
    assert required_minutes(210, 75) == 158  # 157.5 rounded up
    assert meets_minimum(158, 210, 75)
    assert not meets_minimum(157, 210, 75)
    assert meets_minimum(0, 0, 75)  # nothing planned: no minimum
    assert meets_minimum(10, 210, 0)


def test_the_practice_signer_wins_over_the_default_as_a_whole() -> None:
    default = Signer("Dott. Default", "Dirigente")
    assert signer_of(Practice(), default) == default
    assert signer_of(Practice(signer_title="Responsabile"), default) == Signer("", "Responsabile")
    assert signer_of(Practice()).is_empty


def test_protocol_text_adds_prot_n_once() -> None:
    assert protocol_text("12345/2026") == "Prot. n. 12345/2026"
    assert protocol_text(" n. 12345/2026") == "Prot. n. 12345/2026"
    assert protocol_text("Prot. n° 7") == "Prot. n. 7"
    assert protocol_text("") == protocol_text("n.") == ""


def test_image_formats_are_told_from_the_bytes(tmp_path: Path) -> None:
    assert coat_of_arms_format_of(png_bytes()) == "png"
    assert coat_of_arms_format_of(SVG) == "svg"
    assert coat_of_arms_format_of(b"GIF89a") == ""
    (tmp_path / "stemma.svg").write_bytes(SVG)
    assert read_coat_of_arms(tmp_path / "stemma.svg") == (SVG, "svg")
    (tmp_path / "finto.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"rotto" * 10)
    with pytest.raises(DomainError, match="non è un'immagine PNG leggibile"):
        read_coat_of_arms(tmp_path / "finto.png")
    (tmp_path / "foto.jpg").write_bytes(b"\xff\xd8\xff\xe0JFIF")
    with pytest.raises(DomainError, match="non è un'immagine PNG o SVG"):
        read_coat_of_arms(tmp_path / "foto.jpg")


# --- the page -----------------------------------------------------------------------------


@pytest.mark.both_backends  # one run of this export on the server too
def test_hours_signer_protocol_and_handwritten_signature(db: Database, tmp_path: Path) -> None:
    practice, session_id = confirmed_session(db, duration_days=2)
    assert practice.id is not None
    update_practice(
        db, practice.id, signer_name="Dott.ssa Maria Bianchi", signer_title="Dirigente del Settore"
    )
    scheduling.update_session(db, session_id, protocol_number="n. 12345/2026")
    (registration,) = sign_up(db, session_id, [("Rossi", "Anna")])
    for day in (APRIL_20, APRIL_20 + timedelta(days=1)):
        attendance_service.set_attendance(db, registration, True, day=day)
    text = pdf_text(export_certificates(db, session_id, tmp_path / "a.pdf"))
    assert "per complessive 7 ore su 7 ore previste." in text
    assert "Prot. n. 12345/2026" in text
    assert text.endswith("Dott.ssa Maria Bianchi Dirigente del Settore")
    assert "Il/La responsabile" not in text
    assert "firmato digitalmente" not in text
    attendance_service.set_attendance(db, registration, False, day=APRIL_20 + timedelta(days=1))
    text = pdf_text(export_certificates(db, session_id, tmp_path / "b.pdf"))
    assert "per complessive 3 ore e 30 minuti su 7 ore previste." in text


def test_default_signer_digital_line_and_no_protocol(db: Database, tmp_path: Path) -> None:
    _practice, session_id = confirmed_session(db)
    update_practice(db, _practice.id, signer_name="", signer_title="")  # the preferences'
    sign_up(db, session_id, [("Rossi", "Anna")])
    attendance_service.mark_all_present(db, session_id)
    path = export_certificates(
        db,
        session_id,
        tmp_path / "a.pdf",
        default_signer=Signer("Dott. Mario Rossi", "Dirigente"),
        digitally_signed=True,
    )
    text = pdf_text(path)
    assert "Dott. Mario Rossi Dirigente" in text
    assert "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005" in text
    assert "Firma autografa" not in text
    assert "Prot. n." not in text
    with pytest.raises(DomainError, match="senza il nome del firmatario"):
        export_certificates_each(db, session_id, tmp_path / "each", digitally_signed=True)
    assert not (tmp_path / "each").exists()


def _images(path: Path) -> list[str]:
    page = PdfReader(path).pages[0]
    resources = page["/Resources"]
    objects = resources.get("/XObject", {}) if resources else {}
    return [name for name, ref in objects.items() if ref.get_object().get("/Subtype") == "/Image"]


def test_coat_of_arms_png_is_an_image_svg_is_drawn(db: Database, tmp_path: Path) -> None:
    practice, session_id = confirmed_session(db)
    assert practice.id is not None
    sign_up(db, session_id, [("Rossi", "Anna")])
    attendance_service.mark_all_present(db, session_id)
    plain = export_certificates(db, session_id, tmp_path / "plain.pdf")
    assert _images(plain) == []
    update_practice(db, practice.id, coat_of_arms=png_bytes(), coat_of_arms_format="png")
    with_png = export_certificates(db, session_id, tmp_path / "png.pdf")
    assert len(_images(with_png)) == 1
    assert len(PdfReader(with_png).pages) == 1
    update_practice(db, practice.id, coat_of_arms=SVG, coat_of_arms_format="svg")
    with_svg = export_certificates(db, session_id, tmp_path / "svg.pdf")
    assert _images(with_svg) == []  # vector paths, not a picture
    content = PdfReader(with_svg).pages[0].get_contents()
    assert content is not None and b" rg" in content.get_data()
    update_practice(
        db, practice.id, coat_of_arms=b"\x89PNG\r\n\x1a\nbroken", coat_of_arms_format="png"
    )
    with pytest.raises(DomainError, match="Lo stemma non è un'immagine PNG leggibile"):
        export_certificates(db, session_id, tmp_path / "broken.pdf")
    assert not (tmp_path / "broken.pdf").exists()


def test_signature_box_is_empty_above_the_signer(db: Database, tmp_path: Path) -> None:
    _practice, session_id = confirmed_session(db)
    sign_up(db, session_id, [("Rossi", "Anna")])
    attendance_service.mark_all_present(db, session_id)
    path = export_certificates(db, session_id, tmp_path / "a.pdf")
    left, bottom, right, top = SIGNATURE_BOX
    assert 0 < left < right <= 595 and 0 < bottom < top < 842
    inside: list[str] = []
    below: list[str] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, _size: object) -> None:
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]  # the text's origin on the page
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        if text.strip() and left - 1 <= x <= right:
            if bottom <= y <= top:
                inside.append(text)
            elif y < bottom:
                below.append(text)

    PdfReader(path).pages[0].extract_text(visitor_text=visit)
    assert inside == []
    assert any("Responsabile del Servizio Partecipazione" in text for text in below)


# --- the minimum attendance ---------------------------------------------------------------


def test_below_the_minimum_no_attestato_and_the_check_says_who(
    db: Database, tmp_path: Path
) -> None:
    _practice_id, session_id = three_people(db)
    check = certificate_check(db, session_id)
    assert [row.surname for row in check.issued] == ["Rossi", "Verdi"]
    (bianchi,) = check.excluded
    assert (bianchi.minutes_attended, bianchi.planned_minutes, bianchi.required_minutes) == (
        90,
        210,
        158,
    )
    assert [str(note) for note in check.notes()] == [
        "Bianchi Bruno: 1 h 30 min su 3 h 30 min previste, sotto il 75 %: nessun attestato"
    ]
    pages = [
        flat(text) for text in page_texts(export_certificates(db, session_id, tmp_path / "a.pdf"))
    ]
    assert len(pages) == 2
    assert not any("Bruno Bianchi" in text for text in pages)
    names = [p.name for p in export_certificates_each(db, session_id, tmp_path / "each")]
    assert names == ["Attestato - Rossi Anna.pdf", "Attestato - Verdi Carla.pdf"]


def test_nobody_above_the_minimum_is_refused_naming_them(db: Database, tmp_path: Path) -> None:
    _practice_id, session_id = three_people(db, percent=100)
    attendance_service.set_attendance(
        db,
        certificate_check(db, session_id).issued[0].registration_id,
        True,
        time(9, 30),
        time(12, 0),
    )
    with pytest.raises(
        DomainError, match=r"nessuno dei presenti raggiunge la presenza minima del 100 %"
    ) as raised:
        export_certificates(db, session_id, tmp_path / "a.pdf")
    assert "Bianchi Bruno 1 h 30 min; Rossi Anna 2 h 30 min; Verdi Carla 2 h 40 min" in str(
        raised.value.message
    )
    assert not (tmp_path / "a.pdf").exists()


def test_without_planned_hours_no_hours_and_no_minimum(db: Database, tmp_path: Path) -> None:
    practice_id, session_id = three_people(db)
    scheduling.update_session(db, session_id, start_time=None, end_time=None)
    for item in programme.list_items(db, practice_id):
        programme.update_item(db, item.id, start_time=None, end_time=None)
    check = certificate_check(db, session_id)
    assert check.planned_minutes == 0 and not check.hours_known
    assert len(check.issued) == 3 and check.excluded == ()
    assert "gli attestati non riportano le ore e la presenza minima del 75 %" in str(
        check.notes()[0]
    )
    text = pdf_text(export_certificates(db, session_id, tmp_path / "a.pdf"))
    assert "per complessive" not in text
    assert "Sala Giunta." in text


@pytest.mark.parametrize(
    ("printed", "certificate", "same"),
    [
        ("Dott.ssa Laura Ferrari", "FERRARI LAURA", True),
        ("Ing. Nicolò Sàvoia", "Nicolo Savoia", True),
        ("Dott. Paolo Neri", "Paolo Neri", True),
        ("Dott.ssa Laura Ferrari", "Paolo Neri", False),
        ("Laura Ferrari", "Laura Ferraris", False),
        ("Dott.", "", False),
    ],
)
def test_same_signer_ignores_titles_accents_case_and_order(
    printed: str, certificate: str, same: bool
) -> None:
    from exchange_desktop.domain.certificates import same_signer

    assert same_signer(printed, certificate) is same


@pytest.mark.parametrize(
    ("minutes", "words"),
    [
        (0, "0 minuti"),
        (1, "1 minuto"),
        (45, "45 minuti"),
        (60, "1 ora"),
        (61, "1 ora e 1 minuto"),
        (405, "6 ore e 45 minuti"),
        (420, "7 ore"),
    ],
)
def test_durations_in_words_agree_in_number(minutes: int, words: str) -> None:
    from exchange_desktop.exports.wording import duration_words, hours_of_total

    assert duration_words(minutes) == words
    assert hours_of_total(minutes, 420) == f"per complessive {words} su 7 ore previste"
