"""The code's own rules, checked with every test run (and so in CI): the layer contracts of
``[tool.importlinter]`` and ruff's lint and format, all configured in pyproject.toml."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
CODE = ["exchange_desktop", "tests", "scripts", "benchmarks"]


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, check=False, cwd=REPO, capture_output=True, text=True, timeout=300
    )


@pytest.mark.slow
def test_the_layers_hold() -> None:
    # beside this interpreter (a virtual environment not activated), else on PATH
    linter = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or shutil.which(
        "lint-imports"
    )
    if linter is None:
        pytest.fail("lint-imports is missing: pip install -e '.[test]'")
    done = _run(linter, "--no-cache")
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "BROKEN" not in done.stdout


def test_ruff_lint_is_clean() -> None:
    done = _run(sys.executable, "-m", "ruff", "check", *CODE)
    assert done.returncode == 0, done.stdout[-3000:]


def test_ruff_format_is_clean() -> None:
    done = _run(sys.executable, "-m", "ruff", "format", "--check", *CODE)
    assert done.returncode == 0, done.stdout[-3000:]


@pytest.mark.slow
def test_types_hold() -> None:
    done = _run(sys.executable, "-m", "mypy")
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
