"""The command line speaks Italian: help, usage errors on one line, the program's name."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from cli_helpers import run_process

from exchange_desktop.cli.main import run

SUBCOMMANDS = ("sample", "practices", "export-card", "export-programme", "export-ics")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "dati processo"


def assert_one_line_usage_error(code: int, out: str, err: str) -> str:
    """Exit 2, nothing on stdout, one Italian line on stderr without the usage line."""
    assert code == 2
    assert out == ""
    (line,) = err.splitlines()
    assert err.endswith("\n")
    assert ": errore: " in line
    assert line.endswith("(vedere --help)")
    for english in ("usage", "uso:", "error:", "Traceback"):
        assert english not in err
    return line


# --- as the clerk types it: python main.py ... ---------------------------------------------


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (
            ["practices", "--db"],
            "python main.py practices: errore: argomento --db: manca il valore",
        ),
        (
            ["export-card", "--db", "x"],
            "python main.py export-card: errore: mancano gli argomenti obbligatori: "
            "--practice, OUT.pdf",
        ),
        (
            ["nonesiste"],
            "python main.py: errore: argomento COMANDO: scelta non valida: 'nonesiste' "
            "(scegliere tra 'sample', 'practices', ",
        ),
    ],
    ids=["missing-value", "missing-required", "unknown-command"],
)
def test_process_usage_error_is_one_italian_line(
    argv: list[str], expected: str, data_dir: Path
) -> None:
    result = run_process(argv, data_dir)
    line = assert_one_line_usage_error(result.returncode, result.stdout, result.stderr)
    assert line.startswith(expected)


def test_process_help_is_italian(data_dir: Path) -> None:
    result = run_process(["--help"], data_dir)
    assert (result.returncode, result.stderr) == (0, "")
    out = result.stdout
    assert out.startswith("uso: python main.py [-h] [--version] [--db FILE|URL] COMANDO ...")
    assert "\nopzioni:\n" in out
    assert "\nargomenti:\n" in out
    assert "-h, --help" in out
    assert "mostra questo aiuto ed esce" in out
    assert "mostra la versione del programma ed esce" in out
    for english in ("usage:", "options:", "positional arguments", "show this help"):
        assert english not in out


def test_process_command_help_is_italian(data_dir: Path) -> None:
    result = run_process(["export-card", "--help"], data_dir)
    assert (result.returncode, result.stderr) == (0, "")
    out = result.stdout
    assert out.startswith(
        "uso: python main.py export-card [-h] [--db FILE|URL] --practice ID OUT.pdf"
    )
    assert "\nopzioni:\n" in out
    assert "\nargomenti:\n" in out
    assert "mostra questo aiuto ed esce" in out
    assert "id della pratica" in out
    assert "usage:" not in out


# --- in-process ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["practices", "--db"], "argomento --db: manca il valore"),
        (["sample", "extra"], "argomenti non riconosciuti: extra"),
        (["practices", "--bogus"], "argomenti non riconosciuti: --bogus"),
        (["practices", "--json=sì"], "argomento --json: non accetta il valore 'sì'"),
        (["export-programme", "--practice", "1"], "mancano gli argomenti obbligatori: OUT.pdf"),
        (
            ["export-ics", "--session", "zero", "x.ics"],
            "argomento --session: 'zero' non è un numero intero positivo",
        ),
        (["confirm-date", "--session", "1", "domani"], "non è una data valida"),
        (["nonesiste"], "scelta non valida: 'nonesiste'"),
    ],
)
def test_usage_errors_are_one_italian_line_with_exit_2(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = run(argv)
    captured = capsys.readouterr()
    line = assert_one_line_usage_error(code, captured.out, captured.err)
    assert message in line


@pytest.mark.parametrize("command", SUBCOMMANDS)
def test_every_command_help_is_italian(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run([command, "--help"]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    assert captured.out.startswith(f"uso: exchange-desktop {command} [-h]")
    assert "\nopzioni:\n" in captured.out
    assert "mostra questo aiuto ed esce" in captured.out


@pytest.mark.parametrize(
    ("argv0", "prog"),
    [
        ("main.py", "python main.py"),
        (str(Path("C:/Programmi/Exchange Desktop/main.py")), "python main.py"),
        (str(Path("/usr/local/bin/exchange-desktop")), "exchange-desktop"),
        (str(Path("/site-packages/exchange_desktop/__main__.py")), "exchange-desktop"),
    ],
    ids=["main.py", "main.py-in-a-folder", "script", "python-m"],
)
def test_the_program_is_named_as_it_was_started(
    argv0: str, prog: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "argv", [argv0])
    assert run(["practices", "--db"]) == 2
    assert capsys.readouterr().err.startswith(f"{prog} practices: errore: ")
    assert run(["--help"]) == 0
    assert capsys.readouterr().out.startswith(f"uso: {prog} [-h]")
