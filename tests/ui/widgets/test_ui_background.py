"""Slow work runs on the window's pool; its result, its error or its cancellation comes back
to the GUI thread, with progress on a bar and *Annulla* for work that can stop."""

from __future__ import annotations

import threading

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from exchange_desktop.domain.errors import DomainError
from exchange_desktop.domain.progress import Progress
from exchange_desktop.i18n import Message
from exchange_desktop.ui.widgets.background import BackgroundTasks


def _window(qtbot) -> QWidget:
    window = QWidget()
    qtbot.addWidget(window)
    return window


def test_one_pool_per_window_shared_by_its_parts(qtbot) -> None:
    window = _window(qtbot)
    part = QWidget(window)
    assert BackgroundTasks.of(part) is BackgroundTasks.of(window)
    assert BackgroundTasks.of(_window(qtbot)) is not BackgroundTasks.of(window)


def test_a_task_delivers_on_the_gui_thread_and_frees_its_actions(qtbot) -> None:
    window = _window(qtbot)
    tasks = BackgroundTasks.of(window)
    copy = QAction("Esegui backup…", window)
    release = threading.Event()
    worked_in: list[str] = []
    delivered_in: list[tuple[str, object]] = []
    busy_seen: list[bool] = []
    tasks.busy_changed.connect(busy_seen.append)

    def work(_progress: Progress) -> int:
        worked_in.append(threading.current_thread().name)
        release.wait(10)
        return 42

    tasks.start(
        "Backup in corso…",
        work,
        lambda result: delivered_in.append((threading.current_thread().name, result)),
        lambda error: delivered_in.append(("error", error)),
        busy=[copy],
    )
    assert tasks.busy and not copy.isEnabled()  # the window goes on; the action waits
    release.set()
    qtbot.waitUntil(lambda: not tasks.busy)
    assert delivered_in == [(threading.main_thread().name, 42)]
    assert worked_in[0] != threading.main_thread().name
    assert copy.isEnabled()
    assert busy_seen == [True, False]


def test_a_task_that_fails_hands_its_error_to_the_gui_thread(qtbot) -> None:
    tasks = BackgroundTasks.of(_window(qtbot))
    errors: list[BaseException] = []

    def work(_progress: Progress) -> None:
        raise DomainError(Message("Messages", "Il disco è pieno."))

    tasks.start("Prova…", work, lambda _result: None, errors.append)
    qtbot.waitUntil(lambda: not tasks.busy)
    assert [str(e) for e in errors] and "pieno" in str(errors[0])


def test_progress_moves_the_bar_and_annulla_stops_the_work(qtbot) -> None:
    window = _window(qtbot)
    window.show()
    tasks = BackgroundTasks.of(window)
    halfway = threading.Event()
    cancelled: list[str] = []
    done: list[object] = []
    steps: list[int] = []

    def work(progress: Progress) -> str:
        for index in range(1000):
            progress.step(index, 1000)
            steps.append(index)
            if index == 3:
                halfway.set()
            threading.Event().wait(0.01)
        return "finito"

    tasks.start(
        "Attestati in corso…",
        work,
        done.append,
        done.append,
        cancellable=True,
        on_cancelled=lambda: cancelled.append("annullato"),
    )
    assert halfway.wait(10)
    dialog = window.findChild(QProgressDialog, "backgroundProgress")
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.maximum() == 1000)  # the bar, once steps are reported
    button = dialog.findChild(QPushButton)
    assert button is not None and button.text() == "Annulla"
    button.click()
    qtbot.waitUntil(lambda: not tasks.busy)
    assert cancelled == ["annullato"] and done == []
    assert len(steps) < 1000


def test_single_transactions_offer_no_annulla(qtbot) -> None:
    window = _window(qtbot)
    tasks = BackgroundTasks.of(window)
    release = threading.Event()
    tasks.start("Ripristino in corso…", lambda _p: release.wait(10), print, print)
    dialog = window.findChild(QProgressDialog, "backgroundProgress")
    assert dialog is not None and dialog.findChild(QPushButton) is None
    release.set()
    qtbot.waitUntil(lambda: not tasks.busy)
