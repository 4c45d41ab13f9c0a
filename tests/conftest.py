"""Shared fixtures: a fresh data folder and database per test, Qt offscreen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import inspect
import logging
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest
from hypothesis import settings
from pg_server import REQUIRED_ENV, TestServer, binaries

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
#: Tests of the window run on SQLite only: the screens see a Database, whatever is under it.
_SQLITE_ONLY_FOLDERS = ("ui",)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--backend",
        choices=(*BACKENDS, "both"),
        default="both",
        help="which database the service, command-line and import tests run on",
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Every test that works on ``db``/``db_location`` (and not on a file) runs on both."""
    if "backend" not in metafunc.fixturenames or "db_path" in metafunc.fixturenames:
        return
    if metafunc.definition.get_closest_marker("sqlite_only"):
        return
    if any(part in _SQLITE_ONLY_FOLDERS for part in metafunc.definition.path.parts):
        return
    chosen = metafunc.config.getoption("--backend")
    metafunc.parametrize("backend", BACKENDS if chosen == "both" else (chosen,), indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[TestServer]:
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
    """A database of this test's own on the server, at the newest schema."""
    name = postgres_server.new_database()
    yield postgres_server.url(name)
    postgres_server.drop_database(name)


@pytest.fixture
def db_location(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> str | Path:
    """Where the test's database is: the SQLite file, or a URL on the test server."""
    if backend == "sqlite":
        return _file_in(tmp_path)
    return str(request.getfixturevalue("server_url"))


@pytest.fixture
def db(db_location: str | Path) -> Iterator[Database]:
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
