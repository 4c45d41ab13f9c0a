"""The column headings a participant list is recognised by, in Italian and in English.

Headings are compared without case, accents, punctuation or extra spaces ("E-mail",
"EMAIL", "e mail" are one heading).  Online forms ask questions rather than name columns
("Ente di appartenenza", "Indirizzo email istituzionale"), so a heading also counts when it
*starts* with a known name, Italian style: the first noun says what the column holds.
"""

from __future__ import annotations

import re

from exchange_desktop.domain.validation import name_key

#: The participant fields an import fills, in the order of the roster's columns.
FIELDS = ("surname", "name", "organisation", "email", "role", "phone", "fiscal_code")

#: Known headings per field, written as :func:`header_key` gives them.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "surname": ("cognome", "cognomi", "surname", "last name", "lastname", "family name"),
    "name": ("nome", "first name", "firstname", "given name", "name", "nome proprio"),
    "organisation": (
        "ente",
        "comune",
        "amministrazione",
        "organisation",
        "organization",
        "organizzazione",
        "ente aderente",
        "ente di appartenenza",
        "unione di comuni",
    ),
    "email": (
        "email",
        "e mail",
        "mail",
        "posta elettronica",
        "indirizzo email",
        "indirizzo e mail",
        "indirizzo di posta elettronica",
        "indirizzo mail",
        "email address",
        "e mail address",
    ),
    "role": ("ruolo", "qualifica", "role", "job title", "profilo", "profilo professionale"),
    "phone": (
        "telefono",
        "cellulare",
        "phone",
        "telephone",
        "mobile",
        "tel",
        "cell",
        "numero di telefono",
        "recapito telefonico",
        "phone number",
    ),
    "fiscal_code": (
        "codice fiscale",
        "cf",
        "c f",
        "cod fiscale",
        "cod fisc",
        "tax code",
        "fiscal code",
    ),
}

#: Headings that look like a field but are not one: a whole name in one column, the form's
#: user name.  They are left out of the mapping (the clerk can still map them by hand).
NOT_A_FIELD = frozenset(
    {
        "nome e cognome",
        "cognome e nome",
        "cognome nome",
        "nome cognome",
        "full name",
        "name and surname",
        "first and last name",
        "nominativo",
        "partecipante",
        "nome completo",
        "nome utente",
        "user name",
        "username",
    }
)

#: Words that, after "nome"/"name"/"denominazione", make the column the Ente's name.
_ORGANISATION_WORDS = frozenset(
    {"ente", "comune", "amministrazione", "organizzazione", "organisation", "organization"}
)
_NAME_HEADS = frozenset({"nome", "name", "denominazione"})

_PUNCTUATION = re.compile(r"[^0-9a-z]+")

_EXACT = {synonym: field for field, names in SYNONYMS.items() for synonym in names}
#: Prefixes tried longest first, so "indirizzo email" wins over a shorter match.
_PREFIXES = sorted(
    ((tuple(synonym.split()), field) for synonym, field in _EXACT.items()),
    key=lambda item: -len(item[0]),
)


def header_key(text: str) -> str:
    """A heading reduced to lower-case letters and digits separated by single spaces."""
    return " ".join(_PUNCTUATION.sub(" ", name_key(text)).split())


def field_for_header(text: str) -> str | None:
    """The participant field a column heading names, or None when it names none of them."""
    key = header_key(text)
    if not key or key in NOT_A_FIELD:
        return None
    if key in _EXACT:
        return _EXACT[key]
    words = tuple(key.split())
    if "cognome" in words and "nome" in words:
        return None  # "Nome e cognome del partecipante": the whole name in one column
    if words[0] in _NAME_HEADS and _ORGANISATION_WORDS.intersection(words[1:]):
        return "organisation"  # "Nome dell'Ente", "Denominazione del Comune"
    for prefix, field in _PREFIXES:
        if words[: len(prefix)] == prefix:
            return field
    return None


def recognised_fields(headers: list[str]) -> set[str]:
    """The distinct fields a row of headings names: a header row names at least two."""
    return {field for field in map(field_for_header, headers) if field is not None}
