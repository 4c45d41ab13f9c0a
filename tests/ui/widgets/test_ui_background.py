"""Slow work runs in a thread; its result or its error comes back to the GUI thread."""

from __future__ import annotations

import threading

import pytest

from exchange_desktop.domain.errors import DomainError
from exchange_desktop.i18n import Message
from exchange_desktop.ui.widgets.background import run_in_background


def test_result_comes_back_from_another_thread(qapp) -> None:
    seen: list[str] = []

    def work() -> int:
        seen.append(threading.current_thread().name)
        return 42

    assert run_in_background(None, "Prova…", work) == 42
    assert seen and seen[0] != threading.main_thread().name


def test_errors_are_raised_in_the_gui_thread(qapp) -> None:
    def work() -> None:
        raise DomainError(Message("Messages", "Il file non è leggibile."))

    with pytest.raises(DomainError, match="non è leggibile"):
        run_in_background(None, "Prova…", work)


def test_a_task_delivers_on_the_gui_thread_and_frees_its_actions(qtbot) -> None:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QWidget

    from exchange_desktop.ui.widgets.background import BackgroundTasks

    window = QWidget()
    qtbot.addWidget(window)
    tasks = BackgroundTasks(window)
    copy = QAction("Esegui backup…", window)
    release = threading.Event()
    worked_in: list[str] = []
    delivered_in: list[tuple[str, object]] = []

    def work() -> int:
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


def test_a_task_that_fails_hands_its_error_to_the_gui_thread(qtbot) -> None:
    from PySide6.QtWidgets import QWidget

    from exchange_desktop.ui.widgets.background import BackgroundTasks

    window = QWidget()
    qtbot.addWidget(window)
    tasks = BackgroundTasks(window)
    errors: list[BaseException] = []

    def work() -> None:
        raise DomainError(Message("Messages", "Il disco è pieno."))

    tasks.start("Prova…", work, lambda _result: None, errors.append)
    qtbot.waitUntil(lambda: not tasks.busy)
    assert [str(e) for e in errors] and "pieno" in str(errors[0])
