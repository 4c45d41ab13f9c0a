"""Telling a server URL from a file path, without loading any database library (start-up)."""

from __future__ import annotations

import os
from pathlib import Path

#: The shared database for every start of the program on this computer (set by IT).
ENV_DATABASE_URL = "EXCHANGE_DESKTOP_DB_URL"

_SERVER_SCHEMES = ("postgresql:", "postgresql+", "postgres:")


def is_server_url(location: str | Path) -> bool:
    return isinstance(location, str) and location.strip().lower().startswith(_SERVER_SCHEMES)


def as_location(text: str) -> str | Path:
    """What the clerk typed: a server URL as it is, anything else a file path."""
    return text.strip() if is_server_url(text) else Path(text)


def configured_location() -> str | None:
    """The server named by EXCHANGE_DESKTOP_DB_URL, if the IT office set one."""
    value = os.environ.get(ENV_DATABASE_URL, "").strip()
    return value or None
