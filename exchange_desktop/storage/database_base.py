"""What every database offers the services, wherever it lives: transactions and a name.

A :class:`Database` is a SQLite file on this computer (:mod:`.sqlite_file`) or a shared
PostgreSQL server (:mod:`.postgres_server`).  The window and the command line ask it what
they need to show or offer (a label, whether it has a backups folder) and never look at a
file path themselves, so the same screens and commands work on both.
"""

from __future__ import annotations

import logging
from abc import ABC, abstractmethod
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from exchange_desktop.domain.errors import DomainError
from exchange_desktop.storage.changes import ChangeFeed, watch_writes

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

    @property
    @abstractmethod
    def label(self) -> str:
        """Where the data is, as the clerk reads it: a file path, or user@server/database."""

    @property
    @abstractmethod
    def location(self) -> str:
        """What ``--db`` takes to open this database again (no password in it)."""

    @property
    def file(self) -> Path | None:
        """The SQLite file, for what only a file has (side files, copies); None on a server."""
        return None

    @property
    def backups_folder(self) -> Path | None:
        """Where the automatic backups go; None where the server's administrators keep them."""
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

    def close(self) -> None:
        self.engine.dispose()
        if self._read_engine is not self.engine:
            self._read_engine.dispose()
