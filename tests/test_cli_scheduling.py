"""``sessions``, ``confirm-date`` and ``export-ics``: a real process, then in-process."""

from __future__ import annotations

import json
from pathlib import Path

import icalendar
import pytest
from cli_helpers import run_failing, run_ok, run_process

from exchange_desktop.cli.main import run

# The database matters here: every test runs on SQLite and on the PostgreSQL server.
pytestmark = pytest.mark.both_backends


SESSION_KEYS = {
    "id",
    "practice_id",
    "mode",
    "status",
    "date",
    "candidate_dates",
    "capacity",
    "confirmed_count",
    "waiting_count",
}


@pytest.fixture
def db_file(db_location: str | Path) -> str | Path:
    """The database file, or a database on the test server: these commands run on both."""
    return db_location


@pytest.fixture
def sample_db(db_file: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    assert run(["sample", "--db", str(db_file)]) == 0
    capsys.readouterr()
    return db_file


# --- as a real process ------------------------------------------------------------------------


@pytest.mark.slow
def test_process_lists_confirms_and_exports(db_file: Path, tmp_path: Path) -> None:
    data_dir = tmp_path / "dati processo"
    assert run_process(["sample", "--db", str(db_file)], data_dir).returncode == 0

    listed = run_process(["sessions", "--db", str(db_file), "--json"], data_dir)
    assert listed.returncode == 0, listed.stderr
    (session,) = json.loads(listed.stdout)
    assert set(session) >= SESSION_KEYS
    assert session["mode"] == "alternative"
    assert session["status"] == "proposed"
    assert session["date"] is None
    assert session["candidate_dates"] == ["2026-04-20", "2026-04-27"]
    assert (session["capacity"], session["confirmed_count"], session["waiting_count"]) == (10, 0, 0)

    session_id = str(session["id"])
    confirmed = run_process(
        ["confirm-date", "--db", str(db_file), "--session", session_id, "2026-04-20"], data_dir
    )
    assert confirmed.returncode == 0, confirmed.stderr
    assert "lunedì 20 aprile 2026" in confirmed.stdout

    out = tmp_path / "calendario con spazi è.ics"
    exported = run_process(
        ["export-ics", "--db", str(db_file), "--session", session_id, str(out)], data_dir
    )
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout.strip() == str(out)
    (event,) = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert event.decoded("dtstart").isoformat() == "2026-04-20"  # no times: a whole day


@pytest.mark.sqlite_only  # a file that must not appear
def test_process_malformed_date_is_a_usage_error(db_file: Path, tmp_path: Path) -> None:
    result = run_process(
        ["confirm-date", "--db", str(db_file), "--session", "1", "20/04/2026"],
        tmp_path / "dati processo",
    )
    assert result.returncode == 2
    assert "AAAA-MM-GG" in result.stderr
    assert "Traceback" not in result.stderr
    assert not db_file.exists()


# --- sessions ----------------------------------------------------------------------------------


def test_sessions_json_after_confirmation(
    sample_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run_ok(["confirm-date", "--db", str(sample_db), "--session", "1", "2026-04-27"], capsys)
    (session,) = json.loads(run_ok(["sessions", "--db", str(sample_db), "--json"], capsys))
    assert session["status"] == "confirmed"
    assert session["date"] == "2026-04-27"
    assert session["candidate_dates"] == ["2026-04-20", "2026-04-27"]  # the other is kept
    assert [c["status"] for c in session["candidates"]] == ["discarded", "confirmed"]


def test_sessions_of_one_practice_and_the_several_sessions_mode(
    sample_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from exchange_desktop.domain.enums import SchedulingMode
    from exchange_desktop.services.scheduling.scheduling_modes import set_scheduling_mode
    from exchange_desktop.storage.database import open_database

    run_ok(["sample", "--db", str(sample_db)], capsys)
    db = open_database(sample_db)
    try:
        set_scheduling_mode(db, 2, SchedulingMode.SEVERAL)
    finally:
        db.close()
    every = json.loads(run_ok(["sessions", "--db", str(sample_db), "--json"], capsys))
    assert [(s["practice_id"], s["mode"]) for s in every] == [
        (1, "alternative"),
        (2, "multiple"),
        (2, "multiple"),
    ]
    second = json.loads(
        run_ok(["sessions", "--db", str(sample_db), "--practice", "2", "--json"], capsys)
    )
    assert [s["candidate_dates"] for s in second] == [["2026-04-20"], ["2026-04-27"]]


def test_sessions_text_is_one_italian_line_per_session(
    sample_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (line,) = run_ok(["sessions", "--db", str(sample_db)], capsys).splitlines()
    fields = line.split("\t")
    assert fields[0] == "1"
    assert "date alternative (O)" in fields
    assert "proposta" in fields
    assert "lunedì 20 aprile 2026 o lunedì 27 aprile 2026" in line
    assert "0/10 posti occupati, 0 in lista d'attesa" in line


def test_sessions_of_a_missing_practice_or_database(
    sample_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    err = run_failing(["sessions", "--db", str(sample_db), "--practice", "9"], capsys, 1)
    assert "La pratica n. 9 non esiste." in err
    missing = tmp_path / "manca.sqlite"
    run_failing(["sessions", "--db", str(missing)], capsys, 1)
    assert not missing.exists()


# --- confirm-date ------------------------------------------------------------------------------


def test_confirm_date_that_is_not_a_candidate_is_exit_1(
    sample_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    err = run_failing(
        ["confirm-date", "--db", str(sample_db), "--session", "1", "2026-04-21"], capsys, 1
    )
    assert "non è tra le date proposte" in err
    (session,) = json.loads(run_ok(["sessions", "--db", str(sample_db), "--json"], capsys))
    assert session["date"] is None


def test_confirm_date_of_a_missing_session_is_exit_1(
    sample_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    err = run_failing(
        ["confirm-date", "--db", str(sample_db), "--session", "42", "2026-04-20"], capsys, 1
    )
    assert "La sessione n. 42 non esiste." in err


@pytest.mark.parametrize("day", ["2026-02-30", "20-04-2026", "2026-4-20", "domani", "20260420"])
def test_confirm_date_malformed_date_is_exit_2(
    sample_db: Path, day: str, capsys: pytest.CaptureFixture[str]
) -> None:
    err = run_failing(["confirm-date", "--db", str(sample_db), "--session", "1", day], capsys, 2)
    assert "AAAA-MM-GG" in err


@pytest.mark.parametrize("session", ["abc", "0", "-1"])
def test_non_numeric_session_id_is_exit_2(
    sample_db: Path, session: str, capsys: pytest.CaptureFixture[str]
) -> None:
    err = run_failing(
        ["confirm-date", "--db", str(sample_db), "--session", session, "2026-04-20"], capsys, 2
    )
    assert "--session" in err


# --- export-ics --------------------------------------------------------------------------------


def test_export_ics_of_an_unconfirmed_session_is_exit_1(
    sample_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.ics"
    err = run_failing(["export-ics", "--db", str(sample_db), "--session", "1", str(out)], capsys, 1)
    assert "la sessione non ha ancora una data confermata" in err
    assert not out.exists()


def test_export_ics_wrong_extension_and_missing_session(
    sample_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run_ok(["confirm-date", "--db", str(sample_db), "--session", "1", "2026-04-20"], capsys)
    err = run_failing(
        ["export-ics", "--db", str(sample_db), "--session", "1", str(tmp_path / "x.pdf")],
        capsys,
        1,
    )
    assert ".ics" in err
    err = run_failing(
        ["export-ics", "--db", str(sample_db), "--session", "5", str(tmp_path / "x.ics")],
        capsys,
        1,
    )
    assert "La sessione n. 5 non esiste." in err
    out = run_ok(
        ["export-ics", "--db", str(sample_db), "--session", "1", str(tmp_path / "X.ICS")], capsys
    )
    assert out.strip() == str(tmp_path / "X.ICS")


def test_help_documents_the_new_commands(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--help"]) == 0
    out = capsys.readouterr().out
    for command in ("sessions", "confirm-date", "export-ics"):
        assert command in out
