"""Read models of the roster: what a registration looks like to the roster, the sign-in
sheet, the certificates and the Excel writer.  Built by ``services.roster_rows`` from the
database; writers below the services take them as they are, so they live in the domain."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from exchange_desktop.domain.enums import RegistrationStatus


@dataclass(slots=True)
class RosterEntry:
    """One registration as the roster shows it: the person, the Ente, the seat, the presence.

    ``waiting_position`` is 1 for the next one to be promoted (None unless waiting);
    ``present`` is None while nobody marked it, else whether the person came (to any
    sitting of any day); ``minutes_attended`` adds up the training minutes of every sitting,
    breaks left out, against the ``planned_minutes`` of the whole session; ``sittings`` is
    what is recorded per sitting (the day's plan, unmarked, while nothing is).

    A snapshot, never changed in place (a change reads the row again).  Not declared frozen
    for speed only: a frozen dataclass sets each field through ``object.__setattr__``, which
    made building the 10,000 rows of a large roster several times slower.
    """

    registration_id: int
    participant_id: int
    session_id: int
    session_label: str
    surname: str
    name: str
    organisation_id: int | None
    organisation: str
    role: str
    email: str
    phone: str
    fiscal_code: str
    privacy_consent: bool
    privacy_consent_date: date | None
    status: RegistrationStatus
    waiting_position: int | None
    present: bool | None
    registered_at: datetime
    minutes_attended: int = 0
    planned_minutes: int = 0
    sittings: tuple[SittingAttendance, ...] = ()
    #: The optional-use consents (photos/videos, future contacts); None: not asked.
    consent_media: bool | None = None
    consent_contact: bool | None = None


@dataclass(frozen=True, slots=True)
class SittingAttendance:
    """One sitting of one day for one person: the plan's times and what was recorded."""

    day: date | None
    number: int
    start: time | None
    end: time | None
    present: bool | None
    time_in: time | None = None
    time_out: time | None = None
    credited_minutes: int | None = None
    minutes: int = 0


@dataclass(frozen=True)
class SessionSeats:
    """The gauge of a session: "8 / 10 posti" and how many wait."""

    session_id: int
    label: str
    capacity: int
    confirmed: int
    waiting: int
