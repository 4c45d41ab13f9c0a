"""autore e momento della modifica su ogni riga che gli uffici cambiano

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-08 05:00:00.000000

Revision 0004 gave ``changed_by`` and ``changed_at`` to participants, registrations and
attendances.  The other rows clerks change get them too: practices, sessions, programme
items, candidate dates and organisations (the Enti).  ``changed_by`` is the database role on
a server and user@PC on a file; ``changed_at`` the database's clock, time-zone aware.  Rows
already there were changed by someone unknown: an empty author and no moment (nothing is
guessed from ``practices.updated_at``, the PC's own clock).

Self-contained: the names of the tables are written here, not taken from the program.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_STAMPED = ("practices", "sessions", "programme_items", "candidate_dates", "organisations")


def upgrade() -> None:
    for table in _STAMPED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("changed_by", sa.Text(), nullable=False, server_default=""))
            batch.add_column(sa.Column("changed_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    for table in _STAMPED:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("changed_at")
            batch.drop_column("changed_by")
