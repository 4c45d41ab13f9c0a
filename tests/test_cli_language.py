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
