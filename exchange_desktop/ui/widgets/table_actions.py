"""A table's own actions: in its context menu (right click, Menu key, Shift+F10) and on
the keys an Office user tries first (Ins adds, Canc deletes, F2 edits).

Tab leaves the table for the next control (the arrows move between cells), so the
buttons after it are reachable.  The keys act while the table has the focus only: Canc in
a text field still deletes a letter, Ins in a text field does nothing unexpected.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView


def offer_in_table(
    table: QAbstractItemView, actions: list[QAction], keys: dict[QAction, str] | None = None
) -> None:
    """``actions`` in ``table``'s context menu, in that order; ``keys`` bound in the table."""
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    table.setTabKeyNavigation(False)  # Tab leaves the table: arrows move between cells
    for action, key in (keys or {}).items():
        if action.shortcut().isEmpty():  # the menus show it beside the action
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        else:  # a tab-wide key already, which the menus show; this one works in the table
            shortcut = QShortcut(QKeySequence(key), table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(action.trigger)
    for action in actions:
        table.addAction(action)
