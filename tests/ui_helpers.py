"""Helpers for GUI tests: build the main window on a test database, find widgets by name."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from exchange_desktop.storage.database import Database
from exchange_desktop.ui.widgets.background import BackgroundTasks
from exchange_desktop.ui.window.main_window import MainWindow


def make_window(qtbot: object, db: Database, settings_file: Path) -> MainWindow:
    settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    window = MainWindow(db, settings)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.show()
    qtbot.waitExposed(window)  # type: ignore[attr-defined]
    return window


def child(window: QWidget, name: str) -> QWidget:
    widget = window.findChild(QWidget, name)
    assert widget is not None, f"no widget named {name}"
    return widget


def action(window: QWidget, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None, f"no action named {name}"
    return found


def wait_for_tasks(qtbot: object, window: QWidget) -> None:
    """Until the window's background work (imports, exports, backups, the server) has
    delivered its result."""
    del qtbot
    settle(window)


def settle(widget: QWidget, timeout: float = 30.0) -> None:
    """Let the background work of ``widget``'s window deliver its results (the event loop
    runs meanwhile, as it would for the clerk); fails after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while any(tasks.busy for tasks in widget.window().findChildren(BackgroundTasks)):
        assert time.monotonic() < deadline, "background work still running"
        QCoreApplication.processEvents()
        time.sleep(0.002)
    QCoreApplication.processEvents()


def run_action(window: QWidget, name: str) -> None:
    """Trigger the action as the clerk would and wait for the work it starts."""
    action(window, name).trigger()
    settle(window)
