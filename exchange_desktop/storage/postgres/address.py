"""The shared server the clerk names in the connection dialog, and its URL.

The IT office gives the server, the port, the database and the user; the URL made from them
is what ``open_database`` takes and, without its password, what the settings keep.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from sqlalchemy import URL
from sqlalchemy.exc import ArgumentError

from exchange_desktop.storage.postgres.urls import (
    DRIVER,
    query_value,
    server_label,
    server_url,
    without_password,
)

DEFAULT_PORT = 5432
#: libpq's sslmode values the dialog offers, the default first.
SSL_MODES = ("prefer", "require", "verify-full", "disable")
DEFAULT_SSL_MODE = SSL_MODES[0]


def is_plain_name(text: str) -> bool:
    """A server, database or user name: not empty, without spaces or control characters."""
    return bool(text) and not any(
        char.isspace() or unicodedata.category(char).startswith("C") for char in text
    )


@dataclass(frozen=True)
class ServerAddress:
    """Where the shared database is, and who connects to it (never the password)."""

    host: str
    database: str
    username: str
    port: int = DEFAULT_PORT
    sslmode: str = DEFAULT_SSL_MODE

    def url(self, password: str | None = None) -> URL:
        """The URL to open, with ``password`` in it if given (an empty one is none).

        A host written as a folder (``/run/postgresql``) is the folder of the server's
        Unix socket: libpq takes it as the ``host`` parameter, not in the address.
        """
        host = self.host.strip()
        if host.startswith("[") and host.endswith("]"):  # [::1], as in a browser
            host = host[1:-1]
        query = {"sslmode": self.sslmode}
        if host.startswith("/"):
            query = {"host": host, **query}
            host = ""
        return URL.create(
            DRIVER,
            username=self.username,
            password=password or None,
            host=host or None,
            port=self.port,
            database=self.database,
            query=query,
        )

    @property
    def location(self) -> str:
        """The URL for the settings: no password, ever."""
        return without_password(self.url())

    @property
    def label(self) -> str:
        return server_label(self.url())


def parse_address(location: str) -> ServerAddress | None:
    """The address in a URL kept in the settings (its password, if any, is left out);
    None when ``location`` is not a PostgreSQL URL."""
    try:
        url = server_url(location.strip())
    except (ArgumentError, ValueError):
        return None
    host = url.host or query_value(url, "host")
    sslmode = query_value(url, "sslmode") or DEFAULT_SSL_MODE
    return ServerAddress(
        host=host or "",
        database=url.database or "",
        username=url.username or "",
        port=url.port or DEFAULT_PORT,
        sslmode=sslmode if sslmode in SSL_MODES else DEFAULT_SSL_MODE,
    )
