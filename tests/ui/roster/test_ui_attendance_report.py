"""The window and the command line apply one rule: the same report gives the same marks, and
what the clerk types for a time reads (or is refused) the same in both."""

from __future__ import annotations

import sqlite3
from datetime import time
from pathlib import Path

import pytest
from attendance_reports import ZOOM_HEADER, write_zoom
from cli_helpers import run_ok
from PySide6.QtWidgets import QLineEdit
from test_attendance_report_import import REPORT_NAMES, attendance_rows, seat_people, teams_report
from ui_helpers import make_window, settle

from exchange_desktop.cli.main import run
from exchange_desktop.storage.database import Database, open_database
from exchange_desktop.translation import tr_message
from exchange_desktop.ui.roster import roster_actions
from exchange_desktop.ui.widgets.field_bindings import OptionalTimeBinding


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


def _copy(db: Database, target: Path) -> Path:
    """A byte-for-byte copy of the test's SQLite database (WAL included), for the CLI."""
    assert db.path is not None
    with sqlite3.connect(db.path) as source, sqlite3.connect(target) as copy:
        source.backup(copy)
    return target


def _window_import(qtbot, db: Database, settings_file: Path, session_id: int, report: Path):
    window = make_window(qtbot, db, settings_file)
    asked: list[str] = []

    def agree(_parent: object, _title: str, text: str, **_options: object) -> bool:
        asked.append(text)
        return True

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(roster_actions, "confirm", agree)
        window.roster_tab.files.import_attendance_file(session_id, report)
        settle(window)  # read, then (once agreed) written, off the GUI thread
    return asked


def test_one_report_gives_the_same_marks_in_the_window_and_on_the_command_line(
    qtbot, db: Database, settings_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    session_id, ids = seat_people(db)
    cli_file = _copy(db, tmp_path / "cli.sqlite")
    report = teams_report(tmp_path / "teams.csv", REPORT_NAMES)

    [asked] = _window_import(qtbot, db, settings_file, session_id, report)
    assert "Marco Verdi: in lista d'attesa" in asked
    assert "Mario Sconosciuto: non riconosciuta" in asked

    args = ["import-attendance", "--db", str(cli_file), "--session", str(session_id)]
    assert run([*args, str(report)]) == 0
    err = capsys.readouterr().err
    assert err.splitlines()[0].startswith("Marco Verdi: in lista d'attesa")

    cli_db = open_database(cli_file)
    try:
        assert attendance_rows(cli_db) == attendance_rows(db)
    finally:
        cli_db.close()
    assert {row[0] for row in attendance_rows(db)} == {ids["rossi"], ids["bianchi"]}


@pytest.mark.parametrize("typed", ["0930", "9.30", "9:30", "930"])
def test_the_window_the_command_line_and_the_report_read_a_time_alike(
    qtbot, db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], typed: str
) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    binding = OptionalTimeBinding("start", "Ora", edit)
    edit.setText(typed)
    assert (binding.value(), binding.input_error()) == (time(9, 30), None)

    session_id, ids = seat_people(db)
    cli_file = _copy(db, tmp_path / "cli.sqlite")
    mark = ["mark-present", "--db", str(cli_file), "--session", str(session_id)]
    run_ok([*mark, "--participant", "1", "--in", typed], capsys)
    roster = ["roster", "--db", str(cli_file), "--session", str(session_id), "--json"]
    assert '"in": "09:30"' in run_ok(roster, capsys)

    rows = [ZOOM_HEADER, ["Anna Rossi", "", f"20/04/2026 {typed}", "20/04/2026 11:00", "", ""]]
    report = write_zoom(tmp_path / "zoom.csv", rows)
    run_ok(
        ["import-attendance", "--db", str(cli_file), "--session", str(session_id), str(report)],
        capsys,
    )
    cli_db = open_database(cli_file)
    try:
        first = attendance_rows(cli_db)[0]
    finally:
        cli_db.close()
    assert (first[0], first[4]) == (ids["rossi"], time(9, 30))


def test_the_window_and_the_command_line_refuse_25_00_in_the_same_words(
    qtbot, db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    binding = OptionalTimeBinding("start", "Ora", edit)
    edit.setText("25:00")
    problem = binding.input_error()
    assert problem is not None

    session_id, _ids = seat_people(db)
    mark = ["mark-present", "--db", str(_copy(db, tmp_path / "c.sqlite")), "--session"]
    assert run([*mark, str(session_id), "--participant", "1", "--in", "25:00"]) == 1
    err = capsys.readouterr().err
    assert err == tr_message(problem) + "\n"
    assert err == 'Ora non valida: "25:00". Scrivere l\'ora come 9:30 o 09:30.\n'
