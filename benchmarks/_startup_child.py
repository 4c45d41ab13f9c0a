"""The process :mod:`startup_benchmark` spawns: ``python _startup_child.py bare`` shows an empty
QMainWindow, ``python _startup_child.py app --db FILE`` starts Exchange Desktop exactly as
``python main.py --db FILE`` does.  No hook in the program: an event filter on the
application sees the first paint of a widget of the main window, prints the wall-clock
time of the first paint and of the moment the practice's data is on screen (the practice list
filled and the title shown), as one JSON line, and quits.

The parent passes its own wall-clock time just before spawning in BENCH_T0, so the figures
run from process start (interpreter start-up and imports included).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

#: The practice's title field on the Pratica tab: filled once the practice is on screen.
TITLE_FIELD = "titleEdit"


def main() -> int:
    mode = sys.argv[1]
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    marks: dict[str, float] = {}

    def data_on_screen(window: QMainWindow) -> bool:
        if mode == "bare":
            return True
        from PySide6.QtWidgets import QWidget

        title = window.findChild(QWidget, TITLE_FIELD)
        text = getattr(title, "text", None) or getattr(title, "toPlainText", None)
        return title is not None and title.isVisible() and bool(text and text())

    def finish() -> None:
        print(json.dumps(marks), flush=True)
        app.exit(0)

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "paint" not in marks:
                window = getattr(watched, "window", lambda: None)()
                if isinstance(window, QMainWindow) and window.isVisible():
                    marks["paint"] = time.time()
                    self._window = window
                    QTimer.singleShot(0, self.check_data)
            return False

        def check_data(self) -> None:
            if data_on_screen(self._window):
                marks["data"] = time.time()
                QTimer.singleShot(0, finish)
            else:
                QTimer.singleShot(1, self.check_data)

    watcher = FirstPaint()
    app.installEventFilter(watcher)
    QTimer.singleShot(20_000, finish)  # never hang the benchmark
    if mode == "bare":
        window = QMainWindow()
        window.resize(1280, 800)
        window.show()
        return app.exec()
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from exchange_desktop.__main__ import main as program

    return program(sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())
