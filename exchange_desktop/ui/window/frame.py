"""What the workspace needs of the window it fills: the frame, declared below both.

The main window (:mod:`main_window`) paints its frame first — menus' titles, the status bar,
the splitter with placeholders, the undo stacks — and then builds a
:class:`~exchange_desktop.ui.window.workspace.Workspace` on the database, which owns the
tabs, the actions and their wiring.  The workspace sees the window only through this
interface, so neither it nor :mod:`window_keys` imports the main window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QLabel, QMenu, QSplitter, QWidget


class WindowFrame(Protocol):
    """The painted frame and the practice-level handlers the workspace connects to."""

    file_menu: QMenu
    edit_menu: QMenu
    actions_menu: QMenu  # the tab's actions: window_keys fills it
    export_menu: QMenu
    help_menu: QMenu
    db_label: QLabel
    save_label: QLabel
    splitter: QSplitter  # the practice list and the pages replace its two placeholders
    practice_undo: QUndoStack
    programme_undo: QUndoStack
    schedule_undo: QUndoStack

    def window(self) -> QWidget:
        """The window itself: the parent of the workspace's actions and dialogs."""
        ...

    def build_undo_actions(self) -> None:
        """Modifica → Annulla / Ripeti."""
        ...

    # -- handlers ---------------------------------------------------------------------------
    def new_practice(self) -> None: ...

    def new_practice_from_sample(self) -> None: ...

    def duplicate_practice(self) -> None: ...

    def delete_practice(self) -> None: ...

    def practice_selected(self, practice_id: int | None) -> None: ...

    def practice_edited(self, practice_id: int) -> None: ...

    def tab_changed(self, index: int) -> None: ...

    def show_save_state(self, state: str, text: str) -> None: ...

    def flush_edits(self) -> bool: ...

    def may_leave_edits(self) -> bool: ...

    def data_replaced(self) -> None: ...

    def show_about(self) -> None: ...
