"""Reading webinar attendance reports: Teams (UTF-16, tabs, a summary block first; English
and Italian; the older join/leave list) and Zoom (CSV, a person on several lines)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from attendance_reports import TEAMS_EN, TEAMS_IT, write_teams, write_zoom, zoom_rows

from exchange_desktop.domain.errors import DomainError
from exchange_desktop.imports.attendance_report import AttendanceLine, read_attendance_report
from exchange_desktop.imports.report_values import parse_minutes, parse_timestamps


def test_teams_report_in_english(tmp_path: Path) -> None:
    lines = read_attendance_report(write_teams(tmp_path / "meetingAttendanceReport.csv", TEAMS_EN))

    assert lines == [
        AttendanceLine(
            "Anna Rossi",
            "Anna.Rossi@Comune.it",
            datetime(2026, 4, 20, 9, 1, 2),
            datetime(2026, 4, 20, 12, 29),
            207,
            ((datetime(2026, 4, 20, 9, 1, 2), datetime(2026, 4, 20, 12, 29)),),
        ),
        AttendanceLine(
            "Luca Bianchi (Guest)",
            "",
            datetime(2026, 4, 20, 9, 15),
            datetime(2026, 4, 20, 13, 5),
            62,
            ((datetime(2026, 4, 20, 9, 15), datetime(2026, 4, 20, 13, 5)),),
        ),
        AttendanceLine(
            "Mario Sconosciuto",
            "mario@x.it",
            datetime(2026, 4, 20, 9, 0),
            datetime(2026, 4, 20, 9, 10),
            10,
            ((datetime(2026, 4, 20, 9, 0), datetime(2026, 4, 20, 9, 10)),),
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
        ((datetime(2026, 4, 20, 9, 1, 2), datetime(2026, 4, 20, 12, 29)),),
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
        "Anna Rossi",
        "",
        datetime(2026, 4, 20, 9, 1),
        datetime(2026, 4, 20, 12, 31),
        180,
        (
            (datetime(2026, 4, 20, 9, 1), datetime(2026, 4, 20, 10, 1)),
            (datetime(2026, 4, 20, 10, 31), datetime(2026, 4, 20, 12, 31)),
        ),
    )
    assert (luca.first_join, luca.last_leave, luca.minutes, luca.connections) == (
        datetime(2026, 4, 20, 9, 0),
        None,
        None,
        (),
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
            (
                (datetime(2026, 4, 20, 9, 1), datetime(2026, 4, 20, 10, 0)),
                (datetime(2026, 4, 20, 10, 10), datetime(2026, 4, 20, 12, 30)),
            ),
        ),
        AttendanceLine(
            "Marco Verdi",
            "",
            datetime(2026, 4, 20, 9, 3),
            datetime(2026, 4, 20, 12, 30),
            207,
            ((datetime(2026, 4, 20, 9, 3), datetime(2026, 4, 20, 12, 30)),),
        ),
    ]


def test_zoom_report_in_italian(tmp_path: Path) -> None:
    rows = [
        [
            "Nome (nome originale)",
            "E-mail utente",
            "Ora di ingresso",
            "Ora di uscita",
            "Durata (minuti)",
            "Ospite",
        ],
        [
            "Nicolò Bianchi",
            "n.bianchi@forli.it",
            "20/04/2026 09:00:00",
            "20/04/2026 10:00:00",
            "60",
            "Sì",
        ],
        [
            "Nicolò Bianchi",
            "n.bianchi@forli.it",
            "20/04/2026 10:30:00",
            "20/04/2026 13:00:00",
            "150",
            "Sì",
        ],
    ]
    (line,) = read_attendance_report(write_zoom(tmp_path / "partecipanti.csv", rows))
    assert line == AttendanceLine(
        "Nicolò Bianchi",
        "n.bianchi@forli.it",
        datetime(2026, 4, 20, 9, 0),
        datetime(2026, 4, 20, 13, 0),
        210,
        (
            (datetime(2026, 4, 20, 9, 0), datetime(2026, 4, 20, 10, 0)),
            (datetime(2026, 4, 20, 10, 30), datetime(2026, 4, 20, 13, 0)),
        ),
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


def test_report_saved_as_a_workbook(tmp_path: Path) -> None:
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.active.title = "Riepilogo"
    workbook.active.append(["Titolo riunione", "Scambio"])
    sheet = workbook.create_sheet("Partecipanti")
    sheet.append(["Nome", "Primo accesso", "Ultima uscita", "Durata", "E-mail"])
    sheet.append(
        ["Anna Rossi", datetime(2026, 4, 5, 9, 1, 2), datetime(2026, 4, 5, 11, 0), "1h 58m", ""]
    )
    path = tmp_path / "presenze.xlsx"
    workbook.save(path)

    assert read_attendance_report(path) == [
        AttendanceLine(
            "Anna Rossi",
            "",
            datetime(2026, 4, 5, 9, 1, 2),
            datetime(2026, 4, 5, 11, 0),
            118,
            ((datetime(2026, 4, 5, 9, 1, 2), datetime(2026, 4, 5, 11, 0)),),
        )
    ]


def test_teams_activities_give_each_connection(tmp_path: Path) -> None:
    """The participant block says first join and last leave; the activities block says
    each connection, and those are what count (the hour away is not in them)."""
    report = [
        *TEAMS_EN[:9],
        TEAMS_EN[9],
        "Anna Rossi\t4/20/26, 9:00:00 AM\t4/20/26, 1:00:00 PM\t3h\tanna.rossi@comune.it\t\t"
        "Attendee",
        "Luca Bianchi\t4/20/26, 9:00:00 AM\t4/20/26, 1:00:00 PM\t4h\t\t\tAttendee",
        "",
        "3. In-Meeting Activities",
        "Name\tJoin Time\tLeave Time\tDuration\tEmail\tRole",
        "Anna Rossi\t4/20/26, 9:00:00 AM\t4/20/26, 10:00:00 AM\t1h\tAnna.Rossi@comune.it\t",
        "Anna Rossi\t4/20/26, 11:00:00 AM\t4/20/26, 1:00:00 PM\t2h\tanna.rossi@comune.it\t",
    ]
    anna, luca = read_attendance_report(write_teams(tmp_path / "report.csv", report))
    assert anna.connections == (
        (datetime(2026, 4, 20, 9), datetime(2026, 4, 20, 10)),
        (datetime(2026, 4, 20, 11), datetime(2026, 4, 20, 13)),
    )
    assert (anna.first_join, anna.last_leave, anna.minutes) == (
        datetime(2026, 4, 20, 9),
        datetime(2026, 4, 20, 13),
        180,
    )
    # not in the activities: the first join to the last leave is all the report says
    assert luca.connections == ((datetime(2026, 4, 20, 9), datetime(2026, 4, 20, 13)),)
