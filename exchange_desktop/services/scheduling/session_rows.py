"""The rows of sessions and proposed dates inside an open transaction, shared by the
scheduling services (sessions, "O"/"E" modes, rescheduling, availability)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import selectinload

from exchange_desktop.domain.enums import (
    CandidateStatus,
    Modality,
    RegistrationStatus,
    SessionStatus,
    TransferMode,
)
from exchange_desktop.domain.errors import DomainError, not_found
from exchange_desktop.domain.roster import Registration
from exchange_desktop.domain.scheduling import Session
from exchange_desktop.formatting import long_date
from exchange_desktop.i18n import MESSAGES_CONTEXT, QT_TRANSLATE_NOOP, Message
from exchange_desktop.storage.mapping import copy_fields, to_domain
from exchange_desktop.storage.models import CandidateDateRow, PracticeRow, SessionRow

#: What a new session takes over from an existing one (not the status, nor the notes).
_TEMPLATE_FIELDS = (
    "capacity",
    "modality",
    "venue",
    "room",
    "webinar_link",
    "start_time",
    "end_time",
)
ACTIVE = (RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING)


def now() -> datetime:
    """Registration times keep microseconds: they decide the order of the waiting list."""
    return datetime.now()


def message(template: str, **params: object) -> Message:
    return Message(MESSAGES_CONTEXT, template, **params)


def day_text(day: date) -> str:
    """ "lunedì 20 aprile 2026", as the clerk reads dates."""
    return long_date(day)


def session_row(orm: OrmSession, session_id: int) -> SessionRow:
    """The session's row in an open transaction, or the "does not exist" error."""
    row = orm.get(SessionRow, session_id)
    if row is None:
        raise not_found(
            QT_TRANSLATE_NOOP("Messages", "La sessione n. {id} non esiste."), session_id
        )
    return row


def session_of_practice(orm: OrmSession, session_id: int, practice_id: int) -> SessionRow:
    """The session's row, refused unless it belongs to the practice (an id typed wrong)."""
    row = session_row(orm, session_id)
    if row.practice_id != practice_id:
        raise DomainError(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages", "La sessione n. {id} non è della pratica n. {practice}."
                ),
                id=session_id,
                practice=practice_id,
            )
        )
    return row


def candidate_row(orm: OrmSession, candidate_id: int) -> CandidateDateRow:
    row = orm.get(CandidateDateRow, candidate_id)
    if row is None:
        raise not_found(
            QT_TRANSLATE_NOOP("Messages", "La data proposta n. {id} non esiste."), candidate_id
        )
    return row


def _first_day(row: SessionRow) -> date:
    """Where a session stands in date order: its confirmed day, else its first open date."""
    days = sorted(c.day for c in row.candidate_dates if c.status is CandidateStatus.CONFIRMED)
    days = days or sorted(
        c.day for c in row.candidate_dates if c.status is not CandidateStatus.DISCARDED
    )
    days = days or sorted(c.day for c in row.candidate_dates)
    return days[0] if days else date.max


def sessions_in_date_order(orm: OrmSession, practice_id: int) -> list[SessionRow]:
    """The sessions of a practice in date order (sessions without dates last)."""
    rows = orm.scalars(
        select(SessionRow)
        .where(SessionRow.practice_id == practice_id)
        .options(selectinload(SessionRow.candidate_dates))
    ).all()
    return sorted(rows, key=lambda row: (_first_day(row), row.id))


def apply_dates(row: SessionRow, session: Session) -> None:
    """Copy the statuses the domain decided back onto the rows."""
    statuses = {c.id: c.status for c in session.candidate_dates}
    for candidate in row.candidate_dates:
        candidate.status = statuses.get(candidate.id, candidate.status)
    row.status = session.status


def new_session(orm: OrmSession, practice: PracticeRow, template: SessionRow | None) -> SessionRow:
    """A new session of ``practice``: like ``template`` (place, times, seats) or from the form."""
    row = SessionRow(practice_id=practice.id, status=SessionStatus.PROPOSED, notes="")
    if template is not None:
        copy_fields(template, row, _TEMPLATE_FIELDS)
    else:
        row.capacity = practice.max_participants
        row.modality = (
            Modality.WEBINAR
            if practice.transfer_mode is TransferMode.WEBINAR
            else Modality.IN_PERSON
        )
        row.venue = row.room = row.webinar_link = ""
    orm.add(row)
    orm.flush()
    return row


def registrations_of(row: SessionRow) -> list[Registration]:
    return [to_domain(r, Registration) for r in row.registrations]


def active_count(row: SessionRow) -> int:
    return sum(1 for r in row.registrations if r.status in ACTIVE)


def practice_row(orm: OrmSession, practice_id: int) -> PracticeRow:
    """The practice's row in an open transaction, or the "does not exist" error."""
    row = orm.get(PracticeRow, practice_id)
    if row is None:
        raise not_found(
            QT_TRANSLATE_NOOP("Messages", "La pratica n. {id} non esiste."), practice_id
        )
    return row
