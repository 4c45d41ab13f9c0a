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
the clerk asks for it (a tick in the preview, ``--include-cancelled``).  A row the clerk hid
in the workbook (or filtered out) is listed as hidden and left out unless ticked
(``--include-hidden``): what the clerk sees in Excel is what is imported.

The whole name may come in one column (split by :mod:`full_names`, each split editable in
the preview); the consent and the time of sign-up are read when the file has them, and the
waiting list then follows the time of sign-up, not the order of the rows.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from sqlalchemy.orm import Session as OrmSession

from exchange_desktop.domain import roster as roster_rules
from exchange_desktop.domain.enums import RegistrationStatus
from exchange_desktop.domain.errors import ValidationError
from exchange_desktop.domain.progress import NO_PROGRESS, Progress
from exchange_desktop.domain.roster import Organisation, Participant
from exchange_desktop.i18n import QT_TRANSLATE_NOOP, Message, joined
from exchange_desktop.imports import extra_columns
from exchange_desktop.imports.row_labels import not_a_person
from exchange_desktop.imports.spreadsheet import ImportTable
from exchange_desktop.services.importing import import_duplicates as duplicates
from exchange_desktop.services.importing import import_mapping
from exchange_desktop.services.importing.import_enti import EntiByName
from exchange_desktop.services.importing.import_messages import describe, reason_of, refusal
from exchange_desktop.services.importing.import_values import RowReader, RowReading
from exchange_desktop.services.roster import participants as people
from exchange_desktop.services.roster.registrations import add_new_registrations, add_registration
from exchange_desktop.services.scheduling.session_rows import now, session_row
from exchange_desktop.storage.database import Database

FIELDS = import_mapping.FIELDS
MAPPABLE = import_mapping.MAPPABLE
#: The fields that hold the whole name in one column (split into surname and name).
NAME_FIELDS = import_mapping.NAME_FIELDS
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
#: A row hidden or filtered out in the workbook: left out unless chosen.
HIDDEN = "hidden"
HIDDEN_REASON = QT_TRANSLATE_NOOP(
    "ParticipantImport", "Nascosta nel file: non viene importata se non la si spunta."
)


@dataclass(frozen=True, slots=True)
class PreviewRow:
    """What a row of the file becomes: ``status`` is "new", "duplicate", "error",
    "not_person", "cancelled" or "hidden"; ``reason`` says why (``None`` for a new row);
    ``notes`` are the warnings to check (a split name, a mistyped mail domain…), which do not
    stop the row.  Both are messages, translated where they are shown."""

    row_number: int
    values: dict[str, str]
    status: str
    reason: Message | None
    notes: Message | None = None
    #: Hidden in the workbook (whether or not the clerk chose to import it).
    hidden: bool = False
    #: Surname and name came from one column: the preview lets the clerk correct them.
    split: bool = False


@dataclass(frozen=True)
class ImportSummary:
    """How the import went: people added (``waiting`` of them on the waiting list), duplicates
    skipped, and the rows left out for their errors (row number, reason)."""

    imported: int
    waiting: int
    duplicates: int
    errors: list[tuple[int, Message]] = field(default_factory=list)
    #: Rows that are not people (row number, reason): never imported.
    not_people: list[tuple[int, Message]] = field(default_factory=list)
    #: People cancelled before and left out (row number, person).
    cancelled: list[tuple[int, str]] = field(default_factory=list)
    #: Of ``imported``, the people cancelled before and signed up again.
    reinstated: int = 0
    #: Rows hidden in the workbook and left out (row number, reason).
    hidden: list[tuple[int, Message]] = field(default_factory=list)
    #: Warnings on rows imported (row number, note): a split name, a mistyped domain…
    notes: list[tuple[int, Message]] = field(default_factory=list)


@dataclass(frozen=True)
class ImportChoices:
    """What the clerk decided in the preview (or on the command line) beyond the mapping:
    their own split of a name (row number → surname, name), the hidden rows to import
    (``include_hidden`` for all of them)."""

    name_edits: Mapping[int, tuple[str, str]] = field(default_factory=dict)
    hidden_rows: Collection[int] = ()
    include_hidden: bool = False


@dataclass(slots=True)
class _Row:
    """A row being classified: its values, the participant it describes, the verdict."""

    preview: PreviewRow
    participant: Participant | None = None
    organisation: str = ""
    #: For a person cancelled before: who they are on file, to sign up again if chosen.
    registered_id: int | None = None
    person: str = ""
    registered_at: datetime | None = None


def _missing_reason(values: dict[str, str]) -> Message | None:
    if not values.get("surname") and not values.get("name"):
        text = QT_TRANSLATE_NOOP("ParticipantImport", "Mancano il cognome e il nome.")
    elif not values.get("surname"):
        text = QT_TRANSLATE_NOOP("ParticipantImport", "Manca il cognome.")
    elif not values.get("name"):
        text = QT_TRANSLATE_NOOP("ParticipantImport", "Manca il nome.")
    else:
        return None
    return Message(CONTEXT, text)


def _check_row(number: int, reading: RowReading, cells: list[str]) -> _Row:
    values = reading.values
    notes = joined(reading.notes)
    label = not_a_person(values.get("surname", ""), values.get("name", ""), cells)
    if label is not None:
        reason = Message(CONTEXT, label)
        return _Row(PreviewRow(number, values, NOT_PERSON, reason, notes, False, reading.split))
    consent_date = reading.registered_at.date() if reading.registered_at else None
    participant = people.normalized_participant(
        Participant(
            surname=values.get("surname", ""),
            name=values.get("name", ""),
            role=values.get("role", ""),
            email=values.get("email", ""),
            phone=values.get("phone", ""),
            fiscal_code=values.get("fiscal_code", ""),
            privacy_consent=reading.consent,
            privacy_consent_date=consent_date,
            consent_media=reading.optional.get(extra_columns.MEDIA),
            consent_contact=reading.optional.get(extra_columns.CONTACT),
        )
    )
    organisation = values.get("organisation", "")
    missing = _missing_reason(values)
    errors = {
        name: problem
        for name, problem in people.participant_errors(participant).items()
        if name not in ("surname", "name") or missing is None
    }
    if organisation:
        ente_errors = roster_rules.organisation_errors(Organisation(name=organisation))
        if "name" in ente_errors:
            errors["organisation"] = ente_errors["name"]
    if missing is not None or errors:
        wrong = joined([missing, reason_of(errors)])
        return _Row(PreviewRow(number, values, ERROR, wrong, notes, False, reading.split))
    preview_row = PreviewRow(number, values, NEW, None, notes, False, reading.split)
    return _Row(preview_row, participant, organisation, registered_at=reading.registered_at)


def _classify(
    orm: OrmSession,
    session_id: int,
    table: ImportTable,
    mapping: dict[int, str | None],
    choices: ImportChoices,
) -> list[_Row]:
    """Every non-empty row of the table, judged against the session and the earlier rows."""
    session_row(orm, session_id)
    chosen = import_mapping.check_mapping(table, mapping)
    reader = RowReader(table, chosen)
    registered, cancelled = duplicates.session_keys(orm, session_id)
    in_file: dict[tuple[str, ...], int] = {}
    hidden_chosen = set(choices.hidden_rows)
    result: list[_Row] = []
    for index, cells in enumerate(table.rows):
        number = table.row_number(index)
        reading = reader.read(cells, choices.name_edits.get(number))
        if not any(reading.values.get(name) for name in FIELDS):
            continue  # a row with data only in the columns left out (a timestamp…)
        hidden = number in table.hidden_rows
        if hidden and not (choices.include_hidden or number in hidden_chosen):
            reason = Message(CONTEXT, HIDDEN_REASON)
            notes = joined(reading.notes)
            result.append(
                _Row(PreviewRow(number, reading.values, HIDDEN, reason, notes, True, reading.split))
            )
            continue
        row = _check_row(number, reading, cells)
        if hidden:
            row.preview = replace(row.preview, hidden=True)
        if row.participant is not None:
            person = row.participant
            keys = duplicates.person_keys(
                person.surname, person.name, row.organisation, person.email
            )
            same = duplicates.duplicate_reason(keys, registered, in_file)
            if same is not None:
                row = _Row(replace(row.preview, status=DUPLICATE, reason=same))
            else:
                for key in keys:
                    in_file[key] = number
                row = _cancelled_before(row, keys, cancelled)
        result.append(row)
    return result


def _cancelled_before(row: _Row, keys: list[tuple[str, ...]], cancelled: duplicates.Keys) -> _Row:
    """The row as someone cancelled before, when it is one (else unchanged)."""
    for key in keys:
        if key in cancelled:
            person, person_id = cancelled[key]
            reason = duplicates.cancelled_reason(person, key)
            preview_row = replace(row.preview, status=CANCELLED, reason=reason)
            return replace(row, preview=preview_row, registered_id=person_id, person=person)
    return row


def preview(
    db: Database,
    session_id: int,
    table: ImportTable,
    mapping: dict[int, str | None],
    choices: ImportChoices | None = None,
) -> list[PreviewRow]:
    """What importing ``table`` into the session would do, row by row; nothing is written."""
    with db.read() as orm:
        rows = _classify(orm, session_id, table, mapping, choices or ImportChoices())
        return [row.preview for row in rows]


def import_rows(
    db: Database,
    session_id: int,
    table: ImportTable,
    mapping: dict[int, str | None],
    *,
    skip_invalid: bool = False,
    include_cancelled: bool = False,
    reinstate_rows: Collection[int] = (),
    choices: ImportChoices | None = None,
    progress: Progress = NO_PROGRESS,
) -> ImportSummary:
    """Sign up the new people of ``table`` to the session, in one transaction.

    Duplicates are skipped and counted; rows that are not people are left out and listed.
    A row with errors stops the whole import — nothing is written and the
    :class:`DomainError` lists the first ones with their row numbers — unless
    ``skip_invalid``, which leaves those rows out and reports them in the summary.  People
    cancelled before are signed up again (at the end of the line, as they are on file) only
    with ``include_cancelled`` or when their row number is in ``reinstate_rows``.  Hidden
    rows come in only as ``choices`` says.  With a time of sign-up in the file, the people
    take the seats and the waiting list in that order.  A problem of the session itself
    (cancelled, say) stops the import in either case.
    """
    choices = choices or ImportChoices()
    # The slow part (every row read, its names, email and codice fiscale checked) runs on a
    # snapshot, without the writers' lock: colleagues' saves do not wait for it.  Under the
    # lock the session's registrations are compared again, and the file classified again
    # only if a colleague changed them meanwhile.
    with db.read() as orm:
        session_row(orm, session_id)
        seen = duplicates.session_keys(orm, session_id)
        rows = _classify(orm, session_id, table, mapping, choices)
    errors = _listed(rows, ERROR)
    if errors and not skip_invalid:
        raise refusal(errors)
    checked = _checked_people(rows)
    with db.transaction() as orm:
        target = session_row(orm, session_id)  # held: found in memory for every row
        if duplicates.session_keys(orm, target.id) != seen:
            rows = _classify(orm, target.id, table, mapping, choices)
            errors = _listed(rows, ERROR)
            if errors and not skip_invalid:
                raise refusal(errors)
            checked = _checked_people(rows)
        enti = EntiByName(orm)
        chosen = set(reinstate_rows)
        plan: list[tuple[Participant | int, datetime | None]] = []
        left_out: list[tuple[int, str]] = []
        notes: list[tuple[int, Message]] = []
        for index, row in enumerate(rows):
            progress.step(index, len(rows))  # Annulla: the transaction is rolled back
            number = row.preview.row_number
            if row.preview.status == CANCELLED and row.registered_id is not None:
                if include_cancelled or number in chosen:
                    plan.append((row.registered_id, row.registered_at))
                else:
                    left_out.append((number, row.person))
            if row.participant is None or row.preview.status != NEW:
                continue
            if row.preview.notes is not None:
                notes.append((number, row.preview.notes))
            person = replace(checked[number], organisation_id=enti.id_for(row.organisation))
            plan.append((person, row.registered_at))
        progress.step(len(rows), len(rows))
        statuses = _sign_up(orm, target.id, _in_time_order(plan, now(orm)))
        return ImportSummary(
            imported=len(statuses),
            waiting=sum(1 for status in statuses if status is RegistrationStatus.WAITING),
            duplicates=sum(1 for r in rows if r.preview.status == DUPLICATE),
            errors=errors,
            not_people=_listed(rows, NOT_PERSON),
            cancelled=left_out,
            reinstated=sum(1 for item, _when in plan if isinstance(item, int)),
            hidden=_listed(rows, HIDDEN),
            notes=notes,
        )


def _checked_people(rows: list[_Row]) -> dict[int, Participant]:
    """The new people as they will be stored, by row number; a check the preview does not
    know stops the import (nothing is written yet)."""
    checked: dict[int, Participant] = {}
    for row in rows:
        if row.participant is None or row.preview.status != NEW:
            continue
        try:
            checked[row.preview.row_number] = people.checked_participant(row.participant)
        except ValidationError as error:
            raise refusal([(row.preview.row_number, describe(error))]) from error
    return checked


def _listed(rows: list[_Row], status: str) -> list[tuple[int, Message]]:
    return [
        (r.preview.row_number, r.preview.reason)
        for r in rows
        if r.preview.status == status and r.preview.reason is not None
    ]


_Plan = list[tuple[Participant | int, datetime]]


def _in_time_order(plan: list[tuple[Participant | int, datetime | None]], start: datetime) -> _Plan:
    """Each person with the time they signed up: the file's, else ``start`` (the database's
    clock) in the file's order (a microsecond apart); sorted by that time, so the file's
    times decide the seats."""
    timed = [
        (item, when if when is not None else start + timedelta(microseconds=i))
        for i, (item, when) in enumerate(plan)
    ]
    if any(when is not None for _item, when in plan):
        timed.sort(key=lambda pair: pair[1])  # stable: equal times keep the file's order
        # Equal times made a microsecond apart: a person on file keeps an older id, which
        # would otherwise put them ahead of those before them in the file.
        for i in range(1, len(timed)):
            earliest = timed[i - 1][1] + timedelta(microseconds=1)
            if timed[i][1] < earliest:
                timed[i] = (timed[i][0], earliest)
    return timed


def _sign_up(orm: OrmSession, session_id: int, plan: _Plan) -> list[RegistrationStatus]:
    """Everyone in ``plan`` signed up in its order: runs of new people in bulk, a person on
    file one by one (they keep their old registration's id; the time puts them in line)."""
    statuses: list[RegistrationStatus] = []
    batch: list[Participant] = []
    times: list[datetime] = []
    for item, when in [*plan, (None, None)]:
        if isinstance(item, Participant) and when is not None:
            batch.append(item)
            times.append(when)
            continue
        if batch:
            statuses += add_new_registrations(orm, session_id, batch, times=times)
            batch, times = [], []
        if isinstance(item, int):
            # A person on file comes back as they are: only the id is read.
            registration = add_registration(orm, session_id, Participant(id=item), when)
            statuses.append(registration.status)
    return statuses
