"""A database on a network share is opened with the rollback journal, never in WAL mode."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from exchange_desktop.services.practices import catalogue as practice_service
from exchange_desktop.storage.database import open_database
from exchange_desktop.storage.sqlite import engine as database
from exchange_desktop.storage.sqlite import network_share

MOUNTS = """\
sysfs /sys sysfs rw,nosuid 0 0
/dev/sda1 / ext4 rw,relatime 0 0
//server/Ufficio\\040Scambi /mnt/ufficio cifs rw,vers=3.0 0 0
server:/export /mnt/nfs nfs4 rw 0 0
tmpfs /mnt/ufficio/locale tmpfs rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/home/niccolo/exchange.sqlite", "ext4"),
        ("/mnt/ufficio/Scambi 2026/exchange.sqlite", "cifs"),
        ("/mnt/ufficio", "cifs"),
        ("/mnt/ufficiosimile/x.sqlite", "ext4"),
        ("/mnt/nfs/a/b.sqlite", "nfs4"),
        ("/mnt/ufficio/locale/x.sqlite", "tmpfs"),
    ],
)
def test_the_mount_holding_a_path_is_the_longest_matching_one(path: str, expected: str) -> None:
    assert network_share.mount_type(Path(path), MOUNTS) == expected


def test_a_local_database_uses_wal(db_path: Path) -> None:
    db = open_database(db_path)
    db.close()
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_database_on_a_share_uses_the_rollback_journal_and_works(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_database(db_path).close()  # made on a local disk, in WAL mode
    monkeypatch.setattr(database, "is_network_path", lambda _path: True)
    db = open_database(db_path)
    try:
        practice_id = practice_service.create_practice(db).id
        with db.transaction() as session:
            mode = session.connection().exec_driver_sql("PRAGMA journal_mode").scalar()
        assert mode == "delete"
        assert [p.id for p in practice_service.list_practices(db)] == [practice_id]
    finally:
        db.close()
    assert not db_path.with_name(db_path.name + "-wal").exists()
