"""Let Ctrl+Z / Ctrl+Y reach the tab's undo stack even while a text field has the focus."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence


class UndoKeysToWindow(QObject):
    """Event filter for editors: their built-in undo would bypass the saved history.

    Returning True for the ShortcutOverride of Undo/Redo keeps the editor from claiming the
    key, so the window's Modifica → Annulla / Ripeti actions receive it.
    """

    _KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and any(event.matches(key) for key in self._KEYS)
        ):
            event.ignore()
            return True
        return super().eventFilter(watched, event)
