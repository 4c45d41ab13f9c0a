"""Webinar reports credit each sitting with the time actually connected: every join–leave
interval counts for itself, overlapping devices once, breaks and the lunch never.

Real report files are written to ``tmp_path`` and read back, as the clerk would import them.
"""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest
from attendance_reports import ZOOM_HEADER, write_teams, write_zoom
from scheduling_helpers import APRIL_20, sample
from sqlalchemy import select

from exchange_desktop.domain.enums import ItemKind
from exchange_desktop.domain.programme import ProgrammeItem
from exchange_desktop.domain.roster import Participant
from exchange_desktop.imports.attendance_report import read_attendance_report
from exchange_desktop.services import roster as roster_service
from exchange_desktop.services.attendance.attendance_import import (
    apply_attendance,
    match_attendance,
)
from exchange_desktop.services.attendance.marks import set_attendance
from exchange_desktop.services.practices.programme import replace_programme
from exchange_desktop.services.scheduling.sessions import confirm_date
from exchange_desktop.storage.database import Database
from exchange_desktop.storage.models import AttendanceRow

TOPIC, BREAK = ItemKind.TOPIC, ItemKind.BREAK
#: Morning 09:00–13:00, lunch 13:00–14:00, afternoon 14:00–17:00.
FULL_DAY = [
    (TOPIC, "Il Patto di Cittadinanza", time(9), time(13)),
    (BREAK, "Pausa pranzo", time(13), time(14)),
    (TOPIC, "Laboratorio", time(14), time(17)),
]
#: One sitting 09:00–13:00 with a coffee break 10:30–10:45.
COFFEE = [
    (TOPIC, "Il Patto", time(9), time(10, 30)),
    (BREAK, "Pausa caffè", time(10, 30), time(10, 45)),
    (TOPIC, "Casi", time(10, 45), time(13)),
]


def _webinar(db: Database, programme: list[tuple[ItemKind, str, time, time]]) -> tuple[int, int]:
    """The sample on 20 April with ``programme``, Anna Rossi and Luca Bianchi seated."""
    practice, session = sample(db)
    assert practice.id is not None and session.id is not None
    confirm_date(db, session.id, APRIL_20)
    replace_programme(
        db,
        practice.id,
        [
            ProgrammeItem(kind=kind, title=title, start_time=start, end_time=end)
            for kind, title, start, end in programme
        ],
    )
    for surname, name, email in (
        ("Rossi", "Anna", "anna.rossi@comune.it"),
        ("Bianchi", "Luca", ""),
    ):
        roster_service.register(
            db, session.id, Participant(surname=surname, name=name, email=email)
        )
    return practice.id, session.id


def _zoom(path: Path, connections: list[tuple[str, str, str, str]]) -> Path:
    """A Zoom participants file: (name, email, join HH:MM, leave HH:MM) per connection."""
    rows = [ZOOM_HEADER]
    for name, email, join, leave in connections:
        rows.append([name, email, f"04/20/2026 {join}:00", f"04/20/2026 {leave}:00", "", "No"])
    return write_zoom(path, rows)


def _import(db: Database, ids: tuple[int, int], path: Path, **options: bool) -> dict[str, int]:
    """Read, match and apply the report; each surname's minutes in the roster."""
    practice_id, session_id = ids
    match = match_attendance(db, practice_id, session_id, read_attendance_report(path))
    apply_attendance(db, match.matched, **options)
    return {
        row.surname: row.minutes_attended
        for row in roster_service.roster(db, practice_id, session_id)
    }


def _stored(db: Database) -> list[tuple[int, bool, time | None, time | None, int | None]]:
    with db.read() as orm:
        rows = orm.scalars(
            select(AttendanceRow).order_by(AttendanceRow.registration_id, AttendanceRow.sitting)
        ).all()
        return [(r.sitting, r.present, r.time_in, r.time_out, r.credited_minutes) for r in rows]


@pytest.fixture
def full_day(db: Database) -> tuple[int, int]:
    return _webinar(db, FULL_DAY)


def test_an_hour_away_in_the_morning_is_not_credited(
    db: Database, full_day: tuple[int, int], tmp_path: Path
) -> None:
    report = _zoom(
        tmp_path / "participants.csv",
        [
            ("Anna Rossi", "anna.rossi@comune.it", "09:00", "10:00"),
            ("Anna Rossi", "anna.rossi@comune.it", "11:00", "13:00"),
        ],
    )
    assert _import(db, full_day, report) == {"Rossi": 180, "Bianchi": 0}
    assert _stored(db) == [
        (1, True, time(9), time(13), 180),
        (2, False, None, None, None),  # no connection and nothing recorded: absent
    ]


@pytest.mark.both_backends  # one run of this export on the server too
def test_teams_activities_in_utf16_with_tabs(
    db: Database, full_day: tuple[int, int], tmp_path: Path
) -> None:
    report = write_teams(
        tmp_path / "meetingAttendanceReport.csv",
        [
            "1. Summary",
            "Meeting title\tScambio",
            "",
            "2. Participants",
            "Name\tFirst Join\tLast Leave\tIn-Meeting Duration\tEmail\tRole",
            "Anna Rossi\t4/20/26, 8:55:00 AM\t4/20/26, 5:10:00 PM\t6h 15m\t"
            "anna.rossi@comune.it\tAttendee",
            "",
            "3. In-Meeting Activities",
            "Name\tJoin Time\tLeave Time\tDuration\tEmail\tRole",
            "Anna Rossi\t4/20/26, 8:55:00 AM\t4/20/26, 10:00:00 AM\t1h 5m\t"
            "anna.rossi@comune.it\tAttendee",
            "Anna Rossi\t4/20/26, 11:00:00 AM\t4/20/26, 3:00:00 PM\t4h\t"
            "anna.rossi@comune.it\tAttendee",
            "Anna Rossi\t4/20/26, 4:00:00 PM\t4/20/26, 5:10:00 PM\t1h 10m\t"
            "anna.rossi@comune.it\tAttendee",
        ],
    )
    # morning 9–10 and 11–13 (180), lunch not counted, afternoon 14–15 and 16–17 (120)
    assert _import(db, full_day, report)["Rossi"] == 300
    assert _stored(db) == [
        (1, True, time(9), time(13), 180),
        (2, True, time(14), time(17), 120),
    ]


def test_two_devices_at_once_are_counted_once(
    db: Database, full_day: tuple[int, int], tmp_path: Path
) -> None:
    report = _zoom(
        tmp_path / "participants.csv",
        [
            ("Anna Rossi", "anna.rossi@comune.it", "09:00", "12:00"),  # the laptop
            ("Anna (telefono)", "anna.rossi@comune.it", "10:00", "13:00"),  # the phone
        ],
    )
    assert _import(db, full_day, report)["Rossi"] == 240


def test_the_lunch_break_is_not_credited_even_if_connected(
    db: Database, full_day: tuple[int, int], tmp_path: Path
) -> None:
    report = _zoom(tmp_path / "p.csv", [("Luca Bianchi", "", "12:00", "15:00")])
    assert _import(db, full_day, report)["Bianchi"] == 120
    assert _stored(db) == [
        (1, True, time(12), time(13), 60),
        (2, True, time(14), time(15), 60),
    ]


def test_a_coffee_break_inside_the_sitting_is_left_out(db: Database, tmp_path: Path) -> None:
    ids = _webinar(db, COFFEE)
    report = _zoom(tmp_path / "p.csv", [("Luca Bianchi", "", "08:50", "13:20")])
    assert _import(db, ids, report)["Bianchi"] == 240 - 15


def test_a_sitting_marked_by_hand_is_not_erased(
    db: Database, full_day: tuple[int, int], tmp_path: Path
) -> None:
    """In the room in the afternoon (marked by hand), on the webinar in the morning."""
    practice_id, session_id = full_day
    (rossi,) = [
        r.registration_id
        for r in roster_service.roster(db, practice_id, session_id)
        if r.surname == "Rossi"
    ]
    set_attendance(db, rossi, True, time(14), time(16), sitting=2)
    report = _zoom(tmp_path / "p.csv", [("Anna Rossi", "", "09:00", "11:00")])
    assert _import(db, full_day, report)["Rossi"] == 120 + 120
    assert _stored(db) == [
        (1, True, time(9), time(11), 120),
        (2, True, time(14), time(16), None),
    ]


def test_a_corrected_report_takes_back_what_the_first_credited(
    db: Database, full_day: tuple[int, int], tmp_path: Path
) -> None:
    first = _zoom(tmp_path / "first.csv", [("Luca Bianchi", "", "09:00", "17:00")])
    assert _import(db, full_day, first)["Bianchi"] == 420
    corrected = _zoom(tmp_path / "second.csv", [("Luca Bianchi", "", "09:00", "12:00")])
    assert _import(db, full_day, corrected)["Bianchi"] == 180
    assert _stored(db)[1] == (2, False, None, None, None)


def test_a_dry_run_writes_nothing(db: Database, full_day: tuple[int, int], tmp_path: Path) -> None:
    practice_id, session_id = full_day
    report = _zoom(tmp_path / "p.csv", [("Luca Bianchi", "", "09:00", "10:00")])
    match = match_attendance(db, practice_id, session_id, read_attendance_report(report))
    result = apply_attendance(db, match.matched, dry_run=True)
    assert [(p.name, p.minutes) for p in result.marked] == [("Luca Bianchi", 60)]
    assert _stored(db) == []
