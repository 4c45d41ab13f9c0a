"""The main window's second phase: the workspace on a database — the four tabs, the
document and backup actions, the entries of the menus, and their wiring.

This module imports the services (hence SQLAlchemy), the tab modules and the exports; the
main window imports it only when it attaches a database (``main_window._content``), so that
its frame is painted before any of them loads.  The practice operations of the window reach
the services through the names re-exported here.  The workspace sees the window through
:class:`~exchange_desktop.ui.window.frame.WindowFrame` alone and sets none of its attributes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStackedWidget

from exchange_desktop.domain.changes import Area
from exchange_desktop.domain.practice import Practice
from exchange_desktop.formatting import join_alternatives
from exchange_desktop.services.practices import catalogue as practices
from exchange_desktop.services.practices.sample import load_sample
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
    from collections.abc import Callable

    from exchange_desktop.ui.widgets.autosave_form import AutosaveForm
    from exchange_desktop.ui.window.frame import WindowFrame

__all__ = [
    "Practice",
    "Workspace",
    "confirm",
    "join_alternatives",
    "load_sample",
    "practices",
    "show_about_box",
    "show_error",
]


class Workspace:
    """The tabs, the actions and the menu entries on ``db``, wired to ``frame``'s handlers.

    Built by the main window once its frame is painted: the practice list and the pages
    take the places of the frame's placeholders in its splitter, the actions fill its menus.
    """

    def __init__(self, frame: WindowFrame, db: Database, settings: QSettings) -> None:
        self._frame = frame
        self._window = frame.window()  # the parent of the actions and dialogs
        self._build_tabs(db)
        self._build_actions(db, settings)
        self._fill_menus(settings)
        self._connect(db)

    def show_practice_state(self, has_practice: bool) -> None:
        """The tabs or the empty state; the practice's actions enabled when there is one."""
        self.pages.setCurrentWidget(self.tabs if has_practice else self.empty_state)
        self.duplicate_action.setEnabled(has_practice)
        self.exports.set_enabled(has_practice)
        self.day_exports.set_enabled(has_practice)
        self.delete_action.setEnabled(has_practice)

    # -- building --------------------------------------------------------------------------
    def _build_tabs(self, db: Database) -> None:
        frame = self._frame
        self.practice_list = PracticeListPanel()
        frame.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tabs = ScrollingTabs()
        self.tabs.setObjectName("mainTabs")
        self.practice_tab = PracticeTab(db, frame.practice_undo)
        self.tabs.addTab(self.practice_tab, QCoreApplication.translate("MainWindow", "P&ratica"))
        self.programme_tab = ProgrammeTab(db, frame.programme_undo)
        self.tabs.addTab(self.programme_tab, QCoreApplication.translate("MainWindow", "Pro&gramma"))
        self.schedule_tab = ScheduleTab(db, frame.schedule_undo)
        self.tabs.addTab(self.schedule_tab, QCoreApplication.translate("MainWindow", "&Date"))
        self.roster_tab = RosterTab(db)
        self.tabs.addTab(self.roster_tab, QCoreApplication.translate("MainWindow", "Parteci&panti"))
        self.forms: tuple[AutosaveForm, ...] = (
            self.practice_tab.form,
            self.programme_tab.form,
            self.schedule_tab.form,
        )
        self.empty_state = EmptyState()
        self.empty_state.new_requested.connect(frame.new_practice)
        self.empty_state.sample_requested.connect(frame.new_practice_from_sample)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty_state)
        self.pages.addWidget(self.tabs)
        for index, widget in enumerate((self.practice_list, self.pages)):
            placeholder = frame.splitter.replaceWidget(index, widget)
            if placeholder is not None:
                placeholder.deleteLater()
            frame.splitter.setStretchFactor(index, index)
        # Lay the tabs out now, before the export buttons join them, as when the window was
        # built in one go: a window remembered narrower than all the buttons keeps its size.
        layout = self._window.layout()
        if layout is not None:
            layout.activate()

    def _build_actions(self, db: Database, settings: QSettings) -> None:
        frame = self._frame
        self.exports = DocumentExports(
            db,
            settings,
            self.practice_list.current_id,
            self.schedule_tab.current_session_id,
            frame.flush_edits,
            self._window,
        )
        self.programme_tab.add_export_actions(
            [self.exports.card_action, self.exports.programme_action]
        )
        self.schedule_tab.add_export_actions([self.exports.calendar_action])
        self.day_exports = DayExports(
            db,
            settings,
            self.exports,
            self.practice_list.current_id,
            self.roster_tab.session_for_export,
            self._window,
        )
        self.roster_tab.add_export_actions(self.day_exports.actions)
        self.data_actions = BackupActions(
            db,
            settings,
            frame.flush_edits,
            frame.may_leave_edits,
            frame.data_replaced,
            self._window,
        )
        self.practice_tab.add_export_actions([self.exports.card_action])
        self.server_actions = ServerConnection(db, settings, self._window)

    def _action(
        self, text: str, slot: Callable[[], object], shortcut: object = None, name: str = ""
    ) -> QAction:
        action = QAction(text, self._window)
        if shortcut is not None:
            action.setShortcut(shortcut)  # type: ignore[call-overload]
        if name:
            action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def _fill_menus(self, settings: QSettings) -> None:
        """The menus exist since the frame (their titles paint at once); here they get entries.

        The texts keep the window's translation context, "MainWindow", where they always were.
        """
        frame = self._frame
        frame.build_undo_actions()
        file_menu = frame.file_menu
        file_menu.addAction(
            self._action(
                QCoreApplication.translate("MainWindow", "&Nuova pratica"),
                frame.new_practice,
                QKeySequence.StandardKey.New,
                "newPracticeAction",
            )
        )
        file_menu.addAction(
            self._action(
                QCoreApplication.translate("MainWindow", "Nuova pratica dall'&esempio"),
                frame.new_practice_from_sample,
                None,
                "sampleAction",
            )
        )
        self.duplicate_action = self._action(
            QCoreApplication.translate("MainWindow", "D&uplica pratica"),
            frame.duplicate_practice,
            None,
            "duplicatePracticeAction",
        )
        self.delete_action = self._action(
            QCoreApplication.translate("MainWindow", "E&limina pratica…"),
            frame.delete_practice,
            None,
            "deletePracticeAction",
        )
        file_menu.addAction(self.duplicate_action)
        file_menu.addAction(self.delete_action)
        file_menu.addSeparator()
        file_menu.addActions(self.data_actions.actions)
        file_menu.addSeparator()
        file_menu.addActions(self.server_actions.actions)
        file_menu.addSeparator()
        file_menu.addAction(preferences_action(self._window, settings))
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(
                QCoreApplication.translate("MainWindow", "&Esci"),
                self._window.close,
                QKeySequence.StandardKey.Quit,
                "quitAction",
            )
        )
        for export in self.exports.actions:
            frame.export_menu.addAction(export)
        frame.export_menu.addSeparator()
        for export in self.day_exports.menu_actions:
            frame.export_menu.addAction(export)
        self.tab_navigation = build_keyboard_menus(
            self._window, self.tabs, frame.actions_menu, frame.edit_menu
        )
        frame.help_menu.addAction(
            self._action(
                QCoreApplication.translate("MainWindow", "&Informazioni su Exchange Desktop"),
                frame.show_about,
                None,
                "aboutAction",
            )
        )

    def _watch_changes(self, db: Database) -> StaleTabs:
        """What each tab shows of what others edit: read again when it changed (and is seen)."""
        stale = StaleTabs(db.changes, self.tabs)
        stale.setObjectName("staleTabs")
        shown = self.practice_list.current_id
        # the dates summary of the scheda
        stale.watch(self.practice_tab, [Area.SESSIONS], self.practice_tab.refresh_dates, shown)
        # seats taken, the Enti and their answers, the sittings the programme's breaks cut
        stale.watch(
            self.schedule_tab,
            [Area.PROGRAMME, Area.REGISTRATIONS, Area.PARTICIPANTS, Area.ORGANISATIONS],
            self.schedule_tab.reload,
            shown,
        )
        # planned hours (programme, duration, sittings), the sessions, roles and Enti
        roster = self.roster_tab
        stale.watch(
            roster,
            [Area.PRACTICE, Area.PROGRAMME, Area.SESSIONS, Area.ORGANISATIONS],
            lambda: roster.show_practice(roster.practice_id),
            shown,
        )
        return stale

    def _connect(self, db: Database) -> None:
        frame = self._frame
        self.practice_list.practice_selected.connect(frame.practice_selected)
        self.practice_list.new_requested.connect(frame.new_practice)
        self.practice_list.duplicate_requested.connect(frame.duplicate_practice)
        self.practice_list.delete_requested.connect(frame.delete_practice)
        for tab in (self.practice_tab, self.programme_tab, self.schedule_tab):
            tab.save_state_changed.connect(frame.show_save_state)
        self.stale_tabs = self._watch_changes(db)
        self.tabs.currentChanged.connect(frame.tab_changed)
        self.practice_tab.practice_changed.connect(frame.practice_edited)
