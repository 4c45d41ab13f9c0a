"""The moments that order the waiting list come from the database's clock, whatever time
zone (or clock) the clerk's PC has; the values already stored are converted once."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from cli_helpers import REPO_ROOT, run_ok
from roster_helpers import person

from exchange_desktop.services.practices.sample import load_sample
from exchange_desktop.services.roster.registrations import register
from exchange_desktop.services.scheduling.sessions import update_session
from exchange_desktop.storage.database import open_database

DATA_DIR = Path(__file__).parent / "data"


def _register_in_a_process(location: str | Path, surname: str, zone: str, data: Path) -> None:
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "main.py", "register", "--db", str(location), "--session", "1",
         "--surname", surname, "--name", "Anna", "--organisation", "Comune di Lecco"],
        cwd=REPO_ROOT,
        env={**os.environ, "TZ": zone, "EXCHANGE_DESKTOP_DATA_DIR": str(data),
             "PYTHONIOENCODING": "utf-8"},
        capture_output=True, text=True, encoding="utf-8", timeout=120, check=False,
    )  # fmt: skip
    assert (done.returncode, done.stderr) == (0, ""), done.stderr


@pytest.mark.both_backends
@pytest.mark.slow
def test_a_pc_in_the_wrong_time_zone_does_not_jump_the_queue(
    db_location: str | Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = open_database(db_location)
    try:
        load_sample(db)
        update_session(db, 1, capacity=1)
        register(db, 1, person("Prima"))  # the seat
        register(db, 1, person("Seconda"))  # first in line
    finally:
        db.close()
    # nine hours behind Rome: by its own clock this PC registers "before" Seconda
    _register_in_a_process(db_location, "Terza", "America/Los_Angeles", tmp_path / "dati")
    roster = json.loads(
        run_ok(["roster", "--db", str(db_location), "--session", "1", "--json"], capsys)
    )
    waiting = sorted(
        (r for r in roster if r["status"] == "waiting"), key=lambda r: r["waiting_position"]
    )
    assert [r["surname"] for r in waiting] == ["Seconda", "Terza"]
    times = {r["surname"]: datetime.fromisoformat(r["registered_at"]) for r in roster}
    assert times["Prima"] <= times["Seconda"] <= times["Terza"]
    out = run_ok(
        ["cancel-registration", "--db", str(db_location), "--session", "1", "--participant",
         str(next(r["participant_id"] for r in roster if r["surname"] == "Prima"))],
        capsys,
    )  # fmt: skip
    assert "Seconda" in out and "Terza" not in out  # the freed seat goes to the first in line


def test_the_stored_moments_of_an_older_file_become_utc(tmp_path: Path) -> None:
    """Migration 0004: the naive values were Italian legal time; stored as UTC from then on,
    read back as the same Italian time (winter: UTC+1, summer: UTC+2)."""
    path = tmp_path / "ufficio.sqlite"
    shutil.copyfile(DATA_DIR / "schema-0003.sqlite", path)
    with sqlite3.connect(path) as connection:
        connection.executemany(
            "INSERT INTO participants (id, surname, name, organisation_id, email, phone, "
            "fiscal_code, role, privacy_consent) VALUES (?, ?, 'Anna', NULL, '', '', '', '', 0)",
            [(90, "Rossi"), (91, "Verdi")],
        )
        connection.executemany(
            "INSERT INTO registrations (id, participant_id, session_id, status, registered_at) "
            "VALUES (?, ?, 1, 'confirmed', ?)",
            [(90, 90, "2026-01-15 09:30:00.000000"), (91, 91, "2026-07-01 18:00:00.250000")],
        )
    connection.close()
    db = open_database(path)
    try:
        with db.read() as orm:
            from sqlalchemy import select

            from exchange_desktop.storage.models import RegistrationRow

            read = dict(
                orm.execute(
                    select(RegistrationRow.id, RegistrationRow.registered_at).where(
                        RegistrationRow.id >= 90
                    )
                ).all()
            )
    finally:
        db.close()
    assert read == {
        90: datetime(2026, 1, 15, 9, 30),
        91: datetime(2026, 7, 1, 18, 0, 0, 250000),
    }
    with sqlite3.connect(path) as raw:
        stored = dict(raw.execute("SELECT id, registered_at FROM registrations WHERE id >= 90"))
    raw.close()
    assert stored == {90: "2026-01-15 08:30:00.000000", 91: "2026-07-01 16:00:00.250000"}
