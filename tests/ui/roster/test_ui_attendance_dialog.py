"""*Orari…*: the day per sitting, opened on what is stored; OK unchanged writes nothing."""

from __future__ import annotations

import html
import sqlite3
from datetime import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from ui_helpers import action, make_window

from exchange_desktop.domain.errors import DomainError
from exchange_desktop.domain.roster import Participant
from exchange_desktop.domain.sittings import Sitting, SittingPresence
from exchange_desktop.services import roster as roster_service
from exchange_desktop.services.attendance import marks as attendance_service
from exchange_desktop.services.attendance.sittings import set_sittings
from exchange_desktop.services.practices.sample import load_sample
from exchange_desktop.services.scheduling.sessions import update_session
from exchange_desktop.storage.database import Database
from exchange_desktop.ui.roster.attendance_dialog import AttendanceDialog

MORNING, AFTERNOON = Sitting(time(9), time(13)), Sitting(time(14), time(17))


def _day(db: Database) -> tuple[int, int, int, int]:
    """The sample practice, a 09–13 and 14–17 day, Rossi seated and Verdi waiting."""
    practice = load_sample(db)
    session_id = roster_service.seats(db, practice.id)[0].session_id
    update_session(db, session_id, capacity=1)
    set_sittings(db, session_id, [MORNING, AFTERNOON])
    rossi = roster_service.register(db, session_id, Participant(surname="Rossi", name="Anna"))
    verdi = roster_service.register(db, session_id, Participant(surname="Verdi", name="Ugo"))
    return practice.id, session_id, rossi.row.registration_id, verdi.row.registration_id


def _attendance_rows(path: Path) -> list[tuple]:
    with sqlite3.connect(path) as sql:
        return sql.execute(
            "SELECT registration_id, day, sitting, present, time_in, time_out, credited_minutes "
            "FROM attendances ORDER BY registration_id, sitting"
        ).fetchall()


def test_seven_hours_over_two_sittings_in_the_roster(db: Database) -> None:
    practice_id, _session_id, rossi, _verdi = _day(db)
    attendance_service.set_attendance(db, rossi, True, time(9), time(13), sitting=1)
    row = attendance_service.set_attendance(db, rossi, True, time(14), time(17), sitting=2)
    assert (row.minutes_attended, row.planned_minutes) == (420, 420)
    row = attendance_service.set_attendance(db, rossi, True, time(9), time(11), sitting=1)
    assert row.minutes_attended == 300
    with pytest.raises(DomainError, match="la seduta 3 non esiste"):
        attendance_service.set_attendance(db, rossi, True, sitting=3)
    assert [r.surname for r in roster_service.roster(db, practice_id) if r.present] == ["Rossi"]


def test_waiting_list_person_is_refused(db: Database) -> None:
    _practice_id, _session_id, _rossi, verdi = _day(db)
    with pytest.raises(attendance_service.NotSeatedError, match="in lista d'attesa"):
        attendance_service.set_attendance(db, verdi, True)
    with pytest.raises(attendance_service.NotSeatedError):
        attendance_service.set_present_all_day(db, verdi, True)


def test_reopening_orari_and_pressing_ok_changes_nothing(
    qtbot, db: Database, db_path: Path, tmp_path: Path, monkeypatch
) -> None:
    practice_id, _session_id, rossi, _verdi = _day(db)
    attendance_service.set_day_attendance(
        db,
        rossi,
        [SittingPresence(1, True, time(9, 10), time(13)), SittingPresence(2, True)],
    )
    before = _attendance_rows(db_path)
    window = make_window(qtbot, db, tmp_path / "orari.ini")
    window.tabs.setCurrentWidget(window.roster_tab)
    window.roster_tab.table.selectRow(0)
    shown: list[tuple] = []

    def press_ok(dialog: AttendanceDialog) -> int:
        shown.extend(
            (r.present.isChecked(), r.time_in.text(), r.time_out.text()) for r in dialog.rows
        )
        dialog.grab().save(str(tmp_path / "orari.png"))
        dialog._accept()
        return dialog.result()

    monkeypatch.setattr(AttendanceDialog, "exec", press_ok)
    action(window, "attendanceTimesAction").trigger()
    assert shown == [(True, "09:10", "13:00"), (True, "", "")]
    assert _attendance_rows(db_path) == before
    row = roster_service.roster(db, practice_id)[0]
    assert row.minutes_attended == 230 + 180


def test_typing_a_time_ticks_presente(qtbot, db: Database, tmp_path: Path, monkeypatch) -> None:
    practice_id, _session_id, rossi, _verdi = _day(db)
    window = make_window(qtbot, db, tmp_path / "orari.ini")
    window.tabs.setCurrentWidget(window.roster_tab)
    window.roster_tab.table.selectRow(0)

    def type_times(dialog: AttendanceDialog) -> int:
        afternoon = dialog.rows[1]
        assert not afternoon.present.isChecked()
        qtbot.keyClicks(afternoon.time_in, "14:00")
        assert afternoon.present.isChecked()
        qtbot.keyClicks(afternoon.time_out, "16:30")
        dialog._accept()
        return dialog.result()

    monkeypatch.setattr(AttendanceDialog, "exec", type_times)
    action(window, "attendanceTimesAction").trigger()
    (row,) = [r for r in roster_service.roster(db, practice_id) if r.registration_id == rossi]
    assert row.minutes_attended == 150
    assert [(s.number, s.present) for s in row.sittings] == [(1, None), (2, True)]


def test_waiting_list_person_gets_an_offer_to_promote(
    qtbot, db: Database, tmp_path: Path, monkeypatch
) -> None:
    practice_id, session_id, rossi, verdi = _day(db)
    window = make_window(qtbot, db, tmp_path / "orari.ini")
    window.tabs.setCurrentWidget(window.roster_tab)
    rows = window.roster_tab.model.rows
    window.roster_tab.table.selectRow(next(i for i, r in enumerate(rows) if r.surname == "Verdi"))
    asked: list[str] = []

    def answer_no(_parent, _title, text, *_args, **_kwargs):
        asked.append(html.unescape(text))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer_no)
    monkeypatch.setattr(AttendanceDialog, "exec", lambda _d: pytest.fail("no dialog expected"))
    action(window, "attendanceTimesAction").trigger()
    (text,) = asked
    assert "lista d'attesa" in text and "Promuovi" in text
    verdi_row = next(
        r for r in roster_service.roster(db, practice_id) if r.registration_id == verdi
    )
    assert verdi_row.present is None
    del session_id, rossi


def test_sittings_dialog_sets_and_resets_the_day(
    qtbot, db: Database, tmp_path: Path, monkeypatch
) -> None:
    from exchange_desktop.services.attendance.sittings import session_plan
    from exchange_desktop.ui.roster.sittings_dialog import SittingsDialog

    _practice_id, session_id, _rossi, _verdi = _day(db)
    window = make_window(qtbot, db, tmp_path / "sedute.ini")
    window.tabs.setCurrentWidget(window.roster_tab)
    combo = window.roster_tab.session_combo
    combo.setCurrentIndex(combo.findData(session_id))

    def third_sitting(dialog: SittingsDialog) -> int:
        assert [(s.text(), e.text()) for s, e in dialog.edits] == [
            ("09:00", "13:00"),
            ("14:00", "17:00"),
        ]
        dialog._add(Sitting())
        qtbot.keyClicks(dialog.edits[2][0], "16:30")  # overlaps the afternoon
        qtbot.keyClicks(dialog.edits[2][1], "18:00")
        dialog._accept()
        assert "dopo la fine della precedente" in dialog.error.text()
        dialog.edits[2][0].setText("17:00")
        dialog.grab().save(str(tmp_path / "sedute.png"))
        dialog._accept()
        return dialog.result()

    monkeypatch.setattr(SittingsDialog, "exec", third_sitting)
    action(window, "sittingsAction").trigger()
    assert len(session_plan(db, session_id).sittings) == 3

    def back_to_programme(dialog: SittingsDialog) -> int:
        dialog._reset()
        dialog._accept()
        return dialog.result()

    monkeypatch.setattr(SittingsDialog, "exec", back_to_programme)
    action(window, "sittingsAction").trigger()
    assert session_plan(db, session_id).sittings == (Sitting(),)  # the sample has no times
