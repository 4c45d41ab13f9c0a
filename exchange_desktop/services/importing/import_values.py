"""What one row of an imported list says, cleaned the way the clerk expects, with a note
for everything the preview should point out: the whole name split in two, an address that
came as a ``mailto:`` link, a mail domain that looks mistyped, a consent answer or a sign-up
time that cannot be read.  Nothing is silently changed beyond the obvious (the ``mailto:``,
the angle brackets, the ",00" that LibreOffice adds to a phone number)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from exchange_desktop.domain.validation import normalize_line
from exchange_desktop.i18n import QT_TRANSLATE_NOOP, Message
from exchange_desktop.imports import extra_columns, full_names
from exchange_desktop.imports.spreadsheet import ImportTable
from exchange_desktop.services.importing import import_mapping

CONTEXT = "ParticipantImport"

#: Mail domains typed wrong often enough to be worth a warning, and what was meant.
DOMAIN_TYPOS = {
    "gmial.com": "gmail.com",
    "gmal.com": "gmail.com",
    "gamil.com": "gmail.com",
    "gnail.com": "gmail.com",
    "gmail.con": "gmail.com",
    "gmail.co": "gmail.com",
    "gmail.it": "gmail.com",
    "hotmial.com": "hotmail.com",
    "hotmal.com": "hotmail.com",
    "hotmail.con": "hotmail.com",
    "hotmial.it": "hotmail.it",
    "libero.ti": "libero.it",
    "libero.itt": "libero.it",
    "liber.it": "libero.it",
    "lbero.it": "libero.it",
    "yaho.it": "yahoo.it",
    "yahooo.it": "yahoo.it",
    "yahoo.con": "yahoo.com",
    "outlok.it": "outlook.it",
    "outlook.con": "outlook.com",
    "virgilo.it": "virgilio.it",
    "tiscal.it": "tiscali.it",
    "alice.ti": "alice.it",
}
#: Endings of a domain that no real address has: ".con" for ".com", ".itt" for ".it".
TLD_TYPOS = {"con": "com", "cmo": "com", "ocm": "com", "itt": "it", "iy": "it", "ti": "it"}

_MAILTO = re.compile(r"^\s*<?\s*mailto:\s*", re.IGNORECASE)
_PHONE_DECIMALS = re.compile(r"^(\+?\d{6,})[.,]0{1,2}$")


@dataclass(slots=True)
class RowReading:
    """One row: the participant's fields, the extras (the consent's "Sì"/"No" a marked
    source text in the ``ParticipantImport`` context), and the notes (messages)."""

    values: dict[str, str]
    notes: list[Message] = field(default_factory=list)
    consent: bool = False
    #: The optional-use consents (photos and videos, future contacts); None: not asked.
    optional: dict[str, bool | None] = field(default_factory=dict)
    registered_at: datetime | None = None
    #: True when surname and name came from one column (the preview lets them be edited).
    split: bool = False


def clean_email(text: str) -> str:
    """ "mailto:anna@x.it", "<anna@x.it>" → "anna@x.it"; anything else as it is."""
    value = _MAILTO.sub("", text).strip()
    if value.startswith("<") and value.endswith(">"):
        value = value[1:-1].strip()
    elif value.endswith(">") and "<" not in value:
        value = value[:-1].strip()
    return value


def clean_phone(text: str) -> str:
    """ "3471234567,00" (a number LibreOffice wrote with two decimals) → "3471234567"."""
    match = _PHONE_DECIMALS.match(text.strip())
    return match.group(1) if match else text


def domain_typo(email: str) -> str | None:
    """The domain meant, when the address's domain is a known typo ("gmial.com" → "gmail.com")."""
    domain = email.rpartition("@")[2].strip().casefold()
    if not domain or "@" not in email:
        return None
    if domain in DOMAIN_TYPOS:
        return DOMAIN_TYPOS[domain]
    base, _dot, tld = domain.rpartition(".")
    if base and tld in TLD_TYPOS:
        return f"{base}.{TLD_TYPOS[tld]}"
    return None


def _note(template: str, **params: object) -> Message:
    return Message(CONTEXT, template, **params)


class RowReader:
    """Reads the rows of one table with one mapping (field → column index)."""

    def __init__(self, table: ImportTable, chosen: dict[str, int]) -> None:
        self._chosen = chosen
        self._fields = {k: v for k, v in chosen.items() if k in import_mapping.FIELDS}
        self._whole: tuple[str, int] | None = None
        for name in extra_columns.NAME_FIELDS:
            if name in chosen:
                self._whole = (name, chosen[name])
        self._order = full_names.SURNAME_FIRST
        if self._whole is not None:
            name, index = self._whole
            if name == extra_columns.NAME_SURNAME:
                self._order = full_names.NAME_FIRST
            elif name == extra_columns.FULL_NAME:
                self._order = full_names.column_order(
                    row[index] for row in table.rows if index < len(row)
                )

    @property
    def splits_names(self) -> bool:
        """True when surname and name come from one column."""
        return self._whole is not None

    def read(self, cells: list[str], edit: tuple[str, str] | None = None) -> RowReading:
        """The row's values and notes; ``edit`` is the clerk's own split of the name."""
        values = {name: normalize_line(cells[index]) for name, index in self._fields.items()}
        reading = RowReading(values)
        if self._whole is not None:
            self._split(reading, normalize_line(cells[self._whole[1]]), edit)
        if "email" in values:
            self._email(reading)
        if "phone" in values:
            values["phone"] = clean_phone(values["phone"])
        if extra_columns.CONSENT in self._chosen:
            self._consent(reading, cells[self._chosen[extra_columns.CONSENT]])
        for name in extra_columns.OPTIONAL_CONSENTS:
            if name in self._chosen:
                self._optional(reading, name, cells[self._chosen[name]])
        if extra_columns.REGISTERED_AT in self._chosen:
            self._time(reading, cells[self._chosen[extra_columns.REGISTERED_AT]])
        return reading

    def _split(self, reading: RowReading, whole: str, edit: tuple[str, str] | None) -> None:
        reading.split = True
        if edit is not None:
            reading.values["surname"], reading.values["name"] = map(normalize_line, edit)
            return
        parts = full_names.split_name(whole, self._order)
        reading.values["surname"], reading.values["name"] = parts.surname, parts.name
        if parts.guessed and parts.name:
            reading.notes.append(
                _note(
                    QT_TRANSLATE_NOOP(
                        "ParticipantImport",
                        "«{whole}» letto come cognome «{surname}» e nome «{name}»: controllare.",
                    ),
                    whole=whole,
                    surname=parts.surname,
                    name=parts.name,
                )
            )

    def _email(self, reading: RowReading) -> None:
        email = clean_email(reading.values["email"])
        reading.values["email"] = email
        meant = domain_typo(email)
        if meant is not None:
            reading.notes.append(
                _note(
                    QT_TRANSLATE_NOOP(
                        "ParticipantImport",
                        "Email: il dominio «{domain}» sembra scritto male (forse «{meant}»?); "
                        "importata così com'è.",
                    ),
                    domain=email.rpartition("@")[2],
                    meant=meant,
                )
            )

    def _consent(self, reading: RowReading, cell: str) -> None:
        answer = extra_columns.consent_of(cell)
        reading.consent = bool(answer)
        yes, no = (
            QT_TRANSLATE_NOOP("ParticipantImport", "Sì"),
            QT_TRANSLATE_NOOP("ParticipantImport", "No"),
        )
        reading.values[extra_columns.CONSENT] = yes if answer else no  # translated when shown
        if answer is None:
            reading.notes.append(
                _note(
                    QT_TRANSLATE_NOOP(
                        "ParticipantImport",
                        "Consenso: la risposta «{answer}» non dice né sì né no; registrato come "
                        "non dato.",
                    ),
                    answer=normalize_line(cell),
                )
            )

    def _optional(self, reading: RowReading, name: str, cell: str) -> None:
        """An optional use asked about: yes, no (an empty answer too) or, for an answer
        that says neither, not known (None, with a note), as if not asked."""
        answer = extra_columns.consent_of(cell)
        reading.optional[name] = answer
        if answer is None:
            reading.values[name] = ""
            reading.notes.append(
                _note(
                    QT_TRANSLATE_NOOP(
                        "ParticipantImport",
                        "{question}: la risposta «{answer}» non dice né sì né no; registrato "
                        "come non indicato.",
                    ),
                    question=Message(CONTEXT, import_mapping.field_label(name)),
                    answer=normalize_line(cell),
                )
            )
        else:  # marked text, translated when shown (as the privacy consent's)
            reading.values[name] = (
                QT_TRANSLATE_NOOP("ParticipantImport", "Sì")
                if answer
                else QT_TRANSLATE_NOOP("ParticipantImport", "No")
            )

    def _time(self, reading: RowReading, cell: str) -> None:
        if not cell.strip():
            return
        when = extra_columns.timestamp_of(cell)
        reading.registered_at = when
        if when is None:
            reading.notes.append(
                _note(
                    QT_TRANSLATE_NOOP(
                        "ParticipantImport",
                        "Data e ora di iscrizione «{value}» non leggibile: vale l'ora "
                        "dell'importazione.",
                    ),
                    value=normalize_line(cell),
                )
            )
        else:
            reading.values[extra_columns.REGISTERED_AT] = when.strftime("%d/%m/%Y %H:%M:%S")
