"""Enti, participants, registrations and attendance, with the capacity and waiting-list rules."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time

from exchange_desktop.domain.enums import RegistrationStatus
from exchange_desktop.domain.errors import raise_if_any
from exchange_desktop.domain.validation import (
    check_email,
    check_text,
    normalize_email,
    normalize_line,
)
from exchange_desktop.i18n import Message


@dataclass
class Organisation:
    """An Ente aderente: a Comune, an Unione di Comuni, an ASST, a third-sector body…"""

    id: int | None = None
    name: str = ""
    kind: str = ""
    pec: str = ""
    email: str = ""
    contact_name: str = ""
    phone: str = ""


@dataclass
class Participant:
    """A member of staff of an Ente who takes part in an exchange."""

    id: int | None = None
    surname: str = ""
    name: str = ""
    organisation_id: int | None = None
    role: str = ""
    email: str = ""
    phone: str = ""
    fiscal_code: str = ""
    privacy_consent: bool = False
    privacy_consent_date: date | None = None
    #: The optional uses a sign-up form asks about, apart from the privacy consent: photos
    #: and videos of the day published by the Comune, being contacted for future exchanges.
    #: None: the question was not asked (or not answered in a way that can be read).
    consent_media: bool | None = None
    consent_contact: bool | None = None


@dataclass
class Registration:
    """A participant's place in a session: confirmed, waiting, or cancelled."""

    id: int | None = None
    participant_id: int | None = None
    session_id: int | None = None
    status: RegistrationStatus = RegistrationStatus.CONFIRMED
    registered_at: datetime | None = None


@dataclass
class Attendance:
    """Presence in one sitting of one day of a session, with the signed-in and out times.

    The minutes it gives depend on the day's sittings: see
    :func:`exchange_desktop.domain.sittings.attended_minutes`.
    """

    id: int | None = None
    registration_id: int | None = None
    day: date | None = None
    sitting: int = 1
    present: bool = False
    time_in: time | None = None
    time_out: time | None = None
    credited_minutes: int | None = None


def status_for_new_registration(confirmed_count: int, capacity: int) -> RegistrationStatus:
    """A new registration takes a seat while one is free, else it joins the waiting list."""
    if confirmed_count < capacity:
        return RegistrationStatus.CONFIRMED
    return RegistrationStatus.WAITING


def waiting_list(registrations: list[Registration]) -> list[Registration]:
    """The queue in promotion order: first registered, first promoted (id breaks ties)."""
    return arrival_order([r for r in registrations if r.status is RegistrationStatus.WAITING])


def to_promote(registrations: list[Registration], capacity: int) -> list[Registration]:
    """Who moves from the waiting list to a seat now, given the free seats."""
    confirmed = sum(1 for r in registrations if r.status is RegistrationStatus.CONFIRMED)
    free = max(capacity - confirmed, 0)
    return waiting_list(registrations)[:free]


def arrival_order(registrations: list[Registration]) -> list[Registration]:
    """Registrations in the order people signed up (id breaks ties)."""
    return sorted(registrations, key=lambda r: (r.registered_at or datetime.max, r.id or 0))


def seats_by_arrival(
    registrations: list[Registration], capacity: int
) -> dict[int | None, RegistrationStatus]:
    """Who holds a seat when a roster is rebuilt (sessions merged): first registered first.

    The first ``capacity`` registrations still active take the seats, the others wait;
    cancelled ones stay cancelled.  Keyed by registration id.
    """
    statuses: dict[int | None, RegistrationStatus] = {}
    seated = 0
    for registration in arrival_order(registrations):
        if registration.status is RegistrationStatus.CANCELLED:
            statuses[registration.id] = RegistrationStatus.CANCELLED
        elif seated < capacity:
            statuses[registration.id] = RegistrationStatus.CONFIRMED
            seated += 1
        else:
            statuses[registration.id] = RegistrationStatus.WAITING
    return statuses


def organisation_errors(organisation: Organisation) -> dict[str, Message]:
    errors: dict[str, Message] = {}
    check_text(errors, "name", organisation.name, required=True)
    for name in ("kind", "contact_name", "phone"):
        check_text(errors, name, getattr(organisation, name))
    check_email(errors, "pec", organisation.pec)
    check_email(errors, "email", organisation.email)
    return errors


def normalized_organisation(organisation: Organisation) -> Organisation:
    """The Ente as stored: one-line texts trimmed and their spaces folded, addresses trimmed."""
    return replace(
        organisation,
        name=normalize_line(organisation.name),
        kind=normalize_line(organisation.kind),
        contact_name=normalize_line(organisation.contact_name),
        phone=normalize_line(organisation.phone),
        pec=normalize_email(organisation.pec),
        email=normalize_email(organisation.email),
    )


def participant_errors(participant: Participant) -> dict[str, Message]:
    errors: dict[str, Message] = {}
    check_text(errors, "surname", participant.surname, required=True)
    check_text(errors, "name", participant.name, required=True)
    for name in ("role", "phone", "fiscal_code"):
        check_text(errors, name, getattr(participant, name))
    check_email(errors, "email", participant.email)
    return errors


def validate_organisation(organisation: Organisation) -> None:
    raise_if_any(organisation_errors(organisation))


def validate_participant(participant: Participant) -> None:
    raise_if_any(participant_errors(participant))
