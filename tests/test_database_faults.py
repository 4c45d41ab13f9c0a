"""The database file itself in an unwritable place or on a full disk: a clear message
(a :class:`DomainError`), the file intact, never a traceback."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, event
from ui_helpers import child, make_window

from exchange_desktop.domain.errors import DomainError
from exchange_desktop.services.practices import catalogue as practice_service
from exchange_desktop.services.practices.sample import load_sample
from exchange_desktop.storage.database import Database, SqliteDatabase, open_database
from exchange_desktop.storage.sqlite import file_database as database_module
from exchange_desktop.storage.sqlite.errors import DatabaseWriteError

DISK_FULL = "il disco è pieno"
LONG_TEXT = "Una descrizione lunga. " * 800  # 18 400 characters: new pages


def _limit_growth(engine: Engine, path: Path) -> None:
    """From now on the file cannot grow: SQLite answers SQLITE_FULL, as on a full disk."""
    with sqlite3.connect(path) as probe:
        pages = probe.execute("PRAGMA page_count").fetchone()[0]
    probe.close()

    @event.listens_for(engine, "connect")
    def _full(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")


def _integrity(path: Path) -> list[tuple[str]]:
    with sqlite3.connect(path) as connection:
        result = connection.execute("PRAGMA integrity_check").fetchall()
    connection.close()
    return result


@pytest.fixture
def practice_id(db: Database) -> int:
    return load_sample(db).id  # type: ignore[return-value]


def test_a_full_disk_during_a_commit_is_a_clear_message(db_path: Path, practice_id: int) -> None:
    full = open_database(db_path)
    _limit_growth(full.engine, db_path)
    try:
        before = practice_service.get_practice(full, practice_id).description
        with pytest.raises(DatabaseWriteError) as caught:
            practice_service.update_practice(full, practice_id, description=LONG_TEXT)
        assert DISK_FULL in str(caught.value) and str(db_path) in str(caught.value)
        assert practice_service.get_practice(full, practice_id).description == before
        # A small change still fits, then space is freed and the long text goes in.
        practice_service.update_practice(full, practice_id, office="Ufficio Europa")
    finally:
        full.close()
    assert _integrity(db_path) == [("ok",)]
    roomy = open_database(db_path)
    try:
        practice_service.update_practice(roomy, practice_id, description=LONG_TEXT)
        stored = practice_service.get_practice(roomy, practice_id)
        assert (stored.office, len(stored.description)) == ("Ufficio Europa", len(LONG_TEXT))
    finally:
        roomy.close()


def test_a_full_disk_in_the_form_is_shown_in_the_status_bar(
    qtbot, db_path: Path, practice_id: int, tmp_path: Path, no_unanswered_dialogs: list[str]
) -> None:
    full = open_database(db_path)
    _limit_growth(full.engine, db_path)
    try:
        window = make_window(qtbot, full, tmp_path / "settings.ini")
        child(window, "descriptionEdit").setPlainText(LONG_TEXT)
        assert window.practice_tab.form.flush() is False
        status = child(window, "saveStateLabel").text()
        assert status.startswith("Non salvato: Impossibile salvare nel database") and (
            DISK_FULL in status
        )
        assert window.practice_tab.form.has_pending_edits()  # kept on screen, not lost
        assert no_unanswered_dialogs == []
        window.practice_tab.form.discard_pending()
        window.close()
    finally:
        full.close()


def test_a_read_only_database_file_is_a_clear_message(db_path: Path, practice_id: int) -> None:
    """As a file whose folder or share is read-only for this user: readable, not writable."""
    uri = f"{db_path.resolve().as_uri()}?mode=ro"
    engine = create_engine("sqlite+pysqlite:///" + uri + "&uri=true")
    read_only = SqliteDatabase(db_path, engine)
    try:
        with pytest.raises(DatabaseWriteError, match="sola lettura"):
            practice_service.update_practice(read_only, practice_id, office="Ufficio B")
    finally:
        read_only.close()


def test_a_folder_that_cannot_be_created_is_a_clear_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refused(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(Path, "mkdir", refused)
    target = tmp_path / "Condivisa" / "archivio.sqlite"
    with pytest.raises(DomainError, match="sola lettura o non si hanno i permessi") as caught:
        open_database(target)
    assert str(target.parent) in str(caught.value)


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        (8, "attempt to write a readonly database", "sola lettura"),
        (14, "unable to open database file", "Controllare che la cartella sia raggiungibile"),
        (13, "database or disk is full", DISK_FULL),
    ],
)
def test_sqlite_refusals_while_opening_are_clear_messages(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, text: str, expected: str
) -> None:
    """What SQLite says in a read-only folder, an unreachable share, a full disk."""

    def refused(_path: Path) -> None:
        error = sqlite3.OperationalError(text)
        error.sqlite_errorcode = code  # type: ignore[attr-defined]
        raise error

    monkeypatch.setattr(database_module, "migrate_file", refused)
    with pytest.raises(DomainError, match=expected):
        open_database(db_path)


@pytest.mark.skipif(
    os.name == "nt" or os.geteuid() == 0, reason="POSIX permissions, not enforced for root"
)
def test_a_database_in_a_really_read_only_folder(db_path: Path) -> None:
    open_database(db_path).close()
    db_path.parent.chmod(0o555)
    try:
        with pytest.raises(DomainError):
            open_database(db_path)
    finally:
        db_path.parent.chmod(0o755)
