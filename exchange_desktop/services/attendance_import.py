"""A webinar's attendance report applied to the roster: each line of the report matched to a
confirmed registration of the session, by email first and then by name, and the people
found marked present with the times they joined and left.

A line matches by name when its words are the person's name and surname in either order
("Anna Rossi" or "Rossi Anna"), whatever the capitals and accents; what Teams and Zoom add
in brackets ("(Ospite)", "(Guest)", "(Comune di Lissone)") is left out.  A name shared by two
people of the session matches neither: the clerk decides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time, timedelta
from functools import reduce

from sqlalchemy import select

from exchange_desktop.domain.enums import CandidateStatus, RegistrationStatus
from exchange_desktop.domain.errors import DomainError
from exchange_desktop.domain.validation import name_key
from exchange_desktop.i18n import QT_TRANSLATE_NOOP
from exchange_desktop.imports.attendance_report import AttendanceLine, combine_lines
from exchange_desktop.services.attendance import default_day
from exchange_desktop.services.roster_rows import registration_row, session_label
from exchange_desktop.services.session_rows import day_text, message, session_row
from exchange_desktop.storage.database import Database
from exchange_desktop.storage.models import (
    AttendanceRow,
    ParticipantRow,
    RegistrationRow,
    SessionRow,
)

_BRACKETS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")


@dataclass(frozen=True)
class AttendanceMatch:
    """The report's lines found in the roster (with the registration id) and those not found."""

    matched: list[tuple[int, AttendanceLine]]
    unmatched: list[AttendanceLine]


def _name_words(text: str) -> tuple[str, ...]:
    """The words of a display name, without brackets, punctuation, case or accents."""
    cleaned = _BRACKETS.sub(" ", text)
    return tuple(sorted(re.sub(r"[^\w]+", " ", name_key(cleaned)).split()))


def _unique(index: dict[object, list[int]]) -> dict[object, int]:
    """Only the keys that point at one registration: an ambiguous key matches nobody."""
    return {key: ids[0] for key, ids in index.items() if len(set(ids)) == 1}


def match_attendance(
    db: Database, practice_id: int, session_id: int, lines: list[AttendanceLine]
) -> AttendanceMatch:
    """Pair each report line with a confirmed registration of the session (email, then name).

    Two lines that land on the same registration (a second device, another name) are merged.
    """
    with db.read() as session:
        target = session_row(session, session_id)
        if target.practice_id != practice_id:
            raise DomainError(
                message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "La sessione n. {id} non è della pratica n. {practice}."
                    ),
                    id=session_id,
                    practice=practice_id,
                )
            )
        people = session.execute(
            select(
                RegistrationRow.id,
                ParticipantRow.surname,
                ParticipantRow.name,
                ParticipantRow.email,
            )
            .join(ParticipantRow, RegistrationRow.participant_id == ParticipantRow.id)
            .where(
                RegistrationRow.session_id == session_id,
                RegistrationRow.status == RegistrationStatus.CONFIRMED,
            )
            .order_by(RegistrationRow.id)
        ).all()
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
        registration_id = emails.get(line.email.strip().casefold()) if line.email else None
        if registration_id is None:
            registration_id = names.get(_name_words(line.name))
        if registration_id is None:
            unmatched.append(line)
        else:
            found.setdefault(registration_id, []).append(line)
    matched = [
        (registration_id, reduce(combine_lines, group))
        for registration_id, group in sorted(found.items())
    ]
    return AttendanceMatch(matched, unmatched)


def _session_days(row: SessionRow) -> set[date]:
    """Every day of the session: from its confirmed day (else each open date) for the
    practice's number of days."""
    confirmed = [c.day for c in row.candidate_dates if c.status is CandidateStatus.CONFIRMED]
    starts = confirmed or [
        c.day for c in row.candidate_dates if c.status is not CandidateStatus.DISCARDED
    ]
    length = max(row.practice.duration_days, 1)
    return {start + timedelta(days=n) for start in starts for n in range(length)}


def _clock(line: AttendanceLine, day: date) -> tuple[time | None, time | None]:
    """Entry and exit times on ``day`` (to the minute); an exit not after the entry is dropped."""
    time_in = (
        line.first_join.time().replace(second=0, microsecond=0)
        if line.first_join and line.first_join.date() == day
        else None
    )
    time_out = (
        line.last_leave.time().replace(second=0, microsecond=0)
        if line.last_leave and line.last_leave.date() == day
        else None
    )
    if time_in is not None and time_out is not None and time_out <= time_in:
        time_out = None
    return time_in, time_out


def apply_attendance(db: Database, matches: list[tuple[int, AttendanceLine]]) -> int:
    """Mark each matched registration present, with the entry and exit times of the report,
    in one transaction; returns how many people were marked.

    The day is the day of the first join (it must be one of the session's days), else the
    session's day.  Someone already marked keeps the times the report does not give.
    """
    marked = 0
    with db.transaction() as session:
        for registration_id, line in matches:
            registration = registration_row(session, registration_id)
            target = registration.session
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
            if registration.status is not RegistrationStatus.CONFIRMED:
                continue
            attendance = session.scalar(
                select(AttendanceRow).where(
                    AttendanceRow.registration_id == registration_id, AttendanceRow.day == day
                )
            )
            if attendance is None:
                attendance = AttendanceRow(registration_id=registration_id, day=day)
                session.add(attendance)
            time_in, time_out = _clock(line, day)
            attendance.present = True
            attendance.time_in = time_in or attendance.time_in
            attendance.time_out = time_out or attendance.time_out
            if (
                attendance.time_in
                and attendance.time_out
                and attendance.time_out <= attendance.time_in
            ):
                attendance.time_out = None
            marked += 1
    return marked
