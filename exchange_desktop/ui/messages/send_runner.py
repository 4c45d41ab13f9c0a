"""A batch sent in the background with a progress bar and *Annulla*.

Kept apart from ``widgets.background.BackgroundTasks`` (single transactions, no cancel):
here the work is many small steps, each recorded as it ends, so stopping between two of them
loses nothing; the ones not sent stay pending for the next batch.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

#: The batch's work: called with a progress callback and the cancel event.
Work = Callable[[Callable[[int, int, str], None], threading.Event], object]


class _Relay(QObject):
    progressed = Signal(int, int, str)
    finished = Signal(object, object)


class _Job(QRunnable):
    def __init__(self, work: Work, relay: _Relay, cancel: threading.Event) -> None:
        super().__init__()
        self._work = work
        self._relay = relay
        self._cancel = cancel

    def run(self) -> None:
        try:
            result, error = self._work(self._relay.progressed.emit, self._cancel), None
        except BaseException as exc:  # handed to the GUI thread
            result, error = None, exc
        self._relay.finished.emit(result, error)


class SendRunner(QObject):
    """Runs one batch at a time; ``on_done`` / ``on_error`` on the GUI thread."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("messageSendRunner")
        self._parent = parent
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._job: _Job | None = None
        self.cancel = threading.Event()

    @property
    def busy(self) -> bool:
        return self._job is not None

    def start(
        self,
        label: str,
        work: Work,
        on_done: Callable[[Any], object],
        on_error: Callable[[Exception], object],
    ) -> None:
        self.cancel = threading.Event()
        progress = QProgressDialog(label, self.tr("Annulla"), 0, 0, self._parent)
        progress.setObjectName("messageSendProgress")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.canceled.connect(self.cancel.set)
        relay = _Relay(self)

        def progressed(done: int, total: int, name: str) -> None:
            progress.setMaximum(total)
            progress.setValue(done)
            progress.setLabelText(
                self.tr("{label}\n{done} di {total}: {name}").format(
                    label=label, done=done, total=total, name=name
                )
            )

        def finished(result: object, error: BaseException | None) -> None:
            self._job = None
            progress.close()
            progress.deleteLater()
            relay.deleteLater()
            if error is None:
                on_done(result)
            elif isinstance(error, Exception):
                on_error(error)
            else:
                raise error

        relay.progressed.connect(progressed, Qt.ConnectionType.QueuedConnection)
        relay.finished.connect(finished, Qt.ConnectionType.QueuedConnection)
        job = _Job(work, relay, self.cancel)
        job.setAutoDelete(False)
        self._job = job
        self._pool.start(job)

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)
