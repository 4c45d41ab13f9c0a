"""A command imports only what it needs: its start-up is most of its time (issue #9).

Each check runs the command line in a fresh interpreter, as ``python main.py`` does, then
lists which of the heavy libraries ended up loaded.  Italian (the source language) needs no
translator, hence no Qt at all.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from cli_helpers import REPO_ROOT
from day_helpers import confirmed_session, sign_up

from exchange_desktop.language import LANGUAGE_ENV
from exchange_desktop.storage.database import open_database

HEAVY = [
    "PySide6.QtCore",
    "PySide6.QtWidgets",
    "sqlalchemy",
    "reportlab",
    "openpyxl",
    "alembic",
    "babel",
    "holidays",
    "icalendar",
]

_PROBE = """
import contextlib, io, json, sys
from exchange_desktop.cli.main import run
out, err = io.StringIO(), io.StringIO()
with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
    code = run(sys.argv[1:])
print(json.dumps({"code": code, "out": out.getvalue(), "err": err.getvalue(),
                  "loaded": [name for name in %r if name in sys.modules]}))
"""


def loaded_by(args: list[str], data_dir: Path, **env: str) -> tuple[set[str], dict[str, object]]:
    """The heavy modules loaded once the command ``args`` has run, and what it printed."""
    done = subprocess.run(
        [sys.executable, "-c", _PROBE % HEAVY, *args],
        cwd=REPO_ROOT,
        env={
            **os.environ,
            "EXCHANGE_DESKTOP_DATA_DIR": str(data_dir),
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONIOENCODING": "utf-8",
            LANGUAGE_ENV: "",
            **env,
        },
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=True,
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    return set(result["loaded"]), result


def test_help_loads_none_of_the_heavy_libraries(isolated_data_dir: Path) -> None:
    loaded, result = loaded_by(["--help"], isolated_data_dir)
    assert result["code"] == 0
    assert "export-signin" in str(result["out"])
    assert loaded == set()


def test_the_help_of_a_command_loads_none_either(isolated_data_dir: Path) -> None:
    loaded, result = loaded_by(["export-roster", "--help"], isolated_data_dir)
    assert result["code"] == 0
    assert "colonne da esportare" in str(result["out"])
    assert loaded == set()


@pytest.mark.slow
def test_the_sign_in_sheet_loads_only_the_database_and_the_pdf_libraries(
    isolated_data_dir: Path, tmp_path: Path
) -> None:
    db_file = tmp_path / "scambi.sqlite"
    db = open_database(db_file)
    try:
        _practice, session_id = confirmed_session(db)
        sign_up(db, session_id, [("Rossi", "Anna")])
    finally:
        db.close()
    out = tmp_path / "foglio.pdf"
    loaded, result = loaded_by(
        ["export-signin", "--db", str(db_file), "--session", str(session_id), str(out)],
        isolated_data_dir,
    )
    assert result["code"] == 0, result["err"]
    assert out.read_bytes().startswith(b"%PDF-")
    # QtCore for the settings (the responsabile of Preferenze is printed under the line)
    assert loaded == {"sqlalchemy", "reportlab", "babel", "PySide6.QtCore"}


def test_english_loads_qt_core_for_its_catalogue_but_not_the_widgets(
    isolated_data_dir: Path,
) -> None:
    loaded, result = loaded_by(["--help"], isolated_data_dir, **{LANGUAGE_ENV: "en"})
    assert result["code"] == 0
    assert "list the practices" in str(result["out"])
    assert loaded == {"PySide6.QtCore"}  # babel only when a date is written


def test_the_saved_preference_is_read_without_qt(isolated_data_dir: Path) -> None:
    """settings.ini as QSettings writes it, other groups around: Italian needs no Qt at all,
    English is found all the same (its translators then load QtCore)."""
    isolated_data_dir.mkdir(parents=True, exist_ok=True)
    settings = isolated_data_dir / "settings.ini"
    text = "[General]\nfoo=1\n\n[interface]\nlanguage={}\n\n[window]\ngeometry=@ByteArray(x)\n"
    settings.write_text(text.format("it"), encoding="utf-8")
    loaded, result = loaded_by(["sessions", "--help"], isolated_data_dir)
    assert "Elenca le sessioni" in str(result["out"])
    assert loaded == set()
    settings.write_text(text.format("en"), encoding="utf-8")
    loaded, result = loaded_by(["sessions", "--help"], isolated_data_dir)
    assert "Lists the sessions" in str(result["out"])
    assert "PySide6.QtWidgets" not in loaded
