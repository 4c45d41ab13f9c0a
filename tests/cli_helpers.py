"""Running the command line as a real process, as a clerk's script would, or in this process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from exchange_desktop.cli.main import run

REPO_ROOT = Path(__file__).resolve().parent.parent


def run_process(args: list[str], data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "EXCHANGE_DESKTOP_DATA_DIR": str(data_dir),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONIOENCODING": "utf-8",
    }
    return subprocess.run(
        [sys.executable, "main.py", *args],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def run_ok(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    """Run the command line in this process, expecting success and nothing on stderr."""
    code = run(argv)
    captured = capsys.readouterr()
    assert (code, captured.err) == (0, "")
    return captured.out


def run_failing(argv: list[str], capsys: pytest.CaptureFixture[str], code: int) -> str:
    """Run ``argv`` expecting exit ``code``; return stderr after the common checks."""
    assert run(argv) == code
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "Traceback" not in captured.err
    if code == 1:
        assert len(captured.err.strip().splitlines()) == 1
    return captured.err
