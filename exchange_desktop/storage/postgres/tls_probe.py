"""Why the server's certificate was refused, when libpq only says "certificate verify failed".

libpq gives the same words for a certificate signed by another authority and for one that
has expired; the clerk and the IT office need to know which.  One TLS handshake of our own
(PostgreSQL's SSLRequest, then Python's ``ssl`` with the same root certificate) asks
OpenSSL for its verification code.  Nothing is sent but the request: no user, no password.
"""

from __future__ import annotations

import logging
import os
import socket
import ssl
from enum import Enum
from pathlib import Path

from sqlalchemy import URL

from exchange_desktop.storage.postgres.urls import query_value

log = logging.getLogger(__name__)

_SSL_REQUEST = (8).to_bytes(4, "big") + (80877103).to_bytes(4, "big")
_EXPIRED_CODES = {9, 10}  # X509_V_ERR_CERT_NOT_YET_VALID, X509_V_ERR_CERT_HAS_EXPIRED
PROBE_TIMEOUT_S = 5


class CertificateProblem(Enum):
    EXPIRED = "expired"
    UNTRUSTED = "untrusted"


def root_certificate(url: URL) -> str:
    """The root certificate libpq checks against: ``sslrootcert``, else its default file."""
    given = query_value(url, "sslrootcert")
    if given:
        return given
    if os.name == "nt":
        return str(Path(os.environ.get("APPDATA", "")) / "postgresql" / "root.crt")
    return str(Path.home() / ".postgresql" / "root.crt")


def certificate_problem(url: URL) -> CertificateProblem | None:
    """What is wrong with the certificate the server at ``url`` presents; None if unknown."""
    host = query_value(url, "hostaddr") or url.host or query_value(url, "host")
    if not host or host.startswith("/"):
        return None
    root = root_certificate(url)
    try:
        context = (
            ssl.create_default_context()
            if root == "system"
            else ssl.create_default_context(cafile=root)
        )
        context.check_hostname = False  # the name is libpq's own, clearer, message
        with socket.create_connection((host, url.port or 5432), PROBE_TIMEOUT_S) as raw:
            raw.sendall(_SSL_REQUEST)
            if raw.recv(1) != b"S":
                return None
            with context.wrap_socket(raw):
                return None  # verified now: nothing this probe can name
    except ssl.SSLCertVerificationError as exc:
        log.warning("certificate of %s:%s: %s", host, url.port, exc.verify_message)
        if exc.verify_code in _EXPIRED_CODES:
            return CertificateProblem.EXPIRED
        return CertificateProblem.UNTRUSTED
    except (OSError, ssl.SSLError, ValueError) as exc:
        log.info("no certificate check of %s: %s", host, exc)
        return None
