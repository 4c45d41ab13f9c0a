"""sedute della giornata, firmatario e soglia degli attestati, informativa, calendario

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06 09:00:00.000000

Attendance is recorded per sitting (morning, afternoon): each existing entry–exit pair of a
day becomes the sittings it overlaps, the entry time on the first of them and the exit time
on the last, so the hours it gave are kept but for the breaks.  Practices get the signer of
the attestati, the minimum attendance, the privacy notice's parts and a coat of arms;
sessions a protocol number and the calendar file's sequence.
"""

from __future__ import annotations

from datetime import date, time

import sqlalchemy as sa
from alembic import op

from exchange_desktop.domain.enums import ItemKind
from exchange_desktop.domain.programme import ProgrammeItem
from exchange_desktop.domain.sittings import day_plan, sittings_overlapped

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_PRACTICE_TEXTS = (
    "signer_name",
    "signer_title",
    "privacy_controller",
    "privacy_dpo",
    "privacy_info",
    "coat_of_arms_format",
)


def _text(name: str) -> sa.Column[str]:
    return sa.Column(name, sa.Text(), nullable=False, server_default="")


def _attendance_table(name: str, unique: tuple[str, ...]) -> list[sa.schema.SchemaItem]:
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("registration_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("present", sa.Boolean(), nullable=False),
        sa.Column("time_in", sa.Time(), nullable=True),
        sa.Column("time_out", sa.Time(), nullable=True),
        *(
            [
                sa.Column("sitting", sa.Integer(), nullable=False),
                sa.Column("credited_minutes", sa.Integer(), nullable=True),
            ]
            if "sitting" in unique
            else []
        ),
        sa.ForeignKeyConstraint(
            ["registration_id"],
            ["registrations.id"],
            name=op.f(f"fk_{name}_registration_id_registrations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{name}")),
        sa.UniqueConstraint(*unique, name=op.f(f"uq_{name}_registration_id")),
    ]


def _plans(connection: sa.Connection) -> dict[int, object]:
    """Each session's day plan, as the program derives it from the programme."""
    items: dict[int, list[ProgrammeItem]] = {}
    for practice_id, kind, start, end in connection.execute(
        sa.text("SELECT practice_id, kind, start_time, end_time FROM programme_items")
    ):
        items.setdefault(practice_id, []).append(
            ProgrammeItem(kind=ItemKind(kind), start_time=_as_time(start), end_time=_as_time(end))
        )
    plans: dict[int, object] = {}
    for session_id, practice_id, start, end in connection.execute(
        sa.text("SELECT id, practice_id, start_time, end_time FROM sessions")
    ):
        plans[session_id] = day_plan(items.get(practice_id, []), _as_time(start), _as_time(end))
    return plans


def _as_time(value: object) -> time | None:
    if value is None or isinstance(value, time):
        return value
    return time.fromisoformat(str(value)[:8])


def _as_date(value: object) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _split_attendance(connection: sa.Connection) -> list[dict[str, object]]:
    plans = _plans(connection)
    rows = connection.execute(
        sa.text(
            "SELECT a.registration_id, a.day, a.present, a.time_in, a.time_out, r.session_id "
            "FROM attendances a JOIN registrations r ON r.id = a.registration_id"
        )
    ).all()
    result: list[dict[str, object]] = []
    for registration_id, day, present, raw_in, raw_out, session_id in rows:
        time_in, time_out = _as_time(raw_in), _as_time(raw_out)
        plan = plans[session_id]
        numbers = sittings_overlapped(plan, time_in, time_out) if present else [1]  # type: ignore[arg-type]
        for position, number in enumerate(numbers):
            result.append(
                {
                    "registration_id": registration_id,
                    "day": _as_date(day),
                    "present": bool(present),
                    "time_in": time_in if present and position == 0 else None,
                    "time_out": time_out if present and position == len(numbers) - 1 else None,
                    "sitting": number,
                    "credited_minutes": None,
                }
            )
    return result


def upgrade() -> None:
    # Plain ADD COLUMN, never a batch rebuild of practices or sessions: with foreign keys on,
    # SQLite would cascade-delete their children (see 0002).
    for name in _PRACTICE_TEXTS:
        op.add_column("practices", _text(name))
    op.add_column(
        "practices",
        sa.Column("min_attendance_percent", sa.Integer(), nullable=False, server_default="0"),
    )
    op.add_column("practices", sa.Column("coat_of_arms", sa.LargeBinary(), nullable=True))
    op.add_column("sessions", _text("protocol_number"))
    op.add_column(
        "sessions",
        sa.Column("calendar_sequence", sa.Integer(), nullable=False, server_default="0"),
    )
    op.add_column("sessions", _text("calendar_fingerprint"))
    op.create_table(
        "session_sittings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=False),
        sa.Column("end_time", sa.Time(), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_session_sittings_session_id_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session_sittings")),
        sa.UniqueConstraint("session_id", "position", name=op.f("uq_session_sittings_session_id")),
    )
    # The attendance table gets a new unique key (registration, day, sitting).  Nothing
    # refers to it, so its rows are read, the table made anew and the rows written back
    # split by sitting: the same steps on every database, with no constraint renamed.
    connection = op.get_bind()
    rows = _split_attendance(connection)
    op.drop_table("attendances")
    table = op.create_table(
        "attendances", *_attendance_table("attendances", ("registration_id", "day", "sitting"))
    )
    if rows:
        op.bulk_insert(table, rows)


def downgrade() -> None:
    connection = op.get_bind()
    rows = connection.execute(
        sa.text(
            "SELECT registration_id, day, MAX(present), MIN(time_in), MAX(time_out) "
            "FROM attendances GROUP BY registration_id, day"
        )
    ).all()
    op.drop_table("attendances")
    table = op.create_table(
        "attendances", *_attendance_table("attendances", ("registration_id", "day"))
    )
    if rows:
        op.bulk_insert(
            table,
            [
                {
                    "registration_id": registration_id,
                    "day": _as_date(day),
                    "present": bool(present),
                    "time_in": _as_time(time_in),
                    "time_out": _as_time(time_out),
                }
                for registration_id, day, present, time_in, time_out in rows
            ],
        )
    op.drop_table("session_sittings")
    for name in ("calendar_fingerprint", "calendar_sequence", "protocol_number"):
        op.drop_column("sessions", name)
    for name in ("coat_of_arms", "min_attendance_percent", *_PRACTICE_TEXTS):
        op.drop_column("practices", name)
