"""Rows of a participant list that are not people: totals and counts typed below the list.

An Excel list made by hand often ends with "Totale iscritti 13" or a count in the name
column.  Read as a row, it would become a participant and take a seat, so it is recognised
and left out.  "Somma" and "Totale" are also Italian surnames: a label counts only when the
row does not otherwise read as a person — a number beside it, or no first name at all.
"""

from __future__ import annotations

from exchange_desktop.i18n import QT_TRANSLATE_NOOP
from exchange_desktop.imports.columns import header_key

#: The first word of a totals label, as :func:`header_key` gives it ("Tot." is "tot").
TOTAL_WORDS = frozenset(
    {"totale", "totali", "tot", "somma", "total", "totals", "subtotale", "subtotal", "sum"}
)

TOTALS_ROW = QT_TRANSLATE_NOOP("ParticipantImport", "Non è una persona: è una riga di totale.")
DIGITS_ONLY = QT_TRANSLATE_NOOP(
    "ParticipantImport", "Non è una persona: al posto del nome ci sono solo cifre."
)


def only_digits(text: str) -> bool:
    """ "13", "1.234", "1 234": a number, whatever the separators."""
    compact = "".join(ch for ch in text if ch not in " .,'")
    return compact.isdigit()


def starts_with_total(text: str) -> bool:
    """True when the cell's first word is Totale, Tot., Totali, Somma, Total…

    The cell must begin with that word: "@SUM(1)" or "=SOMMA(B2:B9)" is a formula's text.
    """
    stripped = text.lstrip()
    words = header_key(stripped).split()
    return bool(words) and stripped[:1].isalpha() and words[0] in TOTAL_WORDS


def _blank_or_digits(text: str) -> bool:
    return not text.strip() or only_digits(text)


def not_a_person(surname: str, name: str, cells: list[str]) -> str | None:
    """Why the row is not a person (a marked source text), or None when it may be one.

    ``surname`` and ``name`` are the row's name fields, ``cells`` all its cells (a label may
    stand in a column that is not imported, the N. column say).
    """
    names = (surname, name)
    for own, other in ((surname, name), (name, surname)):
        if starts_with_total(own) and (any(ch.isdigit() for ch in own) or _blank_or_digits(other)):
            return TOTALS_ROW
    if all(_blank_or_digits(text) for text in names):
        if any(text.strip() for text in names):
            return DIGITS_ONLY
        if any(starts_with_total(cell) for cell in cells):
            return TOTALS_ROW
    return None
