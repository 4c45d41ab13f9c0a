"""The rows of the roster, built in bulk inside an open transaction.

Shared by the roster, registration, attendance and personal-data services.  A whole
practice's roster is read with one query (registrations, people, Enti and attendance
joined), whatever its size: no round trip per row.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import selectinload

from exchange_desktop.domain.calendar_rules import working_days_from
from exchange_desktop.domain.enums import CandidateStatus, RegistrationStatus
from exchange_desktop.domain.errors import not_found
from exchange_desktop.domain.roster_rows import RosterEntry, SittingAttendance
from exchange_desktop.domain.sittings import DayPlan, SittingPresence, attended_minutes
from exchange_desktop.domain.validation import name_key
from exchange_desktop.formatting import (
    SessionDays,
)
from exchange_desktop.i18n import QT_TRANSLATE_NOOP
from exchange_desktop.services.attendance.sittings import plans_of
from exchange_desktop.storage.models import (
    AttendanceRow,
    OrganisationRow,
    ParticipantRow,
    RegistrationRow,
    SessionRow,
)

#: Where each status stands in the roster: seats first, then the queue, then cancelled.
_STATUS_ORDER = {
    RegistrationStatus.CONFIRMED: 0,
    RegistrationStatus.WAITING: 1,
    RegistrationStatus.CANCELLED: 2,
}


def days_of(row: SessionRow) -> int:
    """How many days the session lasts (the practice's length, at least one)."""
    return max(row.practice.duration_days, 1)


def registration_row(orm: OrmSession, registration_id: int) -> RegistrationRow:
    """The registration's row in an open transaction, or the "does not exist" error."""
    row = orm.get(RegistrationRow, registration_id)
    if row is None:
        raise not_found(
            QT_TRANSLATE_NOOP("Messages", "L'iscrizione n. {id} non esiste."), registration_id
        )
    return row


def session_label(row: SessionRow, *, document: bool = False) -> str:
    """ "lunedì 20 aprile 2026" once confirmed, else the dates still in play, in short.

    A :class:`SessionDays`: Italian as a ``str`` (a ``document`` gets a plain one); the
    window and the command line say it in the interface language.
    """
    candidates = row.candidate_dates
    confirmed = sorted(c.day for c in candidates if c.status is CandidateStatus.CONFIRMED)
    if confirmed:
        length = max(row.practice.duration_days, 1)  # every day of a session of several
        held = working_days_from(confirmed[0], length, row.practice.patron_day)
        days = SessionDays(tuple(held), confirmed=True)
    else:
        open_days = sorted(c.day for c in candidates if c.status is not CandidateStatus.DISCARDED)
        days = SessionDays(tuple(open_days or sorted(c.day for c in candidates)), False)
    return str.__str__(days) if document else days


def sessions_with_dates(orm: OrmSession, session_ids: Iterable[int]) -> list[SessionRow]:
    """The sessions with their candidate dates loaded, in one round trip."""
    return list(
        orm.scalars(
            select(SessionRow)
            .where(SessionRow.id.in_(list(session_ids)))
            .options(selectinload(SessionRow.candidate_dates), selectinload(SessionRow.sittings))
        )
    )


def _waiting_positions(items: list[tuple[Any, ...]]) -> dict[int, int]:
    """Registration id → place in its session's queue (first registered, first promoted)."""
    queues: dict[int, list[tuple[datetime, int]]] = {}
    for item in items:
        registration_id, _participant, session_id, status, registered_at = item[:5]
        if status is RegistrationStatus.WAITING:
            queues.setdefault(session_id, []).append((registered_at, registration_id))
    positions: dict[int, int] = {}
    for queue in queues.values():
        for place, (_when, registration_id) in enumerate(sorted(queue), start=1):
            positions[registration_id] = place
    return positions


_Record = tuple[date, int, bool, time | None, time | None, int | None]


def _presence(
    plan: DayPlan, records: list[_Record]
) -> tuple[bool | None, int, tuple[SittingAttendance, ...]]:
    """Whether the person came, the minutes attended and each sitting, from their records."""
    count = len(plan.sittings)
    if not records:
        unmarked = tuple(
            SittingAttendance(None, n, plan.sitting(n).start, plan.sitting(n).end, None)
            for n in range(1, count + 1)
        )
        return None, 0, unmarked
    by_key = {(day, number): record for record in records for day, number in [record[:2]]}
    sittings: list[SittingAttendance] = []
    for day in sorted({record[0] for record in records}):
        numbers = sorted({*range(1, count + 1), *(n for d, n in by_key if d == day)})
        for number in numbers:
            planned = plan.sitting(number) if number <= count else None
            start, end = (planned.start, planned.end) if planned else (None, None)
            record = by_key.get((day, number))
            if record is None:
                sittings.append(SittingAttendance(day, number, start, end, None))
                continue
            _day, _number, came, time_in, time_out, credited = record
            minutes = attended_minutes(
                plan, SittingPresence(number, came, time_in, time_out, credited)
            )
            sittings.append(
                SittingAttendance(
                    day, number, start, end, came, time_in, time_out, credited, minutes
                )
            )
    present = any(sitting.present for sitting in sittings)
    return present, sum(sitting.minutes for sitting in sittings), tuple(sittings)


def _optional(value: object) -> bool | None:
    """A nullable boolean column as read by Core (SQLite gives 0/1): None stays None."""
    return None if value is None else bool(value)


def _queue_of(orm: OrmSession, registration_id: int) -> list[tuple[Any, ...]]:
    """The waiting list of the registration's session, as :func:`_waiting_positions` reads it."""
    session_id = select(RegistrationRow.session_id).where(RegistrationRow.id == registration_id)
    return list(
        orm.execute(
            select(
                RegistrationRow.id,
                RegistrationRow.participant_id,
                RegistrationRow.session_id,
                RegistrationRow.status,
                RegistrationRow.registered_at,
            ).where(
                RegistrationRow.session_id == session_id.scalar_subquery(),
                RegistrationRow.status == RegistrationStatus.WAITING,
            )
        )
    )


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while a block builds thousands of small objects.

    Each few hundred new objects start a collection pass, and some of them walk every
    object of the program (the whole window): for a roster of 10,000 rows those passes
    took as long as the reading itself.  The rows hold no reference cycles, so nothing is
    left for the collector meanwhile; it runs again as usual after the block.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def build_rows(
    orm: OrmSession,
    sessions: list[SessionRow],
    only: int | None = None,
    *,
    document: bool = False,
) -> list[RosterEntry]:
    """Every registration of ``sessions``, in their order; within a session the seated
    people and then the cancelled ones in alphabetical order, the queue in between.

    ``only`` reads that one registration alone (its place in the queue still right): a
    row changed on screen is redrawn without reading thousands.
    """
    with collector_paused():
        return _build_rows(orm, sessions, only, document=document)


def _build_rows(
    orm: OrmSession,
    sessions: list[SessionRow],
    only: int | None,
    *,
    document: bool,
) -> list[RosterEntry]:
    if not sessions:
        return []
    order = {row.id: index for index, row in enumerate(sessions)}
    labels = {row.id: session_label(row, document=document) for row in sessions}
    query = (
        select(
            RegistrationRow.id,
            RegistrationRow.participant_id,
            RegistrationRow.session_id,
            RegistrationRow.status,
            RegistrationRow.registered_at,
            ParticipantRow.surname,
            ParticipantRow.name,
            ParticipantRow.organisation_id,
            OrganisationRow.name,
            ParticipantRow.role,
            ParticipantRow.email,
            ParticipantRow.phone,
            ParticipantRow.fiscal_code,
            ParticipantRow.privacy_consent,
            ParticipantRow.privacy_consent_date,
            AttendanceRow.present,
            AttendanceRow.time_in,
            AttendanceRow.time_out,
            AttendanceRow.id,
            AttendanceRow.day,
            AttendanceRow.sitting,
            AttendanceRow.credited_minutes,
            ParticipantRow.consent_media,
            ParticipantRow.consent_contact,
        )
        .join(ParticipantRow, RegistrationRow.participant_id == ParticipantRow.id)
        .outerjoin(OrganisationRow, ParticipantRow.organisation_id == OrganisationRow.id)
        .outerjoin(AttendanceRow, AttendanceRow.registration_id == RegistrationRow.id)
        .where(RegistrationRow.session_id.in_(list(order)))
    )
    if only is not None:
        query = query.where(RegistrationRow.id == only)
    orm.flush()  # what session.execute would do first (autoflush)
    # Core execution: the ORM's result machinery adds a third to the time of 10,000 rows
    # and has nothing to do for plain columns; fetched in one call, not row by row.
    records = orm.connection().execute(query).all()
    items: dict[int, tuple[Any, ...]] = {}
    attendance: dict[int, list[_Record]] = {}
    for record in records:
        registration_id = record[0]
        if registration_id not in items:
            items[registration_id] = record
            attendance[registration_id] = []
        if record[18] is not None:
            attendance[registration_id].append(
                (record[19], record[20], bool(record[15]), record[16], record[17], record[21])
            )
    queue = list(items.values()) if only is None else _queue_of(orm, only)
    positions = _waiting_positions(queue)
    plans = plans_of(orm, sessions)
    planned = {row.id: plans[row.id].total_planned_minutes * days_of(row) for row in sessions}
    rows = []
    for registration_id, item in items.items():
        present, minutes, sittings = _presence(plans[item[2]], attendance[registration_id])
        rows.append(
            RosterEntry(
                registration_id=registration_id,
                participant_id=item[1],
                session_id=item[2],
                session_label=labels[item[2]],
                surname=item[5],
                name=item[6],
                organisation_id=item[7],
                organisation=item[8] or "",
                role=item[9],
                email=item[10],
                phone=item[11],
                fiscal_code=item[12],
                privacy_consent=bool(item[13]),
                privacy_consent_date=item[14],
                status=item[3],
                waiting_position=positions.get(registration_id),
                present=present,
                minutes_attended=minutes,
                planned_minutes=planned[item[2]],
                sittings=sittings,
                registered_at=item[4],
                consent_media=_optional(item[22]),
                consent_contact=_optional(item[23]),
            )
        )
    keys: dict[str, str] = {}  # names repeat (Rossi, Anna…): each one folded once

    def folded(text: str) -> str:
        key = keys.get(text)
        if key is None:
            key = keys[text] = name_key(text)
        return key

    def sort_key(row: RosterEntry) -> tuple[int, int, int, str, str, int]:
        queued = row.waiting_position is not None  # the queue keeps its own order
        return (
            order[row.session_id],
            _STATUS_ORDER[row.status],
            row.waiting_position or 0,
            "" if queued else folded(row.surname),
            "" if queued else folded(row.name),
            row.registration_id,
        )

    rows.sort(key=sort_key)
    return rows


def rows_of_session(orm: OrmSession, session_id: int) -> list[RosterEntry]:
    return build_rows(orm, sessions_with_dates(orm, [session_id]))


def roster_row(orm: OrmSession, registration_id: int) -> RosterEntry:
    """One registration's row, with its place in the queue, inside an open transaction."""
    orm.flush()
    registration = registration_row(orm, registration_id)
    sessions = sessions_with_dates(orm, [registration.session_id])
    (row,) = build_rows(orm, sessions, only=registration_id)
    return row
