"""A session moved, or confirmed on another date, after attendance was recorded: the command
line refuses without --keep-attendance or --clear-attendance, either flag leaves the record
straight (checked through ``roster --json``), and no document pairs the new date with the old
day's minutes (the check in the document service)."""

from __future__ import annotations

import json
from datetime import date, time
from pathlib import Path

import pytest
from cli_helpers import run_failing, run_ok
from roster_helpers import fill

from exchange_desktop.cli.main import run
from exchange_desktop.domain.enums import CandidateStatus, ItemKind
from exchange_desktop.domain.programme import ProgrammeItem
from exchange_desktop.services.practices.programme import replace_programme
from exchange_desktop.services.scheduling.sessions import confirm_date
from exchange_desktop.storage.database import open_database
from exchange_desktop.storage.models import CandidateDateRow

pytestmark = pytest.mark.both_backends

PROGRAMME = [
    ProgrammeItem(title="Il Patto", start_time=time(9), end_time=time(13)),
    ProgrammeItem(
        kind=ItemKind.BREAK, title="Pausa pranzo", start_time=time(13), end_time=time(14)
    ),
    ProgrammeItem(title="Laboratorio", start_time=time(14), end_time=time(17)),
]


@pytest.fixture
def db_file(db_location: str | Path, capsys: pytest.CaptureFixture[str]) -> str | Path:
    """The sample confirmed on 20 April, Rossi (1) and Bianchi (2) seated, Rossi marked
    present all day (7 hours)."""
    assert run(["sample", "--db", str(db_location)]) == 0
    db = open_database(db_location)
    try:
        confirm_date(db, 1, date(2026, 4, 20))
        replace_programme(db, 1, PROGRAMME)
        fill(db, 1, ["Rossi", "Bianchi"])
    finally:
        db.close()
    mark = ["mark-present", "--db", str(db_location), "--session", "1", "--participant", "1"]
    assert run([*mark, "--in", "09:00", "--out", "13:00"]) == 0
    assert run([*mark, "--sitting", "2", "--in", "14:00", "--out", "17:00"]) == 0
    capsys.readouterr()
    return db_location


def _days(db_file: str | Path, capsys: pytest.CaptureFixture[str]) -> dict[str, set[str]]:
    """Per surname, the days some sitting was recorded for (present or absent)."""
    out = run_ok(["roster", "--db", str(db_file), "--session", "1", "--json"], capsys)
    return {
        row["surname"]: {s["day"] for s in row["sittings"] if s["day"]} for row in json.loads(out)
    }


def _minutes(db_file: str | Path, capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    out = run_ok(["roster", "--db", str(db_file), "--session", "1", "--json"], capsys)
    return {row["surname"]: row["minutes_attended"] for row in json.loads(out)}


def test_move_date_refuses_without_a_choice(db_file: Path, capsys) -> None:
    before = _days(db_file, capsys)
    err = run_failing(
        ["move-date", "--db", str(db_file), "--session", "1", "2026-04-27"], capsys, 1
    )
    assert "presenze registrate per lunedì 20 aprile 2026" in err
    assert "--keep-attendance" in err and "--clear-attendance" in err
    assert _days(db_file, capsys) == before
    sessions = json.loads(run_ok(["sessions", "--db", str(db_file), "--json"], capsys))
    assert sessions[0]["date"] == "2026-04-20"  # nothing moved


def test_move_date_keeping_the_attendance_moves_it_to_the_new_day(
    db_file: Path, capsys, tmp_path: Path
) -> None:
    out = run_ok(
        ["move-date", "--db", str(db_file), "--session", "1", "2026-04-27", "--keep-attendance"],
        capsys,
    )
    assert "Presenze passate al nuovo giorno" in out
    assert "2026-04-27" in _days(db_file, capsys)["Rossi"]
    assert "2026-04-20" not in _days(db_file, capsys)["Rossi"]
    assert _minutes(db_file, capsys)["Rossi"] == 420
    pdf = tmp_path / "attestati.pdf"
    run_ok(["export-certificates", "--db", str(db_file), "--session", "1", str(pdf)], capsys)
    assert pdf.stat().st_size > 0


def test_move_date_clearing_the_attendance(db_file: Path, capsys) -> None:
    out = run_ok(
        ["move-date", "--db", str(db_file), "--session", "1", "2026-04-27", "--clear-attendance"],
        capsys,
    )
    assert "Presenze cancellate" in out
    assert _days(db_file, capsys)["Rossi"] <= {"2026-04-27"}
    assert not _minutes(db_file, capsys)["Rossi"]


def test_reopen_then_confirm_another_date_refuses_then_keeps(db_file: Path, capsys) -> None:
    run_ok(["reopen-date", "--db", str(db_file), "--session", "1"], capsys)
    confirm = ["confirm-date", "--db", str(db_file), "--session", "1", "2026-04-27"]
    err = run_failing(confirm, capsys, 1)
    assert "--keep-attendance" in err
    run_ok([*confirm, "--keep-attendance"], capsys)
    assert _days(db_file, capsys)["Rossi"] == {"2026-04-27"}
    assert _minutes(db_file, capsys)["Rossi"] == 420


def test_confirming_the_recorded_day_again_needs_no_choice(db_file: Path, capsys) -> None:
    run_ok(["reopen-date", "--db", str(db_file), "--session", "1"], capsys)
    run_ok(["confirm-date", "--db", str(db_file), "--session", "1", "2026-04-20"], capsys)
    assert _minutes(db_file, capsys)["Rossi"] == 420


def test_no_document_pairs_a_date_with_another_days_attendance(
    db_file: Path, capsys, tmp_path: Path
) -> None:
    """A database where the date changed under the attendance (an older version, a script):
    the attestati, the sheet and the Excel roster are refused until the clerk settles it."""
    db = open_database(db_file)
    try:
        with db.transaction() as orm:
            for candidate in orm.query(CandidateDateRow).filter_by(session_id=1):
                candidate.status = (
                    CandidateStatus.CONFIRMED
                    if candidate.day == date(2026, 4, 27)
                    else CandidateStatus.DISCARDED
                )
    finally:
        db.close()
    base = ["--db", str(db_file), "--session", "1"]
    for command, name in (
        ("export-certificates", "a.pdf"),
        ("export-signin", "f.pdf"),
    ):
        err = run_failing([command, *base, str(tmp_path / name)], capsys, 1)
        assert "presenze della sessione n. 1 sono registrate per lunedì 20 aprile 2026" in err
        assert "lunedì 27 aprile 2026" in err
        assert not (tmp_path / name).exists()
    err = run_failing(
        ["export-roster", "--db", str(db_file), "--practice", "1", str(tmp_path / "r.xlsx")],
        capsys,
        1,
    )
    assert "lunedì 20 aprile 2026" in err
    # confirming the day again with a choice settles it; then the attestato is written
    run_ok(["confirm-date", *base, "2026-04-27", "--keep-attendance"], capsys)
    run_ok(["export-certificates", *base, str(tmp_path / "a.pdf")], capsys)
    assert (tmp_path / "a.pdf").exists()


def _only_27_april_left(db_file: str | Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Reopened, every date but 27 April taken away: a status of confirmed confirms it."""
    run_ok(["reopen-date", "--db", str(db_file), "--session", "1"], capsys)
    db = open_database(db_file)
    try:
        with db.read() as orm:
            days = [row.day for row in orm.query(CandidateDateRow).all()]
    finally:
        db.close()
    for day in days:
        if day != date(2026, 4, 27):
            run_ok(["remove-date", "--db", str(db_file), "--session", "1", day.isoformat()], capsys)


def test_update_session_status_confirmed_follows_the_same_rule(db_file: Path, capsys) -> None:
    """The implicit confirmation (the only date left) refuses without a choice, nothing
    changed; with --keep-attendance the minutes go to 27 April; confirming again is quiet."""
    _only_27_april_left(db_file, capsys)
    update = ["update-session", "--db", str(db_file), "--session", "1", "--status", "confirmed"]
    err = run_failing(update, capsys, 1)
    assert len(err.strip().splitlines()) == 1
    assert "presenze registrate per lunedì 20 aprile 2026" in err
    assert "--keep-attendance" in err and "--clear-attendance" in err
    sessions = json.loads(run_ok(["sessions", "--db", str(db_file), "--json"], capsys))
    assert not sessions[0]["date"]  # still not confirmed
    assert _days(db_file, capsys)["Rossi"] == {"2026-04-20"}
    run_ok([*update, "--keep-attendance"], capsys)
    sessions = json.loads(run_ok(["sessions", "--db", str(db_file), "--json"], capsys))
    assert sessions[0]["date"] == "2026-04-27"
    assert _days(db_file, capsys)["Rossi"] == {"2026-04-27"}
    assert _minutes(db_file, capsys)["Rossi"] == 420
    run_ok(["update-session", "--db", str(db_file), "--session", "1", "--status", "held"], capsys)


def test_update_session_status_confirmed_clearing(db_file: Path, capsys) -> None:
    _only_27_april_left(db_file, capsys)
    run_ok(
        [
            "update-session",
            "--db",
            str(db_file),
            "--session",
            "1",
            "--status",
            "confirmed",
            "--clear-attendance",
        ],
        capsys,
    )
    assert not _minutes(db_file, capsys)["Rossi"]
    assert _days(db_file, capsys)["Rossi"] == set()
