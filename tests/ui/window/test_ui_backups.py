"""File → Esegui backup / Ripristina da backup, and the start on a database that cannot be used."""

from __future__ import annotations

import hashlib
import logging
import shutil
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox
from ui_helpers import action, child, make_window, run_action, wait_for_tasks

from exchange_desktop.services.backup import backups
from exchange_desktop.services.practices.catalogue import create_practice, list_practices
from exchange_desktop.services.practices.sample import load_sample
from exchange_desktop.storage.database import Database, open_database
from exchange_desktop.ui.window.remembered_database import SETTINGS_DATABASE, startup_location
from exchange_desktop.ui.window.startup import make_daily_backup, open_startup_database


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def names_beside(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


def shown_titles(window: object) -> list[str]:
    model = child(window, "practiceList").model()  # type: ignore[arg-type]
    return sorted(model.index(row, 0).data() for row in range(model.rowCount()))


@pytest.fixture
def window(qtbot, db: Database, tmp_path: Path):
    load_sample(db)
    return make_window(qtbot, db, tmp_path / "settings.ini")


def test_backup_action_writes_the_chosen_file_with_the_data(
    qtbot, window, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    offered: list[str] = []

    def save_dialog(_parent, _title, suggested, _filter):
        offered.append(suggested)
        return str(tmp_path / "copia scelta"), ""

    told: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))

    action(window, "backupAction").trigger()
    assert not action(window, "restoreBackupAction").isEnabled()  # while the copy runs
    wait_for_tasks(qtbot, window)
    assert action(window, "restoreBackupAction").isEnabled()

    written = tmp_path / "copia scelta.sqlite"
    assert Path(offered[0]).name == f"Exchange Desktop backup {date.today().isoformat()}.sqlite"
    assert "copia scelta.sqlite" in told[0]
    copy = open_database(written)
    try:
        assert [p.title for p in list_practices(copy)] == [p.title for p in list_practices(db)]
    finally:
        copy.close()


def test_restore_action_replaces_the_data_and_names_the_safety_copy(
    qtbot, window, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup = backups.save_backup(db, tmp_path / "copia.sqlite")
    backups.daily_backup(db)
    create_practice(db)
    window.reload_practices()
    assert len(shown_titles(window)) == 2
    title_edit = child(window, "titleEdit")
    title_edit.setPlainText("Titolo cambiato dopo il backup")  # type: ignore[attr-defined]
    window.flush_edits()
    assert window.undo_action.isEnabled()
    opened_in: list[str] = []
    questions: list[str] = []
    told: list[str] = []

    def open_dialog(_parent, _title, folder, _filter):
        opened_in.append(folder)
        return str(backup), ""

    def question(_parent, _title, text, *_args):
        questions.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QFileDialog, "getOpenFileName", open_dialog)
    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))

    run_action(window, "restoreBackupAction")
    wait_for_tasks(qtbot, window)

    assert len(shown_titles(window)) == 1  # the window shows the restored data
    assert title_edit.toPlainText() == list_practices(db)[0].title  # type: ignore[attr-defined]
    assert not window.undo_action.isEnabled()  # no undoing edits of data that is gone
    assert len(list_practices(db)) == 1
    assert "pratiche: 1" in questions[0] and "copia di sicurezza" in questions[0]
    safety = next((db.path.parent / "backups").glob("*-prima-ripristino-*.sqlite"))
    assert safety.name in told[0]
    assert Path(opened_in[0]) == db.path.parent / "backups"
    saved = open_database(safety)
    try:
        assert len(list_practices(saved)) == 2
    finally:
        saved.close()
    window.new_practice()  # and the window keeps working on the same file
    assert len(list_practices(db)) == 2


def test_restore_of_a_bad_file_says_why_and_changes_nothing(
    window, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_unanswered_dialogs
) -> None:
    not_a_backup = tmp_path / "appunti.sqlite"
    not_a_backup.write_text("non sono un backup", encoding="utf-8")
    before = [p.title for p in list_practices(db)]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(not_a_backup), ""))

    run_action(window, "restoreBackupAction")

    assert no_unanswered_dialogs == ["Backup non utilizzabile"]
    assert [p.title for p in list_practices(db)] == before
    assert not (db.path.parent / "backups").exists()


def test_declined_restore_changes_nothing(
    window, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_unanswered_dialogs
) -> None:
    backup = backups.save_backup(db, tmp_path / "copia.sqlite")
    create_practice(db)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(backup), ""))
    run_action(window, "restoreBackupAction")  # the conftest answers "No"
    assert len(list_practices(db)) == 2

    # --- starting on a file that cannot be used --------------------------------------------------
    assert "Ripristina da backup" in no_unanswered_dialogs  # answered by the fixture


def _damage(path: Path, kind: str) -> None:
    if kind == "truncated":
        path.write_bytes(path.read_bytes()[:20000])
    elif kind == "zero bytes":  # a copy cut short: damaged, not a new database
        path.write_bytes(b"")
    elif kind == "not a database":
        path.write_text("non sono un database", encoding="utf-8")
    elif kind == "newer":
        connection = sqlite3.connect(path)
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
        connection.commit()
        connection.close()
    else:  # another program's database
        path.unlink()
        connection = sqlite3.connect(path)
        connection.execute("CREATE TABLE ricette (id INTEGER PRIMARY KEY)")
        connection.commit()
        connection.close()


@pytest.fixture
def damaged_with_backup(tmp_path: Path, request: pytest.FixtureRequest) -> tuple[Path, Path]:
    path = tmp_path / "Scambi" / "archivio.sqlite"
    database = open_database(path)
    load_sample(database)
    backup = backups.daily_backup(database, today=date(2026, 11, 24))
    database.close()
    assert backup is not None
    _damage(path, request.param)
    return path, backup


KINDS = ["truncated", "zero bytes", "not a database", "foreign"]


@pytest.mark.parametrize("damaged_with_backup", KINDS, indirect=True)
def test_unusable_database_offers_the_latest_backup_and_opens_a_copy_of_it(
    qapp, damaged_with_backup: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, backup = damaged_with_backup
    damaged, kept = digest(path), digest(backup)
    texts: list[str] = []

    def accept(box: QMessageBox) -> int:
        texts.append(box.text())
        assert box.defaultButton().objectName() == "openLatestBackupButton"
        return 0

    monkeypatch.setattr(QMessageBox, "exec", accept)
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda box: box.defaultButton())
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    now = datetime(2026, 11, 25, 8, 15)

    db = open_startup_database(path, settings, remember=True, now=now)

    assert db is not None
    try:
        assert db.path == path.with_name("archivio-da-backup-20261125-081500.sqlite")
        assert len(list_practices(db)) == 1
    finally:
        db.close()
    assert str(backup) in texts[0] and db.path.name in texts[0]
    assert digest(path) == damaged  # the unusable file is left exactly as it was
    assert digest(backup) == kept  # and so is the backup
    assert names_beside(path) == [
        "archivio-da-backup-20261125-081500.sqlite",
        "archivio.sqlite",
        "backups",
    ]
    assert startup_location(None, settings) == db.path  # opened again at the next start
    assert settings.value(SETTINGS_DATABASE) == str(db.path)
    assert startup_location(tmp_path / "altro.sqlite", settings) == tmp_path / "altro.sqlite"


@pytest.mark.parametrize("damaged_with_backup", ["newer"], indirect=True)
def test_a_newer_database_is_not_swapped_for_an_older_backup(
    qapp, damaged_with_backup: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A newer schema needs a newer program: working on last week's copy would hide the data."""
    path, _backup = damaged_with_backup
    newer = digest(path)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert open_startup_database(path, settings, remember=True) is None
    assert len(shown) == 1 and "versione più recente" in shown[0]
    assert digest(path) == newer
    assert settings.value(SETTINGS_DATABASE) is None


@pytest.mark.parametrize("damaged_with_backup", ["truncated"], indirect=True)
def test_declining_the_backup_leaves_everything_untouched(
    qapp, damaged_with_backup: tuple[Path, Path], tmp_path: Path, no_unanswered_dialogs
) -> None:
    path, _backup = damaged_with_backup
    damaged = digest(path)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert open_startup_database(path, settings, remember=True) is None  # conftest: not clicked
    assert no_unanswered_dialogs == ["Database non utilizzabile"]
    assert digest(path) == damaged
    assert names_beside(path) == ["archivio.sqlite", "backups"]
    assert settings.value(SETTINGS_DATABASE) is None


def test_unusable_database_without_backups_only_explains(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "appunti.sqlite"
    path.write_text("non sono un database", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert open_startup_database(path, settings, remember=True) is None
    assert "non è un database" in shown[0]
    assert names_beside(path) == ["appunti.sqlite"]


def test_old_backup_copy_is_migrated_when_opened(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "archivio.sqlite"
    path.write_text("rovinato", encoding="utf-8")
    folder = tmp_path / "backups"
    folder.mkdir()
    old = folder / "archivio-prima-aggiornamento-0001-20260101-120000.sqlite"
    shutil.copyfile(Path(__file__).resolve().parents[2] / "data" / "schema-0001.sqlite", old)
    kept = digest(old)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda box: box.defaultButton())
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    db = open_startup_database(path, settings, remember=False)
    assert db is not None
    try:
        assert len(list_practices(db)) == 1
    finally:
        db.close()
    assert digest(old) == kept
    assert settings.value(SETTINGS_DATABASE) is None  # --db was given: nothing remembered


def test_a_failed_daily_backup_is_logged_and_leaves_nothing_behind(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "archivio.sqlite"
    database = open_database(path)
    database.close()
    path.write_text("non sono un database", encoding="utf-8")  # damaged since it was opened
    with caplog.at_level(logging.WARNING):
        assert make_daily_backup(database, today=date(2026, 11, 25)) is None
    assert "daily backup" in caplog.text
    assert list((tmp_path / "backups").iterdir()) == []
    assert path.read_text(encoding="utf-8") == "non sono un database"


def test_the_daily_backup_at_start_is_made_once(db: Database) -> None:
    load_sample(db)
    first = make_daily_backup(db, today=date(2026, 11, 25))
    assert first is not None and first.exists()
    assert make_daily_backup(db, today=date(2026, 11, 25)) is None


def test_restore_on_a_server_says_what_it_replaces_and_who_is_connected(
    qtbot, server_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from exchange_desktop.ui.window import backup_actions

    db = open_database(server_url)
    colleague = open_database(server_url)  # another office's program, connected
    try:
        load_sample(db)
        assert list_practices(colleague)  # (its connection stays open in its pool)
        backup = backups.save_backup(db, tmp_path / "copia.sqlite")
        window = make_window(qtbot, db, tmp_path / "s.ini")
        asked: list[str] = []

        def decline(_parent: object, _title: str, text: str, **_options: object) -> bool:
            asked.append(text)
            return False

        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(backup), ""))
        monkeypatch.setattr(backup_actions, "confirm", decline)
        run_action(window, "restoreBackupAction")
        (question,) = asked
        assert "i dati di tutti gli uffici" in question
        assert "Sul server ora ci sono pratiche: 1, partecipanti: 0, iscrizioni: 0." in question
        assert "In questo momento sono collegati altri programmi: " in question
        assert len(list_practices(db)) == 1  # declined: nothing replaced
        window.close()
    finally:
        colleague.close()
        db.close()
