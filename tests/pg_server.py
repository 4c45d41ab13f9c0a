"""A real PostgreSQL server for the tests, in a temporary folder, on a Unix socket only.

Started once per test run with the machine's own PostgreSQL binaries (initdb, pg_ctl).
PostgreSQL refuses to run as root, so under root (CI containers) the cluster belongs to
the ``postgres`` system user, as Debian's package creates it.  Each test gets a database
of its own, copied from a template the migrations built once, or the process's one reused
database, emptied between tests.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

import psycopg

SYSTEM_USER = "postgres"
TEMPLATE = "exchange_template"
#: Set by .ci/run: a missing PostgreSQL fails the run instead of skipping its half.
REQUIRED_ENV = "EXCHANGE_DESKTOP_TEST_POSTGRES"


def binaries() -> Path | None:
    """The folder with initdb and pg_ctl: on PATH, else Debian's versioned folder."""
    on_path = shutil.which("pg_ctl")
    if on_path and shutil.which("initdb"):
        return Path(on_path).parent
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), reverse=True)
    return Path(found[0]).parent if found else None


class TestServer:
    """One cluster: ``start`` it, ask for databases by URL, ``stop`` it."""

    __test__ = False  # not a test class, whatever pytest thinks of the name

    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.root = Path(tempfile.mkdtemp(prefix="exchange-pg-"))
        self.data = self.root / "data"
        self.socket_dir = self.root
        self._as_root = os.geteuid() == 0 if hasattr(os, "geteuid") else False
        self._template_tables: list[tuple[str, str]] | None = None

    def _run(self, *args: str) -> None:
        command = [str(self.bin_dir / args[0]), *args[1:]]
        if self._as_root:
            command = ["runuser", "-u", SYSTEM_USER, "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, check=False, timeout=120)
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(command)} failed:\n{done.stdout}\n{done.stderr}")

    def start(self) -> None:
        if self._as_root:
            shutil.chown(self.root, SYSTEM_USER)
        os.chmod(self.root, 0o755)
        self._run(
            "initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust",
            "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync",
        )  # fmt: skip
        options = (
            f"-c listen_addresses='' -c unix_socket_directories='{self.socket_dir}' "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=200"
        )
        self._run(
            "pg_ctl", "-D", str(self.data), "-l", str(self.root / "server.log"),
            "-o", options, "-w", "start",
        )  # fmt: skip

    def url(self, database: str, user: str = "postgres") -> str:
        return f"postgresql+psycopg://{user}@/{database}?host={self.socket_dir}"

    def _admin(self) -> psycopg.Connection:
        return psycopg.connect(
            host=str(self.socket_dir), user="postgres", dbname="postgres", autocommit=True
        )

    def execute(self, statement: str) -> None:
        with self._admin() as connection:
            connection.execute(statement)  # type: ignore[arg-type]

    def execute_in(self, database: str, statement: str) -> None:
        with psycopg.connect(
            host=str(self.socket_dir), user="postgres", dbname=database, autocommit=True
        ) as connection:
            connection.execute(statement)  # type: ignore[arg-type]

    def build_template(self) -> None:
        """The schema at the newest revision, once; each test's database is a copy of it."""
        from exchange_desktop.storage.database import open_database

        self.execute(f"CREATE DATABASE {TEMPLATE}")
        open_database(self.url(TEMPLATE)).close()

    def new_database(self) -> str:
        name = f"test_{uuid.uuid4().hex[:12]}"
        self.execute(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}")
        return name

    def _tables(self, database: str) -> list[tuple[str, str]]:
        with psycopg.connect(
            host=str(self.socket_dir), user="postgres", dbname=database, autocommit=True
        ) as connection:
            rows = connection.execute(
                "SELECT schemaname, tablename FROM pg_tables WHERE schemaname NOT IN "
                "('pg_catalog', 'information_schema') ORDER BY 1, 2"
            ).fetchall()
        return [(str(schema), str(table)) for schema, table in rows]

    def reset_database(self, name: str) -> None:
        """Empty ``name`` for the next test: its connections ended, every table truncated and
        its identities restarted; recreated from the template if its schema is not the
        template's (a test dropped, added or migrated tables)."""
        if self._template_tables is None:
            self._template_tables = self._tables(TEMPLATE)
        self.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            f"WHERE datname = '{name}' AND pid <> pg_backend_pid()"
        )
        tables = self._tables(name)
        if tables != self._template_tables or self._revision(name) != self._revision(TEMPLATE):
            self.drop_database(name)
            self.execute(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}")
            return
        data = ", ".join(
            f'"{schema}"."{table}"' for schema, table in tables if table != "alembic_version"
        )
        with psycopg.connect(
            host=str(self.socket_dir), user="postgres", dbname=name, autocommit=True
        ) as connection:
            connection.execute(f"TRUNCATE {data} RESTART IDENTITY CASCADE")  # type: ignore[arg-type]

    def _revision(self, database: str) -> list[tuple[object, ...]]:
        with psycopg.connect(
            host=str(self.socket_dir), user="postgres", dbname=database, autocommit=True
        ) as connection:
            return connection.execute("SELECT version_num FROM alembic_version").fetchall()

    def empty_database(self) -> str:
        name = f"empty_{uuid.uuid4().hex[:12]}"
        self.execute(f"CREATE DATABASE {name}")
        return name

    def drop_database(self, name: str) -> None:
        with contextlib.suppress(psycopg.Error):
            self.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def stop(self) -> None:
        with contextlib.suppress(RuntimeError):
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)
