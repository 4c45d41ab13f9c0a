"""Who a kind of message goes to, with the values of their placeholders.

The clerk may narrow it (``--to confirmed|waiting|present|qualified|PID,…``), never widen an
attestato beyond those who qualify: each person gets only their own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from exchange_desktop.domain.enums import RegistrationStatus
from exchange_desktop.domain.errors import DomainError
from exchange_desktop.domain.messages import DONE_STATES, KIND_LABELS, MessageKind, Recipient
from exchange_desktop.domain.practice import Practice
from exchange_desktop.domain.programme import ProgrammeItem
from exchange_desktop.domain.roster_rows import RosterEntry
from exchange_desktop.domain.scheduling import Session, session_day
from exchange_desktop.domain.validation import name_key
from exchange_desktop.i18n import MESSAGES_CONTEXT, QT_TRANSLATE_NOOP, Message
from exchange_desktop.services.messaging.values import (
    ITALIAN,
    organisation_values,
    person_values,
    session_values,
)
from exchange_desktop.services.practices.programme import items_of
from exchange_desktop.services.roster.roster_rows import rows_of_session
from exchange_desktop.services.scheduling.involved import involved_organisations
from exchange_desktop.services.scheduling.session_rows import session_row
from exchange_desktop.storage.database import Database
from exchange_desktop.storage.mapping import session_to_domain, to_domain
from exchange_desktop.storage.models import (
    DateChangeRow,
    MessageRow,
    OrganisationRow,
)

#: The named groups of ``--to``.
GROUPS = ("confirmed", "waiting", "present", "qualified")

#: Who each kind goes to when the clerk names nobody.
DEFAULT_GROUP: dict[MessageKind, str] = {
    MessageKind.INVITE: "enti",
    MessageKind.CONFIRMATION: "confirmed",
    MessageKind.WAITING: "waiting",
    MessageKind.SEAT: "promoted",
    MessageKind.CHANGE: "affected",
    MessageKind.REMINDER: "confirmed",
    MessageKind.CERTIFICATE: "qualified",
    MessageKind.AFTER: "present",
}


@dataclass(frozen=True)
class Audience:
    """A named group, or the participants chosen by id."""

    group: str = ""
    participant_ids: tuple[int, ...] = ()


def _error(template: str, **params: object) -> DomainError:
    return DomainError(Message(MESSAGES_CONTEXT, template, **params))


def parse_audience(text: str) -> Audience:
    """ "confirmed", "waiting", "present", "qualified" or ids "12,15"; refused otherwise."""
    value = text.strip().lower()
    if value in GROUPS:
        return Audience(group=value)
    parts = [part.strip() for part in value.split(",")]
    if parts and all(part.isdigit() and part.isascii() for part in parts):
        return Audience(participant_ids=tuple(dict.fromkeys(int(part) for part in parts)))
    raise _error(
        QT_TRANSLATE_NOOP(
            "Messages",
            "Destinatari non validi: «{value}». Indicare confirmed, waiting, present, "
            "qualified oppure i numeri dei partecipanti separati da virgole (12,15).",
        ),
        value=text,
    )


@dataclass(frozen=True)
class SessionFacts:
    """What the messages of one session are written from."""

    practice: Practice
    session: Session
    items: list[ProgrammeItem]
    rows: list[RosterEntry]
    day: date | None
    old_day: date | None
    enti: list[OrganisationRow]
    #: the Enti a change concerns, as *Persone da informare* lists them
    involved: tuple[int, ...]
    done: dict[MessageKind, set[str]]

    @property
    def shared(self) -> dict[str, str]:
        return self.shared_in(ITALIAN)

    def shared_in(self, language: str) -> dict[str, str]:
        """The session's values, dates and times in ``language`` (the text's)."""
        return session_values(
            self.practice, self.session, self.items, self.day, self.old_day, language
        )


def _done(orm: OrmSession, session_id: int) -> dict[MessageKind, set[str]]:
    done: dict[MessageKind, set[str]] = {}
    for kind, key in orm.execute(
        select(MessageRow.kind, MessageRow.recipient_key).where(
            MessageRow.session_id == session_id, MessageRow.state.in_(DONE_STATES)
        )
    ):
        done.setdefault(kind, set()).add(key)
    return done


def read_facts(db: Database, session_id: int) -> SessionFacts:
    """One consistent read of everything a batch of the session needs."""
    with db.read() as orm:
        row = session_row(orm, session_id)
        session = session_to_domain(row)
        practice = to_domain(row.practice, Practice)
        change = orm.scalar(
            select(DateChangeRow)
            .where(DateChangeRow.session_id == session_id)
            .order_by(DateChangeRow.id.desc())
            .limit(1)
        )
        involved = tuple(ente.id or 0 for ente in involved_organisations(orm, session_id))
        enti = list(orm.scalars(select(OrganisationRow)))
        for ente in enti:
            orm.expunge(ente)
        return SessionFacts(
            practice=practice,
            session=session,
            items=items_of(orm, row.practice_id),
            rows=rows_of_session(orm, session_id),
            day=session_day(session, practice.scheduling_mode),
            old_day=change.old_day if change is not None else None,
            enti=sorted(enti, key=lambda e: (name_key(e.name), e.id)),
            involved=involved,
            done=_done(orm, session_id),
        )


def _person(facts: SessionFacts, row: RosterEntry, language: str = ITALIAN) -> Recipient:
    full = " ".join(part for part in (row.name.strip(), row.surname.strip()) if part)
    return Recipient(
        key=f"p{row.participant_id}",
        name=full,
        address=row.email.strip(),
        values=person_values(facts.shared_in(language), row),
        participant_id=row.participant_id,
        organisation_id=row.organisation_id,
    )


def _ente(facts: SessionFacts, ente: OrganisationRow, language: str = ITALIAN) -> Recipient:
    return Recipient(
        key=f"o{ente.id}",
        name=" ".join(ente.name.split()),
        address=(ente.email or ente.pec).strip(),
        values=organisation_values(facts.shared_in(language), ente.name, ente.contact_name),
        organisation_id=ente.id,
    )


def _in_group(row: RosterEntry, group: str, qualified: set[int], facts: SessionFacts) -> bool:
    active = row.status is not RegistrationStatus.CANCELLED
    if group == "confirmed":
        return row.status is RegistrationStatus.CONFIRMED
    if group == "waiting":
        return row.status is RegistrationStatus.WAITING
    if group == "present":
        return active and bool(row.present)
    if group == "qualified":
        return row.registration_id in qualified
    if group == "promoted":  # told they were waiting, now seated, not yet told of the seat
        told_waiting = facts.done.get(MessageKind.WAITING, set())
        return row.status is RegistrationStatus.CONFIRMED and f"p{row.participant_id}" in (
            told_waiting
        )
    return active  # "affected": everyone seated or waiting


def involved_enti(facts: SessionFacts, language: str = ITALIAN) -> list[Recipient]:
    """The Enti a change notice goes to: the same as *Persone da informare* lists
    (``scheduling.involved``), in name order."""
    by_id = {ente.id: ente for ente in facts.enti}
    return [
        _ente(facts, by_id[ente_id], language) for ente_id in facts.involved if ente_id in by_id
    ]


def recipients(
    facts: SessionFacts,
    kind: MessageKind,
    audience: Audience,
    qualified: Sequence[int] = (),
    language: str = ITALIAN,
) -> list[Recipient]:
    """The recipients of ``kind`` for ``audience`` (the kind's own group when empty), in
    surname order, each once.  An attestato goes only to those in ``qualified``
    (registration ids), whatever the audience says.  ``language`` is the text's: its
    dates and times are written in it.
    """
    chosen = set(qualified)
    if kind is MessageKind.INVITE:
        if audience.group or audience.participant_ids:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "L'invito va agli Enti dell'elenco condiviso: non si indicano i "
                    "destinatari (--to).",
                ),
            )
        return [_ente(facts, ente, language) for ente in facts.enti]
    if facts.day is None:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Messages",
                "La sessione n. {id} non ha ancora una data confermata: confermarla nella "
                "scheda Date prima di inviare «{kind}».",
            ),
            id=facts.session.id,
            kind=Message(MESSAGES_CONTEXT, KIND_LABELS[kind]),
        )
    group = audience.group or ("" if audience.participant_ids else DEFAULT_GROUP[kind])
    if audience.participant_ids:
        known = {row.participant_id for row in facts.rows}
        missing = [pid for pid in audience.participant_ids if pid not in known]
        if missing:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Messages", "Il partecipante n. {id} non è iscritto alla sessione n. {session}."
                ),
                id=missing[0],
                session=facts.session.id,
            )
        rows = [
            row
            for row in facts.rows
            if row.participant_id in audience.participant_ids
            and row.status is not RegistrationStatus.CANCELLED
        ]
    else:
        rows = [row for row in facts.rows if _in_group(row, group, chosen, facts)]
    if kind is MessageKind.CERTIFICATE:
        rows = [row for row in rows if row.registration_id in chosen]
    people = [_person(facts, row, language) for row in rows]
    if kind is MessageKind.CHANGE and not audience.participant_ids and not audience.group:
        people += involved_enti(facts, language)
    return people
