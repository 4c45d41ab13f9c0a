"""Slow work off the GUI thread, with a busy indicator the clerk can see.

:class:`BackgroundTasks` is the way: the work runs on a thread pool, its result or its
exception comes back to the GUI thread through a queued signal, the actions that would
conflict are disabled meanwhile, and no event loop runs inside another.
:func:`run_in_background` (a modal wait on a nested loop, for callers that need the result
at once) is what the remaining callers still use until they move to it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop, QObject, QRunnable, Qt, QThread, QThreadPool, Signal
from PySide6.QtGui import QAction
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


class _Relay(QObject):
    """Lives in the GUI thread: the worker's emit is queued to it."""

    finished = Signal(object, object)  # the result, the exception (or None)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], object], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result, error = self._work(), None
        except BaseException as exc:  # handed to the GUI thread, never lost in the pool
            result, error = None, exc
        self._relay.finished.emit(result, error)


class BackgroundTasks(QObject):
    """Slow work of one window (copies, restores) on a pool of its own."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("backgroundTasks")
        self._parent = parent
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one database task at a time, in the order asked
        self._running: dict[_Relay, tuple[_Job, QProgressDialog, Sequence[QAction]]] = {}

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def start(
        self,
        label: str,
        work: Callable[[], T],
        on_done: Callable[[T], object],
        on_error: Callable[[BaseException], object],
        *,
        busy: Sequence[QAction] = (),
    ) -> None:
        """Run ``work`` in the pool; then ``on_done(result)`` or ``on_error(exception)`` on
        the GUI thread.  ``busy`` actions are disabled until then; after
        :data:`SHOW_AFTER_MS` a window-modal indicator says what runs (no cancel: these are
        single transactions that complete or change nothing)."""
        progress = QProgressDialog(label, "", 0, 0, self._parent)
        progress.setObjectName("backgroundProgress")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setCancelButton(None)
        progress.setMinimumDuration(SHOW_AFTER_MS)
        for action in busy:
            action.setEnabled(False)
        relay = _Relay(self)

        def finished(result: Any, error: BaseException | None) -> None:
            _job, shown, actions = self._running.pop(relay)
            shown.close()
            shown.deleteLater()
            relay.deleteLater()
            for action in actions:
                action.setEnabled(True)
            if error is None:
                on_done(result)
            elif isinstance(error, Exception):
                on_error(error)
            else:
                raise error

        relay.finished.connect(finished, Qt.ConnectionType.QueuedConnection)
        job = _Job(work, relay)
        job.setAutoDelete(False)  # held here until its result is delivered
        self._running[relay] = (job, progress, tuple(busy))
        self._pool.start(job)

    def wait(self, msecs: int = -1) -> bool:
        """Let the running work finish (leaving the program; tests): a copy is never left
        half made.  Results are still delivered by the event loop."""
        return self._pool.waitForDone(msecs)
