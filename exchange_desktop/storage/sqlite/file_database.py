"""The SQLite file on this computer as a Database: opened, upgraded, read-only where it must
be, and what only a file can do (its daily copy, backups and restores, the instance marker).

The checks made before anything is written (is the file ours, whole, writable) are in
:mod:`exchange_desktop.storage.db_files`; the engine and migrations in :mod:`.engine`.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError

from exchange_desktop.domain.errors import DomainError
from exchange_desktop.i18n import QT_TRANSLATE_NOOP
from exchange_desktop.storage.backup_records import RestoreResult
from exchange_desktop.storage.database_base import Database
from exchange_desktop.storage.db_files import (
    DatabaseFileError,
    damaged_error,
    file_error,
    read_only_place_error,
    read_only_uri,
    stored_revision,
    writable_place,
)
from exchange_desktop.storage.schema import head_from_files, head_revision, known_revisions
from exchange_desktop.storage.sqlite import backups
from exchange_desktop.storage.sqlite.backup_files import BACKUPS_DIR_NAME
from exchange_desktop.storage.sqlite.engine import (
    BUSY_TIMEOUT_MS,
    BrokenReferencesError,
    backup_before_upgrade,
    begin_deferred,
    is_up_to_date,
    make_engine,
    migrate_file,
)
from exchange_desktop.storage.sqlite.errors import explain_database_error
from exchange_desktop.storage.sqlite.instance_marker import InstanceMarker

log = logging.getLogger(__name__)


class SqliteDatabase(Database):
    """The database file on this computer (or a share): one transaction per user operation."""

    def __init__(self, path: Path, engine: Engine, *, read_only: bool = False) -> None:
        read_engine = engine if read_only else make_engine(path, for_writing=False)
        super().__init__(engine, read_engine, read_only=read_only)
        self.path = path

    @property
    def label(self) -> str:
        return str(self.path)

    @property
    def location(self) -> str:
        return str(self.path)

    @property
    def folder(self) -> Path:
        return self.path.parent

    @property
    def backups_folder(self) -> Path:
        return self.path.parent / BACKUPS_DIR_NAME

    def daily_backup(self, today: date | None = None) -> Path | None:
        return backups.daily_backup(self.path, today)

    def save_backup(self, out: Path) -> Path:
        return backups.save_file_backup(self.path, out)

    def restore(
        self, backup: Path, now: datetime | None = None, *, in_use: bool = False
    ) -> RestoreResult:
        return backups.restore_backup(self.path, backup, now, in_use=in_use)

    def instance_marker(self) -> InstanceMarker:
        return InstanceMarker(self.path)

    def checkpoint(self) -> bool:
        """SQLite's passive checkpoint: the -wal's committed pages copied into the file as
        far as no other reader (a second window) still needs them; never blocks."""
        if self.read_only:
            return True
        with self._explained():
            raw = self.engine.raw_connection()
            try:
                driver = raw.driver_connection
                assert driver is not None
                busy, logged, done = driver.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
            finally:
                raw.close()
        # (-1, -1) outside WAL mode (a network share's rollback journal): nothing to do.
        return not busy and logged == done

    def explain(self, exc: BaseException) -> DomainError | None:
        if not isinstance(exc, (sqlite3.Error, DBAPIError)):
            return None
        return explain_database_error(exc, self.path)


def _not_a_folder(path: Path) -> None:
    if path.is_dir():
        raise file_error(
            QT_TRANSLATE_NOOP("Messages", "{path} è una cartella, non un file di database."), path
        )


def _newer_schema_error(path: Path, revision: str) -> DatabaseFileError:
    return file_error(
        QT_TRANSLATE_NOOP(
            "Messages",
            "Il database {path} è stato creato da una versione più recente di Exchange "
            "Desktop (schema {revision}). Aggiornare il programma; il file non è stato "
            "modificato.",
        ),
        path,
        revision=revision,
    )


def open_sqlite_file_read_only(path: Path) -> SqliteDatabase:
    """The existing database at ``path`` for reading only: nothing is written, not even
    SQLite's side files where they cannot be (a read-only folder, share or CD).

    For the commands that only read (lists, exports, backup) wherever the file is.  A file
    that needs a schema upgrade cannot be read this way (the upgrade writes): it is refused
    with the same words as any write in that place.
    """
    path = Path(path)
    _not_a_folder(path)
    revision = stored_revision(path)  # an empty, damaged or foreign file is refused here
    if revision is None or revision != head_from_files():
        if revision is not None and revision not in known_revisions():
            raise _newer_schema_error(path, revision)
        raise read_only_place_error(path)
    uri = read_only_uri(path)

    def connect() -> sqlite3.Connection:
        connection = sqlite3.connect(
            uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
        )
        connection.isolation_level = None
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("PRAGMA query_only = ON")
        return connection

    engine = create_engine("sqlite+pysqlite://", creator=connect)
    event.listen(engine, "begin", begin_deferred)
    return SqliteDatabase(path, engine, read_only=True)


def open_sqlite_file(path: Path) -> SqliteDatabase:
    """Open (creating or upgrading as needed) the database at ``path``.

    A file of a newer schema, or one that is not ours, is refused before anything is written;
    so is an existing file (a zero-byte one too) in a place that cannot be written.  Only a
    missing file is created.
    """
    path = Path(path)
    _not_a_folder(path)
    exists = path.exists()
    revision = stored_revision(path) if exists else None
    if exists and not writable_place(path):
        raise read_only_place_error(path)
    up_to_date = exists and is_up_to_date(path, revision)
    if not up_to_date and revision is not None and revision not in known_revisions():
        raise _newer_schema_error(path, revision)
    engine: Engine | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if not up_to_date:
            if exists and revision != head_revision():
                backup_before_upgrade(path, revision)
            migrate_file(path)
        engine = make_engine(path)
    except OSError as exc:
        if engine is not None:
            engine.dispose()
        if isinstance(exc, PermissionError):
            raise file_error(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Impossibile creare o aprire il database {path}: la cartella {folder} è di "
                    "sola lettura o non si hanno i permessi per scriverci.",
                ),
                path,
                folder=str(path.parent),
            ) from exc
        log.warning("opening %s: %s", path, exc)
        raise file_error(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Impossibile creare o aprire il database {path}: il sistema operativo lo "
                "rifiuta ({detail}).",
            ),
            path,
            detail=exc.strerror or type(exc).__name__,
        ) from exc
    except BrokenReferencesError as exc:
        raise file_error(
            QT_TRANSLATE_NOOP(
                "Messages",
                "L'aggiornamento del database {path} non è riuscito (riferimenti incoerenti). "
                "Il file non è stato modificato; una copia è nella cartella backups.",
            ),
            path,
        ) from exc
    except (sqlite3.Error, DBAPIError) as exc:
        if engine is not None:
            engine.dispose()
        explained = explain_database_error(exc, path)
        if explained is not None:
            raise explained from exc
        raise damaged_error(path, exc) from exc
    return SqliteDatabase(path, engine)
