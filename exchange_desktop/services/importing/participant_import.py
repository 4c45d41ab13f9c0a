"""Importing participants from a spreadsheet into a session: a preview of every row (new,
duplicate, error, not a person, cancelled before — with the reason), and the import in one
transaction.  Which column is which is :mod:`import_mapping`'s business.

A row is a duplicate when the session already has someone (not cancelled) with the same
email, or with the same surname, name and Ente — the rule of the roster's own check — or
when an earlier row of the file is the same person.  The capacity rules apply as for a
registration by hand: once the seats are taken, the next rows join the waiting list.

A row that is a totals line ("Totale iscritti 13") or only digits is not a person and is
never imported.  A person whose registration to the session was cancelled is not signed up
again by a later import of the same sheet — the clerk cancelled them for a reason — unless
the clerk asks for it (a tick in the preview, ``--include-cancelled``).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field, replace
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from exchange_desktop.domain import roster as roster_rules
from exchange_desktop.domain.enums import RegistrationStatus
from exchange_desktop.domain.errors import ValidationError
from exchange_desktop.domain.roster import Organisation, Participant
from exchange_desktop.domain.validation import name_key, normalize_line
from exchange_desktop.i18n import QT_TRANSLATE_NOOP, Message, translate_now
from exchange_desktop.imports.row_labels import not_a_person
from exchange_desktop.imports.spreadsheet import ImportTable
from exchange_desktop.services.importing import import_mapping
from exchange_desktop.services.importing.import_messages import describe, reason_of, refusal
from exchange_desktop.services.roster import participants as people
from exchange_desktop.services.roster.registrations import add_new_registrations, add_registration
from exchange_desktop.services.scheduling.session_rows import now, session_row
from exchange_desktop.storage.database import Database
from exchange_desktop.storage.models import OrganisationRow, ParticipantRow, RegistrationRow

FIELDS = import_mapping.FIELDS
FIELD_LABELS = import_mapping.FIELD_LABELS
field_label = import_mapping.field_label
guess_mapping = import_mapping.guess_mapping
table_mapping = import_mapping.table_mapping
CONTEXT = "ParticipantImport"

NEW, DUPLICATE, ERROR = "new", "duplicate", "error"
#: A totals row or a count: left out, never an error that stops the import.
NOT_PERSON = "not_person"
#: Someone whose registration to the session was cancelled: left out unless chosen.
CANCELLED = "cancelled"

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


@dataclass(frozen=True, slots=True)
class PreviewRow:
    """What a row of the file becomes: ``status`` is "new", "duplicate", "error",
    "not_person" or "cancelled"."""

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
    #: Rows that are not people (row number, reason): never imported.
    not_people: list[tuple[int, str]] = field(default_factory=list)
    #: People cancelled before and left out (row number, person).
    cancelled: list[tuple[int, str]] = field(default_factory=list)
    #: Of ``imported``, the people cancelled before and signed up again.
    reinstated: int = 0


@dataclass(slots=True)
class _Row:
    """A row being classified: its values, the participant it describes, the verdict."""

    preview: PreviewRow
    participant: Participant | None = None
    organisation: str = ""
    #: For a person cancelled before: who they are on file, to sign up again if chosen.
    registered_id: int | None = None
    person: str = ""


def _row_values(cells: list[str], chosen: dict[str, int]) -> dict[str, str]:
    return {name: normalize_line(cells[index]) for name, index in chosen.items()}


def _missing_reason(values: dict[str, str]) -> str:
    if not values.get("surname") and not values.get("name"):
        return QT_TRANSLATE_NOOP("ParticipantImport", "Mancano il cognome e il nome.")
    if not values.get("surname"):
        return QT_TRANSLATE_NOOP("ParticipantImport", "Manca il cognome.")
    if not values.get("name"):
        return QT_TRANSLATE_NOOP("ParticipantImport", "Manca il nome.")
    return ""


def _check_row(number: int, values: dict[str, str], cells: list[str]) -> _Row:
    label = not_a_person(values.get("surname", ""), values.get("name", ""), cells)
    if label is not None:
        return _Row(PreviewRow(number, values, NOT_PERSON, translate_now(CONTEXT, label)))
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
        missing = translate_now(CONTEXT, missing) if missing else ""
        reason = " ".join(part for part in (missing, reason_of(errors)) if part)
        return _Row(PreviewRow(number, values, ERROR, reason))
    return _Row(PreviewRow(number, values, NEW, ""), participant, organisation)


def _person_keys(surname: str, name: str, organisation: str, email: str) -> list[tuple[str, ...]]:
    keys: list[tuple[str, ...]] = [
        ("person", name_key(surname), name_key(name), name_key(organisation))
    ]
    if email.strip():
        keys.append(("email", email.strip().casefold()))
    return keys


_Keys = dict[tuple[str, ...], tuple[str, int]]


def _session_keys(orm: OrmSession, session_id: int) -> tuple[_Keys, _Keys]:
    """What identifies each person in the session → (their name, participant id): those
    signed up (confirmed or waiting), and those whose registration was cancelled."""
    rows = orm.execute(
        select(
            ParticipantRow.surname,
            ParticipantRow.name,
            OrganisationRow.name,
            ParticipantRow.email,
            ParticipantRow.id,
            RegistrationRow.status,
        )
        .join(RegistrationRow, RegistrationRow.participant_id == ParticipantRow.id)
        .outerjoin(OrganisationRow, ParticipantRow.organisation_id == OrganisationRow.id)
        .where(RegistrationRow.session_id == session_id)
        .order_by(RegistrationRow.id)
    )
    active: _Keys = {}
    cancelled: _Keys = {}
    for surname, name, organisation, email, person_id, status in rows:
        keys = cancelled if status is RegistrationStatus.CANCELLED else active
        for key in _person_keys(surname, name, organisation or "", email):
            keys.setdefault(key, (people.person_name(surname, name), person_id))
    return active, cancelled


def _why(key: tuple[str, ...]) -> Message:
    if key[0] == "email":
        return Message(CONTEXT, QT_TRANSLATE_NOOP("ParticipantImport", "stessa email"))
    return Message(CONTEXT, QT_TRANSLATE_NOOP("ParticipantImport", "stessi cognome, nome ed Ente"))


def _duplicate_reason(
    keys: list[tuple[str, ...]],
    registered: _Keys,
    in_file: dict[tuple[str, ...], int],
) -> str:
    """Why a valid row is a duplicate ("" when it is not): the session first, then the file.

    The reasons of the preview are in the interface language (:meth:`Message.now`): they mix
    marked sentences with the people's names, so the window could not translate them later.
    """
    for key in keys:
        if key in registered:
            return Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "ParticipantImport", "Già nell'elenco della sessione: {person} ({why})."
                ),
                person=registered[key][0],
                why=_why(key),
            ).now()
    for key in keys:
        if key in in_file:
            return Message(
                CONTEXT,
                QT_TRANSLATE_NOOP("ParticipantImport", "Ripete la riga {row} del file ({why})."),
                row=in_file[key],
                why=_why(key),
            ).now()
    return ""


def _classify(
    orm: OrmSession, session_id: int, table: ImportTable, mapping: dict[int, str | None]
) -> list[_Row]:
    """Every non-empty row of the table, judged against the session and the earlier rows."""
    session_row(orm, session_id)
    chosen = import_mapping.check_mapping(table, mapping)
    registered, cancelled = _session_keys(orm, session_id)
    in_file: dict[tuple[str, ...], int] = {}
    result: list[_Row] = []
    for index, cells in enumerate(table.rows):
        values = _row_values(cells, chosen)
        if not any(values.values()):
            continue  # a row with data only in the columns left out (a timestamp…)
        row = _check_row(table.row_number(index), values, cells)
        if row.participant is not None:
            person = row.participant
            keys = _person_keys(person.surname, person.name, row.organisation, person.email)
            reason = _duplicate_reason(keys, registered, in_file)
            if reason:
                row = _Row(PreviewRow(row.preview.row_number, values, DUPLICATE, reason))
            else:
                for key in keys:
                    in_file[key] = row.preview.row_number
                row = _cancelled_before(row, keys, cancelled)
        result.append(row)
    return result


def _cancelled_before(row: _Row, keys: list[tuple[str, ...]], cancelled: _Keys) -> _Row:
    """The row as someone cancelled before, when it is one (else unchanged)."""
    for key in keys:
        if key in cancelled:
            person, person_id = cancelled[key]
            reason = Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "ParticipantImport",
                    "Annullato in precedenza: {person} ({why}); non viene iscritto di nuovo se "
                    "non lo si sceglie.",
                ),
                person=person,
                why=_why(key),
            ).now()
            preview_row = replace(row.preview, status=CANCELLED, reason=reason)
            return replace(row, preview=preview_row, registered_id=person_id, person=person)
    return row


def preview(
    db: Database, session_id: int, table: ImportTable, mapping: dict[int, str | None]
) -> list[PreviewRow]:
    """What importing ``table`` into the session would do, row by row; nothing is written."""
    with db.read() as orm:
        return [row.preview for row in _classify(orm, session_id, table, mapping)]


class _Enti:
    """The Enti by name (without case or accents); those named in the file and missing are
    added in the same transaction.  The rows are held, so that checking a participant's Ente
    finds it in memory instead of asking the database each time."""

    def __init__(self, orm: OrmSession) -> None:
        self._session = orm
        self._rows = {name_key(row.name): row for row in orm.scalars(select(OrganisationRow))}

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


def import_rows(
    db: Database,
    session_id: int,
    table: ImportTable,
    mapping: dict[int, str | None],
    *,
    skip_invalid: bool = False,
    include_cancelled: bool = False,
    reinstate_rows: Collection[int] = (),
) -> ImportSummary:
    """Sign up the new people of ``table`` to the session, in one transaction.

    Duplicates are skipped and counted; rows that are not people are left out and listed.
    A row with errors stops the whole import — nothing is written and the
    :class:`DomainError` lists the first ones with their row numbers — unless
    ``skip_invalid``, which leaves those rows out and reports them in the summary.  People
    cancelled before are signed up again (at the end of the line, as they are on file) only
    with ``include_cancelled`` or when their row number is in ``reinstate_rows``.  A problem
    of the session itself (cancelled, say) stops the import in either case.
    """
    with db.transaction() as orm:
        target = session_row(orm, session_id)  # held: found in memory for every row
        rows = _classify(orm, target.id, table, mapping)
        errors = _listed(rows, ERROR)
        if errors and not skip_invalid:
            raise refusal(errors)
        enti = _Enti(orm)
        chosen = set(reinstate_rows)
        plan: list[Participant | int] = []  # new people, and ids of people signed up again
        left_out: list[tuple[int, str]] = []
        for row in rows:
            number = row.preview.row_number
            if row.preview.status == CANCELLED and row.registered_id is not None:
                if include_cancelled or number in chosen:
                    plan.append(row.registered_id)
                else:
                    left_out.append((number, row.person))
            if row.participant is None or row.preview.status != NEW:
                continue
            person = replace(row.participant, organisation_id=enti.id_for(row.organisation))
            try:
                plan.append(people.checked_participant(person))
            except ValidationError as error:  # a check the preview does not know: stop
                raise refusal([(number, describe(error))]) from error
        statuses = _sign_up(orm, target.id, plan)
        return ImportSummary(
            imported=len(statuses),
            waiting=sum(1 for status in statuses if status is RegistrationStatus.WAITING),
            duplicates=sum(1 for r in rows if r.preview.status == DUPLICATE),
            errors=errors,
            not_people=_listed(rows, NOT_PERSON),
            cancelled=left_out,
            reinstated=sum(1 for item in plan if isinstance(item, int)),
        )


def _listed(rows: list[_Row], status: str) -> list[tuple[int, str]]:
    return [(r.preview.row_number, r.preview.reason) for r in rows if r.preview.status == status]


def _sign_up(
    orm: OrmSession, session_id: int, plan: list[Participant | int]
) -> list[RegistrationStatus]:
    """Everyone in ``plan`` signed up in the file's order: runs of new people in bulk (one
    time for a run: the ids break the tie), a person on file one by one.  A person on file
    keeps their old registration's id, so each step gets a time a microsecond later than
    the one before: the waiting list (by time, then id) follows the file all the same."""
    statuses: list[RegistrationStatus] = []
    when = now()
    batch: list[Participant] = []
    for item in [*plan, None]:
        if isinstance(item, Participant):
            batch.append(item)
            continue
        if batch:
            statuses += add_new_registrations(orm, session_id, batch, when)
            when += timedelta(microseconds=1)
            batch = []
        if item is not None:
            # A person on file comes back as they are: only the id is read.
            registration = add_registration(orm, session_id, Participant(id=item), when)
            statuses.append(registration.status)
            when += timedelta(microseconds=1)
    return statuses
