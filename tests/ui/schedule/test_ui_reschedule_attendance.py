"""The Date tab asks what to do with the presences already recorded when a session moves
(or another date is confirmed): keep them for the new day, clear them, or cancel."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QPushButton
from scheduling_helpers import APRIL_20, APRIL_27, MAY_4, register
from ui_helpers import child, make_window, run_action

from exchange_desktop.services.attendance.attendance_days import recorded_days
from exchange_desktop.services.attendance.marks import mark_all_present
from exchange_desktop.services.practices.sample import load_sample
from exchange_desktop.services.scheduling import rescheduling as rescheduling_service
from exchange_desktop.services.scheduling import sessions as scheduling_service
from exchange_desktop.storage.database import Database
from exchange_desktop.ui.schedule.date_picker import DatePickerDialog


@pytest.fixture
def window(qtbot, db: Database, tmp_path: Path):
    """The sample confirmed on 20 April, Rossi present all day."""
    load_sample(db)
    (summary,) = scheduling_service.session_summaries(db, 1)
    register(db, summary.session.id, ["Rossi"])
    scheduling_service.confirm_date(db, summary.session.id, APRIL_20)
    assert mark_all_present(db, summary.session.id) == 1
    main = make_window(qtbot, db, tmp_path / "settings.ini")
    main.tabs.setCurrentWidget(main.schedule_tab)
    table = child(main, "scheduleTable")
    table.setCurrentIndex(table.model().index(0, 0))
    return main


def _days(db: Database) -> list[date]:
    with db.read() as orm:
        return recorded_days(orm, 1)


def _answer(monkeypatch: pytest.MonkeyPatch, button: str, asked: list[str]) -> None:
    """The attendance question answered with ``button``; its text kept in ``asked``."""

    def exec_(box: QMessageBox) -> int:
        asked.append(box.text())
        box.findChild(QPushButton, button).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)


def _move_to(monkeypatch: pytest.MonkeyPatch, day: date) -> None:
    monkeypatch.setattr(DatePickerDialog, "exec", lambda d: d.calendar.setSelectedDate(day) or 1)
    monkeypatch.setattr(DatePickerDialog, "selected_day", lambda d: day)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", True))
    monkeypatch.setattr(QDialog, "exec", lambda dialog: 0)  # the people to inform


def test_moving_asks_and_keeps_the_attendance_for_the_new_day(window, db, monkeypatch) -> None:
    asked: list[str] = []
    _answer(monkeypatch, "keepAttendanceButton", asked)
    _move_to(monkeypatch, MAY_4)
    run_action(window, "rescheduleAction")
    (text,) = asked
    assert "presenze registrate per lunedì 20 aprile 2026" in text
    assert "lunedì 4 maggio 2026" in text
    assert _days(db) == [MAY_4]
    assert [c.new_day for c in rescheduling_service.date_changes(db, 1)] == [MAY_4]


def test_cancelling_the_question_moves_nothing(window, db, monkeypatch) -> None:
    _answer(monkeypatch, "cancelAttendanceButton", [])
    _move_to(monkeypatch, MAY_4)
    run_action(window, "rescheduleAction")
    assert _days(db) == [APRIL_20]
    assert rescheduling_service.date_changes(db, 1) == []
    assert scheduling_service.get_session(db, 1).confirmed_day == APRIL_20


def test_confirming_another_date_after_reopening_can_clear(window, db, monkeypatch) -> None:
    scheduling_service.reopen_dates(db, 1)
    window.schedule_tab.reload()
    table = child(window, "scheduleTable")
    table.setCurrentIndex(table.model().index(1, 0))  # 27 April
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    _answer(monkeypatch, "clearAttendanceButton", [])
    run_action(window, "confirmDateAction")
    assert scheduling_service.get_session(db, 1).confirmed_day == APRIL_27
    assert _days(db) == []


def test_the_date_tab_warns_of_items_outside_the_sessions_times(window, db) -> None:
    from datetime import time

    from exchange_desktop.domain.programme import ProgrammeItem
    from exchange_desktop.services.practices.programme import replace_programme

    replace_programme(
        db, 1, [ProgrammeItem(title="Mattina", start_time=time(9), end_time=time(13))]
    )
    scheduling_service.update_session(db, 1, start_time=time(9, 30), end_time=time(17, 30))
    window.schedule_tab.reload()
    table = child(window, "scheduleTable")
    table.setCurrentIndex(table.model().index(0, 0))
    label = child(window, "sessionTimetableWarnings")
    assert not label.isHidden()
    assert label.text() == (
        "«Mattina» (09:00–13:00) è fuori dall'orario della sessione (09:30–17:30)."
    )


def _status_confirmed_with_27_april_left(window, db, qtbot) -> object:
    """Reopened, 20 April withdrawn: "Confermata" in the status combo confirms 27 April."""
    from PySide6.QtWidgets import QComboBox

    from exchange_desktop.domain.enums import SessionStatus

    scheduling_service.reopen_dates(db, 1)
    candidates = scheduling_service.get_session(db, 1).candidate_dates
    (first,) = [c for c in candidates if c.day == APRIL_20]
    scheduling_service.remove_candidate_date(db, first.id)
    window.schedule_tab.reload()
    table = child(window, "scheduleTable")
    table.setCurrentIndex(table.model().index(0, 0))
    combo = child(window, "session_statusEdit")
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(SessionStatus.CONFIRMED.value))
    return combo


def test_the_status_combo_asks_before_confirming_and_can_keep(window, db, monkeypatch, qtbot):
    asked: list[str] = []
    _answer(monkeypatch, "keepAttendanceButton", asked)
    _status_confirmed_with_27_april_left(window, db, qtbot)
    window.schedule_tab.form.flush()
    (text,) = asked
    assert "presenze registrate per lunedì 20 aprile 2026" in text
    assert "lunedì 27 aprile 2026" in text
    assert scheduling_service.get_session(db, 1).confirmed_day == APRIL_27
    assert _days(db) == [APRIL_27]


def test_the_status_combo_cancelled_confirms_nothing(window, db, monkeypatch, qtbot):
    from exchange_desktop.domain.enums import SessionStatus

    _answer(monkeypatch, "cancelAttendanceButton", [])
    combo = _status_confirmed_with_27_april_left(window, db, qtbot)
    window.schedule_tab.form.flush()
    stored = scheduling_service.get_session(db, 1)
    assert stored.confirmed_day is None and stored.status is SessionStatus.PROPOSED
    assert _days(db) == [APRIL_20]
    qtbot.waitUntil(lambda: combo.currentData() == SessionStatus.PROPOSED.value)
