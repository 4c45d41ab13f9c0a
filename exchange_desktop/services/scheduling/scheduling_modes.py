"""Switching a practice between alternative dates ("O": one session, several dates) and
several sessions ("E": one session per date), restructuring its sessions.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session as OrmSession

from exchange_desktop.domain import roster as roster_rules
from exchange_desktop.domain.enums import (
    CandidateStatus,
    RegistrationStatus,
    SchedulingMode,
    SessionStatus,
)
from exchange_desktop.domain.roster import Registration
from exchange_desktop.domain.scheduling import Session
from exchange_desktop.i18n import QT_TRANSLATE_NOOP, Message
from exchange_desktop.services.scheduling.session_rows import (
    active_count,
    message,
    new_session,
    now,
    practice_row,
    registrations_of,
    sessions_in_date_order,
)
from exchange_desktop.storage.database import Database
from exchange_desktop.storage.mapping import session_to_domain, to_domain
from exchange_desktop.storage.models import (
    AvailabilityRow,
    CandidateDateRow,
    PracticeRow,
    RegistrationRow,
    SessionRow,
)


@dataclass(frozen=True)
class ModeChangePreview:
    """What switching between "O" and "E" would do, to ask the clerk before doing it."""

    sessions_before: int
    sessions_after: int
    registrations_affected: int
    text: Message


def _split_plan(row: SessionRow) -> tuple[CandidateDateRow | None, list[CandidateDateRow]]:
    """For "O" → "E": the date that stays with the session (and its people), and the others."""
    candidates = sorted(row.candidate_dates, key=lambda c: (c.day, c.id))
    if len(candidates) < 2:
        return None, []
    kept = next((c for c in candidates if c.status is CandidateStatus.CONFIRMED), candidates[0])
    return kept, [c for c in candidates if c is not kept]


def _split(orm: OrmSession, practice: PracticeRow, rows: list[SessionRow]) -> None:
    """Each date becomes a session of its own; registrations stay with the kept date."""
    for row in rows:
        kept, others = _split_plan(row)
        if kept is None:
            continue
        if kept.status is CandidateStatus.DISCARDED:
            kept.status = CandidateStatus.CANDIDATE
        for candidate in others:
            new_row = new_session(orm, practice, row)
            candidate.session = new_row
            candidate.status = CandidateStatus.CANDIDATE


def _keep_one(first: RegistrationRow, second: RegistrationRow) -> RegistrationRow:
    """Of two registrations of the same person, the active one, else the earlier one."""

    def rank(registration: RegistrationRow) -> tuple[bool, datetime, int]:
        return (
            registration.status is RegistrationStatus.CANCELLED,
            registration.registered_at,
            registration.id,
        )

    return min(first, second, key=rank)


def _merge(orm: OrmSession, rows: list[SessionRow]) -> None:
    """All sessions become the first one, whose candidates are all the dates.

    Registrations move into it and take the seats again in the order people signed up;
    the merged dates are all candidates again (the choice is to be made anew).
    """
    if len(rows) < 2:
        return
    survivor, others = rows[0], rows[1:]
    days = {c.day: c for c in survivor.candidate_dates}
    people = {r.participant_id: r for r in survivor.registrations}
    for other in others:
        for candidate in list(other.candidate_dates):
            twin = days.get(candidate.day)
            if twin is None:
                candidate.session = survivor
                days[candidate.day] = candidate
                continue
            # The same day twice: keep the answers the first one lacks, then drop it.
            answered = select(AvailabilityRow.organisation_id).where(
                AvailabilityRow.candidate_date_id == twin.id
            )
            orm.execute(
                update(AvailabilityRow)
                .where(
                    AvailabilityRow.candidate_date_id == candidate.id,
                    AvailabilityRow.organisation_id.not_in(answered),
                )
                .values(candidate_date_id=twin.id)
            )
            other.candidate_dates.remove(candidate)
        for registration in list(other.registrations):
            present = people.get(registration.participant_id)
            if present is None:
                registration.session = survivor
                people[registration.participant_id] = registration
                continue
            # The same person in two sessions: one registration is enough.
            if _keep_one(present, registration) is registration:
                survivor.registrations.remove(present)
                registration.session = survivor
                people[registration.participant_id] = registration
            else:
                other.registrations.remove(registration)
        for change in list(other.date_changes):
            other.date_changes.remove(change)
            survivor.date_changes.append(change)
        orm.flush()
        orm.delete(other)
    for candidate in survivor.candidate_dates:
        candidate.status = CandidateStatus.CANDIDATE
    if survivor.status in (SessionStatus.CONFIRMED, SessionStatus.HELD):
        survivor.status = SessionStatus.PROPOSED
    seats = roster_rules.seats_by_arrival(registrations_of(survivor), survivor.capacity)
    for registration in survivor.registrations:
        registration.status = seats[registration.id]
    orm.flush()


def restructure(orm: OrmSession, practice: PracticeRow, mode: SchedulingMode) -> None:
    """Turn the practice's sessions into what ``mode`` means, inside an open transaction.

    Used by :func:`set_scheduling_mode` and by ``practices.update_practice`` so that the mode
    and the sessions never disagree.  Does not change ``practice.scheduling_mode`` itself.
    """
    mode = SchedulingMode(mode)
    if mode is practice.scheduling_mode:
        return
    rows = sessions_in_date_order(orm, practice.id)
    if mode is SchedulingMode.SEVERAL:
        _split(orm, practice, rows)
    else:
        _merge(orm, rows)
    orm.flush()
    orm.expire_all()


def _merged_seats(rows: list[SessionRow]) -> tuple[int, int]:
    """(confirmed, waiting) after merging ``rows`` into the first one."""
    chosen: dict[int, RegistrationRow] = {}
    for row in rows:
        for registration in row.registrations:
            present = chosen.get(registration.participant_id)
            chosen[registration.participant_id] = (
                registration if present is None else _keep_one(present, registration)
            )
    seats = roster_rules.seats_by_arrival(
        [to_domain(r, Registration) for r in chosen.values()], rows[0].capacity
    )
    statuses = Counter(seats.values())
    return statuses[RegistrationStatus.CONFIRMED], statuses[RegistrationStatus.WAITING]


_SAME_MODE = QT_TRANSLATE_NOOP("Messages", "La modalità è già questa: non cambia nulla.")
_NOTHING_TO_MOVE = QT_TRANSLATE_NOOP(
    "Messages", "Cambia solo la modalità: le sessioni, le date e le iscrizioni restano come sono."
)
_SPLIT = QT_TRANSLATE_NOOP("Messages", "Ognuna delle {dates} date diventerà una sessione a sé.")
_SPLIT_ONE = QT_TRANSLATE_NOOP(
    "Messages",
    "Ognuna delle {dates} date diventerà una sessione a sé. L'iscrizione resta nella sessione "
    "della data confermata (o della prima data).",
)
_SPLIT_MANY = QT_TRANSLATE_NOOP(
    "Messages",
    "Ognuna delle {dates} date diventerà una sessione a sé. Le {count} iscrizioni restano "
    "nella sessione della data confermata (o della prima data).",
)
_MERGE = QT_TRANSLATE_NOOP(
    "Messages",
    "Le {sessions} sessioni diventeranno una sola, da tenere in una delle {dates} date, che "
    "andrà scelta e confermata.",
)
_MERGE_ONE = QT_TRANSLATE_NOOP(
    "Messages",
    "Le {sessions} sessioni diventeranno una sola, da tenere in una delle {dates} date, che "
    "andrà scelta e confermata. L'iscrizione passa in quella sessione.",
)
_MERGE_ALL_SEATED = QT_TRANSLATE_NOOP(
    "Messages",
    "Le {sessions} sessioni diventeranno una sola, da tenere in una delle {dates} date, che "
    "andrà scelta e confermata. Le {count} iscrizioni passano tutte in quella sessione, con "
    "il posto confermato.",
)
_MERGE_WAITING = QT_TRANSLATE_NOOP(
    "Messages",
    "Le {sessions} sessioni diventeranno una sola, da tenere in una delle {dates} date, che "
    "andrà scelta e confermata. Le {count} iscrizioni passano in quella sessione: i primi "
    "{confirmed} iscritti hanno il posto ({capacity} posti), gli altri {waiting} vanno in "
    "lista d'attesa.",
)


def _preview(
    rows: list[SessionRow], current: SchedulingMode, mode: SchedulingMode
) -> ModeChangePreview:
    before = len(rows)
    active = sum(active_count(row) for row in rows)
    if mode is current:
        return ModeChangePreview(before, before, 0, message(_SAME_MODE))
    if mode is SchedulingMode.SEVERAL:
        moving = [row for row in rows if _split_plan(row)[0] is not None]
        after = before + sum(len(_split_plan(row)[1]) for row in moving)
        if not moving:
            return ModeChangePreview(before, after, active, message(_NOTHING_TO_MOVE))
        dates = sum(len(row.candidate_dates) for row in moving)
        template = _SPLIT if active == 0 else _SPLIT_ONE if active == 1 else _SPLIT_MANY
        return ModeChangePreview(
            before, after, active, message(template, dates=dates, count=active)
        )
    if before < 2:
        return ModeChangePreview(before, before, active, message(_NOTHING_TO_MOVE))
    dates = len({c.day for row in rows for c in row.candidate_dates})
    confirmed, waiting = _merged_seats(rows)
    params = {"sessions": before, "dates": dates, "count": confirmed + waiting}
    if confirmed + waiting == 0:
        text = message(_MERGE, **params)
    elif confirmed + waiting == 1:
        text = message(_MERGE_ONE, **params)
    elif waiting == 0:
        text = message(_MERGE_ALL_SEATED, **params)
    else:
        text = message(
            _MERGE_WAITING,
            confirmed=confirmed,
            waiting=waiting,
            capacity=rows[0].capacity,
            **params,
        )
    return ModeChangePreview(before, 1, confirmed + waiting, text)


def preview_mode_change(db: Database, practice_id: int, mode: SchedulingMode) -> ModeChangePreview:
    """What :func:`set_scheduling_mode` would do, in words, without changing anything."""
    with db.read() as orm:
        practice = practice_row(orm, practice_id)
        rows = sessions_in_date_order(orm, practice_id)
        return _preview(rows, practice.scheduling_mode, SchedulingMode(mode))


def set_scheduling_mode(db: Database, practice_id: int, mode: SchedulingMode) -> list[Session]:
    """Switch between "O" and "E", restructuring the sessions; return them in date order.

    "O" → "E": every candidate date becomes a session of its own (same place, times and
    seats); registrations and the reschedule history stay with the session of the confirmed
    date, or of the first date.  "E" → "O": the sessions merge into the first one, whose
    candidates are all the dates (to be confirmed again); every registration moves into it
    and the seats go to the first registered, the others wait.
    """
    mode = SchedulingMode(mode)
    with db.transaction() as orm:
        practice = practice_row(orm, practice_id)
        if mode is not practice.scheduling_mode:
            restructure(orm, practice, mode)
            practice.scheduling_mode = mode
            practice.updated_at = now()
            orm.flush()
        return [session_to_domain(row) for row in sessions_in_date_order(orm, practice_id)]
