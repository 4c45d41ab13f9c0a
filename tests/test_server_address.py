"""The shared server's address as the connection dialog builds it, and back from settings."""

from __future__ import annotations

import pytest
from sqlalchemy import make_url

from exchange_desktop.storage.postgres.address import (
    ServerAddress,
    is_plain_name,
    parse_address,
)

# The database matters here: every test runs on SQLite and on the PostgreSQL server.
pytestmark = pytest.mark.both_backends


PASSWORD = "p@ss:w/o&rd è 🔑"


def test_the_url_keeps_every_character_of_the_password() -> None:
    address = ServerAddress("db.comune.example.it", "scambi", "ufficio", 5433, "require")
    text = address.url(PASSWORD).render_as_string(hide_password=False)
    url = make_url(text)
    assert url.drivername == "postgresql+psycopg"
    assert url.password == PASSWORD
    assert (url.host, url.port, url.database, url.username) == (
        "db.comune.example.it",
        5433,
        "scambi",
        "ufficio",
    )
    assert dict(url.query) == {"sslmode": "require"}


def test_the_location_for_the_settings_has_no_password() -> None:
    address = ServerAddress("db.comune.example.it", "scambi", "ufficio")
    assert (
        address.location
        == "postgresql+psycopg://ufficio@db.comune.example.it:5432/scambi?sslmode=prefer"
    )
    assert "p@ss" not in address.location
    assert address.label == "ufficio@db.comune.example.it:5432/scambi"


def test_an_empty_password_is_none() -> None:
    assert ServerAddress("h", "d", "u").url("").password is None


@pytest.mark.parametrize("host", ["::1", "[::1]"])
def test_an_ipv6_host(host: str) -> None:
    url = make_url(ServerAddress(host, "d", "u").url(PASSWORD).render_as_string(False))
    assert url.host == "::1"
    assert url.password == PASSWORD


def test_a_socket_folder_goes_in_the_host_parameter() -> None:
    url = ServerAddress("/run/postgresql", "d", "u").url()
    assert url.host is None
    assert url.query["host"] == "/run/postgresql"


@pytest.mark.parametrize(
    "location",
    [
        "postgresql+psycopg://ufficio:segreta@db.example.it:5433/scambi?sslmode=verify-full",
        "postgresql://ufficio@db.example.it:5433/scambi?sslmode=verify-full",
    ],
)
def test_the_address_read_back_from_a_url(location: str) -> None:
    assert parse_address(location) == ServerAddress(
        "db.example.it", "scambi", "ufficio", 5433, "verify-full"
    )


def test_a_socket_url_read_back() -> None:
    address = parse_address("postgresql+psycopg://postgres@/test_1?host=/tmp/sock")
    assert address == ServerAddress("/tmp/sock", "test_1", "postgres", 5432, "prefer")


@pytest.mark.parametrize("location", ["", "C:/dati/archivio.sqlite", "mysql://u@h/d", "::"])
def test_not_a_server_url(location: str) -> None:
    assert parse_address(location) is None


def test_an_unknown_sslmode_falls_back_to_prefer() -> None:
    assert parse_address("postgresql://u@h/d?sslmode=strano").sslmode == "prefer"  # type: ignore[union-attr]


@pytest.mark.parametrize("name", ["db.comune.it", "10.0.0.5", "::1", "scambi_2026", "ufficio-é"])
def test_plain_names(name: str) -> None:
    assert is_plain_name(name)


@pytest.mark.parametrize("name", ["", "db comune", " db", "db\t", "db\x00", "a\u200bb", "x\n"])
def test_names_with_spaces_or_control_characters(name: str) -> None:
    assert not is_plain_name(name)
