"""Sessions and their dates: reading them, proposing and withdrawing dates, confirming
one, and the session's own fields.  One transaction per function.

Switching between "O" and "E" is in ``scheduling_modes``, moving a confirmed session in
``rescheduling``, the Enti's availability in ``availability``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import selectinload

from exchange_desktop.domain import roster as roster_rules
from exchange_desktop.domain import scheduling as scheduling_rules
from exchange_desktop.domain.enums import (
    CandidateStatus,
    Modality,
    RegistrationStatus,
    SchedulingMode,
    SessionStatus,
)
from exchange_desktop.domain.errors import (
    DomainError,
    ValidationError,
    raise_if_any,
    raise_if_changed_elsewhere,
)
from exchange_desktop.domain.practice import MAX_DURATION_DAYS
from exchange_desktop.domain.scheduling import Session
from exchange_desktop.domain.validation import check_int_range, normalize_line, normalize_multiline
from exchange_desktop.exports.wording import capitalize_first
from exchange_desktop.i18n import QT_TRANSLATE_NOOP, Message
from exchange_desktop.services.attendance.attendance_days import AttendanceChoice, settle_attendance
from exchange_desktop.services.scheduling.session_rows import (
    active_count,
    apply_dates,
    candidate_row,
    day_text,
    message,
    new_session,
    practice_row,
    registrations_of,
    session_row,
    sessions_in_date_order,
)
from exchange_desktop.storage.database import Database
from exchange_desktop.storage.mapping import copy_fields, session_to_domain
from exchange_desktop.storage.models import (
    CandidateDateRow,
    PracticeRow,
    RegistrationRow,
    SessionRow,
)

#: The fields of a session the clerk edits (dates have their own functions).
SESSION_FIELDS = (
    "capacity",
    "modality",
    "venue",
    "room",
    "webinar_link",
    "start_time",
    "end_time",
    "status",
    "notes",
    "protocol_number",
)
_ONE_LINE_FIELDS = ("venue", "room", "webinar_link", "protocol_number")


@dataclass(frozen=True)
class SessionSummary:
    """A session with how many people hold a seat and how many wait."""

    session: Session
    confirmed_count: int
    waiting_count: int


@dataclass(frozen=True)
class SessionOverview:
    """A session as the command line lists it: with its practice and the practice's mode."""

    practice_id: int
    mode: SchedulingMode
    summary: SessionSummary
    #: The practice's length in days and patron day: a session's days follow from them.
    duration_days: int = 1
    patron_day: str = ""


# --- helpers inside a transaction ------------------------------------------------------------


def _counts(orm: OrmSession, session_ids: Iterable[int]) -> dict[int, tuple[int, int]]:
    """Session id → (confirmed, waiting) registrations."""
    counts: dict[int, Counter[RegistrationStatus]] = {}
    rows = orm.execute(
        select(RegistrationRow.session_id, RegistrationRow.status, func.count())
        .where(RegistrationRow.session_id.in_(list(session_ids)))
        .group_by(RegistrationRow.session_id, RegistrationRow.status)
    )
    for session_id, status, number in rows:
        counts.setdefault(session_id, Counter())[status] = number
    return {
        session_id: (c[RegistrationStatus.CONFIRMED], c[RegistrationStatus.WAITING])
        for session_id, c in counts.items()
    }


def _summaries(orm: OrmSession, rows: list[SessionRow]) -> list[SessionSummary]:
    counts = _counts(orm, [row.id for row in rows])
    return [SessionSummary(session_to_domain(row), *counts.get(row.id, (0, 0))) for row in rows]


def _open_days(row: SessionRow) -> set[date]:
    return {c.day for c in row.candidate_dates if c.status is not CandidateStatus.DISCARDED}


# --- reading ---------------------------------------------------------------------------------


def list_sessions(db: Database, practice_id: int) -> list[Session]:
    """The sessions of a practice with their candidate dates, in creation order."""
    with db.read() as orm:
        rows = orm.scalars(
            select(SessionRow)
            .where(SessionRow.practice_id == practice_id)
            .options(selectinload(SessionRow.candidate_dates))
            .order_by(SessionRow.id)
        ).all()
        return [session_to_domain(row) for row in rows]


def session_summaries(db: Database, practice_id: int) -> list[SessionSummary]:
    """The sessions of a practice in date order, with their confirmed and waiting counts."""
    with db.read() as orm:
        practice_row(orm, practice_id)
        return _summaries(orm, sessions_in_date_order(orm, practice_id))


def session_overview(db: Database, practice_id: int | None = None) -> list[SessionOverview]:
    """Every session (or a practice's), by practice and then in date order."""
    with db.read() as orm:
        if practice_id is not None:
            practices = [practice_row(orm, practice_id)]
        else:
            practices = list(orm.scalars(select(PracticeRow).order_by(PracticeRow.id)))
        overview: list[SessionOverview] = []
        for practice in practices:
            rows = sessions_in_date_order(orm, practice.id)
            overview.extend(
                SessionOverview(
                    practice.id,
                    practice.scheduling_mode,
                    summary,
                    max(practice.duration_days, 1),
                    practice.patron_day,
                )
                for summary in _summaries(orm, rows)
            )
        return overview


def get_session(db: Database, session_id: int) -> Session:
    with db.read() as orm:
        return session_to_domain(session_row(orm, session_id))


# --- dates -----------------------------------------------------------------------------------


def add_candidate_date(db: Database, practice_id: int, day: date) -> Session:
    """Propose ``day``: in "O" one more alternative of the session, in "E" a new session.

    The first session of a practice gets the form's number of participants as its seats;
    later "E" sessions copy the place, times and seats of the latest one.
    """
    with db.transaction() as orm:
        practice = practice_row(orm, practice_id)
        rows = sessions_in_date_order(orm, practice_id)
        if practice.scheduling_mode is SchedulingMode.ALTERNATIVE:
            target = rows[0] if rows else new_session(orm, practice, None)
            if any(c.day == day for c in target.candidate_dates):
                raise DomainError(
                    message(
                        QT_TRANSLATE_NOOP("Messages", "{day} è già tra le date proposte."),
                        day=capitalize_first(day_text(day)),
                    )
                )
        else:
            for row in rows:
                if day in _open_days(row):
                    raise DomainError(
                        message(
                            QT_TRANSLATE_NOOP("Messages", "C'è già una sessione {day}."),
                            day=day_text(day),
                        )
                    )
            latest = max(rows, key=lambda row: row.id) if rows else None
            target = new_session(orm, practice, latest)
        target.candidate_dates.append(CandidateDateRow(day=day, status=CandidateStatus.CANDIDATE))
        orm.flush()
        return session_to_domain(target)


def remove_candidate_date(db: Database, candidate_id: int) -> None:
    """Withdraw a proposed date (its availability answers go with it).

    In "E" the date is the session: the session goes too, refused while people are
    registered to it.  The confirmed date is never removed: reopen the choice first.
    """
    with db.transaction() as orm:
        candidate = candidate_row(orm, candidate_id)
        row = candidate.session
        day = day_text(candidate.day)
        if row.practice.scheduling_mode is SchedulingMode.SEVERAL and len(row.candidate_dates) == 1:
            active = active_count(row)
            if active == 1:
                raise DomainError(
                    message(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "Impossibile togliere la data {day}: la sessione ha 1 iscrizione. "
                            "Spostare o annullare prima l'iscrizione.",
                        ),
                        day=day,
                    )
                )
            if active:
                raise DomainError(
                    message(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "Impossibile togliere la data {day}: la sessione ha {count} "
                            "iscrizioni. Spostare o annullare prima le iscrizioni.",
                        ),
                        day=day,
                        count=active,
                    )
                )
            orm.delete(row)
            return
        if candidate.status is CandidateStatus.CONFIRMED:
            raise DomainError(
                message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Impossibile togliere la data {day}: è quella confermata. Riaprire "
                        "prima la scelta della data, oppure spostare la sessione a un altro "
                        "giorno.",
                    ),
                    day=day,
                )
            )
        row.candidate_dates.remove(candidate)


def confirm_date(
    db: Database, session_id: int, day: date, attendance: AttendanceChoice | None = None
) -> Session:
    """Hold the session on ``day``, one of its candidates; the others are kept, discarded.

    Presences recorded for other days are kept for ``day`` or cleared as ``attendance``
    says; without a choice the confirmation is refused
    (:class:`~.attendance_days.AttendanceOnOtherDaysError`).  Confirming
    the day already confirmed with a choice settles presences left on another day.

    A session already confirmed on another day is moved with ``rescheduling.reschedule``
    (which records the change and lists who to tell), not here.
    """
    with db.transaction() as orm:
        row = session_row(orm, session_id)
        current = session_to_domain(row)
        if day not in {c.day for c in current.candidate_dates}:
            raise DomainError(
                message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "{day} non è tra le date proposte della sessione n. {id}."
                    ),
                    day=capitalize_first(day_text(day)),
                    id=session_id,
                )
            )
        confirmed = current.confirmed_day
        if confirmed is not None and confirmed != day:
            raise DomainError(
                message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "La sessione n. {id} è già confermata per {day}: per cambiare data "
                        "spostarla (chi è iscritto va avvisato) oppure riaprire prima la scelta "
                        "della data.",
                    ),
                    id=session_id,
                    day=day_text(confirmed),
                )
            )
        settle_attendance(orm, row, day, attendance)
        scheduling_rules.confirm_date(current, day)
        apply_dates(row, current)
        orm.flush()
        return session_to_domain(row)


def reopen_dates(db: Database, session_id: int) -> Session:
    """Undo a confirmation: every date a candidate again, the session only proposed."""
    with db.transaction() as orm:
        row = session_row(orm, session_id)
        current = session_to_domain(row)
        scheduling_rules.reopen(current)
        apply_dates(row, current)
        orm.flush()
        return session_to_domain(row)


# --- the session's own fields ----------------------------------------------------------------


def _normalized_changes(changes: dict[str, Any]) -> dict[str, Any]:
    tidy = dict(changes)
    for name in _ONE_LINE_FIELDS:
        if isinstance(tidy.get(name), str):
            tidy[name] = normalize_line(tidy[name])
    if isinstance(tidy.get("notes"), str):
        tidy["notes"] = normalize_multiline(tidy["notes"])
    if "modality" in tidy:
        tidy["modality"] = Modality(tidy["modality"])
    return tidy


def update_session(
    db: Database,
    session_id: int,
    *,
    expected: Mapping[str, object] | None = None,
    attendance: AttendanceChoice | None = None,
    **changes: Any,
) -> Session:
    """Change some fields of a session, validated as a whole first.

    ``days=N``: how many consecutive days the session lasts.  It is the practice's duration
    (every session of a practice lasts as long: the programme is the practice's), changed
    in the same transaction.

    Fewer seats than confirmed people is allowed (nobody is dropped; see
    ``domain.scheduling.capacity_warning``); more seats promote people from the waiting
    list, first registered first.  A status of "confermata" or "svolta" needs a confirmed
    date (the only date left is confirmed with it); "proposta" reopens the choice.  A status
    that confirms a day follows :func:`confirm_date`'s rule for presences recorded for
    other days: kept for the new day or cleared as ``attendance`` says, refused without a
    choice (:class:`~.attendance_days.AttendanceOnOtherDaysError`, nothing changed).
    ``expected``: see ``practices.update_practice``.
    """
    days = changes.pop("days", None)
    unknown = set(changes) - set(SESSION_FIELDS)
    if unknown:
        raise KeyError(f"not an editable session field: {sorted(unknown)}")
    tidy = _normalized_changes(changes)
    status = tidy.pop("status", None)
    if days is not None:
        errors: dict[str, Message] = {}
        check_int_range(errors, "days", days, 1, MAX_DURATION_DAYS)
        raise_if_any(errors)
    with db.transaction() as orm:
        row = session_row(orm, session_id)
        raise_if_changed_elsewhere(session_to_domain(row), expected)
        if days is not None:
            row.practice.duration_days = days
        updated = replace(session_to_domain(row), **tidy)
        confirmed_before = updated.confirmed_day  # change_status changes the dates in place
        if status is not None:
            try:
                scheduling_rules.change_status(updated, SessionStatus(status))
            except DomainError as error:
                raise ValidationError({"status": error.message}) from error
            day = updated.confirmed_day
            if day is not None and day != confirmed_before:
                settle_attendance(orm, row, day, attendance)
        scheduling_rules.validate(updated)
        copy_fields(updated, row, list(tidy))
        apply_dates(row, updated)
        if "capacity" in tidy:
            free = roster_rules.to_promote(registrations_of(row), row.capacity)
            promoted = {registration.id for registration in free}
            for registration in row.registrations:
                if registration.id in promoted:
                    registration.status = RegistrationStatus.CONFIRMED
        orm.flush()
        return session_to_domain(row)
