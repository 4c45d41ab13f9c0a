"""Helpers for GUI tests: build the main window on a test database, find widgets by name."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from exchange_desktop.storage.database import Database
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


def wait_for_tasks(qtbot: object, window: MainWindow) -> None:
    """Until the window's background work (backups, restores) has delivered its result."""
    tasks = window.workspace.data_actions.tasks
    qtbot.waitUntil(lambda: not tasks.busy, timeout=30_000)  # type: ignore[attr-defined]
