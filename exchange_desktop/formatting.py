"""Dates and lists written the way an Italian office writes them ("lunedì 20 aprile 2026")."""

from __future__ import annotations

from datetime import date

from babel.dates import format_date

DEFAULT_LOCALE = "it"


def long_date(day: date, locale: str = DEFAULT_LOCALE) -> str:
    """Weekday, day, month and year in words: "lunedì 20 aprile 2026"."""
    return format_date(day, "EEEE d MMMM y", locale=locale)


def join_alternatives(items: list[str], conjunction: str) -> str:
    """ "a, b o c" — the conjunction ("o" / "e") before the last item."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


def short_date(day: date, locale: str = DEFAULT_LOCALE) -> str:
    """Abbreviated weekday and date for narrow columns: "lun 20/04/2026"."""
    return format_date(day, "EEE dd/MM/y", locale=locale)
