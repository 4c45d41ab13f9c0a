"""Sessions and their dates: the form's "O" (one of these dates) and "E" (each of these dates)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
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
    for name in ("venue", "room", "webinar_link"):
        check_text(errors, name, getattr(session, name))
    check_text(errors, "notes", session.notes, max_length=5000, multiline=True)
    if session.start_time and session.end_time and session.end_time <= session.start_time:
        errors["end_time"] = Message(
            CONTEXT, QT_TRANSLATE_NOOP("Validation", "L'ora di fine deve seguire quella di inizio.")
        )
    return errors


def validate(session: Session) -> None:
    raise_if_any(validation_errors(session))
