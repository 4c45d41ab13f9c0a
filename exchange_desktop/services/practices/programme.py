"""The programme of the day: ordered items, edited one by one or replaced as a whole (undo)."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from exchange_desktop.domain import programme as programme_rules
from exchange_desktop.domain.errors import not_found, raise_if_changed_elsewhere
from exchange_desktop.domain.programme import ProgrammeItem
from exchange_desktop.i18n import QT_TRANSLATE_NOOP
from exchange_desktop.services.scheduling.session_rows import practice_row
from exchange_desktop.storage.database import Database
from exchange_desktop.storage.mapping import copy_fields, to_domain
from exchange_desktop.storage.models import ProgrammeItemRow

#: The fields the clerk edits on an item (position is changed by moving it).
ITEM_FIELDS = ("kind", "title", "text", "start_time", "end_time", "speakers")


def _item_row(orm: OrmSession, item_id: int) -> ProgrammeItemRow:
    row = orm.get(ProgrammeItemRow, item_id)
    if row is None:
        raise not_found(
            QT_TRANSLATE_NOOP("Messages", "La voce di programma n. {id} non esiste."), item_id
        )
    return row


def _rows(orm: OrmSession, practice_id: int) -> list[ProgrammeItemRow]:
    return list(
        orm.scalars(
            select(ProgrammeItemRow)
            .where(ProgrammeItemRow.practice_id == practice_id)
            .order_by(ProgrammeItemRow.position, ProgrammeItemRow.id)
        )
    )


def items_of(orm: OrmSession, practice_id: int) -> list[ProgrammeItem]:
    """The items of a practice in programme order, inside an open transaction (for the
    services that read the programme together with other data)."""
    return [to_domain(row, ProgrammeItem) for row in _rows(orm, practice_id)]


def list_items(db: Database, practice_id: int) -> list[ProgrammeItem]:
    """The items of a practice in programme order."""
    with db.read() as orm:
        practice_row(orm, practice_id)
        return items_of(orm, practice_id)


def add_item(
    db: Database, practice_id: int, item: ProgrammeItem, index: int | None = None
) -> list[ProgrammeItem]:
    """Insert ``item`` at ``index`` (the end when None); return the whole new programme."""
    programme_rules.validate(item)
    with db.transaction() as orm:
        practice_row(orm, practice_id)
        rows = _rows(orm, practice_id)
        row = ProgrammeItemRow(practice_id=practice_id, position=0)
        copy_fields(item, row, ITEM_FIELDS)
        orm.add(row)
        rows.insert(len(rows) if index is None else max(0, min(index, len(rows))), row)
        _renumber(rows)
        orm.flush()
        return [to_domain(r, ProgrammeItem) for r in rows]


def update_item(
    db: Database,
    item_id: int,
    *,
    expected: Mapping[str, object] | None = None,
    **changes: object,
) -> ProgrammeItem:
    """Change some fields of one item, validated as a whole first (``expected``: see
    ``practices.update_practice``)."""
    unknown = set(changes) - set(ITEM_FIELDS)
    if unknown:
        raise KeyError(f"not an editable programme field: {sorted(unknown)}")
    with db.transaction() as orm:
        row = _item_row(orm, item_id)
        raise_if_changed_elsewhere(to_domain(row, ProgrammeItem), expected)
        updated = to_domain(row, ProgrammeItem)
        for name, value in changes.items():
            setattr(updated, name, value)
        programme_rules.validate(updated)
        copy_fields(updated, row, list(changes))
        orm.flush()
        return to_domain(row, ProgrammeItem)


def remove_item(db: Database, item_id: int) -> list[ProgrammeItem]:
    """Delete one item (the window's *Elimina*, the ``remove-item`` command); return the
    whole new programme, renumbered."""
    with db.transaction() as orm:
        row = _item_row(orm, item_id)
        rows = [r for r in _rows(orm, row.practice_id) if r.id != item_id]
        orm.delete(row)
        _renumber(rows)
        orm.flush()
        return [to_domain(r, ProgrammeItem) for r in rows]


def move_item(db: Database, item_id: int, index: int) -> list[ProgrammeItem]:
    """Move one item to ``index`` (0 the first; beyond the end: the last), the others
    keeping their order; return the whole new programme."""
    with db.transaction() as orm:
        row = _item_row(orm, item_id)
        rows = [r for r in _rows(orm, row.practice_id) if r.id != item_id]
        rows.insert(max(0, min(index, len(rows))), row)
        _renumber(rows)
        orm.flush()
        return [to_domain(r, ProgrammeItem) for r in rows]


def replace_programme(
    db: Database, practice_id: int, items: list[ProgrammeItem]
) -> list[ProgrammeItem]:
    """Make the stored programme equal to ``items`` (order included): used by undo and redo.

    Items keep their ids where they have one, so later history steps still find them.
    """
    for item in items:
        programme_rules.validate(item)
    with db.transaction() as orm:
        practice_row(orm, practice_id)
        existing = {row.id: row for row in _rows(orm, practice_id)}
        wanted = {item.id for item in items if item.id is not None}
        for item_id, row in existing.items():
            if item_id not in wanted:
                orm.delete(row)
        orm.flush()
        ordered: list[ProgrammeItemRow] = []
        for item in items:
            kept = existing.get(item.id) if item.id is not None else None
            if kept is None:
                kept = ProgrammeItemRow(practice_id=practice_id, position=0)
                if item.id is not None and orm.get(ProgrammeItemRow, item.id) is None:
                    kept.id = item.id  # that id is free: the item keeps its own
                orm.add(kept)
            copy_fields(item, kept, ITEM_FIELDS)
            ordered.append(kept)
        _renumber(ordered)
        orm.flush()
        return [to_domain(r, ProgrammeItem) for r in ordered]


def _renumber(rows: list[ProgrammeItemRow]) -> None:
    for position, row in enumerate(rows):
        row.position = position
