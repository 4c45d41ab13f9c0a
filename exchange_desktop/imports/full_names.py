"""A whole name in one cell ("BIANCHI Luca", "Di Stefano Anna Rita", "Paolo D'Amico") split
into surname and given names, the way an Italian office writes them.

Capitals mark the surname when the cell has them ("ROSSI Maria", "Maria ROSSI").  Otherwise
the column says the order ("Cognome e nome" is surname first) or, for a "Nominativo", the
content does: the capitals of the other cells, then which end of the cells holds a common
given name; with no sign at all, surname first (what "Nominativo" means in an office list).
The particles of Italian and foreign surnames (De, Di, D', Della, Lo, Van, Mc…) stay with
the surname; two given names ("Anna Rita") stay together.  A split that is only a guess (three
words, no capitals, no particle) is flagged so that the preview asks the clerk to check it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from exchange_desktop.domain.validation import name_key

SURNAME_FIRST, NAME_FIRST = "surname_first", "name_first"

#: Words that belong to the surname that follows them.
PARTICLES = frozenset(
    {
        "de", "di", "d'", "da", "del", "della", "dal", "lo", "la", "li", "van", "von", "mc",
        "dei", "degli", "delle", "dello", "dalla", "dalle", "dall'", "dell'", "der", "den",
    }
)  # fmt: skip

#: Common Italian given names (and a few foreign ones): which end of a cell holds the name.
_GIVEN_NAMES_TEXT = """
    alessandra alessandro alessia alberto alice andrea angela angelo anna antonella antonio
    barbara beatrice benedetta carla carlo caterina chiara claudia claudio cristina daniela
    daniele davide elena elisa elisabetta emanuela enrico fabio federica federico filippo
    francesca francesco franco gabriele giacomo gianluca giorgia giorgio giovanna giovanni
    giulia giulio giuseppe giuseppina greta ilaria irene laura lorenzo luca lucia luigi
    manuela marco margherita maria marina mario marta martina massimo matteo mattia michela
    michele monica nicola paola paolo patrizia pietro raffaele riccardo roberta roberto
    rosa sara serena silvia simona simone sofia stefania stefano teresa tommaso valentina
    valeria vincenzo viola zoe rita luisa lucio marcello emma ettore elia niccolo nicolo
    grazia pia assunta carmela concetta immacolata lucrezia ludovica noemi nadia
    john mary james david sarah peter anne
"""
GIVEN_NAMES = frozenset(_GIVEN_NAMES_TEXT.split())


@dataclass(frozen=True, slots=True)
class SplitName:
    """A cell read as surname and given names; ``guessed`` when nothing in it says which."""

    surname: str
    name: str
    guessed: bool = False


def _letters(word: str) -> str:
    return "".join(ch for ch in word if ch.isalpha())


def _is_capitals(word: str) -> bool:
    """ "BIANCHI", "D'AMICO", "DI": written in capitals (one letter is an initial, not)."""
    letters = _letters(word)
    return len(letters) >= 2 and letters.isupper()


def _is_particle(word: str) -> bool:
    """ "Di", "DELLA", "D'" (written apart): "D'Amico" is a whole surname, not a particle."""
    return word.casefold() in PARTICLES


def _plain_key(word: str) -> str:
    return name_key(word).strip(".'")


def _all_given(words: list[str]) -> bool:
    return all(_plain_key(word) in GIVEN_NAMES for word in words)


def title_surname(text: str) -> str:
    """ "DI STEFANO" → "Di Stefano", "D'AMICO" → "D'Amico"; a text not all in capitals stays."""
    if not _is_capitals(text.replace(" ", "")):
        return text
    words = []
    for word in text.split():
        parts = word.split("'")
        words.append("'".join(part[:1].upper() + part[1:].lower() for part in parts))
    return " ".join(words)


def _capitals_split(words: list[str]) -> tuple[str, str, str] | None:
    """(surname, name, order) when the capitals make one end of the cell the surname."""
    marks = [_is_capitals(word) for word in words]
    if all(marks) or not any(marks):
        return None
    count = marks.index(False) if marks[0] else None
    if count is not None and not any(marks[count:]):
        return " ".join(words[:count]), " ".join(words[count:]), SURNAME_FIRST
    if not marks[0]:
        start = marks.index(True)
        if all(marks[start:]):
            return " ".join(words[start:]), " ".join(words[:start]), NAME_FIRST
    return None


def _surname_first(words: list[str]) -> tuple[str, str, bool]:
    index = 0
    while index < len(words) - 1 and _is_particle(words[index]):
        index += 1
    particles = index > 0
    index += 1
    guessed = len(words) > 2 and not particles and not _all_given(words[index:])
    return " ".join(words[:index]), " ".join(words[index:]), guessed


def _name_first(words: list[str]) -> tuple[str, str, bool]:
    index = len(words) - 1
    while index > 1 and _is_particle(words[index - 1]):
        index -= 1
    particles = index < len(words) - 1
    guessed = len(words) > 2 and not particles and not _all_given(words[:index])
    return " ".join(words[index:]), " ".join(words[:index]), guessed


def split_name(text: str, order: str) -> SplitName:
    """``text`` split by its capitals, else in ``order`` (SURNAME_FIRST or NAME_FIRST)."""
    words = text.split()
    if len(words) < 2:
        return SplitName(title_surname(text.strip()), "")
    by_capitals = _capitals_split(words)
    if by_capitals is not None:
        surname, name, _order = by_capitals
        return SplitName(title_surname(surname), name)
    if order == NAME_FIRST:
        surname, name, guessed = _name_first(words)
    else:
        surname, name, guessed = _surname_first(words)
    if words[0].isupper() and words[-1].isupper():  # all in capitals: "ROSSI MARIA"
        surname, name = title_surname(surname), title_surname(name)
    return SplitName(surname, name, guessed)


def column_order(cells: Iterable[str]) -> str:
    """The order of a "Nominativo" column, from its cells: capitals first, then given names."""
    capitals = {SURNAME_FIRST: 0, NAME_FIRST: 0}
    given = {SURNAME_FIRST: 0, NAME_FIRST: 0}
    for text in cells:
        words = text.split()
        if len(words) < 2:
            continue
        by_capitals = _capitals_split(words)
        if by_capitals is not None:
            capitals[by_capitals[2]] += 1
            continue
        first = _plain_key(words[0]) in GIVEN_NAMES
        last = _plain_key(words[-1]) in GIVEN_NAMES
        if first and not last:
            given[NAME_FIRST] += 1
        elif last and not first:
            given[SURNAME_FIRST] += 1
    for votes in (capitals, given):
        if votes[NAME_FIRST] > votes[SURNAME_FIRST]:
            return NAME_FIRST
        if votes[SURNAME_FIRST] > votes[NAME_FIRST]:
            return SURNAME_FIRST
    return SURNAME_FIRST
