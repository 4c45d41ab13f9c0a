"""Outlook drafts (.eml): one file per recipient, parsed back with ``email``, with
``X-Unsent: 1``; names in Arabic, CJK and with emoji intact in headers and body; attestati
only to those who qualify, each with their own file; placeholders refused with the field and
the person named."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import time
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from day_helpers import SIGNER
from message_helpers import PEOPLE, SENDER, attachments_of, session_with_people, sha256
from pypdf import PdfReader

from exchange_desktop.domain.messages import (
    MessageKind,
    MessageState,
    PlaceholderError,
    Template,
)
from exchange_desktop.services.attendance import marks as attendance_service
from exchange_desktop.services.messaging.batch import prepare_batch, write_drafts
from exchange_desktop.services.messaging.outbox import message_log
from exchange_desktop.services.messaging.recipients import parse_audience
from exchange_desktop.services.messaging.templates import save_template, template_for
from exchange_desktop.services.practices.catalogue import update_practice
from exchange_desktop.storage.database import Database


def _read(path: Path) -> EmailMessage:
    message = message_from_bytes(path.read_bytes(), policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


def _body(message: EmailMessage) -> str:
    part = message.get_body(("plain",))
    assert part is not None
    text: str = part.get_content()
    return text


def test_drafts_parse_back_with_x_unsent_and_every_script(db: Database, tmp_path: Path) -> None:
    _practice, session_id, _ids = session_with_people(db)
    batch = prepare_batch(db, session_id, MessageKind.CONFIRMATION, SENDER)

    outcome = write_drafts(db, batch, tmp_path / "Bozze è")

    assert len(outcome.files) == 4
    names = {f"{name} {surname}" for surname, name in PEOPLE}
    seen = set()
    for path in outcome.files:
        assert path.suffix == ".eml"
        raw = path.read_bytes()
        assert raw.split(b"\r\n\r\n", 1)[0].isascii()  # headers encoded per RFC 2047
        message = _read(path)
        assert message["X-Unsent"] == "1"
        (to,) = message["To"].addresses
        seen.add(to.display_name)
        assert f"Gentile {to.display_name}," in _body(message)
        assert message["From"].addresses[0].display_name == SENDER.name
        files = attachments_of(message)
        assert len(files) == 2
    assert seen == names
    assert {entry.state for entry in message_log(db, session_id)} == {MessageState.DRAFTED}


def test_drafts_again_only_when_asked(db: Database, tmp_path: Path) -> None:
    _practice, session_id, _ids = session_with_people(db)
    batch = prepare_batch(db, session_id, MessageKind.REMINDER, SENDER)
    write_drafts(db, batch, tmp_path)

    second = write_drafts(db, batch, tmp_path / "due")
    assert (second.files, len(second.skipped)) == ([], 4)
    assert len(write_drafts(db, batch, tmp_path / "tre", again=True).files) == 4


def _attended(db: Database, session_id: int, ids: list[int], practice_id: int) -> None:
    """Anna and 王 all morning, محمد one hour: below the 75 % minimum; the fourth absent."""
    update_practice(db, practice_id, min_attendance_percent=75)
    by_name = dict(zip([surname for surname, _ in PEOPLE], ids, strict=True))
    attendance_service.set_attendance(db, by_name["Rossi"], True, time(9, 30), time(13, 0))
    attendance_service.set_attendance(db, by_name["王"], True, time(9, 30), time(13, 0))
    attendance_service.set_attendance(db, by_name["عبد الله"], True, time(9, 30), time(10, 30))
    attendance_service.set_attendance(db, by_name["D'Angelo 😀"], False)


def test_attestati_only_to_those_who_qualify_each_their_own(db: Database, tmp_path: Path) -> None:
    practice_id, session_id, ids = session_with_people(db)
    _attended(db, session_id, ids, practice_id)

    batch = prepare_batch(
        db, session_id, MessageKind.CERTIFICATE, SENDER, parse_audience("present")
    )
    outcome = write_drafts(db, batch, tmp_path)

    assert (len(batch.mails), batch.attachment_count) == (2, 2)
    owners = {}
    for path in outcome.files:
        message = _read(path)
        files = attachments_of(message)
        ((name, pdf),) = files.items()
        to = message["To"].addresses[0].display_name
        owners[to] = name
        pages = PdfReader(io.BytesIO(pdf)).pages
        assert len(pages) == 1
        # the signer (day_helpers.SIGNER, "Maria Rossi") is on every attestato: left out
        text = pages[0].extract_text().replace(SIGNER[0], "")
        other = ({"Anna Rossi", "小明 王"} - {to}).pop().split()[-1]
        assert to.split()[-1] in text and other not in text  # their own, nobody else's
        assert name.startswith("Attestato - ") and pdf.startswith(b"%PDF")
        assert "3 h 30 min di formazione" in _body(message)
        log = [
            e
            for e in message_log(db, session_id)
            if e.address == message["To"].addresses[0].addr_spec
        ]
        assert log[0].attachments == ((name, sha256(pdf)),)
    assert owners == {
        "Anna Rossi": "Attestato - Rossi Anna.pdf",
        "小明 王": "Attestato - 王 小明.pdf",
    }


def test_unknown_placeholder_stops_the_batch_naming_field_and_person(db: Database) -> None:
    practice_id, session_id, _ids = session_with_people(db)
    with pytest.raises(PlaceholderError) as refused:
        save_template(db, practice_id, Template(MessageKind.REMINDER, "Promemoria", "Ciao {nomee}"))
    assert "«nomee»" in str(refused.value)
    assert template_for(db, practice_id, MessageKind.REMINDER).body.startswith("{saluto},")

    save_template(
        db,
        practice_id,
        Template(MessageKind.REMINDER, "Promemoria {titolo}", "Posizione {posizione}"),
    )
    with pytest.raises(PlaceholderError) as empty:
        prepare_batch(db, session_id, MessageKind.REMINDER, SENDER)
    assert empty.value.field_name == "posizione"
    assert "è vuoto per" in str(empty.value)
    assert empty.value.person in {f"{name} {surname}" for surname, name in PEOPLE}
    assert message_log(db, session_id) == []  # nothing recorded


def test_webinar_reminder_without_link_is_refused(db: Database) -> None:
    from exchange_desktop.domain.enums import Modality
    from exchange_desktop.services.scheduling import sessions as scheduling

    _practice_id, session_id, _ids = session_with_people(db)
    scheduling.update_session(db, session_id, modality=Modality.WEBINAR, webinar_link="")
    with pytest.raises(PlaceholderError) as refused:
        prepare_batch(db, session_id, MessageKind.REMINDER, SENDER)
    assert refused.value.field_name == "accesso"

    scheduling.update_session(db, session_id, webinar_link="https://teams.example/riunione")
    batch = prepare_batch(db, session_id, MessageKind.REMINDER, SENDER)
    assert "Collegamento al webinar: https://teams.example/riunione" in batch.mails[0].body


def test_a_session_without_a_confirmed_date_is_refused_in_one_sentence(db: Database) -> None:
    from day_helpers import unconfirmed_session

    from exchange_desktop.domain.errors import DomainError

    _practice, session_id = unconfirmed_session(db)
    with pytest.raises(DomainError) as refused:
        prepare_batch(db, session_id, MessageKind.CONFIRMATION, SENDER)
    assert str(refused.value) == (
        f"La sessione n. {session_id} non ha ancora una data confermata: confermarla nella "
        "scheda Date prima di inviare «Conferma d'iscrizione»."
    )


@pytest.mark.parametrize(
    ("subject", "body", "needle"),
    [
        ("", "Testo", "L'oggetto del messaggio non può essere vuoto."),
        ("Oggetto", "Ciao {nome", "parentesi graffa senza la sua compagna"),
        ("Oggetto {}", "Ciao", "Segnaposto sconosciuto «»"),
        ("Oggetto", "x" * 20_001, "Testo troppo lungo"),
        ("O" * 301, "Testo", "Testo troppo lungo"),
    ],
)
def test_bad_texts_are_refused_and_nothing_is_kept(
    db: Database, subject: str, body: str, needle: str
) -> None:
    from exchange_desktop.domain.errors import DomainError

    practice_id, _session_id, _ids = session_with_people(db)
    with pytest.raises(DomainError) as refused:
        save_template(db, practice_id, Template(MessageKind.AFTER, subject, body))
    assert needle in str(refused.value)
    assert template_for(db, practice_id, MessageKind.AFTER).subject.startswith("Grazie")


def test_symbols_emoji_and_literal_braces_survive_the_text(db: Database, tmp_path: Path) -> None:
    practice_id, session_id, _ids = session_with_people(db)
    save_template(
        db,
        practice_id,
        Template(
            MessageKind.AFTER,
            'Grazie 🙏 <&> "{titolo}"\n  di nuovo',
            "{saluto}, a = b & c < d; {{non un segnaposto}} 😀 {cognome}",
        ),
    )
    save_template(db, practice_id, Template(MessageKind.AFTER, "x", "y"))  # changed, then back
    save_template(
        db,
        practice_id,
        Template(MessageKind.AFTER, 'Grazie 🙏 <&> "{titolo}"', "{saluto} {{x}} 😀 {cognome}"),
    )
    from datetime import time

    attendance_service.set_attendance(db, _ids[0], True, time(9, 30), time(13, 0))
    batch = prepare_batch(db, session_id, MessageKind.AFTER, SENDER)
    outcome = write_drafts(db, batch, tmp_path)
    (path,) = outcome.files
    message = _read(path)
    assert message["Subject"] == 'Grazie 🙏 <&> "Patti di Cittadinanza"'
    assert _body(message).strip() == "Gentile Anna Rossi {x} 😀 Rossi"


def test_the_english_default_greets_in_english(db: Database) -> None:
    from exchange_desktop.domain.message_texts import default_template

    practice_id, session_id, _ids = session_with_people(db)
    save_template(db, practice_id, default_template(MessageKind.REMINDER, "en"))
    batch = prepare_batch(db, session_id, MessageKind.REMINDER, SENDER)
    rossi = next(mail for mail in batch.mails if mail.recipient.name == "Anna Rossi")
    assert rossi.subject == "Reminder: Patti di Cittadinanza, Monday 20 April 2026"
    assert rossi.body.startswith("Dear Anna Rossi,\n\nthis is a reminder")
    assert rossi.body.endswith(
        "Kind regards,\nServizio Partecipazione, Giovani e Pari Opportunità\nComune di Monza\n"
    )


def test_the_english_default_writes_dates_and_times_in_english(
    db: Database, tmp_path: Path
) -> None:
    from exchange_desktop.domain.message_texts import default_template
    from exchange_desktop.services.messaging.preview import preview_batch

    practice_id, session_id, _ids = session_with_people(db)
    italian = prepare_batch(db, session_id, MessageKind.CONFIRMATION, SENDER).mails[0]
    assert "che si terrà lunedì 20 aprile 2026, dalle 9:30 alle 13:00, presso " in italian.body

    english_text = default_template(MessageKind.CONFIRMATION, "en")
    save_template(db, practice_id, english_text)
    batch = prepare_batch(db, session_id, MessageKind.CONFIRMATION, SENDER)
    rossi = next(mail for mail in batch.mails if mail.recipient.name == "Anna Rossi")
    assert rossi.subject == "Registration confirmed: Patti di Cittadinanza, Monday 20 April 2026"
    assert "to be held on Monday 20 April 2026, from 9:30 to 13:00, at " in rossi.body
    assert "aprile" not in rossi.body and "dalle" not in rossi.body
    (line,) = [
        line
        for line in preview_batch(db, session_id, MessageKind.CONFIRMATION, english_text)
        if line.recipient.name == "Anna Rossi"
    ]
    assert line.body == rossi.body  # the preview shows what goes out
    (path,) = write_drafts(
        db, replace(batch, mails=(rossi,)), tmp_path
    ).files  # and so does the draft
    assert "Monday 20 April 2026" in _body(_read(path))
