"""report dei webinar: il file d'origine, la sua impronta e i collegamenti

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-08 04:30:00.000000

Each attendance report imported for a session is kept as the evidence the webinar register
is made from: the file's name, its SHA-256, when it was imported and the day it covers, and
one row per connection (who, matched to which registration or to nobody, from–to).  Two new
tables; nothing existing changes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "webinar_reports",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "session_id",
            sa.Integer(),
            sa.ForeignKey("sessions.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("file_name", sa.String(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
    )
    op.create_table(
        "webinar_report_lines",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "report_id",
            sa.Integer(),
            sa.ForeignKey("webinar_reports.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column(
            "registration_id",
            sa.Integer(),
            sa.ForeignKey("registrations.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("name", sa.String(), nullable=False, server_default=""),
        sa.Column("email", sa.String(), nullable=False, server_default=""),
        sa.Column("joined", sa.DateTime(), nullable=True),
        sa.Column("left", sa.DateTime(), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("webinar_report_lines")
    op.drop_table("webinar_reports")
