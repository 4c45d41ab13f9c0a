"""Attendance and the session's days: a record made for one day never travels silently with
the session to another.

Moving a session, or confirming a date other than the one attendance was recorded for, is
refused while presences exist unless the clerk says what to do with them: keep them (they
are moved, day by day, to the new days) or clear them.  The documents check the same rule
before they print anything (:func:`check_attendance_days`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import Enum

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from exchange_desktop.domain.calendar_rules import working_days_from
from exchange_desktop.domain.errors import DomainError
from exchange_desktop.i18n import QT_TRANSLATE_NOOP, Message
from exchange_desktop.services.scheduling.session_rows import day_text, message
from exchange_desktop.storage.models import AttendanceRow, RegistrationRow, SessionRow


class AttendanceChoice(str, Enum):
    """What to do with attendance recorded for other days when the session's day changes."""

    KEEP = "keep"
    CLEAR = "clear"


def _days_text(days: Iterable[date]) -> str:
    return ", ".join(day_text(day) for day in sorted(set(days)))


class AttendanceOnOtherDaysError(DomainError):
    """The session has presences for days it will no longer be held on; the clerk decides."""

    def __init__(self, session_id: int, recorded: list[date], new_days: list[date]) -> None:
        super().__init__(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "La sessione n. {id} ha presenze registrate per {recorded}: prima di "
                    "fissarla per {new} scegliere se tenere le presenze per il nuovo giorno o "
                    "cancellarle.",
                ),
                id=session_id,
                recorded=_days_text(recorded),
                new=_days_text(new_days),
            )
        )
        self.session_id = session_id
        self.recorded = recorded
        self.new_days = new_days


@dataclass(frozen=True)
class AttendanceSettled:
    """What happened to the presences of a session whose day changed."""

    choice: AttendanceChoice | None
    moved: int = 0
    cleared: int = 0


#: Nothing to settle: no presences, or all of them on the new days already.
NOTHING_SETTLED = AttendanceSettled(choice=None)


def session_days_from(row: SessionRow, start: date) -> list[date]:
    """The days of ``row`` if it starts on ``start``: the documents' rule (working days)."""
    practice = row.practice
    return working_days_from(start, max(practice.duration_days, 1), practice.patron_day)


def _records(orm: OrmSession, session_id: int) -> list[AttendanceRow]:
    return list(
        orm.scalars(
            select(AttendanceRow)
            .join(RegistrationRow, RegistrationRow.id == AttendanceRow.registration_id)
            .where(RegistrationRow.session_id == session_id)
        )
    )


def recorded_days(orm: OrmSession, session_id: int) -> list[date]:
    """The days some presence (or absence) of the session was recorded for, in order."""
    return sorted({record.day for record in _records(orm, session_id)})


def settle_attendance(
    orm: OrmSession,
    row: SessionRow,
    new_start: date,
    choice: AttendanceChoice | None,
    old_start: date | None = None,
) -> AttendanceSettled:
    """Make the session's presences agree with its new first day ``new_start``.

    Nothing to do when every record is on one of the new days.  Otherwise ``choice`` says
    what to do: ``KEEP`` moves each record from the n-th old day to the n-th new day (the
    old days counted from ``old_start``, or from the first recorded day when the session had
    no day any more), ``CLEAR`` deletes them; None raises :class:`AttendanceOnOtherDaysError`.
    Runs inside the caller's transaction.
    """
    new_days = session_days_from(row, new_start)
    records = _records(orm, row.id)
    recorded = sorted({record.day for record in records})
    if all(day in new_days for day in recorded):
        return NOTHING_SETTLED
    if choice is None:
        raise AttendanceOnOtherDaysError(row.id, recorded, new_days)
    if choice is AttendanceChoice.CLEAR:
        for record in records:
            orm.delete(record)
        orm.flush()
        return AttendanceSettled(choice=choice, cleared=len(records))
    old_days = session_days_from(row, old_start or recorded[0])
    delta = new_start - (old_start or recorded[0])

    def moved_day(day: date) -> date:
        if day in old_days:
            return new_days[old_days.index(day)]
        return day + delta

    copies = [
        AttendanceRow(
            registration_id=record.registration_id,
            day=moved_day(record.day),
            present=record.present,
            time_in=record.time_in,
            time_out=record.time_out,
            sitting=record.sitting,
            credited_minutes=record.credited_minutes,
        )
        for record in records
    ]
    for record in records:
        orm.delete(record)
    orm.flush()  # the old rows go before the new ones take their (registration, day) keys
    orm.add_all(copies)
    orm.flush()
    return AttendanceSettled(choice=choice, moved=len(copies))


def check_attendance_days(
    orm: OrmSession, row: SessionRow, days: list[date], document: Message
) -> None:
    """Refuse a document of ``days`` while the session's presences were recorded for others."""
    stray = [day for day in recorded_days(orm, row.id) if day not in days]
    if stray:
        raise DomainError(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Impossibile preparare {document}: le presenze della sessione n. {id} sono "
                    "registrate per {recorded}, ma la sessione si tiene {days}. Confermare di "
                    "nuovo la data scegliendo se tenere le presenze per il nuovo giorno o "
                    "cancellarle.",
                ),
                document=document,
                id=row.id,
                recorded=_days_text(stray),
                days=_days_text(days),
            )
        )
