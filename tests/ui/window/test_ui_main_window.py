"""The main window as the clerk meets it: tabs, menus, practice list, empty database."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QListView, QMessageBox, QPlainTextEdit, QTabWidget
from ui_helpers import child, make_window, run_action

from exchange_desktop import __version__
from exchange_desktop.services.practices import catalogue as practice_service
from exchange_desktop.services.practices.sample import load_sample
from exchange_desktop.storage.database import Database


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


def test_four_italian_tabs_with_stable_names(qtbot, db: Database, settings_file: Path) -> None:
    load_sample(db)
    window = make_window(qtbot, db, settings_file)
    assert window.objectName() == "mainWindow"
    tabs = child(window, "mainTabs")
    assert isinstance(tabs, QTabWidget)
    names = [tabs.widget(i).objectName() for i in range(tabs.count())]
    assert names == ["practiceTab", "programmeTab", "scheduleTab", "rosterTab"]
    titles = [tabs.tabText(i).replace("&", "") for i in range(tabs.count())]
    assert titles == ["Pratica", "Programma", "Date", "Partecipanti"]


def test_menus_are_italian_with_mnemonics(qtbot, db: Database, settings_file: Path) -> None:
    window = make_window(qtbot, db, settings_file)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&File", "&Modifica", "A&zioni", "&Esporta", "&Aiuto"]


def test_status_bar_shows_database_path(qtbot, db: Database, settings_file: Path) -> None:
    window = make_window(qtbot, db, settings_file)
    label = child(window, "databasePathLabel")
    assert isinstance(label, QLabel)
    assert str(db.path) in label.text()


def test_sample_shown_in_practice_tab(qtbot, db: Database, settings_file: Path) -> None:
    load_sample(db)
    window = make_window(qtbot, db, settings_file)
    title = child(window, "titleEdit")
    assert isinstance(title, QPlainTextEdit)
    assert title.toPlainText().startswith("Patti di Cittadinanza")
    dates = child(window, "datesSummary")
    assert isinstance(dates, QLabel)
    assert "lunedì 20 aprile 2026 o lunedì 27 aprile 2026" in dates.text()
    assert child(window, "max_participantsEdit").value() == 10


def test_empty_database_offers_the_sample(
    qtbot, db: Database, settings_file: Path, monkeypatch
) -> None:
    window = make_window(qtbot, db, settings_file)
    assert window.pages.currentWidget().objectName() == "emptyState"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.offer_sample_if_empty()
    assert practice_service.count_practices(db) == 1
    assert window.pages.currentWidget() is window.tabs
    assert child(window, "host_comuneEdit").text() == "Comune di Monza"


def test_the_sample_question_has_yes_as_default_button(
    qtbot, db: Database, settings_file: Path, monkeypatch
) -> None:
    """Enter on the first start's question loads the sample (an offer, not a risk)."""
    asked: list[tuple] = []

    def question(*args, **_kwargs):
        asked.append(args)
        return QMessageBox.StandardButton.No

    window = make_window(qtbot, db, settings_file)
    monkeypatch.setattr(QMessageBox, "question", question)
    window.offer_sample_if_empty()
    ((_parent, _title, _text, buttons, default),) = asked
    assert buttons == QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    assert default == QMessageBox.StandardButton.Yes


def test_other_questions_keep_no_as_default_button(monkeypatch) -> None:
    from exchange_desktop.ui.widgets.dialogs import confirm

    asked: list[tuple] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a: asked.append(a) or QMessageBox.StandardButton.No
    )
    assert not confirm(None, "Elimina", "Eliminare?")
    assert asked[0][4] == QMessageBox.StandardButton.No


def test_declining_the_sample_leaves_database_empty(
    qtbot, db: Database, settings_file: Path, monkeypatch
) -> None:
    window = make_window(qtbot, db, settings_file)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    window.offer_sample_if_empty()
    assert practice_service.count_practices(db) == 0


def test_new_duplicate_delete_practice(
    qtbot, db: Database, settings_file: Path, monkeypatch
) -> None:
    sample = load_sample(db)
    window = make_window(qtbot, db, settings_file)
    child(window, "duplicatePracticeButton").click()
    titles = [p.title for p in practice_service.list_practices(db)]
    assert titles.count(sample.title + " (copia)") == 1
    child(window, "newPracticeButton").click()
    assert child(window, "titleEdit").toPlainText() == "Nuova pratica"
    view = child(window, "practiceList")
    assert isinstance(view, QListView)
    assert view.model().rowCount() == 3

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    child(window, "deletePracticeButton").click()
    assert practice_service.count_practices(db) == 3

    asked: list[str] = []

    def yes(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    child(window, "deletePracticeButton").click()
    assert practice_service.count_practices(db) == 2
    assert "Nuova pratica" in asked[0]
    assert view.model().rowCount() == 2


def test_deleting_the_sample_mentions_its_session(
    qtbot, db: Database, settings_file: Path, monkeypatch
) -> None:
    load_sample(db)
    window = make_window(qtbot, db, settings_file)
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _p, _t, text, *_a: asked.append(text) or QMessageBox.StandardButton.No,
    )
    window.delete_practice()
    assert "il programma e 1 sessione." in asked[0]
    assert practice_service.count_practices(db) == 1


def test_window_geometry_is_remembered(qtbot, db: Database, settings_file: Path) -> None:
    window = make_window(qtbot, db, settings_file)
    window.resize(770, 700)
    window.close()
    again = make_window(qtbot, db, settings_file)
    assert (again.width(), again.height()) == (770, 700)


def test_last_practice_is_selected_again(qtbot, db: Database, settings_file: Path) -> None:
    first = load_sample(db)
    load_sample(db)
    window = make_window(qtbot, db, settings_file)
    view = child(window, "practiceList")
    view.setCurrentIndex(view.model().index(view.model().row_of(first.id)))
    window.close()
    again = make_window(qtbot, db, settings_file)
    assert again.practice_tab.practice_id == first.id


def test_about_box_shows_version(qtbot, db: Database, settings_file: Path, monkeypatch) -> None:
    window = make_window(qtbot, db, settings_file)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _p, _t, text: shown.append(text))
    run_action(window, "aboutAction")
    assert __version__ in shown[0]


def test_a_message_is_never_drawn_over_the_database_label(qtbot, db, tmp_path) -> None:
    """A widget joining the status bar while a message shows (the Da inviare button at
    start) made Qt show the label again under the message."""
    from PySide6.QtWidgets import QToolButton

    window = make_window(qtbot, db, tmp_path / "s.ini")
    bar = window.statusBar()
    bar.showMessage("Ci sono messaggi da inviare: Partecipanti → Da inviare.", 5000)
    bar.addPermanentWidget(QToolButton(bar))
    assert not window.db_label.isVisible()
    bar.clearMessage()
    assert window.db_label.isVisible()
