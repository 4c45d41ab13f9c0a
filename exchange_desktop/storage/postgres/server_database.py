"""A PostgreSQL server shared by several offices: connection, migrations, one writer at a time.

Every writing transaction first takes one transaction-level advisory lock, so writes from
all the clerks follow one another exactly as they do on a SQLite file (BEGIN IMMEDIATE):
the capacity rule (count the seats, then add one) and the compare-and-set on edits hold
with two clerks saving at the same moment, and no service needs to know which backend it
runs on.  A save takes milliseconds, so the wait is never felt; it is bounded by
``lock_timeout`` and then explained as "busy".  Reads take a repeatable-read snapshot and
never wait for a writer.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from sqlalchemy import URL, Connection, Engine, create_engine, event, inspect, text

from exchange_desktop.domain.errors import DomainError
from exchange_desktop.files import atomic_write
from exchange_desktop.i18n import QT_TRANSLATE_NOOP
from exchange_desktop.paths import data_dir
from exchange_desktop.storage.backup_records import RestoreResult
from exchange_desktop.storage.database_base import Database
from exchange_desktop.storage.db_files import DatabaseFileError, file_error
from exchange_desktop.storage.postgres.backups import restore_into_server
from exchange_desktop.storage.postgres.errors import explain_server_error
from exchange_desktop.storage.postgres.urls import server_label, server_url, without_password
from exchange_desktop.storage.schema import alembic_config, known_revisions
from exchange_desktop.storage.snapshot import write_sqlite_snapshot
from exchange_desktop.storage.sqlite.backup_files import BACKUPS_DIR_NAME

log = logging.getLogger(__name__)

#: The advisory lock every writing transaction takes ("EXCH" as a number, like the SQLite
#: file's application id), so no other application's locks are mistaken for ours.
WRITE_LOCK_KEY = 0x45584348
#: How long a save waits for a colleague's save before the clerk is told the database is busy.
LOCK_TIMEOUT_MS = 5000
CONNECT_TIMEOUT_S = 10
APPLICATION_NAME = "Exchange Desktop"


def _one_writer_at_a_time(connection: Connection) -> None:
    connection.exec_driver_sql(f"SET LOCAL lock_timeout = {LOCK_TIMEOUT_MS}")
    connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")


def _make_engine(url: URL, *, for_writing: bool) -> Engine:
    engine = create_engine(
        url,
        pool_pre_ping=True,  # a connection the server dropped overnight is replaced, not shown
        isolation_level="READ COMMITTED" if for_writing else "REPEATABLE READ",
        connect_args={
            "connect_timeout": CONNECT_TIMEOUT_S,
            "application_name": APPLICATION_NAME,
        },
    )
    if for_writing:
        event.listen(engine, "begin", _one_writer_at_a_time)
    return engine


class PostgresDatabase(Database):
    """The shared database on a PostgreSQL server.

    Its backups are the IT office's (pg_dump): no daily copy here, and a restore keeps the
    data it replaces on this computer, in the data folder's ``backups``.
    """

    shared = True

    def __init__(self, url: URL, engine: Engine, read_engine: Engine) -> None:
        super().__init__(engine, read_engine)
        self.url = url

    @property
    def folder(self) -> Path:
        return data_dir()

    @property
    def backups_folder(self) -> Path:
        return data_dir() / BACKUPS_DIR_NAME

    def save_backup(self, out: Path) -> Path:
        return atomic_write(Path(out), lambda temp: write_sqlite_snapshot(self, temp))

    def restore(
        self, backup: Path, now: datetime | None = None, *, in_use: bool = False
    ) -> RestoreResult:
        del in_use  # the others' programs read the new data at their next look
        return restore_into_server(self, Path(backup), self.backups_folder, now)

    @property
    def label(self) -> str:
        return server_label(self.url)

    @property
    def location(self) -> str:
        return without_password(self.url)

    def explain(self, exc: BaseException) -> DomainError | None:
        return explain_server_error(exc, self.label)


def _not_ours_error(url: URL, revision: str | None) -> DatabaseFileError:
    label = server_label(url)
    if revision is not None:
        return file_error(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Il database {path} è stato creato da una versione più recente di Exchange "
                "Desktop (schema {revision}). Aggiornare il programma; il database non è stato "
                "modificato.",
            ),
            label,
            revision=revision,
        )
    return file_error(
        QT_TRANSLATE_NOOP(
            "Messages",
            "Il database {path} contiene già tabelle di un altro programma. Usare un database "
            "vuoto, creato per Exchange Desktop; non è stato modificato nulla.",
        ),
        label,
    )


def _migrate(connection: Connection, url: URL) -> None:
    """Create or upgrade the schema in the writing transaction ``connection`` is in.

    The advisory lock is already held, so two clerks starting a new version at the same
    moment upgrade once; PostgreSQL's DDL is transactional, so a failed upgrade leaves the
    schema as it was.
    """
    from alembic import command
    from alembic.runtime.migration import MigrationContext

    revision = MigrationContext.configure(connection).get_current_revision()
    tables = set(inspect(connection).get_table_names()) - {"alembic_version"}
    if revision is None and tables:
        raise _not_ours_error(url, None)
    if revision is not None and revision not in known_revisions():
        raise _not_ours_error(url, revision)
    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, "head")


def open_server(location: str | URL) -> PostgresDatabase:
    """Connect to the PostgreSQL database at ``location``, creating or upgrading the schema.

    The password comes from the URL, from the credential store (kept there by the
    connection dialog) or from libpq's own sources (PGPASSWORD, the pgpass file).
    """
    from exchange_desktop.storage.postgres.credentials import with_stored_password

    url = with_stored_password(server_url(location))
    engine = _make_engine(url, for_writing=True)
    read_engine = _make_engine(url, for_writing=False)
    try:
        with engine.begin() as connection:
            _migrate(connection, url)
        with read_engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except BaseException as exc:
        engine.dispose()
        read_engine.dispose()
        explained = explain_server_error(exc, server_label(url))
        if explained is not None:
            raise explained from exc
        raise
    log.info("connected to %s", server_label(url))
    return PostgresDatabase(url, engine, read_engine)
