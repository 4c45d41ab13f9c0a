"""A full disk while a backup is saved or restored: one sentence in the clerk's language,
never SQLite's English "database or disk is full", and the data as it was.

The disk is a real one that fills up: a small tmpfs mounted for the test (Linux, as root;
skipped elsewhere)."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_helpers import run_failing
from sqlalchemy import insert

from exchange_desktop.domain.errors import DomainError
from exchange_desktop.services.practices.sample import load_sample
from exchange_desktop.storage.database import open_database
from exchange_desktop.storage.models import ParticipantRow
from exchange_desktop.storage.sqlite.backups import restore_backup

ENGLISH = "database or disk is full"


def _mount(folder: Path, size: str) -> None:
    folder.mkdir()
    if os.name != "posix" or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("a small disk needs mount as root (Linux)")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"tmpfs cannot be mounted here: {done.stderr.decode().strip()}")


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "chiavetta"
    _mount(folder, "96k")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False)


def _big_database(path: Path) -> Path:
    """Some 600 KB: the sample and 4,000 people."""
    db = open_database(path)
    try:
        load_sample(db)
        with db.transaction() as orm:
            orm.execute(
                insert(ParticipantRow),
                [
                    {"surname": f"Cognome{n}", "name": "Anna", "email": f"anna{n}@comune.it"}
                    for n in range(4000)
                ],
            )
    finally:
        db.close()
    return path


def test_a_backup_onto_a_full_disk_says_so_in_italian(
    small_disk: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _big_database(db_path)
    err = run_failing(["backup", "--db", str(db_path), str(small_disk / "copia.sqlite")], capsys, 1)
    assert "il disco è pieno" in err
    assert ENGLISH not in err
    assert list(small_disk.iterdir()) == []  # nothing half-written left on the stick


def test_a_restore_onto_a_full_disk_says_so_and_leaves_the_data(
    tmp_path: Path, db_path: Path
) -> None:
    backup = _big_database(tmp_path / "backup.sqlite")
    disk = tmp_path / "dati"
    _mount(disk, "448k")
    try:
        db = open_database(disk / "exchange-desktop.sqlite")
        try:
            load_sample(db)
        finally:
            db.close()
        before = (disk / "exchange-desktop.sqlite").read_bytes()
        with pytest.raises(DomainError) as caught:
            restore_backup(disk / "exchange-desktop.sqlite", backup)
        text = str(caught.value)
        assert "il disco è pieno" in text and ENGLISH not in text
        assert (disk / "exchange-desktop.sqlite").read_bytes() == before
    finally:
        subprocess.run(["umount", str(disk)], check=False)
