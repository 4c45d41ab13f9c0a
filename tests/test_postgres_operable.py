"""Operable on an IT office's network: bounded statements, keepalives, few connections."""

from __future__ import annotations

import pytest
from pg_tls_server import TlsTestServer
from sqlalchemy import text

from exchange_desktop.domain.errors import DomainError
from exchange_desktop.services.practices.catalogue import list_practices
from exchange_desktop.services.practices.sample import load_sample
from exchange_desktop.storage.database import open_database
from exchange_desktop.storage.postgres.server_database import STATEMENT_TIMEOUT_MS


def test_a_statement_past_its_time_is_a_plain_message(server_url: str) -> None:
    db = open_database(server_url)
    try:
        with pytest.raises(DomainError, match="non ha risposto in tempo"), db.read() as orm:
            orm.execute(text("SET LOCAL statement_timeout = 50"))
            orm.execute(text("SELECT pg_sleep(2)"))
        with db.read() as orm:  # every transaction has the limit, from the program
            shown = orm.execute(
                text("SELECT setting FROM pg_settings WHERE name = 'statement_timeout'")
            ).scalar_one()
        assert int(shown) == STATEMENT_TIMEOUT_MS
    finally:
        db.close()


@pytest.mark.slow
def test_keepalives_and_two_connections_at_most(tls_server: TlsTestServer) -> None:
    """Over TCP: libpq's keepalives are on; the program (a window's database) holds one
    connection to write and one to read, however much it reads and writes."""
    url = tls_server.tls_url(database=tls_server.fresh_database(), application_name="Ufficio 1")
    db = open_database(url)
    try:
        load_sample(db)
        for _round in range(5):
            list_practices(db)
            load_sample(db)
        raw = db.engine.raw_connection()
        try:
            parameters = raw.driver_connection.info.get_parameters()  # type: ignore[union-attr]
        finally:
            raw.close()
        assert parameters["keepalives"] == "1" and parameters["keepalives_idle"] == "30"
        assert parameters["application_name"] == "Ufficio 1"  # the URL's own value kept
        with db.read() as orm:
            count = orm.execute(
                text(
                    "SELECT count(*) FROM pg_stat_activity "
                    "WHERE application_name = 'Ufficio 1' AND datname = current_database()"
                )
            ).scalar_one()
        assert count <= 2
    finally:
        db.close()


@pytest.mark.parametrize(
    ("location", "said"),
    [
        ("postgresql://u:Zq9@server-inesistente.invalid/d", "server-inesistente.invalid"),
        ("postgresql://u:Zq9@127.0.0.1:1/d", "sulla porta 1 non c'è il server"),
        (
            "postgresql://u:Zq9@127.0.0.1:99999/d",
            'parametro non valido (invalid port number: "99999")',
        ),
        (
            "postgresql://u:Zq9@127.0.0.1/d?bogus=1",
            'parametro non valido (invalid connection option "bogus")',
        ),
        ("postgresql://u:Zq9@127.0.0.1/d?sslmode=strano", "parametro non valido"),
    ],
)
def test_an_address_that_cannot_work_says_why(location: str, said: str) -> None:
    with pytest.raises(DomainError) as caught:
        open_database(location).close()
    assert said in str(caught.value)
    assert "non risponde" not in str(caught.value) and "Zq9" not in str(caught.value)
