"""The roster's columns: in the order a clerk reads them, Sessione only when it tells
something, and widths that follow the window (Stato and Presente in sight at 1093 px, not
stretched at 1920 px)."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QTableView
from roster_helpers import fill, sample, two_sessions
from ui_helpers import child, make_window

from exchange_desktop.services import roster as service
from exchange_desktop.services.attendance.marks import set_attendance
from exchange_desktop.storage.database import Database
from exchange_desktop.ui.roster.roster_columns import share_widths
from exchange_desktop.ui.roster.roster_model import RosterTableModel
from exchange_desktop.ui.roster.roster_tab import RosterTab

HORIZONTAL = Qt.Orientation.Horizontal
SURNAME, NAME, ENTE = (RosterTableModel.column(k) for k in ("surname", "name", "organisation"))
STATUS, PRESENT, SESSION = (RosterTableModel.column(k) for k in ("status", "present", "session"))


def _headers(table: QTableView) -> list[str]:
    """The headers as on screen, left to right, hidden ones included."""
    header = table.horizontalHeader()
    model = table.model()
    return [
        model.headerData(header.logicalIndex(visual), HORIZONTAL)
        for visual in range(header.count())
    ]


def _show_session(window, session_id: int | None) -> None:
    combo = child(window, "rosterSessionCombo")
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(session_id))


def _right_edge(table: QTableView, column: int) -> int:
    header = table.horizontalHeader()
    return header.sectionViewportPosition(column) + header.sectionSize(column)


@pytest.fixture
def two(db: Database):
    """Two sessions with people in both, two waiting, one present with the hours shown."""
    practice, first, second = two_sessions(db)
    # ten seats each: the last two of the first session wait
    ids = fill(db, first.id, ["Della Valle Martinelli", *(f"Rossi {n}" for n in range(11))])
    fill(db, second.id, ["Colombo", "D'Angelo"])
    set_attendance(db, ids[0], True, time(9, 30), time(13, 0))
    return practice


def _tab(qtbot, db: Database, practice_id: int, width: int, height: int) -> RosterTab:
    tab = RosterTab(db)
    qtbot.addWidget(tab)
    tab.show_practice(practice_id)
    tab.resize(width, height)
    tab.show()
    qtbot.waitExposed(tab)
    QApplication.processEvents()
    return tab


def test_columns_come_in_the_order_a_clerk_reads_them(qtbot, db, two) -> None:
    tab = _tab(qtbot, db, two.id, 1093, 574)
    headers = _headers(tab.table)
    assert headers[:6] == ["N.", "Cognome", "Nome", "Ente", "Stato", "Presente"]
    assert headers[6:] == ["Ruolo", "Email", "Sessione", "Telefono"]
    assert [RosterTableModel.column(k) for k in ("number", "surname", "present")] == [0, 1, 5]


def test_sessione_is_hidden_with_one_session(qtbot, db, tmp_path: Path) -> None:
    _practice, only = sample(db)
    fill(db, only.id, ["Rossi"])
    window = make_window(qtbot, db, tmp_path / "settings.ini")
    window.tabs.setCurrentWidget(window.roster_tab)
    table = window.roster_tab.table
    _show_session(window, only.id)
    assert window.roster_tab.session_id() == only.id and table.isColumnHidden(SESSION)
    _show_session(window, None)  # "Tutte le sessioni" of one: still nothing to tell apart
    assert window.roster_tab.session_id() is None and table.isColumnHidden(SESSION)
    assert window.roster_tab.model.rowCount() == 1


def test_sessione_is_shown_under_all_of_two_sessions(qtbot, db, two, tmp_path: Path) -> None:
    window = make_window(qtbot, db, tmp_path / "settings.ini")
    window.tabs.setCurrentWidget(window.roster_tab)
    table = window.roster_tab.table
    assert window.roster_tab.session_id() is None and not table.isColumnHidden(SESSION)
    first = service.seats(db, two.id)[0].session_id
    _show_session(window, first)
    assert table.isColumnHidden(SESSION)
    _show_session(window, None)
    assert not table.isColumnHidden(SESSION)


@pytest.mark.parametrize("what", ["tab", "window"])
def test_at_1093_px_stato_and_presente_are_in_sight(qtbot, db, two, tmp_path, what) -> None:
    if what == "tab":
        table = _tab(qtbot, db, two.id, 1093, 574).table
    else:  # the whole window 1093 px wide, the list of practices beside the tab
        window = make_window(qtbot, db, tmp_path / "settings.ini")
        window.tabs.setCurrentWidget(window.roster_tab)
        window.resize(1093, 700)
        QApplication.processEvents()
        table = window.roster_tab.table
    viewport = table.viewport().width()
    assert _right_edge(table, STATUS) <= viewport
    assert _right_edge(table, PRESENT) <= viewport
    # "3 h 30 min" beside its box is not cut short, and the names keep a readable width
    metrics = table.fontMetrics()
    assert table.columnWidth(PRESENT) > metrics.horizontalAdvance("3 h 30 min") + 16
    assert table.columnWidth(STATUS) > metrics.horizontalAdvance("in lista d'attesa n. 2")
    for column in (SURNAME, NAME, ENTE):
        assert table.columnWidth(column) >= 8 * metrics.averageCharWidth()


def test_at_1920_px_the_names_stretch_and_presente_does_not(qtbot, db, two) -> None:
    tab = _tab(qtbot, db, two.id, 1093, 574)
    narrow = {c: tab.table.columnWidth(c) for c in (SURNAME, NAME, ENTE, PRESENT)}
    tab.resize(1920, 1000)
    QApplication.processEvents()
    table = tab.table
    assert table.columnWidth(PRESENT) < 150
    assert table.columnWidth(PRESENT) == narrow[PRESENT]
    assert all(table.columnWidth(c) > narrow[c] + 100 for c in (SURNAME, NAME, ENTE))
    # the columns fill the view exactly: no blank strip, no horizontal scroll
    header = table.horizontalHeader()
    assert header.length() == table.viewport().width()
    assert not table.horizontalScrollBar().isVisible()


def test_a_hidden_sessione_gives_its_room_to_the_others(qtbot, db, two) -> None:
    tab = _tab(qtbot, db, two.id, 1600, 800)
    shown = tab.table.columnWidth(ENTE)
    _show_session(tab, service.seats(db, two.id)[0].session_id)
    QApplication.processEvents()
    assert tab.table.isColumnHidden(SESSION)
    assert tab.table.columnWidth(ENTE) > shown
    assert tab.table.horizontalHeader().length() == tab.table.viewport().width()


def test_share_widths_gives_way_in_order() -> None:
    fixed = {0: 40}
    names = {1: (50, 100), 2: (60, 150)}
    weights = {1: 1, 2: 3}
    rest = {3: (40, 80)}
    # room to spare: the rest at their width, the names share the spare 1 to 3
    assert share_widths(470, fixed, names, weights, rest) == {0: 40, 1: 125, 2: 225, 3: 80}
    # a little less: the rest shrink first
    assert share_widths(350, fixed, names, weights, rest) == {0: 40, 1: 100, 2: 150, 3: 60}
    # less still: the rest go past the edge at their minimum, then the names shrink
    assert share_widths(330, fixed, names, weights, rest) == {0: 40, 1: 100, 2: 150, 3: 40}
    assert share_widths(220, fixed, names, weights, rest) == {0: 40, 1: 75, 2: 105, 3: 40}
    assert share_widths(100, fixed, names, weights, rest) == {0: 40, 1: 50, 2: 60, 3: 40}
