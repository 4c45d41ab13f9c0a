"""The database file before anything writes to it: is it ours, whole, and may it be written?

Split from :mod:`exchange_desktop.storage.database` (which opens, migrates and hands out
transactions) because these checks only read: they must leave any file — a zero-byte one,
a damaged one, one on a read-only share — exactly as they found it, byte for byte.
SQLite's own wording of a problem (a damaged page can be 600 characters of page numbers)
goes to the log; the clerk reads one plain sentence.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from exchange_desktop.domain.errors import DomainError
from exchange_desktop.i18n import MESSAGES_CONTEXT, QT_TRANSLATE_NOOP, Message
from exchange_desktop.storage.sqlite.network_share import is_network_path

log = logging.getLogger(__name__)

#: Written in the SQLite header (PRAGMA application_id) so our files are recognised as ours.
APPLICATION_ID = 0x45584348  # "EXCH"


class DatabaseFileError(DomainError):
    """The file cannot be used: not a database, damaged, too new, or not reachable."""


class UnreadableDatabaseError(DatabaseFileError):
    """Not a database, damaged or truncated, or another program's: a backup may replace it.

    (Unlike a newer schema, where the answer is to update the program, or a busy or
    unreachable file, where it is to try again.)
    """


class ReadOnlyPlaceError(DatabaseFileError):
    """A writing command on a database whose folder or file may not be written."""


def file_error(
    template: str,
    path: Path | str,
    kind: type[DatabaseFileError] = DatabaseFileError,
    **params: object,
) -> DatabaseFileError:
    return kind(Message(MESSAGES_CONTEXT, template, path=str(path), **params))


def _side_exists(path: Path, *suffixes: str) -> bool:
    return any(path.with_name(path.name + side).exists() for side in suffixes)


def writable_place(path: Path) -> bool:
    """True when both the file and its folder may be written (SQLite needs the folder for
    its journal).  False on a read-only share or CD, in a folder chmod 0555, for a file
    marked read-only; root passes unless the file system itself is read-only."""
    path = Path(path)
    return os.access(path.parent, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))


def read_only_place_error(path: Path) -> ReadOnlyPlaceError:
    """What a writing command says where nothing may be written."""
    path = Path(path)
    if os.access(path.parent, os.W_OK):
        return file_error(  # type: ignore[return-value]
            QT_TRANSLATE_NOOP(
                "Messages",
                "Impossibile modificare i dati: il file del database è di sola lettura: {path}",
            ),
            path,
            ReadOnlyPlaceError,
        )
    return file_error(  # type: ignore[return-value]
        QT_TRANSLATE_NOOP(
            "Messages",
            "Impossibile modificare i dati: la cartella del database è di sola lettura: {folder}",
        ),
        path,
        ReadOnlyPlaceError,
        folder=str(path.parent),
    )


def read_only_uri(path: Path, *, inspect_only: bool = False) -> str:
    """The URI of a read-only connection that writes nothing beside the file if it can.

    SQLite creates -wal/-shm side files even for a read-only reader of a WAL database (and
    in a read-only folder cannot, so it refuses to open); when no -wal exists the file holds
    all its data, so it can be read as immutable instead.  Not on a network share, where the
    database uses the rollback journal (which a plain read-only reader never creates) and a
    colleague may be committing: an immutable reader takes no lock and would see a
    half-written file as damaged.  Nor beside a -journal, which a reader must roll back.
    Outside ``inspect_only`` (a command reading for longer), immutable is used only where
    nobody can be writing: a folder or file that is read-only.
    """
    query = "mode=ro"
    frozen = inspect_only or not writable_place(path)
    if frozen and not _side_exists(path, "-wal", "-journal") and not is_network_path(path):
        query += "&immutable=1"
    return f"{Path(path).resolve().as_uri()}?{query}"


@contextmanager
def read_only_connection(path: Path, *, inspect_only: bool = False) -> Iterator[sqlite3.Connection]:
    """A read-only connection.  ``inspect_only`` looks without leaving -wal/-shm files behind."""
    connection = sqlite3.connect(read_only_uri(path, inspect_only=inspect_only), uri=True)
    try:
        yield connection
    finally:
        connection.close()


def empty_file_error(path: Path) -> DatabaseFileError:
    """A zero-byte file: a copy cut short, a disk that failed, not a new database."""
    return file_error(
        QT_TRANSLATE_NOOP(
            "Messages",
            "Il file {path} è vuoto (0 byte): non contiene un database, forse per una copia "
            "interrotta. Il file non è stato modificato.",
        ),
        path,
        UnreadableDatabaseError,
    )


def damaged_error(path: Path, exc: BaseException) -> DatabaseFileError:
    """The plain sentence for a file SQLite cannot read; its own words go to the log."""
    log.warning("database %s is not readable: %s", path, exc)
    return file_error(
        QT_TRANSLATE_NOOP(
            "Messages",
            "Il file {path} non è un database di Exchange Desktop oppure è danneggiato. Il "
            "file non è stato modificato.",
        ),
        path,
        UnreadableDatabaseError,
    )


_WAL_MAGIC = (0x377F0682, 0x377F0683)


def _page_size(value: int) -> int:
    return 65536 if value == 1 else value


def wal_mismatch(path: Path) -> str | None:
    """Why the -wal file beside ``path`` cannot belong to it, or None.

    SQLite silently ignores a -wal file whose page size is not the main file's (a -wal
    copied from another database, or from before a VACUUM): the work it holds would vanish
    without a word.  A -wal copied at another moment than the main file with the same page
    size is found by its effects, by the checks of :func:`stored_revision`.
    """
    wal = path.with_name(path.name + "-wal")
    try:
        with wal.open("rb") as stream:
            header = stream.read(32)
        with path.open("rb") as stream:
            main = stream.read(100)
    except OSError:
        return None  # no -wal (the usual case), or unreadable: the open says so
    if len(header) < 32 or len(main) < 100:
        return None  # an empty -wal: nothing in it to lose
    magic = int.from_bytes(header[0:4], "big")
    if magic not in _WAL_MAGIC:
        return "not a WAL header"
    wal_page = int.from_bytes(header[8:12], "big")
    main_page = _page_size(int.from_bytes(main[16:18], "big"))
    if wal_page != main_page:
        return f"-wal page size {wal_page} is not the main file's {main_page}"
    return None


def stored_revision(path: Path) -> str | None:
    """The schema revision recorded in an existing file, read without writing anything.

    None for a file with no tables (a database SQLite made but nobody filled).  Raises
    :class:`DatabaseFileError` when the file is empty (zero bytes) or not an Exchange
    Desktop database, or damaged.
    """
    if Path(path).stat().st_size == 0:
        raise empty_file_error(path)
    mismatch = wal_mismatch(Path(path))
    if mismatch is not None:
        raise damaged_error(path, sqlite3.DatabaseError(mismatch))
    try:
        with read_only_connection(path, inspect_only=True) as connection:
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if not tables:
                return None
            application_id = connection.execute("PRAGMA application_id").fetchone()[0]
            row = None
            if "alembic_version" in tables:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            if row is None or application_id not in (0, APPLICATION_ID):
                raise file_error(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Il file {path} è un database SQLite ma non di Exchange Desktop: "
                        "non viene modificato.",
                    ),
                    path,
                    UnreadableDatabaseError,
                )
            # A truncated or damaged file may still show its first page: look at every page.
            check = connection.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":
                raise sqlite3.DatabaseError(check)
            # A main file and a -wal file copied at different moments pass the page check
            # but leave rows pointing at rows that are not there (4 ms on 10,000 people).
            broken = connection.execute("PRAGMA foreign_key_check").fetchone()
            if broken is not None:
                raise sqlite3.DatabaseError(f"foreign_key_check: {tuple(broken)}")
            return str(row[0])
    except sqlite3.DatabaseError as exc:
        raise damaged_error(path, exc) from exc
