"""The practice: the form the host office fills in to propose an exchange."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from datetime import datetime
from typing import Any

from exchange_desktop.domain.calendar_rules import normalize_patron_day, patron_day_error
from exchange_desktop.domain.enums import SchedulingMode, TransferMode
from exchange_desktop.domain.errors import raise_if_any
from exchange_desktop.domain.validation import (
    LONG_TEXT_MAX,
    SHORT_TEXT_MAX,
    check_email,
    check_int_range,
    check_text,
    normalize_email,
    normalize_line,
    normalize_multiline,
)
from exchange_desktop.i18n import Message

MAX_PARTICIPANTS_LIMIT = 999
MAX_DURATION_DAYS = 30
MAX_PROFILES = 20
COAT_OF_ARMS_FORMATS = ("", "png", "svg")

DEFAULT_DATES_NOTE = (
    "Le date possono essere soggette a modifiche in base alla disponibilità dell'Ente "
    "ospitante e degli Enti aderenti."
)


@dataclass
class Practice:
    """A good practice offered for exchange, with everything the form asks for."""

    id: int | None = None
    host_comune: str = ""
    sector: str = ""
    office: str = ""
    title: str = ""
    description: str = ""
    aim: str = ""
    transfer_mode: TransferMode = TransferMode.EITHER
    transfer_notes: str = ""
    max_participants: int = 10
    profiles: list[str] = field(default_factory=list)
    duration_days: int = 1
    scheduling_mode: SchedulingMode = SchedulingMode.ALTERNATIVE
    dates_note: str = DEFAULT_DATES_NOTE
    #: The host Comune's patron-saint day as "MM-DD" ("06-24" in Monza), or empty.
    patron_day: str = ""
    patron_name: str = ""
    contact_name: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    #: Who signs the attestati ("Dott.ssa Maria Bianchi", "Dirigente del Settore …");
    #: empty: the default of the preferences.
    signer_name: str = ""
    signer_title: str = ""
    #: No attestato below this share of the planned hours (0: any attendance counts).
    min_attendance_percent: int = 0
    #: The privacy notice on the sign-in sheet: controller (empty: the host Comune), the
    #: DPO's contact, where the full informativa can be read.
    privacy_controller: str = ""
    privacy_dpo: str = ""
    privacy_info: str = ""
    #: The coat of arms printed on the documents: the image's bytes and "png" or "svg".
    coat_of_arms: bytes | None = None
    coat_of_arms_format: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None


#: The fields the clerk edits (everything but identity and timestamps).
EDITABLE_FIELDS: tuple[str, ...] = tuple(
    f.name for f in fields(Practice) if f.name not in {"id", "created_at", "updated_at"}
)

_MULTILINE_FIELDS = {"description", "aim", "transfer_notes", "dates_note"}


def validation_errors(practice: Practice) -> dict[str, Message]:
    """Every problem in ``practice``, by field name; empty when it can be saved."""
    errors: dict[str, Message] = {}
    for name in (*_ONE_LINE_FIELDS, "privacy_controller", "privacy_dpo", "privacy_info"):
        if name != "title":
            check_text(errors, name, getattr(practice, name))
    check_text(errors, "title", practice.title, required=True)
    for name in _MULTILINE_FIELDS:
        check_text(errors, name, getattr(practice, name), max_length=LONG_TEXT_MAX, multiline=True)
    check_email(errors, "contact_email", practice.contact_email)
    patron_error = patron_day_error(practice.patron_day)
    if patron_error is not None:
        errors["patron_day"] = patron_error
    check_int_range(
        errors, "max_participants", practice.max_participants, 1, MAX_PARTICIPANTS_LIMIT
    )
    check_int_range(errors, "duration_days", practice.duration_days, 1, MAX_DURATION_DAYS)
    check_int_range(errors, "min_attendance_percent", practice.min_attendance_percent, 0, 100)
    if practice.coat_of_arms_format not in COAT_OF_ARMS_FORMATS:
        raise ValueError(f"unknown coat of arms format: {practice.coat_of_arms_format!r}")
    profile_errors: dict[str, Message] = {}
    for profile in practice.profiles:
        check_text(profile_errors, "profiles", profile)
    if len(practice.profiles) > MAX_PROFILES:
        check_int_range(profile_errors, "profiles", len(practice.profiles), 0, MAX_PROFILES)
    errors.update(profile_errors)
    return errors


_ONE_LINE_FIELDS = (
    "host_comune",
    "sector",
    "office",
    "title",
    "patron_name",
    "contact_name",
    "contact_phone",
    "signer_name",
    "signer_title",
)


def normalized(practice: Practice) -> Practice:
    """The practice as it is stored: one-line texts trimmed, line ends unified, tidy profiles."""
    changes: dict[str, Any] = {
        name: normalize_line(getattr(practice, name)) for name in _ONE_LINE_FIELDS
    }
    changes.update(
        {name: normalize_multiline(getattr(practice, name)) for name in _MULTILINE_FIELDS}
    )
    changes["contact_email"] = normalize_email(practice.contact_email)
    for name in ("privacy_controller", "privacy_dpo", "privacy_info"):
        changes[name] = normalize_line(getattr(practice, name))
    changes["patron_day"] = normalize_patron_day(practice.patron_day)
    changes["profiles"] = clean_profiles(practice.profiles)
    return replace(practice, **changes)


def validate(practice: Practice) -> None:
    """Raise :class:`ValidationError` when ``practice`` cannot be saved."""
    raise_if_any(validation_errors(practice))


def clean_profiles(lines: list[str]) -> list[str]:
    """Trimmed, non-empty, without repeats (case-insensitive), in the clerk's order."""
    seen: set[str] = set()
    result: list[str] = []
    for line in lines:
        text = " ".join(line.split())
        if text and text.casefold() not in seen:
            seen.add(text.casefold())
            result.append(text)
    return result


def with_changes(practice: Practice, **changes: Any) -> Practice:
    """A copy of ``practice`` with some fields changed; unknown names are a programming error."""
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise KeyError(f"not an editable practice field: {sorted(unknown)}")
    return replace(practice, **changes)


def copy_title(title: str) -> str:
    """The title given to a duplicate, so that the two are told apart in the list."""
    suffix = " (copia)"
    return title[: SHORT_TEXT_MAX - len(suffix)] + suffix
