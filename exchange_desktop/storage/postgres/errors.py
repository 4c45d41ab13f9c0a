"""What a PostgreSQL server says when it is busy, unreachable or refuses, in the clerk's words.

The server's own text goes to the log (WARNING); the clerk reads one plain sentence that
names the database (user@server/database), never a password, and points at the real cause:
a certificate for another name, an authority not trusted or a root file missing, an
expired certificate, no pg_hba.conf line for this computer (with its address as the server
saw it), a server that wants encryption, a schema missing or not writable.  Codes are
PostgreSQL's SQLSTATEs (https://www.postgresql.org/docs/current/errcodes-appendix.html); a
connection refused before any session has none, and is read from libpq's words.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from sqlalchemy import URL
from sqlalchemy.exc import DBAPIError

from exchange_desktop.domain.errors import DomainError
from exchange_desktop.i18n import MESSAGES_CONTEXT, QT_TRANSLATE_NOOP, Message
from exchange_desktop.storage.db_files import DatabaseFileError
from exchange_desktop.storage.postgres.tls_probe import (
    CertificateProblem,
    certificate_problem,
    root_certificate,
)
from exchange_desktop.storage.postgres.urls import search_path_of, server_host, server_label
from exchange_desktop.storage.sqlite.errors import DatabaseBusyError, DatabaseWriteError

if TYPE_CHECKING:
    import psycopg

log = logging.getLogger(__name__)

_BUSY_STATES = {"55P03", "40001", "40P01"}  # lock wait, serialization, deadlock
_NO_PERMISSION_STATES = {"25006", "42501"}  # read-only transaction, insufficient privilege

_BUSY_TEXT = QT_TRANSLATE_NOOP(
    "Messages",
    "Il database {path} è occupato: un collega sta salvando. Riprovare tra qualche istante; "
    "le modifiche già salvate non sono perse.",
)
_SLOW_TEXT = QT_TRANSLATE_NOOP(
    "Messages",
    "Il server del database {path} non ha risposto in tempo e l'operazione è stata annullata. "
    "Riprovare; se succede ancora, avvisare l'ufficio informatico.",
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
_NO_CREATE_TEXT = QT_TRANSLATE_NOOP(
    "Messages",
    "L'utente del database {path} non può creare tabelle nello schema {schema}: la prima "
    "connessione e gli aggiornamenti del programma vanno fatti con l'utente proprietario "
    "del database (vedere «Database condiviso» nel README). Non è stato modificato nulla.",
)
_LOGIN_TEXT = QT_TRANSLATE_NOOP(
    "Messages",
    "Accesso al database {path} non riuscito: utente o password non validi.",
)
_MISSING_TEXT = QT_TRANSLATE_NOOP(
    "Messages",
    "Il database {path} non esiste sul server. Chiedere all'ufficio informatico di crearlo "
    "(vedere «Database condiviso» nel README).",
)
_SCHEMA_MISSING_TEXT = QT_TRANSLATE_NOOP(
    "Messages",
    "Lo schema {schema} indicato per il database {path} (search_path) non esiste sul server: "
    "non è stata creata nessuna tabella. Chiedere all'ufficio informatico di crearlo, oppure "
    "correggere il parametro options dell'indirizzo.",
)
_SCHEMA_DENIED_TEXT = QT_TRANSLATE_NOOP(
    "Messages",
    "L'utente del database {path} non ha accesso allo schema {schema} (manca il permesso "
    "USAGE): non è stata creata nessuna tabella. Chiedere all'ufficio informatico il "
    "permesso.",
)
_NAME_MISMATCH_TEXT = QT_TRANSLATE_NOOP(
    "Messages",
    "Il certificato del server {path} non è intestato al nome usato per collegarsi ({host}): "
    "indicare il nome del server scritto nel certificato (chiederlo all'ufficio informatico). "
    "La connessione non è stata fatta.",
)
_UNTRUSTED_TEXT = QT_TRANSLATE_NOOP(
    "Messages",
    "Il certificato del server {path} non è firmato dall'autorità del file del certificato CA "
    "({file}): il server non può essere riconosciuto. Chiedere all'ufficio informatico il "
    "file del certificato CA giusto.",
)
_EXPIRED_TEXT = QT_TRANSLATE_NOOP(
    "Messages",
    "Il certificato del server {path} è scaduto (o non è ancora valido): la connessione "
    "cifrata è rifiutata. Avvisare l'ufficio informatico, che deve rinnovarlo.",
)
_NO_ROOT_TEXT = QT_TRANSLATE_NOOP(
    "Messages",
    "Manca il file del certificato CA per verificare il server {path}: {file} non esiste. "
    "Indicare nel campo «Certificato CA» il file ricevuto dall'ufficio informatico.",
)
_NO_HBA_TEXT = QT_TRANSLATE_NOOP(
    "Messages",
    "Il server {path} non ha una regola di accesso (pg_hba.conf) per questo computer "
    "(indirizzo {address}) con questo utente e database. Chiedere all'ufficio informatico "
    "di abilitarlo.",
)
_TLS_REQUIRED_TEXT = QT_TRANSLATE_NOOP(
    "Messages",
    "Il server {path} non accetta da questo computer (indirizzo {address}) connessioni non "
    "cifrate: scegliere una connessione cifrata con verifica del certificato (verify-full).",
)
_NO_TLS_ON_SERVER_TEXT = QT_TRANSLATE_NOOP(
    "Messages",
    "Il server {path} non offre connessioni cifrate, ma la connessione scelta le richiede. "
    "Avvisare l'ufficio informatico (ssl = on sul server).",
)
_HOST_UNKNOWN_TEXT = QT_TRANSLATE_NOOP(
    "Messages",
    "Il server {host} del database {path} non si trova in rete: controllare il nome del "
    "server (come indicato dall'ufficio informatico) e la connessione di rete.",
)
_NOBODY_LISTENS_TEXT = QT_TRANSLATE_NOOP(
    "Messages",
    "Il computer {host} risponde, ma sulla porta {port} non c'è il server del database "
    "{path}: controllare la porta, oppure avvisare l'ufficio informatico (il server potrebbe "
    "essere fermo).",
)
_BAD_PARAMETER_TEXT = QT_TRANSLATE_NOOP(
    "Messages",
    "L'indirizzo del database {path} contiene un parametro non valido ({detail}): "
    "correggerlo come indicato dall'ufficio informatico.",
)
_UNSUPPORTED_PARAMETER_TEXT = QT_TRANSLATE_NOOP(
    "Messages",
    "Il server del database {path} (o un pgbouncer davanti al server) non accetta il "
    "parametro {name} dell'indirizzo. Con pgbouncer lo schema si imposta sull'utente "
    "(ALTER ROLE … SET search_path, vedere «Database condiviso» nel README).",
)


class ServerUnavailableError(DatabaseFileError):
    """The server cannot be reached or refuses the login: try again, or ask IT."""


class ServerRefusedError(ServerUnavailableError):
    """The server was reached but refused: certificate, pg_hba, schema, rights; ask IT."""


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
    if "no pg_hba.conf entry" in lowered:
        return "28000"
    if "database" in lowered and "does not exist" in lowered:
        return "3D000"
    if "role" in lowered and "does not exist" in lowered:
        return "28000"
    return ""


def _is_operational(error: psycopg.Error) -> bool:
    import psycopg

    return isinstance(error, psycopg.OperationalError)


_UNRESOLVED = re.compile(
    r"(?:failed to resolve host|could not translate host name) [\'\"]([^\'\"]*)"
)
_BAD_PARAMETER = re.compile(
    r"(invalid connection option \"[^\"]*\"|invalid port number: \"[^\"]*\"|"
    r"invalid \w+ value: \"[^\"]*\"|invalid integer value \"[^\"]*\" for connection option "
    r"\"[^\"]*\")"
)
_UNSUPPORTED = re.compile(r"unsupported startup parameter: (\S+)")
_HBA = re.compile(r'no pg_hba\.conf entry for host "([^"]*)".*?(no encryption|$)', re.S)
_NAME_MISMATCH = re.compile(r'does not match host name "([^"]*)"')
_NO_ROOT = re.compile(r'root certificate file "([^"]*)" does not exist')


def schema_missing_error(url: URL, *, exists: bool = False) -> ServerRefusedError:
    """The schema of the URL's search_path is missing (or, ``exists``, not usable)."""
    return ServerRefusedError(
        Message(
            MESSAGES_CONTEXT,
            _SCHEMA_DENIED_TEXT if exists else _SCHEMA_MISSING_TEXT,
            path=server_label(url, with_schema=False),
            schema=search_path_of(url) or "public",
        )
    )


def no_create_error(url: URL, schema: str) -> ServerRefusedError:
    return ServerRefusedError(
        Message(
            MESSAGES_CONTEXT,
            _NO_CREATE_TEXT,
            path=server_label(url, with_schema=False),
            schema=schema,
        )
    )


def _refusal(text: str, url: URL) -> DomainError | None:
    """A connection refused for a reason of TLS or pg_hba.conf, from libpq's words."""
    label = server_label(url, public_too=False)

    def refused(template: str, **params: object) -> ServerRefusedError:
        return ServerRefusedError(Message(MESSAGES_CONTEXT, template, path=label, **params))

    if found := _NAME_MISMATCH.search(text):
        return refused(_NAME_MISMATCH_TEXT, host=found.group(1))
    if found := _NO_ROOT.search(text):
        return refused(_NO_ROOT_TEXT, file=found.group(1))
    if "certificate verify failed" in text:
        problem = certificate_problem(url)
        if problem is CertificateProblem.EXPIRED:
            return refused(_EXPIRED_TEXT)
        return refused(_UNTRUSTED_TEXT, file=root_certificate(url))
    if "server does not support SSL" in text:
        return refused(_NO_TLS_ON_SERVER_TEXT)
    if found := _UNRESOLVED.search(text):
        return ServerUnavailableError(
            Message(MESSAGES_CONTEXT, _HOST_UNKNOWN_TEXT, path=label, host=found.group(1))
        )
    if found := _UNSUPPORTED.search(text):
        return ServerRefusedError(
            Message(MESSAGES_CONTEXT, _UNSUPPORTED_PARAMETER_TEXT, path=label, name=found.group(1))
        )
    if found := _BAD_PARAMETER.search(text):
        return ServerUnavailableError(
            Message(MESSAGES_CONTEXT, _BAD_PARAMETER_TEXT, path=label, detail=found.group(1))
        )
    if "Connection refused" in text:
        return ServerUnavailableError(
            Message(
                MESSAGES_CONTEXT,
                _NOBODY_LISTENS_TEXT,
                path=label,
                host=server_host(url),
                port=url.port or 5432,
            )
        )
    if found := _HBA.search(text):
        address = found.group(1)
        if found.group(2):
            return refused(_TLS_REQUIRED_TEXT, address=address)
        return refused(_NO_HBA_TEXT, address=address)
    return None


def explain_server_error(exc: BaseException, url: URL) -> DomainError | None:
    """The clerk's message for a PostgreSQL failure on ``url``; None when it is a bug."""
    error = _driver_error(exc)
    if error is None:
        return None
    text = str(error)
    state = error.sqlstate or _state_from_words(text)
    label = server_label(url, public_too=False)
    log.warning("PostgreSQL %s on %s: %s", state or "(no code)", label, text)

    def message(template: str, **params: object) -> Message:
        return Message(MESSAGES_CONTEXT, template, path=label, **params)

    refused = _refusal(text, url)
    if refused is not None:
        return refused
    if state in _BUSY_STATES:
        return DatabaseBusyError(message(_BUSY_TEXT))
    if state == "57014":  # statement_timeout
        return DatabaseBusyError(message(_SLOW_TEXT))
    if state.startswith("53"):  # insufficient resources: disk full, out of memory
        return DatabaseWriteError(message(_FULL_TEXT))
    if state == "42501" and "schema" in text:
        return no_create_error(url, search_path_of(url) or "public")
    if state in _NO_PERMISSION_STATES:
        return DatabaseWriteError(message(_NO_PERMISSION_TEXT))
    if state == "3F000":  # invalid schema name: nothing on the search_path exists
        return schema_missing_error(url)
    if state.startswith("28"):  # invalid authorization
        return ServerUnavailableError(message(_LOGIN_TEXT))
    if state == "3D000":  # invalid catalog name
        return ServerUnavailableError(message(_MISSING_TEXT))
    if state.startswith(("08", "57P")) or (not state and _is_operational(error)):
        return ServerUnavailableError(message(_UNREACHABLE_TEXT))
    return None
