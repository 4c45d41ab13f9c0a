"""The main window: its frame (menus, status bar, splitter), then the workspace on a database
(:mod:`workspace`: the practice list, the four tabs and the actions) and the practice-level
handlers the workspace connects to."""

from __future__ import annotations

from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QSize
from PySide6.QtGui import QCloseEvent, QKeySequence, QUndoGroup, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QSplitter,
    QWidget,
)

from exchange_desktop import APP_NAME
from exchange_desktop.domain.errors import DomainError
from exchange_desktop.ui.widgets.accessibility import announce
from exchange_desktop.ui.widgets.first_paint import when_painted
from exchange_desktop.ui.widgets.focus_ring import install_focus_ring
from exchange_desktop.ui.widgets.screen_fit import install_screen_fit, restore_place

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStackedWidget, QTabWidget

    from exchange_desktop.storage.database import Database
    from exchange_desktop.ui.documents.day_exports import DayExports
    from exchange_desktop.ui.documents.export_actions import DocumentExports
    from exchange_desktop.ui.practice.practice_list import PracticeListPanel
    from exchange_desktop.ui.practice.practice_tab import PracticeTab
    from exchange_desktop.ui.programme.programme_tab import ProgrammeTab
    from exchange_desktop.ui.roster.roster_tab import RosterTab
    from exchange_desktop.ui.schedule.schedule_tab import ScheduleTab
    from exchange_desktop.ui.widgets.autosave_form import AutosaveForm
    from exchange_desktop.ui.widgets.stale_tabs import StaleTabs
    from exchange_desktop.ui.window.server_connection import ServerConnection
    from exchange_desktop.ui.window.workspace import Workspace

SETTINGS_GEOMETRY = "window/geometry"
SETTINGS_SPLITTER = "window/splitter"
SETTINGS_LAST_PRACTICE = "practice/last_id"


def _content() -> ModuleType:
    """The workspace, the services and the exports (:mod:`workspace`), imported on first use.

    They bring SQLAlchemy, the tab modules, the exports, and Qt's enumerations (the first use
    of ``Qt.AlignmentFlag`` or the like builds all of them, some 20 ms): the frame of the
    window is shown and painted before any of that loads (see :meth:`MainWindow.attach`).
    """
    from exchange_desktop.ui.window import workspace

    return workspace


class MainWindow(QMainWindow):
    """One database, one practice at a time; each tab is its own module.

    Built in two phases so that the window paints at once: the frame (title, menus, status
    bar, the practice list, "Caricamento…"), then :meth:`attach` builds the tabs and the
    actions on the database and shows its practices.  ``MainWindow(db, settings)`` does both;
    the program's start passes ``None`` and attaches the database once the frame is painted.
    """

    workspace: Workspace  # the tabs, the actions and their wiring, once attached
    db: Database

    def __init__(
        self, db: Database | None, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        install_screen_fit(QApplication.instance())  # type: ignore[arg-type]
        install_focus_ring(QApplication.instance())  # type: ignore[arg-type]
        self._settings = settings
        self.setWindowTitle(APP_NAME)
        self.undo_group = QUndoGroup(self)
        self.practice_undo = QUndoStack(self.undo_group)
        self.programme_undo = QUndoStack(self.undo_group)
        self.schedule_undo = QUndoStack(self.undo_group)
        self.undo_group.setActiveStack(self.practice_undo)
        self._shown_practice: int | None = None
        self._selections = 0  # practices shown so far: a late fill of the tabs checks it
        self._others_later = False

        # Qt's enumerations (Qt.AlignmentFlag…) are not touched before the first paint: the
        # first use of one builds all of them in Python, some 20 ms.  Hence placeholders
        # here, which attach replaces with the practice list and the pages.
        self.splitter = QSplitter()  # horizontal
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(QWidget())
        self.splitter.addWidget(self._loading_page())
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([220, 1060])
        self.setCentralWidget(self.splitter)
        self._build_menus()
        self._build_status_bar()
        if db is None:
            self._restore_settings()  # the frame is shown at its place and size at once
        else:
            self.attach(db)

    def attach(self, db: Database, *, others_later: bool = False) -> None:
        """The second phase: the tabs and actions on ``db``, then its practices on screen.

        With ``others_later`` the practice is first shown in the tab on screen alone, and in
        the other tabs once it is painted (the Date tab's holiday calendar alone takes some
        50 ms to load).
        """
        self.db = db
        self._others_later = others_later
        self.workspace = _content().Workspace(self, db, self._settings)
        self.db_label.setText(self.tr("Database: {path}").format(path=db.label))
        self.save_label.setText(self.tr("Tutte le modifiche sono salvate"))
        # Again: the tabs' minimum size may have grown a window restored small.
        self._restore_settings()
        self.reload_practices(self._last_practice())

    # -- the workspace's parts, read by the handlers below and by tests ---------------------
    @property
    def practice_list(self) -> PracticeListPanel:
        return self.workspace.practice_list

    @property
    def pages(self) -> QStackedWidget:  # the empty state or the tabs
        return self.workspace.pages

    @property
    def tabs(self) -> QTabWidget:
        return self.workspace.tabs

    @property
    def practice_tab(self) -> PracticeTab:
        return self.workspace.practice_tab

    @property
    def programme_tab(self) -> ProgrammeTab:
        return self.workspace.programme_tab

    @property
    def schedule_tab(self) -> ScheduleTab:
        return self.workspace.schedule_tab

    @property
    def roster_tab(self) -> RosterTab:
        return self.workspace.roster_tab

    @property
    def stale_tabs(self) -> StaleTabs:  # the tabs read again what another tab or a task changed
        return self.workspace.stale_tabs

    @property
    def exports(self) -> DocumentExports:
        return self.workspace.exports

    @property
    def day_exports(self) -> DayExports:
        return self.workspace.day_exports

    @property
    def server_actions(self) -> ServerConnection:  # File → Connetti a un database condiviso…
        return self.workspace.server_actions

    def _forms(self) -> tuple[AutosaveForm, ...]:
        """The tabs' forms; none before the workspace is attached."""
        workspace = getattr(self, "workspace", None)
        return workspace.forms if workspace is not None else ()

    # -- building --------------------------------------------------------------------------
    def build_undo_actions(self) -> None:
        """Modifica → Annulla / Ripeti, which follow the tab on screen (see tab_changed)."""
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Annulla"))
        self.undo_action.setObjectName("undoAction")
        self.undo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("&Ripeti"))
        self.redo_action.setObjectName("redoAction")
        self.redo_action.setShortcuts(
            [QKeySequence("Ctrl+Y"), *QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)]
        )
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)

    def _loading_page(self) -> QWidget:
        """ "Caricamento…" in grey, in the middle of where the tabs will be."""
        page = QWidget()
        page.setObjectName("loadingPage")
        label = QLabel(self.tr("Caricamento…"))
        label.setObjectName("loadingLabel")
        label.setEnabled(False)  # the palette's quiet grey
        layout = QHBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(label)  # centred vertically by the label itself
        layout.addStretch(1)
        return page

    def _build_menus(self) -> None:
        """The menus' titles, painted with the frame; the :mod:`workspace` fills them."""
        menu_bar = self.menuBar()
        self.file_menu = menu_bar.addMenu(self.tr("&File"))
        self.file_menu.setObjectName("fileMenu")

        edit_menu = menu_bar.addMenu(self.tr("&Modifica"))
        edit_menu.setObjectName("editMenu")
        self.edit_menu = edit_menu
        self.actions_menu = menu_bar.addMenu(self.tr("A&zioni"))  # the tab's: window_keys
        self.actions_menu.setObjectName("actionsMenu")
        self.export_menu = menu_bar.addMenu(self.tr("&Esporta"))
        self.export_menu.setObjectName("exportMenu")
        self.help_menu = menu_bar.addMenu(self.tr("&Aiuto"))
        self.help_menu.setObjectName("helpMenu")

    def _build_status_bar(self) -> None:
        self.db_label = QLabel()
        self.db_label.setObjectName("databasePathLabel")
        self.save_label = QLabel()  # until there is something to save: see attach
        self.save_label.setObjectName("saveStateLabel")
        self.statusBar().addWidget(self.db_label, 1)
        self.statusBar().addPermanentWidget(self.save_label)
        # What the status bar says after an action (imported, moved, not saved) is read out.
        self.statusBar().messageChanged.connect(lambda text: announce(self.statusBar(), text))
        # A message takes the label's place; Qt hides it, but shows it again when a widget
        # joins the bar later (the Da inviare button), and the two were drawn one on the other.
        self.statusBar().messageChanged.connect(lambda text: self.db_label.setVisible(not text))
        self._last_save_state = "saved"

    # -- practices -------------------------------------------------------------------------
    def _last_practice(self) -> int | None:
        """The practice shown when the window was last closed (settings hold any type)."""
        value = self._settings.value(SETTINGS_LAST_PRACTICE, None, int)
        return value if isinstance(value, int) else None

    def reload_practices(self, select_id: int | None = None) -> None:
        self.practice_list.set_practices(_content().practices.list_practices(self.db), select_id)

    def data_replaced(self) -> None:
        """After a restore: drop the edits and undo history of data that is gone, show the new."""
        for form in self._forms():
            form.discard_pending()
        for stack in self.undo_group.stacks():
            stack.clear()
        self._shown_practice = None
        self.reload_practices(self._last_practice())
        self.practice_selected(self.practice_list.current_id())

    def tab_changed(self, _index: int) -> None:
        """Each tab has its own history; Modifica → Annulla follows the tab on screen."""
        self.flush_edits()
        stacks = {
            self.practice_tab: self.practice_undo,
            self.programme_tab: self.programme_undo,
            self.schedule_tab: self.schedule_undo,
        }
        stack = stacks.get(self.tabs.currentWidget())
        if stack is not None:
            self.undo_group.setActiveStack(stack)

    def flush_edits(self) -> bool:
        """Save what is being typed in any tab; False when a field is still invalid."""
        results = [form.flush() for form in self._forms()]
        return all(results)

    def may_leave_edits(self) -> bool:
        """Before the shown practice goes away: save, or ask before dropping invalid fields."""
        if self.flush_edits() or not any(form.has_pending_edits() for form in self._forms()):
            return True  # (an edit refused for a conflict is already replaced on screen)
        return _content().confirm(
            self,
            self.tr("Modifiche non salvate"),
            self.tr(
                "Alcune modifiche non sono state salvate: valori non validi (segnalati in "
                "rosso) oppure database occupato (vedere la barra di stato). Continuare "
                "perdendo queste modifiche?"
            ),
        )

    def practice_selected(self, practice_id: int | None) -> None:
        if (
            self._shown_practice is not None
            and practice_id != self._shown_practice
            and not self.may_leave_edits()
        ):
            self.practice_list.select(self._shown_practice)
            return
        for form in self._forms():
            form.discard_pending()
        self._shown_practice = practice_id
        self._selections += 1
        tabs = [self.practice_tab, self.programme_tab, self.schedule_tab, self.roster_tab]
        if self._others_later:
            self._others_later = False
            on_screen = self.tabs.currentWidget()
            rest = [tab for tab in tabs if tab is not on_screen]
            tabs = [on_screen]
            selection = self._selections
            when_painted(on_screen, lambda: self._show_later(practice_id, rest, selection))
        if not self._show_in(practice_id, tabs):
            return
        has_practice = practice_id is not None
        self.workspace.show_practice_state(has_practice)
        if has_practice:
            self._settings.setValue(SETTINGS_LAST_PRACTICE, practice_id)

    def _show_in(self, practice_id: int | None, tabs: list[QWidget]) -> bool:
        try:
            for tab in tabs:
                tab.show_practice(practice_id)  # type: ignore[attr-defined]
        except DomainError as error:  # deleted meanwhile, e.g. by a second window
            _content().show_error(self, error)
            self.reload_practices()
            return False
        return True

    def _show_later(self, practice_id: int | None, tabs: list[QWidget], selection: int) -> None:
        """The tabs left out at start, unless another selection has filled them since."""
        if selection == self._selections:
            self._show_in(practice_id, tabs)

    def practice_edited(self, practice_id: int) -> None:
        practice = _content().practices.get_practice(self.db, practice_id)
        self.practice_list.model.update_title(practice_id, practice.title, practice.host_comune)

    def _add_and_select(self, create: object) -> None:
        if not self.may_leave_edits():
            return
        try:
            practice = create()  # type: ignore[operator]
        except DomainError as error:
            _content().show_error(self, error)
            return
        self.reload_practices(practice.id)
        self.tabs.setCurrentWidget(self.practice_tab)

    def new_practice(self) -> None:
        self._add_and_select(
            lambda: _content().practices.create_practice(
                self.db, _content().Practice(title=self.tr("Nuova pratica"))
            )
        )
        title_edit = self.practice_tab.findChild(QWidget, "titleEdit")
        if title_edit is not None:
            title_edit.setFocus()
            title_edit.selectAll()  # type: ignore[attr-defined]

    def new_practice_from_sample(self) -> None:
        self._add_and_select(lambda: _content().load_sample(self.db))

    def duplicate_practice(self) -> None:
        practice_id = self.practice_list.current_id()
        if practice_id is not None:
            self._add_and_select(
                lambda: _content().practices.duplicate_practice(self.db, practice_id)
            )

    def delete_practice(self) -> None:
        practice_id = self.practice_list.current_id()
        if practice_id is None:
            return
        if not self.may_leave_edits():
            return
        try:
            practice = _content().practices.get_practice(self.db, practice_id)
            usage = _content().practices.practice_usage(self.db, practice_id)
        except DomainError as error:
            _content().show_error(self, error)
            return
        parts = [self.tr("il programma")]
        if usage.sessions:
            parts.append(
                self.tr("1 sessione")
                if usage.sessions == 1
                else self.tr("{n} sessioni").format(n=usage.sessions)
            )
        if usage.registrations:
            parts.append(
                self.tr("1 iscrizione")
                if usage.registrations == 1
                else self.tr("{n} iscrizioni").format(n=usage.registrations)
            )
        text = self.tr(
            "Eliminare la pratica «{title}»?\n\nVerranno eliminati anche {what}. "
            "L'operazione non si può annullare."
        ).format(title=practice.title, what=_content().join_alternatives(parts, self.tr("e")))
        if not _content().confirm(self, self.tr("Elimina pratica"), text):
            return
        try:
            _content().practices.delete_practice(self.db, practice_id)
        except DomainError as error:
            _content().show_error(self, error)
        self.reload_practices()

    def offer_sample_if_empty(self) -> None:
        """On first start with an empty database, offer the Monza sample ("Sì" by default)."""
        if _content().practices.count_practices(self.db):
            return
        if _content().confirm(
            self,
            self.tr("Benvenuti in Exchange Desktop"),
            self.tr(
                "Il database è vuoto. Caricare la pratica di esempio del Comune di Monza "
                "(«Patti di Cittadinanza»), da adattare alla vostra?"
            ),
            default_yes=True,  # what a first start wants: Enter loads it
        ):
            self.new_practice_from_sample()

    # -- window ----------------------------------------------------------------------------
    def show_save_state(self, state: str, text: str) -> None:
        self.save_label.setText(text)
        # "Non salvato" is read out, and "salvate" once the problem is solved; not every
        # keystroke's saving.
        if state in ("invalid", "failed") or (
            state == "saved" and self._last_save_state in ("invalid", "failed")
        ):
            announce(self.save_label, text)
        if state != "pending":
            self._last_save_state = state

    def show_about(self) -> None:
        _content().show_about_box(self, self.db.label, on_server=self.db.shared)

    def _restore_settings(self) -> None:
        """The place, size and state the window was closed with (see
        :func:`restore_place`); the splitter."""
        restore_place(self, self._settings.value(SETTINGS_GEOMETRY), QSize(1280, 800))
        splitter = self._settings.value(SETTINGS_SPLITTER)
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.may_leave_edits():
            event.ignore()
            return
        self._settings.setValue(SETTINGS_GEOMETRY, self.saveGeometry())
        self._settings.setValue(SETTINGS_SPLITTER, self.splitter.saveState())
        self._settings.sync()
        super().closeEvent(event)
