"""Shared fixtures: a fresh data folder and database per test, Qt offscreen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import inspect
import logging
import shutil
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest
from hypothesis import settings
from pg_server import REQUIRED_ENV, TestServer, binaries
from pg_tls_server import TlsTestServer

from exchange_desktop.storage.database import Database, open_database

# Property-based tests (tests/test_hostile_*.py) run the same examples on every machine, so
# that a merge is never blocked by a draw of luck; HYPOTHESIS_PROFILE=explore draws new ones.
settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
settings.register_profile("explore", deadline=None, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep every test away from the real user's data folder and settings."""
    data = tmp_path / "dati utente"
    monkeypatch.setenv("EXCHANGE_DESKTOP_DATA_DIR", str(data))
    return data


def _file_in(tmp_path: Path) -> Path:
    return tmp_path / "Scambi 2026" / "archivio è.sqlite"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A database *file*: the tests that ask for it are about what only a file has."""
    return _file_in(tmp_path)


BACKENDS = ("sqlite", "postgresql")
#: The marker of the tests where the database itself matters (transactions, locking,
#: constraints, values read back, the command line against a server): they run on both.
BOTH_BACKENDS = "both_backends"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--backend",
        choices=(*BACKENDS, "both"),
        default="both",
        help="which database the tests marked both_backends run on",
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """A test on ``db``/``db_location`` marked ``both_backends`` runs on SQLite and on the
    server; any other test on them runs on SQLite, where a database costs a file copy."""
    if "backend" not in metafunc.fixturenames or "db_path" in metafunc.fixturenames:
        return
    chosen = metafunc.config.getoption("--backend")
    if not metafunc.definition.get_closest_marker(BOTH_BACKENDS):
        if chosen == "postgresql":  # only the server half was asked for
            metafunc.parametrize("backend", (), indirect=True)
        return
    if metafunc.definition.get_closest_marker("sqlite_only"):
        return
    metafunc.parametrize("backend", BACKENDS if chosen == "both" else (chosen,), indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[TestServer]:
    """One cluster per process (so per xdist worker), in a temporary folder of its own."""
    bin_dir = binaries()
    if bin_dir is None:
        if os.environ.get(REQUIRED_ENV):
            pytest.fail("PostgreSQL is required here but initdb/pg_ctl were not found")
        pytest.skip("PostgreSQL not installed (initdb, pg_ctl): the server half is skipped")
    server = TestServer(bin_dir)
    server.start()
    try:
        server.build_template()
        yield server
    finally:
        server.stop()


@pytest.fixture
def server_url(postgres_server: TestServer) -> Iterator[str]:
    """A database of this test's own on the server, at the newest schema (a template copy):
    for tests that change the schema, open several databases or compare two."""
    name = postgres_server.new_database()
    yield postgres_server.url(name)
    postgres_server.drop_database(name)


@pytest.fixture(scope="session")
def _reused_server_database(postgres_server: TestServer) -> str:
    return postgres_server.new_database()


@pytest.fixture
def reused_server_url(postgres_server: TestServer, _reused_server_database: str) -> str:
    """The worker's one database on the server, emptied for this test (far cheaper than a
    copy of the template; rebuilt from it when a test changed the schema)."""
    postgres_server.reset_database(_reused_server_database)
    return postgres_server.url(_reused_server_database)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A file migrated once to the newest schema: each test's database starts as a copy."""
    template = tmp_path_factory.mktemp("template") / "template.sqlite"
    open_database(template).close()
    for side in (".sqlite-wal", ".sqlite-shm"):
        assert not template.with_suffix(side).exists(), "the template is closed, all in one file"
    return template


@pytest.fixture
def db_location(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> str | Path:
    """Where the test's database is: the SQLite file (not yet there), or a URL on the test
    server (an empty database at the newest schema)."""
    if backend == "sqlite":
        return _file_in(tmp_path)
    return str(request.getfixturevalue("reused_server_url"))


@pytest.fixture
def db(db_location: str | Path, request: pytest.FixtureRequest) -> Iterator[Database]:
    if isinstance(db_location, Path) and not db_location.exists():
        # the same bytes migrating a new file gives, without running the migrations again
        db_location.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(request.getfixturevalue("sqlite_template"), db_location)
    database = open_database(db_location)
    yield database
    database.close()


@pytest.fixture(autouse=True)
def own_log_file() -> Iterator[None]:
    """``run`` adds a log file handler to the root logger once per process.

    Hide any handler an earlier test left, so that this test logs into its own data folder,
    and close the one this test added.
    """
    root = logging.getLogger()
    earlier = [h for h in root.handlers if isinstance(h, RotatingFileHandler)]
    for handler in earlier:
        root.removeHandler(handler)
    before = list(root.handlers)
    level = root.level
    yield
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()
    for handler in earlier:
        root.addHandler(handler)
    root.setLevel(level)


@pytest.fixture(autouse=True)
def no_unanswered_dialogs(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[list[str]]:
    """A modal box nobody answers would hang the run: answer "No"/cancel, and fail the test.

    A test that expects a dialog either patches it itself, or names this fixture among its
    arguments and checks the titles it returns (the dialogs are then its expectation).  Any
    other dialog is unexpected (e.g. a window closed at teardown while a field is still
    invalid) and fails the test that showed it, with the titles.
    """
    from PySide6.QtWidgets import QDialog, QMessageBox

    seen: list[str] = []

    def question(_parent: object, title: str, *_args: object, **_kwargs: object) -> object:
        seen.append(title)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, *_a, **_k: seen.append(title))
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, title, *_a, **_k: seen.append(title))
    monkeypatch.setattr(QMessageBox, "information", lambda _p, title, *_a, **_k: seen.append(title))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: seen.append(box.windowTitle()) or 0)
    monkeypatch.setattr(QDialog, "exec", lambda dialog: seen.append(dialog.windowTitle()) or 0)
    yield seen
    function = getattr(request, "function", None)
    declared = (
        function is not None and "no_unanswered_dialogs" in inspect.signature(function).parameters
    )
    if seen and not declared:
        pytest.fail(f"unexpected dialogs, answered No: {seen}")


@pytest.fixture(scope="session")
def tls_server() -> Iterator[TlsTestServer]:
    """A server as an IT office deploys it (TCP, scram-sha-256, TLS with its own CA); one
    per process, started only by the tests that ask for it."""
    bin_dir = binaries()
    if bin_dir is None:
        if os.environ.get(REQUIRED_ENV):
            pytest.fail("PostgreSQL is required here but initdb/pg_ctl were not found")
        pytest.skip("PostgreSQL not installed (initdb, pg_ctl): the server half is skipped")
    server = TlsTestServer(bin_dir)
    server.start()
    try:
        yield server
    finally:
        server.stop()
