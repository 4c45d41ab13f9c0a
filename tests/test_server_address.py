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
        == "postgresql+psycopg://ufficio@db.comune.example.it:5432/scambi?sslmode=verify-full"
    )
    assert "p@ss" not in address.location
    assert address.label == "ufficio@db.comune.example.it:5432/scambi (schema public)"


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
    assert address == ServerAddress("/tmp/sock", "test_1", "postgres", 5432, "verify-full")


@pytest.mark.parametrize("location", ["", "C:/dati/archivio.sqlite", "mysql://u@h/d", "::"])
def test_not_a_server_url(location: str) -> None:
    assert parse_address(location) is None


def test_an_unknown_sslmode_falls_back_to_verify_full() -> None:
    assert parse_address("postgresql://u@h/d?sslmode=strano").sslmode == "verify-full"  # type: ignore[union-attr]


IT_URL = (
    "postgresql://ufficio@db.example.it:5433/scambi?sslmode=verify-full"
    "&sslrootcert=C:%5CProgrammi%5CComune%5Cca.crt&options=-csearch_path%3Dexchange"
    "&target_session_attrs=read-write&connect_timeout=4&application_name=Front+office"
    "&sslcert=C:/c/me.crt&sslkey=C:/c/me.key"
)


def test_every_libpq_parameter_is_kept() -> None:
    """What the IT office wrote comes back from the settings unchanged, in the dialog's
    fields (sslmode, CA file) or among the others."""
    address = parse_address(IT_URL)
    assert address is not None
    assert address.sslrootcert == "C:\\Programmi\\Comune\\ca.crt"
    assert dict(address.extra) == {
        "options": "-csearch_path=exchange",
        "target_session_attrs": "read-write",
        "connect_timeout": "4",
        "application_name": "Front office",
        "sslcert": "C:/c/me.crt",
        "sslkey": "C:/c/me.key",
    }
    assert address.schema == "exchange"
    again = make_url(address.location)
    assert dict(again.query) == dict(make_url(IT_URL).query)
    again_address = parse_address(address.location)
    assert again_address is not None and dict(again_address.extra) == dict(address.extra)


@pytest.mark.parametrize(
    "password", ["Hunter2@Pass", "ab:Hunter2Pass", "@:/%&😀", "p@ss:w/o%rd&x?y=1", "s3gr%40to"]
)
def test_a_password_typed_raw_in_the_url_is_read_whole(password: str) -> None:
    from exchange_desktop.storage.postgres.urls import server_url

    url = server_url(f"postgresql://ufficio:{password}@db.example.it:5433/scambi?sslmode=require")
    expected = "s3gr@to" if password == "s3gr%40to" else password  # an encoded one stays so
    assert (url.password, url.host, url.port, url.database) == (
        expected,
        "db.example.it",
        5433,
        "scambi",
    )
    assert dict(url.query) == {"sslmode": "require"}


@pytest.mark.parametrize(
    "location",
    ["postgresql://u:Zq@7:Kx@db.example.it:54x2/scambi", "postgresql://u:Zq@7:Kx@h:1/d/e"],
)
def test_an_unreadable_url_is_refused_without_its_text(location: str) -> None:
    from exchange_desktop.storage.postgres.urls import ServerUrlError, server_url

    with pytest.raises(ServerUrlError) as caught:
        server_url(location)
    assert "Zq@7" not in str(caught.value) and "Kx" not in str(caught.value)


@pytest.mark.parametrize("name", ["db.comune.it", "10.0.0.5", "::1", "scambi_2026", "ufficio-é"])
def test_plain_names(name: str) -> None:
    assert is_plain_name(name)


@pytest.mark.parametrize("name", ["", "db comune", " db", "db\t", "db\x00", "a\u200bb", "x\n"])
def test_names_with_spaces_or_control_characters(name: str) -> None:
    assert not is_plain_name(name)


@pytest.mark.parametrize(
    ("options", "schema"),
    [
        ("-csearch_path%3DUfficio", "ufficio"),
        ("-c%20search_path%3D%22Ufficio%22", "Ufficio"),
        ("-csearch_path%3Dscambi,public", "scambi"),
        ("--search_path%3Dscambi", "scambi"),
        ("-cstatement_timeout%3D5000", "public"),
    ],
)
def test_the_schema_as_postgresql_reads_it(options: str, schema: str) -> None:
    address = parse_address(f"postgresql://u@h/d?options={options}")
    assert address is not None and address.schema == schema
