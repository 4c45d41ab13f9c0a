"""The times and durations of webinar reports, in the forms Teams and Zoom write them.

Teams writes "4/20/26, 9:01:02 AM" in English and "20/04/26, 09:01:02" in Italian; Zoom
"04/20/2026 09:01:02 AM" or "20/04/2026 09:01:02"; an exported spreadsheet holds ISO
timestamps.  Whether the day or the month comes first is decided once for the whole column:
a number above 12 settles it, else a time with AM/PM means the American order, else the
Italian one.  Durations read "1h 2m 3s", "1 h 2 min 3 s", "2 ore 3 minuti", "01:02:03" or a
plain number of minutes.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime

from exchange_desktop.domain.typed_values import TypedValueError, parse_clock_time

_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?")
_NUMERIC = re.compile(r"^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4}),?\s+(.+?)\s*$")
_HALF_DAY = re.compile(r"[AaPp]\.?\s*[Mm]\.?$")
_MONTH_LIMIT = 12

_DURATION_PART = re.compile(
    r"(\d+(?:[.,]\d+)?)\s*"
    r"(hours|hour|hrs|hr|ore|ora|h|minutes|minute|minuti|minuto|mins|min|m|"
    r"seconds|second|secondi|secondo|secs|sec|s)\b",
    re.IGNORECASE,
)
_CLOCK = re.compile(r"^\s*(\d+):(\d{2})(?::(\d{2}))?\s*$")
_NUMBER = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*$")
_SECONDS = {"h": 3600, "o": 3600, "m": 60, "s": 1}


def _day_first(matches: list[re.Match[str]]) -> bool:
    """Whether "05/04" means 5 April (Italian) or May 4 (American), from the whole column."""
    if any(int(m.group(1)) > _MONTH_LIMIT for m in matches):
        return True
    if any(int(m.group(2)) > _MONTH_LIMIT for m in matches):
        return False
    return not any(_HALF_DAY.search(m.group(4)) for m in matches)


def _from_numeric(match: re.Match[str], day_first: bool) -> datetime | None:
    """The date as the column's order says; the time read by the domain's clock parser
    (the one the window and the command line use), AM/PM and seconds included."""
    first, second, year_text, clock = match.groups()
    day, month = (int(first), int(second)) if day_first else (int(second), int(first))
    year = int(year_text) + (2000 if len(year_text) == 2 else 0)
    try:
        return datetime.combine(date(year, month, day), parse_clock_time(clock))
    except (ValueError, TypedValueError):
        return None


def _from_iso(match: re.Match[str]) -> datetime | None:
    year, month, day, hour, minute, second = match.groups()
    try:
        return datetime(int(year), int(month), int(day), int(hour), int(minute), int(second or 0))
    except ValueError:
        return None


def parse_timestamps(values: list[str]) -> list[datetime | None]:
    """Each value as a date and time (None where it is empty or unreadable)."""
    numeric = [_NUMERIC.match(value) for value in values]
    day_first = _day_first([m for m in numeric if m is not None])
    result: list[datetime | None] = []
    for value, match in zip(values, numeric, strict=True):
        if match is not None:
            result.append(_from_numeric(match, day_first))
            continue
        iso = _ISO.match(value)
        result.append(_from_iso(iso) if iso else None)
    return result


def _number(text: str) -> float:
    return float(text.replace(",", "."))


def parse_minutes(text: str) -> int | None:
    """Whole minutes in a duration ("1h 2m 3s" → 62), None when it says no duration."""
    if _NUMBER.match(text):
        value = _number(text)
        return math.floor(value + 0.5) if math.isfinite(value) else None
    clock = _CLOCK.match(text)
    if clock:
        hours, minutes, seconds = clock.groups()
        if seconds is None:  # "mm:ss" is rarer than "h:mm" in reports; Teams writes h:mm:ss
            return int(hours) * 60 + int(minutes)
        return int(hours) * 60 + int(minutes) + int(seconds) // 60
    parts = _DURATION_PART.findall(text)
    if not parts:
        return None
    seconds = sum(_number(amount) * _SECONDS[unit[0].lower()] for amount, unit in parts)
    return int(seconds // 60)
