"""orologio del database e autore delle modifiche

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-08 04:00:00.000000

The moments that order or prove (``registrations.registered_at``, ``date_changes.changed_at``)
were the naive local time of the clerk's PC; from now on they come from the database's
clock and are stored time-zone aware (``timestamp with time zone`` on PostgreSQL, UTC text
in a SQLite file).  Assumption for the values already there: they are Italian legal time
(Europe/Rome), what the program has always been used with; each is converted to UTC by that
rule (the hour repeated when daylight saving ends is read as the first one).

The rows clerks change (participants, registrations, attendances) gain who changed them
last (``changed_by``: the database role on a server, user@PC on a file) and when
(``changed_at``, the database's clock).  Rows already there were changed by someone unknown:
an empty author and no moment.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_ZONE = ZoneInfo("Europe/Rome")
_COLUMNS = (("registrations", "registered_at"), ("date_changes", "changed_at"))
_STAMPED = ("participants", "registrations", "attendances")


def _add_stamps() -> None:
    for table in _STAMPED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("changed_by", sa.Text(), nullable=False, server_default=""))
            batch.add_column(sa.Column("changed_at", sa.DateTime(timezone=True), nullable=True))


def _drop_stamps() -> None:
    for table in _STAMPED:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("changed_at")
            batch.drop_column("changed_by")


def _sqlite_convert(table: str, column: str, *, to_utc: bool) -> None:
    """Rewrite every value of ``column`` in Python (SQLite has no time zones)."""
    connection = op.get_bind()
    rows = connection.execute(sa.text(f"SELECT id, {column} FROM {table}")).all()
    changed = []
    for row_id, value in rows:
        if value is None:
            continue
        moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
        if to_utc:
            moment = moment.replace(tzinfo=_ZONE).astimezone(UTC).replace(tzinfo=None)
        else:
            moment = moment.replace(tzinfo=UTC).astimezone(_ZONE).replace(tzinfo=None)
        changed.append({"id": row_id, "value": moment.strftime("%Y-%m-%d %H:%M:%S.%f")})
    if changed:
        connection.execute(sa.text(f"UPDATE {table} SET {column} = :value WHERE id = :id"), changed)


def upgrade() -> None:
    _add_stamps()
    if op.get_bind().dialect.name == "postgresql":
        for table, column in _COLUMNS:
            op.execute(
                f"ALTER TABLE {table} ALTER COLUMN {column} TYPE timestamp with time zone "
                f"USING {column} AT TIME ZONE 'Europe/Rome'"
            )
        return
    for table, column in _COLUMNS:
        _sqlite_convert(table, column, to_utc=True)


def downgrade() -> None:
    _drop_stamps()
    if op.get_bind().dialect.name == "postgresql":
        for table, column in _COLUMNS:
            op.execute(
                f"ALTER TABLE {table} ALTER COLUMN {column} TYPE timestamp without time zone "
                f"USING {column} AT TIME ZONE 'Europe/Rome'"
            )
        return
    for table, column in _COLUMNS:
        _sqlite_convert(table, column, to_utc=False)
