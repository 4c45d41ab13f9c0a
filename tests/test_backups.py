"""Backups and restore at the storage and service level, on real files."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from exchange_desktop.domain.errors import DomainError
from exchange_desktop.services.backup import backups
from exchange_desktop.services.practices.catalogue import create_practice, list_practices
from exchange_desktop.services.practices.sample import load_sample
from exchange_desktop.storage.database import (
    BACKUPS_DIR_NAME,
    Database,
    head_revision,
    open_database,
)
from exchange_desktop.storage.db_files import DatabaseFileError, stored_revision
from exchange_desktop.storage.sqlite import backup_files
from exchange_desktop.storage.sqlite import backups as storage_backups

#: The automatic and file backups of a SQLite file (server snapshots: test_snapshots.py).
pytestmark = pytest.mark.sqlite_only

DATA_DIR = Path(__file__).parent / "data"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def titles(path: Path) -> list[str]:
    database = open_database(path)
    try:
        return sorted(p.title for p in list_practices(database))
    finally:
        database.close()


def closed_database(path: Path, practices: int) -> Path:
    database = open_database(path)
    for _ in range(practices):
        load_sample(database)
    database.close()
    return path


def make_newer_database(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
    connection.execute("INSERT INTO alembic_version VALUES ('9999')")
    connection.execute("CREATE TABLE practices (id INTEGER PRIMARY KEY, title TEXT)")
    connection.commit()
    connection.close()


def make_foreign_database(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE ricette (id INTEGER PRIMARY KEY, nome TEXT)")
    connection.commit()
    connection.close()


def truncate(path: Path, keep: float = 0.5) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])


# --- the daily copy ------------------------------------------------------------------------


def test_daily_backup_is_made_once_a_day_and_the_last_14_are_kept(db: Database) -> None:
    load_sample(db)
    folder = db.path.parent / BACKUPS_DIR_NAME
    folder.mkdir()
    mine = folder / "appunti.txt"
    mine.write_text("miei", encoding="utf-8")
    other_database = folder / "altro-giornaliero-2026-01-01.sqlite"
    other_database.write_bytes(b"")
    start = date(2026, 11, 1)
    for offset in range(20):
        day = start + timedelta(days=offset)
        made = backups.daily_backup(db, today=day)
        assert made is not None and made.name.endswith(f"-giornaliero-{day.isoformat()}.sqlite")
        assert backups.daily_backup(db, today=day) is None  # already done today
    daily = sorted(folder.glob(f"{db.path.stem}-giornaliero-*.sqlite"))
    assert [p.name for p in daily] == [
        f"{db.path.stem}-giornaliero-{(start + timedelta(days=n)).isoformat()}.sqlite"
        for n in range(6, 20)
    ]
    assert mine.read_text(encoding="utf-8") == "miei"  # never delete what is not ours
    assert other_database.exists()
    assert titles(daily[-1]) == [p.title for p in list_practices(db)]


def test_upgrade_backups_are_pruned_to_the_last_few(tmp_path: Path) -> None:
    db_path = tmp_path / "archivio.sqlite"
    folder = tmp_path / BACKUPS_DIR_NAME
    folder.mkdir()
    names = [f"archivio-prima-aggiornamento-0001-2026110{n}-120000.sqlite" for n in range(1, 9)]
    for name in names:
        (folder / name).write_bytes(b"x")
    (folder / "archivio-prima-aggiornamento-0001-copia mia.sqlite").write_bytes(b"x")
    backup_files.prune_upgrade_backups(db_path)
    assert files_in(folder) == sorted(
        [
            *names[-backup_files.UPGRADE_KEEP :],
            "archivio-prima-aggiornamento-0001-copia mia.sqlite",
        ]
    )


# --- a copy to a chosen file ----------------------------------------------------------------


def test_backup_holds_the_same_rows_as_the_database(db: Database, tmp_path: Path) -> None:
    load_sample(db)
    create_practice(db)
    out = backups.save_backup(db, tmp_path / "copia.sqlite")
    assert titles(out) == sorted(p.title for p in list_practices(db))
    assert stored_revision(out) == head_revision()
    assert files_in(tmp_path) == sorted(["copia.sqlite", db.path.parent.name])


def test_backup_while_another_program_holds_a_write_transaction(
    db: Database, tmp_path: Path
) -> None:
    load_sample(db)
    writer = sqlite3.connect(db.path, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE practices SET title = 'non ancora salvato'")
        started = datetime.now()
        out = backups.save_backup(db, tmp_path / "durante.sqlite")
        assert (datetime.now() - started).total_seconds() < 2  # did not wait for the writer
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert titles(out) == [p.title for p in list_practices(db)]
    assert "non ancora salvato" not in titles(out)


def test_backup_onto_the_database_itself_is_refused(db: Database) -> None:
    before = list_practices(db)
    with pytest.raises(DomainError, match="database stesso"):
        backups.save_backup(db, db.path)
    assert list_practices(db) == before


# --- restore ------------------------------------------------------------------------------


def test_restore_replaces_the_data_of_an_open_database_and_keeps_a_safety_copy(
    db: Database, tmp_path: Path
) -> None:
    load_sample(db)
    backup = backups.save_backup(db, tmp_path / "copia.sqlite")
    backup_digest = digest(backup)
    create_practice(db)
    create_practice(db)
    assert len(list_practices(db)) == 3

    result = backups.restore_backup(db, backup, now=datetime(2026, 11, 25, 10, 30))

    assert len(list_practices(db)) == 1  # the open Database sees the restored data
    assert result.backup.practices == 1
    assert not result.was_damaged
    assert result.safety_copy.name == f"{db.path.stem}-prima-ripristino-20261125-103000.sqlite"
    assert len(titles(result.safety_copy)) == 3
    assert digest(backup) == backup_digest  # the backup itself is only read
    assert not any(p.name.endswith(".part") for p in result.safety_copy.parent.iterdir())
    create_practice(db)  # and the database still takes writes
    assert len(list_practices(db)) == 2


def test_restore_of_an_older_schema_migrates_it(tmp_path: Path) -> None:
    db_path = closed_database(tmp_path / "archivio.sqlite", practices=2)
    old = tmp_path / "vecchio.sqlite"
    shutil.copyfile(DATA_DIR / "schema-0001.sqlite", old)
    result = backups.restore_backup_at(db_path, old)
    assert result.backup.revision == "0001"
    assert stored_revision(db_path) == head_revision()
    assert len(titles(db_path)) == 1
    assert digest(old) == digest(DATA_DIR / "schema-0001.sqlite")


def _bad_backups(folder: Path) -> dict[str, Path]:
    good = closed_database(folder / "buono.sqlite", practices=1)
    bad = {
        "missing": folder / "non esiste.sqlite",
        "text": folder / "testo.sqlite",
        "empty": folder / "vuoto.sqlite",
        "truncated": folder / "troncato.sqlite",
        "foreign": folder / "altro programma.sqlite",
        "newer": folder / "dal futuro.sqlite",
    }
    bad["text"].write_text("non sono un database", encoding="utf-8")
    bad["empty"].write_bytes(b"")
    shutil.copyfile(good, bad["truncated"])
    truncate(bad["truncated"])
    make_foreign_database(bad["foreign"])
    make_newer_database(bad["newer"])
    return bad


@pytest.mark.parametrize("kind", ["missing", "text", "empty", "truncated", "foreign", "newer"])
def test_a_bad_backup_is_refused_and_the_database_left_byte_identical(
    tmp_path: Path, kind: str
) -> None:
    db_path = closed_database(tmp_path / "uso" / "archivio.sqlite", practices=2)
    before = digest(db_path)
    bad = _bad_backups(tmp_path)[kind]
    with pytest.raises((DomainError, DatabaseFileError)):
        backups.restore_backup_at(db_path, bad)
    assert digest(db_path) == before
    assert files_in(db_path.parent) == ["archivio.sqlite"]


def test_the_database_itself_is_refused_as_a_backup(tmp_path: Path) -> None:
    db_path = closed_database(tmp_path / "archivio.sqlite", practices=1)
    before = digest(db_path)
    with pytest.raises(DomainError, match="database stesso"):
        backups.restore_backup_at(db_path, db_path)
    assert digest(db_path) == before


def test_a_failure_in_the_middle_leaves_the_database_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db_path = closed_database(tmp_path / "archivio.sqlite", practices=2)
    before = digest(db_path)
    old = tmp_path / "vecchio.sqlite"
    shutil.copyfile(DATA_DIR / "schema-0001.sqlite", old)

    def broken_migration(_path: Path) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(storage_backups, "migrate_file", broken_migration)
    with pytest.raises(DomainError, match="non è stato modificato"):
        backups.restore_backup_at(db_path, old)
    assert digest(db_path) == before
    assert files_in(db_path.parent) == ["archivio.sqlite", BACKUPS_DIR_NAME, "vecchio.sqlite"]
    assert files_in(db_path.parent / BACKUPS_DIR_NAME) == []  # no working copy left behind


def test_a_failure_while_writing_the_live_database_rolls_back(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The copy into the live file is one SQLite transaction: a write error undoes it."""
    load_sample(db)
    backup = backups.save_backup(db, tmp_path / "copia.sqlite")
    create_practice(db)
    writer = sqlite3.connect(db.path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # another program keeps the write lock
    monkeypatch.setattr(storage_backups, "BUSY_TIMEOUT_MS", 100)
    try:
        with pytest.raises(DomainError, match="non è stato modificato"):
            backups.restore_backup(db, backup)
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert len(list_practices(db)) == 2


def test_restore_over_a_damaged_database_keeps_its_bytes_aside(tmp_path: Path) -> None:
    db_path = closed_database(tmp_path / "archivio.sqlite", practices=1)
    backup = backups.save_backup_at(db_path, tmp_path / "copia.sqlite")
    truncate(db_path)
    (tmp_path / "archivio.sqlite-wal").write_bytes(b"vecchio wal")
    damaged = digest(db_path)

    result = backups.restore_backup_at(db_path, backup, now=datetime(2026, 11, 25, 9, 0))

    assert result.was_damaged
    assert result.safety_copy.name == "archivio-danneggiato-20261125-090000.sqlite"
    assert digest(result.safety_copy) == damaged
    assert (result.safety_copy.parent / (result.safety_copy.name + "-wal")).read_bytes() == (
        b"vecchio wal"
    )
    assert not (tmp_path / "archivio.sqlite-wal").exists()  # never beside the new file
    assert len(titles(db_path)) == 1


def test_restore_over_an_open_database_failing_its_check_writes_through_sqlite(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window holds the file (so SQLite reads it) but the full integrity check fails
    (e.g. a damaged index): the file stays where it is, with the window's connections."""
    load_sample(db)
    backup = backups.save_backup(db, tmp_path / "copia.sqlite")
    create_practice(db)
    live = db.path.resolve()
    check = storage_backups._integrity_problem
    monkeypatch.setattr(
        storage_backups,
        "_integrity_problem",
        lambda path: "indice danneggiato" if Path(path).resolve() == live else check(path),
    )

    result = backups.restore_backup(db, backup, now=datetime(2026, 11, 25, 9, 0), in_use=True)

    assert result.was_damaged
    assert result.safety_copy.name == f"{db.path.stem}-danneggiato-20261125-090000.sqlite"
    assert len(titles(result.safety_copy)) == 2  # the bytes as they were, copied aside
    assert len(list_practices(db)) == 1  # the open Database sees the restored data
    create_practice(db)  # and its writes land in the database, not in the copy
    assert len(titles(db.path)) == 2
    assert len(titles(result.safety_copy)) == 2


def test_restore_into_a_missing_database_is_refused(tmp_path: Path) -> None:
    backup = closed_database(tmp_path / "copia.sqlite", practices=1)
    with pytest.raises(DomainError, match="non esiste"):
        backups.restore_backup_at(tmp_path / "manca.sqlite", backup)
    assert not (tmp_path / "manca.sqlite").exists()


# --- the latest backup ----------------------------------------------------------------------


def test_latest_backup_skips_damaged_copies_and_other_files(db: Database) -> None:
    load_sample(db)
    good = backups.daily_backup(db, today=date(2026, 11, 24))
    newer = backups.daily_backup(db, today=date(2026, 11, 25))
    assert good is not None and newer is not None
    truncate(newer)
    (good.parent / "appunti.sqlite").write_bytes(b"")
    latest = backups.latest_backup(db.path)
    assert latest is not None
    assert (latest.path, latest.practices) == (good, 1)


def test_no_backups_folder_means_no_latest_backup(tmp_path: Path) -> None:
    assert backups.latest_backup(tmp_path / "archivio.sqlite") is None


def test_a_backup_with_another_page_size_is_restored_into_the_open_database(
    db: Database, tmp_path: Path
) -> None:
    load_sample(db)
    backup = backups.save_backup(db, tmp_path / "copia.sqlite")
    connection = sqlite3.connect(backup)
    connection.execute("PRAGMA page_size = 8192")
    connection.execute("VACUUM")
    connection.close()
    create_practice(db)
    backups.restore_backup(db, backup)
    assert len(list_practices(db)) == 1
    check = sqlite3.connect(db.path)
    try:
        assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        check.close()


def test_two_restores_in_the_same_second_keep_both_safety_copies(
    db: Database, tmp_path: Path
) -> None:
    load_sample(db)
    backup = backups.save_backup(db, tmp_path / "copia.sqlite")
    moment = datetime(2026, 11, 25, 11, 0)
    create_practice(db)
    first = backups.restore_backup(db, backup, now=moment)
    second = backups.restore_backup(db, backup, now=moment)
    assert first.safety_copy != second.safety_copy
    assert (len(titles(first.safety_copy)), len(titles(second.safety_copy))) == (2, 1)
