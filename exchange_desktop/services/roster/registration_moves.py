"""Moving a registration to another session of the same practice ("E" mode): the target's
capacity decides seat or queue, and the seat freed in the old session goes to its first in
line.  One transaction per public function.
"""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session as OrmSession

from exchange_desktop.domain import roster as roster_rules
from exchange_desktop.domain.errors import DomainError
from exchange_desktop.domain.roster_rows import RosterEntry
from exchange_desktop.i18n import QT_TRANSLATE_NOOP, Message
from exchange_desktop.services.roster.participants import person_name
from exchange_desktop.services.roster.registrations import (
    CANCELLED,
    CONFIRMED,
    WAITING,
    RegistrationOutcome,
    check_open,
    confirmed_count,
    person_of,
    promote_first_in_line,
)
from exchange_desktop.services.roster.roster_rows import registration_row, roster_row, session_label
from exchange_desktop.services.scheduling.session_rows import message, now, session_row
from exchange_desktop.storage.database import Database
from exchange_desktop.storage.models import AttendanceRow, RegistrationRow, SessionRow


def _check_move(
    orm: OrmSession, registration: RegistrationRow, target: SessionRow, person: str
) -> None:
    """Refuse what cannot move; clear a cancelled registration of the person in the target."""
    source = registration.session
    if target.id == source.id:
        raise DomainError(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages", "L'iscrizione di {person} è già nella sessione di {session}."
                ),
                person=person,
                session=session_label(target),
            )
        )
    if target.practice_id != source.practice_id:
        raise DomainError(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "La sessione n. {id} è di un'altra pratica: un'iscrizione si sposta solo "
                    "tra le sessioni della stessa pratica.",
                ),
                id=target.id,
            )
        )
    if registration.status is CANCELLED:
        raise DomainError(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages", "L'iscrizione di {person} è annullata: non si può spostare."
                ),
                person=person,
            )
        )
    check_open(target)
    clash = orm.scalar(
        select(RegistrationRow).where(
            RegistrationRow.participant_id == registration.participant_id,
            RegistrationRow.session_id == target.id,
        )
    )
    if clash is not None and clash.status is not CANCELLED:
        raise DomainError(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages", "{person} ha già un'iscrizione alla sessione di {session}."
                ),
                person=person,
                session=session_label(target),
            )
        )
    if clash is not None:  # the moved registration takes the place of the cancelled one
        orm.delete(clash)
        orm.flush()


def _move_message(
    row: RosterEntry, person: str, source: str, promoted: RosterEntry | None
) -> Message:
    values = {"person": person, "session": row.session_label, "source": source}
    if promoted is not None:
        values["promoted"] = person_name(promoted.surname, promoted.name)
    if row.status is WAITING:
        values["position"] = row.waiting_position  # type: ignore[assignment]
        template = (
            QT_TRANSLATE_NOOP(
                "Messages",
                "{person}: iscrizione spostata alla sessione di {session}, al completo: in "
                "lista d'attesa n. {position}.",
            )
            if promoted is None
            else QT_TRANSLATE_NOOP(
                "Messages",
                "{person}: iscrizione spostata alla sessione di {session}, al completo: in "
                "lista d'attesa n. {position}. Nella sessione di {source} dalla lista "
                "d'attesa passa ai posti confermati: {promoted}.",
            )
        )
    else:
        template = (
            QT_TRANSLATE_NOOP(
                "Messages",
                "{person}: iscrizione spostata alla sessione di {session}, posto confermato.",
            )
            if promoted is None
            else QT_TRANSLATE_NOOP(
                "Messages",
                "{person}: iscrizione spostata alla sessione di {session}, posto confermato. "
                "Nella sessione di {source} dalla lista d'attesa passa ai posti "
                "confermati: {promoted}.",
            )
        )
    return message(template, **values)


def move_registration(
    db: Database, registration_id: int, target_session_id: int
) -> RegistrationOutcome:
    """Move a registration to another session of the same practice ("E" mode).

    The target's free seats decide: a seat, or the end of its waiting list (the move counts
    as signing up there now).  The attendance of the old session is dropped; a seat freed in
    the old session goes to its first in line.
    """
    with db.transaction() as orm:
        registration = registration_row(orm, registration_id)
        person = person_of(orm, registration)
        target = session_row(orm, target_session_id)
        _check_move(orm, registration, target, person)
        source = registration.session
        freed = registration.status is CONFIRMED
        orm.execute(delete(AttendanceRow).where(AttendanceRow.registration_id == registration_id))
        status = roster_rules.status_for_new_registration(
            confirmed_count(orm, target.id), target.capacity
        )
        registration.session = target
        registration.status = status
        registration.registered_at = now()
        promoted = promote_first_in_line(orm, source) if freed else None
        promoted_row = roster_row(orm, promoted.id) if promoted is not None else None
        row = roster_row(orm, registration_id)
        return RegistrationOutcome(
            row, _move_message(row, person, session_label(source), promoted_row)
        )
