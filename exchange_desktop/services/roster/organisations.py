"""The Enti aderenti: one list for the whole database, shared by the dates and the roster."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from exchange_desktop.domain import roster as roster_rules
from exchange_desktop.domain.errors import DomainError, not_found
from exchange_desktop.domain.roster import Organisation
from exchange_desktop.domain.validation import name_key
from exchange_desktop.i18n import MESSAGES_CONTEXT, QT_TRANSLATE_NOOP, Message
from exchange_desktop.storage.database import Database
from exchange_desktop.storage.mapping import copy_fields, to_domain
from exchange_desktop.storage.models import OrganisationRow, ParticipantRow

#: The fields the clerk edits on an Ente.
ORGANISATION_FIELDS = ("name", "kind", "pec", "email", "contact_name", "phone")


def organisation_row(orm: OrmSession, organisation_id: int) -> OrganisationRow:
    """The Ente's row in an open transaction, or the "does not exist" error."""
    row = orm.get(OrganisationRow, organisation_id)
    if row is None:
        raise not_found(
            QT_TRANSLATE_NOOP("Messages", "L'Ente n. {id} non esiste."), organisation_id
        )
    return row


def sorted_organisations(rows: list[OrganisationRow]) -> list[Organisation]:
    """Dictionary order, without regard to case or accents ("Comune di Forlì" after "forli")."""
    ordered = sorted(rows, key=lambda row: (name_key(row.name), row.name, row.id))
    return [to_domain(row, Organisation) for row in ordered]


def list_organisations(db: Database) -> list[Organisation]:
    """Every Ente, in dictionary order."""
    with db.read() as orm:
        return sorted_organisations(list(orm.scalars(select(OrganisationRow))))


def get_organisation(db: Database, organisation_id: int) -> Organisation:
    with db.read() as orm:
        return to_domain(organisation_row(orm, organisation_id), Organisation)


def _check_unique_name(orm: OrmSession, name: str, *, except_id: int | None = None) -> None:
    """The same Ente must not be entered twice, whatever its capitals and accents."""
    key = name_key(name)
    for other_id, other_name in orm.execute(select(OrganisationRow.id, OrganisationRow.name)):
        if other_id != except_id and name_key(other_name) == key:
            raise DomainError(
                Message(
                    MESSAGES_CONTEXT,
                    QT_TRANSLATE_NOOP("Messages", "L'Ente «{name}» è già nell'elenco (n. {id})."),
                    name=other_name,
                    id=other_id,
                )
            )


def organisation_id_for(orm: OrmSession, name: str) -> int:
    """The Ente called ``name`` (whatever its capitals and accents), added when missing,
    inside an open transaction: for a registration typed with the Ente's name."""
    key = name_key(name)
    for other_id, other_name in orm.execute(select(OrganisationRow.id, OrganisationRow.name)):
        if name_key(other_name) == key:
            return int(other_id)
    organisation = roster_rules.normalized_organisation(Organisation(name=name))
    roster_rules.validate_organisation(organisation)
    row = OrganisationRow()
    copy_fields(organisation, row, ORGANISATION_FIELDS)
    orm.add(row)
    orm.flush()
    return row.id


def add_organisation(db: Database, organisation: Organisation) -> Organisation:
    """Add an Ente; its name is trimmed and must not repeat an existing one."""
    organisation = roster_rules.normalized_organisation(organisation)
    roster_rules.validate_organisation(organisation)
    with db.transaction() as orm:
        _check_unique_name(orm, organisation.name)
        row = OrganisationRow()
        copy_fields(organisation, row, ORGANISATION_FIELDS)
        orm.add(row)
        orm.flush()
        return to_domain(row, Organisation)


def update_organisation(db: Database, organisation_id: int, **changes: Any) -> Organisation:
    """Change some fields of an Ente, validated as a whole first."""
    unknown = set(changes) - set(ORGANISATION_FIELDS)
    if unknown:
        raise KeyError(f"not an editable organisation field: {sorted(unknown)}")
    with db.transaction() as orm:
        row = organisation_row(orm, organisation_id)
        updated = roster_rules.normalized_organisation(
            replace(to_domain(row, Organisation), **changes)
        )
        roster_rules.validate_organisation(updated)
        if "name" in changes:
            _check_unique_name(orm, updated.name, except_id=organisation_id)
        copy_fields(updated, row, list(changes))
        orm.flush()
        return to_domain(row, Organisation)


def delete_organisation(db: Database, organisation_id: int) -> None:
    """Delete an Ente with its availability answers; refused while people belong to it."""
    with db.transaction() as orm:
        row = organisation_row(orm, organisation_id)
        people = (
            orm.scalar(
                select(func.count())
                .select_from(ParticipantRow)
                .where(ParticipantRow.organisation_id == organisation_id)
            )
            or 0
        )
        if people == 1:
            raise DomainError(
                Message(
                    MESSAGES_CONTEXT,
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Impossibile eliminare l'Ente «{name}»: 1 partecipante vi appartiene. "
                        "Assegnarlo prima a un altro Ente.",
                    ),
                    name=row.name,
                )
            )
        if people:
            raise DomainError(
                Message(
                    MESSAGES_CONTEXT,
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Impossibile eliminare l'Ente «{name}»: {count} partecipanti vi "
                        "appartengono. Assegnarli prima a un altro Ente.",
                    ),
                    name=row.name,
                    count=people,
                )
            )
        orm.delete(row)  # the availability answers go with it (ON DELETE CASCADE)
