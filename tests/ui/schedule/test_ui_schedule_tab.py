"""The Date tab: O/E, dates from the picker, the Enti's answers, confirm, reopen, move, .ics."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QRadioButton,
    QStyleOptionViewItem,
)
from scheduling_helpers import APRIL_20, APRIL_27, MAY_4, ente, register, roster
from ui_helpers import action, child, make_window

from exchange_desktop.domain.enums import (
    AvailabilityAnswer,
    CandidateStatus,
    RegistrationStatus,
    SchedulingMode,
    SessionStatus,
)
from exchange_desktop.services.practices.catalogue import get_practice
from exchange_desktop.services.practices.sample import load_sample
from exchange_desktop.services.scheduling import availability as availability_service
from exchange_desktop.services.scheduling import rescheduling as rescheduling_service
from exchange_desktop.services.scheduling import sessions as scheduling_service
from exchange_desktop.storage.database import Database
from exchange_desktop.ui.schedule.date_picker import DatePickerDialog
from exchange_desktop.ui.schedule.people_to_inform_dialog import PeopleToInformDialog
from exchange_desktop.ui.widgets.autosave_form import SAVE_DELAY_MS

DISPLAY = Qt.ItemDataRole.DisplayRole
LISSONE, SESTO, UNIONE = "Comune di Lissone", "Comune di Sesto San Giovanni", "Unione dei Comuni"
ROME = ZoneInfo("Europe/Rome")


@pytest.fixture
def window(qtbot, db: Database, tmp_path: Path):
    load_sample(db)
    main = make_window(qtbot, db, tmp_path / "settings.ini")
    main.tabs.setCurrentWidget(main.schedule_tab)
    return main


def _practice_id(window) -> int:
    practice_id = window.practice_list.current_id()
    assert practice_id is not None
    return practice_id


def _rows(window) -> list[tuple[str, str, str]]:
    """(date, state, session) of every row of the dates table, as on screen."""
    model = child(window, "scheduleTable").model()
    return [
        tuple(model.index(row, column).data(DISPLAY) for column in range(3))
        for row in range(model.rowCount())
    ]


def _stored(db: Database, window) -> list[list[tuple[date, CandidateStatus]]]:
    """Per session in date order, its dates and their states as the database has them."""
    return [
        sorted((c.day, c.status) for c in summary.session.candidate_dates)
        for summary in scheduling_service.session_summaries(db, _practice_id(window))
    ]


def _only_session(db: Database, window) -> int:
    (summary,) = scheduling_service.session_summaries(db, _practice_id(window))
    return summary.session.id


def _select(window, row: int) -> None:
    table = child(window, "scheduleTable")
    table.setCurrentIndex(table.model().index(row, 0))


def _picker_returns(monkeypatch: pytest.MonkeyPatch, day: date, shown: list | None = None) -> None:
    """The date picker answers OK on ``day``, as if the clerk had clicked it."""

    def exec_(dialog: DatePickerDialog) -> int:
        dialog.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        if shown is not None:
            shown.append(dialog.warnings_label.text())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(DatePickerDialog, "exec", exec_)


def _click_radio(qtbot, window, name: str) -> QRadioButton:
    """Click on the radio's circle (the button spans the box, its text does not)."""
    radio = child(window, name)
    assert isinstance(radio, QRadioButton)
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
    return radio


def _answer_yes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)


def _add_enti_with_button(qtbot, window, monkeypatch, names: list[str]) -> None:
    typed = iter(names)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (next(typed), True))
    for _name in names:
        qtbot.mouseClick(child(window, "addOrganisationButton"), Qt.MouseButton.LeftButton)


def _answer(window, ente_name: str, column: int, answer: AvailabilityAnswer) -> None:
    """Choose an answer in a matrix cell through the cell's drop-down, as the clerk does."""
    matrix = child(window, "availabilityTable")
    model = matrix.model()
    names = [model.index(row, 0).data(DISPLAY) for row in range(model.rowCount())]
    index = model.index(names.index(ente_name), column)
    delegate = matrix.itemDelegate()
    editor = delegate.createEditor(matrix.viewport(), QStyleOptionViewItem(), index)
    delegate.setEditorData(editor, index)
    editor.setCurrentIndex(editor.findData(answer.value))
    delegate.setModelData(editor, model, index)
    editor.deleteLater()


def test_sample_shows_two_alternative_dates_of_one_session(window, db) -> None:
    assert _rows(window) == [
        ("lunedì 20 aprile 2026", "proposta", "n. 1"),
        ("lunedì 27 aprile 2026", "proposta", "n. 1"),
    ]
    assert child(window, "modeAlternativeRadio").isChecked()
    assert not child(window, "modeSeveralRadio").isChecked()
    assert _stored(db, window) == [
        [(APRIL_20, CandidateStatus.CANDIDATE), (APRIL_27, CandidateStatus.CANDIDATE)]
    ]
    assert "Nessuna data consigliata" in child(window, "suggestionLabel").text()
    assert not child(window, "confirmSuggestedButton").isEnabled()


def test_date_added_with_the_picker_is_stored_and_selected(window, db, monkeypatch) -> None:
    _picker_returns(monkeypatch, MAY_4)
    action(window, "addDateAction").trigger()
    assert _rows(window)[2] == ("lunedì 4 maggio 2026", "proposta", "n. 1")
    assert window.schedule_tab.current_row().candidate.day == MAY_4
    assert [day for day, _status in _stored(db, window)[0]] == [APRIL_20, APRIL_27, MAY_4]


def test_cancelled_picker_adds_nothing(window, db, monkeypatch) -> None:
    monkeypatch.setattr(DatePickerDialog, "exec", lambda _d: QDialog.DialogCode.Rejected)
    action(window, "addDateAction").trigger()
    assert len(_rows(window)) == 2 and len(_stored(db, window)[0]) == 2


def test_picker_warns_about_easter_monday(window) -> None:
    dialog = DatePickerDialog(
        "Aggiungi una data", window.schedule_tab._warnings, date(2026, 4, 6), window
    )
    warnings = child(dialog, "datePickerWarnings")
    assert "Lunedì dell'Angelo" in warnings.text() and "festivo" in warnings.text()
    assert child(dialog, "datePickerChosen").text() == "lunedì 6 aprile 2026"
    assert warnings.isVisibleTo(dialog)
    dialog.calendar.setSelectedDate(QDate(2026, 4, 25))  # the warnings follow the selection
    assert "Anniversario della Liberazione" in warnings.text() and "sabato" in warnings.text()


def test_picker_warns_about_the_host_patron_day_and_adds_it_anyway(window, db, monkeypatch) -> None:
    shown: list[str] = []
    _picker_returns(monkeypatch, date(2026, 6, 24), shown)
    action(window, "addDateAction").trigger()
    assert "santo patrono" in shown[0] and "San Giovanni Battista" in shown[0]
    assert _rows(window)[2][0] == "mercoledì 24 giugno 2026"  # a warning, not a refusal
    warnings = child(window, "scheduleTable").model().index(2, 4).data(DISPLAY)
    assert "santo patrono" in warnings


def test_three_enti_answers_give_totals_and_the_suggested_date(
    qtbot, window, db, monkeypatch
) -> None:
    _add_enti_with_button(qtbot, window, monkeypatch, [SESTO, UNIONE, LISSONE])
    yes, maybe, no = AvailabilityAnswer.YES, AvailabilityAnswer.MAYBE, AvailabilityAnswer.NO
    for name, first, second in ((LISSONE, yes, yes), (SESTO, no, yes), (UNIONE, maybe, maybe)):
        _answer(window, name, 1, first)
        _answer(window, name, 2, second)
    model = child(window, "availabilityTable").model()
    assert [model.index(row, 0).data(DISPLAY) for row in range(4)] == [
        LISSONE,
        SESTO,
        UNIONE,
        "Totale sì / forse / no",
    ]
    assert [model.index(1, column).data(DISPLAY) for column in (1, 2)] == ["no", "sì"]
    assert [model.index(3, column).data(DISPLAY) for column in (1, 2)] == ["1 / 1 / 1", "2 / 1 / 0"]
    assert "consigliata" in model.headerData(2, Qt.Orientation.Horizontal, DISPLAY)
    assert child(window, "suggestionLabel").text() == (
        "Data consigliata: lunedì 27 aprile 2026 (2 sì, 1 forse)"
    )
    matrix = availability_service.availability_matrix(db, _practice_id(window))
    assert matrix.totals[matrix.suggested] == (2, 1, 0)
    assert sorted(o.name for o in matrix.organisations) == [LISSONE, SESTO, UNIONE]

    _answer_yes(monkeypatch)
    qtbot.mouseClick(child(window, "confirmSuggestedButton"), Qt.MouseButton.LeftButton)
    assert [row[1] for row in _rows(window)] == ["scartata", "confermata"]
    assert _stored(db, window) == [
        [(APRIL_20, CandidateStatus.DISCARDED), (APRIL_27, CandidateStatus.CONFIRMED)]
    ]
    assert scheduling_service.get_session(db, _only_session(db, window)).status is (
        SessionStatus.CONFIRMED
    )
    assert not child(window, "confirmSuggestedButton").isEnabled()


def test_answer_cleared_with_the_blank_choice(qtbot, window, db, monkeypatch) -> None:
    _add_enti_with_button(qtbot, window, monkeypatch, [LISSONE])
    _answer(window, LISSONE, 1, AvailabilityAnswer.YES)
    assert "20 aprile" in child(window, "suggestionLabel").text()
    model = child(window, "availabilityTable").model()
    model.setData(model.index(0, 1), None)  # "—" in the drop-down
    assert model.index(0, 1).data(DISPLAY) == ""
    assert availability_service.availability_matrix(db, _practice_id(window)).answers == {}


def test_confirm_then_reopen_the_choice(window, db, monkeypatch) -> None:
    _select(window, 0)
    assert not action(window, "reopenDatesAction").isEnabled()
    _answer_yes(monkeypatch)
    action(window, "confirmDateAction").trigger()
    assert [row[1] for row in _rows(window)] == ["confermata", "scartata"]
    assert _stored(db, window) == [
        [(APRIL_20, CandidateStatus.CONFIRMED), (APRIL_27, CandidateStatus.DISCARDED)]
    ]
    assert action(window, "reopenDatesAction").isEnabled()
    assert not action(window, "confirmDateAction").isEnabled()
    action(window, "reopenDatesAction").trigger()
    assert [row[1] for row in _rows(window)] == ["proposta", "proposta"]
    assert _stored(db, window) == [
        [(APRIL_20, CandidateStatus.CANDIDATE), (APRIL_27, CandidateStatus.CANDIDATE)]
    ]
    session = scheduling_service.get_session(db, _only_session(db, window))
    assert session.status is SessionStatus.PROPOSED


def test_session_form_shows_the_status_the_date_actions_set(window, db, monkeypatch) -> None:
    """Confirming, moving or reopening a date changes the session's status in the database;
    the "Stato" field of the session on screen must say the same."""
    status = child(window, "session_statusEdit")
    _select(window, 0)
    _answer_yes(monkeypatch)
    action(window, "confirmDateAction").trigger()
    assert status.currentText() == "Confermata"
    action(window, "reopenDatesAction").trigger()
    assert status.currentText() == "Proposta"


def test_confirm_declined_changes_nothing(window, db, no_unanswered_dialogs) -> None:
    _select(window, 1)
    action(window, "confirmDateAction").trigger()  # the autouse fixture answers "No"
    assert [row[1] for row in _rows(window)] == ["proposta", "proposta"]
    assert all(s is CandidateStatus.CANDIDATE for _d, s in _stored(db, window)[0])
    assert "Conferma data" in no_unanswered_dialogs  # answered by the fixture


def test_switching_to_several_sessions_makes_one_per_date(
    qtbot, window, db, no_unanswered_dialogs
) -> None:
    several = _click_radio(qtbot, window, "modeSeveralRadio")
    assert no_unanswered_dialogs == []  # nobody registered: nothing to ask
    assert several.isChecked() and not child(window, "modeAlternativeRadio").isChecked()
    assert _rows(window) == [
        ("lunedì 20 aprile 2026", "proposta", "n. 1"),
        ("lunedì 27 aprile 2026", "proposta", "n. 2"),
    ]
    assert get_practice(db, _practice_id(window)).scheduling_mode is SchedulingMode.SEVERAL
    assert _stored(db, window) == [
        [(APRIL_20, CandidateStatus.CANDIDATE)],
        [(APRIL_27, CandidateStatus.CANDIDATE)],
    ]
    _click_radio(qtbot, window, "modeAlternativeRadio")
    assert [row[2] for row in _rows(window)] == ["n. 1", "n. 1"]
    assert len(_stored(db, window)) == 1


def test_mode_change_with_registrations_asks_first(qtbot, window, db, monkeypatch) -> None:
    register(db, _only_session(db, window), ["Rossi", "Bianchi"])
    asked: list[str] = []

    def question(_parent, _title, text, *_a, **_k):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    _click_radio(qtbot, window, "modeSeveralRadio")
    assert "2 iscrizioni" in asked[0] and "sessione a sé" in asked[0]
    assert child(window, "modeAlternativeRadio").isChecked()  # declined: back as it was
    assert get_practice(db, _practice_id(window)).scheduling_mode is SchedulingMode.ALTERNATIVE
    assert len(_stored(db, window)) == 1


def test_session_form_saves_seats_place_and_times(qtbot, window, db) -> None:
    _select(window, 0)
    capacity = child(window, "session_capacityEdit")
    capacity.setFocus()
    capacity.selectAll()
    qtbot.keyClicks(capacity, "25")
    venue = child(window, "session_venueEdit")
    venue.setFocus()
    qtbot.keyClicks(venue, "Via Italia 1, Monza")
    start, end = child(window, "session_start_timeEdit"), child(window, "session_end_timeEdit")
    start.setFocus()
    qtbot.keyClicks(start, "9.30")
    end.setFocus()
    qtbot.keyClicks(end, "1600")
    assert window.schedule_tab.form.flush()
    stored = scheduling_service.get_session(db, _only_session(db, window))
    assert (stored.capacity, stored.venue) == (25, "Via Italia 1, Monza")
    assert (stored.start_time, stored.end_time) == (time(9, 30), time(16, 0))
    seats = child(window, "scheduleTable").model().index(0, 3).data(DISPLAY)
    assert seats == "0 / 25"


@pytest.mark.slow
def test_impossible_time_is_marked_and_never_saved(qtbot, window, db) -> None:
    _select(window, 0)
    session_id = _only_session(db, window)
    before = scheduling_service.get_session(db, session_id).start_time
    start = child(window, "session_start_timeEdit")
    error = child(window, "session_start_timeError")
    state = child(window, "saveStateLabel")
    start.setFocus()
    start.selectAll()
    qtbot.keyClicks(start, "25:00")
    qtbot.wait(SAVE_DELAY_MS + 300)
    qtbot.waitUntil(lambda: start.property("invalid") is True)  # a busy machine
    assert scheduling_service.get_session(db, session_id).start_time == before
    assert start.text() == "25:00"  # left as typed, not replaced by the old time
    assert start.property("invalid") is True
    assert error.isVisibleTo(window) and "Ora non valida" in error.text()
    assert state.text() == "Non salvato: valore non valido in «Ora di inizio»"
    assert "sono salvate" not in state.text()
    assert not window.flush_edits()

    child(window, "session_venueEdit").setFocus()  # leaving the field keeps text and mark
    assert start.text() == "25:00" and start.property("invalid") is True
    assert "sono salvate" not in state.text()

    start.setFocus()
    start.selectAll()
    qtbot.keyClicks(start, "10:15")
    qtbot.waitUntil(
        lambda: scheduling_service.get_session(db, session_id).start_time == time(10, 15),
        timeout=SAVE_DELAY_MS + 1000,
    )
    assert start.property("invalid") is False
    assert not error.isVisibleTo(window)
    assert state.text() == "Tutte le modifiche sono salvate"


def test_ctrl_z_takes_back_an_impossible_time(qtbot, window, db) -> None:
    _select(window, 0)
    session_id = _only_session(db, window)
    end = child(window, "session_end_timeEdit")
    shown = end.text()
    end.setFocus()
    end.selectAll()
    qtbot.keyClicks(end, "24:30")
    qtbot.wait(SAVE_DELAY_MS + 300)
    qtbot.waitUntil(lambda: end.property("invalid") is True)  # a busy machine
    assert end.property("invalid") is True
    assert "«Ora di fine»" in child(window, "saveStateLabel").text()
    qtbot.keyClick(end, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert end.text() == shown and end.property("invalid") is False
    assert child(window, "saveStateLabel").text() == "Tutte le modifiche sono salvate"
    stored = scheduling_service.get_session(db, session_id).end_time
    assert ("" if stored is None else f"{stored:%H:%M}") == shown


def test_reschedule_records_the_change_and_lists_who_to_tell(window, db, monkeypatch) -> None:
    session_id = _only_session(db, window)
    lissone = ente(db, LISSONE, email="protocollo@comune.lissone.mb.it")
    register(db, session_id, ["Rossi"], organisation_id=lissone)
    scheduling_service.confirm_date(db, session_id, APRIL_20)
    window.schedule_tab.reload()
    _select(window, 0)
    _picker_returns(monkeypatch, MAY_4)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Sala non disponibile", True))
    dialogs: list[QDialog] = []
    monkeypatch.setattr(QDialog, "exec", lambda dialog: dialogs.append(dialog) or 0)

    action(window, "rescheduleAction").trigger()

    (change,) = rescheduling_service.date_changes(db, session_id)
    assert (change.old_day, change.new_day, change.reason) == (
        APRIL_20,
        MAY_4,
        "Sala non disponibile",
    )
    assert [row[:2] for row in _rows(window)] == [
        ("lunedì 20 aprile 2026", "scartata"),
        ("lunedì 27 aprile 2026", "scartata"),
        ("lunedì 4 maggio 2026", "confermata"),
    ]
    assert roster(db, session_id) == [("Rossi", RegistrationStatus.CONFIRMED)]
    (dialog,) = dialogs
    assert isinstance(dialog, PeopleToInformDialog)
    assert dialog.emails == "anna.rossi@comune.it; protocollo@comune.lissone.mb.it"
    text = child(dialog, "peopleToInformText").toPlainText()
    assert "Anna Rossi (Comune di Lissone) <anna.rossi@comune.it>" in text
    assert child(dialog, "copyEmailsButton").isEnabled()


def test_cancelling_the_reason_does_not_move_the_session(window, db, monkeypatch) -> None:
    session_id = _only_session(db, window)
    _select(window, 0)
    _picker_returns(monkeypatch, MAY_4)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))  # "Annulla"
    action(window, "rescheduleAction").trigger()
    assert rescheduling_service.date_changes(db, session_id) == []
    assert len(_rows(window)) == 2
    assert all(s is CandidateStatus.CANDIDATE for _d, s in _stored(db, window)[0])


def test_calendar_export_of_a_confirmed_session(
    window, db, tmp_path, monkeypatch, no_unanswered_dialogs
) -> None:
    session_id = _only_session(db, window)
    scheduling_service.confirm_date(db, session_id, APRIL_20)
    scheduling_service.update_session(
        db, session_id, venue="Via Italia 1, Monza", start_time=time(9, 30), end_time=time(16, 0)
    )
    window.schedule_tab.reload()
    target = tmp_path / "calendario" / "sessione monza"
    target.parent.mkdir()
    proposed: list[str] = []

    def save_dialog(_parent, _title, suggested, _filter):
        proposed.append(suggested)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    action(window, "exportCalendarAction").trigger()

    assert Path(proposed[0]).name.endswith("2026-04-20.ics")
    written = target.with_name("sessione monza.ics")
    calendar = icalendar.Calendar.from_ical(written.read_bytes())
    (event,) = calendar.walk("VEVENT")
    assert "Patti di Cittadinanza" in str(event["summary"])
    assert event.decoded("dtstart") == datetime(2026, 4, 20, 9, 30, tzinfo=ROME)
    assert event["dtstart"].params["TZID"] == "Europe/Rome"
    assert "Via Italia 1, Monza" in str(event["location"])
    assert "Documento salvato" in no_unanswered_dialogs  # answered by the fixture


def test_calendar_export_without_a_confirmed_date_explains_why(
    window, db, tmp_path, monkeypatch
) -> None:
    warnings: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _p, title, text, *a, **k: warnings.append((title, text))
    )
    monkeypatch.setattr(QMessageBox, "information", lambda _p, title, text, *a, **k: None)
    target = tmp_path / "sessione.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    _select(window, 0)
    action(window, "exportCalendarAction").trigger()
    ((_title, text),) = warnings
    assert "data confermata" in text
    assert not target.exists()
