"""A PostgreSQL server shared by several offices: connection, migrations, one writer at a time.

Every writing transaction first takes one transaction-level advisory lock, so writes from
all the clerks follow one another exactly as they do on a SQLite file (BEGIN IMMEDIATE):
the capacity rule (count the seats, then add one) and the compare-and-set on edits hold
with two clerks saving at the same moment, and no service needs to know which backend it
runs on.  A save takes milliseconds, so the wait is never felt; it is bounded by
``lock_timeout`` and then explained as "busy".  Reads take a repeatable-read snapshot and
never wait for a writer; opening the database checks its schema the same way, and only an
actual upgrade takes the lock.

Operable on a network an IT office runs: every statement is bounded (``statement_timeout``),
TCP keepalives notice a server that vanished, each engine keeps one connection (a window
holds two: one to write, one to read), and nothing relies on the session outliving its
transaction (``SET LOCAL``, transaction-level advisory lock, no prepared statements), so
pgbouncer in transaction mode works in front of the server.
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
from exchange_desktop.storage.postgres.errors import (
    explain_server_error,
    no_create_error,
    schema_missing_error,
)
from exchange_desktop.storage.postgres.urls import (
    search_path_of,
    server_label,
    server_url,
    without_password,
)
from exchange_desktop.storage.schema import alembic_config, head_revision, known_revisions
from exchange_desktop.storage.snapshot import write_sqlite_snapshot
from exchange_desktop.storage.sqlite.backup_files import BACKUPS_DIR_NAME

log = logging.getLogger(__name__)

#: The advisory lock every writing transaction takes ("EXCH" as a number, like the SQLite
#: file's application id), so no other application's locks are mistaken for ours.
WRITE_LOCK_KEY = 0x45584348
#: How long a save waits for a colleague's save before the clerk is told the database is busy.
LOCK_TIMEOUT_MS = 5000
#: The longest one statement may run, far more than any of the program's needs; past it the
#: clerk is told the server did not answer in time.
STATEMENT_TIMEOUT_MS = 60_000
CONNECT_TIMEOUT_S = 10
APPLICATION_NAME = "Exchange Desktop"
#: libpq's defaults where the URL does not set them: a dead server is noticed in about a
#: minute (idle 30 s, then 3 probes 10 s apart; tcp_user_timeout for unacknowledged data).
CONNECTION_DEFAULTS: dict[str, object] = {
    "connect_timeout": CONNECT_TIMEOUT_S,
    "application_name": APPLICATION_NAME,
    "keepalives": 1,
    "keepalives_idle": 30,
    "keepalives_interval": 10,
    "keepalives_count": 3,
    "tcp_user_timeout": 60_000,
}
#: Connections one engine keeps; a window has two engines (writing, reading).
POOL_SIZE = 1
#: How long a thread of the window waits for the other one's connection.
POOL_TIMEOUT_S = 30


def _bounded(connection: Connection) -> None:
    connection.exec_driver_sql(f"SET LOCAL statement_timeout = {STATEMENT_TIMEOUT_MS}")


def _one_writer_at_a_time(connection: Connection) -> None:
    _bounded(connection)
    connection.exec_driver_sql(f"SET LOCAL lock_timeout = {LOCK_TIMEOUT_MS}")
    connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")


def _make_engine(url: URL, *, for_writing: bool) -> Engine:
    given = set(url.query)
    connect_args = {k: v for k, v in CONNECTION_DEFAULTS.items() if k not in given}
    connect_args["prepare_threshold"] = None  # pgbouncer (transaction mode) keeps none
    engine = create_engine(
        url,
        pool_pre_ping=True,  # a connection the server dropped overnight is replaced, not shown
        pool_size=POOL_SIZE,
        max_overflow=0,
        pool_timeout=POOL_TIMEOUT_S,
        isolation_level="READ COMMITTED" if for_writing else "REPEATABLE READ",
        connect_args=connect_args,
    )
    event.listen(engine, "begin", _one_writer_at_a_time if for_writing else _bounded)
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

    def other_connections(self) -> list[str]:
        # This program's idle connections are closed first, so that the one asking is the
        # only one of ours: any other is another office's window or command (or a tool).
        self.engine.dispose()
        self._read_engine.dispose()
        with self.read() as orm:
            roles = orm.scalars(
                text(
                    "SELECT coalesce(usename, '') FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid() "
                    "AND backend_type = 'client backend' ORDER BY 1"
                )
            ).all()
        return [str(role) for role in roles]

    @property
    def label(self) -> str:
        return server_label(self.url)

    @property
    def location(self) -> str:
        return without_password(self.url)

    def explain(self, exc: BaseException) -> DomainError | None:
        return explain_server_error(exc, self.url)

    @property
    def schema(self) -> str:
        """The schema the data is in (the URL's search_path, else public)."""
        return search_path_of(self.url) or "public"


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


def _schema_state(connection: Connection, url: URL) -> str | None:
    """The schema's revision (None for an empty one), after checking it is the chosen schema
    and ours; reads only, so it never waits for a colleague's save."""
    from alembic.runtime.migration import MigrationContext

    wanted = search_path_of(url)
    current = connection.exec_driver_sql("SELECT current_schema()").scalar()
    if current is None or (wanted is not None and current != wanted):
        # search_path names a schema that does not exist: never fall back to another one
        exists = connection.exec_driver_sql(
            "SELECT 1 FROM pg_namespace WHERE nspname = %(name)s", {"name": wanted or "public"}
        ).scalar()
        raise schema_missing_error(url, exists=exists is not None)
    revision = MigrationContext.configure(connection).get_current_revision()
    tables = set(inspect(connection).get_table_names(schema=current)) - {"alembic_version"}
    if revision is None and tables:
        raise _not_ours_error(url, None)
    if revision is not None and revision not in known_revisions():
        raise _not_ours_error(url, revision)
    return revision


def _migrate(connection: Connection, url: URL) -> None:
    """Create or upgrade the schema in the writing transaction ``connection`` is in.

    The advisory lock is already held, so two clerks starting a new version at the same
    moment upgrade once; PostgreSQL's DDL is transactional, so a failed upgrade leaves the
    schema as it was.
    """
    from alembic import command

    if _schema_state(connection, url) == head_revision():
        return  # a colleague upgraded it while this program waited for the lock
    schema = connection.exec_driver_sql("SELECT current_schema()").scalar_one()
    may_create = connection.exec_driver_sql(
        "SELECT has_schema_privilege(current_schema(), 'CREATE')"
    ).scalar()
    if not may_create:
        raise no_create_error(url, str(schema))
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
        with read_engine.begin() as connection:
            revision = _schema_state(connection, url)
        if revision != head_revision():
            log.info("schema of %s at %s: upgrading", server_label(url), revision)
            with engine.begin() as connection:
                _migrate(connection, url)
    except BaseException as exc:
        engine.dispose()
        read_engine.dispose()
        explained = explain_server_error(exc, url)
        if explained is not None:
            raise explained from exc
        raise
    log.info("connected to %s", server_label(url))
    return PostgresDatabase(url, engine, read_engine)
