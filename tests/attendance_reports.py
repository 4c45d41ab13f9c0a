"""Attendance reports as Teams and Zoom write them, for the reading and the matching tests."""

from __future__ import annotations

import csv
from pathlib import Path

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
        [
            "Anna Rossi (Anna)",
            "anna.rossi@comune.it",
            "04/20/2026 09:01:00 AM",
            "04/20/2026 10:00:00 AM",
            "59",
            "Yes",
        ],
        ["Marco Verdi", "", "04/20/2026 09:03:00 AM", "04/20/2026 12:30:00 PM", "207", "Yes"],
        [
            "Anna Rossi",
            "ANNA.ROSSI@comune.it",
            "04/20/2026 10:10:00 AM",
            "04/20/2026 12:30:00 PM",
            "140",
            "Yes",
        ],
    ]
