"""The Programma tab: add, edit, duplicate, delete, reorder (buttons, keys, drag and drop), undo."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox, QTableView
from ui_helpers import action, child, make_window, run_action

from exchange_desktop.domain.enums import ItemKind
from exchange_desktop.services.practices import programme as programme_service
from exchange_desktop.services.practices.sample import load_sample
from exchange_desktop.storage.database import Database
from exchange_desktop.ui.widgets.autosave_form import SAVE_DELAY_MS

SAMPLE_TITLES = [
    "Organismi partecipativi comunali",
    "Partecipazione vs. rappresentanza",
    "Strumenti di progettazione condivisa",
    "Strumenti di progettazione condivisa",
    "I Patti di Cittadinanza",
    "I Patti di Cittadinanza",
]


@pytest.fixture
def window(qtbot, db: Database, tmp_path: Path):
    load_sample(db)
    main = make_window(qtbot, db, tmp_path / "settings.ini")
    main.tabs.setCurrentWidget(main.programme_tab)
    return main


def _stored_titles(db: Database, window) -> list[str]:
    items = programme_service.list_items(db, window.programme_tab.practice_id)
    return [item.title for item in items]


def _stored_texts(db: Database, window) -> list[str]:
    return [i.text for i in programme_service.list_items(db, window.programme_tab.practice_id)]


def _select(window, row: int) -> None:
    table = child(window, "programmeTable")
    assert isinstance(table, QTableView)
    table.setCurrentIndex(table.model().index(row, 1))


def test_sample_programme_is_listed_in_order(window) -> None:
    model = child(window, "programmeTable").model()
    titles = [model.index(row, 1).data() for row in range(model.rowCount())]
    assert all(
        title.startswith(expected) for title, expected in zip(titles, SAMPLE_TITLES, strict=True)
    )
    assert [model.index(row, 0).data() for row in range(6)] == ["1.", "2.", "3.", "4.", "5.", "6."]


def test_move_down_button_changes_stored_order_and_undo_restores(window, db) -> None:
    before = _stored_texts(db, window)
    _select(window, 0)
    run_action(window, "moveDownAction")
    after = _stored_texts(db, window)
    assert after[0] == before[1] and after[1] == before[0]
    assert window.programme_tab.current_item().text == before[0]  # selection follows the item
    run_action(window, "undoAction")
    assert _stored_texts(db, window) == before
    run_action(window, "redoAction")
    assert _stored_texts(db, window) == after


def test_alt_arrow_moves_the_selected_item(qtbot, window, db) -> None:
    before = _stored_texts(db, window)
    _select(window, 2)
    table = child(window, "programmeTable")
    table.setFocus()
    window.activateWindow()
    qtbot.keyClick(table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    after = _stored_texts(db, window)
    assert after[1] == before[2] and after[2] == before[1]


def test_drag_and_drop_moves_a_row(window, db) -> None:
    before = _stored_texts(db, window)
    model = child(window, "programmeTable").model()
    data = model.mimeData([model.index(0, 1)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 4, 0, QModelIndex())  # drop before row 4
    after = _stored_texts(db, window)
    assert after == [before[1], before[2], before[3], before[0], before[4], before[5]]
    run_action(window, "undoAction")
    assert _stored_texts(db, window) == before


def test_add_break_is_unnumbered_and_saved(window, db) -> None:
    _select(window, 3)
    run_action(window, "addBreakAction")
    items = programme_service.list_items(db, window.programme_tab.practice_id)
    assert items[4].kind is ItemKind.BREAK and items[4].title == "Pausa"
    model = child(window, "programmeTable").model()
    assert [model.index(row, 0).data() for row in range(7)] == [
        "1.",
        "2.",
        "3.",
        "4.",
        "",
        "5.",
        "6.",
    ]
    run_action(window, "undoAction")
    assert len(_stored_titles(db, window)) == 6


def test_edit_item_title_saves_and_undo_restores(window, db) -> None:
    _select(window, 0)
    title = child(window, "item_titleEdit")
    title.setFocus()
    title.setPlainText("Organismi di partecipazione")
    window.programme_tab.form.flush()
    assert _stored_titles(db, window)[0] == "Organismi di partecipazione"
    _select(window, 3)  # the undo brings the edited item back on screen
    run_action(window, "undoAction")
    assert _stored_titles(db, window)[0] == "Organismi partecipativi comunali"
    assert window.programme_tab.current_item().title == "Organismi partecipativi comunali"


def test_times_give_total_and_overlap_is_flagged(window, db) -> None:
    practice_id = window.programme_tab.practice_id
    items = programme_service.list_items(db, practice_id)
    programme_service.update_item(db, items[0].id, start_time=time(9, 0), end_time=time(10, 30))
    programme_service.update_item(db, items[1].id, start_time=time(10, 0), end_time=time(15, 30))
    window.programme_tab.show_practice(practice_id)
    summary = child(window, "programmeSummary").text()
    assert summary.startswith("Formazione: 6 h 30 min · pause: 0 min (09:00–15:30)")
    warnings = child(window, "programmeWarnings").text()
    assert "Orari sovrapposti: voce 1 (09:00–10:30) e voce 2 (10:00–15:30)." in warnings


def test_the_total_leaves_the_lunch_out_as_the_attestati_do(window, db) -> None:
    """Training time and pauses apart: the figure is the attestato's "previste"."""
    practice_id = window.programme_tab.practice_id
    items = programme_service.list_items(db, practice_id)
    programme_service.update_item(db, items[0].id, start_time=time(9, 30), end_time=time(13))
    programme_service.update_item(db, items[1].id, start_time=time(14), end_time=time(16, 30))
    window.programme_tab.show_practice(practice_id)
    summary = child(window, "programmeSummary").text()
    assert summary.startswith("Formazione: 6 h · pause: 1 h (09:30–16:30)")


def test_end_before_start_is_refused(qtbot, window, db, no_unanswered_dialogs) -> None:
    _select(window, 0)
    tab = window.programme_tab
    start = child(window, "item_start_timeEdit")
    end = child(window, "item_end_timeEdit")
    start.setFocus()
    qtbot.keyClicks(start, "11:00")
    end.setFocus()
    qtbot.keyClicks(end, "1000")
    tab.form.flush()
    assert "fine deve seguire" in child(window, "item_end_timeError").text()
    stored = programme_service.list_items(db, tab.practice_id)[0]
    assert stored.start_time is None and stored.end_time is None
    # closing the window at teardown asks about the invalid field: "Modifiche non salvate"


def test_duplicate_and_delete_with_confirmation(window, db, monkeypatch) -> None:
    _select(window, 1)
    run_action(window, "duplicateItemAction")
    titles = _stored_titles(db, window)
    assert len(titles) == 7 and titles[1] == titles[2]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    run_action(window, "deleteItemAction")
    assert len(_stored_titles(db, window)) == 7
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    run_action(window, "deleteItemAction")
    assert len(_stored_titles(db, window)) == 6
    run_action(window, "undoAction")
    assert len(_stored_titles(db, window)) == 7


def test_undo_follows_the_tab_on_screen(window, db) -> None:
    _select(window, 0)
    run_action(window, "moveDownAction")
    window.tabs.setCurrentWidget(window.practice_tab)
    assert not action(window, "undoAction").isEnabled()  # the practice tab has no history yet
    window.tabs.setCurrentWidget(window.programme_tab)
    assert action(window, "undoAction").isEnabled()


def test_times_are_typed_in_any_common_form(qtbot, window, db) -> None:
    _select(window, 2)
    start = child(window, "item_start_timeEdit")
    end = child(window, "item_end_timeEdit")
    start.setFocus()
    qtbot.keyClicks(start, "9.30")
    end.setFocus()
    qtbot.keyClicks(end, "1045")
    window.programme_tab.form.flush()
    stored = programme_service.list_items(db, window.programme_tab.practice_id)[2]
    assert (stored.start_time, stored.end_time) == (time(9, 30), time(10, 45))
    assert child(window, "programmeTable").model().index(2, 3).data() == "09:30–10:45"


def test_half_typed_time_is_not_saved(qtbot, window, db, no_unanswered_dialogs) -> None:
    _select(window, 0)
    start = child(window, "item_start_timeEdit")
    start.setFocus()
    qtbot.keyClicks(start, "9:")
    window.programme_tab.form.flush()
    stored = programme_service.list_items(db, window.programme_tab.practice_id)[0]
    assert stored.start_time is None
    # closing the window at teardown asks about the invalid field: "Modifiche non salvate"


@pytest.mark.slow
def test_impossible_item_time_is_marked_and_not_saved(qtbot, window, db) -> None:
    _select(window, 0)
    tab = window.programme_tab
    start = child(window, "item_start_timeEdit")
    state = child(window, "saveStateLabel")
    start.setFocus()
    qtbot.keyClicks(start, "25:00")
    qtbot.wait(SAVE_DELAY_MS + 300)
    qtbot.waitUntil(lambda: start.property("invalid") is True)  # a busy machine
    assert programme_service.list_items(db, tab.practice_id)[0].start_time is None
    assert start.property("invalid") is True
    assert "Ora non valida" in child(window, "item_start_timeError").text()
    assert state.text() == "Non salvato: valore non valido in «Ora di inizio»"
    start.selectAll()
    qtbot.keyClicks(start, "9:00")
    end = child(window, "item_end_timeEdit")
    end.setFocus()  # the end too: an item has both times or none
    qtbot.keyClicks(end, "10:00")
    qtbot.waitUntil(
        lambda: programme_service.list_items(db, tab.practice_id)[0].start_time == time(9, 0),
        timeout=SAVE_DELAY_MS + 1000,
    )
    assert start.property("invalid") is False
    assert state.text() == "Tutte le modifiche sono salvate"
