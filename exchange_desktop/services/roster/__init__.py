"""The roster of a practice, as the Partecipanti tab and the command line use it: the people,
their registrations with the capacity and the waiting list, moves between sessions, and the
GDPR rights of each person.

This is the area's public face: the window and the command line import from here;
the modules of the area import each other directly (``participants`` checks and edits
people, ``registrations`` signs them up, ``registration_moves`` moves them, ``personal_data``
exports and erases what is stored about a person, ``roster_rows`` builds the rows in bulk,
``overview`` lists them).  Attendance is its own area (:mod:`..attendance`).
"""

from exchange_desktop.domain.roster_rows import RosterEntry, SessionSeats
from exchange_desktop.services.roster.overview import find_duplicates, roster, seats
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

__all__ = [
    "PARTICIPANT_FIELDS",
    "CancelOutcome",
    "RegistrationOutcome",
    "RosterEntry",
    "SessionSeats",
    "add_registration",
    "cancel_registration",
    "delete_registration",
    "erase_personal_data",
    "export_personal_data",
    "export_personal_data_file",
    "find_duplicates",
    "fiscal_code_error",
    "get_participant",
    "move_registration",
    "normalized_participant",
    "participant_errors",
    "promote",
    "register",
    "roster",
    "seats",
    "update_participant",
]
