"""Reading never waits: while a colleague's long write holds the writers' lock, the
commands that only read (and the start-up schema check every command does) go on."""

from __future__ import annotations

import time
from pathlib import Path

import psycopg
import pytest
from cli_helpers import run_ok, run_process
from sqlalchemy import make_url

from exchange_desktop.services.practices.sample import load_sample
from exchange_desktop.storage.database import open_database
from exchange_desktop.storage.postgres.server_database import WRITE_LOCK_KEY


def _colleague_writing(server_url: str) -> psycopg.Connection:
    """A connection in the middle of a long write: the lock held, a row changed, not yet
    committed (as a 50,000-row import is)."""
    url = make_url(server_url)
    holder = psycopg.connect(
        host=str(url.query["host"]), user=url.username, dbname=url.database, autocommit=False
    )
    holder.execute(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")  # type: ignore[arg-type]
    holder.execute("UPDATE practices SET title = title || ' (in modifica)'")
    return holder


def test_reading_commands_go_on_while_a_colleague_writes(
    server_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = open_database(server_url)
    try:
        load_sample(db)
    finally:
        db.close()
    holder = _colleague_writing(server_url)
    try:
        listed = run_ok(["practices", "--db", server_url], capsys)
        assert "Patti di Cittadinanza" in listed and "in modifica" not in listed  # committed data
        run_ok(["sessions", "--db", server_url], capsys)
        run_ok(["roster", "--db", server_url, "--session", "1"], capsys)
        run_ok(
            ["export-roster", "--db", server_url, "--practice", "1", str(tmp_path / "r.xlsx")],
            capsys,
        )
        run_ok(["backup", "--db", server_url, str(tmp_path / "copia.sqlite")], capsys)
        assert (tmp_path / "r.xlsx").exists() and (tmp_path / "copia.sqlite").exists()
    finally:
        holder.rollback()
        holder.close()


@pytest.mark.slow
def test_a_read_command_in_its_own_process_does_not_wait(server_url: str, tmp_path: Path) -> None:
    """The writer holds the lock for the whole run (20 s would be the same): the reader
    finishes while it is still held, without the 'occupato' of a 5-second wait."""
    db = open_database(server_url)
    try:
        load_sample(db)
    finally:
        db.close()
    holder = _colleague_writing(server_url)
    try:
        started = time.monotonic()
        done = run_process(["practices", "--db", server_url], tmp_path / "dati")
        took = time.monotonic() - started
        assert (done.returncode, done.stderr) == (0, "")
        assert "Patti di Cittadinanza" in done.stdout
        print(f"read command with the writers' lock held: {took:.2f} s")  # measured, not asserted
    finally:
        holder.rollback()
        holder.close()
