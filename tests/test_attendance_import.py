"""Webinar attendance reports: Teams (UTF-16, tabs, a summary block first; English and
Italian), Zoom (CSV, a person on several lines), matched to the roster and applied."""

from __future__ import annotations

import csv
from datetime import datetime, time
from pathlib import Path

import pytest
from scheduling_helpers import APRIL_20, sample
from sqlalchemy import func, select

from exchange_desktop.domain.enums import RegistrationStatus
from exchange_desktop.domain.errors import DomainError
from exchange_desktop.domain.roster import Participant
from exchange_desktop.imports.attendance_report import AttendanceLine, read_attendance_report
from exchange_desktop.imports.report_values import parse_minutes, parse_timestamps
from exchange_desktop.services import roster as roster_service
from exchange_desktop.services.attendance_import import apply_attendance, match_attendance
from exchange_desktop.services.scheduling import confirm_date
from exchange_desktop.storage.database import Database
from exchange_desktop.storage.models import AttendanceRow

TEAMS_EN = [
    "1. Summary",
    "Meeting title\tScambio di buone pratiche: Patti di Cittadinanza",
    "Attended participants\t3",
    "Start time\t4/20/26, 9:00:00 AM",
    "End time\t4/20/26, 12:30:00 PM",
    "Meeting duration\t3h 30m",
    "Average attendance time\t2h 10m 5s",
    "",
    "2. Participants",
    "Name\tFirst Join\tLast Leave\tIn-Meeting Duration\tEmail\tParticipant ID (UPN)\tRole",
    "Anna Rossi\t4/20/26, 9:01:02 AM\t4/20/26, 12:29:00 PM\t3h 27m 58s\t"
    "Anna.Rossi@Comune.it\tanna.rossi@comune.it\tAttendee",
    "Luca Bianchi (Guest)\t4/20/26, 9:15:00 AM\t4/20/26, 1:05:00 PM\t1h 2m 3s\t\t\tAttendee",
    "Mario Sconosciuto\t4/20/26, 9:00:00 AM\t4/20/26, 9:10:00 AM\t10m\tmario@x.it\t\tAttendee",
    "",
    "3. In-Meeting Activities",
    "Name\tJoin Time\tLeave Time\tDuration\tEmail\tRole",
    "Anna Rossi\t4/20/26, 9:01:02 AM\t4/20/26, 12:29:00 PM\t3h 27m 58s\tanna.rossi@comune.it\t",
]
TEAMS_IT = [
    "1. Riepilogo",
    "Titolo riunione\tScambio",
    "Partecipanti presenti\t1",
    "",
    "2. Partecipanti",
    "Nome\tPrimo accesso\tUltima uscita\tDurata riunione\tIndirizzo di posta elettronica\t"
    "ID partecipante (UPN)\tRuolo",
    "Rossi Anna\t20/04/26, 09:01:02\t20/04/26, 12:29:00\t3 h 27 min 58 s\t\t"
    "anna.rossi@comune.it\tPartecipante",
]


def write_teams(path: Path, lines: list[str]) -> Path:
    path.write_bytes("\r\n".join(lines).encode("utf-16"))  # little endian with the BOM
    return path


def write_zoom(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8-sig") as stream:
        csv.writer(stream).writerows(rows)
    return path


ZOOM_HEADER = ["Name (Original Name)", "User Email", "Join Time", "Leave Time"]
ZOOM_HEADER += ["Duration (Minutes)", "Guest"]


def zoom_rows() -> list[list[str]]:
    return [
        ["Meeting ID", "Topic", "Start Time", "End Time", "User Email", "Duration (Minutes)"],
        ["812 3456 7890", "Scambio", "04/20/2026 08:55:00 AM", "04/20/2026 12:35:00 PM", "", "220"],
        [],
        ZOOM_HEADER,
        ["Anna Rossi (Anna)", "anna.rossi@comune.it", "04/20/2026 09:01:00 AM"]
        + ["04/20/2026 10:00:00 AM", "59", "Yes"],
        ["Marco Verdi", "", "04/20/2026 09:03:00 AM", "04/20/2026 12:30:00 PM", "207", "Yes"],
        ["Anna Rossi", "ANNA.ROSSI@comune.it", "04/20/2026 10:10:00 AM"]
        + ["04/20/2026 12:30:00 PM", "140", "Yes"],
    ]


# --- reading ---------------------------------------------------------------------------------


def test_teams_report_in_english(tmp_path: Path) -> None:
    lines = read_attendance_report(write_teams(tmp_path / "meetingAttendanceReport.csv", TEAMS_EN))

    assert lines == [
        AttendanceLine(
            "Anna Rossi",
            "Anna.Rossi@Comune.it",
            datetime(2026, 4, 20, 9, 1, 2),
            datetime(2026, 4, 20, 12, 29),
            207,
        ),
        AttendanceLine(
            "Luca Bianchi (Guest)",
            "",
            datetime(2026, 4, 20, 9, 15),
            datetime(2026, 4, 20, 13, 5),
            62,
        ),
        AttendanceLine(
            "Mario Sconosciuto",
            "mario@x.it",
            datetime(2026, 4, 20, 9, 0),
            datetime(2026, 4, 20, 9, 10),
            10,
        ),
    ]


def test_teams_report_in_italian_takes_the_upn_as_email(tmp_path: Path) -> None:
    (line,) = read_attendance_report(write_teams(tmp_path / "Report presenze.csv", TEAMS_IT))
    assert line == AttendanceLine(
        "Rossi Anna",
        "anna.rossi@comune.it",
        datetime(2026, 4, 20, 9, 1, 2),
        datetime(2026, 4, 20, 12, 29),
        207,
    )


def test_old_teams_list_of_joins_and_leaves(tmp_path: Path) -> None:
    path = write_teams(
        tmp_path / "meetingAttendanceList.csv",
        [
            "Full Name\tUser Action\tTimestamp",
            "Anna Rossi\tJoined\t4/20/2026, 9:01:00 AM",
            "Luca Bianchi\tJoined before\t4/20/2026, 9:00:00 AM",
            "Anna Rossi\tLeft\t4/20/2026, 10:01:00 AM",
            "Anna Rossi\tJoined\t4/20/2026, 10:31:00 AM",
            "Anna Rossi\tLeft\t4/20/2026, 12:31:00 PM",
        ],
    )
    anna, luca = read_attendance_report(path)
    assert anna == AttendanceLine(
        "Anna Rossi", "", datetime(2026, 4, 20, 9, 1), datetime(2026, 4, 20, 12, 31), 180
    )
    assert (luca.first_join, luca.last_leave, luca.minutes) == (
        datetime(2026, 4, 20, 9, 0),
        None,
        None,
    )


def test_zoom_report_merges_the_lines_of_one_person(tmp_path: Path) -> None:
    lines = read_attendance_report(
        write_zoom(tmp_path / "participants_81234567890.csv", zoom_rows())
    )

    assert lines == [
        AttendanceLine(
            "Anna Rossi",
            "anna.rossi@comune.it",
            datetime(2026, 4, 20, 9, 1),
            datetime(2026, 4, 20, 12, 30),
            199,
        ),
        AttendanceLine(
            "Marco Verdi", "", datetime(2026, 4, 20, 9, 3), datetime(2026, 4, 20, 12, 30), 207
        ),
    ]


def test_zoom_report_in_italian(tmp_path: Path) -> None:
    rows = [
        ["Nome (nome originale)", "E-mail utente", "Ora di ingresso", "Ora di uscita"]
        + ["Durata (minuti)", "Ospite"],
        ["Nicolò Bianchi", "n.bianchi@forli.it", "20/04/2026 09:00:00", "20/04/2026 10:00:00"]
        + ["60", "Sì"],
        ["Nicolò Bianchi", "n.bianchi@forli.it", "20/04/2026 10:30:00", "20/04/2026 13:00:00"]
        + ["150", "Sì"],
    ]
    (line,) = read_attendance_report(write_zoom(tmp_path / "partecipanti.csv", rows))
    assert line == AttendanceLine(
        "Nicolò Bianchi",
        "n.bianchi@forli.it",
        datetime(2026, 4, 20, 9, 0),
        datetime(2026, 4, 20, 13, 0),
        210,
    )


def test_reports_that_are_not_reports(tmp_path: Path) -> None:
    other = write_zoom(tmp_path / "altro.csv", [["Cognome", "Nome"], ["Rossi", "Anna"]])
    with pytest.raises(DomainError, match="report delle presenze"):
        read_attendance_report(other)
    empty = tmp_path / "vuoto.csv"
    empty.write_bytes("".encode("utf-16"))
    with pytest.raises(DomainError, match="vuoto"):
        read_attendance_report(empty)
    with pytest.raises(DomainError, match="non esiste"):
        read_attendance_report(tmp_path / "assente.csv")


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("1h 2m 3s", 62),
        ("1 h 2 min 3 s", 62),
        ("2 ore 3 minuti", 123),
        ("45m 10s", 45),
        ("59s", 0),
        ("01:02:03", 62),
        ("207", 207),
        ("12,6", 13),
        ("", None),
        ("n/d", None),
    ],
)
def test_durations(text: str, minutes: int | None) -> None:
    assert parse_minutes(text) == minutes


def test_day_or_month_first_is_decided_by_the_column() -> None:
    assert parse_timestamps(["05/04/2026 09:00", "13/04/2026 10:00"])[0] == datetime(
        2026, 4, 5, 9, 0
    )
    assert parse_timestamps(["05/04/2026 09:00", "04/13/2026 10:00"])[0] == datetime(
        2026, 5, 4, 9, 0
    )
    assert parse_timestamps(["5/4/26, 9:00:00 PM"]) == [datetime(2026, 5, 4, 21, 0)]
    assert parse_timestamps(["05/04/2026 09:00"]) == [datetime(2026, 4, 5, 9, 0)]
    assert parse_timestamps(["2026-04-20T09:01:02", "", "ieri"]) == [
        datetime(2026, 4, 20, 9, 1, 2),
        None,
        None,
    ]


# --- matching and applying -------------------------------------------------------------------


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


def line(name: str, email: str = "", minutes: int | None = 60) -> AttendanceLine:
    return AttendanceLine(
        name, email, datetime(2026, 4, 20, 9, 2, 30), datetime(2026, 4, 20, 12, 30, 59), minutes
    )


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
    laptop = AttendanceLine(
        "Anna Rossi", "", datetime(2026, 4, 20, 9, 0), datetime(2026, 4, 20, 10, 0), 60
    )
    phone = AttendanceLine(
        "Anna", "anna.rossi@comune.it", datetime(2026, 4, 20, 10, 5), datetime(2026, 4, 20, 11), 55
    )
    match = match_attendance(db, practice_id, session_id, [laptop, phone])
    assert match.matched == [
        (
            ids["rossi"],
            AttendanceLine(
                "Anna Rossi", "anna.rossi@comune.it", laptop.first_join, phone.last_leave, 115
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

    assert apply_attendance(db, match.matched) == 2

    rows = {r.registration_id: r for r in roster_service.roster(db, practice_id, session_id)}
    assert rows[ids["rossi"]].present is True
    assert rows[ids["rossi"]].hours == pytest.approx(3 + 28 / 60)
    assert rows[ids["bianchi"]].present is True
    assert rows[ids["nicolo"]].present is None
    with db.read() as orm:
        stored = orm.scalars(select(AttendanceRow).order_by(AttendanceRow.registration_id)).all()
        assert [(a.day, a.time_in, a.time_out) for a in stored] == [
            (APRIL_20, time(9, 1), time(12, 29)),
            (APRIL_20, time(9, 15), time(13, 5)),
        ]


def test_apply_twice_updates_instead_of_adding(
    db: Database, webinar: tuple[int, int, dict[str, int]]
) -> None:
    _practice_id, _session_id, ids = webinar
    apply_attendance(db, [(ids["rossi"], line("Anna Rossi"))])
    later = AttendanceLine("Anna Rossi", "", datetime(2026, 4, 20, 9, 30), None, None)
    apply_attendance(db, [(ids["rossi"], later)])
    with db.read() as orm:
        (stored,) = orm.scalars(select(AttendanceRow)).all()
        assert (stored.present, stored.time_in, stored.time_out) == (
            True,
            time(9, 30),
            time(12, 30),
        )


def test_a_report_of_another_day_writes_nothing(
    db: Database, webinar: tuple[int, int, dict[str, int]]
) -> None:
    _practice_id, _session_id, ids = webinar
    wrong_day = AttendanceLine("Luca Bianchi", "", datetime(2026, 4, 27, 9), None, None)
    with pytest.raises(DomainError, match="non è un giorno della sessione"):
        apply_attendance(db, [(ids["rossi"], line("Anna Rossi")), (ids["bianchi"], wrong_day)])
    with db.read() as orm:
        assert orm.scalar(select(func.count()).select_from(AttendanceRow)) == 0


def test_a_line_without_times_counts_for_the_session_day(
    db: Database, webinar: tuple[int, int, dict[str, int]]
) -> None:
    _practice_id, _session_id, ids = webinar
    assert apply_attendance(db, [(ids["nicolo"], AttendanceLine("x", "", None, None, 30))]) == 1
    with db.read() as orm:
        (stored,) = orm.scalars(select(AttendanceRow)).all()
        assert (stored.day, stored.present, stored.time_in) == (APRIL_20, True, None)


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
    match = match_attendance(db, practice_id, session_id, [line("Ada Extra5")])
    assert match.matched == []
    assert apply_attendance(db, [(waiting[0].registration_id, line("Ada Extra5"))]) == 0
