"""A row of action buttons that wraps onto a second line instead of hiding actions behind ».

A QToolBar too narrow for its actions moves the last ones into an extension menu, which on
a 1366×768 laptop at 125 % swallowed *Importa*, *Enti aderenti* and the personal-data
actions.  This bar lays its buttons out like words in a paragraph: every action stays in
sight and in the tab order, whatever the width of the window.
"""

from __future__ import annotations

import re

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


def _mnemonics(actions: list[QAction]) -> list[str]:
    return [m.group(1).lower() for a in actions if (m := _MNEMONIC.search(a.text()))]


_MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def with_mnemonic(text: str, used: set[str]) -> str:
    """``text`` with an "&" before a letter no other entry uses: a word's first letter if
    one is free, else any letter; unchanged when it has one already or none is free."""
    if _MNEMONIC.search(text):
        return text
    plain = text.replace("&", "&&")
    starts = [i for i, c in enumerate(plain) if c.isalnum() and (i == 0 or plain[i - 1] == " ")]
    others = [i for i, c in enumerate(plain) if c.isalnum() and i not in starts]
    for index in starts + others:
        letter = plain[index].lower()
        if letter not in used:
            used.add(letter)
            return plain[:index] + "&" + plain[index:]
    return plain


def assign_mnemonics(texts: list[str], used: set[str]) -> list[str]:
    """Each text with a mnemonic of its own, the texts with the fewest free letters served
    first, so that as many as possible get one."""

    def free(text: str) -> int:
        return len({c.lower() for c in text if c.isalnum()} - used)

    result = list(texts)
    waiting = list(range(len(texts)))
    while waiting:
        index = min(waiting, key=lambda i: free(texts[i]))
        waiting.remove(index)
        result[index] = with_mnemonic(texts[index], used)
    return result


class MenuEntry(QAction):
    """A tab's action as a menu entry with its own mnemonic: the bar's button keeps the
    plain text (a mnemonic there would take Alt+letter from the whole window).  It shows
    the action's key, which stays the action's own (here it only works in the menu bar)."""

    def __init__(self, action: QAction, text: str, menu: QMenu) -> None:
        super().__init__(text, menu)
        self._action = action
        self.setObjectName(action.objectName())
        self.setShortcut(action.shortcut())
        self.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.triggered.connect(lambda _checked=False: action.trigger())
        action.changed.connect(self.sync)
        self.sync()

    def sync(self) -> None:
        self.setEnabled(self._action.isEnabled())
        self.setVisible(self._action.isVisible())


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
        used = set(_mnemonics([*menu.actions(), *(following or [])]))
        actions = [entry for entry in self._entries if entry is not None]
        named = assign_mnemonics([a.text() for a in actions], used)
        texts = dict(zip(actions, named, strict=True))
        for entry in self._entries:
            if entry is None:
                menu.addSeparator()
            else:
                menu.addAction(MenuEntry(entry, texts[entry], menu))
