"""Esporta → Registro del webinar from the window; a webinar's paper sign-in sheet only after
a question naming the webinar register."""

from __future__ import annotations

from pathlib import Path

import pytest
from attendance_reports import ZOOM_HEADER, write_zoom
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from signing_helpers import PASSWORD, make_ca, validate, write_p12
from ui_helpers import make_window, run_action

from exchange_desktop.domain.enums import Modality
from exchange_desktop.domain.roster import Participant
from exchange_desktop.services import roster as roster_service
from exchange_desktop.services.attendance.attendance_report_import import import_attendance_report
from exchange_desktop.services.practices.catalogue import update_practice
from exchange_desktop.services.practices.sample import load_sample
from exchange_desktop.services.scheduling import sessions as scheduling
from exchange_desktop.ui.documents import export_actions


@pytest.fixture
def window(qtbot, db, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The sample as a webinar on 20 April, Anna Rossi in the imported Zoom report."""
    practice = load_sample(db)
    update_practice(db, practice.id, signer_name="Laura Ferrari", signer_title="Dirigente")
    summary = scheduling.session_summaries(db, practice.id)[0]
    session_id = summary.session.id
    scheduling.confirm_date(db, session_id, summary.session.candidate_dates[0].day)
    scheduling.update_session(db, session_id, modality=Modality.WEBINAR)
    roster_service.register(
        db, session_id, Participant(surname="Rossi", name="Anna", email="anna.rossi@comune.it")
    )
    day = "04/20/2026"
    report = write_zoom(
        tmp_path / "zoom.csv",
        [
            ZOOM_HEADER,
            ["Anna Rossi", "anna.rossi@comune.it", f"{day} 09:00:00", f"{day} 13:00:00", "", "No"],
        ],
    )
    import_attendance_report(db, session_id, report)
    main = make_window(qtbot, db, tmp_path / "s.ini")
    main.tabs.setCurrentWidget(main.roster_tab)
    monkeypatch.setattr(export_actions, "open_file", lambda path: None)
    return main


def test_the_webinar_register_from_the_export_menu(
    window, tmp_path: Path, monkeypatch, no_unanswered_dialogs
) -> None:
    seen: list[str] = []

    def save(_parent, _title, proposed, _filter):
        seen.append(Path(proposed).name)
        return str(tmp_path / "registro.pdf"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    run_action(window, "exportWebinarRegisterAction")
    assert seen and seen[0].startswith("Registro webinar 2026-04-20 - Patti di Cittadinanza")
    text = " ".join(PdfReader(tmp_path / "registro.pdf").pages[0].extract_text().split())
    assert "Registro presenze – Webinar" in text
    assert "Rossi Anna" in text and "Report di origine: zoom.csv" in text
    assert "Documento salvato" in no_unanswered_dialogs


def test_a_paper_sheet_for_a_webinar_is_asked_first(window, tmp_path: Path, monkeypatch) -> None:
    asked: list[str] = []

    def question(_parent, _title, text, *_a, **_k):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a: pytest.fail("no file dialog after No")
    )
    run_action(window, "exportSigninAction")
    (text,) = asked
    assert "registro del webinar" in text
    assert not list(tmp_path.glob("*.pdf"))


def test_the_signed_webinar_register_from_the_export_menu(
    window, db, tmp_path: Path, monkeypatch, no_unanswered_dialogs
) -> None:
    """The .p12 and its password asked as for the attestati; the holder (Maria Rossi) is
    not the printed signer (Laura Ferrari): the question names both, "Sì" prints the holder;
    the PDF validates with pyHanko and a changed byte breaks it."""
    ca = make_ca()
    p12 = write_p12(tmp_path / "firma.p12", ca)
    target = tmp_path / "registro firmato.pdf"
    asked: list[str] = []

    def open_file(_parent, _title, _proposed, file_filter):
        asked.append(f"open {file_filter}")
        return str(p12), ""

    def get_text(_parent, _title, label, _echo):
        asked.append(f"password {label}")
        return PASSWORD.decode(), True

    def save(_parent, _title, proposed, _filter):
        asked.append(f"save {Path(proposed).name}")
        return str(target), ""

    def question(_parent, _title, text, *_a, **_k):
        asked.append(f"question {text}")
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QFileDialog, "getOpenFileName", open_file)
    monkeypatch.setattr(QInputDialog, "getText", get_text)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    monkeypatch.setattr(QMessageBox, "question", question)
    run_action(window, "exportSignedWebinarRegisterAction")
    assert asked[0].startswith("open Certificati PKCS#12")
    assert asked[1] == "password Password del file firma.p12:"
    assert "Maria Rossi" in asked[2] and "Laura Ferrari" in asked[2]
    assert asked[3].startswith("save Registro webinar 2026-04-20 - Patti di Cittadinanza")
    signed = target.read_bytes()
    status = validate(signed, ca)
    assert status.bottom_line and status.intact
    text = " ".join(PdfReader(target).pages[0].extract_text().split())
    assert "firmato digitalmente" in text and "Maria Rossi" in text
    assert "Laura Ferrari" not in text
    tampered = bytearray(signed)
    tampered[len(signed) // 3] ^= 0x01
    try:
        broken = validate(bytes(tampered), ca)
    except Exception:
        broken = None
    assert broken is None or not (broken.intact and broken.bottom_line)
    assert "Documento salvato" in no_unanswered_dialogs


def test_the_signed_register_refused_for_another_signer_writes_nothing(
    window, tmp_path: Path, monkeypatch, no_unanswered_dialogs
) -> None:
    ca = make_ca()
    p12 = write_p12(tmp_path / "firma.p12", ca)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(p12), ""))
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a: (PASSWORD.decode(), True))
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a: pytest.fail("no file dialog after No")
    )
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.No)
    run_action(window, "exportSignedWebinarRegisterAction")
    assert not list(tmp_path.glob("*.pdf"))
    menu = [entry.objectName() for entry in window.export_menu.actions()]
    assert menu.index("exportWebinarRegisterAction") + 1 == menu.index(
        "exportSignedWebinarRegisterAction"
    )
