"""Slow work off the GUI thread, with a progress indicator and *Annulla* when it can stop.

One :class:`BackgroundTasks` per window (:meth:`BackgroundTasks.of`), so that the window's
database work runs one task at a time, in the order asked.  The work runs on a thread pool;
its result or its exception comes back to the GUI thread through a queued signal; the
actions that would conflict are disabled meanwhile; the forms' autosave waits (it would
otherwise wait for the task's write transaction on the GUI thread); no event loop ever runs
inside another.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QProgressDialog, QWidget

from exchange_desktop.domain.progress import Cancelled, Progress

T = TypeVar("T")
_Held = tuple[QAction | QWidget, bool]  # a control disabled meanwhile, and whether it was on

#: Below this the indicator would only flicker.
SHOW_AFTER_MS = 400


class _Relay(QObject):
    """Lives in the GUI thread: the worker's emits are queued to it."""

    finished = Signal(object, object)  # the result, the exception (or None)
    stepped = Signal(int, int)  # done, total


class _Control:
    """The :class:`Progress` a task's work receives: reports steps, raises when cancelled."""

    def __init__(self, relay: _Relay) -> None:
        self._relay = relay
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def step(self, done: int, total: int) -> None:
        if self._stop.is_set():
            raise Cancelled
        self._relay.stepped.emit(done, total)


class _Job(QRunnable):
    def __init__(self, work: Callable[[Progress], object], control: _Control, relay: _Relay):
        super().__init__()
        self._work = work
        self._control = control
        self._relay = relay

    def run(self) -> None:
        try:
            result, error = self._work(self._control), None
        except BaseException as exc:  # handed to the GUI thread, never lost in the pool
            result, error = None, exc
        self._relay.finished.emit(result, error)


class BackgroundTasks(QObject):
    """The slow work of one window, on a pool of its own."""

    #: True when the first task starts, False when the last one has delivered its result.
    busy_changed = Signal(bool)

    def __init__(self, parent: QWidget, name: str = "backgroundTasks") -> None:
        """The window's queue is :meth:`of`; a ``name``d one is a queue of its own (the
        daily copy, which must not hold up the clerk's first export)."""
        super().__init__(parent)
        self.setObjectName(name)
        self._parent = parent
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one database task at a time, in the order asked
        self._running: dict[_Relay, tuple[_Job, QProgressDialog | None, list[_Held]]] = {}

    @classmethod
    def of(cls, widget: QWidget) -> BackgroundTasks:
        """The tasks of ``widget``'s window (made on first use), shared by all its parts."""
        window = widget.window()
        found = window.findChild(cls, "backgroundTasks", Qt.FindChildOption.FindDirectChildrenOnly)
        return found if isinstance(found, cls) else cls(window)

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def start(
        self,
        label: str,
        work: Callable[[Progress], T],
        on_done: Callable[[T], object],
        on_error: Callable[[Exception], object],
        *,
        busy: Sequence[QAction | QWidget] = (),
        cancellable: bool = False,
        on_cancelled: Callable[[], object] | None = None,
        quiet: bool = False,
    ) -> None:
        """Run ``work(progress)`` in the pool; then ``on_done(result)`` or
        ``on_error(exception)`` on the GUI thread (``on_cancelled()`` when the clerk stopped
        it).  ``busy`` actions and buttons are disabled until then (then left as they were).
        After :data:`SHOW_AFTER_MS` a window-modal indicator says what runs, with a bar once
        the work reports steps and *Annulla* when ``cancellable``; ``quiet`` work (the daily
        copy) shows nothing."""
        relay = _Relay(self)
        control = _Control(relay)
        progress = None if quiet else self._indicator(label, control, cancellable)
        held = [(control_, control_.isEnabled()) for control_ in busy]
        for control_, _was in held:
            control_.setEnabled(False)

        def stepped(done: int, total: int) -> None:
            if progress is not None and not progress.wasCanceled():
                progress.setMaximum(max(total, 1))
                progress.setValue(min(done, total))

        def finished(result: Any, error: BaseException | None) -> None:
            _job, shown, actions = self._running.pop(relay)
            if shown is not None:
                shown.close()
                shown.deleteLater()
            relay.deleteLater()
            for control_, was_enabled in actions:
                control_.setEnabled(was_enabled)
            if not self._running:
                self.busy_changed.emit(False)
            if error is None:
                on_done(result)
            elif isinstance(error, Cancelled):
                if on_cancelled is not None:
                    on_cancelled()
            elif isinstance(error, Exception):
                on_error(error)
            else:
                raise error

        relay.stepped.connect(stepped, Qt.ConnectionType.QueuedConnection)
        relay.finished.connect(finished, Qt.ConnectionType.QueuedConnection)
        job = _Job(work, control, relay)
        job.setAutoDelete(False)  # held here until its result is delivered
        if not self._running:
            self.busy_changed.emit(True)
        self._running[relay] = (job, progress, held)
        self._pool.start(job)

    def _indicator(self, label: str, control: _Control, cancellable: bool) -> QProgressDialog:
        progress = QProgressDialog(label, self.tr("Annulla"), 0, 0, self._parent)
        progress.setObjectName("backgroundProgress")
        progress.setWindowTitle(label.rstrip("…. "))
        progress.setAccessibleName(label)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setAutoReset(False)
        progress.setAutoClose(False)
        if cancellable:
            progress.canceled.connect(control.cancel)
            progress.canceled.connect(
                lambda: progress.setLabelText(self.tr("Annullamento in corso…"))
            )
        else:  # one transaction that completes or changes nothing
            progress.setCancelButton(None)
        progress.setMinimumDuration(SHOW_AFTER_MS)
        return progress

    def cancel_all(self) -> None:
        """Ask every running task to stop at its next step (the window is closing)."""
        for job, _progress, _actions in self._running.values():
            job._control.cancel()

    @staticmethod
    def wait_all(window: QWidget) -> None:
        """Let every queue of ``window`` finish (leaving the program): nothing half made."""
        for tasks in window.findChildren(BackgroundTasks):
            tasks.wait()

    def wait(self, msecs: int = -1) -> bool:
        """Let the running work finish (leaving the program; tests): a copy is never left
        half made.  Results are still delivered by the event loop."""
        return self._pool.waitForDone(msecs)
