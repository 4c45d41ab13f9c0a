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
