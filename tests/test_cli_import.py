"""``import-participants``: the summary, the exit codes, nothing written when a row is bad."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import openpyxl
import pytest
from cli_helpers import run_process

from exchange_desktop.cli.main import run

# The database matters here: every test runs on SQLite and on the PostgreSQL server.
pytestmark = pytest.mark.both_backends


HEADER = ["Informazioni cronologiche", "Cognome", "Nome", "Ente", "Indirizzo email"]


@pytest.fixture
def db_file(db_location: str | Path) -> str | Path:
    """The database file, or a database on the test server: these commands run on both."""
    return db_location


@pytest.fixture
def sample_db(db_file: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    assert run(["sample", "--db", str(db_file)]) == 0
    capsys.readouterr()
    return db_file


def people(count: int) -> list[list[object]]:
    return [
        ["01/03/2026 09:00", f"Cognome{n}", "Anna", "Comune di Forlì", f"anna{n}@forli.it"]
        for n in range(1, count + 1)
    ]


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Iscrizioni"])
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def roster_json(db_file: Path, capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    assert run(["roster", "--db", str(db_file), "--session", "1", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_import_prints_the_summary(
    sample_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_xlsx(tmp_path / "iscritti.xlsx", [*people(12), people(1)[0]])

    code = run(["import-participants", "--db", str(sample_db), "--session", "1", str(source)])

    captured = capsys.readouterr()
    assert (code, captured.err) == (0, "")
    assert captured.out.splitlines() == [
        "Importati: 12 (10 confermati, 2 in lista d'attesa)",
        "Doppioni saltati: 1",
        "Righe con errori saltate: 0",
    ]
    rows = roster_json(sample_db, capsys)
    assert [r["status"] for r in rows].count("waiting") == 2
    assert {r["organisation"] for r in rows} == {"Comune di Forlì"}


def test_a_bad_row_writes_nothing_and_exits_1(
    sample_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "iscritti.csv"
    with source.open("w", newline="", encoding="cp1252") as stream:
        writer = csv.writer(stream, delimiter=";")
        writer.writerow(HEADER)
        writer.writerows(people(3))
        writer.writerow(["", "Nicolò", "", "", "nicolo@forli"])

    code = run(["import-participants", "--db", str(sample_db), "--session", "1", str(source)])

    captured = capsys.readouterr()
    assert code == 1
    assert captured.out == ""
    assert len(captured.err.strip().splitlines()) == 1
    assert "Riga 5: Manca il nome." in captured.err
    assert "Email" in captured.err
    assert roster_json(sample_db, capsys) == []

    code = run(
        [
            "import-participants",
            "--db",
            str(sample_db),
            "--session",
            "1",
            "--skip-invalid",
            str(source),
        ]
    )
    captured = capsys.readouterr()
    assert code == 0
    assert captured.out.splitlines()[:3] == [
        "Importati: 3 (3 confermati, 0 in lista d'attesa)",
        "Doppioni saltati: 0",
        "Righe con errori saltate: 1",
    ]
    assert captured.out.splitlines()[3].startswith("  riga 5: Manca il nome. Email:")
    assert len(roster_json(sample_db, capsys)) == 3


@pytest.mark.parametrize(
    ("argv", "code", "needle"),
    [
        (["--session", "1", "assente.xlsx"], 1, "non esiste"),
        (["--session", "99", "ok.xlsx"], 1, "La sessione n. 99 non esiste"),
        (["--session", "1", "strano.pdf"], 1, "non è di un tipo importabile"),
        (["ok.xlsx"], 2, "--session"),
        (["--session", "uno", "ok.xlsx"], 2, "non è un numero intero positivo"),
    ],
)
def test_errors_and_usage(
    sample_db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
    code: int,
    needle: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    write_xlsx(tmp_path / "ok.xlsx", people(1))
    (tmp_path / "strano.pdf").write_bytes(b"%PDF-1.4")

    assert run(["import-participants", "--db", str(sample_db), *argv]) == code

    captured = capsys.readouterr()
    assert captured.out == ""
    assert needle in captured.err
    assert "Traceback" not in captured.err
    assert roster_json(sample_db, capsys) == []


@pytest.mark.sqlite_only  # a file that must not appear
def test_a_missing_database_is_not_created(
    db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_xlsx(tmp_path / "ok.xlsx", people(1))
    assert run(["import-participants", "--db", str(db_file), "--session", "1", str(source)]) == 1
    assert "non esiste" in capsys.readouterr().err
    assert not db_file.exists()


@pytest.mark.slow
def test_as_a_real_process(sample_db: Path, tmp_path: Path) -> None:
    source = write_xlsx(tmp_path / "iscritti.xlsx", people(2))
    data_dir = tmp_path / "dati processo"

    done = run_process(
        ["import-participants", "--db", str(sample_db), "--session", "1", str(source)], data_dir
    )
    assert done.returncode == 0, done.stderr
    assert "Importati: 2 (2 confermati, 0 in lista d'attesa)" in done.stdout

    again = run_process(
        ["import-participants", "--db", str(sample_db), "--session", "1", str(source)], data_dir
    )
    assert again.returncode == 0, again.stderr
    assert "Doppioni saltati: 2" in again.stdout

    listed = run_process(["--help"], data_dir)
    assert "import-participants" in listed.stdout
