"""``import-attendance`` and ``mark-present``: the day's sittings filled from a webinar report
or by hand, checked through ``roster --json``; exit 1 with one line, nothing written, for a
report of another day, a file that is no report, or someone on the waiting list."""

from __future__ import annotations

import json
from datetime import date, time
from pathlib import Path

import pytest
from attendance_reports import ZOOM_HEADER, write_teams, write_zoom
from cli_helpers import run_failing, run_ok, run_process
from roster_helpers import fill

from exchange_desktop.cli.main import run
from exchange_desktop.domain.enums import ItemKind
from exchange_desktop.domain.programme import ProgrammeItem
from exchange_desktop.services.practices.programme import replace_programme
from exchange_desktop.services.scheduling.sessions import confirm_date, update_session
from exchange_desktop.storage.database import open_database

# The database matters here: every test runs on SQLite and on the PostgreSQL server.
pytestmark = pytest.mark.both_backends


#: Morning 09:00–13:00, lunch 13:00–14:00, afternoon 14:00–17:00: 420 minutes of training.
PROGRAMME = [
    ProgrammeItem(title="Il Patto", start_time=time(9), end_time=time(13)),
    ProgrammeItem(
        kind=ItemKind.BREAK, title="Pausa pranzo", start_time=time(13), end_time=time(14)
    ),
    ProgrammeItem(title="Laboratorio", start_time=time(14), end_time=time(17)),
]


@pytest.fixture
def db_file(db_location: str | Path, capsys: pytest.CaptureFixture[str]) -> str | Path:
    """The sample on 20 April with the day above and 2 seats: Rossi (participant 1) and
    Bianchi (2) seated, Verdi (3) waiting."""
    path = db_location  # a file, or a database on the test server
    assert run(["sample", "--db", str(path)]) == 0
    capsys.readouterr()
    db = open_database(path)
    try:
        update_session(db, 1, capacity=2)
        confirm_date(db, 1, date(2026, 4, 20))
        replace_programme(db, 1, PROGRAMME)
        fill(db, 1, ["Rossi", "Bianchi", "Verdi"])
    finally:
        db.close()
    return path


def _roster(db_file: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, dict[str, object]]:
    out = run_ok(["roster", "--db", str(db_file), "--session", "1", "--json"], capsys)
    return {row["surname"]: row for row in json.loads(out)}


def _mark(db_file: Path, *options: str) -> list[str]:
    return ["mark-present", "--db", str(db_file), "--session", "1", *options]


def _zoom(path: Path, rows: list[tuple[str, str, str, str]], day: str = "04/20/2026") -> Path:
    return write_zoom(
        path,
        [
            ZOOM_HEADER,
            *[[n, e, f"{day} {a}:00", f"{day} {b}:00", "", "No"] for n, e, a, b in rows],
        ],
    )


# --- mark-present ----------------------------------------------------------------------------


def test_two_whole_sittings_are_seven_hours(
    db_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = run_ok(_mark(db_file, "--participant", "1", "--in", "09:00", "--out", "13:00"), capsys)
    assert out == "Anna Rossi: presente nella seduta 1. In tutto: 4 h.\n"
    second = ["--participant", "1", "--sitting", "2", "--in", "14:00", "--out", "17:00"]
    out = run_ok(_mark(db_file, *second), capsys)
    assert out == "Anna Rossi: presente nella seduta 2. In tutto: 7 h.\n"

    rossi = _roster(db_file, capsys)["Rossi"]
    assert (rossi["present"], rossi["minutes_attended"]) == (True, 420)
    assert [(s["sitting"], s["in"], s["out"]) for s in rossi["sittings"]] == [  # type: ignore[union-attr]
        (1, "09:00", "13:00"),
        (2, "14:00", "17:00"),
    ]


def test_out_at_eleven_and_back_at_two_is_five_hours(
    db_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run_ok(_mark(db_file, "--participant", "2", "--in", "9:00", "--out", "11:00"), capsys)
    run_ok(_mark(db_file, "--participant", "2", "--sitting", "2", "--in", "14:00"), capsys)
    assert _roster(db_file, capsys)["Bianchi"]["minutes_attended"] == 300


def test_absent_and_then_present_again(db_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run_ok(_mark(db_file, "--participant", "1", "--day", "2026-04-20"), capsys)
    out = run_ok(_mark(db_file, "--participant", "1", "--absent"), capsys)
    assert out == "Anna Rossi: assente nella seduta 1. In tutto: 0 min.\n"
    assert _roster(db_file, capsys)["Rossi"]["present"] is False


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        (["--participant", "3"], "lista d'attesa"),
        (["--participant", "1", "--in", "25:00"], 'Ora non valida: "25:00". Scrivere'),
        (["--participant", "1", "--out", "le undici"], 'Ora non valida: "le undici"'),
        (["--participant", "1", "--in", "11:00", "--out", "10:00"], "successiva"),
        (["--participant", "1", "--sitting", "3"], "la seduta 3 non esiste"),
        (["--participant", "1", "--day", "2026-04-27"], "non è un giorno della sessione"),
        (["--participant", "1", "--absent", "--in", "09:00"], "solo per chi è presente"),
        (["--participant", "99"], "non è iscritto alla sessione n. 1"),
    ],
)
def test_refusals_are_one_line_and_write_nothing(
    db_file: Path, capsys: pytest.CaptureFixture[str], options: list[str], expected: str
) -> None:
    err = run_failing(_mark(db_file, *options), capsys, 1)
    assert expected in err
    assert {row["present"] for row in _roster(db_file, capsys).values()} == {None}


# --- import-attendance -----------------------------------------------------------------------


def _import(db_file: Path, report: Path, *options: str) -> list[str]:
    return ["import-attendance", "--db", str(db_file), "--session", "1", *options, str(report)]


def test_a_report_credits_each_connection(
    db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = _zoom(
        tmp_path / "participants.csv",
        [
            ("Anna Rossi", "anna.rossi@comune.it", "09:00", "10:00"),
            ("Anna Rossi", "anna.rossi@comune.it", "11:00", "13:28"),
            ("Anna (telefono)", "anna.rossi@comune.it", "11:30", "12:00"),  # counted once
            ("Bianchi Anna", "", "12:00", "15:00"),  # the lunch is not training
            ("Mario Sconosciuto", "mario@x.it", "09:00", "10:00"),
        ],
    )
    assert run(_import(db_file, report)) == 0
    captured = capsys.readouterr()
    assert captured.out.splitlines() == [
        "Anna Rossi: 3 h",
        "Anna Bianchi: 2 h",
        "Presenze segnate: 2. Non segnate: 1.",
    ]
    assert captured.err.splitlines() == [
        "Mario Sconosciuto (mario@x.it): non riconosciuta tra gli iscritti della sessione"
    ]
    rows = _roster(db_file, capsys)
    assert (rows["Rossi"]["minutes_attended"], rows["Bianchi"]["minutes_attended"]) == (180, 120)


def test_teams_minutes_are_printed_in_hours_and_minutes(
    db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = write_teams(
        tmp_path / "meetingAttendanceReport.csv",
        [
            "1. Riepilogo",
            "",
            "2. Partecipanti",
            "Nome\tPrimo accesso\tUltima uscita\tDurata riunione\tE-mail\tRuolo",
            "Rossi Anna\t20/04/26, 09:01:00\t20/04/26, 16:10:00\t6 h\t\tPartecipante",
            "",
            "3. Attività durante la riunione",
            "Nome\tOra di ingresso\tOra di uscita\tDurata\tE-mail\tRuolo",
            "Rossi Anna\t20/04/26, 09:01:00\t20/04/26, 12:29:00\t3 h 28 min\t\tPartecipante",
            "Rossi Anna\t20/04/26, 14:30:00\t20/04/26, 16:10:00\t1 h 40 min\t\tPartecipante",
        ],
    )
    assert run_ok(_import(db_file, report), capsys).splitlines()[0] == "Anna Rossi: 5 h 8 min"
    assert _roster(db_file, capsys)["Rossi"]["minutes_attended"] == 208 + 100


def test_a_dry_run_only_shows(
    db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = _zoom(tmp_path / "p.csv", [("Anna Rossi", "", "09:00", "10:00")])
    out = run_ok(_import(db_file, report, "--dry-run"), capsys)
    assert out.splitlines() == [
        "Anna Rossi: 1 h",
        "Prova, nulla è stato scritto: da segnare 1.",
    ]
    assert _roster(db_file, capsys)["Rossi"]["present"] is None


def test_waiting_people_in_the_report_are_listed_and_the_confirmed_marked(
    db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = _zoom(
        tmp_path / "p.csv",
        [("Anna Rossi", "", "09:00", "10:00"), ("Anna Verdi", "", "09:00", "10:00")],
    )
    assert run(_import(db_file, report)) == 0
    captured = capsys.readouterr()
    assert captured.out.splitlines() == ["Anna Rossi: 1 h", "Presenze segnate: 1. Non segnate: 1."]
    [line] = captured.err.splitlines()
    assert line.startswith("Anna Verdi: in lista d'attesa") and "Promuovi" in line
    rows = _roster(db_file, capsys)
    assert (rows["Rossi"]["present"], rows["Verdi"]["present"]) == (True, None)


def test_strict_refuses_the_whole_report_and_writes_nothing(
    db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = _zoom(
        tmp_path / "p.csv",
        [("Anna Rossi", "", "09:00", "10:00"), ("Anna Verdi", "", "09:00", "10:00")],
    )
    assert run(_import(db_file, report, "--strict")) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.splitlines()[0].startswith("Anna Verdi: in lista d'attesa")
    assert captured.err.splitlines()[1] == (
        "Nessuna presenza segnata: il report ha righe che non si possono segnare (in tutto 1)."
    )
    assert {row["present"] for row in _roster(db_file, capsys).values()} == {None}
    clean = _zoom(tmp_path / "clean.csv", [("Anna Rossi", "", "09:00", "10:00")])
    assert run_ok(_import(db_file, clean, "--strict"), capsys).splitlines()[0] == "Anna Rossi: 1 h"


def test_a_report_of_another_day_is_refused(
    db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = _zoom(tmp_path / "p.csv", [("Anna Rossi", "", "09:00", "10:00")], "04/27/2026")
    err = run_failing(_import(db_file, report), capsys, 1)
    assert "non è un giorno della sessione" in err
    assert _roster(db_file, capsys)["Rossi"]["present"] is None


def test_a_file_that_is_not_a_report(
    db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = write_zoom(tmp_path / "iscritti.csv", [["Cognome", "Nome"], ["Rossi", "Anna"]])
    assert "report delle presenze" in run_failing(_import(db_file, other), capsys, 1)
    garbage = tmp_path / "report.csv"
    garbage.write_bytes(b"\xff\xfe\x00\xd8garbage\x00\x00\x01")
    assert "Traceback" not in run_failing(_import(db_file, garbage), capsys, 1)
    assert "non esiste" in run_failing(_import(db_file, tmp_path / "assente.csv"), capsys, 1)


@pytest.mark.slow
def test_process_import_then_roster(db_file: Path, tmp_path: Path) -> None:
    report = _zoom(tmp_path / "Report è.csv", [("Anna Rossi", "", "09:00", "17:00")])
    result = run_process(_import(db_file, report), tmp_path / "dati")
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.splitlines()[0] == "Anna Rossi: 7 h"
    result = run_process(
        ["roster", "--db", str(db_file), "--session", "1", "--json"], tmp_path / "dati"
    )
    rossi = next(row for row in json.loads(result.stdout) if row["surname"] == "Rossi")
    assert rossi["minutes_attended"] == 420


def test_a_sitting_that_does_not_exist_agrees_in_number(
    db_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = open_database(db_file)
    try:  # a programme without a long break: one sitting
        replace_programme(
            db, 1, [ProgrammeItem(title="Tutto", start_time=time(9), end_time=time(13))]
        )
    finally:
        db.close()
    err = run_failing(_mark(db_file, "--participant", "1", "--sitting", "2"), capsys, 1)
    assert "La giornata ha una sola seduta: la seduta 2 non esiste." in err
    assert "1 sedute" not in err
