"""The SQLite file's engine: pragmas, WAL or the rollback journal, migrations, copies.

Below both the database object (:mod:`.file_database`) and the backups
(:mod:`.backups`), which use the same copies and migrations.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager, closing
from datetime import datetime
from pathlib import Path

from sqlalchemy import URL, Connection, Engine, create_engine, event

from exchange_desktop.storage.db_files import (
    APPLICATION_ID,
    read_only_connection,
)
from exchange_desktop.storage.schema import (
    alembic_config,
    head_from_files,
)
from exchange_desktop.storage.sqlite.backup_files import BACKUPS_DIR_NAME, prune_upgrade_backups
from exchange_desktop.storage.sqlite.network_share import is_network_path

log = logging.getLogger(__name__)

#: How long a save waits for another program's save (a second window, a colleague) before
#: the clerk is told the file is busy.  Ordinary saves take milliseconds, so the wait is only
#: ever as long as the other save lasts; a large import can take seconds, and failing sooner
#: would refuse edits that a moment's patience lets through.
BUSY_TIMEOUT_MS = 5000


def backup_to(source: Path, target: Path, *, frozen_source: bool = False) -> Path:
    """A consistent copy of ``source`` through SQLite's online backup API.

    The copy is one self-contained file (rollback journal, not WAL), so reading it later
    never needs or creates -wal/-shm files beside it.  ``frozen_source`` reads a file no
    program writes (a backup) without creating anything beside it; otherwise the source is
    read through an ordinary connection, which (unlike a read-only one) removes the -wal and
    -shm files it needed when it is the last to close.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    # Named for this process: two programs making the day's backup at once must not write
    # into, or clean up, the same partial file.
    partial = target.with_name(f"{target.name}.{os.getpid()}.part")
    reading: AbstractContextManager[sqlite3.Connection]
    if frozen_source:
        reading = read_only_connection(source, inspect_only=True)
    else:
        uri = f"{source.resolve().as_uri()}?mode=rw"
        reading = closing(sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000))
    try:
        with reading as src:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")
            finally:
                dst.close()
        partial.replace(target)
    except BaseException:
        for leftover in (partial, partial.with_name(partial.name + "-journal")):
            leftover.unlink(missing_ok=True)
        raise
    return target


def backup_before_upgrade(path: Path, revision: str | None) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = (
        path.parent
        / BACKUPS_DIR_NAME
        / f"{path.stem}-prima-aggiornamento-{revision}-{stamp}.sqlite"
    )
    log.info("backup before schema upgrade: %s", target)
    backup_to(path, target)
    prune_upgrade_backups(path)
    return target


def journal_mode(path: Path) -> str:
    """WAL on a local disk; the rollback journal on a network share (see network_share)."""
    return "DELETE" if is_network_path(path) else "WAL"


def _connection_setup(path: Path) -> Callable[[sqlite3.Connection, object], None]:
    mode = journal_mode(path)
    if mode != "WAL":
        log.info("%s is on a network share: journal_mode %s", path, mode)

    def on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        _on_connect(dbapi_connection, mode)

    return on_connect


def _on_connect(dbapi_connection: sqlite3.Connection, mode: str) -> None:
    # Take transactions out of the driver's hands: it would not wrap DDL (migrations) in
    # one, so a crash mid-upgrade could leave half a schema.  See _on_begin.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA journal_mode = {mode}")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.close()


def _begin_immediate(connection: Connection) -> None:
    # Take the write lock at once: a deferred transaction that reads, then writes, fails
    # without waiting when another program wrote in between.
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def begin_deferred(connection: Connection) -> None:
    connection.exec_driver_sql("BEGIN")


def make_engine(path: Path, *, for_writing: bool = True) -> Engine:
    engine = create_engine(
        URL.create("sqlite+pysqlite", database=str(path)),
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000},
    )
    event.listen(engine, "connect", _connection_setup(path))
    event.listen(engine, "begin", _begin_immediate if for_writing else begin_deferred)
    return engine


class BrokenReferencesError(Exception):
    """A migration left rows pointing at nothing: roll it back."""


def migrate_file(path: Path) -> None:
    """Bring the schema to the newest revision in one transaction, with no cascades.

    SQLite rebuilds a table to alter it; with foreign keys on, dropping the old copy would
    cascade-delete every child row.  So the upgrade runs with them off (this must be set
    outside a transaction), and the references are checked before committing.
    """
    engine = make_engine(path)
    try:
        with engine.connect() as connection:
            # Through the driver: SQLAlchemy would open a transaction, where the pragma is ignored.
            connection.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")  # type: ignore[union-attr]
            with connection.begin():
                from alembic import command

                config = alembic_config()
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                if connection.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
                    raise BrokenReferencesError
                if connection.exec_driver_sql("PRAGMA application_id").scalar() != APPLICATION_ID:
                    connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    finally:
        engine.dispose()  # the connection had foreign keys off: never hand it out again


def is_up_to_date(path: Path, revision: str | None) -> bool:
    """A file of ours already at the newest schema: nothing to migrate, no alembic needed."""
    if revision is None or revision != head_from_files():
        return False
    with read_only_connection(path, inspect_only=True) as connection:
        stored: int = connection.execute("PRAGMA application_id").fetchone()[0]
        return stored == APPLICATION_ID
