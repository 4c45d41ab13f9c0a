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


#: The layers below the window and the command line: they return messages, never text in
#: the interface language (issue #23).
_BELOW_THE_SCREEN = ("domain", "storage", "services", "exports", "imports")
#: What ``.now()`` may be called on there: the clock (``datetime.now()``), never a message.
_CLOCKS = frozenset({"datetime"})


def _translations_now(source: str, where: str) -> list[str]:
    """Where the code ``source`` (of the file ``where``) imports or names ``translate_now``
    or calls ``<message>.now()``."""
    import ast

    found = []
    for node in ast.walk(ast.parse(source, where)):
        named = (
            [alias.name for alias in node.names]
            if isinstance(node, ast.ImportFrom | ast.Import)
            else [node.id]
            if isinstance(node, ast.Name)
            else [node.attr]
            if isinstance(node, ast.Attribute)
            else []
        )
        if any(name.rpartition(".")[2] == "translate_now" for name in named):
            found.append(f"{where}:{node.lineno}: translate_now")
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "now"
        ):
            receiver = node.func.value
            clock = receiver.attr if isinstance(receiver, ast.Attribute) else None
            clock = receiver.id if isinstance(receiver, ast.Name) else clock
            if clock not in _CLOCKS:
                found.append(f"{where}:{node.lineno}: .now() of a message")
    return found


def test_no_service_translates_text_itself() -> None:
    """Services, storage, the domain, writers and readers hand messages up; only the window
    and the command line translate them (``tr_message``).  ``Message.now`` and
    ``translate_now`` are gone, and nothing down there may bring them back."""
    from exchange_desktop import i18n

    found = [
        place
        for package in _BELOW_THE_SCREEN
        for path in sorted((REPO / "exchange_desktop" / package).rglob("*.py"))
        for place in _translations_now(
            path.read_text(encoding="utf-8"), str(path.relative_to(REPO))
        )
    ]
    assert found == [], "\n".join(found)
    assert not hasattr(i18n, "translate_now")
    assert not hasattr(i18n.Message, "now")


def test_the_translation_check_sees_a_service_translating() -> None:
    """The check itself: an import of ``translate_now``, a call of it and a message's
    ``.now()`` are seen; the clock's ``datetime.now()`` is not."""
    code = (
        "import datetime\n"
        "from exchange_desktop.i18n import Message, translate_now\n"
        "stamp = datetime.datetime.now()\n"
        "label = translate_now('Ctx', 'Sì')\n"
        "text = Message('Ctx', 'Riga {row}', row=1).now()\n"
    )
    found = _translations_now(code, "probe.py")
    assert sorted(found) == [
        "probe.py:2: translate_now",
        "probe.py:4: translate_now",
        "probe.py:5: .now() of a message",
    ]
