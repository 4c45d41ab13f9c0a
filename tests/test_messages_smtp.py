"""Sending through a real SMTP server (STARTTLS on a certificate made by the test, login):
what arrives parsed back with ``email``; a wrong password, a server stopped halfway and
resumed without duplicates, a refused recipient."""

from __future__ import annotations

from pathlib import Path

import pytest
from message_helpers import (
    PEOPLE,
    SENDER,
    attachments_of,
    mail_server,
    session_with_people,
    settings_of,
    sha256,
)
from smtp_server import MailServer

from exchange_desktop.domain.messages import Channel, MessageKind, MessageState
from exchange_desktop.services.messaging.batch import prepare_batch, send_batch
from exchange_desktop.services.messaging.outbox import message_log
from exchange_desktop.storage.database import Database

__all__ = ["mail_server"]

pytestmark = pytest.mark.filterwarnings("ignore:Session.login_data is deprecated")


def _full_name(surname: str, name: str) -> str:
    return f"{name} {surname}"


def test_confirmations_arrive_one_per_person_with_their_files(
    db: Database, mail_server: MailServer
) -> None:
    _practice, session_id, _ids = session_with_people(db)
    batch = prepare_batch(db, session_id, MessageKind.CONFIRMATION, SENDER)

    outcome = send_batch(db, batch, settings_of(mail_server))

    assert (len(outcome.done), outcome.failed, outcome.stopped) == (4, [], None)
    received = mail_server.received
    assert len(received) == 4
    log = {entry.address: entry for entry in message_log(db, session_id)}
    for arrived in received:
        assert len(arrived.recipients) == 1  # one message per person, nobody else's address
        number = int(arrived.recipients[0].removeprefix("persona").split(".")[0])
        surname, name = PEOPLE[number]
        message = arrived.parsed()
        assert message["To"].addresses[0].display_name == _full_name(surname, name)
        assert message["From"].addresses[0].addr_spec == SENDER.address
        assert message["Subject"] == (
            "Conferma d'iscrizione: Patti di Cittadinanza, lunedì 20 aprile 2026"
        )
        assert message["Cc"] is None and message["Bcc"] is None
        assert message["X-Unsent"] is None  # only the drafts carry it
        body = message.get_body(("plain",))
        assert body is not None
        text = body.get_content()
        assert f"Gentile {_full_name(surname, name)}," in text
        assert "lunedì 20 aprile 2026, dalle 9:30 alle 13:00, presso Palazzo Comunale" in text
        assert body.get_content_charset() == "utf-8"
        files = attachments_of(message)
        assert sorted(files) == [
            "Programma - Patti di Cittadinanza.pdf",
            "Scambio - Patti di Cittadinanza - 2026-04-20.ics",
        ]
        assert files["Programma - Patti di Cittadinanza.pdf"].startswith(b"%PDF")
        assert b"BEGIN:VCALENDAR" in files["Scambio - Patti di Cittadinanza - 2026-04-20.ics"]
        entry = log[arrived.recipients[0]]
        assert entry.state is MessageState.SENT and entry.channel is Channel.SMTP
        assert dict(entry.attachments) == {name: sha256(data) for name, data in files.items()}
    # the raw headers are plain ASCII, the non-Latin names encoded per RFC 2047
    head = received[0].data.split(b"\r\n\r\n", 1)[0]
    assert head.isascii() and b"=?utf-8?" in head


def test_sent_once_then_skipped_unless_asked_again(db: Database, mail_server: MailServer) -> None:
    _practice, session_id, _ids = session_with_people(db)
    batch = prepare_batch(db, session_id, MessageKind.CONFIRMATION, SENDER)
    send_batch(db, batch, settings_of(mail_server))

    again = prepare_batch(db, session_id, MessageKind.CONFIRMATION, SENDER)
    second = send_batch(db, again, settings_of(mail_server))
    assert (len(second.done), len(second.skipped)) == (0, 4)
    assert len(mail_server.received) == 4

    third = send_batch(db, again, settings_of(mail_server), again=True)
    assert len(third.done) == 4
    assert len(mail_server.received) == 8


def test_wrong_password_sends_nothing_and_keeps_all_pending(
    db: Database, mail_server: MailServer
) -> None:
    _practice, session_id, _ids = session_with_people(db)
    batch = prepare_batch(db, session_id, MessageKind.CONFIRMATION, SENDER)

    outcome = send_batch(db, batch, settings_of(mail_server, "sbagliata"))

    assert outcome.stopped is not None
    assert "ha rifiutato l'accesso dell'utente" in str(outcome.stopped)
    assert (outcome.done, outcome.left, mail_server.received) == ([], 4, [])
    assert {entry.state for entry in message_log(db, session_id)} == {MessageState.PENDING}


def test_server_stopped_halfway_resumes_without_duplicates(
    db: Database, mail_server: MailServer, tmp_path: Path
) -> None:
    _practice, session_id, _ids = session_with_people(db)
    batch = prepare_batch(db, session_id, MessageKind.WAITING, SENDER, None)
    assert batch.mails == ()  # nobody waits: the kind's own group is empty
    batch = prepare_batch(db, session_id, MessageKind.REMINDER, SENDER)
    mail_server.handler.stop_after = 2

    first = send_batch(db, batch, settings_of(mail_server))

    assert first.stopped is not None and "non risponde" in str(first.stopped)
    assert len(first.done) == 2 and first.left == 1 and len(first.failed) == 1
    assert len(mail_server.received) == 2
    mail_server.handler.stop_after = None

    resumed_batch = prepare_batch(db, session_id, MessageKind.REMINDER, SENDER)
    resumed = send_batch(db, resumed_batch, settings_of(mail_server))

    assert (len(resumed.done), len(resumed.skipped), resumed.stopped) == (2, 2, None)
    addresses = [arrived.recipients[0] for arrived in mail_server.received]
    assert len(addresses) == 4 and len(set(addresses)) == 4
    states = [entry.state for entry in message_log(db, session_id)]
    assert states == [MessageState.SENT] * 4  # the failed row was reused, not duplicated


def test_refused_recipient_is_failed_and_the_others_go(
    db: Database, mail_server: MailServer
) -> None:
    _practice, session_id, _ids = session_with_people(db)
    batch = prepare_batch(db, session_id, MessageKind.REMINDER, SENDER)
    refused = batch.mails[1].recipient.address
    mail_server.handler.refuse = {refused}

    outcome = send_batch(db, batch, settings_of(mail_server))

    assert (len(outcome.done), outcome.stopped) == (3, None)
    ((mail, error),) = outcome.failed
    assert mail.recipient.address == refused
    assert "ha rifiutato l'indirizzo" in error and "550" in error
    failed = [e for e in message_log(db, session_id) if e.state is MessageState.FAILED]
    assert [e.address for e in failed] == [refused]


# aiosmtpd counts only STARTTLS as TLS for AUTH; here the whole connection is TLS
@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_smtps_with_tls_from_the_start(db: Database, tmp_path: Path) -> None:
    server = MailServer(tmp_path, implicit_tls=True).start()
    try:
        _practice, session_id, _ids = session_with_people(db)
        batch = prepare_batch(db, session_id, MessageKind.REMINDER, SENDER)
        outcome = send_batch(db, batch, settings_of(server))
    finally:
        server.stop()
    assert (len(outcome.done), outcome.stopped) == (4, None)
    body = server.received[0].parsed().get_body(("plain",))
    assert body is not None
    assert "Luogo: Palazzo Comunale, Sala Giunta" in body.get_content()


def test_a_test_to_me_and_a_copy_to_me_never_carry_anyone_else(
    db: Database, mail_server: MailServer
) -> None:
    from dataclasses import replace

    from exchange_desktop.services.messaging.batch import send_test, trial_mail

    _practice, session_id, _ids = session_with_people(db)
    batch = prepare_batch(db, session_id, MessageKind.REMINDER, replace(SENDER, copy_to_self=True))

    send_test(trial_mail(batch, 2), settings_of(mail_server))
    (trial,) = mail_server.received
    assert trial.recipients == [SENDER.address]
    message = trial.parsed()
    assert message["Subject"].startswith("[PROVA] Promemoria: Patti di Cittadinanza")
    assert batch.mails[2].recipient.address not in trial.data.decode("ascii", "replace")
    assert message_log(db, session_id) == []  # a test is not a message of the batch

    send_batch(db, batch, settings_of(mail_server))
    for arrived, mail in zip(mail_server.received[1:], batch.mails, strict=True):
        assert arrived.recipients == [mail.recipient.address, SENDER.address]
        parsed = arrived.parsed()
        assert [a.addr_spec for a in parsed["Cc"].addresses] == [SENDER.address]
        others = {m.recipient.address for m in batch.mails} - {mail.recipient.address}
        assert not any(other in arrived.data.decode("ascii", "replace") for other in others)


def test_the_invitation_goes_to_each_ente_with_the_practice_card(
    db: Database, mail_server: MailServer
) -> None:
    from day_helpers import ente

    from exchange_desktop.services.roster.organisations import update_organisation

    _practice, session_id, _ids = session_with_people(db)
    lissone = ente(db, "Comune di Lissone")
    update_organisation(db, lissone, email="protocollo@comune.lissone.example.it")
    ente(db, "Comune senza indirizzo")

    batch = prepare_batch(db, session_id, MessageKind.INVITE, SENDER)
    outcome = send_batch(db, batch, settings_of(mail_server))

    assert [person.name for person in batch.without_address] == ["Comune senza indirizzo"]
    assert len(outcome.done) == 1
    message = mail_server.received[0].parsed()
    assert message["To"].addresses[0].addr_spec == "protocollo@comune.lissone.example.it"
    body = message.get_body(("plain",))
    assert body is not None
    text = body.get_content()
    assert text.startswith("Spett.le Comune di Lissone,")
    assert (
        "lunedì 20 aprile 2026" in text and "(le date possono essere soggette a modifiche)" in text
    )
    ((name, pdf),) = attachments_of(message).items()
    assert name == "Scheda buona pratica - Patti di Cittadinanza.pdf" and pdf.startswith(b"%PDF")


def test_accented_addresses_go_with_smtputf8_and_idna(
    db: Database, mail_server: MailServer
) -> None:
    from exchange_desktop.domain.roster import Participant
    from exchange_desktop.services import roster

    _practice, session_id, _ids = session_with_people(db)
    for surname, email in (("Cantù", "zoë@comune.example.it"), ("Forlì", "ada@forlì.example.it")):
        roster.register(db, session_id, Participant(surname=surname, name="Zoë", email=email))
    batch = prepare_batch(db, session_id, MessageKind.REMINDER, SENDER)

    outcome = send_batch(db, batch, settings_of(mail_server))

    assert (len(outcome.done), outcome.failed) == (6, [])
    by_to = {arrived.recipients[0]: arrived for arrived in mail_server.received}
    accented = by_to["zoë@comune.example.it"].parsed()
    assert accented["To"].addresses[0].addr_spec == "zoë@comune.example.it"
    assert "ada@xn--forl-tpa.example.it" in by_to  # IDNA


def test_a_message_a_colleague_is_sending_is_left_alone(
    db: Database, mail_server: MailServer
) -> None:
    from exchange_desktop.services.messaging.outbox import claim, enqueue

    _practice, session_id, _ids = session_with_people(db)
    batch = prepare_batch(db, session_id, MessageKind.REMINDER, SENDER)
    # a colleague's batch queued all four and is handing the first to the server
    theirs, _skipped = enqueue(db, session_id, batch.mails, Channel.SMTP)
    assert claim(db, theirs[0].message_id)
    assert not claim(db, theirs[0].message_id)  # one claim only

    mine = send_batch(db, batch, settings_of(mail_server))

    assert (len(mine.done), len(mine.skipped), mine.left) == (3, 1, 0)
    assert theirs[0].mail.recipient.address not in {r.recipients[0] for r in mail_server.received}
    states = [entry.state for entry in message_log(db, session_id)]
    assert sorted(states) == [MessageState.SENDING] + [MessageState.SENT] * 3


def test_annulla_between_two_messages_leaves_the_rest_pending(
    db: Database, mail_server: MailServer
) -> None:
    import threading

    _practice, session_id, _ids = session_with_people(db)
    batch = prepare_batch(db, session_id, MessageKind.REMINDER, SENDER)
    cancel = threading.Event()

    def after_each(done: int, _total: int, _name: str) -> None:
        if done == 1:
            cancel.set()  # the clerk presses Annulla while the first message goes

    outcome = send_batch(db, batch, settings_of(mail_server), progress=after_each, cancel=cancel)

    assert (len(outcome.done), outcome.left, len(mail_server.received)) == (1, 3, 1)
    states = sorted(entry.state for entry in message_log(db, session_id))
    assert states == [MessageState.PENDING] * 3 + [MessageState.SENT]
    resumed = send_batch(
        db, prepare_batch(db, session_id, MessageKind.REMINDER, SENDER), settings_of(mail_server)
    )
    assert (len(resumed.done), len(resumed.skipped), len(mail_server.received)) == (3, 1, 4)
