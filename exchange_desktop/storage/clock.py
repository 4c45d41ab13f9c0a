"""The database's clock: timestamps that order or prove things, time-zone aware.

With a shared server each PC's own clock differs (a wrong time zone, a clock minutes off):
a registration stamped by the PC could jump the waiting list.  So the moments that order
or prove (a registration, a date moved, an attendance marked) are read from the database,
``clock_timestamp()`` on PostgreSQL and ``strftime('now')`` (UTC) on SQLite, and stored
time-zone aware: ``timestamp with time zone`` on the server, UTC text in a file.

The program itself reads them as the Italian legal time (Europe/Rome, what the office's
papers show), naive as before: :class:`ServerTime` converts at the column, whatever time
zone the PC is in.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import DateTime, text
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session
from sqlalchemy.types import TypeDecorator

#: The time zone the office's moments are shown in, whatever the PC's is.
OFFICE_ZONE = ZoneInfo("Europe/Rome")


def to_utc(value: datetime) -> datetime:
    """``value`` as an aware UTC moment; a naive one is Italian legal time."""
    aware = value if value.tzinfo is not None else value.replace(tzinfo=OFFICE_ZONE)
    return aware.astimezone(UTC)


def to_office(value: datetime) -> datetime:
    """An aware (or naive UTC) moment as the naive Italian legal time the program reads."""
    aware = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
    return aware.astimezone(OFFICE_ZONE).replace(tzinfo=None)


class ServerTime(TypeDecorator[datetime]):
    """A moment stored time-zone aware (UTC in SQLite), read as naive Italian legal time."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        moment = to_utc(value)
        return moment if dialect.name == "postgresql" else moment.replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return to_office(value)


def server_now(orm: Session) -> datetime:
    """The database's clock now (after any lock this transaction waited for), as the
    program reads moments: naive Italian legal time, microseconds kept."""
    connection = orm.connection()  # (not orm.execute: no autoflush of a half-built row)
    if connection.dialect.name == "postgresql":
        moment = connection.execute(text("SELECT clock_timestamp()")).scalar_one()
        return to_office(moment)
    stamp = connection.execute(text("SELECT strftime('%Y-%m-%d %H:%M:%f', 'now')")).scalar_one()
    return to_office(datetime.fromisoformat(str(stamp)))
