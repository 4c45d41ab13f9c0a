"""A PostgreSQL server as an IT office deploys it: TCP on 127.0.0.1, scram-sha-256, TLS.

Apart from the suite's Unix-socket server (tests/pg_server.py): its own cluster, started by
the tests that need it, with a certificate authority and a server certificate made here
(``cryptography``), a second authority that signed nothing of the server's, and an expired
server certificate to switch to.  pg_hba.conf allows, over TLS only, the role ``clerk``
(owner of ``scambi``) and ``reader`` (no CREATE on the schema); nobody else, and nothing in
plain text.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import shutil
import socket
import time
import uuid
from pathlib import Path

import psycopg
from ca_helpers import ca_builder
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from pg_server import SYSTEM_USER, TestServer

#: Every role's password: the characters that break a URL, and an emoji.
PASSWORD = "Zq@7:Kx/9%&🔑Wv&Jq3"
DATABASE = "scambi"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])


def _pem_key(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


class Authority:
    """A certificate authority of the test's own."""

    def __init__(self, common: str) -> None:
        self.key = ec.generate_private_key(ec.SECP256R1())
        self.cert = ca_builder(
            _name(common), self.key.public_key(), days_before=1, days_after=30
        ).sign(self.key, hashes.SHA256())

    def write(self, path: Path) -> Path:
        path.write_bytes(self.cert.public_bytes(serialization.Encoding.PEM))
        return path

    def server_certificate(self, names: list[str], *, expired: bool = False) -> tuple[bytes, bytes]:
        """PEM certificate and key for a server called ``names`` (DNS names or IPs)."""
        key = ec.generate_private_key(ec.SECP256R1())
        now = dt.datetime.now(dt.UTC)
        start, end = (
            (now - dt.timedelta(days=10), now - dt.timedelta(days=1))
            if expired
            else (now - dt.timedelta(days=1), now + dt.timedelta(days=30))
        )
        alternative: list[x509.GeneralName] = []
        for name in names:
            try:
                alternative.append(x509.IPAddress(ipaddress.ip_address(name)))
            except ValueError:
                alternative.append(x509.DNSName(name))
        cert = (
            x509.CertificateBuilder()
            .subject_name(_name(names[0]))
            .issuer_name(self.cert.subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(start)
            .not_valid_after(end)
            .add_extension(x509.SubjectAlternativeName(alternative), critical=False)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .sign(self.key, hashes.SHA256())
        )
        return cert.public_bytes(serialization.Encoding.PEM), _pem_key(key)


class TlsTestServer(TestServer):
    """The suite's server, but listening on 127.0.0.1 with TLS and passwords."""

    __test__ = False

    def __init__(self, bin_dir: Path) -> None:
        super().__init__(bin_dir)
        self.port = _free_port()
        self.ca = Authority("Exchange Test CA")
        self.ca_file = self.ca.write(self.root / "ca.crt")
        self.other_ca_file = Authority("Another CA").write(self.root / "other-ca.crt")

    def _owned(self, path: Path, data: bytes, mode: int = 0o644) -> None:
        path.write_bytes(data)
        os.chmod(path, mode)
        if self._as_root:
            shutil.chown(path, SYSTEM_USER)

    def use_certificate(self, *, expired: bool = False) -> None:
        """Write the server's certificate (valid, or expired) and have the server reload it."""
        cert, key = self.ca.server_certificate(["localhost"], expired=expired)
        self._owned(self.data / "server.crt", cert)
        self._owned(self.data / "server.key", key, 0o600)
        if (self.data / "postmaster.pid").exists():
            self._run("pg_ctl", "-D", str(self.data), "reload")
            self.wait_for_certificate(expired)

    def wait_for_certificate(self, expired: bool) -> None:
        """Until a new connection gets the certificate just written (reload is a signal)."""
        for _attempt in range(200):
            served = _served_certificate(self.port)
            if served is not None and (served.not_valid_after_utc < _now()) == expired:
                return
            time.sleep(0.05)
        raise RuntimeError("the server did not take the new certificate")

    def offer_tls(self, offered: bool) -> None:
        """Turn the server's TLS off (``ssl = off``, as a server set up without it) or back
        on, and wait until a new connection sees the change (a reload is a signal)."""
        self.execute(f"ALTER SYSTEM SET ssl = {'on' if offered else 'off'}")
        self.execute("SELECT pg_reload_conf()")
        for _attempt in range(200):
            if (_served_certificate(self.port) is not None) == offered:
                return
            time.sleep(0.05)
        raise RuntimeError("the server did not take the new ssl setting")

    def start(self) -> None:
        if self._as_root:
            shutil.chown(self.root, SYSTEM_USER)
        os.chmod(self.root, 0o755)
        self._run(
            "initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust",
            "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync",
        )  # fmt: skip
        self.use_certificate()
        (self.data / "pg_hba.conf").write_text(
            "local all postgres trust\n"
            "hostssl all clerk 127.0.0.1/32 scram-sha-256\n"
            "hostssl all reader 127.0.0.1/32 scram-sha-256\n",
            encoding="utf-8",
        )
        # ssl in the file, not on the command line, so that offer_tls can turn it off
        with (self.data / "postgresql.conf").open("a", encoding="utf-8") as conf:
            conf.write("ssl = on\n")
        options = (
            f"-c listen_addresses=127.0.0.1 -c port={self.port} "
            f"-c unix_socket_directories='{self.socket_dir}' "
            "-c ssl_cert_file=server.crt -c ssl_key_file=server.key "
            "-c password_encryption=scram-sha-256 -c fsync=off -c synchronous_commit=off "
            "-c max_connections=50"
        )
        self._run(
            "pg_ctl", "-D", str(self.data), "-l", str(self.root / "server.log"),
            "-o", options, "-w", "start",
        )  # fmt: skip
        quoted = PASSWORD.replace("'", "''")
        for role in ("clerk", "reader"):
            self.execute(f"CREATE ROLE {role} LOGIN PASSWORD '{quoted}'")
        self.execute(f"CREATE DATABASE {DATABASE} OWNER clerk")
        self.execute_in(DATABASE, "REVOKE CREATE ON SCHEMA public FROM PUBLIC")

    def _admin(self) -> psycopg.Connection:
        return psycopg.connect(
            host=str(self.socket_dir),
            port=self.port,
            user="postgres",
            dbname="postgres",
            autocommit=True,
        )

    def execute_in(self, database: str, statement: str) -> None:
        with psycopg.connect(
            host=str(self.socket_dir), port=self.port, user="postgres", dbname=database,
            autocommit=True,
        ) as connection:  # fmt: skip
            connection.execute(statement)  # type: ignore[arg-type]

    def tables(self, database: str = DATABASE) -> list[tuple[str, str]]:
        with psycopg.connect(
            host=str(self.socket_dir), port=self.port, user="postgres", dbname=database,
            autocommit=True,
        ) as connection:  # fmt: skip
            rows = connection.execute(
                "SELECT schemaname, tablename FROM pg_tables WHERE schemaname NOT IN "
                "('pg_catalog', 'information_schema') ORDER BY 1, 2"
            ).fetchall()
        return [(str(schema), str(table)) for schema, table in rows]

    def fresh_database(self) -> str:
        """A new empty database owned by ``clerk``, nothing created in it by anyone else."""
        name = f"scambi_{uuid.uuid4().hex[:10]}"
        self.execute(f"CREATE DATABASE {name} OWNER clerk")
        self.execute_in(name, "REVOKE CREATE ON SCHEMA public FROM PUBLIC")
        return name

    def conninfo(self, user: str, **params: str) -> str:
        fields = {
            "host": "localhost", "port": str(self.port), "user": user, "dbname": DATABASE,
            "password": PASSWORD, "sslrootcert": str(self.ca_file), **params,
        }  # fmt: skip
        return psycopg.conninfo.make_conninfo(**fields)

    def tls_url(
        self,
        user: str = "clerk",
        *,
        host: str = "localhost",
        database: str = DATABASE,
        password: str = PASSWORD,
        **params: str,
    ) -> str:
        """The URL an IT office writes, the password typed as it is (not percent-encoded)."""
        query = {"sslmode": "verify-full", "sslrootcert": str(self.ca_file), **params}
        tail = "&".join(f"{name}={value}" for name, value in query.items() if value != "")
        return f"postgresql://{user}:{password}@{host}:{self.port}/{database}?{tail}"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _served_certificate(port: int) -> x509.Certificate | None:
    """The certificate the server presents now (PostgreSQL's own STARTTLS-like request)."""
    import ssl

    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    with socket.create_connection(("127.0.0.1", port), timeout=5) as raw:
        raw.sendall((8).to_bytes(4, "big") + (80877103).to_bytes(4, "big"))  # SSLRequest
        if raw.recv(1) != b"S":
            return None
        with context.wrap_socket(raw) as tls:
            der = tls.getpeercert(binary_form=True)
    return x509.load_der_x509_certificate(der) if der else None
