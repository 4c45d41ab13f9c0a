"""Attendance on the day, per sitting: present or absent, with the entry and exit times that
give the minutes attended.  Only a seated (confirmed) person can be present: the sign-in
sheet lists no one else.  One transaction per function.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, time

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from exchange_desktop.domain.enums import CandidateStatus, RegistrationStatus
from exchange_desktop.domain.errors import DomainError, raise_if_any
from exchange_desktop.domain.roster_rows import RosterEntry
from exchange_desktop.domain.sittings import DayPlan, SittingPresence
from exchange_desktop.domain.validation import CONTEXT
from exchange_desktop.i18n import QT_TRANSLATE_NOOP, Message
from exchange_desktop.services.attendance.attendance_conflicts import (
    ReplacedMark,
    check_marks_unchanged,
    check_presence_unchanged,
    marks_replaced,
)
from exchange_desktop.services.attendance.attendance_days import session_days_from
from exchange_desktop.services.attendance.sittings import plan_of
from exchange_desktop.services.roster.participants import person_name
from exchange_desktop.services.roster.roster_rows import registration_row, roster_row, session_label
from exchange_desktop.services.scheduling.session_rows import day_text, message, session_row
from exchange_desktop.storage.authorship import author
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
    allowed = {day for start in _start_days(row) for day in session_days_from(row, start)}
    if day not in allowed:
        raise DomainError(
            message(
                QT_TRANSLATE_NOOP("Messages", "{day} non è un giorno della sessione di {session}."),
                day=day_text(day),
                session=session_label(row),
            )
        )


def _times_errors(presence: SittingPresence) -> dict[str, Message]:
    if presence.time_in and presence.time_out and presence.time_out <= presence.time_in:
        return {
            "time_out": Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Validation", "L'ora di uscita deve essere successiva all'ora di entrata."
                ),
            )
        }
    if not presence.present and (presence.time_in or presence.time_out):
        return {
            "present": Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "Un orario di entrata o di uscita vale solo per chi è presente: segnare "
                    "la persona presente o cancellare l'orario.",
                ),
            )
        }
    return {}


class NotSeatedError(DomainError):
    """The person is on the waiting list: promote them first (the screen offers it)."""

    def __init__(self, message: Message, registration_id: int) -> None:
        super().__init__(message)
        self.registration_id = registration_id


def _check_seated(orm: OrmSession, registration: RegistrationRow) -> None:
    if registration.status is RegistrationStatus.CONFIRMED:
        return
    person = orm.get(ParticipantRow, registration.participant_id)
    name = person_name(person.surname, person.name) if person else ""
    if registration.status is RegistrationStatus.WAITING:
        raise NotSeatedError(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{person} è in lista d'attesa e non compare sul foglio firme: per segnare "
                    "la presenza confermare prima l'iscrizione (Promuovi).",
                ),
                person=name,
            ),
            registration.id,
        )
    raise DomainError(
        message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "L'iscrizione di {person} è annullata: non si può segnare la presenza.",
            ),
            person=name,
        )
    )


def _check_sitting(plan: DayPlan, number: int) -> None:
    if 1 <= number <= len(plan.sittings):
        return
    if len(plan.sittings) == 1:  # the number and the noun agree: "1 seduta"
        text = QT_TRANSLATE_NOOP(
            "Messages", "La giornata ha una sola seduta: la seduta {number} non esiste."
        )
    else:
        text = QT_TRANSLATE_NOOP(
            "Messages", "La giornata ha {count} sedute: la seduta {number} non esiste."
        )
    raise DomainError(message(text, count=len(plan.sittings), number=number))


def records_of(orm: OrmSession, registration_id: int, day: date) -> dict[int, AttendanceRow]:
    """What is stored for one person's day, by sitting number (the webinar import too)."""
    return {
        row.sitting: row
        for row in orm.scalars(
            select(AttendanceRow).where(
                AttendanceRow.registration_id == registration_id, AttendanceRow.day == day
            )
        )
    }


def _write(
    orm: OrmSession,
    records: dict[int, AttendanceRow],
    registration_id: int,
    day: date,
    presence: SittingPresence,
) -> None:
    """Store one sitting; values equal to the stored ones leave the row untouched.

    A webinar's credited minutes stay only while the times they came with do.
    """
    row = records.get(presence.sitting)
    if row is None:
        row = AttendanceRow(registration_id=registration_id, day=day, sitting=presence.sitting)
        orm.add(row)
        records[presence.sitting] = row
    elif (row.present, row.time_in, row.time_out) == (
        presence.present,
        presence.time_in,
        presence.time_out,
    ):
        return
    row.present = presence.present
    row.time_in = presence.time_in if presence.present else None
    row.time_out = presence.time_out if presence.present else None
    row.credited_minutes = presence.credited_minutes if presence.present else None


def _keep_credit(records: dict[int, AttendanceRow], presence: SittingPresence) -> SittingPresence:
    """The webinar's credited minutes stay while the times they came with are unchanged."""
    stored = records.get(presence.sitting)
    if stored is None or stored.credited_minutes is None or presence.credited_minutes is not None:
        return presence
    if (stored.time_in, stored.time_out) != (presence.time_in, presence.time_out):
        return presence
    return replace(presence, credited_minutes=stored.credited_minutes)


def set_attendance(
    db: Database,
    registration_id: int,
    present: bool,
    time_in: time | None = None,
    time_out: time | None = None,
    day: date | None = None,
    sitting: int = 1,
    replaced: list[ReplacedMark] | None = None,
) -> RosterEntry:
    """Mark someone present or absent in one sitting of ``day`` (the session's day unless
    told).  Times belong to someone present: absent with a time is refused, not dropped.
    ``replaced`` receives the mark this one overwrites, if a different one was stored.
    """
    presence = SittingPresence(sitting, bool(present), time_in, time_out)
    return set_day_attendance(db, registration_id, [presence], day, replaced=replaced)


def set_day_attendance(
    db: Database,
    registration_id: int,
    presences: Sequence[SittingPresence],
    day: date | None = None,
    *,
    expected: Sequence[SittingPresence] | None = None,
    shown_present: bool | None = None,
    replaced: list[ReplacedMark] | None = None,
) -> RosterEntry:
    """Store the given sittings of one person's day (the *Orari…* dialog); the others stay.

    What equals the stored values is not written again, so confirming the dialog unchanged
    changes nothing.  ``expected`` (the sittings as the dialog loaded them) or
    ``shown_present`` (the roster's box) make it a compare-and-set: a colleague's marks made
    meanwhile are not overwritten (:class:`AttendanceConflictError`, naming who).
    """
    for presence in presences:
        raise_if_any(_times_errors(presence))
    with db.transaction() as orm:
        registration = registration_row(orm, registration_id)
        target = registration.session
        day = day or default_day(target)
        _check_day(target, day)
        plan = plan_of(orm, target)
        for presence in presences:
            _check_sitting(plan, presence.sitting)
        if any(presence.present for presence in presences):
            _check_seated(orm, registration)
        records = records_of(orm, registration_id, day)
        if expected is not None or shown_present is not None:
            person = orm.get(ParticipantRow, registration.participant_id)
            name = person_name(person.surname, person.name) if person else ""
            if expected is not None:
                check_marks_unchanged(records, expected, name)
            if shown_present is not None:
                check_presence_unchanged(records, shown_present, name)
        if replaced is not None:  # under the lock: the colleague's mark just committed too
            replaced += marks_replaced(records, presences, author(orm))
        for presence in presences:
            _write(orm, records, registration_id, day, _keep_credit(records, presence))
        return roster_row(orm, registration_id)


def day_attendance(db: Database, registration_id: int, day: date | None = None) -> DayRecord:
    """What is stored for one person's day, sitting by sitting, with the day's plan."""
    with db.read() as orm:
        registration = registration_row(orm, registration_id)
        target = registration.session
        day = day or default_day(target)
        plan = plan_of(orm, target)
        records = records_of(orm, registration_id, day)
        presences = [
            SittingPresence(
                number,
                bool(records[number].present),
                records[number].time_in,
                records[number].time_out,
                records[number].credited_minutes,
            )
            if number in records
            else SittingPresence(number)
            for number in range(1, len(plan.sittings) + 1)
        ]
        return DayRecord(day, plan, presences)


@dataclass(frozen=True)
class DayRecord:
    """One person's day as the *Orari…* dialog shows it."""

    day: date
    plan: DayPlan
    presences: list[SittingPresence]


def mark_all_present(db: Database, session_id: int) -> int:
    """ "Tutti presenti": every confirmed registration present in every sitting of the
    session's day.  Times already recorded are kept.  Returns how many people are marked.
    """
    with db.transaction() as orm:
        target = session_row(orm, session_id)
        day = default_day(target)
        count = len(plan_of(orm, target).sittings)
        ids = list(
            orm.scalars(
                select(RegistrationRow.id).where(
                    RegistrationRow.session_id == session_id,
                    RegistrationRow.status == RegistrationStatus.CONFIRMED,
                )
            )
        )
        existing = {
            (attendance.registration_id, attendance.sitting): attendance
            for attendance in orm.scalars(
                select(AttendanceRow).where(
                    AttendanceRow.registration_id.in_(ids), AttendanceRow.day == day
                )
            )
        }
        for registration_id in ids:
            for number in range(1, count + 1):
                attendance = existing.get((registration_id, number))
                if attendance is None:
                    orm.add(
                        AttendanceRow(
                            registration_id=registration_id, day=day, sitting=number, present=True
                        )
                    )
                else:
                    attendance.present = True
        return len(ids)


def set_present_all_day(
    db: Database,
    registration_id: int,
    present: bool,
    day: date | None = None,
    *,
    shown_present: bool | None = None,
) -> RosterEntry:
    """The roster's *Presente* box: every sitting of the day at once.

    Ticking keeps the times already recorded; unticking clears them (the person was not
    there), as the box says.  ``shown_present``: what the box showed before the click; a
    colleague's mark made meanwhile is then reported, not overwritten.
    """
    record = day_attendance(db, registration_id, day)
    presences = [
        replace(presence, present=True) if present else SittingPresence(presence.sitting, False)
        for presence in record.presences
    ]
    return set_day_attendance(
        db, registration_id, presences, record.day, shown_present=shown_present
    )
