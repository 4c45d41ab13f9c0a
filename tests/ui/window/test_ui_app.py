"""Start-up and the last line of defence: no traceback ever reaches the clerk."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from exchange_desktop.ui.window.app import install_excepthook, run_gui


def test_unexpected_error_shows_a_dialog_and_is_logged(
    qapp, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    install_excepthook(tmp_path / "exchange-desktop.log")
    try:
        raise ValueError("valore inatteso <b>")
    except ValueError as error:
        with caplog.at_level(logging.ERROR):
            sys.excepthook(type(error), error, error.__traceback__)
    assert "valore inatteso <b>" in shown[0]
    assert "exchange-desktop.log" in shown[0]
    assert "Traceback" in caplog.text  # the details go to the log, not to the clerk


def test_unusable_database_gives_a_dialog_not_a_traceback(
    qapp, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    not_a_database = tmp_path / "appunti.sqlite"
    not_a_database.write_text("non sono un database", encoding="utf-8")
    assert run_gui(not_a_database) == 1
    assert "non è un database" in shown[0]
    assert not_a_database.read_text(encoding="utf-8") == "non sono un database"
