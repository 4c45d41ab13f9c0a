"""The keyboard alone: every tab reached, every action of every tab reached and triggered."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from day_helpers import ente, sign_up
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QTableView, QToolButton
from ui_helpers import child, make_window

from exchange_desktop.services.practices import programme as programme_service
from exchange_desktop.services.practices.sample import load_sample
from exchange_desktop.services.scheduling import sessions as scheduling
from exchange_desktop.storage.database import Database
from exchange_desktop.ui.window.main_window import MainWindow

TAB_TABLES = {1: "programmeTable", 2: "scheduleTable", 3: "rosterTable"}


@pytest.fixture
def window(qtbot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    practice = load_sample(db)
    (summary,) = scheduling.session_summaries(db, practice.id)
    session_id = summary.session.id
    scheduling.confirm_date(db, session_id, date(2026, 4, 20))
    sign_up(
        db, session_id, [("Rossi", "Maria"), ("Bianchi", "Luca")], ente(db, "Comune di Lissone")
    )
    main = make_window(qtbot, db, tmp_path / "settings.ini")
    main.resize(1093, 574)  # the laptop at 125 %
    return main


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Each dialog an action opens, by title; closed at once without effect."""
    opened: list[str] = []

    def record(title: str, answer: object) -> object:
        opened.append(title)
        return answer

    no = QMessageBox.StandardButton.No
    monkeypatch.setattr(QDialog, "exec", lambda d: record(d.windowTitle(), 0))
    monkeypatch.setattr(QMessageBox, "exec", lambda d: record(d.windowTitle(), 0))
    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda _p, title, *_a, **_k: record(title, no))
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: record("file", ("", "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: record("file", ("", "")))
    return opened


def _focus(window: MainWindow) -> object:
    return QApplication.focusWidget()


def test_ctrl_tab_and_ctrl_page_keys_change_tab_even_from_a_table(qtbot, window) -> None:
    window.tabs.setCurrentIndex(3)
    table = child(window, "rosterTable")
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 0
    qtbot.keyClick(_focus(window), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 1
    programme = child(window, "programmeTable")
    programme.setFocus()
    qtbot.keyClick(programme, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 0
    title = child(window, "titleEdit")
    title.setFocus()
    qtbot.keyClick(title, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 3
    qtbot.keyClick(
        _focus(window),
        Qt.Key.Key_Backtab,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.tabs.currentIndex() == 2


def _bar_buttons(window: MainWindow) -> dict[QAction, QToolButton]:
    bar = window.tabs.currentWidget().action_bar
    return {a: bar.widgetForAction(a) for a in bar.actions()}


def test_every_action_of_every_tab_is_reached_and_triggered_with_tab_and_space(
    qtbot, window, dialogs
) -> None:
    for index, table_name in TAB_TABLES.items():
        qtbot.keyClick(
            _focus(window) or window, Qt.Key.Key_1 + index, Qt.KeyboardModifier.ControlModifier
        )
        assert window.tabs.currentIndex() == index
        table = child(window, table_name)
        table.setFocus()
        qtbot.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)  # a row
        buttons = _bar_buttons(window)
        triggered: list[str] = []
        for action in buttons:
            action.triggered.connect(
                lambda _c=False, a=action, t=triggered: t.append(a.objectName())
            )
        enabled = {a.objectName() for a in buttons if a.isEnabled()}
        for _press in range(300):
            focused = _focus(window)
            if isinstance(focused, QToolButton) and focused.defaultAction() in buttons:
                name = focused.defaultAction().objectName()
                if name not in triggered:
                    qtbot.keyClick(focused, Qt.Key.Key_Space)
                    QApplication.processEvents()
            if enabled <= set(triggered):
                break
            qtbot.keyClick(_focus(window) or window, Qt.Key.Key_Tab)
        missing = sorted(enabled - set(triggered))
        assert not missing, f"tab {window.tabs.tabText(index)}: not reached by Tab: {missing}"
    assert dialogs  # the actions that ask or open a dialog did so


def test_the_actions_menu_lists_the_tab_actions_with_their_keys(window) -> None:
    window.tabs.setCurrentIndex(1)
    texts = {a.objectName(): a.shortcut().toString() for a in window.actions_menu.actions()}
    assert texts["addTopicAction"] == "Ins"
    assert texts["addBreakAction"] == "Shift+Ins"
    assert texts["duplicateItemAction"] == "Ctrl+D"
    assert texts["deleteItemAction"] == "Del"
    assert texts["nextTabAction"] == "Ctrl+Tab"
    window.tabs.setCurrentIndex(2)
    names = [a.objectName() for a in window.actions_menu.actions()]
    assert "confirmDateAction" in names and "addTopicAction" not in names
    window.tabs.setCurrentIndex(0)
    assert not window.actions_menu.isEnabled()  # the Pratica tab has no actions of its own


def test_tables_offer_their_actions_in_the_context_menu(window) -> None:
    for index, table_name in TAB_TABLES.items():
        window.tabs.setCurrentIndex(index)
        table = child(window, table_name)
        assert table.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
        assert len(table.actions()) >= 3, table_name


def test_ins_adds_a_topic_and_ctrl_d_duplicates_it(qtbot, window, db) -> None:
    window.tabs.setCurrentIndex(1)
    table = child(window, "programmeTable")
    table.setFocus()
    before = len(programme_service.list_items(db, window.programme_tab.practice_id))
    qtbot.keyClick(table, Qt.Key.Key_Insert)
    assert len(programme_service.list_items(db, window.programme_tab.practice_id)) == before + 1
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(programme_service.list_items(db, window.programme_tab.practice_id)) == before + 2


def test_f2_edits_the_participant_and_ins_adds_one(qtbot, window, dialogs) -> None:
    window.tabs.setCurrentIndex(3)
    table: QTableView = child(window, "rosterTable")  # type: ignore[assignment]
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    qtbot.keyClick(table, Qt.Key.Key_Insert)
    assert len(dialogs) == 2


def test_ctrl_c_in_the_roster_copies_the_selected_rows_for_excel(qtbot, window) -> None:
    window.tabs.setCurrentIndex(3)
    table: QTableView = child(window, "rosterTable")  # type: ignore[assignment]
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QGuiApplication.clipboard().text().splitlines()
    assert "Cognome" in lines[0].split("\t")
    assert len(lines) == 2 and ("Bianchi" in lines[1] or "Rossi" in lines[1])


def test_modifica_has_cut_copy_paste_for_the_field_with_the_focus(qtbot, window) -> None:
    names = [a.objectName() for a in window.edit_menu.actions()]
    for name in ("cutAction", "copyAction", "pasteAction", "selectAllAction"):
        assert name in names
    title = child(window, "titleEdit")
    title.setFocus()
    title.selectAll()
    next(a for a in window.edit_menu.actions() if a.objectName() == "copyAction").trigger()
    assert QGuiApplication.clipboard().text() == title.toPlainText()
