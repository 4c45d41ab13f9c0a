"""The practices the office keeps: list, create, edit, duplicate, delete."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from exchange_desktop.domain import practice as practice_rules
from exchange_desktop.domain.errors import raise_if_changed_elsewhere
from exchange_desktop.domain.practice import EDITABLE_FIELDS, Practice
from exchange_desktop.services.scheduling.scheduling_modes import restructure
from exchange_desktop.services.scheduling.session_rows import practice_row
from exchange_desktop.storage.database import Database
from exchange_desktop.storage.mapping import copy_fields, to_domain
from exchange_desktop.storage.models import (
    PracticeRow,
    ProgrammeItemRow,
    RegistrationRow,
    SessionRow,
)

_PROGRAMME_COPY_FIELDS = ("position", "kind", "title", "text", "start_time", "end_time", "speakers")


@dataclass(frozen=True)
class PracticeSummary:
    """What the practice list shows."""

    id: int
    title: str
    host: str
    updated_at: datetime


@dataclass(frozen=True)
class PracticeUsage:
    """What deleting a practice would take with it, for the confirmation message."""

    sessions: int
    registrations: int


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def list_practices(db: Database) -> list[PracticeSummary]:
    """Every practice, the most recently edited first."""
    with db.read() as orm:
        rows = orm.execute(
            select(
                PracticeRow.id, PracticeRow.title, PracticeRow.host_comune, PracticeRow.updated_at
            ).order_by(PracticeRow.updated_at.desc(), PracticeRow.id.desc())
        ).all()
    return [
        PracticeSummary(id=r.id, title=r.title, host=r.host_comune, updated_at=r.updated_at)
        for r in rows
    ]


def count_practices(db: Database) -> int:
    with db.read() as orm:
        return orm.scalar(select(func.count()).select_from(PracticeRow)) or 0


def get_practice(db: Database, practice_id: int) -> Practice:
    with db.read() as orm:
        return to_domain(practice_row(orm, practice_id), Practice)


def add_practice(orm: OrmSession, practice: Practice) -> PracticeRow:
    """Insert a validated practice inside an open transaction (used by the sample loader too)."""
    practice = practice_rules.normalized(practice)
    practice_rules.validate(practice)
    now = _now()
    row = PracticeRow(created_at=now, updated_at=now)
    copy_fields(practice, row, EDITABLE_FIELDS)
    orm.add(row)
    orm.flush()
    return row


def create_practice(db: Database, practice: Practice | None = None) -> Practice:
    """A new practice; without one given, an empty form titled "Nuova pratica"."""
    practice = practice or Practice(title="Nuova pratica")
    with db.transaction() as orm:
        row = add_practice(orm, practice)
        return to_domain(row, Practice)


def update_practice(
    db: Database,
    practice_id: int,
    *,
    expected: Mapping[str, object] | None = None,
    **changes: object,
) -> Practice:
    """Change some fields; the whole practice is validated before anything is written.

    ``expected`` (from a form) holds the values the changed fields had when shown: if one was
    saved differently since, nothing is written (:class:`ConflictError`).
    """
    with db.transaction() as orm:
        row = practice_row(orm, practice_id)
        raise_if_changed_elsewhere(to_domain(row, Practice), expected)
        updated = practice_rules.normalized(
            practice_rules.with_changes(to_domain(row, Practice), **changes)
        )
        practice_rules.validate(updated)
        if updated.scheduling_mode is not row.scheduling_mode:
            # The sessions follow the mode ("O": one session, "E": one per date).
            restructure(orm, row, updated.scheduling_mode)
        copy_fields(updated, row, list(changes))
        row.updated_at = _now()
        orm.flush()
        return to_domain(row, Practice)


def duplicate_practice(db: Database, practice_id: int) -> Practice:
    """A copy to reuse next year: the description and the programme, not dates or people."""
    with db.transaction() as orm:
        source = practice_row(orm, practice_id)
        copy = to_domain(source, Practice)
        copy.title = practice_rules.copy_title(copy.title)
        row = add_practice(orm, copy)
        for item in source.programme_items:
            new_item = ProgrammeItemRow(practice_id=row.id)
            copy_fields(item, new_item, _PROGRAMME_COPY_FIELDS)
            orm.add(new_item)
        orm.flush()
        return to_domain(row, Practice)


def practice_usage(db: Database, practice_id: int) -> PracticeUsage:
    with db.read() as orm:
        practice_row(orm, practice_id)
        sessions = orm.scalar(
            select(func.count())
            .select_from(SessionRow)
            .where(SessionRow.practice_id == practice_id)
        )
        registrations = orm.scalar(
            select(func.count())
            .select_from(RegistrationRow)
            .join(SessionRow, RegistrationRow.session_id == SessionRow.id)
            .where(SessionRow.practice_id == practice_id)
        )
    return PracticeUsage(sessions=sessions or 0, registrations=registrations or 0)


def delete_practice(db: Database, practice_id: int) -> None:
    """Delete a practice with its programme, sessions and registrations (the people stay)."""
    with db.transaction() as orm:
        orm.delete(practice_row(orm, practice_id))
