"""A shared server as an IT office deploys it: TCP, scram-sha-256, TLS with its own CA.

Each way the server can refuse gets its own sentence; the URL keeps every libpq parameter
(the root certificate, the schema); a password with ``@ : / % &`` and an emoji, typed into
the URL as it is, connects and never shows anywhere.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from cli_helpers import run_failing, run_ok
from pg_tls_server import PASSWORD, TlsTestServer

from exchange_desktop.domain.errors import DomainError
from exchange_desktop.services.practices.catalogue import list_practices
from exchange_desktop.services.practices.sample import load_sample
from exchange_desktop.storage.database import open_database

pytestmark = pytest.mark.slow  # a server of its own, started for these tests


def _password_parts() -> list[str]:
    """Every piece of the password four characters long (and so any longer one)."""
    return [PASSWORD[i : i + 4] for i in range(len(PASSWORD) - 3)]


def _assert_no_password(text: str) -> None:
    for part in _password_parts():
        assert part not in text, part


def test_verify_full_with_the_ca_from_the_url(
    tls_server: TlsTestServer, capsys: pytest.CaptureFixture[str]
) -> None:
    """The password unencoded in the URL reaches the server whole; the CA file is used."""
    url = tls_server.tls_url(database=tls_server.fresh_database())
    out = run_ok(["sample", "--db", url], capsys)
    assert "clerk@localhost" in out
    listed = run_ok(["practices", "--db", url], capsys)
    assert "Patti di Cittadinanza" in listed
    _assert_no_password(out + listed)


def _refusal(url: str) -> str:
    with pytest.raises(DomainError) as caught:
        open_database(url).close()
    return str(caught.value)


def test_each_refusal_says_its_own_cause(
    tls_server: TlsTestServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    said = {
        "name": _refusal(tls_server.tls_url(host="127.0.0.1")),
        "untrusted": _refusal(tls_server.tls_url(sslrootcert=str(tls_server.other_ca_file))),
        "no root": _refusal(tls_server.tls_url(sslrootcert="/non/esiste/ca.crt")),
        "plain": _refusal(tls_server.tls_url(sslmode="disable")),
        "no hba": _refusal(tls_server.tls_url("sconosciuto")),
        "password": _refusal(tls_server.tls_url(password="sbagliata")),
    }
    assert "non è intestato al nome usato per collegarsi (127.0.0.1)" in said["name"]
    assert "non è firmato dall'autorità" in said["untrusted"]
    assert str(tls_server.other_ca_file) in said["untrusted"]
    assert "/non/esiste/ca.crt non esiste" in said["no root"]
    assert "connessioni non cifrate" in said["plain"] and "127.0.0.1" in said["plain"]
    assert "regola di accesso (pg_hba.conf)" in said["no hba"]
    assert "(indirizzo 127.0.0.1)" in said["no hba"]
    assert "utente o password non validi" in said["password"]
    assert len(set(said.values())) == len(said)  # six causes, six sentences
    assert not any("non risponde" in text for text in said.values())
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert any("no pg_hba.conf entry" in r.getMessage() for r in warnings)  # the detail, for IT
    _assert_no_password("\n".join(said.values()) + caplog.text)


def test_an_expired_certificate_is_named(tls_server: TlsTestServer) -> None:
    tls_server.use_certificate(expired=True)
    try:
        said = _refusal(tls_server.tls_url())
    finally:
        tls_server.use_certificate(expired=False)
    assert "è scaduto" in said


@pytest.mark.parametrize("mode", ["require", "verify-full"])
def test_a_server_without_tls_is_named(
    tls_server: TlsTestServer, mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    """The connection asks for TLS, the server (ssl = off) offers none: said so, not "the
    server does not answer", and the IT office is told what to switch on."""
    caplog.set_level(logging.INFO)
    tls_server.offer_tls(False)
    try:
        said = _refusal(tls_server.tls_url(sslmode=mode))
    finally:
        tls_server.offer_tls(True)
    assert "non offre connessioni cifrate, ma la connessione scelta le richiede" in said
    assert "ssl = on sul server" in said and f"localhost:{tls_server.port}" in said
    assert "non risponde" not in said
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert any("does not support SSL" in r.getMessage() for r in warnings)
    _assert_no_password(said + caplog.text)


def test_a_missing_schema_is_refused_and_nothing_is_created(tls_server: TlsTestServer) -> None:
    name = tls_server.fresh_database()
    said = _refusal(tls_server.tls_url(database=name, options="-csearch_path%3Dscambi_ufficio"))
    assert "Lo schema scambi_ufficio" in said and "non esiste sul server" in said
    assert tls_server.tables(name) == []  # not in public either


def test_the_chosen_schema_is_the_one_used(tls_server: TlsTestServer) -> None:
    name = tls_server.fresh_database()
    tls_server.execute_in(name, "CREATE SCHEMA ufficio AUTHORIZATION clerk")
    db = open_database(tls_server.tls_url(database=name, options="-csearch_path%3Dufficio"))
    try:
        load_sample(db)
        assert next(p.title for p in list_practices(db)).startswith("Patti")
        assert db.label.endswith("(schema ufficio)")
    finally:
        db.close()
    tables = tls_server.tables(name)
    assert tables and {schema for schema, _table in tables} == {"ufficio"}


def test_a_role_without_create_is_told_so(tls_server: TlsTestServer) -> None:
    name = tls_server.fresh_database()
    tls_server.execute_in(name, "CREATE SCHEMA ufficio AUTHORIZATION clerk")
    tls_server.execute_in(name, "GRANT USAGE ON SCHEMA ufficio TO reader")
    said = _refusal(tls_server.tls_url("reader", database=name, options="-csearch_path%3Dufficio"))
    assert "non può creare tabelle nello schema ufficio" in said
    assert "permessi di scrittura" not in said
    assert tls_server.tables(name) == []


def _logged(tmp_path: Path) -> str:
    folder = tmp_path / "dati utente" / "logs"
    return "".join(p.read_text(encoding="utf-8") for p in folder.glob("*.log*"))


def test_an_unreadable_url_is_one_line_without_its_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A password with ':' and '@' and a port that is not a number: never echoed."""
    url = f"postgresql://clerk:{PASSWORD}@db.example.it:54x2/scambi"
    err = run_failing(["practices", "--db", url], capsys, 1)
    assert "non è valido" in err
    _assert_no_password(err + _logged(tmp_path))


def test_a_refusal_with_the_password_in_the_url_never_shows_it(
    tls_server: TlsTestServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The command line and its log file: the cause for IT, no piece of the password."""
    err = run_failing(["practices", "--db", tls_server.tls_url("sconosciuto")], capsys, 1)
    assert "regola di accesso (pg_hba.conf)" in err
    logged = _logged(tmp_path)
    assert "no pg_hba.conf entry" in logged  # libpq's words, at WARNING, for the IT office
    _assert_no_password(err + logged)
