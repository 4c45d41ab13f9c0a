"""The server's URL: its driver, its host and query values, and how the clerk reads it.

The connection, the credential store and the connection dialog all read the same URL; the
rules are here, below all three.
"""

from __future__ import annotations

from sqlalchemy import URL, make_url

DRIVER = "postgresql+psycopg"


def server_url(location: str | URL) -> URL:
    """``location`` with the psycopg 3 driver, whatever PostgreSQL spelling it was given in."""
    url = make_url(location) if isinstance(location, str) else location
    if url.get_backend_name() not in ("postgresql", "postgres"):
        raise ValueError(f"not a PostgreSQL URL: {url.get_backend_name()}")
    return url.set(drivername=DRIVER)


def query_value(url: URL, name: str) -> str:
    """A query parameter given once or (libpq's several hosts) more times: the first."""
    value = url.query.get(name)
    if value is None:
        return ""
    return value if isinstance(value, str) else (value[0] if value else "")


def server_host(url: URL) -> str:
    """The server's name, or the socket folder given as ``?host=``; libpq's default else."""
    return url.host or query_value(url, "host") or "localhost"


def server_label(url: URL) -> str:
    """user@server:port/database, as the clerk and the IT office name it (no password)."""
    host = server_host(url)
    port = f":{url.port}" if url.port else ""
    user = f"{url.username}@" if url.username else ""
    return f"{user}{host}{port}/{url.database or ''}"


def without_password(url: URL) -> str:
    """The URL to remember or show (``URL.set(password=None)`` would keep the password)."""
    return url._replace(password=None).render_as_string(hide_password=False)
