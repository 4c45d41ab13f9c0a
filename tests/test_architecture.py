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


def _cycles(graph: object, modules: set[str]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for child in sorted(graph.find_modules_directly_imported_by(node) & modules):  # type: ignore[attr-defined]
            if child not in index:
                visit(child)
                low[node] = min(low[node], low[child])
            elif child in stack:
                low[node] = min(low[node], index[child])
        if low[node] == index[node]:
            component = stack[stack.index(node) :]
            del stack[stack.index(node) :]
            if len(component) > 1:
                found.append(sorted(component))

    for module in sorted(modules):
        if module not in index:
            visit(module)
    return found


def test_no_import_cycles_anywhere() -> None:
    """Every import, type-only and function-level ones included, goes one way."""
    import grimp

    graph = grimp.build_graph("exchange_desktop")
    cycles = _cycles(graph, set(graph.modules))
    assert cycles == [], "import cycles:\n" + "\n".join(" ↔ ".join(c) for c in cycles)


def test_the_cycle_check_sees_a_cycle() -> None:
    """The check itself: two modules importing each other are a cycle."""

    imports = {"a": {"b"}, "b": {"a", "c"}, "c": set()}

    class Graph:
        def find_modules_directly_imported_by(self, module: str) -> set[str]:
            return imports[module]

    assert _cycles(Graph(), {"a", "b", "c"}) == [["a", "b"]]
