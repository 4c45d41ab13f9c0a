"""A webinar report that covers a sitting is its record: the confirmed people it does not
show are absent there, whatever was ticked before (*Tutti presenti*, a box in the roster).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from exchange_desktop.domain.enums import RegistrationStatus
from exchange_desktop.services.attendance.attendance_import import hand_marked
from exchange_desktop.services.attendance.marks import records_of
from exchange_desktop.services.roster.participants import person_name
from exchange_desktop.storage.models import AttendanceRow, ParticipantRow, RegistrationRow


@dataclass(frozen=True)
class Absences:
    """The confirmed people a report does not show, marked absent in the sittings it
    covers; ``changed`` are those of them who had been marked present by hand."""

    absent: list[tuple[int, str]]
    changed: list[tuple[int, str]]


def mark_absent_in(
    orm: OrmSession,
    session_id: int,
    day: date,
    covered: Collection[int],
    in_report: Collection[int],
    *,
    dry_run: bool = False,
) -> Absences:
    """Mark absent on ``day``, in the ``covered`` sittings, every confirmed registration of
    the session that is not ``in_report``; inside the caller's transaction."""
    if not covered:
        return Absences([], [])
    people = orm.execute(
        select(RegistrationRow.id, ParticipantRow.surname, ParticipantRow.name)
        .join(ParticipantRow, ParticipantRow.id == RegistrationRow.participant_id)
        .where(
            RegistrationRow.session_id == session_id,
            RegistrationRow.status == RegistrationStatus.CONFIRMED,
        )
        .order_by(ParticipantRow.surname, ParticipantRow.name, RegistrationRow.id)
    ).all()
    absent: list[tuple[int, str]] = []
    changed: list[tuple[int, str]] = []
    for registration_id, surname, name in people:
        if registration_id in in_report:
            continue
        who = (registration_id, person_name(surname, name))
        absent.append(who)
        records = records_of(orm, registration_id, day)
        if hand_marked(records, covered):
            changed.append(who)
        if dry_run:
            continue
        for number in covered:
            record = records.get(number)
            if record is None:
                record = AttendanceRow(registration_id=registration_id, day=day, sitting=number)
                orm.add(record)
            record.present, record.time_in, record.time_out = False, None, None
            record.credited_minutes = None
    return Absences(absent, changed)
