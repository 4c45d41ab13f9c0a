"""What one tab (or a task) changes, the others show without a restart."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from roster_helpers import fill
from ui_helpers import action, child, make_window

from exchange_desktop.domain.changes import Area, Change
from exchange_desktop.domain.roster import Participant
from exchange_desktop.services import roster as roster_service
from exchange_desktop.services.practices.sample import load_sample
from exchange_desktop.services.scheduling.sessions import update_session
from exchange_desktop.storage.database import Database
from exchange_desktop.ui.window.main_window import MainWindow


@pytest.fixture
def window(qtbot, db: Database, tmp_path: Path) -> MainWindow:
    """The sample, its session 09:30–13:00 (3 h 30 min planned), one person registered."""
    practice = load_sample(db)
    session_id = roster_service.seats(db, practice.id)[0].session_id
    update_session(db, session_id, start_time=time(9, 30), end_time=time(13, 0))
    roster_service.register(db, session_id, Participant(surname="Rossi", name="Anna"))
    main = make_window(qtbot, db, tmp_path / "settings.ini")
    main.tabs.setCurrentWidget(main.roster_tab)
    assert _planned(main) == 210
    return main


def _planned(window: MainWindow) -> int:
    return window.roster_tab.model.rows[0].planned_minutes


def _session_id(window: MainWindow) -> int:
    return window.roster_tab.model.rows[0].session_id


def test_a_lunch_break_added_in_programma_shows_in_the_roster_hours(qtbot, window) -> None:
    window.tabs.setCurrentWidget(window.programme_tab)
    window.programme_tab.table.selectRow(3)
    action(window, "addBreakAction").trigger()
    start, end = child(window, "item_start_timeEdit"), child(window, "item_end_timeEdit")
    start.setFocus()
    qtbot.keyClicks(start, "11:00")
    end.setFocus()
    qtbot.keyClicks(end, "12:00")
    assert window.programme_tab.form.flush()
    qtbot.wait(10)  # the announcement is queued: the roster is hidden and stays as it was
    assert _planned(window) == 210
    assert window.stale_tabs.is_stale(window.roster_tab)

    window.tabs.setCurrentWidget(window.roster_tab)
    assert _planned(window) == 150
    assert not window.stale_tabs.is_stale(window.roster_tab)


def test_a_duration_edited_on_pratica_shows_in_the_roster_hours(qtbot, window) -> None:
    window.tabs.setCurrentWidget(window.practice_tab)
    days = child(window, "duration_daysEdit")
    days.setValue(2)
    assert window.practice_tab.form.flush()
    window.tabs.setCurrentWidget(window.roster_tab)
    qtbot.waitUntil(lambda: _planned(window) == 420)


def test_an_import_shows_in_the_date_tabs_seats_at_once_when_on_screen(qtbot, window, db) -> None:
    window.tabs.setCurrentWidget(window.schedule_tab)
    model = window.schedule_tab.model
    assert model.rows[0].summary.confirmed_count == 1
    fill(db, _session_id(window), ["Bianchi", "Verdi", "Neri"])  # as the import's transaction
    qtbot.waitUntil(lambda: model.rows[0].summary.confirmed_count == 4)
    seats = model.index(0, model.columnCount() - 1).data()
    assert seats is not None


def test_a_change_of_another_practice_leaves_the_tabs_alone(qtbot, window) -> None:
    window.tabs.setCurrentWidget(window.practice_tab)
    other = Change(frozenset({Area.PROGRAMME}), frozenset({window.practice_list.current_id() + 1}))
    window.stale_tabs._on_change(other)
    assert not window.stale_tabs.is_stale(window.roster_tab)
    window.stale_tabs._on_change(Change(frozenset({Area.PROGRAMME})))  # practice not known
    assert window.stale_tabs.is_stale(window.roster_tab)


def test_the_tabs_stop_listening_when_they_are_deleted(qtbot, window, db, caplog) -> None:
    heard: list[Change] = []
    db.changes.subscribe(heard.append)
    window.stale_tabs.deleteLater()
    qtbot.waitUntil(lambda: window.findChild(QObject, "staleTabs") is None)
    fill(db, _session_id(window), ["Bianchi"])
    assert len(heard) == 1  # the others still hear
    assert "listener" not in caplog.text  # nobody emitted on a deleted object
