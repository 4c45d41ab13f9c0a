"""Backups as the clerk asks for them: a copy to a chosen file, a restore, the daily copy.

The SQLite-level work is in :mod:`exchange_desktop.storage.sqlite.backups`; this module adds the
copy to a file of the clerk's choosing, written like every export (whole or not at all,
with the operating system's refusals explained).
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from exchange_desktop.files import atomic_write
from exchange_desktop.formatting import plain_date
from exchange_desktop.i18n import MESSAGES_CONTEXT, QT_TRANSLATE_NOOP, Message
from exchange_desktop.paths import data_dir
from exchange_desktop.storage.database import Database
from exchange_desktop.storage.db_files import stored_revision, writable_place
from exchange_desktop.storage.postgres.backups import restore_into_server
from exchange_desktop.storage.snapshot import write_sqlite_snapshot
from exchange_desktop.storage.sqlite import backups as file_backups
from exchange_desktop.storage.sqlite.backup_files import backups_dir
from exchange_desktop.storage.sqlite.backups import (
    BackupError,
    BackupInfo,
    RestoreResult,
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
    "backups_dir",
    "copy_of_backup",
    "daily_backup",
    "inspect_backup",
    "latest_backup",
    "restore_backup",
    "save_backup",
    "suggested_backup_name",
]


def backup_moment(made_at: datetime) -> str:
    """When a backup was made, as the clerk reads it: "25 novembre 2026, 18:40"."""
    return f"{plain_date(made_at.date())}, {made_at:%H:%M}"


def suggested_backup_name(today: date | None = None) -> str:
    return f"Exchange Desktop backup {(today or date.today()).isoformat()}.sqlite"


def _side(path: Path, suffix: str) -> Path:
    return path.resolve().with_name(path.name + suffix)


def server_backups_folder() -> Path:
    """Where the safety copy of a server's data goes before a restore: this computer's."""
    return data_dir() / "backups"


def daily_backup(db: Database | Path, today: date | None = None) -> Path | None:
    """The day's automatic copy of a SQLite file; a server's are the IT office's (None)."""
    path = db.file if isinstance(db, Database) else Path(db)
    return None if path is None else file_backups.daily_backup(path, today)


def restore_backup(
    db: Database | Path, backup: Path, now: datetime | None = None, *, in_use: bool = False
) -> RestoreResult:
    """Replace the data of ``db`` with the backup's, all or nothing, on either backend."""
    path = db.file if isinstance(db, Database) else Path(db)
    if path is not None:
        return file_backups.restore_backup(path, backup, now, in_use=in_use)
    assert isinstance(db, Database)
    return restore_into_server(db, Path(backup), server_backups_folder(), now)


def _write_snapshot(db: Database, temp: Path) -> None:
    write_sqlite_snapshot(db, temp)


def save_backup(db: Database | Path, out: Path) -> Path:
    """A consistent copy of the database in ``out``, written whole or not at all.

    A SQLite file is copied through SQLite's backup API; a server's data is written as a
    snapshot, the same kind of file, which ``restore`` takes on either backend.
    """
    out = Path(out)
    if isinstance(db, Database) and db.file is None:
        return atomic_write(out, lambda temp: _write_snapshot(db, temp))
    db_path = db.file if isinstance(db, Database) else Path(db)
    assert db_path is not None
    if not db_path.is_file():
        raise BackupError(
            Message(
                MESSAGES_CONTEXT,
                QT_TRANSLATE_NOOP("Messages", "Il database {path} non esiste."),
                path=str(db_path),
            )
        )
    if out.resolve() in {db_path.resolve(), *(_side(db_path, s) for s in ("-wal", "-shm"))}:
        raise BackupError(
            Message(
                MESSAGES_CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Impossibile salvare il backup in {path}: è il database stesso. Scegliere "
                    "un altro file.",
                ),
                path=str(out),
            )
        )
    stored_revision(db_path)  # refuses a file that is empty, not ours, or damaged
    # Where the database may not be written (a read-only share or folder), it is read
    # read-only: nobody can be writing it, and SQLite could not create its side files.
    frozen = not writable_place(db_path)

    return atomic_write(
        out, lambda temp: file_backups.copy_database(db_path, temp, frozen_source=frozen)
    )
