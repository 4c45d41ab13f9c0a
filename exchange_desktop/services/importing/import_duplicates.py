"""Who an imported row already is: someone signed up to the session (a duplicate), someone
whose registration was cancelled, or an earlier row of the same file.  Same email, or same
surname, name and Ente (without case or accents) — the rule of the roster's own check."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from exchange_desktop.domain.enums import RegistrationStatus
from exchange_desktop.domain.validation import name_key
from exchange_desktop.i18n import QT_TRANSLATE_NOOP, Message
from exchange_desktop.services.roster import participants as people
from exchange_desktop.storage.models import OrganisationRow, ParticipantRow, RegistrationRow

CONTEXT = "ParticipantImport"

Keys = dict[tuple[str, ...], tuple[str, int]]


def person_keys(surname: str, name: str, organisation: str, email: str) -> list[tuple[str, ...]]:
    """What identifies a person: names and Ente, and the email when there is one."""
    keys: list[tuple[str, ...]] = [
        ("person", name_key(surname), name_key(name), name_key(organisation))
    ]
    if email.strip():
        keys.append(("email", email.strip().casefold()))
    return keys


def session_keys(orm: OrmSession, session_id: int) -> tuple[Keys, Keys]:
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
    active: Keys = {}
    cancelled: Keys = {}
    for surname, name, organisation, email, person_id, status in rows:
        keys = cancelled if status is RegistrationStatus.CANCELLED else active
        for key in person_keys(surname, name, organisation or "", email):
            keys.setdefault(key, (people.person_name(surname, name), person_id))
    return active, cancelled


def why(key: tuple[str, ...]) -> Message:
    """ "stessa email" or "stessi cognome, nome ed Ente": which key matched."""
    if key[0] == "email":
        return Message(CONTEXT, QT_TRANSLATE_NOOP("ParticipantImport", "stessa email"))
    return Message(CONTEXT, QT_TRANSLATE_NOOP("ParticipantImport", "stessi cognome, nome ed Ente"))


def duplicate_reason(
    keys: list[tuple[str, ...]],
    registered: Keys,
    in_file: dict[tuple[str, ...], int],
) -> Message | None:
    """Why a valid row is a duplicate (``None`` when it is not): the session first, then the
    file."""
    for key in keys:
        if key in registered:
            return Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "ParticipantImport", "Già nell'elenco della sessione: {person} ({why})."
                ),
                person=registered[key][0],
                why=why(key),
            )
    for key in keys:
        if key in in_file:
            return Message(
                CONTEXT,
                QT_TRANSLATE_NOOP("ParticipantImport", "Ripete la riga {row} del file ({why})."),
                row=in_file[key],
                why=why(key),
            )
    return None


def cancelled_reason(person: str, key: tuple[str, ...]) -> Message:
    """The preview's reason for someone cancelled before."""
    return Message(
        CONTEXT,
        QT_TRANSLATE_NOOP(
            "ParticipantImport",
            "Annullato in precedenza: {person} ({why}); non viene iscritto di nuovo se "
            "non lo si sceglie.",
        ),
        person=person,
        why=why(key),
    )
