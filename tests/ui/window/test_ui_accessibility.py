"""What a screen-reader or keyboard-only clerk meets (EN 301 549 chapter 11), walked in
process through QAccessible: names, Tab traps, focus stops, contrast in light and dark."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from day_helpers import ente, sign_up
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QPalette, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from ui_helpers import child, make_window

from exchange_desktop.domain.roster import Participant
from exchange_desktop.services.practices.sample import load_sample
from exchange_desktop.services.scheduling import sessions as scheduling
from exchange_desktop.storage.database import Database
from exchange_desktop.ui.roster.participant_dialog import ParticipantDialog
from exchange_desktop.ui.widgets.a11y_check import accessibility_problems
from exchange_desktop.ui.widgets.contrast import contrast, dark_palette
from exchange_desktop.ui.window.main_window import MainWindow


@pytest.fixture
def window(qtbot, db: Database, tmp_path: Path) -> MainWindow:
    practice = load_sample(db)
    (summary,) = scheduling.session_summaries(db, practice.id)
    scheduling.confirm_date(db, summary.session.id, date(2026, 4, 20))
    sign_up(
        db,
        summary.session.id,
        [("Rossi", "Maria"), ("Bianchi", "Luca")],
        ente(db, "Comune di Lissone"),
    )
    main = make_window(qtbot, db, tmp_path / "settings.ini")
    main.resize(1093, 574)  # the laptop at 125 %
    return main


def _name(widget: QWidget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def _walk_every_tab(window: MainWindow) -> list[str]:
    problems = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        found = accessibility_problems(window)
        problems += [f"{window.tabs.tabText(index)}: {problem}" for problem in found]
    return problems


def test_every_tab_has_every_control_named_no_trap_and_readable_text(window) -> None:
    assert _walk_every_tab(window) == []


def test_the_same_holds_in_the_dark_palette_of_windows(qtbot, db, tmp_path) -> None:
    app = QApplication.instance()
    light = app.palette()
    app.setPalette(dark_palette())
    try:
        load_sample(db)
        window = make_window(qtbot, db, tmp_path / "settings.ini")
        window.resize(1093, 574)
        assert _walk_every_tab(window) == []
    finally:
        app.setPalette(light)


def test_the_walk_finds_what_a_screen_reader_or_keyboard_user_would_miss(qtbot) -> None:
    """The measuring tool itself: each kind of problem of the issue is reported."""
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    holder = QWidget()  # a field wrapped with its error line: the buddy names nothing
    QVBoxLayout(holder).addWidget(QLineEdit(objectName="wrappedEdit"))
    caption = QLabel("Cognome")
    caption.setBuddy(holder.findChild(QLineEdit))
    layout.addWidget(caption)
    layout.addWidget(holder)
    table = QTableView(objectName="trapTable")
    table.setModel(QStandardItemModel(3, 3, table))
    layout.addWidget(table)
    area = QScrollArea(objectName="emptyScroll")
    area.setAccessibleName("area")
    layout.addWidget(area)
    faint = QLabel("annullato", objectName="faintLabel")
    faint.setStyleSheet("color: #8a8a8a;")
    layout.addWidget(faint)
    faint_hint = QLineEdit(objectName="hintEdit", accessibleName="Ora", placeholderText="hh:mm")
    palette = faint_hint.palette()
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#9a9a9a"))
    faint_hint.setPalette(palette)
    layout.addWidget(faint_hint)
    layout.addWidget(QLineEdit(objectName="lastEdit", accessibleName="Ultimo"))
    page.show()
    qtbot.waitExposed(page)
    problems = "\n".join(accessibility_problems(page))
    assert "wrappedEdit: EditableText without an accessible name" in problems
    assert "trapTable: Table without an accessible name" in problems
    assert "trapTable: Tab does not leave it (a keyboard trap)" in problems
    assert "emptyScroll: a scroll area takes the focus and shows none" in problems
    assert "faintLabel: text #8a8a8a at 3.00:1" in problems  # on the window's grey
    assert "hintEdit: placeholder #9a9a9a at 2.81:1" in problems  # "hh:mm" is an instruction
    assert "lastEdit" not in problems  # named, leaves on Tab, ringed by the focus: fine


def _dialog(qtbot, participant: Participant | None = None) -> ParticipantDialog:
    dialog = ParticipantDialog(
        "Nuovo partecipante",
        participant or Participant(),
        [],
        ["Istruttore amministrativo"],
        lambda _p: True,
        lambda _n: None,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.focusWidget() is not None)
    return dialog


def test_the_participant_dialog_says_each_field_and_that_names_are_required(qtbot) -> None:
    dialog = _dialog(qtbot)
    assert dialog.focusWidget() is dialog.surname  # it opens on its first field
    assert _name(dialog.surname) == "Cognome, obbligatorio"
    assert _name(dialog.name) == "Nome, obbligatorio"
    # A combo box: Windows' UI Automation reads the name set here; Qt on Linux gives AT-SPI
    # its value as name and the label through a relation (see the AT-SPI test).
    assert dialog.organisation.accessibleName() == "Ente"  # not "— nessun Ente —"
    assert dialog.role.accessibleName() == "Ruolo"
    assert _name(dialog.fiscal_code) == "Codice fiscale"
    consent = QAccessible.queryAccessibleInterface(dialog.consent)
    assert "interesse pubblico" in consent.text(QAccessible.Text.Description)
    assert accessibility_problems(dialog) == []


def test_save_with_two_errors_moves_the_focus_to_the_first_and_describes_each(qtbot) -> None:
    dialog = _dialog(qtbot)
    dialog.email.setFocus()
    qtbot.keyClicks(dialog.email, "non-un-indirizzo")
    qtbot.keyClick(dialog.email, Qt.Key.Key_Return)  # Salva
    assert dialog.isVisible()
    assert dialog.focusWidget() is dialog.surname  # the first field in error
    surname = QAccessible.queryAccessibleInterface(dialog.surname)
    assert surname.text(QAccessible.Text.Description).startswith("Errore:")
    email = QAccessible.queryAccessibleInterface(dialog.email)
    assert email.text(QAccessible.Text.Description).startswith("Errore:")
    assert dialog.email.property("invalid") is True
    assert accessibility_problems(dialog, interactive=False) == []  # the red reads, too
    qtbot.keyClicks(dialog.surname, "Neri")
    qtbot.keyClicks(dialog.name, "Paolo")
    dialog.email.clear()
    qtbot.keyClick(dialog.email, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert dialog.email.property("invalid") is False
    assert not dialog.email.accessibleDescription()


def test_esc_asks_before_throwing_typed_data_away(qtbot, monkeypatch) -> None:
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]

    def question(_parent, title, *_args, **_kwargs):
        asked.append(title)
        return answers[len(asked) - 1]

    monkeypatch.setattr(QMessageBox, "question", question)
    untouched = _dialog(qtbot, Participant(surname="Rossi", name="Maria"))
    qtbot.keyClick(untouched.surname, Qt.Key.Key_Escape)
    assert not untouched.isVisible() and asked == []  # nothing typed: nothing to lose
    dialog = _dialog(qtbot)
    qtbot.keyClicks(dialog.surname, "Neri")
    qtbot.keyClick(dialog.surname, Qt.Key.Key_Escape)
    assert asked == ["Scartare i dati inseriti?"] and dialog.isVisible()
    assert dialog.surname.text() == "Neri"
    qtbot.keyClick(dialog.surname, Qt.Key.Key_Escape)
    assert len(asked) == 2 and not dialog.isVisible()


def test_ctrl_f_finds_and_f2_edits_from_anywhere_in_the_roster_tab(qtbot, window, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(
        ParticipantDialog, "exec", lambda dialog: opened.append(dialog.windowTitle()) or 0
    )
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    table = child(window, "rosterTable")
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = child(window, "rosterSearch")
    assert QApplication.focusWidget() is search
    qtbot.keyClick(search, Qt.Key.Key_F2)  # the table is not focused: it edits all the same
    assert opened == ["Modifica partecipante"]
    qtbot.keyClick(
        search,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert opened[-1] == "Nuovo partecipante"


def test_every_entry_of_the_actions_menu_has_a_mnemonic_of_its_own(window) -> None:
    for index in range(1, window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        entries = [a for a in window.actions_menu.actions() if not a.isSeparator()]
        letters = []
        for entry in entries:
            text = entry.text().replace("&&", "")
            assert "&" in text, f"{window.tabs.tabText(index)}: {entry.text()}"
            letters.append(text[text.index("&") + 1].lower())
        own = letters[: len(window.tabs.currentWidget().action_bar.actions())]
        assert len(own) == len(set(own)), window.tabs.tabText(index)  # the tab's own actions
        assert not set(own) & set(letters[len(own) :])  # none taken from the tab switches


def test_the_focus_ring_stands_out_three_to_one_on_the_action_bar(qtbot, window) -> None:
    window.tabs.setCurrentIndex(3)
    QApplication.processEvents()
    bar = window.roster_tab.action_bar
    button = next(b for b in bar.findChildren(QToolButton) if b.isVisible())
    button.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    ring = next(w for w in window.findChildren(QWidget) if w.objectName() == "focusRing")
    around = ring.parentWidget()
    assert ring.isVisible()
    assert ring.geometry().contains(button.mapTo(around, button.rect().center()))
    image = around.grab(ring.geometry()).toImage()
    edge = image.pixelColor(1, image.height() // 2)  # on the ring's left side
    behind = window.palette().color(window.backgroundRole())
    assert contrast(edge, behind) >= 3


@pytest.mark.slow
def test_every_window_and_dialog_of_the_screenshots_in_the_dark_palette(tmp_path: Path) -> None:
    """scripts/screenshots.py --dark: the walk of every window and dialog it opens, at
    125 %, in Windows' dark mode (the light one is run by test_ui_screen_fit)."""
    import subprocess
    import sys

    script = Path(__file__).resolve().parents[3] / "scripts" / "screenshots.py"
    done = subprocess.run(
        [sys.executable, str(script), str(tmp_path), "--screen", "laptop-125", "--dark"],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr[-2000:]
    report = (tmp_path / "laptop-125" / "accessibility.txt").read_text(encoding="utf-8")
    assert report.startswith("every control named")
    assert len(list((tmp_path / "laptop-125").glob("*.png"))) >= 25


def test_the_calendar_says_the_whole_day_and_its_warning(qtbot) -> None:
    from exchange_desktop.i18n import Message
    from exchange_desktop.ui.schedule.date_picker import DatePickerDialog

    def warnings(day: date) -> list[Message]:
        return [Message("Calendar", "È un sabato.")] if day.weekday() == 5 else []

    dialog = DatePickerDialog("Aggiungi una data", warnings, date(2026, 5, 8))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    days = child(dialog, "qt_calendar_calendarview")
    assert _name(days) == "Calendario"
    assert days.accessibleDescription() == "venerdì 8 maggio 2026"
    dialog.calendar.setSelectedDate(dialog.calendar.selectedDate().addDays(1))
    assert days.accessibleDescription() == "sabato 9 maggio 2026. È un sabato."
    assert accessibility_problems(dialog, interactive=False) == []


def test_a_tooltip_shows_when_the_keyboard_brings_the_focus(qtbot, window) -> None:
    from PySide6.QtWidgets import QToolTip

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.tabs.setCurrentIndex(2)
    qtbot.wait(100)  # the tab settled (its first field focused)
    protocol = child(window, "session_protocol_numberEdit")
    shown: list[str] = []
    QApplication.instance().focusChanged.connect(lambda _old, new: shown.append(QToolTip.text()))
    protocol.setFocus(Qt.FocusReason.TabFocusReason)
    assert QApplication.focusWidget() is protocol
    assert shown == ["Numero di protocollo stampato sugli attestati"]
    assert QToolTip.isVisible()
    assert protocol.accessibleDescription() == shown[0]  # and for the screen reader


def test_every_entry_of_every_menu_has_a_mnemonic_of_its_own(window) -> None:
    for menu in (window.file_menu, window.edit_menu, window.export_menu, window.help_menu):
        letters = []
        for entry in menu.actions():
            if entry.isSeparator() or not entry.isVisible():
                continue
            text = entry.text().replace("&&", "")
            assert "&" in text, f"{menu.title()}: {entry.text()}"
            letters.append(text[text.index("&") + 1].lower())
        assert len(letters) == len(set(letters)), f"{menu.title()}: {letters}"
