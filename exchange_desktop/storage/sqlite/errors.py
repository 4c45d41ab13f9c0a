"""What SQLite says when the file is busy, full, not writable or damaged, in words for the
clerk.

SQLite reports these as ``OperationalError``; left alone they would reach the clerk as an
"unexpected error".  They are conditions of the place the file lives in, not bugs, so they
become :class:`DomainError` messages that the GUI and the command line show as usual.
SQLite's own text (for a damaged page, hundreds of characters of page numbers) is written
to the log only: the clerk reads one plain sentence.
"""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from exchange_desktop.domain.errors import DomainError
from exchange_desktop.i18n import MESSAGES_CONTEXT, QT_TRANSLATE_NOOP, Message

log = logging.getLogger(__name__)

# SQLite's primary result codes (https://sqlite.org/rescode.html).
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26

_BUSY_TEXT = QT_TRANSLATE_NOOP(
    "Messages",
    "Il database {path} è occupato: è aperto in un'altra finestra o da un altro utente che "
    "sta salvando. Riprovare tra qualche istante; le modifiche già salvate non sono perse.",
)
_FULL_TEXT = QT_TRANSLATE_NOOP(
    "Messages",
    "Impossibile salvare nel database {path}: il disco è pieno. Liberare spazio e riprovare; "
    "le modifiche già salvate non sono perse.",
)
_READ_ONLY_TEXT = QT_TRANSLATE_NOOP(
    "Messages",
    "Impossibile scrivere nel database {path}: il file o la sua cartella sono di sola lettura "
    "o non si hanno i permessi per modificarli.",
)
_UNREACHABLE_TEXT = QT_TRANSLATE_NOOP(
    "Messages",
    "Impossibile leggere o scrivere il database {path}. Controllare che la cartella sia "
    "raggiungibile e riprovare.",
)
_DAMAGED_TEXT = QT_TRANSLATE_NOOP(
    "Messages",
    "Il database {path} è danneggiato: una parte del file non si può leggere. Ripristinare "
    "l'ultimo backup; le modifiche già salvate nel backup non sono perse.",
)


class DatabaseBusyError(DomainError):
    """Another program (a second window, a colleague) holds the file longer than we wait."""


class DatabaseWriteError(DomainError):
    """The disk or the folder refuses the write: full, read-only, unreachable."""


class DamagedDatabaseError(DomainError):
    """A page of the file cannot be read (found while working, not when opening)."""


def _sqlite_error(exc: BaseException) -> sqlite3.Error | None:
    if isinstance(exc, DBAPIError) and isinstance(exc.orig, sqlite3.Error):
        return exc.orig
    return exc if isinstance(exc, sqlite3.Error) else None


def _primary_code(error: sqlite3.Error) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return int(code) & 0xFF
    text = str(error).lower()  # a driver without result codes: go by SQLite's fixed wording
    for words, value in (
        ("locked", SQLITE_BUSY),
        ("busy", SQLITE_BUSY),
        ("disk is full", SQLITE_FULL),
        ("readonly", SQLITE_READONLY),
        ("disk i/o error", SQLITE_IOERR),
        ("unable to open", SQLITE_CANTOPEN),
        ("malformed", SQLITE_CORRUPT),
        ("not a database", SQLITE_NOTADB),
    ):
        if words in text:
            return value
    return None


def as_os_error(exc: sqlite3.Error) -> OSError:
    """A refusal of SQLite while copying a file (a full disk, a read-only place) as the
    :class:`OSError` a plain file write would raise, so that it is explained the same way,
    in the clerk's words; SQLite's own (English) text goes to the log only."""
    log.info("SQLite while copying: %s", exc)
    code = _primary_code(exc)
    number = {SQLITE_FULL: errno.ENOSPC, SQLITE_READONLY: errno.EROFS}.get(code or -1, errno.EIO)
    return OSError(number, os.strerror(number))


def is_disk_full(exc: BaseException) -> bool:
    """True for SQLite's "database or disk is full" and the system's "no space left"."""
    error = _sqlite_error(exc)
    if error is not None:
        return _primary_code(error) == SQLITE_FULL
    if isinstance(exc, OSError):
        return exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)) or (
            getattr(exc, "winerror", None) in (39, 112)
        )
    return False


def explain_database_error(exc: BaseException, path: Path) -> DomainError | None:
    """The clerk's message for a SQLite failure on ``path``; None when it is not one of ours."""
    error = _sqlite_error(exc)
    if error is None:
        return None
    code = _primary_code(error)
    log.info("SQLite on %s: %s", path, error)  # its own words, for whoever reads the log
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return DamagedDatabaseError(Message(MESSAGES_CONTEXT, _DAMAGED_TEXT, path=str(path)))
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return DatabaseBusyError(Message(MESSAGES_CONTEXT, _BUSY_TEXT, path=str(path)))
    if code == SQLITE_FULL:
        return DatabaseWriteError(Message(MESSAGES_CONTEXT, _FULL_TEXT, path=str(path)))
    if code == SQLITE_READONLY:
        return DatabaseWriteError(Message(MESSAGES_CONTEXT, _READ_ONLY_TEXT, path=str(path)))
    if code in (SQLITE_IOERR, SQLITE_CANTOPEN):
        return DatabaseWriteError(Message(MESSAGES_CONTEXT, _UNREACHABLE_TEXT, path=str(path)))
    return None
