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
