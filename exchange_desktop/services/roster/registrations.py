"""Signing people up to sessions, with the capacity and the waiting list: register, cancel,
promote, move, delete.  One transaction per public function, except
:func:`add_registration` and :func:`add_new_registrations` (its bulk form), which work
inside the caller's (the import adds a whole file in one).

A seat freed by a confirmed registration (cancelled, moved away or deleted) goes to the
first in line: first registered, first promoted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session as OrmSession

from exchange_desktop.domain import roster as roster_rules
from exchange_desktop.domain.enums import RegistrationStatus, SessionStatus
from exchange_desktop.domain.errors import DomainError
from exchange_desktop.domain.roster import Participant, Registration
from exchange_desktop.domain.roster_rows import RosterEntry
from exchange_desktop.i18n import QT_TRANSLATE_NOOP, Message
from exchange_desktop.services.roster.organisations import organisation_id_for
from exchange_desktop.services.roster.participants import (
    PARTICIPANT_FIELDS,
    checked_participant,
    participant_row,
    person_name,
    store_participant,
)
from exchange_desktop.services.roster.roster_rows import registration_row, roster_row, session_label
from exchange_desktop.services.scheduling.session_rows import message, now, session_row
from exchange_desktop.storage import bulk
from exchange_desktop.storage.authorship import author
from exchange_desktop.storage.database import Database
from exchange_desktop.storage.mapping import to_domain
from exchange_desktop.storage.models import (
    ParticipantRow,
    RegistrationRow,
    SessionRow,
)

CONFIRMED = RegistrationStatus.CONFIRMED
WAITING = RegistrationStatus.WAITING
CANCELLED = RegistrationStatus.CANCELLED


@dataclass(frozen=True)
class RegistrationOutcome:
    """A registration after the change, and the sentence that tells the clerk where it stands."""

    row: RosterEntry
    message: Message


@dataclass(frozen=True)
class CancelOutcome:
    """Who took the freed seat from the waiting list (None when nobody), and the sentence."""

    promoted: RosterEntry | None
    message: Message


# --- helpers inside a transaction ------------------------------------------------------------


def confirmed_count(orm: OrmSession, session_id: int) -> int:
    return (
        orm.scalar(
            select(func.count())
            .select_from(RegistrationRow)
            .where(RegistrationRow.session_id == session_id, RegistrationRow.status == CONFIRMED)
        )
        or 0
    )


def check_open(target: SessionRow) -> None:
    if target.status is SessionStatus.CANCELLED:
        raise DomainError(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages", "La sessione di {session} è annullata: non accetta iscrizioni."
                ),
                session=session_label(target),
            )
        )


def person_of(orm: OrmSession, registration: RegistrationRow) -> str:
    person = participant_row(orm, registration.participant_id)
    return person_name(person.surname, person.name)


def promote_first_in_line(orm: OrmSession, source: SessionRow) -> RegistrationRow | None:
    """Give the seat freed in ``source`` to the first in line, if there is a free seat."""
    orm.flush()
    orm.expire(source, ["registrations"])
    queue = roster_rules.to_promote(
        [to_domain(r, Registration) for r in source.registrations], source.capacity
    )
    if not queue:
        return None
    first = next(r for r in source.registrations if r.id == queue[0].id)
    first.status = CONFIRMED
    orm.flush()
    return first


def add_registration(
    orm: OrmSession,
    session_id: int,
    participant: Participant,
    registered_at: datetime | None = None,
) -> RegistrationRow:
    """Sign ``participant`` up to a session, inside an open transaction; return the new row.

    A participant without an id is checked (required names, email, codice fiscale…; a
    :class:`ValidationError` names each wrong field) and added.  One with an id is a person
    already on file, signed up to one more session as they are (their fields are not changed).
    The status follows the session's capacity: a seat while one is free, else the waiting
    list.  A cancelled session accepts nobody.
    """
    target = session_row(orm, session_id)
    check_open(target)
    registration = None
    if participant.id is None:
        person = store_participant(orm, checked_participant(participant))
    else:
        person = participant_row(orm, participant.id)
        registration = orm.scalar(
            select(RegistrationRow).where(
                RegistrationRow.participant_id == person.id,
                RegistrationRow.session_id == session_id,
            )
        )
        if registration is not None and registration.status is not CANCELLED:
            raise DomainError(
                message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "{person} ha già un'iscrizione alla sessione di {session}."
                    ),
                    person=person_name(person.surname, person.name),
                    session=session_label(target),
                )
            )
        # else a cancelled registration of the same person comes back, at the end of the line
    status = roster_rules.status_for_new_registration(
        confirmed_count(orm, session_id), target.capacity
    )
    if registration is None:
        registration = RegistrationRow(participant_id=person.id, session_id=session_id)
        orm.add(registration)
    registration.status = status
    registration.registered_at = registered_at or now(orm)
    orm.flush()
    return registration


#: People per multi-row insert of :func:`add_new_registrations`.
_INSERT_SLICE = 2_000


def add_new_registrations(
    orm: OrmSession,
    session_id: int,
    people: Sequence[Participant],
    registered_at: datetime | None = None,
    times: Sequence[datetime] | None = None,
) -> list[RegistrationStatus]:
    """Add new people and sign them all up to a session, inside an open transaction: what
    :func:`add_registration` does for each, in bulk (one seat count, two multi-row inserts),
    so that a file of thousands is imported in a moment.

    ``people`` are already checked (:func:`checked_participant`) and without an id, their
    Enti exist.  In the given order, each takes a seat while one is free, then the waiting
    list; they share ``registered_at`` (or each has its own of ``times``, the sign-up time
    an imported list gives) and the order of the ids breaks the tie.  Returns
    each one's status, in order.  A cancelled session accepts nobody (when there is anybody).
    """
    if not people:
        return []
    target = session_row(orm, session_id)
    check_open(target)
    taken = confirmed_count(orm, session_id)
    statuses = []
    for _person in people:
        status = roster_rules.status_for_new_registration(taken, target.capacity)
        taken += status is CONFIRMED
        statuses.append(status)
    when = registered_at or now(orm)
    stamp = {"changed_by": author(orm), "changed_at": now(orm)}  # (bulk: no flush stamps it)
    if bulk.on_server(orm):
        _copy_new_registrations(
            orm, session_id, people, statuses, times or [when] * len(people), stamp
        )
        return statuses
    # In slices, so that a file of 200,000 people never holds all its parameter rows at once.
    for start in range(0, len(people), _INSERT_SLICE):
        part = people[start : start + _INSERT_SLICE]
        ids = orm.scalars(
            insert(ParticipantRow).returning(ParticipantRow.id, sort_by_parameter_order=True),
            [
                {**{name: getattr(person, name) for name in PARTICIPANT_FIELDS}, **stamp}
                for person in part
            ],
        ).all()
        orm.execute(
            insert(RegistrationRow),
            [
                {
                    "participant_id": person_id,
                    "session_id": session_id,
                    "status": status,
                    "registered_at": times[start + offset] if times else when,
                    **stamp,
                }
                for offset, (person_id, status) in enumerate(
                    zip(ids, statuses[start : start + _INSERT_SLICE], strict=True)
                )
            ],
        )
    return statuses


def _copy_new_registrations(
    orm: OrmSession,
    session_id: int,
    people: Sequence[Participant],
    statuses: Sequence[RegistrationStatus],
    times: Sequence[datetime],
    stamp: dict[str, object],
) -> None:
    """The people and their registrations by COPY (PostgreSQL): the ids taken first from the
    sequence, so that no row has to come back; the writers' lock is held seconds, not tens."""
    ids = bulk.next_ids(orm, ParticipantRow, len(people))
    person_columns = ["id", *PARTICIPANT_FIELDS, *stamp]
    bulk.copy_rows(
        orm,
        ParticipantRow,
        person_columns,
        (
            {
                "id": person_id,
                **{name: getattr(person, name) for name in PARTICIPANT_FIELDS},
                **stamp,
            }
            for person_id, person in zip(ids, people, strict=True)
        ),
    )
    bulk.copy_rows(
        orm,
        RegistrationRow,
        ["participant_id", "session_id", "status", "registered_at", *stamp],
        (
            {
                "participant_id": person_id,
                "session_id": session_id,
                "status": status,
                "registered_at": when,
                **stamp,
            }
            for person_id, status, when in zip(ids, statuses, times, strict=True)
        ),
    )


def _seat_message(row: RosterEntry) -> Message:
    person = person_name(row.surname, row.name)
    if row.status is WAITING:
        return message(
            QT_TRANSLATE_NOOP(
                "Messages", "{person}: sessione al completo, in lista d'attesa n. {position}."
            ),
            person=person,
            position=row.waiting_position,
        )
    return message(QT_TRANSLATE_NOOP("Messages", "{person}: iscrizione confermata."), person=person)


def _has_registrations(orm: OrmSession, participant: ParticipantRow) -> bool:
    return bool(
        orm.scalar(
            select(func.count())
            .select_from(RegistrationRow)
            .where(RegistrationRow.participant_id == participant.id)
        )
    )


def _freed_seat_message(
    orm: OrmSession, person: str, promoted: RegistrationRow | None, *, deleted: bool
) -> tuple[RosterEntry | None, Message]:
    if promoted is None:
        template = (
            QT_TRANSLATE_NOOP("Messages", "{person}: iscrizione eliminata.")
            if deleted
            else QT_TRANSLATE_NOOP("Messages", "{person}: iscrizione annullata.")
        )
        return None, message(template, person=person)
    row = roster_row(orm, promoted.id)
    template = (
        QT_TRANSLATE_NOOP(
            "Messages",
            "{person}: iscrizione eliminata. Dalla lista d'attesa passa ai posti "
            "confermati: {promoted}.",
        )
        if deleted
        else QT_TRANSLATE_NOOP(
            "Messages",
            "{person}: iscrizione annullata. Dalla lista d'attesa passa ai posti "
            "confermati: {promoted}.",
        )
    )
    return row, message(template, person=person, promoted=person_name(row.surname, row.name))


# --- one transaction each --------------------------------------------------------------------


def register(db: Database, session_id: int, participant: Participant) -> RegistrationOutcome:
    """Sign someone up (see :func:`add_registration`); the message says seat or queue place."""
    with db.transaction() as orm:
        registration = add_registration(orm, session_id, participant)
        row = roster_row(orm, registration.id)
        return RegistrationOutcome(row, _seat_message(row))


def register_with_organisation(
    db: Database, session_id: int, participant: Participant, organisation: str
) -> RegistrationOutcome:
    """:func:`register` with the Ente given by name (the command line's ``register``): an
    Ente not yet listed is added in the same transaction, so a refused person adds none."""
    with db.transaction() as orm:
        participant.organisation_id = organisation_id_for(orm, organisation)
        registration = add_registration(orm, session_id, participant)
        row = roster_row(orm, registration.id)
        return RegistrationOutcome(row, _seat_message(row))


def cancel_registration(db: Database, registration_id: int) -> CancelOutcome:
    """Cancel a registration (it stays listed, cancelled); a freed seat goes to the first in
    line, and the message says who.
    """
    with db.transaction() as orm:
        registration = registration_row(orm, registration_id)
        person = person_of(orm, registration)
        if registration.status is CANCELLED:
            raise DomainError(
                message(
                    QT_TRANSLATE_NOOP("Messages", "L'iscrizione di {person} è già annullata."),
                    person=person,
                )
            )
        freed = registration.status is CONFIRMED
        registration.status = CANCELLED
        promoted = promote_first_in_line(orm, registration.session) if freed else None
        row, text = _freed_seat_message(orm, person, promoted, deleted=False)
        return CancelOutcome(row, text)


def delete_registration(db: Database, registration_id: int) -> CancelOutcome:
    """Remove a registration with its attendance; a freed seat goes to the first in line.

    The person is deleted too when this was their last registration.
    """
    with db.transaction() as orm:
        registration = registration_row(orm, registration_id)
        person = participant_row(orm, registration.participant_id)
        name = person_name(person.surname, person.name)
        source = registration.session
        freed = registration.status is CONFIRMED
        orm.delete(registration)  # the attendance goes with it (ON DELETE CASCADE)
        orm.flush()
        promoted = promote_first_in_line(orm, source) if freed else None
        if not _has_registrations(orm, person):
            orm.delete(person)
        row, text = _freed_seat_message(orm, name, promoted, deleted=True)
        return CancelOutcome(row, text)


def promote(db: Database, registration_id: int) -> RegistrationOutcome:
    """Give a seat by hand to someone on the waiting list (not necessarily the first).

    Refused while the session is full: a seat must be freed (or added) first.
    """
    with db.transaction() as orm:
        registration = registration_row(orm, registration_id)
        person = person_of(orm, registration)
        target = registration.session
        if registration.status is CONFIRMED:
            raise DomainError(
                message(
                    QT_TRANSLATE_NOOP("Messages", "L'iscrizione di {person} è già confermata."),
                    person=person,
                )
            )
        if registration.status is CANCELLED:
            raise DomainError(
                message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "L'iscrizione di {person} è annullata: per riammettere la persona "
                        "iscriverla di nuovo.",
                    ),
                    person=person,
                )
            )
        taken = confirmed_count(orm, target.id)
        if taken >= target.capacity:
            raise DomainError(
                message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "La sessione di {session} è al completo ({taken} posti su {capacity}): "
                        "per confermare {person} liberare prima un posto, oppure aumentare i "
                        "posti della sessione.",
                    ),
                    session=session_label(target),
                    taken=taken,
                    capacity=target.capacity,
                    person=person,
                )
            )
        registration.status = CONFIRMED
        row = roster_row(orm, registration_id)
        return RegistrationOutcome(
            row,
            message(
                QT_TRANSLATE_NOOP(
                    "Messages", "{person}: iscrizione confermata, dalla lista d'attesa."
                ),
                person=person,
            ),
        )
