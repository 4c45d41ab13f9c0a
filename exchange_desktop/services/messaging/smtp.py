"""The Comune's mail server: where it is (a URL), and one connection that sends messages.

``smtp://host:25`` (no encryption: only inside the Comune's network),
``smtp+starttls://user@host:587`` (the usual submission port) or ``smtps://user@host:465``
(TLS from the start, as PEC providers ask); ``?cafile=PATH`` trusts the certificate
authority in PATH too (an internal one of the Comune).  The certificate is always checked.
Each failure becomes one sentence for the clerk: refused login, unreachable server,
refused recipient.
"""

from __future__ import annotations

import base64
import smtplib
import ssl
from collections.abc import Mapping
from dataclasses import dataclass
from email.message import EmailMessage
from types import TracebackType
from urllib.parse import parse_qs, unquote, urlsplit

from exchange_desktop.domain.errors import DomainError
from exchange_desktop.i18n import MESSAGES_CONTEXT, QT_TRANSLATE_NOOP, Message
from exchange_desktop.storage.mail_credentials import store_mail_password, stored_mail_password

SCHEMES = {"smtp": "plain", "smtp+starttls": "starttls", "smtps": "ssl"}
DEFAULT_PORTS = {"plain": 25, "starttls": 587, "ssl": 465}
TIMEOUT_S = 30.0


def _error(template: str, **params: object) -> DomainError:
    return DomainError(Message(MESSAGES_CONTEXT, template, **params))


class MailServerError(DomainError):
    """The server cannot be used now (down, refused login): the rest stays pending."""


class RecipientRefusedError(DomainError):
    """The server refused this one address; the others can still go."""


@dataclass(frozen=True)
class SmtpSettings:
    """Where the server is and how to talk to it; the password is never in the URL kept."""

    host: str
    port: int
    security: str = "starttls"
    user: str = ""
    password: str = ""
    cafile: str = ""
    timeout: float = TIMEOUT_S

    @property
    def url(self) -> str:
        """The URL without the password, as the preferences keep it."""
        scheme = {value: key for key, value in SCHEMES.items()}[self.security]
        user = f"{self.user}@" if self.user else ""
        query = f"?cafile={self.cafile}" if self.cafile else ""
        return f"{scheme}://{user}{self.host}:{self.port}{query}"

    def with_password(self, password: str) -> SmtpSettings:
        return SmtpSettings(
            self.host, self.port, self.security, self.user, password, self.cafile, self.timeout
        )


def parse_smtp_url(text: str) -> SmtpSettings:
    """The settings of ``smtp[+starttls]://[user[:password]@]host[:port]`` or ``smtps://…``;
    refused with one sentence for anything else."""
    value = text.strip()
    try:
        parts = urlsplit(value)
        port = parts.port
    except ValueError as exc:
        raise _bad_url(value) from exc
    security = SCHEMES.get(parts.scheme.lower())
    if security is None or not parts.hostname:
        raise _bad_url(value)
    cafile = parse_qs(parts.query).get("cafile", [""])[0]
    return SmtpSettings(
        host=parts.hostname,
        port=port or DEFAULT_PORTS[security],
        security=security,
        user=unquote(parts.username or ""),
        password=unquote(parts.password or ""),
        cafile=cafile,
    )


def configured_server(url: str) -> SmtpSettings:
    """The settings of the server the preferences name; refused when they name none."""
    if not url.strip():
        raise _error(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Nessun server di posta: indicarlo in File → Preferenze (Messaggi) o con --smtp.",
            )
        )
    return parse_smtp_url(url)


def with_stored_password(settings: SmtpSettings) -> SmtpSettings:
    """``settings`` with the password kept in the credential store, when it has none."""
    if settings.password or not settings.user:
        return settings
    password = stored_mail_password(settings.user, settings.host, settings.port)
    return settings if password is None else settings.with_password(password)


def remember_password(settings: SmtpSettings) -> bool:
    """Keep the password of ``settings`` in the credential store; False without one."""
    return store_mail_password(settings.user, settings.host, settings.port, settings.password)


def _bad_url(value: str) -> DomainError:
    return _error(
        QT_TRANSLATE_NOOP(
            "Messages",
            "Indirizzo del server di posta non valido: «{url}». Scrivere per esempio "
            "smtp+starttls://utente@posta.comune.example.it:587 oppure "
            "smtps://utente@pec.example.it:465.",
        ),
        url=value,
    )


def _tls_context(settings: SmtpSettings) -> ssl.SSLContext:
    context = ssl.create_default_context()
    if settings.cafile:
        try:
            context.load_verify_locations(cafile=settings.cafile)
        except (OSError, ssl.SSLError) as exc:
            raise MailServerError(
                Message(
                    MESSAGES_CONTEXT,
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Impossibile leggere il certificato dell'autorità {path}: {error}",
                    ),
                    path=settings.cafile,
                    error=str(exc),
                )
            ) from exc
    return context


def _unreachable(settings: SmtpSettings, exc: BaseException) -> MailServerError:
    return MailServerError(
        Message(
            MESSAGES_CONTEXT,
            QT_TRANSLATE_NOOP(
                "Messages",
                "Il server di posta {host}:{port} non risponde o ha chiuso la connessione "
                "({error}). I messaggi non ancora inviati restano in attesa: riprovare più "
                "tardi.",
            ),
            host=settings.host,
            port=settings.port,
            error=str(exc) or type(exc).__name__,
        )
    )


def _login(client: smtplib.SMTP, user: str, password: str) -> None:
    """Log in; a user or password beyond ASCII goes as UTF-8 in AUTH PLAIN (RFC 4616),
    which smtplib's own ``login`` cannot send (it encodes in ASCII)."""
    if (user + password).isascii():
        client.login(user, password)
        return
    client.ehlo_or_helo_if_needed()
    if "PLAIN" not in client.esmtp_features.get("auth", "").upper().split():
        raise smtplib.SMTPNotSupportedError("AUTH PLAIN")
    token = base64.b64encode(b"\0" + user.encode() + b"\0" + password.encode()).decode("ascii")
    code, reply = client.docmd("AUTH", f"PLAIN {token}")
    if code != 235:
        raise smtplib.SMTPAuthenticationError(code, reply)


class SmtpConnection:
    """One connection, opened with login; ``send`` one message at a time.

    Used as a context manager: ``with SmtpConnection(settings) as server: server.send(m)``.
    """

    def __init__(self, settings: SmtpSettings) -> None:
        self.settings = settings
        self._client: smtplib.SMTP | None = None

    def __enter__(self) -> SmtpConnection:
        self.open()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def open(self) -> None:
        settings = self.settings
        context = _tls_context(settings) if settings.security != "plain" else None
        try:
            if settings.security == "ssl":
                client: smtplib.SMTP = smtplib.SMTP_SSL(
                    settings.host, settings.port, timeout=settings.timeout, context=context
                )
            else:
                client = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
                if settings.security == "starttls":
                    client.starttls(context=context)
            self._client = client
            if settings.user:
                _login(client, settings.user, settings.password)
        except smtplib.SMTPAuthenticationError as exc:
            self.close()
            raise MailServerError(
                Message(
                    MESSAGES_CONTEXT,
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Il server di posta {host} ha rifiutato l'accesso dell'utente "
                        "{user}: controllare nome utente e password. Nessun messaggio è "
                        "stato inviato.",
                    ),
                    host=settings.host,
                    user=settings.user,
                )
            ) from exc
        except smtplib.SMTPNotSupportedError as exc:
            self.close()
            raise MailServerError(
                Message(
                    MESSAGES_CONTEXT,
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Il server di posta {host} non offre la connessione cifrata o l'accesso "
                        "con password richiesti ({error}).",
                    ),
                    host=settings.host,
                    error=str(exc),
                )
            ) from exc
        except ssl.SSLError as exc:
            self.close()
            raise MailServerError(
                Message(
                    MESSAGES_CONTEXT,
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Il certificato del server di posta {host} non è valido o non è "
                        "riconosciuto ({error}).",
                    ),
                    host=settings.host,
                    error=str(exc),
                )
            ) from exc
        except (OSError, smtplib.SMTPException) as exc:
            self.close()
            raise _unreachable(settings, exc) from exc

    def send(self, message: EmailMessage, recipients: list[str]) -> None:
        """Hand ``message`` to the server for ``recipients`` (the To and the sender's copy).

        Raises :class:`RecipientRefusedError` when the server refuses the address,
        :class:`MailServerError` when the connection fails.
        """
        if self._client is None:
            raise _unreachable(self.settings, ConnectionError("not connected"))
        options: list[str] = []
        if getattr(message.policy, "utf8", False):  # an accented address (RFC 6531)
            if not self._client.has_extn("smtputf8"):
                raise _refused(
                    ", ".join(recipients),
                    {"": (553, "il server non accetta indirizzi con lettere accentate (SMTPUTF8)")},
                )
            options.append("SMTPUTF8")
        try:
            refused = self._client.send_message(message, to_addrs=recipients, mail_options=options)
        except smtplib.SMTPRecipientsRefused as exc:
            raise _refused(", ".join(exc.recipients), exc.recipients) from exc
        except (TimeoutError, smtplib.SMTPServerDisconnected, OSError) as exc:
            self._client = None
            raise _unreachable(self.settings, exc) from exc
        except smtplib.SMTPResponseException as exc:
            if exc.smtp_code == 421:  # the server is closing down: not this message's fault
                self._client = None
                raise _unreachable(self.settings, exc) from exc
            raise _refused(", ".join(recipients), {"": (exc.smtp_code, exc.smtp_error)}) from exc
        if refused:
            raise _refused(", ".join(refused), refused)

    def close(self) -> None:
        client, self._client = self._client, None
        if client is None:
            return
        try:
            client.quit()
        except (OSError, smtplib.SMTPException):
            client.close()


def _refused(
    addresses: str, details: Mapping[str, tuple[int, bytes | str]]
) -> RecipientRefusedError:
    reasons = "; ".join(
        f"{code} {text.decode('utf-8', 'replace') if isinstance(text, bytes) else text}"
        for code, text in details.values()
    )
    return RecipientRefusedError(
        Message(
            MESSAGES_CONTEXT,
            QT_TRANSLATE_NOOP(
                "Messages", "Il server di posta ha rifiutato l'indirizzo {address}: {reason}"
            ),
            address=addresses,
            reason=reasons,
        )
    )
