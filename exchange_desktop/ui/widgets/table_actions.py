"""A table's own actions: in its context menu (right click, Menu key, Shift+F10) and on
the keys an Office user tries first (Ins adds, Canc deletes, F2 edits).

Tab leaves the table for the next control (the arrows move between cells), so the
buttons after it are reachable.  The keys act while the table has the focus only: Canc in
a text field still deletes a letter, Ins in a text field does nothing unexpected; a
function key (F2) acts anywhere in the table's tab.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QStackedWidget, QWidget


def _tab_wide(key: str) -> bool:
    """A function key acts anywhere in the table's tab: a text field has no use for it."""
    return key.startswith("F") and key[1:].isdigit()


class _TabKey(QObject):
    """Once the table is in its tab, its action's key works in the whole tab."""

    def __init__(self, table: QAbstractItemView, action: QAction) -> None:
        super().__init__(table)
        self._action = action
        table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            watched.removeEventFilter(self)
            _page_of(watched).addAction(self._action)
        return False


def _page_of(widget: QWidget) -> QWidget:
    """The tab page (or the dialog) ``widget`` is in."""
    while (parent := widget.parentWidget()) is not None and not isinstance(parent, QStackedWidget):
        if widget.isWindow():
            break
        widget = parent
    return widget


def offer_in_table(
    table: QAbstractItemView, actions: list[QAction], keys: dict[QAction, str] | None = None
) -> None:
    """``actions`` in ``table``'s context menu, in that order; ``keys`` bound in the table."""
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    table.setTabKeyNavigation(False)  # Tab leaves the table: arrows move between cells
    for action, key in (keys or {}).items():
        if action.shortcut().isEmpty() and _tab_wide(key):  # F2: no text field wants it
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            _TabKey(table, action)
        elif action.shortcut().isEmpty():  # the menus show it beside the action
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        else:  # a tab-wide key already, which the menus show; this one works in the table
            shortcut = QShortcut(QKeySequence(key), table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(action.trigger)
    for action in actions:
        table.addAction(action)
