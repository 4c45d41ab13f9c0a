"""One undo mechanism for every tab: a command that sets a value through a callback."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

#: Edits of the same field closer than this merge into one undo step (like a word processor).
MERGE_WINDOW_SECONDS = 1.5


class SetValueCommand(QUndoCommand):
    """Change one value from ``old`` to ``new``; ``apply`` puts a value in place.

    The first ``redo()`` (Qt calls it on push) is skipped when the widget already shows the
    new value, which is the case for edits the user typed.
    """

    def __init__(
        self,
        text: str,
        key: str,
        old: object,
        new: object,
        apply: Callable[[object], None],
        *,
        already_applied: bool = True,
    ) -> None:
        super().__init__(text)
        self.key = key
        self.old = old
        self.new = new
        self._apply = apply
        self._skip_redo = already_applied
        self._stamp = time.monotonic()

    def id(self) -> int:
        return 1  # every SetValueCommand may merge; mergeWith decides

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetValueCommand) or other.key != self.key:
            return False
        if other._stamp - self._stamp > MERGE_WINDOW_SECONDS:
            return False
        self.new = other.new
        self._stamp = other._stamp
        if self.new == self.old:
            self.setObsolete(True)
        return True

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)
