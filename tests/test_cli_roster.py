"""``roster``: the registrations of a session, as a real process and then in-process."""

from __future__ import annotations

import json
from datetime import date, time
from pathlib import Path

import pytest
from cli_helpers import run_failing, run_ok, run_process
from roster_helpers import fill, person

from exchange_desktop.cli.main import run
from exchange_desktop.domain.roster import Organisation
from exchange_desktop.services import roster as service
from exchange_desktop.services.attendance import marks as attendance_service
from exchange_desktop.services.roster.organisations import add_organisation
from exchange_desktop.services.scheduling.sessions import confirm_date, update_session
from exchange_desktop.storage.database import open_database

# The database matters here: every test runs on SQLite and on the PostgreSQL server.
pytestmark = pytest.mark.both_backends


ROSTER_KEYS = {
    "surname",
    "name",
    "organisation",
    "role",
    "email",
    "status",
    "waiting_position",
    "present",
}


@pytest.fixture
def db_file(db_location: str | Path) -> str | Path:
    """The database file, or a database on the test server: these commands run on both."""
    return db_location


@pytest.fixture
def roster_db(db_file: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """The sample with 2 seats: Bianchi (promoted) and Città seated, Verdi and Neri waiting,
    Rossi cancelled; Città present 4.5 hours."""
    assert run(["sample", "--db", str(db_file)]) == 0
    capsys.readouterr()
    db = open_database(db_file)
    try:
        update_session(db, 1, capacity=2)
        confirm_date(db, 1, date(2026, 4, 20))
        forli = add_organisation(db, Organisation(name="Comune di Forlì")).id
        ids = fill(db, 1, ["Città", "Rossi", "Bianchi", "Verdi"], organisation_id=forli)
        service.update_participant(db, 1, role="Personale amministrativo")
        service.cancel_registration(db, ids[1])
        service.register(db, 1, person("Neri"))
        attendance_service.set_attendance(db, ids[0], True, time(9, 0), time(13, 30))
    finally:
        db.close()
    return db_file


@pytest.mark.slow
def test_process_roster_json(roster_db: Path, tmp_path: Path) -> None:
    result = run_process(
        ["roster", "--db", str(roster_db), "--session", "1", "--json"], tmp_path / "dati"
    )
    assert (result.returncode, result.stderr) == (0, "")
    rows = json.loads(result.stdout)
    assert all(set(row) >= ROSTER_KEYS for row in rows)
    assert [(r["surname"], r["status"], r["waiting_position"]) for r in rows] == [
        ("Bianchi", "confirmed", None),  # promoted when Rossi cancelled
        ("Città", "confirmed", None),
        ("Verdi", "waiting", 1),
        ("Neri", "waiting", 2),
        ("Rossi", "cancelled", None),
    ]
    first = rows[1]
    assert first["organisation"] == "Comune di Forlì"
    assert first["role"] == "Personale amministrativo"
    assert first["email"] == "anna.città@comune.it"
    assert (first["present"], first["minutes_attended"]) == (True, 270)
    assert rows[0]["present"] is None
    assert rows[3]["organisation"] == ""


def test_roster_text_is_one_italian_line_per_person(
    roster_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = run_ok(["roster", "--db", str(roster_db), "--session", "1"], capsys).splitlines()
    assert [line.split("\t")[:2] for line in lines] == [
        ["1", "Bianchi Anna"],
        ["2", "Città Anna"],
        ["3", "Verdi Anna"],
        ["4", "Neri Anna"],
        ["5", "Rossi Anna"],
    ]
    assert lines[0].endswith("\tconfermato\tpresenza non segnata")
    assert lines[1].endswith("\tconfermato\tpresente (4 h 30 min)")
    assert "\tin lista d'attesa n. 1\t" in lines[2]
    assert "\t(nessun Ente)\t" in lines[3]
    assert "\tin lista d'attesa n. 2\t" in lines[3]
    assert "\tannullato\t" in lines[4]


def test_roster_of_an_empty_session(db_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run_ok(["sample", "--db", str(db_file)], capsys)
    assert run_ok(["roster", "--db", str(db_file), "--session", "1"], capsys) == ""
    assert (
        json.loads(run_ok(["roster", "--db", str(db_file), "--session", "1", "--json"], capsys))
        == []
    )


def test_roster_errors_and_exit_codes(
    roster_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    err = run_failing(["roster", "--db", str(roster_db), "--session", "42"], capsys, 1)
    assert "La sessione n. 42 non esiste." in err
    missing = tmp_path / "manca.sqlite"
    err = run_failing(["roster", "--db", str(missing), "--session", "1"], capsys, 1)
    assert "non esiste" in err
    assert not missing.exists()
    err = run_failing(["roster", "--db", str(roster_db)], capsys, 2)
    assert "--session" in err
    run_failing(["roster", "--db", str(roster_db), "--session", "zero"], capsys, 2)


def test_roster_help_is_italian(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["roster", "--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("uso: ")
    assert "Elenca le iscrizioni di una sessione" in out
    assert "--json" in out
