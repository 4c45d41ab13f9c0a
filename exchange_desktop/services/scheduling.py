"""Sessions and their dates, as the other tabs and the exports read them."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from exchange_desktop.domain.scheduling import Session
from exchange_desktop.storage.database import Database
from exchange_desktop.storage.mapping import session_to_domain
from exchange_desktop.storage.models import SessionRow


def list_sessions(db: Database, practice_id: int) -> list[Session]:
    """The sessions of a practice with their candidate dates, in creation order."""
    with db.read() as session:
        rows = session.scalars(
            select(SessionRow)
            .where(SessionRow.practice_id == practice_id)
            .options(selectinload(SessionRow.candidate_dates))
            .order_by(SessionRow.id)
        ).all()
        return [session_to_domain(row) for row in rows]
