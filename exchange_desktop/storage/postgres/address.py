"""The shared server the clerk names in the connection dialog, and its URL.

The IT office gives the server, the port, the database and the user; the URL made from them
is what ``open_database`` takes and, without its password, what the settings keep.  Every
other libpq parameter of a URL the IT office wrote (``sslrootcert``, ``options``,
``target_session_attrs``, ``connect_timeout`` …) is kept as it was, in order: dropping one
silently changes where, or how safely, the program connects.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from sqlalchemy import URL
from sqlalchemy.exc import ArgumentError

from exchange_desktop.storage.postgres.urls import (
    DRIVER,
    query_value,
    search_path_of,
    server_label,
    server_url,
    without_password,
)

DEFAULT_PORT = 5432
#: libpq's sslmode values the dialog offers, the default first: a new connection checks
#: the server's certificate and name (a stolen address cannot pose as the server).
SSL_MODES = ("verify-full", "verify-ca", "require", "prefer", "allow", "disable")
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
    #: The certificate of the authority that signed the server's (libpq's sslrootcert).
    sslrootcert: str = ""
    #: The URL's other libpq parameters, in their order, exactly as given.
    extra: tuple[tuple[str, str], ...] = ()

    def url(self, password: str | None = None) -> URL:
        """The URL to open, with ``password`` in it if given (an empty one is none).

        A host written as a folder (``/run/postgresql``) is the folder of the server's
        Unix socket: libpq takes it as the ``host`` parameter, not in the address.
        """
        host = self.host.strip()
        if host.startswith("[") and host.endswith("]"):  # [::1], as in a browser
            host = host[1:-1]
        query: dict[str, str | tuple[str, ...]] = {"sslmode": self.sslmode}
        if self.sslrootcert.strip():
            query["sslrootcert"] = self.sslrootcert.strip()
        for name, value in self.extra:  # a name given twice (libpq's hosts) stays twice
            if name in _OWN_FIELDS:
                continue
            before = query.get(name)
            query[name] = value if before is None else (*_values(before), value)
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

    @property
    def schema(self) -> str:
        """The schema the program works in (``options=-csearch_path=…``), else public."""
        return search_path_of(self.url()) or "public"


def parse_address(location: str) -> ServerAddress | None:
    """The address in a URL kept in the settings (its password, if any, is left out);
    None when ``location`` is not a PostgreSQL URL."""
    try:
        url = server_url(location.strip())
    except (ArgumentError, ValueError):
        return None
    host = url.host or query_value(url, "host")
    sslmode = query_value(url, "sslmode")
    extra = tuple(
        (name, value)
        for name, values in url.query.items()
        if name not in _OWN_FIELDS and not (name == "host" and not url.host)
        for value in _values(values)
    )
    return ServerAddress(
        host=host or "",
        database=url.database or "",
        username=url.username or "",
        port=url.port or DEFAULT_PORT,
        sslmode=sslmode if sslmode in SSL_MODES else DEFAULT_SSL_MODE,
        sslrootcert=query_value(url, "sslrootcert"),
        extra=extra,
    )


#: The parameters the dialog has a field for; the others are kept and listed.
_OWN_FIELDS = {"sslmode", "sslrootcert"}


def _values(value: str | tuple[str, ...]) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else value
