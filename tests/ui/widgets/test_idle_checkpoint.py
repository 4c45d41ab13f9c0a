"""A pause after a save brings the -wal into the main file: a copy of the main file alone,
made with Explorer while the window is open, then holds the work."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtWidgets import QWidget
from sqlalchemy import func, select

from exchange_desktop.services.practices.sample import load_sample
from exchange_desktop.storage.database import open_database
from exchange_desktop.storage.models import PracticeRow
from exchange_desktop.ui.widgets.idle_checkpoint import IDLE_MS, IdleCheckpoint


def _practices_in_main_file_alone(path: Path, folder: Path) -> int:
    folder.mkdir(exist_ok=True)
    copy = Path(shutil.copy2(path, folder / path.name))  # without its -wal
    db = open_database(copy)
    try:
        with db.read() as orm:
            return orm.scalar(select(func.count()).select_from(PracticeRow)) or 0
    finally:
        db.close()
        copy.unlink()


def test_the_main_file_holds_the_work_after_a_pause(qtbot, db_path: Path, tmp_path: Path) -> None:
    assert IDLE_MS <= 10_000  # what the README promises: a copy 10 s later holds it all
    db = open_database(db_path)
    holder = QWidget()
    qtbot.addWidget(holder)
    checkpoint = IdleCheckpoint(db, holder, idle_ms=50)
    try:
        load_sample(db)
        qtbot.waitUntil(lambda: _practices_in_main_file_alone(db_path, tmp_path / "copia") == 1)
        assert db_path.with_name(db_path.name + "-wal").exists()  # the window still has it open
    finally:
        checkpoint.stop()
        db.close()
