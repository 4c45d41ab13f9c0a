"""Importing participants from a spreadsheet into a session: which column is which, a preview
of every row (new / duplicate / error, with the reason), and the import in one transaction.

A row is a duplicate when the session already has someone (not cancelled) with the same
email, or with the same surname, name and Ente — the rule of the roster's own check — or
when an earlier row of the file is the same person.  The capacity rules apply as for a
registration by hand: once the seats are taken, the next rows join the waiting list.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from exchange_desktop.domain import roster as roster_rules
from exchange_desktop.domain.enums import RegistrationStatus
from exchange_desktop.domain.errors import DomainError, ValidationError
from exchange_desktop.domain.roster import Organisation, Participant
from exchange_desktop.domain.validation import name_key, normalize_line
from exchange_desktop.i18n import MESSAGES_CONTEXT, QT_TRANSLATE_NOOP, Message
from exchange_desktop.imports.spreadsheet import ImportTable
from exchange_desktop.services import import_mapping
from exchange_desktop.services import participants as people
from exchange_desktop.services.registrations import add_new_registrations
from exchange_desktop.services.session_rows import now, session_row
from exchange_desktop.storage.database import Database
from exchange_desktop.storage.models import OrganisationRow, ParticipantRow, RegistrationRow

FIELDS = import_mapping.FIELDS
FIELD_LABELS = import_mapping.FIELD_LABELS
field_label = import_mapping.field_label
guess_mapping = import_mapping.guess_mapping
table_mapping = import_mapping.table_mapping
CONTEXT = "ParticipantImport"
#: How many row errors the refusal message spells out (the rest are counted).
ERRORS_SHOWN = 5

NEW, DUPLICATE, ERROR = "new", "duplicate", "error"

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


@dataclass(frozen=True)
class PreviewRow:
    """What a row of the file becomes: ``status`` is "new", "duplicate" or "error"."""

    row_number: int
    values: dict[str, str]
    status: str
    reason: str


@dataclass(frozen=True)
class ImportSummary:
    """How the import went: people added (``waiting`` of them on the waiting list), duplicates
    skipped, and the rows left out for their errors (row number, reason)."""

    imported: int
    waiting: int
    duplicates: int
    errors: list[tuple[int, str]] = field(default_factory=list)


@dataclass
class _Row:
    """A row being classified: its values, the participant it describes, the verdict."""

    preview: PreviewRow
    participant: Participant | None = None
    organisation: str = ""


def _message(template: str, **params: object) -> Message:
    return Message(MESSAGES_CONTEXT, template, **params)


def _row_values(cells: list[str], chosen: dict[str, int]) -> dict[str, str]:
    return {name: normalize_line(cells[index]) for name, index in chosen.items()}


def _reason(errors: dict[str, Message]) -> str:
    """ "Manca il cognome. Email: Indirizzo email non valido (…)." — one sentence per field."""
    parts = []
    for name, problem in errors.items():
        label, text = FIELD_LABELS.get(name, name), str(problem)
        parts.append(text if name_key(text).startswith(name_key(label)) else f"{label}: {text}")
    return " ".join(parts)


def _missing_reason(values: dict[str, str]) -> str:
    if not values.get("surname") and not values.get("name"):
        return QT_TRANSLATE_NOOP("ParticipantImport", "Mancano il cognome e il nome.")
    if not values.get("surname"):
        return QT_TRANSLATE_NOOP("ParticipantImport", "Manca il cognome.")
    if not values.get("name"):
        return QT_TRANSLATE_NOOP("ParticipantImport", "Manca il nome.")
    return ""


def _check_row(number: int, values: dict[str, str]) -> _Row:
    participant = people.normalized_participant(
        Participant(
            surname=values.get("surname", ""),
            name=values.get("name", ""),
            role=values.get("role", ""),
            email=values.get("email", ""),
            phone=values.get("phone", ""),
            fiscal_code=values.get("fiscal_code", ""),
        )
    )
    organisation = values.get("organisation", "")
    missing = _missing_reason(values)
    errors = {
        name: problem
        for name, problem in people.participant_errors(participant).items()
        if name not in ("surname", "name") or not missing
    }
    if organisation:
        ente_errors = roster_rules.organisation_errors(Organisation(name=organisation))
        if "name" in ente_errors:
            errors["organisation"] = ente_errors["name"]
    if missing or errors:
        reason = " ".join(part for part in (missing, _reason(errors)) if part)
        return _Row(PreviewRow(number, values, ERROR, reason))
    return _Row(PreviewRow(number, values, NEW, ""), participant, organisation)


def _person_keys(surname: str, name: str, organisation: str, email: str) -> list[tuple[str, ...]]:
    keys: list[tuple[str, ...]] = [
        ("person", name_key(surname), name_key(name), name_key(organisation))
    ]
    if email.strip():
        keys.append(("email", email.strip().casefold()))
    return keys


def _session_keys(session: OrmSession, session_id: int) -> dict[tuple[str, ...], str]:
    """What identifies each person already in the session (not cancelled) → their name."""
    rows = session.execute(
        select(
            ParticipantRow.surname, ParticipantRow.name, OrganisationRow.name, ParticipantRow.email
        )
        .join(RegistrationRow, RegistrationRow.participant_id == ParticipantRow.id)
        .outerjoin(OrganisationRow, ParticipantRow.organisation_id == OrganisationRow.id)
        .where(
            RegistrationRow.session_id == session_id,
            RegistrationRow.status != RegistrationStatus.CANCELLED,
        )
    )
    keys: dict[tuple[str, ...], str] = {}
    for surname, name, organisation, email in rows:
        for key in _person_keys(surname, name, organisation or "", email):
            keys.setdefault(key, f"{name} {surname}")
    return keys


def _why(key: tuple[str, ...]) -> str:
    if key[0] == "email":
        return QT_TRANSLATE_NOOP("ParticipantImport", "stessa email")
    return QT_TRANSLATE_NOOP("ParticipantImport", "stessi cognome, nome ed Ente")


def _duplicate_reason(
    keys: list[tuple[str, ...]],
    registered: dict[tuple[str, ...], str],
    in_file: dict[tuple[str, ...], int],
) -> str:
    """Why a valid row is a duplicate ("" when it is not): the session first, then the file."""
    for key in keys:
        if key in registered:
            return Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "ParticipantImport", "Già nell'elenco della sessione: {person} ({why})."
                ),
                person=registered[key],
                why=_why(key),
            ).render()
    for key in keys:
        if key in in_file:
            return Message(
                CONTEXT,
                QT_TRANSLATE_NOOP("ParticipantImport", "Ripete la riga {row} del file ({why})."),
                row=in_file[key],
                why=_why(key),
            ).render()
    return ""


def _classify(
    session: OrmSession, session_id: int, table: ImportTable, mapping: dict[int, str | None]
) -> list[_Row]:
    """Every non-empty row of the table, judged against the session and the earlier rows."""
    session_row(session, session_id)
    chosen = import_mapping.check_mapping(table, mapping)
    registered = _session_keys(session, session_id)
    in_file: dict[tuple[str, ...], int] = {}
    result: list[_Row] = []
    for index, cells in enumerate(table.rows):
        values = _row_values(cells, chosen)
        if not any(values.values()):
            continue  # a row with data only in the columns left out (a timestamp…)
        row = _check_row(table.row_number(index), values)
        if row.participant is not None:
            person = row.participant
            keys = _person_keys(person.surname, person.name, row.organisation, person.email)
            reason = _duplicate_reason(keys, registered, in_file)
            if reason:
                row = _Row(PreviewRow(row.preview.row_number, values, DUPLICATE, reason))
            else:
                for key in keys:
                    in_file[key] = row.preview.row_number
        result.append(row)
    return result


def preview(
    db: Database, session_id: int, table: ImportTable, mapping: dict[int, str | None]
) -> list[PreviewRow]:
    """What importing ``table`` into the session would do, row by row; nothing is written."""
    with db.read() as session:
        return [row.preview for row in _classify(session, session_id, table, mapping)]


def _refusal(errors: list[tuple[int, str]]) -> DomainError:
    shown = " ".join(
        Message(
            CONTEXT,
            QT_TRANSLATE_NOOP("ParticipantImport", "Riga {row}: {reason}"),
            row=n,
            reason=why,
        ).render()
        for n, why in errors[:ERRORS_SHOWN]
    )
    more = len(errors) - ERRORS_SHOWN
    if more == 1:
        shown += " " + QT_TRANSLATE_NOOP("ParticipantImport", "(e un'altra riga)")
    elif more > 1:
        shown += (
            " "
            + Message(
                CONTEXT,
                QT_TRANSLATE_NOOP("ParticipantImport", "(e altre {count} righe)"),
                count=more,
            ).render()
        )
    if len(errors) == 1:
        template = QT_TRANSLATE_NOOP(
            "Messages",
            "Importazione annullata, nessuna persona è stata aggiunta: una riga ha errori. "
            "{rows} Correggere il file oppure importare saltando le righe con errori.",
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "Messages",
            "Importazione annullata, nessuna persona è stata aggiunta: {count} righe hanno "
            "errori. {rows} Correggere il file oppure importare saltando le righe con errori.",
        )
    return DomainError(_message(template, count=len(errors), rows=shown))


class _Enti:
    """The Enti by name (without case or accents); those named in the file and missing are
    added in the same transaction.  The rows are held, so that checking a participant's Ente
    finds it in memory instead of asking the database each time."""

    def __init__(self, session: OrmSession) -> None:
        self._session = session
        self._rows = {name_key(row.name): row for row in session.scalars(select(OrganisationRow))}

    def id_for(self, name: str) -> int | None:
        if not name:
            return None
        key = name_key(name)
        row = self._rows.get(key)
        if row is None:
            row = self._rows[key] = OrganisationRow(name=normalize_line(name))
            self._session.add(row)
            self._session.flush()
        return row.id


def _describe(error: DomainError) -> str:
    if isinstance(error, ValidationError):
        return _reason(error.errors)
    return str(error)


def import_rows(
    db: Database,
    session_id: int,
    table: ImportTable,
    mapping: dict[int, str | None],
    *,
    skip_invalid: bool = False,
) -> ImportSummary:
    """Sign up the new people of ``table`` to the session, in one transaction.

    Duplicates are skipped and counted.  A row with errors stops the whole import — nothing
    is written and the :class:`DomainError` lists the first ones with their row numbers —
    unless ``skip_invalid``, which leaves those rows out and reports them in the summary.
    A problem of the session itself (cancelled, say) stops the import in either case.
    """
    with db.transaction() as session:
        target = session_row(session, session_id)  # held: found in memory for every row
        rows = _classify(session, target.id, table, mapping)
        errors = [
            (r.preview.row_number, r.preview.reason) for r in rows if r.preview.status == ERROR
        ]
        if errors and not skip_invalid:
            raise _refusal(errors)
        enti = _Enti(session)
        checked = []
        for row in rows:
            if row.participant is None or row.preview.status != NEW:
                continue
            person = replace(row.participant, organisation_id=enti.id_for(row.organisation))
            try:
                checked.append(people.checked_participant(person))
            except ValidationError as error:  # a check the preview does not know: stop
                raise _refusal([(row.preview.row_number, _describe(error))]) from error
        # In bulk, in the file's order; the same time for all: the row order breaks the tie.
        statuses = add_new_registrations(session, target.id, checked, now())
        waiting = sum(1 for status in statuses if status is RegistrationStatus.WAITING)
        duplicates = sum(1 for r in rows if r.preview.status == DUPLICATE)
        return ImportSummary(len(statuses), waiting, duplicates, errors)
