"""Slow work (big imports) off the GUI thread, with a busy indicator the clerk can see."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEventLoop, Qt, QThread
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")

#: Below this the indicator would only flicker.
SHOW_AFTER_MS = 400


class _Worker(QThread):
    def __init__(self, work: Callable[[], object]) -> None:
        super().__init__()
        self._work = work
        self.result: object = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self._work()
        except BaseException as error:  # handed back to the GUI thread and raised there
            self.error = error


def run_in_background(parent: QWidget | None, label: str, work: Callable[[], T]) -> T:
    """Run ``work`` in a thread while the window stays responsive; return or raise its result.

    The window is blocked by a modal progress dialog (no cancel: the work is one transaction
    that either completes or changes nothing).
    """
    worker = _Worker(work)
    progress = QProgressDialog(label, "", 0, 0, parent)
    progress.setObjectName("backgroundProgress")
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setCancelButton(None)
    progress.setMinimumDuration(SHOW_AFTER_MS)
    loop = QEventLoop()
    worker.finished.connect(loop.quit)
    worker.start()
    if not worker.isFinished():
        loop.exec()
    worker.wait()
    progress.close()
    progress.deleteLater()
    if worker.error is not None:
        raise worker.error
    return worker.result  # type: ignore[return-value]
