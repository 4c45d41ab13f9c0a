"""What to send now (*Da inviare*): per session, the messages the roster and the calendar
call for and the log does not show yet.

Confirmations not sent, waiting-list positions not told (or moved since they were told),
seats freed for someone who was told they were waiting, a change of date (or a
cancellation) newer than the last notice, reminders within N days of the day, attestati
after the day.  A change of time, place or link is seen too: the event no longer matches
the calendar file the people were sent.
Each entry names the people, so that opening it fills the batch in.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import func, select

from exchange_desktop.domain.enums import RegistrationStatus, SessionStatus
from exchange_desktop.domain.errors import DomainError
from exchange_desktop.domain.message_texts import template_language
from exchange_desktop.domain.messages import (
    DONE_STATES,
    Mail,
    MessageKind,
    Recipient,
    Template,
    fill,
)
from exchange_desktop.domain.roster_rows import RosterEntry
from exchange_desktop.services.messaging.recipients import (
    Audience,
    SessionFacts,
    involved_enti,
    read_facts,
    recipients,
)
from exchange_desktop.services.messaging.templates import template_for
from exchange_desktop.services.messaging.values import session_values
from exchange_desktop.services.scheduling.session_rows import session_row, sessions_in_date_order
from exchange_desktop.storage.database import Database
from exchange_desktop.storage.models import DateChangeRow, MessageRow


@dataclass(frozen=True)
class DueItem:
    """One batch to send: its kind, for which session, to whom, how many people (and, for
    a change notice, how many Enti besides).  ``moved``: waiting-list positions that
    changed since the people were told theirs."""

    session_id: int
    day: date | None
    kind: MessageKind
    audience: Audience
    count: int
    enti: int = 0
    moved: bool = False


def _key(row: RosterEntry) -> str:
    return f"p{row.participant_id}"


def _people(rows: list[RosterEntry], done: set[str]) -> tuple[int, ...]:
    return tuple(row.participant_id for row in rows if row.email.strip() and _key(row) not in done)


def _waiting_key(
    template: Template, person: Recipient, position: int, shared: dict[str, str]
) -> str | None:
    """The content key of the waiting-list message telling ``person`` ``position``, with
    the session's values ``shared`` (those of now, or of the day before a move)."""
    values = {**person.values, **shared, "posizione": str(position)}
    try:
        subject, body = fill(template, replace(person, values=values))
    except DomainError:  # the text cannot be filled in: the batch will say why
        return None
    return Mail(MessageKind.WAITING, person, "", "", subject, body).content_key()


def _moved_in_line(db: Database, facts: SessionFacts, waiting: list[RosterEntry]) -> list[int]:
    """Those told their waiting-list position who now have another one (someone ahead
    cancelled, or was given a seat): the message they were sent is the one the text gives
    with another {posizione}, so the one with the new position is a new message, not the
    same one twice.  A message that matches no position (the text edited since, or the
    day of a move too) does not count as a move."""
    told = facts.done.get(MessageKind.WAITING, set())
    people = [row for row in waiting if _key(row) in told and row.email.strip()]
    if not people:
        return []
    with db.read() as orm:
        sent: dict[str, set[str]] = {}
        for key, content in orm.execute(
            select(MessageRow.recipient_key, MessageRow.content_key).where(
                MessageRow.session_id == facts.session.id,
                MessageRow.kind == MessageKind.WAITING,
                MessageRow.state.in_(DONE_STATES),
            )
        ):
            sent.setdefault(key, set()).add(content)
    template = template_for(db, facts.practice.id or 0, MessageKind.WAITING)
    language = template_language(template)
    audience = Audience(participant_ids=tuple(row.participant_id for row in people))
    positions = {row.participant_id: row.waiting_position or 0 for row in people}
    last = len(facts.rows)  # nobody was ever further down the line than this
    versions = [facts.shared_in(language)]
    if facts.old_day is not None and facts.old_day != facts.day:  # told before the move
        versions.append(
            session_values(
                facts.practice, facts.session, facts.items, facts.old_day, None, language
            )
        )
    moved = []
    for person in recipients(facts, MessageKind.WAITING, audience, language=language):
        pid = person.participant_id or 0
        mine = sent.get(person.key, set())
        if any(_waiting_key(template, person, positions[pid], v) in mine for v in versions):
            continue  # told the position they have
        if any(
            _waiting_key(template, person, other, shared) in mine
            for shared in versions
            for other in range(1, last + 1)
            if other != positions[pid]
        ):
            moved.append(pid)
    return moved


def _calendar_changed(db: Database, facts: SessionFacts) -> bool:
    """The event (time, place, link, programme) differs from the calendar file last sent:
    the people who got it must get the new one (its SEQUENCE one higher)."""
    if facts.day is None or facts.session.status is SessionStatus.CANCELLED:
        return False
    told = set().union(
        *(facts.done.get(kind, set()) for kind in (MessageKind.CONFIRMATION, MessageKind.SEAT))
    )
    if not told:
        return False
    with db.read() as orm:
        stored = session_row(orm, facts.session.id or 0).calendar_fingerprint
    if not stored:
        return False
    from exchange_desktop.exports.ics import event_fingerprint
    from exchange_desktop.services.scheduling.calendar import calendar_days

    days = calendar_days(facts.practice, facts.session)
    return event_fingerprint(facts.practice, facts.items, facts.session, days) != stored


def _change_due(db: Database, facts: SessionFacts) -> bool:
    """A change (or a cancellation) newer than the last change notice sent, or an event
    that no longer matches the calendar file the people were sent."""
    if _calendar_changed(db, facts):
        return True
    session_id = facts.session.id
    with db.read() as orm:
        changed = orm.scalar(
            select(func.max(DateChangeRow.changed_at)).where(DateChangeRow.session_id == session_id)
        )
        told = orm.scalar(
            select(func.max(MessageRow.done_at)).where(
                MessageRow.session_id == session_id,
                MessageRow.kind == MessageKind.CHANGE,
                MessageRow.state.in_(DONE_STATES),
            )
        )
    if facts.session.status is SessionStatus.CANCELLED:
        return told is None
    return changed is not None and (told is None or told < changed)


def _qualified(db: Database, session_id: int) -> list[int]:
    from exchange_desktop.services.documents.day_documents import certificate_check

    try:
        return [row.participant_id for row in certificate_check(db, session_id).issued]
    except DomainError:  # nobody marked present yet
        return []


def _items_of(db: Database, facts: SessionFacts, today: date, reminder_days: int) -> list[DueItem]:
    session_id = facts.session.id or 0
    done = facts.done
    confirmed = [r for r in facts.rows if r.status is RegistrationStatus.CONFIRMED]
    waiting = [r for r in facts.rows if r.status is RegistrationStatus.WAITING]
    told_waiting = done.get(MessageKind.WAITING, set())
    promoted = [r for r in confirmed if _key(r) in told_waiting]
    found: list[tuple[MessageKind, tuple[int, ...] | None]] = []
    moved: tuple[int, ...] = ()
    cancelled = facts.session.status is SessionStatus.CANCELLED
    if not cancelled and facts.day is not None and facts.day >= today:
        told_seat = done.get(MessageKind.CONFIRMATION, set()) | done.get(MessageKind.SEAT, set())
        found.append((MessageKind.SEAT, _people(promoted, done.get(MessageKind.SEAT, set()))))
        not_promoted = [r for r in confirmed if _key(r) not in told_waiting]
        found.append((MessageKind.CONFIRMATION, _people(not_promoted, told_seat)))
        found.append((MessageKind.WAITING, _people(waiting, told_waiting)))
        moved = tuple(_moved_in_line(db, facts, waiting))
        if (facts.day - today).days <= reminder_days:
            reminded = done.get(MessageKind.REMINDER, set())
            found.append((MessageKind.REMINDER, _people(confirmed, reminded)))
    if _change_due(db, facts):
        found.append((MessageKind.CHANGE, None))
    if not cancelled and facts.day is not None and facts.day < today:
        chosen = set(_qualified(db, session_id))
        qualified = [r for r in confirmed if r.participant_id in chosen]
        found.append(
            (MessageKind.CERTIFICATE, _people(qualified, done.get(MessageKind.CERTIFICATE, set())))
        )
    items = []
    for kind, people in found:
        if people is None:
            affected = [r for r in facts.rows if r.status is not RegistrationStatus.CANCELLED]
            enti = len(involved_enti(facts))
            if affected or enti:
                items.append(DueItem(session_id, facts.day, kind, Audience(), len(affected), enti))
        elif people:
            items.append(
                DueItem(session_id, facts.day, kind, Audience(participant_ids=people), len(people))
            )
        if kind is MessageKind.WAITING and moved:
            audience = Audience(participant_ids=moved)
            items.append(DueItem(session_id, facts.day, kind, audience, len(moved), moved=True))
    return items


def due_messages(
    db: Database, practice_id: int, *, today: date | None = None, reminder_days: int = 3
) -> list[DueItem]:
    """The batches the practice's sessions call for now, session by session in date order."""
    today = today or date.today()
    with db.read() as orm:
        session_ids = [row.id for row in sessions_in_date_order(orm, practice_id)]
    items: list[DueItem] = []
    for session_id in session_ids:
        items += _items_of(db, read_facts(db, session_id), today, reminder_days)
    return items
