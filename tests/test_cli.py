"""The command line: a few runs as a real process, the rest in-process through ``run``."""

from __future__ import annotations

import json
import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest
from cli_helpers import run_ok, run_process

from exchange_desktop import __version__
from exchange_desktop.cli.main import run
from exchange_desktop.storage.database import open_database

SAMPLE_TITLE_START = "Patti di Cittadinanza: interventi e progettualità"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "dati processo"


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    return tmp_path / "Scambi con spazi" / "archivio è.sqlite"


# --- as a real process ------------------------------------------------------------------------


@pytest.mark.slow
def test_process_sample_prints_the_id_alone_on_the_first_line(
    db_file: Path, data_dir: Path
) -> None:
    result = run_process(["sample", "--db", str(db_file)], data_dir)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "1"
    assert str(db_file) in result.stdout
    assert "Traceback" not in result.stderr
    assert db_file.is_file()
    assert sorted(p.name for p in db_file.parent.iterdir()) == [db_file.name]

    again = run_process(["sample", "--db", str(db_file)], data_dir)
    assert again.stdout.splitlines()[0] == "2"


@pytest.mark.slow
def test_process_practices_json_lists_id_title_and_host(db_file: Path, data_dir: Path) -> None:
    run_process(["sample", "--db", str(db_file)], data_dir)
    result = run_process(["practices", "--db", str(db_file), "--json"], data_dir)
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert isinstance(payload, list)
    assert len(payload) == 1
    assert {"id", "title", "host"} <= set(payload[0])
    assert payload[0]["id"] == 1
    assert payload[0]["title"].startswith(SAMPLE_TITLE_START)
    assert payload[0]["host"] == "Comune di Monza"


def test_process_folder_as_database_fails_on_one_line_without_traceback(
    tmp_path: Path, data_dir: Path
) -> None:
    folder = tmp_path / "una cartella"
    folder.mkdir()
    result = run_process(["practices", "--db", str(folder)], data_dir)
    assert result.returncode == 1
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert "cartella" in result.stderr


def test_process_help_exits_zero_and_lists_the_commands(data_dir: Path) -> None:
    result = run_process(["--help"], data_dir)
    assert result.returncode == 0
    assert "sample" in result.stdout
    assert "practices" in result.stdout


# --- in-process ----------------------------------------------------------------------------------


def test_sample_creates_the_file_and_prints_the_id_first(
    db_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = run_ok(["sample", "--db", str(db_file)], capsys)
    assert out.splitlines()[0] == "1"
    assert db_file.is_file()


def test_db_option_works_before_the_command_too(
    db_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run_ok(["--db", str(db_file), "sample"], capsys)
    out = run_ok(["--db", str(db_file), "practices", "--json"], capsys)
    assert [p["id"] for p in json.loads(out)] == [1]


def test_without_db_the_data_folder_is_used(
    isolated_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run_ok(["sample"], capsys)
    assert (isolated_data_dir / "exchange-desktop.sqlite").is_file()
    assert json.loads(run_ok(["practices", "--json"], capsys))[0]["id"] == 1


def test_practices_text_lists_id_title_with_accents_and_host(
    db_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run_ok(["sample", "--db", str(db_file)], capsys)
    out = run_ok(["practices", "--db", str(db_file)], capsys)
    (line,) = out.splitlines()
    practice_id, title, host = line.split("\t")
    assert practice_id == "1"
    assert title.startswith(SAMPLE_TITLE_START)
    assert "progettualità" in title
    assert host == "Comune di Monza"


def test_practices_json_is_an_empty_array_for_an_empty_database(
    db_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    open_database(db_file).close()
    assert json.loads(run_ok(["practices", "--db", str(db_file), "--json"], capsys)) == []


def test_practices_json_keeps_accents_unescaped(
    db_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run_ok(["sample", "--db", str(db_file)], capsys)
    out = run_ok(["practices", "--db", str(db_file), "--json"], capsys)
    assert "progettualità" in out
    (entry,) = json.loads(out)
    assert set(entry) == {"id", "title", "host", "updated_at"}


def test_help_exits_zero_and_mentions_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--help"]) == 0
    out = capsys.readouterr().out
    assert "sample" in out
    assert "practices" in out


def test_version_prints_the_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--version"]) == 0
    assert __version__ in capsys.readouterr().out


@pytest.mark.parametrize(
    "argv",
    [["bogus"], ["practices", "--bogus"], ["sample", "extra"], ["--db"]],
    ids=["unknown-command", "unknown-option", "extra-argument", "db-without-file"],
)
def test_wrong_usage_exits_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert run(argv) == 2
    captured = capsys.readouterr()
    assert "(vedere --help)" in captured.err
    assert captured.out == ""


def test_folder_as_database_exits_1_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["practices", "--db", str(tmp_path)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert len(captured.err.strip().splitlines()) == 1
    assert "Traceback" not in captured.err


def test_not_a_database_exits_1_and_leaves_the_file_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "documenti" / "appunti.sqlite"
    path.parent.mkdir()
    content = "Appunti della riunione: città, perché, più.\n".encode() * 40
    path.write_bytes(content)
    assert run(["practices", "--db", str(path)]) == 1
    captured = capsys.readouterr()
    assert len(captured.err.strip().splitlines()) == 1
    assert "appunti.sqlite" in captured.err
    assert "Traceback" not in captured.err
    assert path.read_bytes() == content
    assert sorted(p.name for p in path.parent.iterdir()) == ["appunti.sqlite"]


def test_sample_into_a_newer_database_exits_1_and_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlite3

    path = tmp_path / "nuovo.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
    connection.execute("INSERT INTO alembic_version VALUES ('9999')")
    connection.commit()
    connection.close()
    content = path.read_bytes()
    assert run(["sample", "--db", str(path)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "più recente" in captured.err
    assert len(captured.err.strip().splitlines()) == 1
    assert path.read_bytes() == content


def test_unexpected_error_is_one_line_and_logged(
    db_file: Path,
    isolated_data_dir: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import exchange_desktop.services.practices.catalogue as practices_service

    def explode(_db: object) -> list[object]:
        raise RuntimeError("guasto simulato")

    monkeypatch.setattr(practices_service, "list_practices", explode)
    open_database(db_file).close()
    assert run(["practices", "--db", str(db_file)]) == 1
    captured = capsys.readouterr()
    assert len(captured.err.strip().splitlines()) == 1
    assert "guasto simulato" in captured.err
    assert "Traceback" not in captured.err
    for handler in logging.getLogger().handlers:
        if isinstance(handler, RotatingFileHandler):
            handler.flush()
    log_text = (isolated_data_dir / "logs" / "exchange-desktop.log").read_text(encoding="utf-8")
    assert "Traceback" in log_text
    assert "guasto simulato" in log_text


def test_practices_on_a_missing_file_creates_nothing(
    db_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["practices", "--db", str(db_file)]) == 1
    assert "non esiste" in capsys.readouterr().err
    assert not db_file.exists()
