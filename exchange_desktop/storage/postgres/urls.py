"""The server's URL: its driver, its host and query values, and how the clerk reads it.

The connection, the credential store and the connection dialog all read the same URL; the
rules are here, below all three.  IT offices paste URLs by hand, passwords included, and
a password with ``@``, ``:`` or ``/`` is seldom percent-encoded: the URL is split where
libpq's own parameters and the host must be, so such a password still reaches the server
whole, and a URL that cannot be read is refused without echoing any of it.
"""

from __future__ import annotations

import re
from urllib.parse import quote, unquote

from sqlalchemy import URL, make_url
from sqlalchemy.exc import ArgumentError

from exchange_desktop.i18n import MESSAGES_CONTEXT, QT_TRANSLATE_NOOP, Message
from exchange_desktop.storage.db_files import DatabaseFileError

DRIVER = "postgresql+psycopg"

_SCHEME = re.compile(r"^(postgres(?:ql)?(?:\+\w+)?)://", re.IGNORECASE)
#: ``?name=value&name=value`` to the end: where libpq's parameters begin.
_QUERY = re.compile(r"\?[A-Za-z_]+=[^&]*(?:&[A-Za-z_]+=[^&]*)*$")
#: host[:port][/database]: no ``@`` in either, so the last ``@`` ends the user part.
_HOST_AND_DATABASE = re.compile(r"^(?:\[[^\]/]*\]|[^/:\[\]]*)(?::\d*)?(?:/[^/]*)?$")
_ENCODED = re.compile(r"%[0-9A-Fa-f]{2}")


class ServerUrlError(DatabaseFileError, ValueError):
    """A server URL that cannot be read; its text (a password, perhaps) is never repeated."""


def bad_url_error() -> ServerUrlError:
    return ServerUrlError(
        Message(
            MESSAGES_CONTEXT,
            QT_TRANSLATE_NOOP(
                "Messages",
                "L'indirizzo del database condiviso non è valido (non viene ripetuto perché "
                "può contenere la password). Forma attesa: "
                "postgresql://utente@server:5432/database?sslmode=verify-full",
            ),
        )
    )


def _looks_encoded(part: str) -> bool:
    """A user or password already percent-encoded: nothing that would need it is left."""
    return not any(c in part for c in "@/?#[] :") and "%" not in _ENCODED.sub("", part)


def _normalised(text: str) -> str:
    """``text`` with its user and password percent-encoded where they were typed raw."""
    scheme = _SCHEME.match(text)
    if scheme is None:
        return text
    rest = text[scheme.end() :]
    starts = [i for i, c in enumerate(rest) if c == "?" and _QUERY.fullmatch(rest, i)]
    for query_at in [*starts, len(rest)]:  # the first split that leaves a host and database
        head, query = rest[:query_at], rest[query_at:]
        at = head.rfind("@")
        if at < 0:
            return text  # no user part: nothing to encode
        userinfo, hostpart = head[:at], head[at + 1 :]
        if _HOST_AND_DATABASE.match(hostpart):
            break
    else:
        raise bad_url_error()
    user, colon, password = userinfo.partition(":")
    parts = [user, password] if colon else [user]
    encoded = [p if _looks_encoded(p) else quote(p, safe="") for p in parts]
    return f"{scheme.group(0)}{':'.join(encoded)}@{hostpart}{query}"


def server_url(location: str | URL) -> URL:
    """``location`` with the psycopg 3 driver, whatever PostgreSQL spelling it was given in.

    Raises :class:`ServerUrlError` (never quoting ``location``) when it cannot be read.
    """
    try:
        url = make_url(_normalised(location)) if isinstance(location, str) else location
    except ServerUrlError:
        raise
    except (ArgumentError, ValueError):
        raise bad_url_error() from None  # its text may hold part of the password
    if url.get_backend_name() not in ("postgresql", "postgres"):
        raise bad_url_error()
    return url.set(drivername=DRIVER)


def query_value(url: URL, name: str) -> str:
    """A query parameter given once or (libpq's several hosts) more times: the first."""
    value = url.query.get(name)
    if value is None:
        return ""
    return value if isinstance(value, str) else (value[0] if value else "")


def search_path_of(url: URL) -> str | None:
    """The schema named by ``options=-csearch_path=…`` (libpq's way), else None (public)."""
    options = unquote(query_value(url, "options"))
    found = re.search(r"(?:-c\s*|--)search_path=(\"[^\"]*\"|[^\s,]+)", options)
    if not found:
        return None
    name = found.group(1)
    # as PostgreSQL reads it: a quoted name as written, any other in lower case
    return name[1:-1] if name.startswith('"') else name.lower()


def server_host(url: URL) -> str:
    """The server's name, or the socket folder given as ``?host=``; libpq's default else."""
    return url.host or query_value(url, "host") or "localhost"


def server_label(url: URL, *, with_schema: bool = True, public_too: bool = True) -> str:
    """user@server:port/database, as the clerk and the IT office name it (no password),
    with the schema it works in, public when the URL chooses none: two schemas are two
    offices' data, so the status bar and About always say which one (a message about the
    connection names only a schema the URL chooses: ``public_too=False``)."""
    host = server_host(url)
    port = f":{url.port}" if url.port else ""
    user = f"{url.username}@" if url.username else ""
    chosen = search_path_of(url)
    schema = (chosen or ("public" if public_too else None)) if with_schema else None
    return f"{user}{host}{port}/{url.database or ''}" + (f" (schema {schema})" if schema else "")


def without_password(url: URL) -> str:
    """The URL to remember or show (``URL.set(password=None)`` would keep the password)."""
    return url._replace(password=None).render_as_string(hide_password=False)
