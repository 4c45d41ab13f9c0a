"""The Partecipanti tab's services in one place: the roster and the seats of a practice's
sessions, duplicates, and (re-exported from their modules) registrations, moves, attendance
and the GDPR rights.  One transaction per function.

``participants`` checks and edits people, ``registrations`` signs them up with the capacity
and the waiting list, ``registration_moves`` moves them between sessions, ``attendance``
marks who came, ``personal_data`` exports and erases what is stored about a person, and
``roster_rows`` builds the rows in bulk.
"""

from __future__ import annotations

from sqlalchemy import func, select

from exchange_desktop.domain.enums import RegistrationStatus
from exchange_desktop.domain.roster import Participant
from exchange_desktop.domain.roster_rows import RosterEntry, SessionSeats
from exchange_desktop.domain.validation import name_key
from exchange_desktop.services.attendance.marks import (
    NotSeatedError,
    day_attendance,
    mark_all_present,
    set_attendance,
    set_day_attendance,
    set_present_all_day,
)
from exchange_desktop.services.roster.participants import (
    PARTICIPANT_FIELDS,
    fiscal_code_error,
    get_participant,
    normalized_participant,
    participant_errors,
    update_participant,
)
from exchange_desktop.services.roster.personal_data import (
    erase_personal_data,
    export_personal_data,
    export_personal_data_file,
)
from exchange_desktop.services.roster.registration_moves import move_registration
from exchange_desktop.services.roster.registrations import (
    CancelOutcome,
    RegistrationOutcome,
    add_registration,
    cancel_registration,
    delete_registration,
    promote,
    register,
)
from exchange_desktop.services.roster.roster_rows import (
    build_rows,
    rows_of_session,
    session_label,
    sessions_with_dates,
)
from exchange_desktop.services.scheduling.session_rows import (
    practice_row,
    session_of_practice,
    session_row,
    sessions_in_date_order,
)
from exchange_desktop.storage.database import Database
from exchange_desktop.storage.models import RegistrationRow

__all__ = [
    "PARTICIPANT_FIELDS",
    "CancelOutcome",
    "NotSeatedError",
    "RegistrationOutcome",
    "RosterEntry",
    "SessionSeats",
    "add_registration",
    "cancel_registration",
    "day_attendance",
    "delete_registration",
    "erase_personal_data",
    "export_personal_data",
    "export_personal_data_file",
    "find_duplicates",
    "fiscal_code_error",
    "get_participant",
    "mark_all_present",
    "move_registration",
    "normalized_participant",
    "participant_errors",
    "promote",
    "register",
    "roster",
    "seats",
    "set_attendance",
    "set_day_attendance",
    "set_present_all_day",
    "update_participant",
]


def roster(db: Database, practice_id: int, session_id: int | None = None) -> list[RosterEntry]:
    """The registrations of one session, or of every session of the practice (None).

    Sessions in date order; within each, the seats, then the waiting list in promotion
    order, then the cancelled registrations.  Read in bulk: fit for thousands of rows.
    """
    with db.read() as orm:
        practice_row(orm, practice_id)
        if session_id is None:
            return build_rows(orm, sessions_in_date_order(orm, practice_id))
        session_of_practice(orm, session_id, practice_id)
        return build_rows(orm, sessions_with_dates(orm, [session_id]))


def seats(db: Database, practice_id: int) -> list[SessionSeats]:
    """Each session of the practice in date order: seats, confirmed, waiting."""
    with db.read() as orm:
        practice_row(orm, practice_id)
        rows = sessions_in_date_order(orm, practice_id)
        counts: dict[tuple[int, RegistrationStatus], int] = {
            (session_id, status): number
            for session_id, status, number in orm.execute(
                select(RegistrationRow.session_id, RegistrationRow.status, func.count())
                .where(RegistrationRow.session_id.in_([row.id for row in rows]))
                .group_by(RegistrationRow.session_id, RegistrationRow.status)
            )
        }
        return [
            SessionSeats(
                session_id=row.id,
                label=session_label(row),
                capacity=row.capacity,
                confirmed=counts.get((row.id, RegistrationStatus.CONFIRMED), 0),
                waiting=counts.get((row.id, RegistrationStatus.WAITING), 0),
            )
            for row in rows
        ]


def find_duplicates(
    db: Database,
    session_id: int,
    participant: Participant,
    exclude_participant_id: int | None = None,
) -> list[RosterEntry]:
    """The session's registrations (not cancelled) that look like the same person: the same
    email (whatever its capitals), or the same surname, name and Ente (whatever the capitals
    and accents).  ``exclude_participant_id`` leaves out the person being edited.
    """
    tidy = normalized_participant(participant)
    email = tidy.email.casefold()
    person = (name_key(tidy.surname), name_key(tidy.name), tidy.organisation_id)
    with db.read() as orm:
        session_row(orm, session_id)
        rows = rows_of_session(orm, session_id)
    return [
        row
        for row in rows
        if row.status is not RegistrationStatus.CANCELLED
        and row.participant_id != exclude_participant_id
        and (
            (email and row.email.strip().casefold() == email)
            or (name_key(row.surname), name_key(row.name), row.organisation_id) == person
        )
    ]
