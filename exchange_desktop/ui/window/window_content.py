"""The main window's second phase: the four tabs, the document and backup actions, the
entries of the menus, built once a database is attached.

This module imports the services (hence SQLAlchemy), the tab modules and the exports; the
main window imports it only when it attaches a database (``main_window._content``), so that
its frame is painted before any of them loads.  The practice operations of the window reach
the services through the names re-exported here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QStackedWidget

from exchange_desktop.domain.changes import Area
from exchange_desktop.domain.practice import Practice
from exchange_desktop.formatting import join_alternatives
from exchange_desktop.services import practices
from exchange_desktop.services.sample import load_sample
from exchange_desktop.storage.database import Database
from exchange_desktop.ui.documents.day_exports import DayExports
from exchange_desktop.ui.documents.export_actions import DocumentExports
from exchange_desktop.ui.practice.practice_list import PracticeListPanel
from exchange_desktop.ui.practice.practice_tab import PracticeTab
from exchange_desktop.ui.programme.programme_tab import ProgrammeTab
from exchange_desktop.ui.roster.roster_tab import RosterTab
from exchange_desktop.ui.schedule.schedule_tab import ScheduleTab
from exchange_desktop.ui.widgets.dialogs import confirm, show_error
from exchange_desktop.ui.widgets.empty_state import EmptyState
from exchange_desktop.ui.widgets.scrolling_tabs import ScrollingTabs
from exchange_desktop.ui.widgets.stale_tabs import StaleTabs
from exchange_desktop.ui.window.about import show_about_box
from exchange_desktop.ui.window.backup_actions import BackupActions
from exchange_desktop.ui.window.preferences_dialog import preferences_action
from exchange_desktop.ui.window.server_connection import ServerConnection
from exchange_desktop.ui.window.window_keys import build_keyboard_menus

if TYPE_CHECKING:
    from exchange_desktop.ui.window.main_window import MainWindow

__all__ = [
    "Practice",
    "build",
    "confirm",
    "join_alternatives",
    "load_sample",
    "practices",
    "show_about_box",
    "show_error",
]


def build(window: MainWindow, db: Database, settings: QSettings) -> None:
    """Give ``window`` its tabs, actions and menu entries on ``db``, wired together."""
    _build_tabs(window, db)
    _build_actions(window, db, settings)
    _fill_menus(window, settings)
    _connect(window, db)


def _build_tabs(window: MainWindow, db: Database) -> None:
    window.practice_list = PracticeListPanel()
    window.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    window.tabs = ScrollingTabs()
    window.tabs.setObjectName("mainTabs")
    window.practice_tab = PracticeTab(db, window.practice_undo)
    window.tabs.addTab(window.practice_tab, QCoreApplication.translate("MainWindow", "P&ratica"))
    window.programme_tab = ProgrammeTab(db, window.programme_undo)
    window.tabs.addTab(window.programme_tab, QCoreApplication.translate("MainWindow", "Pro&gramma"))
    window.schedule_tab = ScheduleTab(db, window.schedule_undo)
    window.tabs.addTab(window.schedule_tab, QCoreApplication.translate("MainWindow", "&Date"))
    window.roster_tab = RosterTab(db)
    window.tabs.addTab(window.roster_tab, QCoreApplication.translate("MainWindow", "Parteci&panti"))
    window._forms = (window.practice_tab.form, window.programme_tab.form, window.schedule_tab.form)
    window.empty_state = EmptyState()
    window.empty_state.new_requested.connect(window.new_practice)
    window.empty_state.sample_requested.connect(window.new_practice_from_sample)
    window.pages = QStackedWidget()
    window.pages.addWidget(window.empty_state)
    window.pages.addWidget(window.tabs)
    for index, widget in enumerate((window.practice_list, window.pages)):
        window.splitter.replaceWidget(index, widget).deleteLater()  # the frame's placeholders
        window.splitter.setStretchFactor(index, index)
    # Lay the tabs out now, before the export buttons join them, as when the window was
    # built in one go: a window remembered narrower than all the buttons keeps its size.
    window.layout().activate()


def _build_actions(window: MainWindow, db: Database, settings: QSettings) -> None:
    window.exports = DocumentExports(
        db,
        settings,
        window.practice_list.current_id,
        window.schedule_tab.current_session_id,
        window.flush_edits,
        window,
    )
    window.programme_tab.add_export_actions(
        [window.exports.card_action, window.exports.programme_action]
    )
    window.schedule_tab.add_export_actions([window.exports.calendar_action])
    window.day_exports = DayExports(
        db,
        settings,
        window.exports,
        window.practice_list.current_id,
        window.roster_tab.session_for_export,
        window,
    )
    window.roster_tab.add_export_actions(window.day_exports.actions)
    window.data_actions = BackupActions(
        db, settings, window.flush_edits, window.may_leave_edits, window.data_replaced, window
    )
    window.practice_tab.add_export_actions([window.exports.card_action])
    window.server_actions = ServerConnection(db, settings, window)


def _fill_menus(window: MainWindow, settings: QSettings) -> None:
    """The menus exist since the frame (their titles paint at once); here they get entries.

    The texts keep the window's translation context, "MainWindow", where they always were.
    """
    window.build_undo_actions()
    file_menu = window.file_menu
    file_menu.addAction(
        window._action(
            QCoreApplication.translate("MainWindow", "&Nuova pratica"),
            window.new_practice,
            QKeySequence.StandardKey.New,
            "newPracticeAction",
        )
    )
    file_menu.addAction(
        window._action(
            QCoreApplication.translate("MainWindow", "Nuova pratica dall'&esempio"),
            window.new_practice_from_sample,
            None,
            "sampleAction",
        )
    )
    window.duplicate_action = window._action(
        QCoreApplication.translate("MainWindow", "D&uplica pratica"),
        window.duplicate_practice,
        None,
        "duplicatePracticeAction",
    )
    window.delete_action = window._action(
        QCoreApplication.translate("MainWindow", "E&limina pratica…"),
        window.delete_practice,
        None,
        "deletePracticeAction",
    )
    file_menu.addAction(window.duplicate_action)
    file_menu.addAction(window.delete_action)
    file_menu.addSeparator()
    file_menu.addActions(window.data_actions.actions)
    file_menu.addSeparator()
    file_menu.addActions(window.server_actions.actions)
    file_menu.addSeparator()
    file_menu.addAction(preferences_action(window, settings))
    file_menu.addSeparator()
    file_menu.addAction(
        window._action(
            QCoreApplication.translate("MainWindow", "&Esci"),
            window.close,
            QKeySequence.StandardKey.Quit,
            "quitAction",
        )
    )
    for export in window.exports.actions:
        window.export_menu.addAction(export)
    window.export_menu.addSeparator()
    for export in window.day_exports.menu_actions:
        window.export_menu.addAction(export)
    build_keyboard_menus(window)
    window.help_menu.addAction(
        window._action(
            QCoreApplication.translate("MainWindow", "&Informazioni su Exchange Desktop"),
            window.show_about,
            None,
            "aboutAction",
        )
    )


def _watch_changes(window: MainWindow, db: Database) -> None:
    """What each tab shows of what others edit: read again when it changed (and is seen)."""
    stale = StaleTabs(db.changes, window.tabs)
    stale.setObjectName("staleTabs")
    shown = window.practice_list.current_id
    # the dates summary of the scheda
    stale.watch(window.practice_tab, [Area.SESSIONS], window.practice_tab.refresh_dates, shown)
    # seats taken, the Enti and their answers, the sittings the programme's breaks cut
    stale.watch(
        window.schedule_tab,
        [Area.PROGRAMME, Area.REGISTRATIONS, Area.PARTICIPANTS, Area.ORGANISATIONS],
        window.schedule_tab.reload,
        shown,
    )
    # planned hours (programme, duration, sittings), the sessions, roles and Enti
    stale.watch(
        window.roster_tab,
        [Area.PRACTICE, Area.PROGRAMME, Area.SESSIONS, Area.ORGANISATIONS],
        lambda: window.roster_tab.show_practice(window.roster_tab.practice_id),
        shown,
    )
    window.stale_tabs = stale


def _connect(window: MainWindow, db: Database) -> None:
    window.practice_list.practice_selected.connect(window._practice_selected)
    window.practice_list.new_requested.connect(window.new_practice)
    window.practice_list.duplicate_requested.connect(window.duplicate_practice)
    window.practice_list.delete_requested.connect(window.delete_practice)
    window.practice_tab.save_state_changed.connect(window._show_save_state)
    window.programme_tab.save_state_changed.connect(window._show_save_state)
    window.schedule_tab.save_state_changed.connect(window._show_save_state)
    _watch_changes(window, db)
    window.tabs.currentChanged.connect(window._tab_changed)
    window.practice_tab.practice_changed.connect(window._practice_edited)
