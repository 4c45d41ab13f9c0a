"""The two-phase start: the window's frame is painted first, then the database is opened and
the practice shown in the same window; the rest (other tabs, daily backup) after that."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

from exchange_desktop.services.practices.sample import load_sample
from exchange_desktop.storage.database import Database
from exchange_desktop.storage.sqlite.backups import backups_dir
from exchange_desktop.ui.window import startup
from exchange_desktop.ui.window.app import run_gui

REPO_ROOT = Path(__file__).resolve().parents[3]


class _Paints(QObject):
    """Counts the paints of the main window's widgets."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        is_paint = event.type() == QEvent.Type.Paint and isinstance(watched, QWidget)
        if is_paint and isinstance(watched.window(), QMainWindow):  # type: ignore[union-attr]
            self.count += 1
        return False


def _text(field: QWidget | None) -> str:
    reader = getattr(field, "text", None) or getattr(field, "toPlainText", None)
    return reader() if reader else ""


def _main_windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow"]


@pytest.fixture
def quiet_hooks(monkeypatch: pytest.MonkeyPatch) -> None:
    """run_gui installs its hooks for errors: put the test runner's back afterwards."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)


def test_the_frame_is_painted_before_the_database_opens_then_the_data_fills_it(
    qapp, quiet_hooks: None, monkeypatch: pytest.MonkeyPatch, db: Database
) -> None:
    practice = load_sample(db)
    paints = _Paints()
    qapp.installEventFilter(paints)
    at_open: dict[str, object] = {}
    real_open = startup.open_startup_database

    def open_after_looking(*args: object, **kwargs: object) -> Database | None:
        (window,) = _main_windows()
        loading = window.findChild(QWidget, "loadingLabel")
        at_open.update(
            visible=window.isVisible(),
            painted=paints.count,
            loading=loading is not None and loading.isVisible() and loading.text(),
            tabs=window.findChild(QWidget, "mainTabs"),
        )
        return real_open(*args, **kwargs)

    monkeypatch.setattr(startup, "open_startup_database", open_after_looking)
    seen: dict[str, object] = {}

    def look_when_settled() -> None:
        windows = _main_windows()
        window = windows[-1] if windows else None
        # settled: the day's backup begun and the tabs left for later filled in (both wait
        # for the paint of the data, in either order)
        if (
            window is None
            or not backups_dir(db.path).is_dir()
            or window.roster_tab.practice_id is None
        ):
            QTimer.singleShot(20, look_when_settled)
            return
        seen.update(
            windows=len(windows),
            title=_text(window.findChild(QWidget, "titleEdit")),
            programme=window.programme_tab.practice_id,
            roster=window.roster_tab.practice_id,
        )
        window.close()
        QApplication.exit(0)

    QTimer.singleShot(0, look_when_settled)
    QTimer.singleShot(20_000, lambda: QApplication.exit(5))  # never hang the suite
    try:
        assert run_gui(db.path) == 0
    finally:
        qapp.removeEventFilter(paints)
    assert at_open["visible"] and at_open["painted"]
    assert at_open["loading"] == "Caricamento…"
    assert at_open["tabs"] is None  # nothing of the database's yet
    assert seen["windows"] == 1  # the same window filled in, no second one
    assert seen["title"] == practice.title
    assert seen["programme"] == seen["roster"] == practice.id  # the other tabs, after
    # made on a thread of its own after the data was painted, finished before run_gui returns
    assert any("giornaliero" in p.name for p in backups_dir(db.path).iterdir())


def test_a_database_busy_while_the_window_fills_in_is_said_and_the_start_stops(
    qapp, quiet_hooks: None, monkeypatch: pytest.MonkeyPatch, db: Database
) -> None:
    from exchange_desktop.storage.sqlite.errors import explain_database_error
    from exchange_desktop.ui.window.main_window import MainWindow

    load_sample(db)
    busy = explain_database_error(sqlite3.OperationalError("database is locked"), db.path)
    assert busy is not None

    def attach(*_args: object, **_kwargs: object) -> None:
        raise busy

    monkeypatch.setattr(MainWindow, "attach", attach)
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *_a: shown.append(text)
    )
    assert run_gui(db.path) == 1
    assert len(shown) == 1 and "occupato" in shown[0]
    assert not any(w.isVisible() for w in _main_windows())  # no half-built window left


def test_a_damaged_database_shows_its_dialog_over_the_frame_and_stops(
    qapp, quiet_hooks: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    shown: list[tuple[bool, str]] = []

    def critical(_parent: object, _title: str, text: str) -> None:
        shown.append((any(w.isVisible() for w in _main_windows()), text))

    monkeypatch.setattr(QMessageBox, "critical", critical)
    damaged = tmp_path / "rovinato.sqlite"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    assert run_gui(damaged) == 1
    assert len(shown) == 1
    assert shown[0][0]  # over the window's frame, shown at once
    assert not any(w.isVisible() for w in _main_windows())


_FIRST_PAINT_PROBE = """
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

app = QApplication(sys.argv[:1])
marks = {}

class Probe(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "paint" not in marks:
            window = getattr(watched, "window", lambda: None)()
            if isinstance(window, QMainWindow) and window.isVisible():
                marks["paint"] = sorted(
                    name for name in ("sqlalchemy", "reportlab", "openpyxl", "holidays")
                    if name in sys.modules
                )
                self.window = window
                QTimer.singleShot(0, self.wait_for_data)
        return False

    def wait_for_data(self):
        title = self.window.findChild(QWidget, "titleEdit")
        text = title.toPlainText() if title is not None else ""
        if title is not None and title.isVisible() and text:
            marks["title"] = text
            print(json.dumps(marks), flush=True)
            app.exit(0)
        else:
            QTimer.singleShot(5, self.wait_for_data)

probe = Probe()
app.installEventFilter(probe)
QTimer.singleShot(30_000, lambda: app.exit(3))
from exchange_desktop.__main__ import main
sys.exit(main(["--db", sys.argv[1]]))
"""


@pytest.mark.slow
def test_no_heavy_library_is_loaded_before_the_first_paint(
    db: Database, isolated_data_dir: Path
) -> None:
    practice = load_sample(db)
    done = subprocess.run(
        [sys.executable, "-c", _FIRST_PAINT_PROBE, str(db.path)],
        cwd=REPO_ROOT,
        env={
            **os.environ,
            "EXCHANGE_DESKTOP_DATA_DIR": str(isolated_data_dir),
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONPATH": str(REPO_ROOT),
        },
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    marks = json.loads(done.stdout.strip().splitlines()[-1])
    assert marks["paint"] == []
    assert marks["title"] == practice.title
