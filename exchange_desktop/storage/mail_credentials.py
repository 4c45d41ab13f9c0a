"""The mail server's password in the operating system's credential store, as for the
database server (``storage.postgres.credentials``): never in settings.ini.

The entry is named ``smtp:user@host:port``, under the same service name
(``Exchange Desktop``), so the IT office finds both in Windows' *Gestione credenziali*.
"""

from __future__ import annotations

import logging

from exchange_desktop.storage.postgres.credentials import SERVICE

log = logging.getLogger(__name__)


def mail_credential_name(user: str, host: str, port: int) -> str:
    return f"smtp:{user}@{host}:{port}"


def stored_mail_password(user: str, host: str, port: int) -> str | None:
    """The kept password; None when none is kept or there is no credential store."""
    try:
        import keyring

        return keyring.get_password(SERVICE, mail_credential_name(user, host, port))
    except Exception as exc:  # no store on this system: the password is asked instead
        log.info("no mail password from the credential store: %s", exc)
        return None


def store_mail_password(user: str, host: str, port: int, password: str) -> bool:
    """Keep ``password``; False where the system has no credential store."""
    try:
        import keyring

        keyring.set_password(SERVICE, mail_credential_name(user, host, port), password)
    except Exception as exc:
        log.warning("the mail password could not be kept in the credential store: %s", exc)
        return False
    return True
