"""What a clerk types for a time of day or a yearly day, read once for the whole program.

The window, the command line and the report reader all call these parsers, so "0930" is a
time everywhere and a wrong one is refused with the same sentence everywhere.

**Clock times** (:func:`parse_clock_time`), spaces around the parts allowed:

* hour and minutes with ``:``, ``.``, ``,`` or a space between them: "9:30", "09:30",
  "9.30", "9,30", "9 30";
* three or four digits, the last two the minutes: "930", "0930", "1415";
* seconds after the minutes ("9:01:02"), as webinar reports write them; a clerk rarely
  types them, and they are kept;
* "AM"/"PM" (also "a.m.", "pm") after any of these, as English reports write them: the
  hour is then 1 to 12 ("12 AM" is midnight, "12 PM" noon).

The hour runs 0–23 and the minutes 0–59 (two digits): "24:00", "9:5" and "9:75" are no
time.  "9:3" is refused rather than guessed, since the clerk may be half way through
typing "9:30"; for the same reason an hour alone ("9") is no time: in a field saved as it
is typed, the first key of "24:30" or "10:00" would otherwise already be a time (02:00,
01:00), saved and put on the undo list.

**Yearly days** (:func:`parse_day_month`), as Italians write them, day first: "24/06",
"24/6", "24-06", "24.06", "24 06".  A dash form that is no day/month that way round but is
one month first ("06-24") is the form the practice stores (MM-DD) and that the program once
asked the clerk to type, so it is read as such.  29 February is a day (it comes every four
years).  The practice keeps storing "MM-DD" (:attr:`DayMonth.stored`).

Durations are not typed anywhere in the program (the reports' durations are the report
reader's own), so there is no parser for them here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time

from exchange_desktop.domain.errors import DomainError
from exchange_desktop.domain.validation import CONTEXT
from exchange_desktop.i18n import QT_TRANSLATE_NOOP, Message

_HALF = r"(?P<half>[AaPp])\.?\s*[Mm]\.?"
_SEPARATOR = r"\s*[:.,]\s*|\s+"
_CLOCK = re.compile(
    rf"^(?P<hour>\d{{1,2}})(?:{_SEPARATOR})(?P<minute>\d{{2}})"
    rf"(?:(?:{_SEPARATOR})(?P<second>\d{{2}}))?\s*(?:{_HALF})?$",
    re.ASCII,
)
_COMPACT = re.compile(rf"^(?P<hour>\d{{1,2}})(?P<minute>\d{{2}})\s*(?:{_HALF})?$", re.ASCII)
_DAY_MONTH = re.compile(r"^(\d{1,2})\s*(?:([/.\-])\s*|\s+)(\d{1,2})$", re.ASCII)
_STORED = re.compile(r"^(\d{2})-(\d{2})$", re.ASCII)
_NOON = 12
#: A leap year, so that 29 February is a real day of the year.
_LEAP_YEAR = 2024


class TypedValueError(DomainError):
    """Text that is not the value its field wants; ``text`` is what was typed."""

    def __init__(self, message: Message, text: str) -> None:
        super().__init__(message)
        self.text = text


def clock_time_error(text: str) -> TypedValueError:
    """The one wording of a time that is not a time."""
    return TypedValueError(
        Message(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Validation", 'Ora non valida: "{text}". Scrivere l\'ora come 9:30 o 09:30.'
            ),
            text=text.strip(),
        ),
        text,
    )


def day_month_error(text: str) -> TypedValueError:
    """The one wording of a yearly day that is not a day."""
    return TypedValueError(
        Message(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Validation",
                'Giorno non valido: "{text}". Scrivere giorno/mese, per esempio 24/06.',
            ),
            text=text.strip(),
        ),
        text,
    )


def _clock_parts(text: str) -> time | None:
    found = _CLOCK.match(text) or _COMPACT.match(text)
    if found is None:
        return None
    parts = found.groupdict()
    hour, minute = int(parts["hour"]), int(parts["minute"])
    second = int(parts.get("second") or 0)
    if parts["half"]:
        if not 1 <= hour <= _NOON:
            return None
        hour = hour % _NOON + (_NOON if parts["half"].lower() == "p" else 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    return time(hour, minute, second)


def parse_clock_time(text: str) -> time:
    """The time of day ``text`` says (rules in the module's docstring).

    Raises :class:`TypedValueError` with the one wording of a bad time.
    """
    parsed = _clock_parts(text.strip())
    if parsed is None:
        raise clock_time_error(text)
    return parsed


def parse_optional_clock_time(text: str | None) -> time | None:
    """None for an empty field (no time), else :func:`parse_clock_time`."""
    if text is None or not text.strip():
        return None
    return parse_clock_time(text)


@dataclass(frozen=True, order=True)
class DayMonth:
    """A day of any year, such as a patron saint's day."""

    month: int
    day: int

    @property
    def stored(self) -> str:
        """As the practice stores it: "06-24"."""
        return f"{self.month:02d}-{self.day:02d}"

    @property
    def typed(self) -> str:
        """As the clerk reads and types it: "24/06"."""
        return f"{self.day:02d}/{self.month:02d}"

    def on(self, year: int) -> date | None:
        """This day in ``year`` (None for 29 February in a common year)."""
        try:
            return date(year, self.month, self.day)
        except ValueError:
            return None


def _day_month(month: int, day: int) -> DayMonth | None:
    try:
        date(_LEAP_YEAR, month, day)
    except ValueError:
        return None
    return DayMonth(month, day)


def stored_day_month(text: str) -> DayMonth | None:
    """The day a stored "MM-DD" names; None when empty or not a real day of the year."""
    found = _STORED.match(text.strip())
    return _day_month(int(found.group(1)), int(found.group(2))) if found else None


def parse_day_month(text: str) -> DayMonth:
    """The yearly day ``text`` says, day first (rules in the module's docstring).

    Raises :class:`TypedValueError` with the one wording of a bad day.
    """
    found = _DAY_MONTH.match(text.strip())
    if found is None:
        raise day_month_error(text)
    first, separator, second = int(found.group(1)), found.group(2), int(found.group(3))
    parsed = _day_month(second, first)
    if parsed is None and separator == "-":
        parsed = stored_day_month(text)
    if parsed is None:
        raise day_month_error(text)
    return parsed
