"""Shared fixtures: a fresh data folder and database per test, Qt offscreen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import logging
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest

from exchange_desktop.storage.database import Database, open_database


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep every test away from the real user's data folder and settings."""
    data = tmp_path / "dati utente"
    monkeypatch.setenv("EXCHANGE_DESKTOP_DATA_DIR", str(data))
    return data


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "Scambi 2026" / "archivio è.sqlite"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(db_path)
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
