"""``export-roster`` on the command line: a real process, then in-process."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from cli_helpers import run_failing, run_ok, run_process
from roster_helpers import fill

from exchange_desktop.cli.main import run
from exchange_desktop.storage.database import open_database


@pytest.fixture
def db_file(db_location: str | Path) -> str | Path:
    """The database file, or a database on the test server: these commands run on both."""
    return db_location


@pytest.fixture
def roster_db(db_file: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """The sample (one session, 20 or 27 April) with three people signed up."""
    assert run(["sample", "--db", str(db_file)]) == 0
    capsys.readouterr()
    db = open_database(db_file)
    try:
        fill(db, 1, ["Verdi", "Bianchi", "Rossi"])
    finally:
        db.close()
    return db_file


def headers(path: Path, sheet: int = 0) -> list[object]:
    return [cell.value for cell in openpyxl.load_workbook(path).worksheets[sheet][1]]


@pytest.mark.slow
@pytest.mark.both_backends  # one run of this export on the server too
def test_process_writes_the_workbook_and_prints_its_path(roster_db: Path, tmp_path: Path) -> None:
    out_dir = tmp_path / "documenti è"
    out_dir.mkdir()
    out = out_dir / "Partecipanti con spazi è.xlsx"
    result = run_process(
        ["export-roster", "--db", str(roster_db), "--practice", "1", str(out)], tmp_path / "dati"
    )
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.strip() == str(out)
    workbook = openpyxl.load_workbook(out)
    assert workbook.sheetnames == ["2026-04-20 o 2026-04-27", "Lista d'attesa", "Riepilogo"]
    sheet = workbook.worksheets[0]
    assert [cell.value for cell in sheet[1]] == [
        "N.",
        "Cognome",
        "Nome",
        "Ente",
        "Ruolo",
        "Email",
        "Stato",
        "Presente",
    ]
    assert [row[1] for row in sheet.iter_rows(min_row=2, values_only=True)] == [
        "Bianchi",
        "Rossi",
        "Verdi",
    ]
    assert sorted(p.name for p in out_dir.iterdir()) == [out.name]


@pytest.mark.both_backends  # one run of this export on the server too
def test_columns_option_picks_and_orders_the_columns(
    roster_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "scelte.xlsx"
    argv = ["export-roster", "--db", str(roster_db), "--practice", "1", str(out)]
    run_ok([*argv, "--columns", "surname, phone,fiscal_code,registered_at,"], capsys)
    assert headers(out) == ["Cognome", "Telefono", "Codice fiscale", "Data iscrizione"]
    assert headers(out, 1) == [
        "Sessione",
        "Data",
        "Posizione",
        "Cognome",
        "Telefono",
        "Codice fiscale",
        "Data iscrizione",
    ]


def test_errors_and_exit_codes(
    roster_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "r.xlsx"
    base = ["export-roster", "--db", str(roster_db), "--practice", "1"]
    err = run_failing([*base, "--columns", "surname,cf", str(out)], capsys, 1)
    assert "Colonne sconosciute: cf." in err
    assert "fiscal_code" in err
    err = run_failing([*base, "--columns", ",", str(out)], capsys, 1)
    assert "almeno una colonna" in err
    err = run_failing([*base, str(tmp_path / "r.pdf")], capsys, 1)
    assert "estensione .xlsx" in err
    err = run_failing(
        ["export-roster", "--db", str(roster_db), "--practice", "9", str(out)], capsys, 1
    )
    assert "La pratica n. 9 non esiste." in err
    missing = tmp_path / "manca.sqlite"
    err = run_failing(
        ["export-roster", "--db", str(missing), "--practice", "1", str(out)], capsys, 1
    )
    assert "non esiste" in err
    assert not missing.exists()
    assert not out.exists()
    err = run_failing(["export-roster", "--db", str(roster_db), str(out)], capsys, 2)
    assert "--practice" in err
    err = run_failing(["export-roster", "--db", str(roster_db), "--practice", "1"], capsys, 2)
    assert "OUT.xlsx" in err


def test_help_is_italian_and_lists_the_columns(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["export-roster", "--help"]) == 0
    help_text = " ".join(capsys.readouterr().out.split())
    assert "un foglio per sessione" in help_text
    assert "fiscal_code (Codice fiscale)" in help_text
    assert "Predefinite: number, surname, name, organisation, role, email, status" in help_text
    assert "opzioni:" in help_text
    assert run(["--help"]) == 0
    assert "export-roster" in capsys.readouterr().out
