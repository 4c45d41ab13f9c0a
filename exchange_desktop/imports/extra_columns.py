"""The columns of a sign-up list beyond the participant's own fields: the whole name in one
column, the privacy consent, the optional-use consents and the time of sign-up — their
headings and how their cells read.

"Nominativo" is surname first in an office list, "Nome e cognome" given name first; a form's
consent question ("Acconsento al trattamento dei dati…", "I agree…") is answered with
"Acconsento"/"Non acconsento", "Sì"/"No", "Yes", a tick; the time of sign-up is the form's
"Informazioni cronologiche" (Google) or "Ora di completamento" (Microsoft).  Beside the
privacy question a Comune's form asks about optional uses, answered the same way: the
publication of photos and videos of the day ("Acconsento alla pubblicazione di foto/video…",
"I agree to photos…") and being contacted again for future exchanges ("Acconsento a essere
ricontattato…", "I agree to be contacted…").
"""

from __future__ import annotations

import re
from datetime import datetime

from exchange_desktop.imports.columns import header_key, recognised_fields

#: One column holding surname and given names, and how the column says their order.
SURNAME_NAME, NAME_SURNAME, FULL_NAME = "surname_name", "name_surname", "full_name"
CONSENT, REGISTERED_AT = "privacy_consent", "registered_at"
#: The optional-use consents: photos and videos of the day, being contacted again.
MEDIA, CONTACT = "consent_media", "consent_contact"
OPTIONAL_CONSENTS = (MEDIA, CONTACT)
NAME_FIELDS = (SURNAME_NAME, NAME_SURNAME, FULL_NAME)
#: The fields these columns fill, in the order the mapping offers them.
EXTRA_FIELDS = (*NAME_FIELDS, CONSENT, MEDIA, CONTACT, REGISTERED_AT)

_FULL_NAME_HEADINGS = {
    "cognome e nome": SURNAME_NAME,
    "cognome nome": SURNAME_NAME,
    "cognome e nome del partecipante": SURNAME_NAME,
    "nome e cognome": NAME_SURNAME,
    "nome cognome": NAME_SURNAME,
    "nome e cognome del partecipante": NAME_SURNAME,
    "name and surname": NAME_SURNAME,
    "first and last name": NAME_SURNAME,
    "full name": NAME_SURNAME,
    "nominativo": FULL_NAME,
    "nominativo del partecipante": FULL_NAME,
    "partecipante": FULL_NAME,
    "nome completo": FULL_NAME,
    "name": FULL_NAME,
}
_CONSENT_STARTS = (
    "acconsento",
    "consenso",
    "privacy",
    "i agree",
    "agree",
    "informativa",
    "autorizzo",
    "autorizzazione",
    "liberatoria",
    "trattamento dei dati",
    "do il consenso",
    "presa visione",
    "dichiaro di aver letto",
    "consent",
    "gdpr",
)
_TIMESTAMP_HEADINGS = frozenset(
    {
        "informazioni cronologiche",
        "ora di completamento",
        "completion time",
        "timestamp",
        "data iscrizione",
        "data di iscrizione",
        "data e ora di iscrizione",
        "data dell iscrizione",
        "data e ora",
    }
)


def extra_field_for_header(text: str) -> str | None:
    """Which of the extra fields a heading names, or None."""
    key = header_key(text)
    if not key:
        return None
    if key in _FULL_NAME_HEADINGS:
        return _FULL_NAME_HEADINGS[key]
    if key in _TIMESTAMP_HEADINGS:
        return REGISTERED_AT
    if key.startswith(_CONSENT_STARTS):
        return optional_use_of(key) or CONSENT
    words = key.split()
    if "cognome" in words and "nome" in words:
        cognome_first = words.index("cognome") < words.index("nome")
        return SURNAME_NAME if cognome_first else NAME_SURNAME
    return None


def header_fields(headers: list[str]) -> set[str]:
    """What a row of headings names, the extra columns included: "Nominativo" counts as
    surname and name, so "Nominativo | Ente" is a header row as "Cognome | Nome" is."""
    fields = recognised_fields(headers)
    if sum(1 for header in headers if header.strip()) < 2:
        return fields  # a title line ("Partecipante") is not a header row
    for header in headers:
        extra = extra_field_for_header(header)
        if (extra in NAME_FIELDS and extra != FULL_NAME) or header_key(header) in _WHOLE_NAMES:
            fields |= {"surname", "name"}
        elif extra is not None and extra != FULL_NAME:
            fields.add(extra)
    return fields


#: The headings of a whole name that are never something else ("Name" alone may be).
_WHOLE_NAMES = frozenset(
    {"nominativo", "nominativo del partecipante", "partecipante", "nome completo", "full name"}
)


# --- consent ---------------------------------------------------------------------------------

#: Words of a consent question about photos and videos of the day.
_MEDIA_WORDS = (
    "foto",
    "fotograf",
    "video",
    "immagin",
    "riprese",
    "ripresa",
    "audiovisiv",
    "photo",
    "image",
    "filming",
    "recording",
    "picture",
)
#: Words of a consent question about being contacted again (future exchanges, news).
_CONTACT_WORDS = (
    "ricontatt",
    "essere contattat",
    "di essere contattat",
    "contattarmi",
    "future iniziative",
    "futuri scambi",
    "prossime iniziative",
    "prossimi scambi",
    "newsletter",
    "comunicazioni future",
    "contacted",
    "contact me",
    "future exchanges",
    "future events",
    "future initiatives",
)


def optional_use_of(key: str) -> str | None:
    """:data:`MEDIA` or :data:`CONTACT` for a consent question (a :func:`header_key`) about
    that optional use; None for any other, the privacy consent included."""
    if any(word in key for word in _MEDIA_WORDS):
        return MEDIA
    if any(word in key for word in _CONTACT_WORDS):
        return CONTACT
    return None


#: Words that make a consent question the privacy one, not an optional use (photos…).
_PRIVACY_WORDS = ("trattamento", "privacy", "dati personali", "personal data", "gdpr", "2016 679")


def privacy_consent_column(headers: list[str]) -> int | None:
    """The column of the privacy consent: the first consent question that names the
    processing of personal data, else the first consent question (None: there is none)."""
    found = [i for i, header in enumerate(headers) if extra_field_for_header(header) == CONSENT]
    for index in found:
        if any(word in header_key(headers[index]) for word in _PRIVACY_WORDS):
            return index
    return found[0] if found else None


_TICKS = frozenset("xX✓✔☑☒✅")
_YES = (
    "acconsento",
    "si",
    "yes",
    "i agree",
    "agree",
    "vero",
    "true",
    "1",
    "ok",
    "accetto",
    "do il consenso",
    "presto il consenso",
    "autorizzo",
    "y",
    "s",
    "consento",
    "i consent",
)
_NO = (
    "non ",
    "no ",
    "no",
    "nego",
    "i do not",
    "i don t",
    "i disagree",
    "disagree",
    "falso",
    "false",
    "0",
    "n",
)


def consent_of(text: str) -> bool | None:
    """True for a yes ("Acconsento", "Sì", "I agree", a tick), False for a no or an empty
    cell, None for an answer that says neither (the preview shows it)."""
    stripped = text.strip()
    if not stripped or stripped in "☐□":
        return False
    if stripped in _TICKS:
        return True
    key = header_key(stripped)
    for words, answer in ((_NO, False), (_YES, True)):
        for word in words:
            if key == word.strip() or (word.endswith(" ") and key.startswith(word)):
                return answer
            if len(word) > 2 and key.startswith(word + " "):
                return answer
    return None


# --- time of sign-up -------------------------------------------------------------------------

_DAY_FIRST = re.compile(
    r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ ,T]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?"
    r"\s*(AM|PM)?"
)
_YEAR_FIRST = re.compile(
    r"^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})(?:[ T]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?"
    r"\s*(AM|PM)?"
)


def timestamp_of(text: str) -> datetime | None:
    """ "01/03/2026 09:05:12", "2026-03-01 9.05.12", "3/1/2026 9:05:12 AM" (Microsoft Forms in
    English, month first) → the datetime; None when the cell is not a time."""
    stripped = text.strip().upper()
    match = _YEAR_FIRST.match(stripped)
    if match:
        year, month, day = (int(match.group(i)) for i in (1, 2, 3))
    else:
        match = _DAY_FIRST.match(stripped)
        if not match:
            return None
        day, month, year = (int(match.group(i)) for i in (1, 2, 3))
        if match.group(7):  # an English clock: the date is month first
            day, month = month, day
    hour, minute, second = (int(match.group(i) or 0) for i in (4, 5, 6))
    if match.group(7) == "PM" and hour < 12:
        hour += 12
    elif match.group(7) == "AM" and hour == 12:
        hour = 0
    try:
        return datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None
