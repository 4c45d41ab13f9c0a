"""*Da inviare*: what the roster and the calendar call for, and what the log already shows."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from message_helpers import PEOPLE, SENDER, session_with_people

from exchange_desktop.domain.messages import MessageKind
from exchange_desktop.services.attendance import marks as attendance_service
from exchange_desktop.services.messaging.batch import prepare_batch, write_drafts
from exchange_desktop.services.messaging.due import due_messages
from exchange_desktop.services.scheduling.rescheduling import reschedule
from exchange_desktop.storage.database import Database


def _kinds(db: Database, practice_id: int, today: date) -> dict[MessageKind, int]:
    return {item.kind: item.count for item in due_messages(db, practice_id, today=today)}


def test_confirmations_then_reminders_then_attestati(db: Database, tmp_path: Path) -> None:
    practice_id, session_id, ids = session_with_people(db)
    early = date(2026, 4, 1)
    assert _kinds(db, practice_id, early) == {MessageKind.CONFIRMATION: len(PEOPLE)}

    (item,) = due_messages(db, practice_id, today=early)
    batch = prepare_batch(db, session_id, item.kind, SENDER, item.audience)
    write_drafts(db, batch, tmp_path)
    assert _kinds(db, practice_id, early) == {}
    assert _kinds(db, practice_id, date(2026, 4, 17)) == {MessageKind.REMINDER: len(PEOPLE)}

    attendance_service.set_attendance(db, ids[0], True, time(9, 30), time(13, 0))
    assert _kinds(db, practice_id, date(2026, 4, 21)) == {MessageKind.CERTIFICATE: 1}


def test_a_move_calls_for_a_change_notice_until_sent(db: Database, tmp_path: Path) -> None:
    practice_id, session_id, _ids = session_with_people(db)
    write_drafts(db, prepare_batch(db, session_id, MessageKind.CONFIRMATION, SENDER), tmp_path)
    reschedule(db, session_id, date(2026, 4, 27), "sala non disponibile")

    assert _kinds(db, practice_id, date(2026, 4, 1)) == {MessageKind.CHANGE: len(PEOPLE)}
    batch = prepare_batch(db, session_id, MessageKind.CHANGE, SENDER)
    assert "la giornata si terrà lunedì 27 aprile 2026" in batch.mails[0].body
    assert "(invece di lunedì 20 aprile 2026)" in batch.mails[0].body
    (calendar,) = batch.mails[0].attachments
    assert b"SEQUENCE:1" in calendar.content  # one version more: Outlook updates the event
    write_drafts(db, batch, tmp_path / "variazione")
    assert _kinds(db, practice_id, date(2026, 4, 1)) == {}


def test_a_cancelled_session_sends_method_cancel(db: Database) -> None:
    from exchange_desktop.domain.enums import SessionStatus
    from exchange_desktop.services.scheduling import sessions as scheduling

    practice_id, session_id, _ids = session_with_people(db)
    scheduling.update_session(db, session_id, status=SessionStatus.CANCELLED)

    assert _kinds(db, practice_id, date(2026, 4, 1)) == {MessageKind.CHANGE: len(PEOPLE)}
    batch = prepare_batch(db, session_id, MessageKind.CHANGE, SENDER)
    assert "la giornata prevista per lunedì 20 aprile 2026 è annullata" in batch.mails[0].body
    (calendar,) = batch.mails[0].attachments
    assert b"METHOD:CANCEL" in calendar.content and b"STATUS:CANCELLED" in calendar.content
    assert "method=CANCEL" in calendar.mime_type
    from exchange_desktop.exports.eml import mime_message

    (part,) = mime_message(batch.mails[0]).iter_attachments()
    assert part.get_content_type() == "text/calendar"
    assert part.get_param("method") == "CANCEL"


def test_a_new_time_calls_for_a_change_notice_with_the_new_calendar(
    db: Database, tmp_path: Path
) -> None:
    from exchange_desktop.services.scheduling import sessions as scheduling

    practice_id, session_id, _ids = session_with_people(db)
    write_drafts(db, prepare_batch(db, session_id, MessageKind.CONFIRMATION, SENDER), tmp_path)
    assert _kinds(db, practice_id, date(2026, 4, 1)) == {}

    scheduling.update_session(db, session_id, start_time=time(10, 0), end_time=time(13, 30))

    assert _kinds(db, practice_id, date(2026, 4, 1)) == {MessageKind.CHANGE: len(PEOPLE)}
    batch = prepare_batch(db, session_id, MessageKind.CHANGE, SENDER)
    assert "lunedì 20 aprile 2026, dalle 10:00 alle 13:30, presso Palazzo Comunale" in (
        batch.mails[0].body
    )
    (calendar,) = batch.mails[0].attachments
    assert b"SEQUENCE:1" in calendar.content
    write_drafts(db, batch, tmp_path / "variazione")
    assert _kinds(db, practice_id, date(2026, 4, 1)) == {}


def test_a_freed_seat_is_told_to_the_one_who_was_waiting(db: Database, tmp_path: Path) -> None:
    from day_helpers import confirmed_session, sign_up

    from exchange_desktop.services.roster.registrations import cancel_registration
    from exchange_desktop.services.scheduling import sessions as scheduling

    practice, session_id = confirmed_session(db)
    assert practice.id is not None
    practice_id = practice.id
    scheduling.update_session(db, session_id, capacity=3)  # the fourth person waits
    ids = sign_up(db, session_id, PEOPLE)
    early = date(2026, 4, 1)
    assert _kinds(db, practice_id, early) == {
        MessageKind.CONFIRMATION: 3,
        MessageKind.WAITING: 1,
    }
    for item in due_messages(db, practice_id, today=early):
        batch = prepare_batch(db, session_id, item.kind, SENDER, item.audience)
        write_drafts(db, batch, tmp_path / item.kind.value)
    (waiting,) = prepare_batch(db, session_id, MessageKind.WAITING, SENDER).mails
    assert "in lista d'attesa, in posizione 1" in waiting.body

    cancel_registration(db, ids[0])  # Anna Rossi cancels: the first in line gets her seat

    assert _kinds(db, practice_id, early) == {MessageKind.SEAT: 1}
    (item,) = due_messages(db, practice_id, today=early)
    (seat,) = prepare_batch(db, session_id, item.kind, SENDER, item.audience).mails
    assert seat.recipient.name == waiting.recipient.name
    assert "si è liberato un posto" in seat.body and len(seat.attachments) == 2


def test_positions_that_move_up_are_told_again_once(db: Database, tmp_path: Path) -> None:
    from day_helpers import confirmed_session, sign_up

    from exchange_desktop.services.roster.registrations import cancel_registration
    from exchange_desktop.services.scheduling import sessions as scheduling

    practice, session_id = confirmed_session(db)
    assert practice.id is not None
    practice_id = practice.id
    scheduling.update_session(db, session_id, capacity=2)  # two seated, two waiting
    ids = sign_up(db, session_id, PEOPLE)
    early = date(2026, 4, 1)
    for item in due_messages(db, practice_id, today=early):
        write_drafts(db, prepare_batch(db, session_id, item.kind, SENDER, item.audience), tmp_path)
    assert due_messages(db, practice_id, today=early) == []

    cancel_registration(db, ids[0])  # the first in line gets the seat, the second moves up

    items = {(item.kind, item.moved): item for item in due_messages(db, practice_id, today=early)}
    assert set(items) == {(MessageKind.SEAT, False), (MessageKind.WAITING, True)}
    moved = items[MessageKind.WAITING, True]
    assert moved.count == 1
    (mail,) = prepare_batch(db, session_id, moved.kind, SENDER, moved.audience).mails
    assert mail.recipient.participant_id == moved.audience.participant_ids[0]
    assert "in lista d'attesa, in posizione 1" in mail.body  # it was 2
    outcome = write_drafts(
        db, prepare_batch(db, session_id, moved.kind, SENDER, moved.audience), tmp_path / "nuove"
    )
    assert len(outcome.done) == 1 and not outcome.skipped  # a new message, not a repeat

    remaining = {(item.kind, item.moved) for item in due_messages(db, practice_id, today=early)}
    assert remaining == {(MessageKind.SEAT, False)}  # never twice: position 1 was told
    again = write_drafts(
        db, prepare_batch(db, session_id, moved.kind, SENDER, moved.audience), tmp_path / "ancora"
    )
    assert not again.done and len(again.skipped) == 1


def _ente(db: Database, name: str) -> int:
    from exchange_desktop.domain.roster import Organisation
    from exchange_desktop.services.roster.organisations import add_organisation

    address = f"protocollo@{name.rsplit(maxsplit=1)[-1].lower()}.example.it"
    organisation = add_organisation(db, Organisation(name=name, email=address))
    assert organisation.id is not None
    return organisation.id


def test_a_change_counts_the_enti_and_lists_those_persone_da_informare_lists(
    db: Database, tmp_path: Path
) -> None:
    from day_helpers import confirmed_session, sign_up

    from exchange_desktop.domain.enums import AvailabilityAnswer
    from exchange_desktop.services.roster.registrations import cancel_registration
    from exchange_desktop.services.scheduling import sessions as scheduling
    from exchange_desktop.services.scheduling.availability import set_availability
    from exchange_desktop.services.scheduling.involved import involved_organisations

    practice, session_id = confirmed_session(db)
    assert practice.id is not None
    monza, lecco, brescia = (
        _ente(db, name) for name in ("Comune di Monza", "Comune di Lecco", "Comune di Brescia")
    )
    sign_up(db, session_id, PEOPLE[:2], organisation_id=monza)
    (gone,) = sign_up(db, session_id, PEOPLE[2:3], organisation_id=brescia)
    cancel_registration(db, gone)  # Brescia's only person cancelled: not involved any more
    candidate = scheduling.get_session(db, session_id).candidate_dates[0]
    assert candidate.id is not None
    set_availability(db, lecco, candidate.id, AvailabilityAnswer.YES)  # Lecco answered
    write_drafts(db, prepare_batch(db, session_id, MessageKind.CONFIRMATION, SENDER), tmp_path)

    result = reschedule(db, session_id, date(2026, 4, 27), "sala non disponibile")

    (item,) = due_messages(db, practice.id, today=date(2026, 4, 1))
    assert (item.kind, item.count, item.enti) == (MessageKind.CHANGE, 2, 2)
    batch = prepare_batch(db, session_id, MessageKind.CHANGE, SENDER)
    notified = [
        mail.recipient.name for mail in batch.mails if mail.recipient.participant_id is None
    ]
    listed = [organisation.organisation for organisation in result.organisations]
    assert notified == listed == ["Comune di Lecco", "Comune di Monza"]
    with db.read() as orm:
        assert [o.name for o in involved_organisations(orm, session_id)] == listed


def test_a_new_day_or_a_new_text_is_not_a_new_position(db: Database, tmp_path: Path) -> None:
    from day_helpers import confirmed_session, sign_up

    from exchange_desktop.domain.messages import Template
    from exchange_desktop.services.messaging.templates import save_template
    from exchange_desktop.services.scheduling import sessions as scheduling

    practice, session_id = confirmed_session(db)
    assert practice.id is not None
    practice_id = practice.id
    scheduling.update_session(db, session_id, capacity=2)
    sign_up(db, session_id, PEOPLE)
    early = date(2026, 4, 1)
    for item in due_messages(db, practice_id, today=early):
        write_drafts(db, prepare_batch(db, session_id, item.kind, SENDER, item.audience), tmp_path)

    save_template(
        db,
        practice_id,
        Template(MessageKind.WAITING, "Attesa: {titolo}", "{saluto}, posizione {posizione}."),
    )
    assert due_messages(db, practice_id, today=early) == []  # the text, not the position

    reschedule(db, session_id, date(2026, 4, 27), "sala non disponibile")
    kinds = {(item.kind, item.moved) for item in due_messages(db, practice_id, today=early)}
    assert kinds == {(MessageKind.CHANGE, False)}  # the change notice tells the new day


def test_a_position_moved_with_the_day_is_still_a_new_position(
    db: Database, tmp_path: Path
) -> None:
    from day_helpers import confirmed_session, sign_up

    from exchange_desktop.services.roster.registrations import cancel_registration
    from exchange_desktop.services.scheduling import sessions as scheduling

    practice, session_id = confirmed_session(db)
    assert practice.id is not None
    scheduling.update_session(db, session_id, capacity=2)
    ids = sign_up(db, session_id, PEOPLE)
    early = date(2026, 4, 1)
    for item in due_messages(db, practice.id, today=early):
        write_drafts(db, prepare_batch(db, session_id, item.kind, SENDER, item.audience), tmp_path)

    cancel_registration(db, ids[0])
    reschedule(db, session_id, date(2026, 4, 27), "sala non disponibile")

    items = {(item.kind, item.moved): item for item in due_messages(db, practice.id, today=early)}
    assert set(items) == {
        (MessageKind.SEAT, False),
        (MessageKind.WAITING, True),
        (MessageKind.CHANGE, False),
    }
    (mail,) = prepare_batch(
        db, session_id, MessageKind.WAITING, SENDER, items[MessageKind.WAITING, True].audience
    ).mails
    assert "lunedì 27 aprile 2026" in mail.body and "in posizione 1" in mail.body
