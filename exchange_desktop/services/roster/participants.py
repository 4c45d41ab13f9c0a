"""The people of the roster: their fields tidied and checked (codice fiscale included), and
edited.  One transaction per public function; the helpers work inside an open one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy.orm import Session as OrmSession

from exchange_desktop.domain import roster as roster_rules
from exchange_desktop.domain.errors import (
    ConflictError,
    not_found,
    raise_if_any,
    raise_if_changed_elsewhere,
)
from exchange_desktop.domain.roster import Participant
from exchange_desktop.domain.validation import CONTEXT, normalize_email, normalize_line
from exchange_desktop.i18n import MESSAGES_CONTEXT, QT_TRANSLATE_NOOP, Message
from exchange_desktop.services.roster.organisations import organisation_row
from exchange_desktop.storage.database import Database
from exchange_desktop.storage.mapping import copy_fields, to_domain
from exchange_desktop.storage.models import ParticipantRow

#: The fields of a participant the clerk edits (and the import fills in).
PARTICIPANT_FIELDS = (
    "surname",
    "name",
    "organisation_id",
    "role",
    "email",
    "phone",
    "fiscal_code",
    "privacy_consent",
    "privacy_consent_date",
    "consent_media",
    "consent_contact",
)

_FISCAL_CODE_SHAPE = re.compile(r"^[A-Z0-9]{16}$")


def participant_row(orm: OrmSession, participant_id: int) -> ParticipantRow:
    """The participant's row in an open transaction, or the "does not exist" error."""
    row = orm.get(ParticipantRow, participant_id)
    if row is None:
        raise not_found(
            QT_TRANSLATE_NOOP("Messages", "Il partecipante n. {id} non esiste."), participant_id
        )
    return row


def person_name(surname: str, name: str) -> str:
    """ "Anna Rossi": how a person is named in the messages."""
    return f"{name} {surname}".strip()


def normalized_participant(participant: Participant) -> Participant:
    """The participant as stored: texts trimmed, the codice fiscale in capitals without spaces.

    Without consent there is no consent date; a consent given without a date is dated today.
    """
    consent_date = participant.privacy_consent_date if participant.privacy_consent else None
    if participant.privacy_consent and consent_date is None:
        consent_date = date.today()
    return replace(
        participant,
        surname=normalize_line(participant.surname),
        name=normalize_line(participant.name),
        role=normalize_line(participant.role),
        phone=normalize_line(participant.phone),
        email=normalize_email(participant.email),
        fiscal_code="".join(participant.fiscal_code.split()).upper(),
        privacy_consent=bool(participant.privacy_consent),
        privacy_consent_date=consent_date,
    )


def fiscal_code_error(code: str) -> Message | None:
    """What is wrong with a codice fiscale (already in capitals), or None when it is right.

    The check digit, the date and the place of birth are checked with the
    ``python-codicefiscale`` library; an empty code is accepted (the field is optional).
    """
    if not code:
        return None
    if not _FISCAL_CODE_SHAPE.match(code):
        return Message(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Validation",
                "Codice fiscale non valido: sono 16 lettere e cifre (esempio: RSSMRA85T10A562S).",
            ),
        )
    from codicefiscale import codicefiscale  # loads its tables: only when a code is given

    try:
        codicefiscale.decode_raw(code)
    except ValueError:
        return Message(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Validation",
                "Codice fiscale non valido: lettere e cifre non sono al loro posto "
                "(esempio: RSSMRA85T10A562S).",
            ),
        )
    if codicefiscale.encode_cin(code) != code[-1]:
        return Message(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Validation",
                "Codice fiscale non valido: il carattere di controllo (l'ultimo) non "
                "corrisponde. Controllare di averlo scritto bene.",
            ),
        )
    if not codicefiscale.is_valid(code):
        return Message(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Validation",
                "Codice fiscale non valido: la data o il luogo di nascita non esistono.",
            ),
        )
    return None


def participant_errors(participant: Participant) -> dict[str, Message]:
    """Every problem with a (normalised) participant, field by field, for the form."""
    errors = roster_rules.participant_errors(participant)
    if "fiscal_code" not in errors:
        problem = fiscal_code_error(participant.fiscal_code)
        if problem is not None:
            errors["fiscal_code"] = problem
    consent_date = participant.privacy_consent_date
    if consent_date is not None and consent_date > date.today():
        errors["privacy_consent_date"] = Message(
            CONTEXT,
            QT_TRANSLATE_NOOP("Validation", "La data del consenso non può essere nel futuro."),
        )
    return errors


def checked_participant(participant: Participant) -> Participant:
    """The participant normalised, or :class:`ValidationError` naming each wrong field."""
    tidy = normalized_participant(participant)
    raise_if_any(participant_errors(tidy))
    return tidy


def store_participant(
    orm: OrmSession, participant: Participant, row: ParticipantRow | None = None
) -> ParticipantRow:
    """Write a checked participant into ``row`` (a new one when None); the Ente must exist."""
    if participant.organisation_id is not None:
        organisation_row(orm, participant.organisation_id)
    if row is None:
        row = ParticipantRow()
        orm.add(row)
    copy_fields(participant, row, PARTICIPANT_FIELDS)
    orm.flush()
    return row


def get_participant(db: Database, participant_id: int) -> Participant:
    with db.read() as orm:
        return to_domain(participant_row(orm, participant_id), Participant)


def update_participant(
    db: Database,
    participant_id: int,
    *,
    expected: Mapping[str, object] | None = None,
    **changes: Any,
) -> Participant:
    """Change some fields of a participant (the Ente too), validated as a whole first.

    ``expected`` (from the dialog) holds the values the changed fields had when it opened:
    if another window or a colleague saved a different one since, nothing is written.
    """
    unknown = set(changes) - set(PARTICIPANT_FIELDS)
    if unknown:
        raise KeyError(f"not an editable participant field: {sorted(unknown)}")
    with db.transaction() as orm:
        row = participant_row(orm, participant_id)
        try:
            raise_if_changed_elsewhere(to_domain(row, Participant), expected)
        except ConflictError as conflict:
            raise ConflictError(
                Message(
                    MESSAGES_CONTEXT,
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Nel frattempo i dati di questa persona sono stati modificati da "
                        "un'altra finestra o da un altro utente: le modifiche non sono state "
                        "salvate. Chiudere e riaprire la scheda per vedere i dati aggiornati.",
                    ),
                ),
                conflict.current,
            ) from None
        updated = checked_participant(replace(to_domain(row, Participant), **changes))
        store_participant(orm, updated, row)
        return to_domain(row, Participant)
