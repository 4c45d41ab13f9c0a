"""``export-card`` and ``export-programme`` on the command line: a real process, then in-process."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import run_failing, run_process
from pypdf import PdfReader

from exchange_desktop.cli.main import run

COMMANDS = ["export-card", "export-programme"]


@pytest.fixture
def db_file(db_location: str | Path) -> str | Path:
    """The database file, or a database on the test server: these commands run on both."""
    return db_location


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "documenti è"
    folder.mkdir()
    return folder


@pytest.fixture
def sample_db(db_file: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    assert run(["sample", "--db", str(db_file)]) == 0
    capsys.readouterr()
    return db_file


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


# --- as a real process ----------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.both_backends  # one run of this export on the server too
@pytest.mark.parametrize("command", COMMANDS)
def test_process_exports_a_real_pdf_and_prints_its_path(
    command: str, db_file: Path, out_dir: Path, tmp_path: Path
) -> None:
    data_dir = tmp_path / "dati processo"
    assert run_process(["sample", "--db", str(db_file)], data_dir).returncode == 0
    out = out_dir / "Documento con spazi è.pdf"
    result = run_process([command, "--db", str(db_file), "--practice", "1", str(out)], data_dir)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.strip() == str(out)
    assert out.read_bytes().startswith(b"%PDF-")
    text = pdf_text(out)
    assert "Comune di Monza" in text
    assert "Organismi partecipativi comunali" in text
    assert "Pagina 1 di" in text
    assert sorted(p.name for p in out_dir.iterdir()) == [out.name]


def test_process_wrong_practice_id_is_usage_error(db_file: Path, tmp_path: Path) -> None:
    result = run_process(
        ["export-card", "--db", str(db_file), "--practice", "abc", str(tmp_path / "x.pdf")],
        tmp_path / "dati processo",
    )
    assert result.returncode == 2
    assert "(vedere --help)" in result.stderr
    assert "--practice" in result.stderr
    assert "Traceback" not in result.stderr


# --- in-process -----------------------------------------------------------------------------


@pytest.mark.both_backends  # one run of this export on the server too
@pytest.mark.parametrize("command", COMMANDS)
def test_export_writes_the_pdf_and_prints_the_absolute_path(
    command: str,
    sample_db: Path,
    out_dir: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(out_dir)
    assert run([command, "--db", str(sample_db), "--practice", "1", "relativo.PDF"]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    assert captured.out.strip() == str(out_dir / "relativo.PDF")
    assert "Patti di Cittadinanza" in pdf_text(out_dir / "relativo.PDF")


@pytest.mark.parametrize("command", COMMANDS)
def test_db_option_before_the_command_and_replacing_a_file(
    command: str, sample_db: Path, out_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = out_dir / "out.pdf"
    out.write_bytes(b"vecchio")
    assert run(["--db", str(sample_db), command, "--practice", "1", str(out)]) == 0
    capsys.readouterr()
    assert out.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in out_dir.iterdir()] == ["out.pdf"]


@pytest.mark.parametrize("command", COMMANDS)
def test_missing_practice_exits_1_with_the_not_found_message(
    command: str, sample_db: Path, out_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    err = run_failing(
        [command, "--db", str(sample_db), "--practice", "42", str(out_dir / "x.pdf")], capsys, 1
    )
    assert "La pratica n. 42 non esiste." in err
    assert list(out_dir.iterdir()) == []


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize(
    "practice",
    ["abc", "0", "-3", "1.5", ""],
    ids=["letters", "zero", "negative", "decimal", "empty"],
)
def test_practice_must_be_a_positive_integer(
    command: str,
    practice: str,
    sample_db: Path,
    out_dir: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    err = run_failing(
        [command, "--db", str(sample_db), f"--practice={practice}", str(out_dir / "x.pdf")],
        capsys,
        2,
    )
    assert "(vedere --help)" in err
    assert "--practice" in err
    assert list(out_dir.iterdir()) == []


@pytest.mark.parametrize(
    "argv",
    [
        ["export-card", "--practice", "1"],
        ["export-card", "out.pdf"],
        ["export-programme", "--practice", "1", "a.pdf", "b.pdf"],
        ["export-programme", "--practice", "1", "--bogus", "a.pdf"],
    ],
    ids=["no-out", "no-practice", "two-outs", "unknown-option"],
)
def test_wrong_usage_exits_2(
    argv: list[str], sample_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert "(vedere --help)" in run_failing([*argv, "--db", str(sample_db)], capsys, 2)


@pytest.mark.parametrize("command", COMMANDS)
def test_a_folder_as_out_exits_1(
    command: str, sample_db: Path, out_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    err = run_failing([command, "--db", str(sample_db), "--practice", "1", str(out_dir)], capsys, 1)
    assert "è una cartella" in err
    assert list(out_dir.iterdir()) == []


@pytest.mark.parametrize("command", COMMANDS)
def test_a_non_pdf_out_exits_1_and_writes_nothing(
    command: str, sample_db: Path, out_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    err = run_failing(
        [command, "--db", str(sample_db), "--practice", "1", str(out_dir / "OUT.txt")], capsys, 1
    )
    assert ".pdf" in err
    assert list(out_dir.iterdir()) == []


def test_a_missing_out_folder_exits_1(
    sample_db: Path, out_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = out_dir / "manca" / "x.pdf"
    err = run_failing(
        ["export-card", "--db", str(sample_db), "--practice", "1", str(target)], capsys, 1
    )
    assert "non esiste" in err


def test_a_locked_out_file_exits_1_with_the_advice(
    sample_db: Path,
    out_dir: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from exchange_desktop import files

    out = out_dir / "aperto.pdf"
    out.write_bytes(b"aperto in Acrobat")

    def refuse(_source: object, _target: object) -> None:
        raise PermissionError(13, "Accesso negato")

    monkeypatch.setattr(files.os, "replace", refuse)
    err = run_failing(
        ["export-programme", "--db", str(sample_db), "--practice", "1", str(out)], capsys, 1
    )
    monkeypatch.undo()
    assert "aperto in un altro programma" in err
    assert out.read_bytes() == b"aperto in Acrobat"
    assert [p.name for p in out_dir.iterdir()] == ["aperto.pdf"]


@pytest.mark.parametrize("command", COMMANDS)
def test_a_missing_database_exits_1_and_is_not_created(
    command: str, tmp_path: Path, out_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nessuno.sqlite"
    err = run_failing(
        [command, "--db", str(missing), "--practice", "1", str(out_dir / "x.pdf")], capsys, 1
    )
    assert "non esiste" in err
    assert not missing.exists()
    assert list(out_dir.iterdir()) == []


def test_help_lists_the_export_commands(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--help"]) == 0
    out = capsys.readouterr().out
    assert "export-card" in out
    assert "export-programme" in out
    for command in COMMANDS:
        assert run([command, "--help"]) == 0
        text = capsys.readouterr().out
        assert "--practice ID" in text
        assert "OUT.pdf" in text
