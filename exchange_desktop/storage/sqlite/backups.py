"""Backups of the database file and restoring one, always through SQLite, never a file copy.

Every copy is made with SQLite's online backup API (:func:`backup_to`), so it is consistent
even while the program or another one is writing.  The ``backups`` folder beside the
database holds the copies the program makes by itself; each kind has its own file name
pattern, and pruning only ever deletes files that match one of those patterns exactly.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import time
from contextlib import suppress
from datetime import date, datetime
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from exchange_desktop.domain.errors import DomainError
from exchange_desktop.files import atomic_write, explain_os_error
from exchange_desktop.i18n import MESSAGES_CONTEXT, QT_TRANSLATE_NOOP, Message
from exchange_desktop.storage.backup_records import BackupInfo, RestoreResult
from exchange_desktop.storage.db_files import read_only_connection, stored_revision, writable_place
from exchange_desktop.storage.schema import head_revision, known_revisions
from exchange_desktop.storage.sqlite.backup_files import (
    DAILY,
    DAILY_KEEP,
    RESTORABLE,
    SAFETY,
    SAFETY_KEEP,
    SIDE_SUFFIXES,
    STAMP_FORMAT,
    backups_dir,
    matching,
    prune,
)
from exchange_desktop.storage.sqlite.engine import (
    BUSY_TIMEOUT_MS,
    BrokenReferencesError,
    backup_to,
    migrate_file,
)
from exchange_desktop.storage.sqlite.errors import (
    as_os_error,
    explain_database_error,
    is_disk_full,
)

log = logging.getLogger(__name__)

_BUSY_STATUSES = (5, 6)  # SQLITE_BUSY, SQLITE_LOCKED


class BackupError(DomainError):
    """A backup cannot be made or used; the message says which file and why."""


def backup_error(template: str, path: Path | str, **params: object) -> BackupError:
    return BackupError(Message(MESSAGES_CONTEXT, template, path=str(path), **params))


def daily_backup(db_path: Path, today: date | None = None) -> Path | None:
    """The day's automatic copy, made only if there is none yet; older ones are pruned."""
    day = today or date.today()
    target = backups_dir(db_path) / f"{Path(db_path).stem}-giornaliero-{day.isoformat()}.sqlite"
    if target.exists():
        return None
    log.info("daily backup: %s", target)
    copy_database(Path(db_path), target)
    prune(db_path, DAILY, DAILY_KEEP)
    return target


def inspect_backup(path: Path) -> BackupInfo:
    """Check that ``path`` is a whole Exchange Desktop database this program can use.

    Only reads, without creating anything beside the file.  Raises :class:`BackupError`
    (or the storage layer's ``DatabaseFileError``) with the reason otherwise.
    """
    path = Path(path)
    if not path.is_file():
        raise backup_error(QT_TRANSLATE_NOOP("Messages", "Il backup {path} non esiste."), path)
    revision = stored_revision(path) if path.stat().st_size else None
    if revision is None:
        raise backup_error(
            QT_TRANSLATE_NOOP(
                "Messages", "Il file {path} non è un backup di Exchange Desktop: è vuoto."
            ),
            path,
        )
    if revision not in known_revisions():
        raise backup_error(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Il backup {path} è stato creato da una versione più recente di Exchange "
                "Desktop (schema {revision}): aggiornare il programma per usarlo.",
            ),
            path,
            revision=revision,
        )
    problem = _integrity_problem(path)
    if problem is not None:
        log.warning("backup %s is damaged: %s", path, problem)  # SQLite's words: the log
        raise backup_error(
            QT_TRANSLATE_NOOP("Messages", "Il backup {path} è danneggiato: sceglierne un altro."),
            path,
        )
    with read_only_connection(path, inspect_only=True) as connection:
        practices = connection.execute("SELECT count(*) FROM practices").fetchone()[0]
    made_at = datetime.fromtimestamp(path.stat().st_mtime)
    return BackupInfo(path, revision, made_at, practices)


def latest_backup(db_path: Path) -> BackupInfo | None:
    """The newest usable automatic copy of this database, or None."""
    candidates = [file for pattern in RESTORABLE for _key, file in matching(db_path, pattern)]
    candidates.sort(key=lambda file: file.stat().st_mtime, reverse=True)
    for file in candidates:
        try:
            return inspect_backup(file)
        except DomainError as error:
            log.warning("backup %s not usable: %s", file, error)
    return None


def _as_backup_error(exc: Exception, db_path: Path) -> BackupError:
    """The restore's failure in one sentence: SQLite's own English stays in the log."""
    if is_disk_full(exc):
        return backup_error(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Ripristino non riuscito: il disco è pieno. Liberare spazio e riprovare; il "
                "database {path} non è stato modificato.",
            ),
            db_path,
        )
    explained = explain_database_error(exc, db_path)
    if explained is not None:
        return backup_error(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Ripristino non riuscito: {reason} Il database {path} non è stato modificato.",
            ),
            db_path,
            reason=explained.message,
        )
    if isinstance(exc, OSError) and exc.strerror:  # the system's words, in its language
        return backup_error(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Ripristino non riuscito ({detail}). Il database {path} non è stato modificato.",
            ),
            db_path,
            detail=exc.strerror,
        )
    return backup_error(
        QT_TRANSLATE_NOOP(
            "Messages",
            "Ripristino non riuscito: il backup non si è potuto copiare (i dettagli sono nel "
            "registro degli errori). Il database {path} non è stato modificato.",
        ),
        db_path,
    )


def _integrity_problem(path: Path) -> str | None:
    """Why SQLite cannot use ``path`` as it is, or None when it is a healthy database.

    The full check (every index against its table): a backup is read rarely, and a
    restore must not bring back damage.
    """
    try:
        with read_only_connection(path, inspect_only=True) as connection:
            check = connection.execute("PRAGMA integrity_check(1)").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return None if check == "ok" else str(check)


def _page_size(path: Path) -> int:
    with read_only_connection(path, inspect_only=True) as connection:
        return int(connection.execute("PRAGMA page_size").fetchone()[0])


def prepare_working_copy(info: BackupInfo, working: Path, page_size: int | None) -> None:
    """Copy the backup to ``working`` and bring it to the current schema, as one file.

    SQLite cannot copy pages into a WAL database of another page size, so the working copy
    takes the live database's.
    """
    backup_to(info.path, working, frozen_source=True)
    if info.revision != head_revision():
        migrate_file(working)
    connection = sqlite3.connect(working)
    try:
        connection.execute("PRAGMA journal_mode = DELETE")
        if page_size and connection.execute("PRAGMA page_size").fetchone()[0] != page_size:
            connection.execute(f"PRAGMA page_size = {int(page_size)}")
            connection.execute("VACUUM")
    finally:
        connection.close()
    problem = _integrity_problem(working)
    if problem is not None:
        raise sqlite3.DatabaseError(problem)


def _copy_into_live(working: Path, db_path: Path) -> None:
    """Replace every page of the live database with the working copy's, in one transaction.

    The step takes the write lock itself; while another program holds it, Python retries
    forever, so the progress callback gives up after the usual busy timeout instead.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000

    def give_up_when_busy(status: int, _remaining: int, _total: int) -> None:
        if status in _BUSY_STATUSES and time.monotonic() > deadline:
            raise sqlite3.OperationalError("database is locked")

    source = sqlite3.connect(f"{working.resolve().as_uri()}?mode=ro", uri=True)
    target = sqlite3.connect(db_path, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        source.backup(target, progress=give_up_when_busy, sleep=0.05)
    finally:
        target.close()
        source.close()


def _side(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _unused(path: Path) -> Path:
    """``path``, or a free variant of it: two restores in one second keep both copies."""
    candidate, number = path, 1
    while candidate.exists() or _side(candidate, "-wal").exists():
        number += 1
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
    return candidate


def _swap_damaged(working: Path, db_path: Path, kept: Path) -> None:
    """Move the damaged file (side files first: a -wal must never meet another main file)
    to ``kept``, then the working copy into its place; on failure put everything back."""
    moved: list[tuple[Path, Path]] = []
    try:
        for suffix in (*SIDE_SUFFIXES, ""):
            source = _side(db_path, suffix)
            if source.exists():
                os.replace(source, _side(kept, suffix))
                moved.append((source, _side(kept, suffix)))
        os.replace(working, db_path)
    except OSError:
        for source, target in reversed(moved):
            with suppress(OSError):
                os.replace(target, source)
        raise


def restore_backup(
    db_path: Path, backup_path: Path, now: datetime | None = None, *, in_use: bool = False
) -> RestoreResult:
    """Replace the data in ``db_path`` with the backup's, all or nothing.

    The backup is checked, then copied to a working file in the backups folder and migrated
    there if older, so the backup itself is never written.  The current data is copied
    aside first.  Then SQLite's backup API writes the working copy INTO the live database:
    one write transaction under SQLite's own lock (it waits for another writer), so a
    window holding the file open keeps valid connections, a failure rolls back to the data
    as it was, and the -wal/-shm files stay SQLite's business (no file is ever renamed under
    an open database, which Windows would refuse anyway).

    A current file SQLite cannot read (damaged, truncated) cannot be written through SQLite
    either: its bytes are moved aside into the backups folder with their side files and
    the working copy is renamed into its place.  Not when ``in_use`` (the window has the
    database open, so SQLite could read it: only its integrity check failed): renaming it
    would leave the window's connections on the moved file, and Windows refuses to rename an
    open file.  Then its bytes are copied aside and the backup is written through SQLite.
    """
    db_path = Path(db_path)
    info = inspect_backup(backup_path)
    if not db_path.is_file():
        raise backup_error(QT_TRANSLATE_NOOP("Messages", "Il database {path} non esiste."), db_path)
    if info.path.resolve() == db_path.resolve():
        raise backup_error(
            QT_TRANSLATE_NOOP(
                "Messages", "Il file {path} è il database stesso: scegliere un backup."
            ),
            db_path,
        )
    stamp = (now or datetime.now()).strftime(STAMP_FORMAT)
    folder = backups_dir(db_path)
    working = folder / f".{db_path.stem}-ripristino-{stamp}.part"
    damaged = _integrity_problem(db_path) is not None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        swap = damaged and not in_use
        prepare_working_copy(info, working, None if swap else _page_size(db_path))
        if damaged:
            safety = _unused(folder / f"{db_path.stem}-danneggiato-{stamp}{db_path.suffix}")
        if swap:
            _swap_damaged(working, db_path, safety)
        elif damaged:
            for suffix in ("-wal", ""):
                if _side(db_path, suffix).exists():
                    shutil.copyfile(_side(db_path, suffix), _side(safety, suffix))
            _copy_into_live(working, db_path)
        else:
            safety = _unused(folder / f"{db_path.stem}-prima-ripristino-{stamp}.sqlite")
            backup_to(db_path, safety)
            _copy_into_live(working, db_path)
    except (OSError, sqlite3.Error, DBAPIError, BrokenReferencesError) as exc:
        log.exception("restore of %s into %s failed", backup_path, db_path)
        raise _as_backup_error(exc, db_path) from exc
    finally:
        for leftover in (working, _side(working, "-journal")):
            with suppress(OSError):
                leftover.unlink()
    log.info("restored %s into %s; previous data in %s", backup_path, db_path, safety)
    prune(db_path, SAFETY, SAFETY_KEEP)
    return RestoreResult(info, safety, damaged, str(db_path))


def copy_database(db_path: Path, target: Path, *, frozen_source: bool = False) -> Path:
    """:func:`backup_to`, with SQLite's refusals (a full disk) raised as ``OSError``, which
    the callers explain like any failed write of a file."""
    try:
        return backup_to(db_path, target, frozen_source=frozen_source)
    except sqlite3.Error as exc:
        raise as_os_error(exc) from exc


def backup_copy_path(db_path: Path, now: datetime | None = None) -> Path:
    """Where :func:`copy_of_backup` puts the data, named in advance for the clerk."""
    stamp = (now or datetime.now()).strftime(STAMP_FORMAT)
    return Path(db_path).with_name(f"{Path(db_path).stem}-da-backup-{stamp}.sqlite")


def copy_of_backup(db_path: Path, backup: Path, now: datetime | None = None) -> Path:
    """A new working file beside ``db_path`` holding the backup's data (the backup and the
    file at ``db_path`` stay as they are); the caller opens it instead of ``db_path``."""
    inspect_backup(backup)
    target = backup_copy_path(db_path, now)
    try:
        return backup_to(Path(backup), target, frozen_source=True)
    except sqlite3.Error as exc:
        raise explain_os_error(as_os_error(exc), target) from exc
    except OSError as exc:
        raise explain_os_error(exc, target) from exc


def save_file_backup(db_path: Path, out: Path) -> Path:
    """A consistent copy of the database file in ``out``, written whole or not at all."""
    out = Path(out)
    if not db_path.is_file():
        raise backup_error(QT_TRANSLATE_NOOP("Messages", "Il database {path} non esiste."), db_path)
    here = db_path.resolve()
    sides = {here, *(_side(here, suffix) for suffix in ("-wal", "-shm"))}
    if out.resolve() in sides:
        raise backup_error(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Impossibile salvare il backup in {path}: è il database stesso. Scegliere "
                "un altro file.",
            ),
            out,
        )
    stored_revision(db_path)  # refuses a file that is empty, not ours, or damaged
    # Where the database may not be written (a read-only share or folder), it is read
    # read-only: nobody can be writing it, and SQLite could not create its side files.
    frozen = not writable_place(db_path)
    return atomic_write(out, lambda temp: copy_database(db_path, temp, frozen_source=frozen))
