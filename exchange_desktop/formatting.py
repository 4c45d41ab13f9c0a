"""Dates written the way the reader's language writes them ("lunedì 20 aprile 2026").

Two languages meet here: documents (PDF, Excel, calendar) are official Italian papers and
always pass ``DOCUMENT_LOCALE``; what the interface shows follows the language chosen in the
preferences, which the GUI and the command line set once at start-up with
:func:`set_interface_locale` (a function without ``locale`` uses it).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from exchange_desktop.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from decimal import Decimal

DEFAULT_LOCALE = "it"
DOCUMENT_LOCALE = "it"
_interface = {"locale": DEFAULT_LOCALE}


# babel is imported on first use, not with this module: the window's start imports this
# module (through the interface language) and paints before any date is written.
def format_date(day: date, pattern: str, locale: str) -> str:
    """babel's ``format_date``."""
    from babel.dates import format_date as babel_format_date

    return babel_format_date(day, pattern, locale=locale)


def format_decimal(value: float | Decimal, format: str, locale: str) -> str:
    """babel's ``format_decimal``."""
    from babel.numbers import format_decimal as babel_format_decimal

    return babel_format_decimal(value, format=format, locale=locale)


def set_interface_locale(locale: str) -> None:
    """The language of the interface ("it", "en"), for dates shown on screen and in messages."""
    _interface["locale"] = locale


def interface_locale() -> str:
    return _interface["locale"]


def long_date(day: date, locale: str | None = None) -> str:
    """Weekday, day, month and year in words: "lunedì 20 aprile 2026"."""
    return format_date(day, "EEEE d MMMM y", locale=locale or interface_locale())


def join_alternatives(items: list[str], conjunction: str) -> str:
    """ "a, b o c" — the conjunction ("o" / "e") before the last item."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


def short_date(day: date, locale: str | None = None) -> str:
    """Abbreviated weekday and date for narrow columns: "lun 20/04/2026"."""
    return format_date(day, "EEE dd/MM/y", locale=locale or interface_locale())


def plain_date(day: date, locale: str | None = None) -> str:
    """Day, month and year without the weekday: "22 aprile 2026" (a place-and-date line)."""
    return format_date(day, "d MMMM y", locale=locale or interface_locale())


def long_dates(days: list[date], locale: str | None = None, conjunction: str = "e") -> str:
    """Several days in words, the month and year said once when shared:
    "lunedì 20 e martedì 21 aprile 2026", "giovedì 30 aprile e venerdì 1 maggio 2026".
    """
    locale = locale or interface_locale()
    days = sorted(days)
    if not days:
        return ""
    last = days[-1]
    if all((d.year, d.month) == (last.year, last.month) for d in days):
        pattern = "EEEE d"
    elif all(d.year == last.year for d in days):
        pattern = "EEEE d MMMM"
    else:
        pattern = "EEEE d MMMM y"
    heads = [format_date(day, pattern, locale=locale) for day in days[:-1]]
    return join_alternatives([*heads, long_date(last, locale)], conjunction)


def decimal(value: float, locale: str | None = None) -> str:
    """A number with two decimals, "6,50" in Italian and "6.50" in English."""
    return format_decimal(value, format="#,##0.00", locale=locale or interface_locale())


#: The words of a session's days, marked for translation in the "Messages" context.
_OR = QT_TRANSLATE_NOOP("Messages", "o")
_AND = QT_TRANSLATE_NOOP("Messages", "e")
_TO_BE_SET = QT_TRANSLATE_NOOP("Messages", "data da definire")


class SessionDays(str):
    """The days of a session in words, "lunedì 20 aprile 2026" once confirmed, else the
    dates still in play, "20 o 27 aprile 2026", or "data da definire".

    As a ``str`` it is the Italian of the documents (and of JSON and logs); the window and
    the command line, which alone know the interface language, say it there with
    :meth:`localized`.  The services build it without translating anything.
    """

    days: tuple[date, ...]
    confirmed: bool
    _said: tuple[str, str]  # the interface locale and the text said in it

    def __new__(cls, days: tuple[date, ...], confirmed: bool) -> SessionDays:
        text = _session_days(days, confirmed, DOCUMENT_LOCALE, (_OR, _AND, _TO_BE_SET))
        made = super().__new__(cls, text)
        made.days = days
        made.confirmed = confirmed
        made._said = ("", "")
        return made

    def localized(self, translate: Callable[[str, str], str]) -> str:
        """In the interface language; ``translate(context, text)`` gives the marked words.
        Said once per language: every row of a session's roster shares the object."""
        locale = interface_locale()
        if self._said[0] != locale:
            words = tuple(translate("Messages", word) for word in (_OR, _AND, _TO_BE_SET))
            self._said = (locale, _session_days(self.days, self.confirmed, locale, words))
        return self._said[1]


def _session_days(
    days: tuple[date, ...], confirmed: bool, locale: str, words: tuple[str, ...]
) -> str:
    or_word, and_word, to_be_set = words
    if not days:
        return to_be_set
    if confirmed:  # the day, or every day of a session of several
        return long_dates(list(days), locale, and_word)
    if len(days) == 1:
        return long_date(days[0], locale)
    last = days[-1]
    if all((d.year, d.month) == (last.year, last.month) for d in days):
        pattern = "d"
    elif all(d.year == last.year for d in days):
        pattern = "d MMMM"
    else:
        pattern = "d MMMM y"
    heads = [format_date(day, pattern, locale=locale) for day in days[:-1]]
    return join_alternatives([*heads, format_date(last, "d MMMM y", locale=locale)], or_word)
