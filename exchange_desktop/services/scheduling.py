"""Sessions and their dates: alternatives ("O") or several sessions ("E"), the Enti's
availability, confirmation and rescheduling.  One transaction per function.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import selectinload

from exchange_desktop.domain import roster as roster_rules
from exchange_desktop.domain import scheduling as scheduling_rules
from exchange_desktop.domain.enums import (
    AvailabilityAnswer,
    CandidateStatus,
    Modality,
    RegistrationStatus,
    SchedulingMode,
    SessionStatus,
    TransferMode,
)
from exchange_desktop.domain.errors import DomainError, ValidationError, not_found
from exchange_desktop.domain.roster import Organisation, Registration
from exchange_desktop.domain.scheduling import Availability, CandidateDate, DateChange, Session
from exchange_desktop.domain.validation import (
    check_text,
    name_key,
    normalize_line,
    normalize_multiline,
)
from exchange_desktop.exports.wording import capitalize_first
from exchange_desktop.formatting import long_date
from exchange_desktop.i18n import MESSAGES_CONTEXT, QT_TRANSLATE_NOOP, Message
from exchange_desktop.services.organisations import organisation_row, sorted_organisations
from exchange_desktop.services.practices import practice_row
from exchange_desktop.storage.database import Database
from exchange_desktop.storage.mapping import copy_fields, session_to_domain, to_domain
from exchange_desktop.storage.models import (
    AvailabilityRow,
    CandidateDateRow,
    DateChangeRow,
    OrganisationRow,
    ParticipantRow,
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
)
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
_ONE_LINE_FIELDS = ("venue", "room", "webinar_link")
_ACTIVE = (RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING)


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


@dataclass(frozen=True)
class ModeChangePreview:
    """What switching between "O" and "E" would do, to ask the clerk before doing it."""

    sessions_before: int
    sessions_after: int
    registrations_affected: int
    text: Message


@dataclass(frozen=True)
class PersonToInform:
    """Someone to tell about a new date, with the address to write to."""

    name: str
    organisation: str
    email: str


@dataclass(frozen=True)
class RescheduleResult:
    """A session moved to another day, and who must be told."""

    session: Session
    old_day: date | None
    new_day: date
    people: list[PersonToInform]
    organisations: list[PersonToInform]


@dataclass(frozen=True)
class AvailabilityMatrix:
    """Which Ente can come on which date (sì / forse / no), with totals and the best date."""

    organisations: list[Organisation]
    candidates: list[CandidateDate]
    answers: dict[tuple[int, int], AvailabilityAnswer]  # (organisation id, candidate id)
    totals: dict[int, tuple[int, int, int]]  # candidate id -> (yes, maybe, no)
    suggested: int | None


# --- helpers inside a transaction ------------------------------------------------------------


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def _message(template: str, **params: object) -> Message:
    return Message(MESSAGES_CONTEXT, template, **params)


def _day_text(day: date) -> str:
    """ "lunedì 20 aprile 2026", as the clerk reads dates."""
    return long_date(day)


def session_row(session: OrmSession, session_id: int) -> SessionRow:
    """The session's row in an open transaction, or the "does not exist" error."""
    row = session.get(SessionRow, session_id)
    if row is None:
        raise not_found(
            QT_TRANSLATE_NOOP("Messages", "La sessione n. {id} non esiste."), session_id
        )
    return row


def _candidate_row(session: OrmSession, candidate_id: int) -> CandidateDateRow:
    row = session.get(CandidateDateRow, candidate_id)
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


def _session_rows(session: OrmSession, practice_id: int) -> list[SessionRow]:
    """The sessions of a practice in date order (sessions without dates last)."""
    rows = session.scalars(
        select(SessionRow)
        .where(SessionRow.practice_id == practice_id)
        .options(selectinload(SessionRow.candidate_dates))
    ).all()
    return sorted(rows, key=lambda row: (_first_day(row), row.id))


def _counts(session: OrmSession, session_ids: Iterable[int]) -> dict[int, tuple[int, int]]:
    """Session id → (confirmed, waiting) registrations."""
    counts: dict[int, Counter[RegistrationStatus]] = {}
    rows = session.execute(
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


def _summaries(session: OrmSession, rows: list[SessionRow]) -> list[SessionSummary]:
    counts = _counts(session, [row.id for row in rows])
    return [SessionSummary(session_to_domain(row), *counts.get(row.id, (0, 0))) for row in rows]


def _apply_dates(row: SessionRow, session: Session) -> None:
    """Copy the statuses the domain decided back onto the rows."""
    statuses = {c.id: c.status for c in session.candidate_dates}
    for candidate in row.candidate_dates:
        candidate.status = statuses.get(candidate.id, candidate.status)
    row.status = session.status


def _new_session(
    session: OrmSession, practice: PracticeRow, template: SessionRow | None
) -> SessionRow:
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
    session.add(row)
    session.flush()
    return row


def _open_days(row: SessionRow) -> set[date]:
    return {c.day for c in row.candidate_dates if c.status is not CandidateStatus.DISCARDED}


def _registrations(row: SessionRow) -> list[Registration]:
    return [to_domain(r, Registration) for r in row.registrations]


def _active_count(row: SessionRow) -> int:
    return sum(1 for r in row.registrations if r.status in _ACTIVE)


# --- reading ---------------------------------------------------------------------------------


def list_sessions(db: Database, practice_id: int) -> list[Session]:
    """The sessions of a practice with their candidate dates, in creation order."""
    with db.read() as session:
        rows = session.scalars(
            select(SessionRow)
            .where(SessionRow.practice_id == practice_id)
            .options(selectinload(SessionRow.candidate_dates))
            .order_by(SessionRow.id)
        ).all()
        return [session_to_domain(row) for row in rows]


def session_summaries(db: Database, practice_id: int) -> list[SessionSummary]:
    """The sessions of a practice in date order, with their confirmed and waiting counts."""
    with db.read() as session:
        practice_row(session, practice_id)
        return _summaries(session, _session_rows(session, practice_id))


def session_overview(db: Database, practice_id: int | None = None) -> list[SessionOverview]:
    """Every session (or a practice's), by practice and then in date order."""
    with db.read() as session:
        if practice_id is not None:
            practices = [practice_row(session, practice_id)]
        else:
            practices = list(session.scalars(select(PracticeRow).order_by(PracticeRow.id)))
        overview: list[SessionOverview] = []
        for practice in practices:
            rows = _session_rows(session, practice.id)
            overview.extend(
                SessionOverview(practice.id, practice.scheduling_mode, summary)
                for summary in _summaries(session, rows)
            )
        return overview


def get_session(db: Database, session_id: int) -> Session:
    with db.read() as session:
        return session_to_domain(session_row(session, session_id))


def date_changes(db: Database, session_id: int) -> list[DateChange]:
    """The reschedules of a session, oldest first."""
    with db.read() as session:
        row = session_row(session, session_id)
        return [to_domain(change, DateChange) for change in row.date_changes]


# --- "O" and "E" -----------------------------------------------------------------------------


def _split_plan(row: SessionRow) -> tuple[CandidateDateRow | None, list[CandidateDateRow]]:
    """For "O" → "E": the date that stays with the session (and its people), and the others."""
    candidates = sorted(row.candidate_dates, key=lambda c: (c.day, c.id))
    if len(candidates) < 2:
        return None, []
    kept = next((c for c in candidates if c.status is CandidateStatus.CONFIRMED), candidates[0])
    return kept, [c for c in candidates if c is not kept]


def _split(session: OrmSession, practice: PracticeRow, rows: list[SessionRow]) -> None:
    """Each date becomes a session of its own; registrations stay with the kept date."""
    for row in rows:
        kept, others = _split_plan(row)
        if kept is None:
            continue
        if kept.status is CandidateStatus.DISCARDED:
            kept.status = CandidateStatus.CANDIDATE
        for candidate in others:
            new_row = _new_session(session, practice, row)
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


def _merge(session: OrmSession, rows: list[SessionRow]) -> None:
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
            session.execute(
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
        session.flush()
        session.delete(other)
    for candidate in survivor.candidate_dates:
        candidate.status = CandidateStatus.CANDIDATE
    if survivor.status in (SessionStatus.CONFIRMED, SessionStatus.HELD):
        survivor.status = SessionStatus.PROPOSED
    seats = roster_rules.seats_by_arrival(_registrations(survivor), survivor.capacity)
    for registration in survivor.registrations:
        registration.status = seats[registration.id]
    session.flush()


def restructure(session: OrmSession, practice: PracticeRow, mode: SchedulingMode) -> None:
    """Turn the practice's sessions into what ``mode`` means, inside an open transaction.

    Used by :func:`set_scheduling_mode` and by ``practices.update_practice`` so that the mode
    and the sessions never disagree.  Does not change ``practice.scheduling_mode`` itself.
    """
    mode = SchedulingMode(mode)
    if mode is practice.scheduling_mode:
        return
    rows = _session_rows(session, practice.id)
    if mode is SchedulingMode.SEVERAL:
        _split(session, practice, rows)
    else:
        _merge(session, rows)
    session.flush()
    session.expire_all()


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
    active = sum(_active_count(row) for row in rows)
    if mode is current:
        return ModeChangePreview(before, before, 0, _message(_SAME_MODE))
    if mode is SchedulingMode.SEVERAL:
        moving = [row for row in rows if _split_plan(row)[0] is not None]
        after = before + sum(len(_split_plan(row)[1]) for row in moving)
        if not moving:
            return ModeChangePreview(before, after, active, _message(_NOTHING_TO_MOVE))
        dates = sum(len(row.candidate_dates) for row in moving)
        template = _SPLIT if active == 0 else _SPLIT_ONE if active == 1 else _SPLIT_MANY
        return ModeChangePreview(
            before, after, active, _message(template, dates=dates, count=active)
        )
    if before < 2:
        return ModeChangePreview(before, before, active, _message(_NOTHING_TO_MOVE))
    dates = len({c.day for row in rows for c in row.candidate_dates})
    confirmed, waiting = _merged_seats(rows)
    params = {"sessions": before, "dates": dates, "count": confirmed + waiting}
    if confirmed + waiting == 0:
        text = _message(_MERGE, **params)
    elif confirmed + waiting == 1:
        text = _message(_MERGE_ONE, **params)
    elif waiting == 0:
        text = _message(_MERGE_ALL_SEATED, **params)
    else:
        text = _message(
            _MERGE_WAITING,
            confirmed=confirmed,
            waiting=waiting,
            capacity=rows[0].capacity,
            **params,
        )
    return ModeChangePreview(before, 1, confirmed + waiting, text)


def preview_mode_change(db: Database, practice_id: int, mode: SchedulingMode) -> ModeChangePreview:
    """What :func:`set_scheduling_mode` would do, in words, without changing anything."""
    with db.read() as session:
        practice = practice_row(session, practice_id)
        rows = _session_rows(session, practice_id)
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
    with db.transaction() as session:
        practice = practice_row(session, practice_id)
        if mode is not practice.scheduling_mode:
            restructure(session, practice, mode)
            practice.scheduling_mode = mode
            practice.updated_at = _now()
            session.flush()
        return [session_to_domain(row) for row in _session_rows(session, practice_id)]


# --- dates -----------------------------------------------------------------------------------


def add_candidate_date(db: Database, practice_id: int, day: date) -> Session:
    """Propose ``day``: in "O" one more alternative of the session, in "E" a new session.

    The first session of a practice gets the form's number of participants as its seats;
    later "E" sessions copy the place, times and seats of the latest one.
    """
    with db.transaction() as session:
        practice = practice_row(session, practice_id)
        rows = _session_rows(session, practice_id)
        if practice.scheduling_mode is SchedulingMode.ALTERNATIVE:
            target = rows[0] if rows else _new_session(session, practice, None)
            if any(c.day == day for c in target.candidate_dates):
                raise DomainError(
                    _message(
                        QT_TRANSLATE_NOOP("Messages", "{day} è già tra le date proposte."),
                        day=capitalize_first(_day_text(day)),
                    )
                )
        else:
            for row in rows:
                if day in _open_days(row):
                    raise DomainError(
                        _message(
                            QT_TRANSLATE_NOOP(
                                "Messages", "C'è già una sessione {day} (sessione n. {id})."
                            ),
                            day=_day_text(day),
                            id=row.id,
                        )
                    )
            latest = max(rows, key=lambda row: row.id) if rows else None
            target = _new_session(session, practice, latest)
        target.candidate_dates.append(CandidateDateRow(day=day, status=CandidateStatus.CANDIDATE))
        session.flush()
        return session_to_domain(target)


def remove_candidate_date(db: Database, candidate_id: int) -> None:
    """Withdraw a proposed date (its availability answers go with it).

    In "E" the date is the session: the session goes too, refused while people are
    registered to it.  The confirmed date is never removed: reopen the choice first.
    """
    with db.transaction() as session:
        candidate = _candidate_row(session, candidate_id)
        row = candidate.session
        day = _day_text(candidate.day)
        if row.practice.scheduling_mode is SchedulingMode.SEVERAL and len(row.candidate_dates) == 1:
            active = _active_count(row)
            if active == 1:
                raise DomainError(
                    _message(
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
                    _message(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "Impossibile togliere la data {day}: la sessione ha {count} "
                            "iscrizioni. Spostare o annullare prima le iscrizioni.",
                        ),
                        day=day,
                        count=active,
                    )
                )
            session.delete(row)
            return
        if candidate.status is CandidateStatus.CONFIRMED:
            raise DomainError(
                _message(
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


def confirm_date(db: Database, session_id: int, day: date) -> Session:
    """Hold the session on ``day``, one of its candidates; the others are kept, discarded.

    A session already confirmed on another day is moved with :func:`reschedule` (which
    records the change and lists who to tell), not here.
    """
    with db.transaction() as session:
        row = session_row(session, session_id)
        current = session_to_domain(row)
        if day not in {c.day for c in current.candidate_dates}:
            raise DomainError(
                _message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "{day} non è tra le date proposte della sessione n. {id}."
                    ),
                    day=capitalize_first(_day_text(day)),
                    id=session_id,
                )
            )
        confirmed = current.confirmed_day
        if confirmed is not None and confirmed != day:
            raise DomainError(
                _message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "La sessione n. {id} è già confermata per {day}: per cambiare data "
                        "spostarla (chi è iscritto va avvisato) oppure riaprire prima la scelta "
                        "della data.",
                    ),
                    id=session_id,
                    day=_day_text(confirmed),
                )
            )
        scheduling_rules.confirm_date(current, day)
        _apply_dates(row, current)
        session.flush()
        return session_to_domain(row)


def reopen_dates(db: Database, session_id: int) -> Session:
    """Undo a confirmation: every date a candidate again, the session only proposed."""
    with db.transaction() as session:
        row = session_row(session, session_id)
        current = session_to_domain(row)
        scheduling_rules.reopen(current)
        _apply_dates(row, current)
        session.flush()
        return session_to_domain(row)


def _people_to_inform(
    session: OrmSession, row: SessionRow
) -> tuple[list[PersonToInform], list[PersonToInform]]:
    """The participants (seated or waiting) and the Enti involved, with their addresses."""
    people = session.execute(
        select(ParticipantRow, OrganisationRow)
        .join(RegistrationRow, RegistrationRow.participant_id == ParticipantRow.id)
        .outerjoin(OrganisationRow, ParticipantRow.organisation_id == OrganisationRow.id)
        .where(RegistrationRow.session_id == row.id, RegistrationRow.status.in_(_ACTIVE))
    ).all()
    people = sorted(
        people, key=lambda pair: (name_key(pair[0].surname), name_key(pair[0].name), pair[0].id)
    )
    persons = [
        PersonToInform(
            name=f"{person.name} {person.surname}".strip(),
            organisation=organisation.name if organisation is not None else "",
            email=person.email,
        )
        for person, organisation in people
    ]
    enti = {
        organisation.id: organisation
        for _person, organisation in people
        if organisation is not None
    }
    answered = session.scalars(
        select(OrganisationRow)
        .join(AvailabilityRow, AvailabilityRow.organisation_id == OrganisationRow.id)
        .where(AvailabilityRow.candidate_date_id.in_([c.id for c in row.candidate_dates]))
    )
    enti.update({organisation.id: organisation for organisation in answered})
    organisations = [
        PersonToInform(
            name=organisation.contact_name,
            organisation=organisation.name,
            email=organisation.email or organisation.pec,
        )
        for organisation in sorted_organisations(list(enti.values()))
    ]
    return persons, organisations


def reschedule(db: Database, session_id: int, new_day: date, reason: str = "") -> RescheduleResult:
    """Move a session to ``new_day``, keeping its registrations.

    The change is recorded (old day, new day, reason); the new day becomes the confirmed
    date and the old one stays listed, discarded.  Returns who must be told.
    """
    reason = normalize_line(reason)
    errors: dict[str, Message] = {}
    check_text(errors, "reason", reason)
    if errors:
        raise ValidationError(errors)
    with db.transaction() as session:
        row = session_row(session, session_id)
        current = session_to_domain(row)
        if current.status is SessionStatus.HELD:
            raise DomainError(
                _message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "La sessione n. {id} si è già svolta: non si può spostare."
                    ),
                    id=session_id,
                )
            )
        old_day = scheduling_rules.session_day(current, row.practice.scheduling_mode)
        if old_day == new_day:
            raise DomainError(
                _message(
                    QT_TRANSLATE_NOOP("Messages", "La sessione n. {id} è già fissata per {day}."),
                    id=session_id,
                    day=_day_text(new_day),
                )
            )
        if all(c.day != new_day for c in row.candidate_dates):
            row.candidate_dates.append(
                CandidateDateRow(day=new_day, status=CandidateStatus.CANDIDATE)
            )
            session.flush()
            current = session_to_domain(row)
        scheduling_rules.confirm_date(current, new_day)
        _apply_dates(row, current)
        row.date_changes.append(
            DateChangeRow(old_day=old_day, new_day=new_day, changed_at=_now(), reason=reason)
        )
        session.flush()
        people, organisations = _people_to_inform(session, row)
        return RescheduleResult(
            session=session_to_domain(row),
            old_day=old_day,
            new_day=new_day,
            people=people,
            organisations=organisations,
        )


# --- the session's own fields ----------------------------------------------------------------


def _normalized_changes(changes: dict[str, object]) -> dict[str, object]:
    tidy = dict(changes)
    for name in _ONE_LINE_FIELDS:
        if isinstance(tidy.get(name), str):
            tidy[name] = normalize_line(tidy[name])  # type: ignore[arg-type]
    if isinstance(tidy.get("notes"), str):
        tidy["notes"] = normalize_multiline(tidy["notes"])  # type: ignore[arg-type]
    if "modality" in tidy:
        tidy["modality"] = Modality(tidy["modality"])
    return tidy


def update_session(db: Database, session_id: int, **changes: object) -> Session:
    """Change some fields of a session, validated as a whole first.

    Fewer seats than confirmed people is allowed (nobody is dropped; see
    ``domain.scheduling.capacity_warning``); more seats promote people from the waiting
    list, first registered first.  A status of "confermata" or "svolta" needs a confirmed
    date (the only date left is confirmed with it); "proposta" reopens the choice.
    """
    unknown = set(changes) - set(SESSION_FIELDS)
    if unknown:
        raise KeyError(f"not an editable session field: {sorted(unknown)}")
    tidy = _normalized_changes(changes)
    status = tidy.pop("status", None)
    with db.transaction() as session:
        row = session_row(session, session_id)
        updated = replace(session_to_domain(row), **tidy)
        if status is not None:
            try:
                scheduling_rules.change_status(updated, SessionStatus(status))
            except DomainError as error:
                raise ValidationError({"status": error.message}) from error
        scheduling_rules.validate(updated)
        copy_fields(updated, row, list(tidy))
        _apply_dates(row, updated)
        if "capacity" in tidy:
            free = roster_rules.to_promote(_registrations(row), row.capacity)
            promoted = {registration.id for registration in free}
            for registration in row.registrations:
                if registration.id in promoted:
                    registration.status = RegistrationStatus.CONFIRMED
        session.flush()
        return session_to_domain(row)


# --- availability ----------------------------------------------------------------------------


def set_availability(
    db: Database,
    organisation_id: int,
    candidate_date_id: int,
    answer: AvailabilityAnswer | None,
) -> None:
    """Record whether an Ente can come on a date (sì / forse / no); None clears the answer."""
    with db.transaction() as session:
        organisation_row(session, organisation_id)
        _candidate_row(session, candidate_date_id)
        row = session.get(AvailabilityRow, (organisation_id, candidate_date_id))
        if answer is None:
            if row is not None:
                session.delete(row)
            return
        answer = AvailabilityAnswer(answer)
        if row is None:
            session.add(
                AvailabilityRow(
                    organisation_id=organisation_id,
                    candidate_date_id=candidate_date_id,
                    answer=answer,
                )
            )
        else:
            row.answer = answer


def availability_matrix(db: Database, practice_id: int) -> AvailabilityMatrix:
    """Every Ente × every date of the practice (all sessions, in date order).

    The suggestion is the date still in play with most "sì", then most "forse"; the
    earliest wins a tie, and there is none while nobody has answered sì or forse.
    """
    with db.read() as session:
        practice_row(session, practice_id)
        rows = _session_rows(session, practice_id)
        candidate_rows = sorted(
            (c for row in rows for c in row.candidate_dates), key=lambda c: (c.day, c.id)
        )
        candidates = [to_domain(c, CandidateDate) for c in candidate_rows]
        organisations = sorted_organisations(list(session.scalars(select(OrganisationRow))))
        ids = [c.id for c in candidates]
        stored = session.scalars(
            select(AvailabilityRow).where(AvailabilityRow.candidate_date_id.in_(ids))
        ).all()
    answers = {(a.organisation_id, a.candidate_date_id): a.answer for a in stored}
    given = Counter((cid, answer) for (_org, cid), answer in answers.items())
    totals = {
        cid: (
            given[(cid, AvailabilityAnswer.YES)],
            given[(cid, AvailabilityAnswer.MAYBE)],
            given[(cid, AvailabilityAnswer.NO)],
        )
        for cid in ids
    }
    in_play = [c.id for c in candidates if c.status is not CandidateStatus.DISCARDED]
    suggested = scheduling_rules.best_candidate(
        [cid for cid in in_play if cid is not None],
        [Availability(org, cid, answer) for (org, cid), answer in answers.items()],
    )
    return AvailabilityMatrix(
        organisations=organisations,
        candidates=candidates,
        answers=answers,
        totals=totals,
        suggested=suggested,
    )
