"""festa patronale del Comune ospitante

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02 10:00:00.000000

Two columns on ``practices`` for the host Comune's patron-saint day ("MM-DD") and the
saint's name, which the date scheduler warns about.  Existing practices get empty texts.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE ... ADD COLUMN, not batch mode: a batch "move and copy" would drop the
    # old practices table, and with foreign keys on (they are, and the pragma cannot change
    # inside the migration's transaction) SQLite deletes every programme item and session
    # with it (ON DELETE CASCADE).  A constant default lets SQLite add NOT NULL columns.
    op.add_column(
        "practices", sa.Column("patron_day", sa.Text(), nullable=False, server_default="")
    )
    op.add_column(
        "practices", sa.Column("patron_name", sa.Text(), nullable=False, server_default="")
    )


def downgrade() -> None:
    # ALTER TABLE ... DROP COLUMN (SQLite 3.35 or newer), for the same reason.
    op.drop_column("practices", "patron_name")
    op.drop_column("practices", "patron_day")
