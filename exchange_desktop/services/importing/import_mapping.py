"""Which column of an imported file is which participant field: the guess from the headings
(and, for the forms' exports, from the cells), the clerk's own choice — in the preview's
combo boxes or as ``--map "Cognome=Surname of participant,Ente=Comune / Ente"`` on the
command line — and the check that the names are there and no field comes twice.
"""

from __future__ import annotations

from exchange_desktop.domain.errors import DomainError
from exchange_desktop.i18n import MESSAGES_CONTEXT, QT_TRANSLATE_NOOP, Message
from exchange_desktop.imports import columns, extra_columns
from exchange_desktop.imports.spreadsheet import ImportTable

FIELDS = columns.FIELDS
#: Every field a column can be mapped to: the participant's, then the whole name in one
#: column (three ways), the consents (privacy, photos and videos, future contacts) and the
#: time of sign-up.
MAPPABLE = (*FIELDS, *extra_columns.EXTRA_FIELDS)
NAME_FIELDS = extra_columns.NAME_FIELDS
CONTEXT = "ParticipantImport"

#: The clerk's name of each field (marked for translation in the ``ParticipantImport`` context).
FIELD_LABELS = {
    "surname": QT_TRANSLATE_NOOP("ParticipantImport", "Cognome"),
    "name": QT_TRANSLATE_NOOP("ParticipantImport", "Nome"),
    "organisation": QT_TRANSLATE_NOOP("ParticipantImport", "Ente"),
    "email": QT_TRANSLATE_NOOP("ParticipantImport", "Email"),
    "role": QT_TRANSLATE_NOOP("ParticipantImport", "Ruolo"),
    "phone": QT_TRANSLATE_NOOP("ParticipantImport", "Telefono"),
    "fiscal_code": QT_TRANSLATE_NOOP("ParticipantImport", "Codice fiscale"),
    "privacy_consent_date": QT_TRANSLATE_NOOP("ParticipantImport", "Data del consenso"),
    "surname_name": QT_TRANSLATE_NOOP("ParticipantImport", "Cognome e nome"),
    "name_surname": QT_TRANSLATE_NOOP("ParticipantImport", "Nome e cognome"),
    "full_name": QT_TRANSLATE_NOOP("ParticipantImport", "Nominativo (ordine dal contenuto)"),
    "privacy_consent": QT_TRANSLATE_NOOP("ParticipantImport", "Consenso privacy"),
    "consent_media": QT_TRANSLATE_NOOP("ParticipantImport", "Consenso foto e video"),
    "consent_contact": QT_TRANSLATE_NOOP("ParticipantImport", "Consenso a essere ricontattato"),
    "registered_at": QT_TRANSLATE_NOOP("ParticipantImport", "Data e ora di iscrizione"),
}
#: What ``--map`` accepts on the left for "do not import this column".
SKIP_NAMES = frozenset({"-", "no", "non importare", "skip", "none"})

_MISSING_COLUMNS = {
    ("surname", "name"): QT_TRANSLATE_NOOP(
        "Messages",
        "Indicare quali colonne del file contengono il cognome e il nome (o la colonna con "
        "entrambi, come «Cognome e nome»): senza non si può importare.",
    ),
    ("surname",): QT_TRANSLATE_NOOP(
        "Messages",
        "Indicare quale colonna del file contiene il cognome: senza non si può importare.",
    ),
    ("name",): QT_TRANSLATE_NOOP(
        "Messages",
        "Indicare quale colonna del file contiene il nome: senza non si può importare.",
    ),
}


def field_label(name: str) -> str:
    """ "Cognome" for "surname": the Italian label of a field (a marked source text)."""
    return FIELD_LABELS[name]


def _message(template: str, **params: object) -> Message:
    return Message(MESSAGES_CONTEXT, template, **params)


def guess_mapping(headers: list[str], rows: list[list[str]] | None = None) -> dict[int, str | None]:
    """Column index → participant field, from the headings (Italian or English); each field
    goes to its first column, unknown columns (timestamps, ids…) to None.

    With the ``rows``, a Microsoft Forms export is read as such and a column that holds only
    "anonymous" is left out (:func:`columns.guess_columns`).  Then the extra columns: the
    whole name in one column when there are no separate surname and name (by heading, or a
    lone "Nome" whose cells hold two words or more), the consent and the time of sign-up.
    """
    rows = rows or []
    mapping = columns.guess_columns(headers, rows)
    metadata, account = columns.forms_prefix(headers)
    taken = set(mapping.values())
    consent = extra_columns.privacy_consent_column(headers)
    for index, header in enumerate(headers):
        if mapping.get(index) is not None or index in account:
            continue
        extra = extra_columns.extra_field_for_header(header)
        if extra is None or extra in taken or (extra == extra_columns.CONSENT and index != consent):
            continue
        if index in metadata and extra != extra_columns.REGISTERED_AT:
            continue
        if extra in NAME_FIELDS:
            if {"surname", "name"} <= taken or taken.intersection(NAME_FIELDS):
                continue
            for other, name in mapping.items():  # "Name" alone was taken for the given name
                if name in ("surname", "name"):
                    mapping[other] = None
                    taken.discard(name)
        mapping[index] = extra
        taken.add(extra)
    if "surname" not in taken and not taken.intersection(NAME_FIELDS):
        for index, name in mapping.items():
            if name == "name" and _mostly_two_words([r[index] for r in rows if index < len(r)]):
                mapping[index] = extra_columns.FULL_NAME
    return mapping


def _mostly_two_words(cells: list[str]) -> bool:
    filled = [cell for cell in cells if cell.strip()]
    return bool(filled) and sum(len(cell.split()) >= 2 for cell in filled) * 2 > len(filled)


def table_mapping(table: ImportTable, *, include_hidden: bool = False) -> dict[int, str | None]:
    """The guessed mapping of a table read from a file: headings and cells.  A column hidden
    in the workbook is left out (the clerk may still choose it, or ``include_hidden``)."""
    if include_hidden or not table.hidden_columns:
        return guess_mapping(table.headers, table.rows)
    visible = [i for i in range(len(table.headers)) if i not in table.hidden_columns]
    guessed = guess_mapping(
        [table.headers[i] for i in visible], [[row[i] for i in visible] for row in table.rows]
    )
    mapping: dict[int, str | None] = dict.fromkeys(range(len(table.headers)))
    for position, index in enumerate(visible):
        mapping[index] = guessed.get(position)
    return mapping


def check_mapping(table: ImportTable, mapping: dict[int, str | None]) -> dict[str, int]:
    """Field → column; the names must be there and no field may come from two columns."""
    chosen: dict[str, int] = {}
    for index, name in sorted(mapping.items()):
        if name is None:
            continue
        if name not in MAPPABLE or not 0 <= index < len(table.headers):
            raise KeyError(f"bad mapping entry {index}: {name!r}")
        if name in chosen:
            raise DomainError(
                _message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Le colonne «{first}» e «{second}» sono indicate entrambe come "
                        "«{field}»: sceglierne una sola.",
                    ),
                    first=table.headers[chosen[name]] or chosen[name] + 1,
                    second=table.headers[index] or index + 1,
                    field=Message(CONTEXT, field_label(name)),
                )
            )
        chosen[name] = index
    whole = [name for name in NAME_FIELDS if name in chosen]
    if len(whole) > 1 or (whole and ("surname" in chosen or "name" in chosen)):
        raise DomainError(
            _message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Cognome e nome sono indicati due volte: scegliere o una colonna con il "
                    "nominativo intero, o le colonne Cognome e Nome separate.",
                )
            )
        )
    missing = tuple(name for name in ("surname", "name") if name not in chosen)
    if missing and not whole:
        raise DomainError(_message(_MISSING_COLUMNS[missing]))
    return chosen


# --- the command line's --map ----------------------------------------------------------------


def _field_named(text: str) -> str | None:
    """ "Cognome", "surname", "Last name", "Ente", "-" → the field (None: leave out)."""
    key = columns.header_key(text)
    if text.strip() in SKIP_NAMES or key in SKIP_NAMES:
        return None
    if text.strip() in MAPPABLE:
        return text.strip()
    labels = {columns.header_key(label): name for name, label in FIELD_LABELS.items()}
    labels["nominativo"] = extra_columns.FULL_NAME
    field = (
        labels.get(key)
        or columns.field_for_header(text)
        or extra_columns.extra_field_for_header(text)
    )
    if field is None or field not in MAPPABLE:
        raise DomainError(
            _message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "«{name}» non è un campo che si possa importare: usare {fields}.",
                ),
                name=text.strip(),
                fields=", ".join(FIELD_LABELS[f] for f in MAPPABLE),
            )
        )
    return field


def _column_named(table: ImportTable, text: str) -> int:
    """The column whose heading is ``text`` (without case or punctuation), or its number.

    When the heading is there twice (the two "Nome" of a Microsoft Forms export), the
    question wins over the respondent's account; still two, the number is asked for.
    """
    key = columns.header_key(text)
    found = [i for i, header in enumerate(table.headers) if columns.header_key(header) == key]
    metadata, account = columns.forms_prefix(table.headers)
    answers = [i for i in found if i not in metadata and i not in account]
    found = answers or found
    if len(found) == 1:
        return found[0]
    if not found and text.strip().isdigit() and 1 <= int(text) <= len(table.headers):
        return int(text) - 1
    if found:
        template = QT_TRANSLATE_NOOP(
            "Messages",
            "Nel file ci sono {count} colonne «{column}»: indicare quella giusta con il suo "
            "numero (1 è la prima colonna).",
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "Messages",
            "Nel file non c'è la colonna «{column}»; le colonne sono: {headers}.",
        )
    raise DomainError(
        _message(
            template,
            count=len(found),
            column=text.strip(),
            headers=", ".join(f"«{h}»" for h in table.headers if h),
        )
    )


def _field_and_column(
    table: ImportTable, field_text: str, column_text: str
) -> tuple[str | None, int]:
    """FIELD=COLUMN, or the other way round when only that reads ("Nominativo=Cognome e
    nome": the column Nominativo holds surname and name)."""
    try:
        return _field_named(field_text), _column_named(table, column_text)
    except DomainError as error:
        try:
            return _field_named(column_text), _column_named(table, field_text)
        except DomainError:
            raise error from None


def apply_map_option(
    table: ImportTable, mapping: dict[int, str | None], option: str
) -> dict[int, str | None]:
    """The mapping after ``--map "FIELD=COLUMN,FIELD=COLUMN"``: each column named gets its
    field, taken away from the column the guess had given it to; "-=COLUMN" leaves it out.
    """
    result = dict(mapping)
    for part in option.split(","):
        if not part.strip():
            continue
        field_text, sep, column_text = part.partition("=")
        if not sep or not column_text.strip():
            raise DomainError(
                _message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "--map: «{part}» non è nella forma CAMPO=COLONNA "
                        '(esempio: --map "Cognome=Surname of participant,Ente=Comune / Ente").',
                    ),
                    part=part.strip(),
                )
            )
        field, column = _field_and_column(table, field_text, column_text)
        if field is not None:
            for index, name in result.items():
                if name == field:
                    result[index] = None
        result[column] = field
    return result
