"""The Enti an import names, found by name (without case or accents) or added."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from exchange_desktop.domain.validation import name_key, normalize_line
from exchange_desktop.storage.models import OrganisationRow


class EntiByName:
    """The Enti by name (without case or accents); those named in the file and missing are
    added in the same transaction.  The rows are held, so that checking a participant's Ente
    finds it in memory instead of asking the database each time."""

    def __init__(self, orm: OrmSession) -> None:
        self._session = orm
        self._rows = {name_key(row.name): row for row in orm.scalars(select(OrganisationRow))}
        #: The ids by the name as written: a file of thousands names a few Enti, each folded once.
        self._ids: dict[str, int] = {}

    def id_for(self, name: str) -> int | None:
        if not name:
            return None
        known = self._ids.get(name)
        if known is not None:
            return known
        key = name_key(name)
        row = self._rows.get(key)
        if row is None:
            row = self._rows[key] = OrganisationRow(name=normalize_line(name))
            self._session.add(row)
            self._session.flush()
        self._ids[name] = row.id
        return row.id
