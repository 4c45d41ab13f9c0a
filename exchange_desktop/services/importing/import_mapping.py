"""Which column of an imported file is which participant field: the guess from the headings
(and, for the forms' exports, from the cells), the clerk's own choice — in the preview's
combo boxes or as ``--map "Cognome=Surname of participant,Ente=Comune / Ente"`` on the
command line — and the check that the names are there and no field comes twice.
"""

from __future__ import annotations

from exchange_desktop.domain.errors import DomainError
from exchange_desktop.i18n import MESSAGES_CONTEXT, QT_TRANSLATE_NOOP, Message
from exchange_desktop.imports import columns
from exchange_desktop.imports.spreadsheet import ImportTable

FIELDS = columns.FIELDS
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
}
#: What ``--map`` accepts on the left for "do not import this column".
SKIP_NAMES = frozenset({"-", "no", "non importare", "skip", "none"})

_MISSING_COLUMNS = {
    ("surname", "name"): QT_TRANSLATE_NOOP(
        "Messages",
        "Indicare quali colonne del file contengono il cognome e il nome: senza non si può "
        "importare.",
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
    "anonymous" is left out (:func:`columns.guess_columns`).
    """
    return columns.guess_columns(headers, rows or [])


def table_mapping(table: ImportTable) -> dict[int, str | None]:
    """The guessed mapping of a table read from a file: headings and cells."""
    return guess_mapping(table.headers, table.rows)


def check_mapping(table: ImportTable, mapping: dict[int, str | None]) -> dict[str, int]:
    """Field → column; the names must be there and no field may come from two columns."""
    chosen: dict[str, int] = {}
    for index, name in sorted(mapping.items()):
        if name is None:
            continue
        if name not in FIELDS or not 0 <= index < len(table.headers):
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
    missing = tuple(name for name in ("surname", "name") if name not in chosen)
    if missing:
        raise DomainError(_message(_MISSING_COLUMNS[missing]))
    return chosen


# --- the command line's --map ----------------------------------------------------------------


def _field_named(text: str) -> str | None:
    """ "Cognome", "surname", "Last name", "Ente", "-" → the field (None: leave out)."""
    key = columns.header_key(text)
    if text.strip() in SKIP_NAMES or key in SKIP_NAMES:
        return None
    if text.strip() in FIELDS:
        return text.strip()
    labels = {columns.header_key(label): name for name, label in FIELD_LABELS.items()}
    field = labels.get(key) or columns.field_for_header(text)
    if field is None or field not in FIELDS:
        raise DomainError(
            _message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "«{name}» non è un campo che si possa importare: usare {fields}.",
                ),
                name=text.strip(),
                fields=", ".join(FIELD_LABELS[f] for f in FIELDS),
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
        field = _field_named(field_text)
        column = _column_named(table, column_text)
        if field is not None:
            for index, name in result.items():
                if name == field:
                    result[index] = None
        result[column] = field
    return result
