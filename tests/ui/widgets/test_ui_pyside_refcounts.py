"""None, True and False outlive any number of PySide6 calls (see ui/pyside_refcounts.py)."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QWidget

from exchange_desktop.ui.pyside_refcounts import pin_singletons


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="immortal objects since Python 3.12")
def test_the_singletons_are_pinned_once_the_interface_is_imported(qtbot: object) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)  # type: ignore[attr-defined]
    before = sys.getrefcount(None)
    for _ in range(10_000):  # each loses a reference to None with PySide6 6.12 on 3.11
        widget.setObjectName("pinned")
    assert before > 2**40
    assert sys.getrefcount(None) > 2**40
    assert pin_singletons()  # a second time changes nothing, and says it applies here
    assert sys.getrefcount(True) > 2**40
    assert sys.getrefcount(False) > 2**40
