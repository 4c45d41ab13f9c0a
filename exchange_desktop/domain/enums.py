"""The closed sets of values the domain uses; the stored value is the enum's value."""

from __future__ import annotations

from enum import Enum


class TransferMode(str, Enum):
    """How the practice is taught ("Modalità del trasferimento")."""

    WORKSHOP = "workshop"
    WEBINAR = "webinar"
    EITHER = "either"


class SchedulingMode(str, Enum):
    """How the proposed dates read on the form.

    ``ALTERNATIVE`` is the form's "O": one session, held on one of several candidate dates.
    ``SEVERAL`` is the form's "E": each date is a session of its own.
    """

    ALTERNATIVE = "O"
    SEVERAL = "E"


class ItemKind(str, Enum):
    """A programme item is a numbered topic or an unnumbered break."""

    TOPIC = "topic"
    BREAK = "break"


class Modality(str, Enum):
    IN_PERSON = "in_person"
    WEBINAR = "webinar"


class SessionStatus(str, Enum):
    PROPOSED = "proposed"
    CONFIRMED = "confirmed"
    CANCELLED = "cancelled"
    HELD = "held"


class CandidateStatus(str, Enum):
    """A candidate date stays visible after the choice: confirmed, or discarded."""

    CANDIDATE = "candidate"
    CONFIRMED = "confirmed"
    DISCARDED = "discarded"


class AvailabilityAnswer(str, Enum):
    """An Ente's answer for one candidate date (sì / forse / no)."""

    YES = "yes"
    MAYBE = "maybe"
    NO = "no"


class RegistrationStatus(str, Enum):
    CONFIRMED = "confirmed"
    WAITING = "waiting"
    CANCELLED = "cancelled"
