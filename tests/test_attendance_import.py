"""Attendance reports applied to the roster: matched by email then by name to the session's
confirmed registrations, and marked present with the times, in one transaction."""

from __future__ import annotations

from datetime import datetime, time
from pathlib import Path

import pytest
from attendance_reports import TEAMS_EN, write_teams
from scheduling_helpers import APRIL_20, sample
from sqlalchemy import func, select

from exchange_desktop.domain.enums import RegistrationStatus
from exchange_desktop.domain.errors import DomainError
from exchange_desktop.domain.roster import Participant
from exchange_desktop.imports.attendance_report import AttendanceLine, read_attendance_report
from exchange_desktop.services import roster as roster_service
from exchange_desktop.services.attendance.attendance_import import (
    apply_attendance,
    match_attendance,
)
from exchange_desktop.services.scheduling.sessions import confirm_date
from exchange_desktop.storage.database import Database
from exchange_desktop.storage.models import AttendanceRow

# The database matters here: every test runs on SQLite and on the PostgreSQL server.
pytestmark = pytest.mark.both_backends


@pytest.fixture
def webinar(db: Database) -> tuple[int, int, dict[str, int]]:
    """The sample practice confirmed on 20 April, with five people (one of them waiting)."""
    practice, session = sample(db)
    assert practice.id is not None and session.id is not None
    confirm_date(db, session.id, APRIL_20)
    people = {
        "rossi": Participant(surname="Rossi", name="Anna", email="anna.rossi@comune.it"),
        "bianchi": Participant(surname="Bianchi", name="Luca"),
        "nicolo": Participant(surname="Nicolò", name="Agnès", email="agnes@forli.it"),
        "verdi1": Participant(surname="Verdi", name="Marco", email="m.verdi@a.it"),
        "verdi2": Participant(surname="Verdi", name="Marco", email="m.verdi@b.it"),
    }
    ids = {
        key: roster_service.register(db, session.id, person).row.registration_id
        for key, person in people.items()
    }
    return practice.id, session.id, ids


def line(name: str, email: str = "", minutes: int | None = None) -> AttendanceLine:
    join, leave = datetime(2026, 4, 20, 9, 2, 30), datetime(2026, 4, 20, 12, 30, 59)
    return AttendanceLine(name, email, join, leave, minutes, ((join, leave),))


def zoom_line(
    name: str, email: str, join: tuple[int, int], leave: tuple[int, int], day: int = 20
) -> AttendanceLine:
    """One line of Zoom's: a single connection, its minutes as the duration."""
    start, end = datetime(2026, 4, day, *join), datetime(2026, 4, day, *leave)
    minutes = int((end - start).total_seconds() // 60)
    return AttendanceLine(name, email, start, end, minutes, ((start, end),))


def test_matching_by_email_then_by_name(
    db: Database, webinar: tuple[int, int, dict[str, int]]
) -> None:
    practice_id, session_id, ids = webinar
    report = [
        line("Anna R.", "ANNA.ROSSI@Comune.it"),
        line("Bianchi Luca (Ospite)"),
        line("agnes nicolo"),
        line("Marco Verdi"),  # two people of that name: the clerk decides
        line("Mario Sconosciuto", "mario@x.it"),
    ]

    match = match_attendance(db, practice_id, session_id, report)

    assert match.matched == [
        (ids["rossi"], report[0]),
        (ids["bianchi"], report[1]),
        (ids["nicolo"], report[2]),
    ]
    assert match.unmatched == [report[3], report[4]]


def test_only_confirmed_registrations_are_matched(
    db: Database, webinar: tuple[int, int, dict[str, int]]
) -> None:
    practice_id, session_id, ids = webinar
    roster_service.cancel_registration(db, ids["rossi"])
    match = match_attendance(db, practice_id, session_id, [line("Anna Rossi")])
    assert match.matched == []


def test_two_lines_of_one_person_are_merged(
    db: Database, webinar: tuple[int, int, dict[str, int]]
) -> None:
    practice_id, session_id, ids = webinar
    laptop = zoom_line("Anna Rossi", "", (9, 0), (10, 0))
    phone = zoom_line("Anna", "anna.rossi@comune.it", (10, 5), (11, 0))
    match = match_attendance(db, practice_id, session_id, [laptop, phone])
    assert match.matched == [
        (
            ids["rossi"],
            AttendanceLine(
                "Anna Rossi",
                "anna.rossi@comune.it",
                laptop.first_join,
                phone.last_leave,
                115,
                laptop.connections + phone.connections,
            ),
        )
    ]


def test_a_session_of_another_practice_is_refused(
    db: Database, webinar: tuple[int, int, dict[str, int]]
) -> None:
    practice_id, session_id, _ids = webinar
    with pytest.raises(DomainError, match="non è della pratica"):
        match_attendance(db, practice_id + 1, session_id, [])


def test_apply_marks_present_with_the_times(
    db: Database, webinar: tuple[int, int, dict[str, int]], tmp_path: Path
) -> None:
    practice_id, session_id, ids = webinar
    report = read_attendance_report(write_teams(tmp_path / "report.csv", TEAMS_EN))
    match = match_attendance(db, practice_id, session_id, report)
    assert [n for n, _line in match.matched] == [ids["rossi"], ids["bianchi"]]

    result = apply_attendance(db, match.matched)

    assert [(p.registration_id, p.minutes) for p in result.marked] == [
        (ids["rossi"], 207),
        # Teams without his activities: 9:15 to 13:05, but connected 1h 2m in all
        (ids["bianchi"], 62),
    ]
    rows = {r.registration_id: r for r in roster_service.roster(db, practice_id, session_id)}
    assert (rows[ids["rossi"]].present, rows[ids["rossi"]].minutes_attended) == (True, 207)
    assert (rows[ids["bianchi"]].present, rows[ids["bianchi"]].minutes_attended) == (True, 62)
    assert rows[ids["nicolo"]].present is None
    with db.read() as orm:
        stored = orm.scalars(select(AttendanceRow).order_by(AttendanceRow.registration_id)).all()
        assert [(a.day, a.time_in, a.time_out, a.credited_minutes) for a in stored] == [
            (APRIL_20, time(9, 1), time(12, 29), 207),
            (APRIL_20, time(9, 15), time(13, 5), 62),
        ]


def test_apply_twice_updates_instead_of_adding(
    db: Database, webinar: tuple[int, int, dict[str, int]]
) -> None:
    _practice_id, _session_id, ids = webinar
    apply_attendance(db, [(ids["rossi"], line("Anna Rossi"))])
    apply_attendance(db, [(ids["rossi"], zoom_line("Anna Rossi", "", (9, 30), (11, 0)))])
    with db.read() as orm:
        (stored,) = orm.scalars(select(AttendanceRow)).all()
        assert (stored.present, stored.time_in, stored.time_out, stored.credited_minutes) == (
            True,
            time(9, 30),
            time(11, 0),
            90,
        )


def test_a_report_of_another_day_writes_nothing(
    db: Database, webinar: tuple[int, int, dict[str, int]]
) -> None:
    _practice_id, _session_id, ids = webinar
    wrong_day = zoom_line("Luca Bianchi", "", (9, 0), (10, 0), day=27)
    with pytest.raises(DomainError, match="non è un giorno della sessione"):
        apply_attendance(db, [(ids["rossi"], line("Anna Rossi")), (ids["bianchi"], wrong_day)])
    with db.read() as orm:
        assert orm.scalar(select(func.count()).select_from(AttendanceRow)) == 0


def test_a_line_without_a_whole_connection_is_left_to_the_clerk(
    db: Database, webinar: tuple[int, int, dict[str, int]]
) -> None:
    """A duration alone, or a join never followed by a leave, says not when they were there."""
    _practice_id, _session_id, ids = webinar
    joined_only = AttendanceLine("Luca Bianchi", "", datetime(2026, 4, 20, 9), None, None)
    result = apply_attendance(
        db,
        [(ids["nicolo"], AttendanceLine("x", "", None, None, 30)), (ids["bianchi"], joined_only)],
    )
    assert (result.marked, result.waiting) == ([], [])
    assert result.without_times == [
        (ids["nicolo"], "Agnès Nicolò"),
        (ids["bianchi"], "Luca Bianchi"),
    ]
    with db.read() as orm:
        assert orm.scalar(select(func.count()).select_from(AttendanceRow)) == 0


def test_waiting_people_are_left_alone(
    db: Database, webinar: tuple[int, int, dict[str, int]]
) -> None:
    practice_id, session_id, _ids = webinar
    for n in range(6):
        roster_service.register(db, session_id, Participant(surname=f"Extra{n}", name="Ada"))
    waiting = [
        r
        for r in roster_service.roster(db, practice_id, session_id)
        if r.status is RegistrationStatus.WAITING
    ]
    assert [r.surname for r in waiting] == ["Extra5"]
    report = [line("Ada Extra5"), line("Anna Rossi")]
    match = match_attendance(db, practice_id, session_id, report)
    assert match.matched == [(_ids["rossi"], report[1])]
    assert match.waiting == [(waiting[0].registration_id, report[0])]
    result = apply_attendance(db, match.waiting + match.matched)
    assert result.waiting == [(waiting[0].registration_id, "Ada Extra5")]
    assert [p.registration_id for p in result.marked] == [_ids["rossi"]]
    with db.read() as orm:
        assert orm.scalars(select(AttendanceRow.registration_id)).all() == [_ids["rossi"]]
