"""All the data of one database copied into another: server backups, restores, migrate-to.

A snapshot is an ordinary SQLite file at the newest schema, the same file a SQLite
database's backup is, so ``restore`` takes it on either backend and an office can take its
data home, or move from a file to a server and back.  Rows keep their ids (the references
between them stay true); a server's id sequences then start after the largest copied id.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from sqlalchemy import Connection, Table, delete, func, insert, select, text

from exchange_desktop.storage.database_base import Database
from exchange_desktop.storage.models import Base
from exchange_desktop.storage.sqlite.file_database import open_sqlite_file

log = logging.getLogger(__name__)

#: Rows sent to the target per INSERT: few round trips to a server, bounded memory.
BATCH_ROWS = 1000

#: Called after each table with (tables done, tables in all), for a progress bar.
Progress = Callable[[int, int], None]


def _tables() -> list[Table]:
    return list(Base.metadata.sorted_tables)  # parents before children


def row_counts(db: Database) -> dict[str, int]:
    """How many rows each table holds: what a copy must have copied."""
    with db.read() as orm:
        return {
            table.name: int(orm.scalar(select(func.count()).select_from(table)) or 0)
            for table in _tables()
        }


def is_empty(db: Database) -> bool:
    return not any(row_counts(db).values())


def _restart_sequences(connection: Connection) -> None:
    """On a server, new rows get ids after the copied ones (SQLite does so by itself)."""
    if connection.dialect.name != "postgresql":
        return
    for table in _tables():
        if "id" not in table.c or not table.c.id.primary_key:
            continue
        connection.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
            )
        )


def _copy_rows(reading: Connection, writing: Connection, progress: Progress | None) -> int:
    tables = _tables()
    copied = 0
    for done, table in enumerate(tables, start=1):
        result = reading.execute(select(table).order_by(*table.primary_key.columns))
        for batch in result.mappings().partitions(BATCH_ROWS):
            writing.execute(insert(table), [dict(row) for row in batch])
            copied += len(batch)
        if progress is not None:
            progress(done, len(tables))
    _restart_sequences(writing)
    return copied


def copy_all(
    source: Database, target: Database, *, replace: bool, progress: Progress | None = None
) -> int:
    """Copy every row of ``source`` into ``target`` in one transaction; the number copied.

    With ``replace`` the target's rows are deleted first, in the same transaction, so the
    target holds either its old data or the new, never a mixture.  Both must be at the
    same (newest) schema, as :func:`open_database` leaves them.
    """
    with source.read() as reading, target.transaction() as writing:
        into = writing.connection()
        if replace:
            for table in reversed(_tables()):
                into.execute(delete(table))
        copied = _copy_rows(reading.connection(), into, progress)
    log.info("copied %d rows from %s to %s", copied, source.label, target.label)
    return copied


def write_sqlite_snapshot(source: Database, path: Path, progress: Progress | None = None) -> Path:
    """All the data of ``source`` in a new, self-contained SQLite file at ``path``."""
    path.unlink(missing_ok=True)
    snapshot = open_sqlite_file(path)
    try:
        copy_all(source, snapshot, replace=False, progress=progress)
    finally:
        snapshot.close()
    # One file, no -wal/-shm ever beside it: what backup_to makes of a SQLite database.
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA journal_mode = DELETE")
    return path
