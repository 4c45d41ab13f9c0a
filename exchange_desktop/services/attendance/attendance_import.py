"""A webinar's attendance report applied to the roster: each line of the report matched to a
registration of the session, by email first and then by name, and the seated people found
credited, sitting by sitting, with the minutes they were actually connected.

A line matches by name when its words are the person's name and surname in either order
("Anna Rossi" or "Rossi Anna"), whatever the capitals and accents; what Teams and Zoom add
in brackets ("(Ospite)", "(Guest)", "(Comune di Lissone)") is left out.  A name shared by two
people of the session matches neither: the clerk decides.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import reduce

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from exchange_desktop.domain.enums import CandidateStatus, RegistrationStatus
from exchange_desktop.domain.errors import DomainError
from exchange_desktop.domain.sittings import (
    DayPlan,
    Interval,
    SittingPresence,
    minutes_in_connections,
    time_of,
)
from exchange_desktop.domain.validation import name_key
from exchange_desktop.i18n import QT_TRANSLATE_NOOP, Message
from exchange_desktop.imports.attendance_report import AttendanceLine, combine_lines
from exchange_desktop.services.attendance.marks import default_day, records_of
from exchange_desktop.services.attendance.sittings import plan_of
from exchange_desktop.services.roster.participants import person_name
from exchange_desktop.services.roster.roster_rows import registration_row, session_label
from exchange_desktop.services.scheduling.session_rows import day_text, message, session_of_practice
from exchange_desktop.storage.database import Database
from exchange_desktop.storage.models import (
    AttendanceRow,
    ParticipantRow,
    RegistrationRow,
    SessionRow,
)

_BRACKETS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_MATCHED_STATUSES = (RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING)


@dataclass(frozen=True)
class AttendanceMatch:
    """The report's lines found in the roster (with the registration id) and those not found.

    ``waiting`` are lines of people on the waiting list: they cannot be marked (they are not
    on the sign-in sheet) until promoted, and the clerk must be told.  ``cancelled`` are
    lines of people whose registration was cancelled: not marked either.
    """

    matched: list[tuple[int, AttendanceLine]]
    unmatched: list[AttendanceLine]
    waiting: list[tuple[int, AttendanceLine]] = field(default_factory=list)
    cancelled: list[tuple[int, AttendanceLine]] = field(default_factory=list)


def _name_words(text: str) -> tuple[str, ...]:
    """The words of a display name, without brackets, punctuation, case or accents."""
    cleaned = _BRACKETS.sub(" ", text)
    return tuple(sorted(re.sub(r"[^\w]+", " ", name_key(cleaned)).split()))


def _unique(index: dict[object, list[int]]) -> dict[object, int]:
    """Only the keys that point at one registration: an ambiguous key matches nobody."""
    return {key: ids[0] for key, ids in index.items() if len(set(ids)) == 1}


def _pair(
    people: list[tuple[int, str, str, str]], lines: list[AttendanceLine]
) -> tuple[dict[int, list[AttendanceLine]], list[AttendanceLine]]:
    """Each line with the one person (id, surname, name, email) it names, email first."""
    by_email: dict[object, list[int]] = {}
    by_name: dict[object, list[int]] = {}
    for registration_id, surname, name, email in people:
        if email.strip():
            by_email.setdefault(email.strip().casefold(), []).append(registration_id)
        by_name.setdefault(_name_words(f"{name} {surname}"), []).append(registration_id)
    emails, names = _unique(by_email), _unique(by_name)
    found: dict[int, list[AttendanceLine]] = {}
    unmatched: list[AttendanceLine] = []
    for line in lines:
        matched = emails.get(line.email.strip().casefold()) if line.email else None
        if matched is None:
            matched = names.get(_name_words(line.name))
        if matched is None:
            unmatched.append(line)
        else:
            found.setdefault(matched, []).append(line)
    return found, unmatched


def _merged(found: dict[int, list[AttendanceLine]]) -> list[tuple[int, AttendanceLine]]:
    return [(rid, reduce(combine_lines, group)) for rid, group in sorted(found.items())]


def match_in(
    orm: OrmSession, practice_id: int, session_id: int, lines: list[AttendanceLine]
) -> AttendanceMatch:
    """:func:`match_attendance` inside the caller's transaction.

    The confirmed and waiting people are matched first; only the lines none of them claims
    are tried against the cancelled registrations, so an old cancellation never makes a
    seated namesake ambiguous.
    """
    session_of_practice(orm, session_id, practice_id)
    people = orm.execute(
        select(
            RegistrationRow.id,
            RegistrationRow.status,
            ParticipantRow.surname,
            ParticipantRow.name,
            ParticipantRow.email,
        )
        .join(ParticipantRow, RegistrationRow.participant_id == ParticipantRow.id)
        .where(RegistrationRow.session_id == session_id)
        .order_by(RegistrationRow.id)
    ).all()
    live = [(r.id, r.surname, r.name, r.email) for r in people if r.status in _MATCHED_STATUSES]
    gone = [(r.id, r.surname, r.name, r.email) for r in people if r.status not in _MATCHED_STATUSES]
    waiting_ids = {row.id for row in people if row.status is RegistrationStatus.WAITING}
    found, unmatched = _pair(live, lines)
    cancelled, unmatched = _pair(gone, unmatched)
    merged = _merged(found)
    return AttendanceMatch(
        [pair for pair in merged if pair[0] not in waiting_ids],
        unmatched,
        [pair for pair in merged if pair[0] in waiting_ids],
        _merged(cancelled),
    )


def match_attendance(
    db: Database, practice_id: int, session_id: int, lines: list[AttendanceLine]
) -> AttendanceMatch:
    """Pair each report line with a registration of the session (email, then name): the
    confirmed ones in ``matched``, those on the waiting list in ``waiting``, the cancelled
    ones in ``cancelled``.

    Two lines that land on the same registration (a second device, another name) are merged.
    """
    with db.read() as orm:
        return match_in(orm, practice_id, session_id, lines)


def _session_days(row: SessionRow) -> set[date]:
    """Every day of the session: from its confirmed day (else each open date) for the
    practice's number of days."""
    confirmed = [c.day for c in row.candidate_dates if c.status is CandidateStatus.CONFIRMED]
    starts = confirmed or [
        c.day for c in row.candidate_dates if c.status is not CandidateStatus.DISCARDED
    ]
    length = max(row.practice.duration_days, 1)
    return {start + timedelta(days=n) for start in starts for n in range(length)}


@dataclass(frozen=True)
class MarkedPerson:
    """One person the report credits: the minutes of the day, sitting by sitting."""

    registration_id: int
    name: str
    day: date
    sittings: tuple[SittingPresence, ...]

    @property
    def minutes(self) -> int:
        return sum(presence.credited_minutes or 0 for presence in self.sittings)


@dataclass(frozen=True)
class AttendanceResult:
    """What a report did (or would do): the people credited, and those it could not mark.

    ``waiting`` are on the waiting list (not written: promote them first); ``without_times``
    are in the report with no complete connection on the day (not written: the report does
    not say when they were there, the clerk marks them by hand).  Each is (registration id,
    name).
    """

    marked: list[MarkedPerson]
    waiting: list[tuple[int, str]]
    without_times: list[tuple[int, str]]
    #: Those whose sittings ticked by hand the report turned to absent.
    changed: list[tuple[int, str]] = field(default_factory=list)

    @property
    def message(self) -> Message:
        return message(
            QT_TRANSLATE_NOOP(
                "Messages", "Presenze dal report: {count} persone segnate sedute per seduta."
            ),
            count=len(self.marked),
        )


def _minutes_on(day: date, line: AttendanceLine) -> list[Interval]:
    """The line's connections on ``day`` as minutes from midnight (to the minute, overnight
    connections cut at midnight)."""
    midnight = datetime.combine(day, time())
    intervals = []
    for join, leave in line.connections:
        start = max(0, int((join - midnight).total_seconds() // 60))
        end = min(24 * 60, int((leave - midnight).total_seconds() // 60))
        if end > start:
            intervals.append((start, end))
    return intervals


def _presences(plan: DayPlan, line: AttendanceLine, intervals: list[Interval]) -> list[Credit]:
    """Per sitting, the minutes connected and the first join and last leave inside it.

    The total never exceeds the duration the report gives (when it gives one): Teams without
    its activities block only says the first join and the last leave, and the duration is
    then the one sure figure.  What is over is taken off the last sittings.
    """
    left = line.minutes
    credits: list[Credit] = []
    for number in range(1, len(plan.sittings) + 1):
        minutes = minutes_in_connections(plan, number, intervals)
        if left is not None:
            minutes = min(minutes, left)
            left -= minutes
        if minutes <= 0:
            credits.append(Credit(number, 0, None, None))
            continue
        bounds = plan.sitting(number).interval or (0, 24 * 60)
        inside = [
            (max(start, bounds[0]), min(end, bounds[1]))
            for start, end in intervals
            if min(end, bounds[1]) > max(start, bounds[0])
        ]
        first = min(start for start, _end in inside)
        last = max(end for _start, end in inside)
        credits.append(Credit(number, minutes, time_of(first), time_of(min(last, 24 * 60 - 1))))
    return credits


@dataclass(frozen=True)
class Credit:
    """One sitting as the report has it: minutes connected, first join, last leave."""

    sitting: int
    minutes: int
    time_in: time | None
    time_out: time | None


def _apply_credit(
    orm: OrmSession,
    records: dict[int, AttendanceRow],
    registration_id: int,
    day: date,
    credit: Credit,
    covered: bool = False,
) -> SittingPresence:
    """Write one sitting: present with the report's minutes when connected; else absent,
    unless the clerk recorded the sitting by hand (a row the report did not write) and the
    report does not cover the sitting (``covered``: the report is its record)."""
    row = records.get(credit.sitting)
    if credit.minutes <= 0:
        if row is not None and row.credited_minutes is None and not covered:  # the clerk's
            return SittingPresence(credit.sitting, bool(row.present), row.time_in, row.time_out)
        if row is None:
            row = AttendanceRow(registration_id=registration_id, day=day, sitting=credit.sitting)
            orm.add(row)
        row.present, row.time_in, row.time_out, row.credited_minutes = False, None, None, None
        return SittingPresence(credit.sitting)
    if row is None:
        row = AttendanceRow(registration_id=registration_id, day=day, sitting=credit.sitting)
        orm.add(row)
    row.present = True
    row.time_in, row.time_out = credit.time_in, credit.time_out
    row.credited_minutes = credit.minutes
    return SittingPresence(credit.sitting, True, credit.time_in, credit.time_out, credit.minutes)


def report_day(line: AttendanceLine, target: SessionRow) -> date:
    """The day of the first join (one of the session's days, else the report is refused)."""
    day = line.first_join.date() if line.first_join else default_day(target)
    if day not in _session_days(target):
        raise DomainError(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Il report è di {day}, che non è un giorno della sessione di "
                    "{session}: controllare di aver scelto il report e la sessione "
                    "giusti.",
                ),
                day=day_text(day),
                session=session_label(target),
            )
        )
    return day


def apply_attendance(
    db: Database, matches: list[tuple[int, AttendanceLine]], *, dry_run: bool = False
) -> AttendanceResult:
    """Credit each matched registration, sitting by sitting, with the minutes its
    connections cover (breaks and the time between sittings excluded), in one transaction.

    Per sitting of the day plan: present with ``credited_minutes`` and the first join and
    last leave clipped to the sitting when connected during it; otherwise absent — but a
    sitting the clerk recorded by hand (a row without credited minutes) is left as it is,
    since the report cannot prove they were not in the room.  A sitting an earlier report
    credited is the report's to correct.  Someone on the waiting list, or without any
    complete connection on the day, is not written and is returned so the caller can say
    so.  A report of a day that is not the session's writes nothing (DomainError).  With
    ``dry_run`` the same is worked out and nothing is written.
    """
    opened = db.read() if dry_run else db.transaction()
    with opened as orm:
        return apply_in(orm, matches, dry_run=dry_run)


def hand_marked(records: dict[int, AttendanceRow], sittings: Iterable[int]) -> bool:
    """Whether the clerk marked any of ``sittings`` present by hand (not by a report)."""
    return any(
        number in records and records[number].present and records[number].credited_minutes is None
        for number in sittings
    )


def apply_in(
    orm: OrmSession,
    matches: list[tuple[int, AttendanceLine]],
    *,
    dry_run: bool = False,
    covered: Collection[int] = (),
) -> AttendanceResult:
    """:func:`apply_attendance` inside the caller's transaction; ``covered`` are the
    sittings the report is the record of (absent there means absent, whatever was ticked).
    Those whose hand marks the report changed are listed in ``changed``."""
    marked: list[MarkedPerson] = []
    waiting: list[tuple[int, str]] = []
    without_times: list[tuple[int, str]] = []
    changed: list[tuple[int, str]] = []
    plans: dict[int, DayPlan] = {}
    for registration_id, line in matches:
        registration = registration_row(orm, registration_id)
        target = registration.session
        day = report_day(line, target)
        person = orm.get(ParticipantRow, registration.participant_id)
        name = person_name(person.surname, person.name) if person else line.name
        if registration.status is RegistrationStatus.WAITING:
            waiting.append((registration_id, name))
            continue
        if registration.status is not RegistrationStatus.CONFIRMED:
            continue
        intervals = _minutes_on(day, line)
        if not intervals:
            without_times.append((registration_id, name))
            continue
        if target.id not in plans:
            plans[target.id] = plan_of(orm, target)
        credits = _presences(plans[target.id], line, intervals)
        if dry_run:
            presences = [
                SittingPresence(c.sitting, c.minutes > 0, c.time_in, c.time_out, c.minutes)
                for c in credits
            ]
        else:
            records = records_of(orm, registration_id, day)
            ticked = {c.sitting for c in credits if c.minutes <= 0 and c.sitting in covered}
            if hand_marked(records, ticked):
                changed.append((registration_id, name))
            presences = [
                _apply_credit(orm, records, registration_id, day, credit, credit.sitting in covered)
                for credit in credits
            ]
        marked.append(MarkedPerson(registration_id, name, day, tuple(presences)))
    return AttendanceResult(marked, waiting, without_times, changed)
