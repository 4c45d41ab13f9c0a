"""The data file kept whole for a copy made outside the program: a few seconds after the
last save, when the clerk pauses, SQLite's -wal is brought into the main file.

A copy of ``exchange-desktop.sqlite`` taken with Explorer (without its -wal beside it) then
holds all the work saved up to :data:`IDLE_MS` before.  The checkpoint is passive: it never
waits for a second window that is reading, and takes milliseconds.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from exchange_desktop.storage.database import Database

log = logging.getLogger(__name__)

#: How long after the last save the checkpoint runs (the README quotes it).
IDLE_MS = 3000


class IdleCheckpoint(QObject):
    """Restarts a one-shot timer at every commit; when it fires, checkpoints ``db``."""

    _heard = Signal(object)

    def __init__(self, db: Database, parent: QObject, idle_ms: int = IDLE_MS) -> None:
        super().__init__(parent)
        self.setObjectName("idleCheckpoint")
        self._db = db
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(idle_ms)
        self.timer.timeout.connect(self.run)
        # Commits may come from a background task's thread: the timer is restarted on ours.
        self._heard.connect(self._restart, Qt.ConnectionType.QueuedConnection)
        unsubscribe = db.changes.subscribe(self._heard.emit)
        self._unsubscribe = unsubscribe
        self.destroyed.connect(lambda *_: unsubscribe())

    def stop(self) -> None:
        """Hear no more and run no more (the window lets go of its database)."""
        self._unsubscribe()
        self.timer.stop()

    def _restart(self, _change: object) -> None:
        self.timer.start()

    def run(self) -> None:
        """The checkpoint now; a failure is only logged (the next save tries again)."""
        try:
            done = self._db.checkpoint()
        except Exception as exc:  # a busy or vanished file: the work is safe in the -wal
            log.warning("idle checkpoint of %s: %s", self._db.label, exc)
            return
        if not done:
            log.info("idle checkpoint of %s: a reader holds part of the log", self._db.label)
