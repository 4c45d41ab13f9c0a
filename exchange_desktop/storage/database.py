"""Opening the database wherever it lives: a SQLite file here, or a shared PostgreSQL server.

``location`` is what the clerk or the IT office gives (``--db``, EXCHANGE_DESKTOP_DB_URL,
the connection dialog): a file path, or a URL such as
``postgresql+psycopg://scambi@db.comune.example.it/scambi?sslmode=require``.  What only a
file has (WAL, copies through SQLite's backup API, damaged-file recovery, the instance
marker, network-share detection) stays in :mod:`.sqlite_file` and the modules it uses.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from exchange_desktop.i18n import QT_TRANSLATE_NOOP
from exchange_desktop.storage.backup_records import RestoreResult
from exchange_desktop.storage.database_base import Database
from exchange_desktop.storage.db_files import DatabaseFileError, file_error
from exchange_desktop.storage.location import ENV_DATABASE_URL, is_server_url
from exchange_desktop.storage.postgres.server_database import PostgresDatabase, open_server
from exchange_desktop.storage.schema import head_revision, known_revisions
from exchange_desktop.storage.sqlite.backup_files import BACKUPS_DIR_NAME
from exchange_desktop.storage.sqlite.backups import restore_backup, save_file_backup
from exchange_desktop.storage.sqlite.engine import BUSY_TIMEOUT_MS, backup_to
from exchange_desktop.storage.sqlite.file_database import (
    SqliteDatabase,
    open_sqlite_file,
    open_sqlite_file_read_only,
)

__all__ = [
    "BACKUPS_DIR_NAME",
    "BUSY_TIMEOUT_MS",
    "ENV_DATABASE_URL",
    "Database",
    "PostgresDatabase",
    "SqliteDatabase",
    "backup_to",
    "head_revision",
    "known_revisions",
    "open_database",
    "open_database_read_only",
    "parse_location",
    "restore_at",
    "save_backup_at",
]

_URL_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+://")


def parse_location(location: str | Path) -> str | Path:
    """A server URL as it is, or the file path; a URL of any other kind is refused."""
    if isinstance(location, Path):
        return location
    text = location.strip()
    if is_server_url(text):
        return text
    if text.lower().startswith("sqlite:///"):
        return Path(text[len("sqlite:///") :])
    if _URL_SCHEME.match(text):
        raise file_error(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{path} non è un database che Exchange Desktop sa aprire: indicare un file "
                "(.sqlite) oppure un indirizzo postgresql://utente@server/database.",
            ),
            text.split("://", 1)[0] + "://…",  # never echo a password given in the URL
            DatabaseFileError,
        )
    return Path(text)


def open_database(location: str | Path) -> Database:
    """Open (creating or upgrading as needed) the database at ``location``.

    A database of a newer schema, or one that is not ours, is refused before anything is
    written.
    """
    where = parse_location(location)
    if isinstance(where, Path):
        return open_sqlite_file(where)
    return open_server(where)


def open_database_read_only(location: str | Path) -> Database:
    """For the commands that only read (lists, exports, backup): a file is opened so that
    nothing is written beside it; a server is read through an ordinary connection."""
    where = parse_location(location)
    if isinstance(where, Path):
        return open_sqlite_file_read_only(where)
    return open_server(where)


def save_backup_at(location: str | Path, out: Path) -> Path:
    """A copy of the database at ``location`` in ``out``: a file is copied without being
    opened (it may be in a read-only place), a server's data is written as a snapshot."""
    where = parse_location(location)
    if isinstance(where, Path):
        return save_file_backup(where, Path(out))
    db = open_server(where)
    try:
        return db.save_backup(Path(out))
    finally:
        db.close()


def restore_at(location: str | Path, backup: Path, now: datetime | None = None) -> RestoreResult:
    """Put ``backup`` in place of the database at ``location``: a file even when it is too
    damaged to open (its bytes are kept aside), a server through its connection."""
    where = parse_location(location)
    if isinstance(where, Path):
        return restore_backup(where, Path(backup), now)
    db = open_server(where)
    try:
        return db.restore(Path(backup), now)
    finally:
        db.close()
