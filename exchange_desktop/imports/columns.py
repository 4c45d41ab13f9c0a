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


# --- Microsoft Forms -------------------------------------------------------------------------

#: The first three headings of a Microsoft Forms export, Italian and English: the response's
#: number and the times it was started and sent.  They say the layout, and are never data.
_FORMS_OPENING = (
    ("id",),
    ("ora di inizio", "start time"),
    ("ora di completamento", "completion time"),
)
#: What may follow them before the questions: the respondent's account (email and display
#: name, "anonymous" for people outside the office) and, in newer exports, a modification time.
_FORMS_ACCOUNT = {"posta elettronica": "email", "email": "email", "e mail": "email"}
_FORMS_ACCOUNT.update({"nome": "name", "name": "name"})
_FORMS_MODIFIED = frozenset(
    {"ora ultima modifica", "ora dell ultima modifica", "last modified time"}
)
#: How many columns Microsoft Forms puts before the first question, at most.
_FORMS_PREFIX_MAX = 6

#: What a form writes where the respondent was not signed in.
ANONYMOUS_VALUES = frozenset({"anonymous", "anonimo", "anonima", "anonimi", "anonymous user"})


def forms_prefix(headers: list[str]) -> tuple[set[int], set[int]]:
    """The Microsoft Forms columns before the questions: (metadata, account) column indexes.

    Both sets are empty for any other sheet (a Google Forms export, a list made by hand).
    """
    keys = [header_key(header) for header in headers]
    opening = len(_FORMS_OPENING)
    if len(keys) < opening or any(
        k not in names for k, names in zip(keys, _FORMS_OPENING, strict=False)
    ):
        return set(), set()
    metadata, account = set(range(opening)), set()
    seen: set[str] = set()  # the account's email and name come once each: then the questions
    for index in range(opening, min(len(keys), _FORMS_PREFIX_MAX)):
        kind = _FORMS_ACCOUNT.get(keys[index])
        if keys[index] in _FORMS_MODIFIED:
            metadata.add(index)
        elif kind is not None and kind not in seen:
            seen.add(kind)
            account.add(index)
        else:
            break  # the first question
    return metadata, account


def is_anonymous_column(values: list[str]) -> bool:
    """True when every filled cell of a column says "anonymous": a column with no data."""
    filled = [header_key(value) for value in values if value.strip()]
    return bool(filled) and all(value in ANONYMOUS_VALUES for value in filled)


def guess_columns(headers: list[str], rows: list[list[str]]) -> dict[int, str | None]:
    """Column index → participant field, from the headings and, where they deceive, the cells.

    Each field goes to its first column.  In a Microsoft Forms export the response's
    metadata is left out and the questions' answers win over the respondent's account: the
    account's email is used only when no question asks for one, and the account's name never
    (it is the display name, "Rossi Anna" in one cell, or "anonymous").  A column whose cells
    all say "anonymous"/"anonimo" is treated as absent, whatever its heading.
    """
    metadata, account = forms_prefix(headers)

    def absent(index: int) -> bool:
        return is_anonymous_column([row[index] for row in rows if index < len(row)])

    mapping: dict[int, str | None] = dict.fromkeys(range(len(headers)))
    taken: set[str] = set()
    for index, header in enumerate(headers):
        if index in metadata or index in account:
            continue
        guess = field_for_header(header)
        if guess is not None and guess not in taken and not absent(index):
            taken.add(guess)
            mapping[index] = guess
    for index in sorted(account):
        email = field_for_header(headers[index]) == "email"
        if email and "email" not in taken and not absent(index):
            taken.add("email")
            mapping[index] = "email"
    return mapping
