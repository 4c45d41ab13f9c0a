"""Backups as the clerk asks for them: a copy to a chosen file, a restore, the daily copy.

The SQLite-level work is in :mod:`exchange_desktop.storage.backups`; this module adds the
copy to a file of the clerk's choosing, written like every export (whole or not at all,
with the operating system's refusals explained).
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

from exchange_desktop.files import atomic_write
from exchange_desktop.formatting import plain_date
from exchange_desktop.i18n import MESSAGES_CONTEXT, QT_TRANSLATE_NOOP, Message
from exchange_desktop.storage.backups import (
    BackupError,
    BackupInfo,
    RestoreResult,
    backup_copy_path,
    backups_dir,
    copy_of_backup,
    daily_backup,
    inspect_backup,
    latest_backup,
    restore_backup,
)
from exchange_desktop.storage.database import backup_to
from exchange_desktop.storage.db_files import stored_revision, writable_place

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


def save_backup(db_path: Path, out: Path) -> Path:
    """A consistent copy of the database in ``out``, written whole or not at all."""
    db_path, out = Path(db_path), Path(out)
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

    def write(temp: Path) -> None:
        try:
            backup_to(db_path, temp, frozen_source=frozen)
        except sqlite3.Error as exc:  # e.g. the disk filled up: explained like an export
            raise OSError(str(exc)) from exc

    return atomic_write(out, write)
