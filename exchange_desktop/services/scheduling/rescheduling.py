"""Moving a confirmed session to another day: the change is recorded and the people and
Enti to tell are listed.  One transaction per function.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from exchange_desktop.domain import scheduling as scheduling_rules
from exchange_desktop.domain.enums import CandidateStatus, SessionStatus
from exchange_desktop.domain.errors import DomainError, ValidationError
from exchange_desktop.domain.scheduling import DateChange, Session
from exchange_desktop.domain.validation import check_text, name_key, normalize_line
from exchange_desktop.i18n import QT_TRANSLATE_NOOP, Message
from exchange_desktop.services.attendance.attendance_days import (
    NOTHING_SETTLED,
    AttendanceChoice,
    AttendanceSettled,
    settle_attendance,
)
from exchange_desktop.services.scheduling.involved import involved_organisations
from exchange_desktop.services.scheduling.session_rows import (
    ACTIVE,
    apply_dates,
    day_text,
    message,
    now,
    session_row,
)
from exchange_desktop.storage.database import Database
from exchange_desktop.storage.mapping import session_to_domain, to_domain
from exchange_desktop.storage.models import (
    CandidateDateRow,
    DateChangeRow,
    OrganisationRow,
    ParticipantRow,
    RegistrationRow,
    SessionRow,
)


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
    attendance: AttendanceSettled = NOTHING_SETTLED


def date_changes(db: Database, session_id: int) -> list[DateChange]:
    """The reschedules of a session, oldest first."""
    with db.read() as orm:
        row = session_row(orm, session_id)
        return [to_domain(change, DateChange) for change in row.date_changes]


def _people_to_inform(
    orm: OrmSession, row: SessionRow
) -> tuple[list[PersonToInform], list[PersonToInform]]:
    """The participants (seated or waiting) and the Enti involved, with their addresses."""
    people = orm.execute(
        select(ParticipantRow, OrganisationRow)
        .join(RegistrationRow, RegistrationRow.participant_id == ParticipantRow.id)
        .outerjoin(OrganisationRow, ParticipantRow.organisation_id == OrganisationRow.id)
        .where(RegistrationRow.session_id == row.id, RegistrationRow.status.in_(ACTIVE))
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
    organisations = [
        PersonToInform(
            name=organisation.contact_name,
            organisation=organisation.name,
            email=organisation.email or organisation.pec,
        )
        for organisation in involved_organisations(orm, row.id)
    ]
    return persons, organisations


def reschedule(
    db: Database,
    session_id: int,
    new_day: date,
    reason: str = "",
    attendance: AttendanceChoice | None = None,
) -> RescheduleResult:
    """Move a session to ``new_day``, keeping its registrations.

    The change is recorded (old day, new day, reason); the new day becomes the confirmed
    date and the old one stays listed, discarded.  Presences already recorded are kept for
    the new day or cleared as ``attendance`` says; without a choice the move is refused
    (:class:`~.attendance_days.AttendanceOnOtherDaysError`).  Returns who
    must be told.
    """
    reason = normalize_line(reason)
    errors: dict[str, Message] = {}
    check_text(errors, "reason", reason)
    if errors:
        raise ValidationError(errors)
    with db.transaction() as orm:
        row = session_row(orm, session_id)
        current = session_to_domain(row)
        if current.status is SessionStatus.HELD:
            raise DomainError(
                message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "La sessione n. {id} si è già svolta: non si può spostare."
                    ),
                    id=session_id,
                )
            )
        old_day = scheduling_rules.session_day(current, row.practice.scheduling_mode)
        if old_day == new_day:
            raise DomainError(
                message(
                    QT_TRANSLATE_NOOP("Messages", "La sessione n. {id} è già fissata per {day}."),
                    id=session_id,
                    day=day_text(new_day),
                )
            )
        if all(c.day != new_day for c in row.candidate_dates):
            row.candidate_dates.append(
                CandidateDateRow(day=new_day, status=CandidateStatus.CANDIDATE)
            )
            orm.flush()
            current = session_to_domain(row)
        settled = settle_attendance(orm, row, new_day, attendance, old_start=old_day)
        scheduling_rules.confirm_date(current, new_day)
        apply_dates(row, current)
        row.date_changes.append(
            DateChangeRow(old_day=old_day, new_day=new_day, changed_at=now(orm), reason=reason)
        )
        orm.flush()
        people, organisations = _people_to_inform(orm, row)
        return RescheduleResult(
            session=session_to_domain(row),
            old_day=old_day,
            new_day=new_day,
            people=people,
            organisations=organisations,
            attendance=settled,
        )
