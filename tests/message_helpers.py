"""Shared set-up of the message tests: a confirmed session with people of many scripts,
the sender, and a real SMTP server with STARTTLS and login (``smtp_server``)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path

import pytest
from day_helpers import confirmed_session, sign_up
from smtp_server import PASSWORD, MailServer

from exchange_desktop.services.messaging.batch import Sender
from exchange_desktop.services.messaging.smtp import SmtpSettings, parse_smtp_url
from exchange_desktop.storage.database import Database

SENDER = Sender("Ufficio Partecipazione – Comune di Monza", "partecipazione@comune.example.it")
#: Names that must survive headers and bodies: Arabic, CJK, emoji, accents and symbols.
PEOPLE = [
    ("Rossi", "Anna"),
    ("عبد الله", "محمد"),
    ("王", "小明"),
    ("D'Angelo 😀", 'Zoë <&> "q"'),
]


def session_with_people(db: Database) -> tuple[int, int, list[int]]:
    """(practice id, session id, registration ids) of a confirmed session of four people."""
    practice, session_id = confirmed_session(db)
    assert practice.id is not None
    return practice.id, session_id, sign_up(db, session_id, PEOPLE)


def attachments_of(message: EmailMessage) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    for part in message.iter_attachments():
        name = part.get_filename()
        assert name is not None
        payload = part.get_payload(decode=True)
        assert isinstance(payload, bytes)
        files[name] = payload
    return files


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@pytest.fixture
def mail_server(tmp_path: Path) -> Iterator[MailServer]:
    folder = tmp_path / "server"
    folder.mkdir()
    server = MailServer(folder).start()
    yield server
    server.stop()


def settings_of(server: MailServer, password: str = PASSWORD) -> SmtpSettings:
    return parse_smtp_url(server.url).with_password(password)
