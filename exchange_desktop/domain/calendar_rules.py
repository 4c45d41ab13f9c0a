"""Which days suit an exchange: weekends, Italian public holidays, the patron saint's day.

The holidays come from the maintained ``holidays`` package (named in Italian), never from a
hand-written list: Easter Monday moves every year and the law adds new ones (4 October from
2026).  The host Comune's patron-saint day is not a national holiday but its offices are
closed, so the practice records it as "MM-DD" (Monza: "06-24", San Giovanni Battista).

Everything here warns, nothing blocks: a Saturday workshop may be exactly what the office
wants.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from exchange_desktop.domain.typed_values import day_month_error, stored_day_month
from exchange_desktop.domain.validation import CONTEXT
from exchange_desktop.formatting import interface_locale
from exchange_desktop.i18n import QT_TRANSLATE_NOOP, Message

#: The country whose public holidays apply.
COUNTRY = "IT"
#: The holidays package names them in Italian with this language code
#: (in English with ``en_US`` when the interface speaks English).
HOLIDAY_LANGUAGE = "it_IT"
_HOLIDAY_LANGUAGES = {"en": "en_US"}

_SHORT_PATRON_DAY_RE = re.compile(r"^(\d{1,2})-(\d{1,2})$")
_SATURDAY = 5
_SUNDAY = 6


def parse_patron_day(text: str) -> tuple[int, int] | None:
    """(month, day) of a stored "MM-DD" text; None when empty or not a real day of the year."""
    found = stored_day_month(text)
    return (found.month, found.day) if found else None


def normalize_patron_day(text: str) -> str:
    """Trimmed, and "6-24" written "06-24"; anything else is left for validation to refuse."""
    text = text.strip()
    match = _SHORT_PATRON_DAY_RE.match(text)
    if match is None:
        return text
    return f"{int(match.group(1)):02d}-{int(match.group(2)):02d}"


def patron_day_error(text: str) -> Message | None:
    """Why a stored ``text`` is not a patron-saint day ("MM-DD" or empty), or None.

    The wording is the typed day's (:func:`day_month_error`), with the text shown the way
    the clerk reads it ("31/02" for a stored "02-31").
    """
    if not text.strip() or parse_patron_day(text) is not None:
        return None
    match = _SHORT_PATRON_DAY_RE.match(text.strip())
    shown = f"{int(match.group(2)):02d}/{int(match.group(1)):02d}" if match else text
    return day_month_error(shown).message


def is_patron_day(day: date, patron_day: str) -> bool:
    """True when ``day`` is the patron saint's day given as "MM-DD" (empty: never)."""
    month_day = parse_patron_day(patron_day)
    return month_day is not None and (day.month, day.day) == month_day


@lru_cache(maxsize=1)
def _italy() -> type | None:
    """The package's Italian calendar class alone, or None to go through its registry.

    ``holidays.country_holidays`` imports the package of every country (about 300 modules,
    half a second at start-up under PySide's import hook); the Italian module needs none of
    them, so it is loaded by itself from its file.
    """
    try:
        import importlib.util

        import holidays.holiday_base

        path = Path(holidays.holiday_base.__file__).with_name("countries") / "italy.py"
        spec = importlib.util.spec_from_file_location("_exchange_desktop_holidays_it", path)
        if spec is None or spec.loader is None:
            return None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        italy: type = module.Italy
        return italy
    except Exception:
        return None


@lru_cache(maxsize=64)
def _holidays_of_year(year: int, language: str) -> dict[date, tuple[str, ...]]:
    """The Italian public holidays of one year named in ``language``, computed once."""
    italy = _italy()  # loaded on first use: it is not needed to start the program
    if italy is not None:
        calendar = italy(years=year, language=language)
    else:
        import holidays

        calendar = holidays.country_holidays(COUNTRY, years=year, language=language)
    return {day: tuple(calendar.get_list(day)) for day in calendar}


def holiday_names(day: date) -> list[str]:
    """The names of the Italian public holidays on ``day`` ("Lunedì dell'Angelo"); often none."""
    language = _HOLIDAY_LANGUAGES.get(interface_locale()[:2], HOLIDAY_LANGUAGE)
    return list(_holidays_of_year(day.year, language).get(day, ()))


def is_working_day(day: date, patron_day: str = "") -> bool:
    """Monday to Friday, not a public holiday and not the host's patron-saint day."""
    return (
        day.weekday() < _SATURDAY and not holiday_names(day) and not is_patron_day(day, patron_day)
    )


def working_days_from(start: date, count: int, patron_day: str = "") -> list[date]:
    """The ``count`` days of a session that lasts several days, starting on ``start``.

    ``start`` itself is always the first day (the clerk chose it and has been warned if it
    is a holiday); the following days are the next working days, skipping weekends, public
    holidays and the patron saint's day.
    """
    if count < 1:
        raise ValueError(f"a session lasts at least one day, not {count}")
    days = [start]
    current = start
    while len(days) < count:
        current += timedelta(days=1)
        if is_working_day(current, patron_day):
            days.append(current)
    return days


def date_warnings(
    day: date, *, patron_day: str, patron_name: str = "", today: date
) -> list[Message]:
    """What the clerk should know before proposing ``day``; empty for an ordinary weekday.

    Weekends, Italian public holidays, the host Comune's patron-saint day ("MM-DD") and days
    already gone.  Warnings, not errors: nothing here stops the date from being used.
    """
    warnings: list[Message] = []
    if day.weekday() == _SATURDAY:
        warnings.append(Message(CONTEXT, QT_TRANSLATE_NOOP("Validation", "È un sabato.")))
    elif day.weekday() == _SUNDAY:
        warnings.append(Message(CONTEXT, QT_TRANSLATE_NOOP("Validation", "È una domenica.")))
    names = holiday_names(day)
    if names:
        warnings.append(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP("Validation", "È un giorno festivo: {name}."),
                name=" e ".join(names),
            )
        )
    if is_patron_day(day, patron_day):
        patron_name = " ".join(patron_name.split())
        if patron_name:
            warnings.append(
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "È la festa del santo patrono del Comune ospitante ({name}).",
                    ),
                    name=patron_name,
                )
            )
        else:
            warnings.append(
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP(
                        "Validation", "È la festa del santo patrono del Comune ospitante."
                    ),
                )
            )
    if day < today:
        warnings.append(Message(CONTEXT, QT_TRANSLATE_NOOP("Validation", "La data è già passata.")))
    return warnings
