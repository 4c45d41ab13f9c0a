"""Behind pgbouncer in transaction pooling mode, as some IT offices run PostgreSQL.

pgbouncer hands each transaction whichever server connection is free, so nothing may
outlive a transaction: the program's limits are ``SET LOCAL``, its lock is
transaction-level and it sends no prepared statements.  One server connection for all the
clients here, so two programs (each with its writing and reading connection) take turns on
it; skipped without pgbouncer (Debian: ``apt-get install pgbouncer``; ``.ci/run`` installs it).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pg_server import SYSTEM_USER, TestServer
from roster_helpers import person
from sqlalchemy import make_url

from exchange_desktop.domain.errors import DomainError
from exchange_desktop.imports.spreadsheet import ImportTable
from exchange_desktop.services.importing.participant_import import guess_mapping, import_rows
from exchange_desktop.services.practices.catalogue import list_practices
from exchange_desktop.services.practices.sample import load_sample
from exchange_desktop.services.roster import roster
from exchange_desktop.services.roster.registrations import register
from exchange_desktop.services.scheduling.sessions import update_session
from exchange_desktop.storage.database import open_database

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def bouncer(postgres_server: TestServer) -> Iterator[int]:
    """pgbouncer on 127.0.0.1 (transaction mode, one server connection) in front of the
    tests' server; its port."""
    program = shutil.which("pgbouncer") or "/usr/sbin/pgbouncer"
    if not os.path.exists(program):
        pytest.skip("pgbouncer not installed")
    # (not under pytest's tmp_path: under root the postgres user must reach the folder)
    folder = Path(tempfile.mkdtemp(prefix="exchange-pgbouncer-"))
    os.chmod(folder, 0o755)
    port = _free_port()
    (folder / "users.txt").write_text('"postgres" ""\n', encoding="utf-8")
    (folder / "pgbouncer.ini").write_text(
        "[databases]\n"
        f"* = host={postgres_server.socket_dir}\n"
        "[pgbouncer]\n"
        f"listen_addr = 127.0.0.1\nlisten_port = {port}\nunix_socket_dir =\n"
        f"auth_type = trust\nauth_file = {folder / 'users.txt'}\n"
        "pool_mode = transaction\ndefault_pool_size = 1\nmax_client_conn = 20\n"
        "ignore_startup_parameters = extra_float_digits\n"
        f"logfile = {folder / 'pgbouncer.log'}\npidfile = {folder / 'pgbouncer.pid'}\n",
        encoding="utf-8",
    )
    as_root = hasattr(os, "geteuid") and os.geteuid() == 0
    if as_root:
        for path in (folder, *folder.iterdir()):
            shutil.chown(path, SYSTEM_USER)
    command = [program, *(["-u", SYSTEM_USER] if as_root else []), str(folder / "pgbouncer.ini")]
    errors = (folder / "stderr.txt").open("wb")
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors)
    try:
        for _attempt in range(100):
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.05)
        else:
            pytest.fail(f"pgbouncer did not start: {(folder / 'stderr.txt').read_text()}")
        yield port
    finally:
        process.terminate()
        process.wait(timeout=10)
        errors.close()
        shutil.rmtree(folder, ignore_errors=True)


def test_two_programs_behind_pgbouncer_in_transaction_mode(server_url: str, bouncer: int) -> None:
    database = make_url(server_url).database
    url = f"postgresql+psycopg://postgres@127.0.0.1:{bouncer}/{database}?sslmode=disable"
    first, second = open_database(url), open_database(url)
    try:
        load_sample(first)
        update_session(second, 1, capacity=2)
        for round_ in range(8):  # past psycopg's prepare threshold (5): nothing prepared
            who = first if round_ % 2 else second
            register(who, 1, person(f"Persona{round_}"))
            assert len(list_practices(first if round_ % 2 else second)) == 1
        statuses = sorted(r.status.value for r in roster(first, 1))
        assert statuses == ["confirmed"] * 2 + ["waiting"] * 6
        # an import writes by COPY, its ids taken from the sequence: one transaction too
        header = ["Cognome", "Nome", "Email"]
        rows = [[f"Importata{n}", "Anna", f"anna{n}@lissone.it"] for n in range(3)]
        summary = import_rows(second, 1, ImportTable(header, rows, "prova.xlsx"),
                              guess_mapping(header))  # fmt: skip
        assert (summary.imported, summary.waiting) == (3, 3)
        assert [r.surname for r in roster(first, 1)][-3:] == [f"Importata{n}" for n in range(3)]
    finally:
        first.close()
        second.close()


def test_a_schema_in_options_behind_pgbouncer_is_refused_in_plain_words(
    server_url: str, bouncer: int
) -> None:
    """pgbouncer 1.18 refuses the start-up parameter ``options`` (so the schema goes on the
    role, see the README): the clerk reads why, not a traceback."""
    database = make_url(server_url).database
    url = (
        f"postgresql+psycopg://postgres@127.0.0.1:{bouncer}/{database}"
        "?sslmode=disable&options=-csearch_path%3Dscambi"
    )
    with pytest.raises(DomainError) as caught:
        open_database(url).close()
    said = str(caught.value)
    assert "non accetta il parametro options" in said and "ALTER ROLE" in said
