"""The user's folders, resolved in one place; nothing is created at import time."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

from exchange_desktop import APP_ID

#: Set this to keep data elsewhere (a portable install, tests, a shared folder).
DATA_DIR_ENV = "EXCHANGE_DESKTOP_DATA_DIR"
DATABASE_FILE_NAME = "exchange-desktop.sqlite"


def data_dir() -> Path:
    """%APPDATA%\\ExchangeDesktop on Windows, ~/.local/share/ExchangeDesktop on Linux."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    return user_data_path(APP_ID, appauthor=False, roaming=True)


def default_database_path() -> Path:
    return data_dir() / DATABASE_FILE_NAME


def log_dir() -> Path:
    return data_dir() / "logs"
