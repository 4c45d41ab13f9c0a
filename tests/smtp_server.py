"""A real SMTP server for the tests, on 127.0.0.1 and a free port (aiosmtpd).

STARTTLS (or TLS from the start, as ``smtps``) with a certificate made here for 127.0.0.1,
signed by a certificate authority made here (its file is the ``cafile`` of the URL), and
login (AUTH PLAIN / LOGIN) with one user and password.  Each message received is kept as
bytes; an address can be refused; the server can be stopped halfway through a batch.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import socket
import ssl
from dataclasses import dataclass, field
from email import message_from_string, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, Envelope, LoginPassword
from ca_helpers import ca_builder
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

USER = "ufficio.partecipazione@comune.example.it"
PASSWORD = "Pàssw0rd € segreta"


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])


def make_certificates(folder: Path) -> tuple[Path, Path, Path]:
    """(CA certificate, server certificate, server key) files for 127.0.0.1."""
    now = dt.datetime.now(dt.timezone.utc)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (
        ca_builder(
            _name("CA di prova del Comune"), ca_key.public_key(), days_before=1, days_after=2
        )
        .add_extension(
            x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    server = (
        x509.CertificateBuilder()
        .subject_name(_name("127.0.0.1"))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")]
            ),
            critical=False,
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
            critical=False,
        )
        .add_extension(x509.ExtendedKeyUsage([x509.OID_SERVER_AUTH]), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    ca_file = folder / "ca.pem"
    cert_file = folder / "server.pem"
    key_file = folder / "server-key.pem"
    ca_file.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    cert_file.write_bytes(server.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return ca_file, cert_file, key_file


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@dataclass
class Received:
    """One message as the server got it: the envelope and the bytes."""

    sender: str
    recipients: list[str]
    data: bytes

    def parsed(self) -> EmailMessage:
        # a message sent with SMTPUTF8 has raw UTF-8 headers (RFC 6532): read them as text
        message = message_from_string(self.data.decode("utf-8"), policy=policy.default)
        assert isinstance(message, EmailMessage)
        return message


@dataclass
class Handler:
    """Keeps what arrives; refuses the addresses in ``refuse``; after ``stop_after``
    messages it answers every further one with a drop of the connection."""

    received: list[Received] = field(default_factory=list)
    refuse: set[str] = field(default_factory=set)
    stop_after: int | None = None

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Envelope, address: str, options: Any
    ) -> str:
        if address in self.refuse:
            return "550 5.1.1 Utente sconosciuto"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Envelope) -> str:
        if self.stop_after is not None and len(self.received) >= self.stop_after:
            return "421 4.3.2 Servizio non disponibile, chiusura della connessione"
        content = envelope.original_content or b""
        self.received.append(
            Received(str(envelope.mail_from), list(envelope.rcpt_tos), bytes(content))
        )
        return "250 Message accepted"


def _authenticator(server: Any, session: Any, envelope: Any, mechanism: str, auth: Any) -> Any:
    if (
        isinstance(auth, LoginPassword)
        and auth.login.decode() == USER
        and auth.password.decode() == PASSWORD
    ):
        return AuthResult(success=True)
    return AuthResult(success=False, handled=False)


class MailServer:
    """The running server; ``url`` is what the program is given (without the password)."""

    def __init__(self, folder: Path, *, implicit_tls: bool = False) -> None:
        self.ca_file, cert, key = make_certificates(folder)
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(cert, key)
        self.handler = Handler()
        self.port = free_port()
        self.implicit_tls = implicit_tls
        options: dict[str, Any] = {
            "hostname": "127.0.0.1",
            "port": self.port,
            "authenticator": _authenticator,
            "auth_required": True,
            "server_hostname": "127.0.0.1",
            "enable_SMTPUTF8": True,
        }
        if implicit_tls:
            options["ssl_context"] = context
            options["auth_require_tls"] = False
        else:
            options["tls_context"] = context
            options["require_starttls"] = True
        self.controller = Controller(self.handler, **options)

    @property
    def url(self) -> str:
        scheme = "smtps" if self.implicit_tls else "smtp+starttls"
        user = USER.replace("@", "%40")
        return f"{scheme}://{user}@127.0.0.1:{self.port}?cafile={self.ca_file}"

    def start(self) -> MailServer:
        self.controller.start()
        return self

    def stop(self) -> None:
        self.controller.stop()

    @property
    def received(self) -> list[Received]:
        return self.handler.received
