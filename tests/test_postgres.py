"""The same program on a shared PostgreSQL server: concurrency, snapshots, moving a file.

The rest of the service, command-line and import suite runs on the server too, through the
``db``/``db_location`` fixtures (tests/conftest.py); these are the server's own cases.
"""

from __future__ import annotations

import json
import multiprocessing
import sqlite3
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest
from cli_helpers import run_failing, run_ok, run_process
from concurrency_worker import register_at_once
from pg_server import TestServer
from roster_helpers import fill, person
from sqlalchemy import func, select, text

from exchange_desktop.domain.enums import RegistrationStatus
from exchange_desktop.domain.errors import DomainError
from exchange_desktop.paths import data_dir
from exchange_desktop.services.practices.catalogue import list_practices
from exchange_desktop.services.practices.sample import load_sample
from exchange_desktop.services.roster.registrations import register
from exchange_desktop.services.scheduling.sessions import list_sessions, update_session
from exchange_desktop.storage.database import Database, open_database
from exchange_desktop.storage.models import RegistrationRow
from exchange_desktop.storage.postgres.backups import restore_into_server
from exchange_desktop.storage.postgres.server_database import LOCK_TIMEOUT_MS, WRITE_LOCK_KEY

ROUNDS = 20


def _roster_json(location: str | Path, capsys: pytest.CaptureFixture[str]) -> object:
    return json.loads(run_ok(["roster", "--db", str(location), "--session", "1", "--json"], capsys))


def _sample_with_people(location: str | Path) -> None:
    db = open_database(location)
    try:
        load_sample(db)
        update_session(db, 1, capacity=2)
        fill(db, 1, ["Città", "Bianchi", "D'Annunzio", "Ünal 😀"])  # two seated, two waiting
    finally:
        db.close()


@pytest.mark.slow
def test_two_clerks_never_fill_a_seat_twice(server_url: str) -> None:
    """Two processes sign someone up for the last seat at the same moment, 20 times."""
    db = open_database(server_url)
    try:
        for _round in range(ROUNDS):
            load_sample(db)
        session_ids = []
        for practice in list_practices(db):
            session = list_sessions(db, practice.id)[0]
            update_session(db, session.id, capacity=1)
            session_ids.append(session.id)
    finally:
        db.close()
    spawn = multiprocessing.get_context("spawn")
    barrier = spawn.Manager().Barrier(2)
    with ProcessPoolExecutor(max_workers=2, mp_context=spawn) as pool:
        first = pool.submit(register_at_once, server_url, session_ids, "Rossi", barrier)
        second = pool.submit(register_at_once, server_url, session_ids, "Verdi", barrier)
        statuses = list(zip(first.result(timeout=120), second.result(timeout=120), strict=True))
    db = open_database(server_url)
    try:
        with db.read() as orm:
            for session_id, pair in zip(session_ids, statuses, strict=True):
                rows = orm.scalars(
                    select(RegistrationRow.status).where(RegistrationRow.session_id == session_id)
                ).all()
                assert sorted(s.value for s in rows) == ["confirmed", "waiting"], session_id
                assert sorted(pair) == ["confirmed", "waiting"]  # each clerk was told the truth
    finally:
        db.close()
    assert len(statuses) == ROUNDS


@pytest.mark.slow
def test_a_save_waits_for_a_colleague_then_says_busy(server_url: str) -> None:
    """A colleague's transaction holding the write lock too long: busy, in plain words."""
    db = open_database(server_url)
    other = open_database(server_url)
    try:
        load_sample(db)
        with other.engine.connect() as holder:
            holder.execute(text(f"SELECT pg_advisory_lock({WRITE_LOCK_KEY})"))
            try:
                with pytest.raises(DomainError, match="occupato: un collega sta salvando"):
                    update_session(db, 1, capacity=3)
            finally:
                holder.execute(text(f"SELECT pg_advisory_unlock({WRITE_LOCK_KEY})"))
        assert LOCK_TIMEOUT_MS <= 10_000  # the clerk waits seconds, not minutes
        assert update_session(db, 1, capacity=3).capacity == 3  # and then it goes through
    finally:
        other.close()
        db.close()


def test_backup_from_the_server_restores_into_a_new_file(
    server_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """backup on PostgreSQL → restore into a new SQLite file → the same roster."""
    _sample_with_people(server_url)
    snapshot = tmp_path / "copia del server.sqlite"
    out = run_ok(["backup", "--db", server_url, str(snapshot)], capsys)
    assert str(snapshot) in out
    assert not Path(f"{snapshot}-wal").exists()  # one self-contained file
    local = tmp_path / "nuovo.sqlite"
    open_database(local).close()
    run_ok(["restore", "--db", str(local), str(snapshot)], capsys)
    assert _roster_json(local, capsys) == _roster_json(server_url, capsys)


def test_a_file_backup_restores_into_the_server(
    server_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A SQLite backup replaces the server's data; the server's old data is kept aside."""
    local = tmp_path / "ufficio.sqlite"
    _sample_with_people(local)
    backup = tmp_path / "backup.sqlite"
    run_ok(["backup", "--db", str(local), str(backup)], capsys)
    db = open_database(server_url)
    try:
        load_sample(db)
        load_sample(db)  # two practices on the server, one in the backup
        register(db, 1, person("Sul server"))
    finally:
        db.close()
    err = run_failing(["restore", "--db", server_url, str(backup)], capsys, 1)
    assert "sostituirebbe i dati di tutti gli uffici" in err and "pratiche: 2" in err
    assert "utenti del database che li hanno modificati: 1 (postgres)" in err  # the logins
    assert "--yes" in err
    assert "connessioni di altri programmi" not in err  # nobody else is connected
    colleague = open_database(server_url)  # another office's window, open on the data
    try:
        list_practices(colleague)
        err = run_failing(["restore", "--db", server_url, str(backup)], capsys, 1)
        assert "connessioni di altri programmi al database in questo momento: 1 " in err
        assert "(utenti: postgres)" in err and "ripetere il comando con --yes" in err
    finally:
        colleague.close()
    db = open_database(server_url)
    try:
        assert len(list_practices(db)) == 2  # nothing replaced without --yes
    finally:
        db.close()
    out = run_ok(["restore", "--db", server_url, str(backup), "--yes"], capsys)
    assert "Copia di sicurezza dei dati precedenti" in out
    assert "Sostituiti i dati di tutti gli uffici" in out
    assert _roster_json(server_url, capsys) == _roster_json(local, capsys)
    db = open_database(server_url)
    try:
        assert len(list_practices(db)) == 1
        new = register(db, 1, person("Nuovi"))  # ids continue after the copied ones
        assert new.row.registration_id > 4
    finally:
        db.close()


def _practices_on(url: str) -> int:
    db = open_database(url)
    try:
        return len(list_practices(db))
    finally:
        db.close()


def test_a_restore_the_server_refuses_is_one_plain_sentence(
    server_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A backup the server cannot take (a surname longer than its column: a file does not
    check lengths, PostgreSQL does) leaves the server as it was, in one Italian sentence."""
    local = tmp_path / "ufficio.sqlite"
    _sample_with_people(local)
    with sqlite3.connect(local) as connection:
        connection.execute("UPDATE participants SET surname = ? WHERE id = 1", ("R" * 400,))
    connection.close()
    backup = tmp_path / "backup.sqlite"
    run_ok(["backup", "--db", str(local), str(backup)], capsys)
    db = open_database(server_url)
    try:
        load_sample(db)
        load_sample(db)
    finally:
        db.close()
    err = run_failing(["restore", "--db", server_url, str(backup), "--yes"], capsys, 1)
    assert err.startswith(
        "Ripristino non riuscito: il server non ha accettato i dati del backup (i dettagli "
        "sono nel registro degli errori). Il database "
    )
    assert err.rstrip().endswith("non è stato modificato.") and err.count("\n") == 1
    assert "value too long" not in err and "psycopg" not in err and "varying" not in err
    assert _practices_on(server_url) == 2  # nothing replaced


def test_a_restore_whose_safety_copy_cannot_be_written_says_why(
    server_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    local = tmp_path / "ufficio.sqlite"
    _sample_with_people(local)
    backup = tmp_path / "backup.sqlite"
    run_ok(["backup", "--db", str(local), str(backup)], capsys)
    blocked = tmp_path / "backups"
    blocked.write_text("un file dove andrebbe la cartella", encoding="utf-8")
    db = open_database(server_url)
    try:
        load_sample(db)
        load_sample(db)
        with pytest.raises(DomainError) as raised:
            restore_into_server(db, backup, blocked)
    finally:
        db.close()
    text = str(raised.value)
    assert text.startswith("Ripristino non riuscito: Impossibile salvare ")
    assert f"la cartella {blocked} non esiste." in text
    assert text.endswith("non è stato modificato.") and "Errno" not in text
    assert _practices_on(server_url) == 2


def test_migrate_to_moves_a_file_to_an_empty_server(
    postgres_server: TestServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    local = tmp_path / "ufficio.sqlite"
    _sample_with_people(local)
    name = postgres_server.empty_database()
    try:
        url = postgres_server.url(name)
        out = run_ok(["migrate-to", url, "--db", str(local)], capsys)
        assert "pratiche 1" in out and "iscrizioni 4" in out
        assert _roster_json(url, capsys) == _roster_json(local, capsys)
        err = run_failing(["migrate-to", url, "--db", str(local)], capsys, 1)
        assert "contiene già dei dati" in err  # never mixed with what is there
        db = open_database(url)
        try:
            with db.read() as orm:
                assert orm.scalar(select(func.count()).select_from(RegistrationRow)) == 4
            assert register(db, 1, person("Dopo")).row.status is RegistrationStatus.WAITING
        finally:
            db.close()
    finally:
        postgres_server.drop_database(name)


def test_an_unreachable_server_is_a_plain_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"postgresql+psycopg://scambi:segreto@/scambi?host={tmp_path}"  # nobody listens here
    err = run_failing(["practices", "--db", url], capsys, 1)
    assert "non risponde" in err
    assert "segreto" not in err  # never the password


def test_a_wrong_database_name_says_to_ask_it(
    postgres_server: TestServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    err = run_failing(["practices", "--db", postgres_server.url("non_esiste")], capsys, 1)
    assert "non esiste sul server" in err


def test_a_database_of_another_program_is_refused(
    postgres_server: TestServer,
) -> None:
    name = postgres_server.empty_database()
    try:
        postgres_server.execute_in(name, "CREATE TABLE protocollo (id integer)")
        with pytest.raises(DomainError, match="tabelle di un altro programma"):
            open_database(postgres_server.url(name))
    finally:
        postgres_server.drop_database(name)


def test_the_label_never_shows_the_password(server_url: str) -> None:
    with_password = server_url.replace("postgres@", "postgres:s3gr%40to@")
    db: Database = open_database(with_password)
    try:
        assert "s3gr" not in db.label and "s3gr" not in db.location
        assert db.shared and db.instance_marker() is None and db.daily_backup() is None
        assert db.folder == data_dir() and db.backups_folder == data_dir() / "backups"
    finally:
        db.close()


@pytest.mark.slow
def test_the_commands_find_the_server_in_the_environment(
    server_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """EXCHANGE_DESKTOP_DB_URL, as the IT office sets it: no --db on any command."""
    monkeypatch.setenv("EXCHANGE_DESKTOP_DB_URL", server_url)
    added = run_process(["sample"], tmp_path / "dati")
    listed = run_process(["practices", "--json"], tmp_path / "dati")
    assert (added.returncode, added.stderr) == (0, "")
    assert "postgres@" in added.stdout  # the server's label, not a file
    assert [p["host"] for p in json.loads(listed.stdout)] == ["Comune di Monza"]
    assert not (tmp_path / "dati" / "exchange-desktop.sqlite").exists()
