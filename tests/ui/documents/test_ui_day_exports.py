"""The day's papers from the GUI: options asked, the file written and readable."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from ui_helpers import make_window, run_action

from exchange_desktop.domain.roster import Participant
from exchange_desktop.services import roster as roster_service
from exchange_desktop.services.attendance import marks as attendance_service
from exchange_desktop.services.documents.day_documents import certificate_check
from exchange_desktop.services.practices.catalogue import update_practice
from exchange_desktop.services.practices.sample import load_sample
from exchange_desktop.services.scheduling import sessions as scheduling
from exchange_desktop.ui.documents import export_actions
from exchange_desktop.ui.documents.day_export_dialogs import (
    RosterColumnsDialog,
    SigninOptionsDialog,
)


@pytest.fixture
def window(qtbot, db, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    practice = load_sample(db)
    summary = scheduling.session_summaries(db, practice.id)[0]
    scheduling.confirm_date(db, summary.session.id, summary.session.candidate_dates[0].day)
    for surname in ("Rossi", "D'Angelo", "Bianchi"):
        roster_service.register(db, summary.session.id, Participant(surname=surname, name="Anna"))
    main = make_window(qtbot, db, tmp_path / "s.ini")
    main.tabs.setCurrentWidget(main.roster_tab)
    monkeypatch.setattr(export_actions, "open_file", lambda path: None)
    return main


def _save_to(monkeypatch: pytest.MonkeyPatch, target: Path, seen: list[str]) -> None:
    def dialog(_parent, _title, proposed, _filter):
        seen.append(Path(proposed).name)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)


def test_signin_sheet_from_the_roster_tab(
    window, tmp_path: Path, monkeypatch, no_unanswered_dialogs
) -> None:
    seen: list[str] = []
    _save_to(monkeypatch, tmp_path / "foglio.pdf", seen)

    def options(dialog: SigninOptionsDialog) -> int:
        dialog.blank_rows.setValue(5)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SigninOptionsDialog, "exec", options)
    run_action(window, "exportSigninAction")
    assert seen == ["Foglio firme 2026-04-20 - Patti di Cittadinanza.pdf"]
    text = "\n".join(page.extract_text() for page in PdfReader(tmp_path / "foglio.pdf").pages)
    assert text.index("Bianchi") < text.index("D'Angelo") < text.index("Rossi")
    assert "Documento salvato" in no_unanswered_dialogs  # answered by the fixture


def test_roster_excel_with_the_chosen_columns(
    window, tmp_path: Path, monkeypatch, no_unanswered_dialogs
) -> None:
    seen: list[str] = []
    _save_to(monkeypatch, tmp_path / "elenco.xlsx", seen)

    def columns(dialog: RosterColumnsDialog) -> int:
        for box in dialog.boxes.values():
            box.setChecked(False)
        dialog.boxes["surname"].setChecked(True)
        dialog.boxes["name"].setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RosterColumnsDialog, "exec", columns)
    run_action(window, "exportRosterAction")
    assert seen == ["Partecipanti - Patti di Cittadinanza.xlsx"]
    sheet = load_workbook(tmp_path / "elenco.xlsx").worksheets[0]
    header = [cell.value for cell in sheet[1] if cell.value]
    assert header == ["Cognome", "Nome"]
    assert "Documento salvato" in no_unanswered_dialogs  # answered by the fixture


def test_certificates_need_someone_present(
    window, tmp_path: Path, monkeypatch, no_unanswered_dialogs
) -> None:
    _save_to(monkeypatch, tmp_path / "attestati.pdf", [])
    run_action(window, "exportCertificatesAction")
    assert not (tmp_path / "attestati.pdf").exists()
    assert no_unanswered_dialogs  # the refusal was shown to the clerk


def test_certificates_one_file_each(
    window, db, tmp_path: Path, monkeypatch, no_unanswered_dialogs
) -> None:
    practice_id = window.roster_tab.practice_id
    session_id = roster_service.seats(db, practice_id)[0].session_id
    attendance_service.mark_all_present(db, session_id)
    folder = tmp_path / "attestati"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a: str(folder))
    run_action(window, "exportCertificatesEachAction")
    names = sorted(p.name for p in folder.glob("*.pdf"))
    assert names == [
        "Attestato - Bianchi Anna.pdf",
        "Attestato - D'Angelo Anna.pdf",
        "Attestato - Rossi Anna.pdf",
    ]
    assert "Attestati creati" in no_unanswered_dialogs  # answered by the fixture


def _messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The information and warning boxes shown, as (title, text)."""
    shown: list[tuple[str, str]] = []

    def box(_parent, title, text, *_args, **_kwargs):
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", box)
    monkeypatch.setattr(QMessageBox, "warning", box)
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: 0)  # "Documento salvato": closed
    return shown


def test_certificates_tell_who_is_below_the_minimum(
    window, db, tmp_path: Path, monkeypatch
) -> None:
    practice_id = window.roster_tab.practice_id
    session_id = roster_service.seats(db, practice_id)[0].session_id
    scheduling.update_session(db, session_id, start_time=time(9, 30), end_time=time(13, 0))
    attendance_service.mark_all_present(db, session_id)
    rossi = next(row for row in roster_service.roster(db, practice_id) if row.surname == "Rossi")
    attendance_service.set_attendance(db, rossi.registration_id, True, time(9, 30), time(10, 0))
    planned = certificate_check(db, session_id).planned_minutes
    assert planned > 0
    shown = _messages(monkeypatch)
    _save_to(monkeypatch, tmp_path / "attestati.pdf", [])
    run_action(window, "exportCertificatesAction")
    assert len(PdfReader(tmp_path / "attestati.pdf").pages) == 2
    ((title, text),) = shown
    assert title == "Attestati: da sapere"
    assert "Rossi Anna:" in text
    assert "sotto il 75 %: nessun attestato" in text
    assert "firmatario" not in text  # the sample names one


def test_certificates_refused_when_nobody_reaches_the_minimum(
    window, db, tmp_path: Path, monkeypatch
) -> None:
    practice_id = window.roster_tab.practice_id
    session_id = roster_service.seats(db, practice_id)[0].session_id
    scheduling.update_session(db, session_id, start_time=time(9, 30), end_time=time(13, 0))
    for row in roster_service.roster(db, practice_id):
        attendance_service.set_attendance(db, row.registration_id, True, time(9, 30), time(10, 0))
    shown = _messages(monkeypatch)
    asked: list[str] = []
    _save_to(monkeypatch, tmp_path / "attestati.pdf", asked)
    run_action(window, "exportCertificatesAction")
    assert asked == []  # refused before the file dialog
    assert not (tmp_path / "attestati.pdf").exists()
    ((title, text),) = shown
    assert title == "Attestati non creati"
    assert "nessuno dei presenti raggiunge la presenza minima del 75 %" in text


def test_certificates_without_a_signer_say_where_to_name_one(
    window, db, tmp_path: Path, monkeypatch
) -> None:
    practice_id = window.roster_tab.practice_id
    update_practice(db, practice_id, signer_name="", signer_title="", min_attendance_percent=0)
    attendance_service.mark_all_present(db, roster_service.seats(db, practice_id)[0].session_id)
    shown = _messages(monkeypatch)
    asked: list[str] = []
    _save_to(monkeypatch, tmp_path / "attestati.pdf", asked)
    run_action(window, "exportCertificatesAction")
    ((title, text),) = shown
    assert title == "Attestati non creati"
    assert "senza il nome del firmatario" in text
    assert "Firmatario degli attestati" in text and "Preferenze" in text
    assert asked == []  # refused before the file dialog
    assert not (tmp_path / "attestati.pdf").exists()
