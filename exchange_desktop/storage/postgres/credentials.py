"""Server passwords in the operating system's credential store, never in settings.ini.

On Windows this is the Credential Manager (the same store Outlook and Teams use); the
entry is named after the database, user@server:port/database, so the IT office can find
and remove it.  Where no store is available (a server session without one) nothing is
kept and the password is asked again, or taken from libpq's own PGPASSWORD / pgpass.
"""

from __future__ import annotations

import logging

from sqlalchemy import URL

from exchange_desktop.storage.postgres.urls import server_host

log = logging.getLogger(__name__)

SERVICE = "Exchange Desktop"


def credential_name(url: URL) -> str:
    host = server_host(url)
    return f"{url.username or ''}@{host}:{url.port or 5432}/{url.database or ''}"


def stored_password(url: URL) -> str | None:
    try:
        import keyring

        return keyring.get_password(SERVICE, credential_name(url))
    except Exception as exc:  # no store on this system, or it refused: ask instead
        log.info("no password from the credential store: %s", exc)
        return None


def store_password(url: URL, password: str) -> bool:
    """Keep ``password`` for ``url``; False where the system has no credential store."""
    try:
        import keyring

        keyring.set_password(SERVICE, credential_name(url), password)
    except Exception as exc:
        log.warning("the password could not be kept in the credential store: %s", exc)
        return False
    return True


def forget_password(url: URL) -> None:
    try:
        import keyring

        keyring.delete_password(SERVICE, credential_name(url))
    except Exception as exc:
        log.info("no stored password to forget: %s", exc)


def with_stored_password(url: URL) -> URL:
    """``url`` with the kept password where it has none of its own."""
    if url.password is not None or not url.username:
        return url
    password = stored_password(url)
    return url if password is None else url.set(password=password)
