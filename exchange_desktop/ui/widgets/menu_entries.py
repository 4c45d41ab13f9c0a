"""The tab's actions as entries of the Azioni menu, each with a mnemonic of its own.

The buttons of the action bar keep their plain text: a mnemonic there would take
Alt+letter from the whole window (the tabs' and the fields' letters).  The menu gets
entries of its own that trigger the actions, their letters chosen so that every entry has
one whenever the letters of the texts allow it.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu


def mnemonics_of(actions: list[QAction]) -> list[str]:
    """The letters the entries' texts mark with "&" already."""
    return [m.group(1).lower() for a in actions if (m := _MNEMONIC.search(a.text()))]


_MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def _candidates(text: str) -> list[str]:
    """The letters of ``text`` a mnemonic may take, words' first letters first."""
    starts = [
        c.lower() for i, c in enumerate(text) if c.isalnum() and (i == 0 or text[i - 1] == " ")
    ]
    others = [c.lower() for c in text if c.isalnum()]
    return list(dict.fromkeys(starts + others))


def _mark(text: str, letter: str) -> str:
    """``text`` with "&" before its first ``letter`` (a word's first letter if one is)."""
    plain = text.replace("&", "&&")
    for index, char in enumerate(plain):
        if char.lower() == letter and (index == 0 or plain[index - 1] == " "):
            return plain[:index] + "&" + plain[index:]
    index = next(i for i, c in enumerate(plain) if c.lower() == letter and plain[i - 1] != "&")
    return plain[:index] + "&" + plain[index:]


def assign_mnemonics(texts: list[str], used: set[str]) -> list[str]:
    """Each text with a mnemonic letter of its own, none of ``used``: a matching of texts
    to letters (Kuhn's augmenting paths), so that every text gets one whenever that is
    possible; texts that have a mnemonic already keep it."""
    owner: dict[str, int] = {}
    free = [
        [c for c in _candidates(text) if c not in used] if not _MNEMONIC.search(text) else []
        for text in texts
    ]

    def place(index: int, seen: set[str]) -> bool:
        for letter in free[index]:
            if letter in seen:
                continue
            seen.add(letter)
            if letter not in owner or place(owner[letter], seen):
                owner[letter] = index
                return True
        return False

    for index in range(len(texts)):
        if free[index]:
            place(index, set())
    chosen = {index: letter for letter, index in owner.items()}
    used.update(owner)
    return [_mark(text, chosen[i]) if i in chosen else text for i, text in enumerate(texts)]


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
