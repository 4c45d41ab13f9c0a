"""Backups of a server database: a SQLite snapshot out, a snapshot (or a file's backup) in.

The server's own backups (pg_dump, the IT office's schedule) stay the IT office's; these
are the clerk's: "Salva copia di backup…" and ``backup`` write a snapshot the clerk can
keep, and "Ripristina da backup…" and ``restore`` bring one back, replacing the shared
data for every office in one transaction.  A snapshot of the data as it was is written
first into the local backups folder, like the safety copy of a file restore.
"""

from __future__ import annotations

import logging
import sqlite3
from contextlib import suppress
from datetime import datetime
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from exchange_desktop.files import explain_os_error
from exchange_desktop.i18n import QT_TRANSLATE_NOOP
from exchange_desktop.storage.backup_records import RestoreResult
from exchange_desktop.storage.database_base import Database
from exchange_desktop.storage.snapshot import copy_all, write_sqlite_snapshot
from exchange_desktop.storage.sqlite.backups import (
    BackupError,
    backup_error,
    inspect_backup,
    prepare_working_copy,
)
from exchange_desktop.storage.sqlite.errors import is_disk_full
from exchange_desktop.storage.sqlite.file_database import open_sqlite_file

log = logging.getLogger(__name__)

_STAMP_FORMAT = "%Y%m%d-%H%M%S"


def _file_stem(label: str) -> str:
    """user@server/database as a file name: letters, digits, '-' and '.' only."""
    return "".join(c if c.isalnum() or c in "-." else "-" for c in label).strip("-") or "server"


def restore_into_server(
    db: Database, backup_path: Path, safety_folder: Path, now: datetime | None = None
) -> RestoreResult:
    """Replace all the server's data with the backup's, all or nothing."""
    info = inspect_backup(backup_path)
    stamp = (now or datetime.now()).strftime(_STAMP_FORMAT)
    stem = _file_stem(db.label)
    working = safety_folder / f".{stem}-ripristino-{stamp}.part"
    safety = safety_folder / f"{stem}-prima-ripristino-{stamp}.sqlite"
    try:
        safety_folder.mkdir(parents=True, exist_ok=True)
        prepare_working_copy(
            info, working, None
        )  # the backup itself is never written, even to migrate
        write_sqlite_snapshot(db, safety)
        source = open_sqlite_file(working)
        try:
            copy_all(source, db, replace=True)
        finally:
            source.close()
    except (OSError, sqlite3.Error, DBAPIError) as exc:
        log.exception("restore of %s into %s failed", backup_path, db.label)
        if isinstance(exc, DBAPIError):
            explained = db.explain(exc)
            if explained is not None:
                raise explained from exc
        raise _restore_failure(exc, db.label, safety) from exc
    finally:
        for leftover in (working, working.with_name(working.name + "-journal")):
            with suppress(OSError):
                leftover.unlink()
    log.info("restored %s into %s; previous data in %s", backup_path, db.label, safety)
    return RestoreResult(info, safety, was_damaged=False, database=db.label)


def _restore_failure(exc: Exception, label: str, safety: Path) -> BackupError:
    """The failed restore in one plain sentence, as a file's restore says it; the original
    text (the server's, SQLite's or the system's, often English) is in the log only."""
    if is_disk_full(exc):
        return backup_error(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Ripristino non riuscito: il disco di questo computer è pieno e la copia di "
                "sicurezza dei dati attuali non si è potuta scrivere. Liberare spazio e "
                "riprovare; il database {path} non è stato modificato.",
            ),
            label,
        )
    if isinstance(exc, DBAPIError):
        return backup_error(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Ripristino non riuscito: il server non ha accettato i dati del backup (i "
                "dettagli sono nel registro degli errori). Il database {path} non è stato "
                "modificato.",
            ),
            label,
        )
    if isinstance(exc, OSError):
        return backup_error(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Ripristino non riuscito: {reason} Il database {path} non è stato modificato.",
            ),
            label,
            reason=explain_os_error(exc, safety).message,
        )
    return backup_error(
        QT_TRANSLATE_NOOP(
            "Messages",
            "Ripristino non riuscito: il backup non si è potuto copiare (i dettagli sono nel "
            "registro degli errori). Il database {path} non è stato modificato.",
        ),
        label,
    )


__all__ = ["BackupError", "restore_into_server"]
