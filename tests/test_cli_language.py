"""The command line in English: through the environment variable, or the saved preference."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from exchange_desktop.language import LANGUAGE_ENV, SETTING_KEY
from tests.cli_helpers import run_process


def test_help_and_errors_in_english_with_the_environment_variable(
    tmp_path: Path, isolated_data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(LANGUAGE_ENV, "en")
    shown = run_process(["--help"], isolated_data_dir)
    assert shown.returncode == 0
    assert shown.stdout.startswith("usage: ")
    assert "list the practices" in shown.stdout
    assert "Exit codes: 0 done" in shown.stdout
    assert "elenca" not in shown.stdout

    missing = tmp_path / "nowhere.sqlite"
    failed = run_process(["roster", "--db", str(missing), "--session", "1"], isolated_data_dir)
    assert failed.returncode == 1
    assert failed.stderr.strip() == f"The database {missing} does not exist."

    wrong = run_process(["roster", "--session", "abc"], isolated_data_dir)
    assert wrong.returncode == 2
    assert "'abc' is not a positive whole number (see --help)" in wrong.stderr


def test_the_saved_preference_applies_to_the_command_line(
    isolated_data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(LANGUAGE_ENV, raising=False)
    italian = run_process(["sessions", "--help"], isolated_data_dir)
    assert "Elenca le sessioni" in italian.stdout
    settings = QSettings(str(isolated_data_dir / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(SETTING_KEY, "en")
    settings.sync()
    english = run_process(["sessions", "--help"], isolated_data_dir)
    assert "Lists the sessions" in english.stdout


@pytest.mark.slow
def test_english_sample_and_roster_lines(
    isolated_data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(LANGUAGE_ENV, "en")
    db = tmp_path / "scambi.sqlite"
    added = run_process(["sample", "--db", str(db)], isolated_data_dir)
    assert added.returncode == 0
    assert f"Sample practice added to {db}" in added.stdout
    sessions = run_process(["sessions", "--db", str(db)], isolated_data_dir)
    assert "alternative dates (O)" in sessions.stdout
    assert "proposed" in sessions.stdout


@pytest.mark.slow
def test_english_import_reasons_notes_and_refusal(
    isolated_data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The import's reasons, notes and refusal are messages the command line translates:
    in English not one of them is Italian (issue #23)."""
    monkeypatch.setenv(LANGUAGE_ENV, "en")
    db = tmp_path / "scambi.sqlite"
    assert run_process(["sample", "--db", str(db)], isolated_data_dir).returncode == 0
    source = tmp_path / "iscritti.csv"
    lines = [
        "Cognome;Nome;Ente;Email",
        "Rossi;Anna;Comune di Forlì;anna.rossi@gmial.com",
        ";Luca;Comune di Forlì;luca@forli.it",
        "Verdi;Marta;Comune di Forlì;marta@",
        "Rossi;Anna;Comune di Forlì;anna.rossi@gmial.com",
        "Totale iscritti 4;;;",
    ]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    command = ["import-participants", "--db", str(db), "--session", "1", str(source)]

    dry = run_process([*command, "--dry-run"], isolated_data_dir)
    assert (dry.returncode, dry.stderr) == (0, "")
    report = dry.stdout.splitlines()
    assert "  row 3 (Luca): error · Surname is missing." in report
    assert any(
        line.startswith("  row 4 (Verdi Marta): error · Email: ") and "Email: Email:" not in line
        for line in report
    )
    assert any(
        line.startswith("  row 5 (Rossi Anna): duplicate · Repeats row 2 of the file (same ")
        for line in report
    )
    assert "  row 6 (Totale iscritti 4): not a person · Not a person: it is a totals row." in report
    assert any("the domain “gmial.com” looks mistyped" in line for line in report)
    assert not any(word in dry.stdout for word in ("riga", "Manca", "dominio", "doppione"))

    refused = run_process(command, isolated_data_dir)
    assert refused.returncode == 1
    assert refused.stderr.startswith("Import cancelled, nobody was added: 2 rows have errors. ")
    assert "Row 3: Surname is missing." in refused.stderr
    assert "Riga" not in refused.stderr and "Manca" not in refused.stderr

    skipped = run_process([*command, "--skip-invalid"], isolated_data_dir)
    assert (skipped.returncode, skipped.stderr) == (0, "")
    assert "  row 3: Surname is missing." in skipped.stdout.splitlines()
    assert "  row 6: Not a person: it is a totals row." in skipped.stdout.splitlines()
    assert "To check: 1" in skipped.stdout
