"""Run something once a widget has been painted: how the start puts the window on screen
first and the work that can wait after it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

#: How long to wait for the paint before running anyway (a widget that is never exposed).
PAINT_FALLBACK_MS = 500


class _FirstPaint(QObject):
    """Sees the widget's next paint, then runs the callback on the following turn, once."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._then: Callable[[], None] | None = then
        widget.installEventFilter(self)
        QTimer.singleShot(PAINT_FALLBACK_MS, self, self._run)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._then is not None:
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        then, self._then = self._then, None
        if then is None:
            return
        self._widget.removeEventFilter(self)
        self.deleteLater()
        then()


def when_painted(widget: QWidget, then: Callable[[], None]) -> None:
    """Run ``then`` once, on the event loop's turn after ``widget``'s next paint.

    A timer alone would run before it: Qt paints a shown widget only on a later turn.  Should
    no paint come (a platform that never exposes the window), ``then`` runs after a moment.
    """
    _FirstPaint(widget, then)
