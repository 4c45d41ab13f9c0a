"""The sittings of a session's day: the programme's, or the clerk's own when set.

Every service that counts hours (the roster, the attestati, the sign-in sheet, the webinar
reports) reads the plan here, so that they all agree on what a sitting is.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy.orm import Session as OrmSession

from exchange_desktop.domain.errors import raise_if_any
from exchange_desktop.domain.programme import ProgrammeItem
from exchange_desktop.domain.sittings import DayPlan, Sitting, day_plan, sittings_errors
from exchange_desktop.services.practices.programme import items_of
from exchange_desktop.services.scheduling.session_rows import session_row
from exchange_desktop.storage.database import Database
from exchange_desktop.storage.models import SessionRow, SittingRow


def custom_sittings(row: SessionRow) -> list[Sitting]:
    """The sittings the clerk set by hand for the session (none: the programme's)."""
    return [Sitting(s.start_time, s.end_time) for s in row.sittings]


def plan_for(row: SessionRow, items: Sequence[ProgrammeItem]) -> DayPlan:
    return day_plan(items, row.start_time, row.end_time, custom_sittings(row))


def plans_of(orm: OrmSession, rows: Iterable[SessionRow]) -> dict[int, DayPlan]:
    """Each session's day plan; the programme read once per practice."""
    programmes: dict[int, list[ProgrammeItem]] = {}
    plans: dict[int, DayPlan] = {}
    for row in rows:
        if row.practice_id not in programmes:
            programmes[row.practice_id] = items_of(orm, row.practice_id)
        plans[row.id] = plan_for(row, programmes[row.practice_id])
    return plans


def plan_of(orm: OrmSession, row: SessionRow) -> DayPlan:
    return plans_of(orm, [row])[row.id]


def session_plan(db: Database, session_id: int) -> DayPlan:
    """The day plan of a session, for the screens and the command line."""
    with db.read() as orm:
        return plan_of(orm, session_row(orm, session_id))


def programme_plan(db: Database, session_id: int) -> DayPlan:
    """The sittings the programme alone gives (what "Ripristina" goes back to)."""
    with db.read() as orm:
        row = session_row(orm, session_id)
        return day_plan(items_of(orm, row.practice_id), row.start_time, row.end_time)


def set_sittings(db: Database, session_id: int, sittings: Sequence[Sitting]) -> DayPlan:
    """The clerk's own sittings for the session; an empty list goes back to the programme's.

    Attendance already recorded stays with its sitting number.
    """
    raise_if_any(sittings_errors(sittings))
    with db.transaction() as orm:
        row = session_row(orm, session_id)
        wanted = [(s.start, s.end) for s in sittings]
        if [(s.start_time, s.end_time) for s in row.sittings] != wanted:
            row.sittings.clear()
            orm.flush()
            for position, (start, end) in enumerate(wanted, start=1):
                row.sittings.append(SittingRow(position=position, start_time=start, end_time=end))
        orm.flush()
        orm.refresh(row)
        return plan_of(orm, row)
