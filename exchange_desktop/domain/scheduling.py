"""Sessions and their dates: the form's "O" (one of these dates) and "E" (each of these dates)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time

from exchange_desktop.domain.enums import (
    AvailabilityAnswer,
    CandidateStatus,
    Modality,
    SchedulingMode,
    SessionStatus,
)
from exchange_desktop.domain.errors import DomainError, raise_if_any
from exchange_desktop.domain.validation import CONTEXT, check_int_range, check_text
from exchange_desktop.i18n import QT_TRANSLATE_NOOP, Message

MAX_CAPACITY = 999


@dataclass
class CandidateDate:
    """A date on which a session may be held; in "E" mode a session has exactly one."""

    id: int | None = None
    session_id: int | None = None
    day: date = date.min
    status: CandidateStatus = CandidateStatus.CANDIDATE


@dataclass
class DateChange:
    """A reschedule kept on record: the clerk must tell people the old date is gone."""

    id: int | None = None
    session_id: int | None = None
    old_day: date | None = None
    new_day: date | None = None
    changed_at: datetime | None = None
    reason: str = ""


@dataclass
class Session:
    """One exchange day (or several consecutive days) with its own roster and capacity."""

    id: int | None = None
    practice_id: int | None = None
    capacity: int = 10
    modality: Modality = Modality.IN_PERSON
    venue: str = ""
    room: str = ""
    webinar_link: str = ""
    start_time: time | None = None
    end_time: time | None = None
    status: SessionStatus = SessionStatus.PROPOSED
    notes: str = ""
    #: The protocol number printed on the attestati ("n. 12345/2026"), if the office has one.
    protocol_number: str = ""
    candidate_dates: list[CandidateDate] = field(default_factory=list)

    @property
    def confirmed_day(self) -> date | None:
        """The day the session is held on, once confirmed."""
        for candidate in self.candidate_dates:
            if candidate.status is CandidateStatus.CONFIRMED:
                return candidate.day
        return None

    @property
    def open_days(self) -> list[date]:
        """The dates still in play (not discarded), in calendar order."""
        return sorted(
            c.day for c in self.candidate_dates if c.status is not CandidateStatus.DISCARDED
        )


@dataclass
class Availability:
    """Whether an Ente can come on a candidate date."""

    organisation_id: int
    candidate_date_id: int
    answer: AvailabilityAnswer


def sessions_for_dates(
    mode: SchedulingMode, days: list[date], capacity: int, modality: Modality
) -> list[Session]:
    """The sessions a list of proposed dates stands for.

    "O": one session whose candidate dates are all the days; "E": one session per day.
    """
    ordered = sorted(set(days))
    if not ordered:
        return []
    if mode is SchedulingMode.ALTERNATIVE:
        return [
            Session(
                capacity=capacity,
                modality=modality,
                candidate_dates=[CandidateDate(day=day) for day in ordered],
            )
        ]
    return [
        Session(capacity=capacity, modality=modality, candidate_dates=[CandidateDate(day=day)])
        for day in ordered
    ]


def confirm_date(session: Session, day: date) -> None:
    """Hold ``session`` on ``day``: that candidate is confirmed, the others discarded."""
    if day not in {c.day for c in session.candidate_dates}:
        raise DomainError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP("Validation", "Il {day} non è tra le date proposte."),
                day=day.isoformat(),
            )
        )
    for candidate in session.candidate_dates:
        candidate.status = (
            CandidateStatus.CONFIRMED if candidate.day == day else CandidateStatus.DISCARDED
        )
    session.status = SessionStatus.CONFIRMED


def session_day(session: Session, mode: SchedulingMode) -> date | None:
    """The day the session is held on: the confirmed one.

    In "E" mode a session has a single date of its own, so that date counts even before it
    is confirmed; in "O" mode an unconfirmed session has no day yet.
    """
    confirmed = session.confirmed_day
    if confirmed is not None or mode is not SchedulingMode.SEVERAL:
        return confirmed
    open_days = session.open_days
    return open_days[0] if len(open_days) == 1 else None


def reopen(session: Session) -> None:
    """Undo a confirmation: every date is a candidate again and the session only proposed."""
    for candidate in session.candidate_dates:
        candidate.status = CandidateStatus.CANDIDATE
    session.status = SessionStatus.PROPOSED


def _needs_a_day(status: SessionStatus) -> bool:
    return status in (SessionStatus.CONFIRMED, SessionStatus.HELD)


def _status_error(session: Session) -> Message | None:
    """Why ``session`` cannot have its status: confirmed or held without a day to be held on."""
    if not _needs_a_day(session.status) or session.confirmed_day is not None:
        return None
    if len(session.open_days) == 1:
        return None  # the only date left is confirmed with the status (see change_status)
    if not session.open_days:
        return Message(
            CONTEXT,
            QT_TRANSLATE_NOOP("Validation", "La sessione non ha date: aggiungerne una prima."),
        )
    return Message(
        CONTEXT,
        QT_TRANSLATE_NOOP("Validation", "Confermare prima una delle date proposte."),
    )


def change_status(session: Session, status: SessionStatus) -> None:
    """Give ``session`` a new status and keep its dates consistent with it.

    Back to "proposta" reopens the choice of the date; "confermata" or "svolta" need a
    confirmed date — the only date still in play is confirmed with it, otherwise the clerk
    must choose one first (:class:`DomainError`).  "Annullata" leaves the dates as they are.
    """
    status = SessionStatus(status)
    if status is session.status:
        return
    if status is SessionStatus.PROPOSED:
        reopen(session)
        return
    if _needs_a_day(status) and session.confirmed_day is None:
        error = _status_error(replace(session, status=status))
        if error is not None:
            raise DomainError(error)
        confirm_date(session, session.open_days[0])
    session.status = status


def capacity_warning(capacity: int, confirmed_count: int) -> Message | None:
    """A warning, not an error: fewer seats than people already confirmed.

    Nobody loses a seat; the session simply takes no one else until places free up.
    """
    if confirmed_count <= capacity:
        return None
    return Message(
        CONTEXT,
        QT_TRANSLATE_NOOP(
            "Validation",
            "I posti ({capacity}) sono meno degli iscritti già confermati ({confirmed}): "
            "nessuno perde il posto, ma non entrano altri iscritti finché i confermati non "
            "scendono sotto {capacity}.",
        ),
        capacity=capacity,
        confirmed=confirmed_count,
    )


def best_candidate(candidate_ids: list[int], availabilities: list[Availability]) -> int | None:
    """The candidate with most "sì", then most "forse"; the earliest listed wins ties."""
    if not candidate_ids:
        return None
    counts = Counter((a.candidate_date_id, a.answer) for a in availabilities)

    def score(candidate_id: int) -> tuple[int, int]:
        return (
            counts[(candidate_id, AvailabilityAnswer.YES)],
            counts[(candidate_id, AvailabilityAnswer.MAYBE)],
        )

    best = max(candidate_ids, key=score)
    return best if score(best) != (0, 0) else None


def validation_errors(session: Session) -> dict[str, Message]:
    errors: dict[str, Message] = {}
    check_int_range(errors, "capacity", session.capacity, 1, MAX_CAPACITY)
    for name in ("venue", "room", "webinar_link", "protocol_number"):
        check_text(errors, name, getattr(session, name))
    check_text(errors, "notes", session.notes, max_length=5000, multiline=True)
    if session.start_time and session.end_time and session.end_time <= session.start_time:
        errors["end_time"] = Message(
            CONTEXT, QT_TRANSLATE_NOOP("Validation", "L'ora di fine deve seguire quella di inizio.")
        )
    status_error = _status_error(session)
    if status_error is not None:
        errors["status"] = status_error
    return errors


def validate(session: Session) -> None:
    raise_if_any(validation_errors(session))
