"""What a PostgreSQL server says when it is busy, unreachable or refuses, in the clerk's words.

The server's own text goes to the log; the clerk reads one plain sentence that names the
database (user@server/database), never a password.  Codes are PostgreSQL's SQLSTATEs
(https://www.postgresql.org/docs/current/errcodes-appendix.html).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from sqlalchemy.exc import DBAPIError

from exchange_desktop.domain.errors import DomainError
from exchange_desktop.i18n import MESSAGES_CONTEXT, QT_TRANSLATE_NOOP, Message
from exchange_desktop.storage.db_files import DatabaseFileError
from exchange_desktop.storage.sqlite.errors import DatabaseBusyError, DatabaseWriteError

if TYPE_CHECKING:
    import psycopg

log = logging.getLogger(__name__)

_BUSY_STATES = {"55P03", "40001", "40P01", "57014"}  # lock wait, serialization, deadlock, timeout
_NO_PERMISSION_STATES = {"25006", "42501"}  # read-only transaction, insufficient privilege

_BUSY_TEXT = QT_TRANSLATE_NOOP(
    "Messages",
    "Il database {path} è occupato: un collega sta salvando. Riprovare tra qualche istante; "
    "le modifiche già salvate non sono perse.",
)
_UNREACHABLE_TEXT = QT_TRANSLATE_NOOP(
    "Messages",
    "Il server del database {path} non risponde. Controllare la connessione di rete e "
    "riprovare; se il problema continua, avvisare l'ufficio informatico.",
)
_FULL_TEXT = QT_TRANSLATE_NOOP(
    "Messages",
    "Impossibile salvare nel database {path}: il server ha esaurito lo spazio. Avvisare "
    "l'ufficio informatico; le modifiche già salvate non sono perse.",
)
_NO_PERMISSION_TEXT = QT_TRANSLATE_NOOP(
    "Messages",
    "Impossibile scrivere nel database {path}: l'utente non ha i permessi per modificarlo. "
    "Chiedere all'ufficio informatico i permessi di scrittura.",
)
_LOGIN_TEXT = QT_TRANSLATE_NOOP(
    "Messages",
    "Accesso al database {path} non riuscito: utente o password non validi, oppure il server "
    "non accetta connessioni da questo computer ({detail}).",
)
_MISSING_TEXT = QT_TRANSLATE_NOOP(
    "Messages",
    "Il database {path} non esiste sul server. Chiedere all'ufficio informatico di crearlo "
    "(vedere «Database condiviso» nel README).",
)


class ServerUnavailableError(DatabaseFileError):
    """The server cannot be reached or refuses the login: try again, or ask IT."""


def _driver_error(exc: BaseException) -> psycopg.Error | None:
    import psycopg  # only once a server is in use: the SQLite start-up never loads it

    if isinstance(exc, DBAPIError) and isinstance(exc.orig, psycopg.Error):
        return exc.orig
    return exc if isinstance(exc, psycopg.Error) else None


def _state_from_words(text: str) -> str:
    """A refused connection has no SQLSTATE (there was no session yet): go by libpq's words."""
    lowered = text.lower()
    if "authentication" in lowered or "no password supplied" in lowered:
        return "28P01"
    if "database" in lowered and "does not exist" in lowered:
        return "3D000"
    if "role" in lowered and "does not exist" in lowered:
        return "28000"
    return ""


def _is_operational(error: psycopg.Error) -> bool:
    import psycopg

    return isinstance(error, psycopg.OperationalError)


def explain_server_error(exc: BaseException, label: str) -> DomainError | None:
    """The clerk's message for a PostgreSQL failure on ``label``; None when it is a bug."""
    error = _driver_error(exc)
    if error is None:
        return None
    state = error.sqlstate or _state_from_words(str(error))
    log.info("PostgreSQL %s on %s: %s", state or "(no code)", label, error)

    def message(template: str, **params: object) -> Message:
        return Message(MESSAGES_CONTEXT, template, path=label, **params)

    if state in _BUSY_STATES:
        return DatabaseBusyError(message(_BUSY_TEXT))
    if state.startswith("53"):  # insufficient resources: disk full, out of memory
        return DatabaseWriteError(message(_FULL_TEXT))
    if state in _NO_PERMISSION_STATES:
        return DatabaseWriteError(message(_NO_PERMISSION_TEXT))
    if state.startswith("28"):  # invalid authorization
        return ServerUnavailableError(message(_LOGIN_TEXT, detail=state))
    if state == "3D000":  # invalid catalog name
        return ServerUnavailableError(message(_MISSING_TEXT))
    if state.startswith(("08", "57P")) or (not state and _is_operational(error)):
        return ServerUnavailableError(message(_UNREACHABLE_TEXT))
    return None
