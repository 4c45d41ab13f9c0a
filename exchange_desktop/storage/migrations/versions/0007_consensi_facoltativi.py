"""consensi facoltativi: foto e video, ricontatto

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-08 05:00:00.000000

Beside the privacy consent, a sign-up form of a Comune asks about optional uses: photos and
videos of the day published on the Comune's channels, being contacted for future exchanges.
Two nullable booleans on ``participants``; NULL means the question was not asked, which is
what every participant already there gets.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_COLUMNS = ("consent_media", "consent_contact")


def upgrade() -> None:
    with op.batch_alter_table("participants") as batch:
        for column in _COLUMNS:
            batch.add_column(sa.Column(column, sa.Boolean(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("participants") as batch:
        for column in reversed(_COLUMNS):
            batch.drop_column(column)
