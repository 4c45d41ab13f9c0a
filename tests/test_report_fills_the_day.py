"""A webinar report covering the whole day is its record: the confirmed people it does not
show are absent in the sittings it covers, and its connections replace the ticks made
before (*Tutti presenti*), with a line saying whose marks changed."""

from __future__ import annotations

import json
from datetime import date, time
from pathlib import Path

import pytest
from attendance_reports import ZOOM_HEADER, write_zoom
from cli_helpers import run_ok
from roster_helpers import fill

from exchange_desktop.cli.main import run
from exchange_desktop.domain.enums import ItemKind
from exchange_desktop.domain.programme import ProgrammeItem
from exchange_desktop.domain.report_coverage import covered_sittings
from exchange_desktop.domain.sittings import DayPlan, Sitting
from exchange_desktop.services.attendance.marks import mark_all_present
from exchange_desktop.services.practices.programme import replace_programme
from exchange_desktop.services.scheduling.sessions import confirm_date, update_session
from exchange_desktop.storage.database import open_database

pytestmark = pytest.mark.both_backends

PROGRAMME = [
    ProgrammeItem(title="Il Patto", start_time=time(9), end_time=time(13)),
    ProgrammeItem(kind=ItemKind.BREAK, title="Pranzo", start_time=time(13), end_time=time(14)),
    ProgrammeItem(title="Laboratorio", start_time=time(14), end_time=time(17)),
]


@pytest.fixture
def db_file(db_location: str | Path, capsys: pytest.CaptureFixture[str]) -> str | Path:
    """20 April, 09–13 and 14–17; Rossi, Bianchi and Verdi seated, all ticked present."""
    assert run(["sample", "--db", str(db_location)]) == 0
    db = open_database(db_location)
    try:
        update_session(db, 1, capacity=3)
        confirm_date(db, 1, date(2026, 4, 20))
        replace_programme(db, 1, PROGRAMME)
        fill(db, 1, ["Rossi", "Bianchi", "Verdi"])
        assert mark_all_present(db, 1) == 3  # "Tutti presenti"
    finally:
        db.close()
    capsys.readouterr()
    return db_location


def _report(path: Path, rows: list[tuple[str, str, str, str]]) -> Path:
    day = "04/20/2026"
    return write_zoom(
        path,
        [ZOOM_HEADER, *[[n, e, f"{day} {a}:00", f"{day} {b}:00", "", "No"] for n, e, a, b in rows]],
    )


def _roster(db_file: str | Path, capsys: pytest.CaptureFixture[str]) -> dict[str, dict]:
    out = run_ok(["roster", "--db", str(db_file), "--session", "1", "--json"], capsys)
    return {row["surname"]: row for row in json.loads(out)}


def _emails(db_file: str | Path, capsys: pytest.CaptureFixture[str]) -> dict[str, str]:
    return {surname: row["email"] for surname, row in _roster(db_file, capsys).items()}


def test_a_whole_day_report_marks_the_missing_absent_and_replaces_ticks(
    db_file: str | Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    emails = _emails(db_file, capsys)
    report = _report(
        tmp_path / "zoom.csv",
        [
            ("Rossi", emails["Rossi"], "08:55", "17:05"),
            ("Bianchi", emails["Bianchi"], "09:00", "12:10"),  # left at 12:10
        ],
    )
    out = run_ok(["import-attendance", "--db", str(db_file), "--session", "1", str(report)], capsys)
    assert "Verdi" in out and "assente (confermato, non nel report" in out
    assert "Segni cambiati dal report (erano presenti a mano):" in out
    changed = next(line for line in out.splitlines() if line.startswith("Segni cambiati"))
    assert "Bianchi" in changed and "Verdi" in changed and "Rossi" not in changed
    roster = _roster(db_file, capsys)
    assert roster["Rossi"]["minutes_attended"] == 420
    assert roster["Bianchi"]["minutes_attended"] == 190  # 09:00–12:10, not the afternoon
    bianchi = {s["sitting"]: s["present"] for s in roster["Bianchi"]["sittings"]}
    assert bianchi == {1: True, 2: False}
    assert not roster["Verdi"]["minutes_attended"]
    assert all(not s["present"] for s in roster["Verdi"]["sittings"])


def test_a_morning_report_leaves_the_afternoon_as_ticked(
    db_file: str | Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    emails = _emails(db_file, capsys)
    report = _report(tmp_path / "zoom.csv", [("Rossi", emails["Rossi"], "09:00", "13:00")])
    run_ok(["import-attendance", "--db", str(db_file), "--session", "1", str(report)], capsys)
    verdi = {s["sitting"]: s["present"] for s in _roster(db_file, capsys)["Verdi"]["sittings"]}
    assert verdi == {1: False, 2: True}  # the report speaks for the morning only


def test_covered_sittings_need_half_of_the_sitting() -> None:
    plan = DayPlan((Sitting(time(9), time(13)), Sitting(time(14), time(17))))
    assert covered_sittings(plan, (9 * 60, 17 * 60)) == {1, 2}
    assert covered_sittings(plan, (9 * 60, 15 * 60 + 30)) == {1, 2}
    assert covered_sittings(plan, (9 * 60, 15 * 60)) == {1}
    assert covered_sittings(plan, None) == set()
