"""The practice list and the form always show the same practice: after "Modifiche non
salvate" answered No (stay) or Yes (leave), by mouse or keyboard, the highlighted practice
is the one the form edits, and the Scheda PDF goes to it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QListView, QMessageBox, QWidget
from ui_helpers import child, make_window

from exchange_desktop.domain.practice import Practice
from exchange_desktop.services.practices import catalogue as practice_service
from exchange_desktop.storage.database import Database

TOO_LONG = "Testo incollato da un documento. " * 700  # over the 20,000 characters allowed


@pytest.fixture
def window(qtbot, db: Database, tmp_path: Path):
    for title in ("Patti di Cittadinanza", "Bilancio partecipativo"):
        practice_service.create_practice(db, Practice(title=title))
    return make_window(qtbot, db, tmp_path / "settings.ini")


def _shown(window) -> tuple[list[str], str, str]:
    """(the titles highlighted in the list, the list's current one, the form's title)."""
    view: QListView = child(window, "practiceList")  # type: ignore[assignment]
    selected = [index.data() for index in view.selectionModel().selectedIndexes()]
    form_title = child(window.practice_tab, "titleEdit").toPlainText()  # type: ignore[attr-defined]
    return selected, view.currentIndex().data(), form_title


def _click(qtbot, window, title: str) -> None:
    view: QListView = child(window, "practiceList")  # type: ignore[assignment]
    row = next(
        r for r in range(view.model().rowCount()) if view.model().index(r, 0).data() == title
    )
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
def test_list_and_form_agree_whatever_the_answer(
    qtbot, window, monkeypatch, answer, no_unanswered_dialogs
) -> None:
    asked: list[str] = []

    def question(_parent: QWidget, title: str, *_a: object, **_k: object):
        asked.append(title)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    first = _shown(window)[2]
    other = (
        "Patti di Cittadinanza" if first == "Bilancio partecipativo" else "Bilancio partecipativo"
    )
    child(window.practice_tab, "descriptionEdit").setPlainText(TOO_LONG)  # type: ignore[attr-defined]
    _click(qtbot, window, other)
    assert asked == ["Modifiche non salvate"]
    expected = first if answer == QMessageBox.StandardButton.No else other
    qtbot.waitUntil(lambda: _shown(window) == ([expected], expected, expected))
    assert window.practice_tab.practice_id == window.practice_list.current_id()


def test_keyboard_move_refused_keeps_the_highlight(
    qtbot, window, monkeypatch, no_unanswered_dialogs
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.No)
    first = _shown(window)[2]
    child(window.practice_tab, "descriptionEdit").setPlainText(TOO_LONG)  # type: ignore[attr-defined]
    view: QListView = child(window, "practiceList")  # type: ignore[assignment]
    view.setFocus()
    current = view.currentIndex()
    other = view.model().index(1 - current.row(), 0)
    view.selectionModel().setCurrentIndex(other, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    qtbot.waitUntil(lambda: _shown(window) == ([first], first, first))
