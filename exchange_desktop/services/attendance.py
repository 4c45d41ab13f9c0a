"""Attendance on the day: present or absent, with the entry and exit times that give the
hours attended.  One transaction per function.
"""

from __future__ import annotations

from datetime import date, time, timedelta

from sqlalchemy import select

from exchange_desktop.domain.enums import CandidateStatus, RegistrationStatus
from exchange_desktop.domain.errors import DomainError, raise_if_any
from exchange_desktop.domain.validation import CONTEXT
from exchange_desktop.i18n import QT_TRANSLATE_NOOP, Message
from exchange_desktop.services.participants import person_name
from exchange_desktop.services.roster_rows import (
    RosterRow,
    registration_row,
    roster_row,
    session_label,
)
from exchange_desktop.services.session_rows import day_text, message, session_row
from exchange_desktop.storage.database import Database
from exchange_desktop.storage.models import (
    AttendanceRow,
    ParticipantRow,
    RegistrationRow,
    SessionRow,
)


def _start_days(row: SessionRow) -> list[date]:
    """The confirmed day alone once there is one, else every date still in play."""
    confirmed = [c.day for c in row.candidate_dates if c.status is CandidateStatus.CONFIRMED]
    if confirmed:
        return sorted(confirmed)
    open_days = [c.day for c in row.candidate_dates if c.status is not CandidateStatus.DISCARDED]
    return sorted(open_days or [c.day for c in row.candidate_dates])


def default_day(row: SessionRow) -> date:
    """The day attendance is recorded for unless told: the confirmed day, else the first date."""
    days = _start_days(row)
    if not days:
        raise DomainError(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "La sessione n. {id} non ha ancora una data: proporre o confermare prima "
                    "una data.",
                ),
                id=row.id,
            )
        )
    return days[0]


def _check_day(row: SessionRow, day: date) -> None:
    """``day`` must be one of the session's days (a session of several days counts each)."""
    length = max(row.practice.duration_days, 1)
    allowed = {start + timedelta(days=n) for start in _start_days(row) for n in range(length)}
    if day not in allowed:
        raise DomainError(
            message(
                QT_TRANSLATE_NOOP("Messages", "{day} non è un giorno della sessione di {session}."),
                day=day_text(day),
                session=session_label(row),
            )
        )


def _times_errors(time_in: time | None, time_out: time | None) -> dict[str, Message]:
    if time_in is not None and time_out is not None and time_out <= time_in:
        return {
            "time_out": Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Validation", "L'ora di uscita deve essere successiva all'ora di entrata."
                ),
            )
        }
    return {}


def set_attendance(
    db: Database,
    registration_id: int,
    present: bool,
    time_in: time | None = None,
    time_out: time | None = None,
    day: date | None = None,
) -> RosterRow:
    """Mark someone present or absent on ``day`` (the session's day unless told).

    The times are kept only for someone present; without both there are no hours.
    """
    raise_if_any(_times_errors(time_in, time_out))
    with db.transaction() as session:
        registration = registration_row(session, registration_id)
        if registration.status is RegistrationStatus.CANCELLED:
            person = session.get(ParticipantRow, registration.participant_id)
            raise DomainError(
                message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "L'iscrizione di {person} è annullata: non si può segnare la presenza.",
                    ),
                    person=person_name(person.surname, person.name) if person else "",
                )
            )
        target = registration.session
        day = day or default_day(target)
        _check_day(target, day)
        attendance = session.scalar(
            select(AttendanceRow).where(
                AttendanceRow.registration_id == registration_id, AttendanceRow.day == day
            )
        )
        if attendance is None:
            attendance = AttendanceRow(registration_id=registration_id, day=day)
            session.add(attendance)
        attendance.present = bool(present)
        attendance.time_in = time_in if present else None
        attendance.time_out = time_out if present else None
        return roster_row(session, registration_id)


def mark_all_present(db: Database, session_id: int) -> int:
    """ "Tutti presenti": every confirmed registration present on the session's day.

    Times already recorded are kept.  Returns how many people are marked.
    """
    with db.transaction() as session:
        target = session_row(session, session_id)
        day = default_day(target)
        ids = list(
            session.scalars(
                select(RegistrationRow.id).where(
                    RegistrationRow.session_id == session_id,
                    RegistrationRow.status == RegistrationStatus.CONFIRMED,
                )
            )
        )
        existing = {
            attendance.registration_id: attendance
            for attendance in session.scalars(
                select(AttendanceRow).where(
                    AttendanceRow.registration_id.in_(ids), AttendanceRow.day == day
                )
            )
        }
        for registration_id in ids:
            attendance = existing.get(registration_id)
            if attendance is None:
                session.add(AttendanceRow(registration_id=registration_id, day=day, present=True))
            else:
                attendance.present = True
        return len(ids)
