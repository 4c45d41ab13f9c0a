"""What every database offers, wherever it lives: transactions, a name, its own copies.

A :class:`Database` is a SQLite file on this computer (:mod:`.sqlite`) or a shared
PostgreSQL server (:mod:`.postgres`).  What differs between the two is a method of the
backend: its copies and restores, the daily backup, the instance marker, where its data
and copies are on this computer.  The window and the command line ask it and never look at
a file path themselves, so the same screens and commands work on both.
"""

from __future__ import annotations

import logging
from abc import ABC, abstractmethod
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from exchange_desktop.domain.errors import DomainError
from exchange_desktop.storage.authorship import stamp_changes
from exchange_desktop.storage.changes import ChangeFeed, watch_writes

if TYPE_CHECKING:
    from exchange_desktop.storage.backup_records import RestoreResult
    from exchange_desktop.storage.sqlite.instance_marker import InstanceMarker

log = logging.getLogger(__name__)


class Database(ABC):
    """An open database; hand out one transaction per user operation."""

    def __init__(self, engine: Engine, read_engine: Engine, *, read_only: bool = False) -> None:
        self.engine = engine
        #: Opened for reading only: a transaction fails with the backend's read-only
        #: refusal, explained like any other.
        self.read_only = read_only
        self._read_engine = read_engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._readers = sessionmaker(read_engine, expire_on_commit=False)
        #: Every committed write is announced here (see :mod:`.changes`).
        self.changes = ChangeFeed()
        watch_writes(self._sessions, self.changes)
        stamp_changes(self._sessions)

    @property
    @abstractmethod
    def label(self) -> str:
        """Where the data is, as the clerk reads it: a file path, or user@server/database."""

    @property
    @abstractmethod
    def location(self) -> str:
        """What ``--db`` takes to open this database again (no password in it)."""

    #: Shared with other offices on a server: no automatic copies on this computer, no
    #: instance marker, and the window says so (status bar, About, File menu).
    shared: ClassVar[bool] = False

    @property
    @abstractmethod
    def folder(self) -> Path:
        """What File → Apri la cartella dei dati opens: where this data is on this computer."""

    @property
    @abstractmethod
    def backups_folder(self) -> Path:
        """Where the program keeps its own copies of this data (daily, before a restore)."""

    def daily_backup(self, today: date | None = None) -> Path | None:
        """The day's automatic copy, made once a day where this backend makes one."""
        return None

    @abstractmethod
    def save_backup(self, out: Path) -> Path:
        """A consistent copy of all the data in ``out`` (a SQLite file), whole or not at all,
        even while others are writing."""

    @abstractmethod
    def restore(
        self, backup: Path, now: datetime | None = None, *, in_use: bool = False
    ) -> RestoreResult:
        """Replace all the data with the backup's, all or nothing, keeping a safety copy of
        what it replaces in :attr:`backups_folder`."""

    def instance_marker(self) -> InstanceMarker | None:
        """The mark that tells another program this database is open here; None where the
        backend tells its clerks apart by itself (a server)."""
        return None

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A writing session: commits when the block ends, rolls back on any error."""
        with self._explained(), self._sessions() as orm, orm.begin():
            yield orm

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A reading session: a consistent snapshot that never waits for a writer."""
        with self._explained(), self._readers() as orm, orm.begin():
            yield orm

    @contextmanager
    def _explained(self) -> Iterator[None]:
        """A busy, full or unreachable database becomes a message for the clerk."""
        try:
            yield
        except Exception as exc:
            explained = self.explain(exc)
            if explained is None:
                raise
            log.warning("database %s: %s", self.label, exc)
            raise explained from exc

    @abstractmethod
    def explain(self, exc: BaseException) -> DomainError | None:
        """The clerk's message for a failure of this backend; None when it is a bug."""

    def other_connections(self) -> list[str]:
        """The database logins of the other programs connected to this database now (one
        entry per connection, this program's own left out); none for a file of this PC."""
        return []

    def checkpoint(self) -> bool:
        """Bring every saved change into the main data file, where the backend keeps a
        separate log (SQLite's -wal): a copy of the file made outside the program then holds
        all the work.  True when nothing is left outside it; never waits for other readers."""
        return True

    def close(self) -> None:
        if not self.read_only:
            try:
                self.checkpoint()
            except Exception as exc:  # closing must not fail for it: SQLite does it too
                log.warning("checkpoint of %s at close: %s", self.label, exc)
        self.engine.dispose()
        if self._read_engine is not self.engine:
            self._read_engine.dispose()
