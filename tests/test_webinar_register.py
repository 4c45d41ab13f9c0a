"""The webinar register: made from the last imported report (its name and SHA-256 printed),
per person and sitting the connections, minutes and outcome, the rows matched to nobody;
signed with PAdES like the attestati (pyHanko validates it, tampering breaks it); refused
for an in-person session or without a report."""

from __future__ import annotations

import hashlib
from datetime import time
from pathlib import Path

import pytest
from attendance_reports import ZOOM_HEADER, write_zoom
from cli_helpers import run_failing, run_ok
from day_helpers import confirmed_session, pdf_text, sign_up
from signing_helpers import PASSWORD, SigningCA, make_ca, validate, write_p12

from exchange_desktop.domain.enums import ItemKind, Modality
from exchange_desktop.domain.errors import DomainError
from exchange_desktop.domain.programme import ProgrammeItem
from exchange_desktop.exports.pdf_signing import load_signer
from exchange_desktop.services.attendance.attendance_report_import import import_attendance_report
from exchange_desktop.services.documents.webinar_register import export_webinar_register
from exchange_desktop.services.practices.programme import replace_programme
from exchange_desktop.services.scheduling import sessions as scheduling
from exchange_desktop.storage.database import Database, open_database

DAY = [
    ProgrammeItem(title="Il Patto", start_time=time(9), end_time=time(13)),
    ProgrammeItem(kind=ItemKind.BREAK, title="Pranzo", start_time=time(13), end_time=time(14)),
    ProgrammeItem(title="Laboratorio", start_time=time(14), end_time=time(17)),
]


def _webinar(db: Database, tmp_path: Path, *, duration_days: int = 1) -> tuple[int, Path]:
    """A webinar on 20 April, Rossi all day, Bianchi the morning, a guest and a dial-in."""
    practice, session_id = confirmed_session(db, duration_days=duration_days)
    assert practice.id is not None
    replace_programme(db, practice.id, DAY)
    scheduling.update_session(  # the programme's times make the day
        db,
        session_id,
        modality=Modality.WEBINAR,
        webinar_link="https://meet.example.it/x",
        start_time=None,
        end_time=None,
    )
    sign_up(db, session_id, [("Rossi", "Anna"), ("Bianchi", "Ugo")])
    rows = [
        ("Anna Rossi", "persona0.1@comune.example.it", "08:58", "17:02"),
        ("Ugo Bianchi", "persona1.1@comune.example.it", "09:05", "12:10"),
        ("Ospite Esterno", "ospite@example.org", "10:00", "11:00"),
        ("+39 02 1234567", "", "14:05", "15:00"),
    ]
    day = "04/20/2026"
    report = write_zoom(
        tmp_path / "presenze zoom.csv",
        [ZOOM_HEADER, *[[n, e, f"{day} {a}:00", f"{day} {b}:00", "", "No"] for n, e, a, b in rows]],
    )
    import_attendance_report(db, session_id, report)
    return session_id, report


def test_the_register_names_its_source_and_every_connection(db: Database, tmp_path: Path) -> None:
    session_id, report = _webinar(db, tmp_path)
    text = pdf_text(export_webinar_register(db, session_id, tmp_path / "registro.pdf"))
    assert "Registro presenze – Webinar" in text
    assert "Report di origine: presenze zoom.csv (giornata del 20/04/2026" in text
    assert hashlib.sha256(report.read_bytes()).hexdigest() in text.replace(" ", "")
    assert "Rossi Anna" in text and "09:00–13:00" in text and "14:00–17:00" in text
    assert "Bianchi Ugo" in text and "09:05–12:10" in text and "presente in parte" in text
    assert "Ospite Esterno ospite@example.org 10:00–11:00 60" in text
    assert "+39 02 1234567" in text and "14:05–15:00 55" in text
    assert "Il/La responsabile" in text and "Maria Rossi – Responsabile" in text


def test_the_register_signed_validates_and_tampering_breaks_it(
    db: Database, tmp_path: Path
) -> None:
    ca: SigningCA = make_ca()
    session_id, _report = _webinar(db, tmp_path)
    signer = load_signer(write_p12(tmp_path / "firma.p12", ca), PASSWORD)
    path = export_webinar_register(db, session_id, tmp_path / "firmato.pdf", signer=signer)
    signed = path.read_bytes()
    status = validate(signed, ca)
    assert status.bottom_line and status.intact
    assert "firmato digitalmente" in pdf_text(path)
    tampered = bytearray(signed)
    middle = len(signed) // 3
    tampered[middle] = (tampered[middle] + 1) % 256
    try:
        broken = validate(bytes(tampered), ca)
    except Exception:
        return
    assert not (broken.intact and broken.bottom_line)


def test_refused_in_person_without_a_report_and_for_another_signer(
    db: Database, tmp_path: Path
) -> None:
    _practice, session_id = confirmed_session(db)
    with pytest.raises(DomainError, match="si tiene in presenza: il suo registro è il foglio"):
        export_webinar_register(db, session_id, tmp_path / "r.pdf")
    scheduling.update_session(db, session_id, modality=Modality.WEBINAR)
    with pytest.raises(DomainError, match="non è stato importato nessun report"):
        export_webinar_register(db, session_id, tmp_path / "r.pdf")
    assert not (tmp_path / "r.pdf").exists()


@pytest.mark.both_backends
def test_export_webinar_register_from_the_command_line(
    db_location: str | Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = open_database(db_location)
    try:
        session_id, _report = _webinar(db, tmp_path)
    finally:
        db.close()
    out = tmp_path / "registro è.pdf"
    base = ["export-webinar-register", "--db", str(db_location), "--session", str(session_id)]
    printed = run_ok([*base, str(out)], capsys)
    assert printed.strip() == str(out.absolute())
    assert "Bianchi Ugo" in pdf_text(out)
    err = run_failing([*base, str(tmp_path / "r.txt")], capsys, 1)
    assert ".pdf" in err


def test_export_signin_of_a_webinar_points_to_its_register_unless_paper(
    db_location: str | Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = open_database(db_location)
    try:
        session_id, _report = _webinar(db, tmp_path)
    finally:
        db.close()
    out = tmp_path / "foglio.pdf"
    base = ["export-signin", "--db", str(db_location), "--session", str(session_id), str(out)]
    err = run_failing(base, capsys, 1)
    assert len(err.strip().splitlines()) == 1
    assert "si tiene in webinar" in err and "export-webinar-register" in err
    assert "--paper" in err and "Traceback" not in err
    assert not out.exists()
    printed = run_ok([*base, "--paper"], capsys)
    assert printed.strip() == str(out.absolute())
    assert "Rossi Anna" in pdf_text(out) or "ROSSI Anna" in pdf_text(out)


def test_a_two_day_webinar_has_a_section_per_day_with_a_report(
    db: Database, tmp_path: Path
) -> None:
    """Only 20 April imported: its section, and 21 April named as without a report; then 21
    April imported too: a section for each day, each naming its own report."""
    session_id, first = _webinar(db, tmp_path, duration_days=2)
    text = pdf_text(export_webinar_register(db, session_id, tmp_path / "registro.pdf"))
    assert "lunedì 20 e martedì 21 aprile 2026" in text
    assert "Giornate senza report delle presenze importato: martedì 21 aprile 2026." in text
    assert "Giornata di lunedì 20 aprile 2026" not in text  # one section: no day heading
    day = "04/21/2026"
    second = write_zoom(
        tmp_path / "presenze martedì.csv",
        [
            ZOOM_HEADER,
            [
                "Anna Rossi",
                "persona0.1@comune.example.it",
                f"{day} 09:10:00",
                f"{day} 12:00:00",
                "",
                "No",
            ],
        ],
    )
    import_attendance_report(db, session_id, second)
    path = export_webinar_register(db, session_id, tmp_path / "registro2.pdf")
    text = pdf_text(path)
    assert "Giornate senza report" not in text
    assert "Giornata di lunedì 20 aprile 2026" in text
    assert "Giornata di martedì 21 aprile 2026" in text
    assert "presenze zoom.csv (giornata del 20/04/2026" in text
    assert "presenze martedì.csv (giornata del 21/04/2026" in text
    assert "09:10–12:00" in text and "09:05–12:10" in text
    flat = text.replace(" ", "")
    assert hashlib.sha256(first.read_bytes()).hexdigest() in flat
    assert hashlib.sha256(second.read_bytes()).hexdigest() in flat
