"""Copies of the data file made outside the program: the main file alone holds all the work
once checkpointed, and a main file and a -wal file copied at different moments are refused
as damaged (untouched, the latest backup offered) instead of opening with rows that point
at nothing."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from exchange_desktop.domain.roster import Participant
from exchange_desktop.services import roster as roster_service
from exchange_desktop.services.practices.sample import load_sample
from exchange_desktop.storage.database import Database, open_database
from exchange_desktop.storage.db_files import UnreadableDatabaseError
from exchange_desktop.storage.models import AttendanceRow, ParticipantRow, SessionRow
from exchange_desktop.storage.sqlite.backups import latest_backup


def _people(path: Path) -> int:
    db = open_database(path)
    try:
        with db.read() as orm:
            return orm.scalar(select(func.count()).select_from(ParticipantRow)) or 0
    finally:
        db.close()


def _register(db: Database, surname: str) -> int:
    with db.read() as orm:
        session_id = orm.scalar(select(SessionRow.id))
    assert session_id is not None
    outcome = roster_service.register(
        db, session_id, Participant(surname=surname, name="Anna", email=f"{surname}@x.it")
    )
    return outcome.row.registration_id


def _copy_main_only(path: Path, folder: Path) -> Path:
    """What Explorer copies when the clerk picks the one file they know."""
    folder.mkdir()
    return Path(shutil.copy2(path, folder / path.name))


def test_a_checkpoint_puts_the_saved_work_in_the_main_file(db_path: Path, tmp_path: Path) -> None:
    db = open_database(db_path)
    try:
        load_sample(db)
        db.checkpoint()
        _register(db, "Rossi")
        assert db_path.with_name(db_path.name + "-wal").stat().st_size > 0
        before = _copy_main_only(db_path, tmp_path / "prima")
        assert db.checkpoint() is True
        after = _copy_main_only(db_path, tmp_path / "dopo")
    finally:
        db.close()
    assert _people(before) == 0  # the registration was only in the -wal
    assert _people(after) == 1


def test_main_and_wal_copied_at_different_moments_are_refused_untouched(
    db_path: Path, tmp_path: Path
) -> None:
    db = open_database(db_path)  # open, as the window is, while the clerk copies
    load_sample(db)
    db.daily_backup(date(2026, 3, 1))
    db.checkpoint()
    early = _copy_main_only(db_path, tmp_path / "copia")  # the main file, copied first
    registration = _register(db, "Rossi")
    db.checkpoint()  # the registration reaches the main file (not the early copy)
    with db.transaction() as orm:  # then attendance, in the -wal only
        orm.add(AttendanceRow(registration_id=registration, day=date(2026, 4, 20)))
    shutil.copy2(db_path.with_name(db_path.name + "-wal"), early.with_name(early.name + "-wal"))
    copies = [early, early.with_name(early.name + "-wal")]
    shutil.copytree(db_path.parent / "backups", early.parent / "backups")
    before = [path.read_bytes() for path in copies]
    with pytest.raises(UnreadableDatabaseError, match="danneggiato"):
        open_database(early)
    assert [path.read_bytes() for path in copies] == before
    assert latest_backup(early) is not None  # what the window offers for a damaged file
    db.close()
    assert _people(db_path) == 1  # the original was never at fault


def test_a_wal_of_another_page_size_is_a_mismatch(db_path: Path, tmp_path: Path) -> None:
    db = open_database(db_path)
    try:
        load_sample(db)
    finally:
        db.close()
    wal = db_path.with_name(db_path.name + "-wal")
    header = bytearray(32)
    header[0:4] = (0x377F0682).to_bytes(4, "big")
    header[8:12] = (1024).to_bytes(4, "big")  # the file's pages are 4096 bytes
    wal.write_bytes(bytes(header) + b"\0" * 1048)
    with pytest.raises(UnreadableDatabaseError):
        open_database(db_path)
    assert wal.read_bytes()[:32] == bytes(header)
