"""The ``backup`` and ``restore`` commands and the damaged-database hint, as real processes."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from cli_helpers import run_process

from exchange_desktop.services.backup import backups
from exchange_desktop.services.practices.catalogue import create_practice, list_practices
from exchange_desktop.services.practices.sample import load_sample
from exchange_desktop.storage.database import open_database


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "dati processo"


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    """A closed database with the sample practice."""
    path = tmp_path / "Scambi con spazi" / "archivio è.sqlite"
    database = open_database(path)
    load_sample(database)
    database.close()
    return path


def practice_count(path: Path) -> int:
    database = open_database(path)
    try:
        return len(list_practices(database))
    finally:
        database.close()


def one_line_error(result: object) -> str:
    assert result.returncode == 1, result.stderr  # type: ignore[attr-defined]
    lines = result.stderr.strip().splitlines()  # type: ignore[attr-defined]
    assert len(lines) == 1, result.stderr  # type: ignore[attr-defined]
    assert "Traceback" not in lines[0]
    return lines[0]


def test_backup_then_restore_replaces_the_data(
    db_file: Path, data_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "copia di oggi.sqlite"
    made = run_process(["backup", "--db", str(db_file), str(out)], data_dir)
    assert (made.returncode, made.stderr) == (0, "")
    assert str(out) in made.stdout
    database = open_database(db_file)
    create_practice(database)
    database.close()
    assert practice_count(db_file) == 2

    restored = run_process(["restore", "--db", str(db_file), str(out)], data_dir)

    assert (restored.returncode, restored.stderr) == (0, "")
    assert practice_count(db_file) == 1
    safety = next((db_file.parent / "backups").glob("*-prima-ripristino-*.sqlite"))
    assert str(safety) in restored.stdout
    assert "pratiche: 1" in restored.stdout
    assert practice_count(safety) == 2
    assert sorted(p.name for p in db_file.parent.iterdir()) == ["archivio è.sqlite", "backups"]


@pytest.mark.slow
def test_backup_refusals_are_one_line_with_exit_1(
    db_file: Path, data_dir: Path, tmp_path: Path
) -> None:
    folder = run_process(["backup", "--db", str(db_file), str(tmp_path)], data_dir)
    assert "cartella" in one_line_error(folder)
    missing_folder = tmp_path / "non esiste" / "copia.sqlite"
    no_folder = run_process(["backup", "--db", str(db_file), str(missing_folder)], data_dir)
    assert "non esiste" in one_line_error(no_folder)
    no_db = run_process(
        ["backup", "--db", str(tmp_path / "manca.sqlite"), str(tmp_path / "c.sqlite")], data_dir
    )
    assert "manca.sqlite" in one_line_error(no_db)
    assert not (tmp_path / "c.sqlite").exists()
    assert not (tmp_path / "manca.sqlite").exists()


@pytest.mark.slow
def test_restore_of_a_bad_backup_leaves_the_database_byte_identical(
    db_file: Path, data_dir: Path, tmp_path: Path
) -> None:
    before = digest(db_file)
    newer = tmp_path / "dal futuro.sqlite"
    connection = sqlite3.connect(newer)
    connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
    connection.execute("INSERT INTO alembic_version VALUES ('9999')")
    connection.commit()
    connection.close()
    damaged = tmp_path / "rovinato.sqlite"
    shutil.copyfile(db_file, damaged)
    damaged.write_bytes(damaged.read_bytes()[:20000])

    too_new = run_process(["restore", "--db", str(db_file), str(newer)], data_dir)
    assert "più recente" in one_line_error(too_new)
    broken = run_process(["restore", "--db", str(db_file), str(damaged)], data_dir)
    assert "danneggiato" in one_line_error(broken)
    missing = run_process(["restore", "--db", str(db_file), str(tmp_path / "x.sqlite")], data_dir)
    assert "non esiste" in one_line_error(missing)

    assert digest(db_file) == before
    assert sorted(p.name for p in db_file.parent.iterdir()) == ["archivio è.sqlite"]


@pytest.mark.slow
def test_damaged_database_names_the_latest_backup_and_the_command_that_restores_it(
    db_file: Path, data_dir: Path
) -> None:
    opened = open_database(db_file)
    latest = backups.daily_backup(opened, today=date(2026, 11, 24))
    opened.close()
    assert latest is not None
    db_file.write_bytes(db_file.read_bytes()[: len(db_file.read_bytes()) // 2])
    damaged = digest(db_file)

    refused = run_process(["practices", "--db", str(db_file)], data_dir)

    message = one_line_error(refused)
    assert "danneggiato" in message
    assert str(latest) in message
    assert f'restore --db "{db_file}" "{latest}"' in message
    assert digest(db_file) == damaged
    assert sorted(p.name for p in db_file.parent.iterdir()) == ["archivio è.sqlite", "backups"]

    restored = run_process(["restore", "--db", str(db_file), str(latest)], data_dir)
    assert (restored.returncode, restored.stderr) == (0, "")
    assert "danneggiato" in restored.stdout
    assert practice_count(db_file) == 1
    kept = next((db_file.parent / "backups").glob("*-danneggiato-*"))
    assert digest(kept) == damaged
