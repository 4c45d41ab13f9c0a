"""Backups as the clerk asks for them: a copy to a chosen file, a restore, the daily copy.

Each backend does its own copying (:meth:`Database.save_backup`, :meth:`Database.restore`,
:meth:`Database.daily_backup`): a file through SQLite's backup API, a server as a snapshot
of the same kind.  The ``…_at`` forms take a location instead of an open database, for the
command line: a damaged file can still be restored, and a file in a read-only place copied,
though neither can be opened.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from exchange_desktop.formatting import plain_date
from exchange_desktop.storage import database as storage
from exchange_desktop.storage.backup_records import BackupInfo, RestoreResult
from exchange_desktop.storage.database import Database
from exchange_desktop.storage.sqlite.backups import (
    BackupError,
    backup_copy_path,
    copy_of_backup,
    inspect_backup,
    latest_backup,
)

__all__ = [
    "BackupError",
    "BackupInfo",
    "RestoreResult",
    "backup_copy_path",
    "backup_moment",
    "copy_of_backup",
    "daily_backup",
    "inspect_backup",
    "latest_backup",
    "restore_backup",
    "restore_backup_at",
    "save_backup",
    "save_backup_at",
    "suggested_backup_name",
]


def backup_moment(made_at: datetime) -> str:
    """When a backup was made, as the clerk reads it: "25 novembre 2026, 18:40"."""
    return f"{plain_date(made_at.date())}, {made_at:%H:%M}"


def suggested_backup_name(today: date | None = None) -> str:
    return f"Exchange Desktop backup {(today or date.today()).isoformat()}.sqlite"


def daily_backup(db: Database, today: date | None = None) -> Path | None:
    """The day's automatic copy where the backend makes one (a server's are the IT office's)."""
    return db.daily_backup(today)


def save_backup(db: Database, out: Path) -> Path:
    """A consistent copy of all the data of ``db`` in ``out``, written whole or not at all."""
    return db.save_backup(Path(out))


def restore_backup(
    db: Database, backup: Path, now: datetime | None = None, *, in_use: bool = False
) -> RestoreResult:
    """Replace the data of ``db`` with the backup's, all or nothing, on either backend."""
    return db.restore(Path(backup), now, in_use=in_use)


def save_backup_at(location: str | Path, out: Path) -> Path:
    """As :func:`save_backup`, for the database at ``location`` (not opened if a file)."""
    return storage.save_backup_at(location, Path(out))


def restore_backup_at(
    location: str | Path, backup: Path, now: datetime | None = None
) -> RestoreResult:
    """As :func:`restore_backup`, for the database at ``location`` (damaged files too)."""
    return storage.restore_at(location, Path(backup), now)
