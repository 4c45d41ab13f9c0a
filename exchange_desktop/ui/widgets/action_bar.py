"""A row of action buttons that wraps onto a second line instead of hiding actions behind ».

A QToolBar too narrow for its actions moves the last ones into an extension menu, which on
a 1366×768 laptop at 125 % swallowed *Importa*, *Enti aderenti* and the personal-data
actions.  This bar lays its buttons out like words in a paragraph: every action stays in
sight and in the tab order, whatever the width of the window.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QLayout,
    QLayoutItem,
    QMenu,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from exchange_desktop.ui.widgets.menu_entries import MenuEntry, assign_mnemonics, mnemonics_of


class FlowLayout(QLayout):
    """Items left to right, a new line when the next one would not fit."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 4) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(0, 0, 0, 0)
        self.setSpacing(spacing)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """One line: what the bar asks for when there is room."""
        width = sum(item.sizeHint().width() for item in self._items)
        width += self.spacing() * max(0, len(self._items) - 1)
        return QSize(width, self.minimumSize().height())

    def minimumSize(self) -> QSize:
        """The widest button: narrower than that, a button itself would be cut."""
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line_height = area.x(), area.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and line_height:
                x, y = area.x(), y + line_height + self.spacing()
                line_height = 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self.spacing()
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + margins.bottom()


class ActionBar(QWidget):
    """The actions of a tab as flat text buttons; the API of the QToolBar it replaces."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._flow = FlowLayout(self)
        self._buttons: dict[QAction, QToolButton] = {}
        self._entries: list[QAction | None] = []  # None: a separator
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def addAction(self, action: QAction) -> None:  # type: ignore[override]
        """A button for ``action``: it follows the action's text, enabled state and tip."""
        super().addAction(action)
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._buttons[action] = button
        self._entries.append(action)
        self._flow.addWidget(button)

    def addSeparator(self) -> None:
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        line.setFixedHeight(QToolButton().sizeHint().height())
        self._entries.append(None)
        self._flow.addWidget(line)

    def widgetForAction(self, action: QAction) -> QToolButton | None:
        return self._buttons.get(action)

    def fill_menu(self, menu: QMenu, following: list[QAction] | None = None) -> None:
        """The same actions, in the same groups, as entries of ``menu`` (shortcuts shown),
        each with a mnemonic of its own (Alt+Z, then the underlined letter); ``following``
        are the entries that will come after, whose letters are kept free."""
        actions = [entry for entry in self._entries if entry is not None]
        used = set(mnemonics_of([*menu.actions(), *actions, *(following or [])]))
        named = assign_mnemonics([a.text() for a in actions], used)
        texts = dict(zip(actions, named, strict=True))
        for entry in self._entries:
            if entry is None:
                menu.addSeparator()
            else:
                menu.addAction(MenuEntry(entry, texts[entry], menu))
