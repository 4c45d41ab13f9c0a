"""The window in English, Qt's own buttons in Italian by default, and the language setting."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTableView,
    QTabWidget,
    QWidget,
)

from exchange_desktop import language
from exchange_desktop.services.practices.sample import load_sample
from exchange_desktop.storage.database import Database
from exchange_desktop.ui.window.preferences_dialog import PreferencesDialog
from tests.test_translations import translations
from tests.ui_helpers import action, child, make_window


@pytest.fixture
def english(qapp: object) -> Iterator[None]:
    language.install_translators("en")
    yield
    language.remove_translators()


def _italian_only() -> set[str]:
    """The source strings whose English differs, as a widget would show them ("Date" is
    both an Italian source and an English translation: it does not count)."""
    entries = translations.read_entries(translations.TS_FILE)
    english = {e.translation.replace("&", "").strip() for e in entries}
    return {e.source.replace("&", "").strip() for e in entries} - english - {""}


def _menu_texts(actions: list[QAction]) -> Iterator[str]:
    for item in actions:
        yield item.text()
        menu = item.menu()
        if isinstance(menu, QMenu):
            yield menu.title()
            yield from _menu_texts(menu.actions())


def _shown_texts(window: QWidget) -> Iterator[str]:
    """What the clerk reads on the visible widgets of the window (or a dialog)."""
    if isinstance(window, QMainWindow):
        yield from _menu_texts(window.menuBar().actions())
    yield window.windowTitle()
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield widget.text()
        if isinstance(widget, QGroupBox):
            yield widget.title()
        if isinstance(widget, QTabWidget):
            yield from (widget.tabText(i) for i in range(widget.count()))
        if isinstance(widget, QComboBox):
            yield from (widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, QTableView):
            header = widget.horizontalHeader()
            for column in range(header.count()):
                yield str(widget.model().headerData(column, Qt.Orientation.Horizontal) or "")


def test_the_window_speaks_english_when_english_is_installed(
    qtbot: object, db: Database, tmp_path: Path, english: None
) -> None:
    load_sample(db)
    window = make_window(qtbot, db, tmp_path / "settings.ini")
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "Actio&ns", "E&xport", "&Help"]
    tab_widget = window.tabs
    assert [tab_widget.tabText(i) for i in range(tab_widget.count())] == [
        "P&ractice",
        "Pro&gramme",
        "&Dates",
        "&Participants",
    ]
    assert action(window, "preferencesAction").text() == "P&references…"
    italian = _italian_only()
    left = set()
    for index in range(tab_widget.count()):
        tab_widget.setCurrentIndex(index)
        qtbot.wait(10)  # type: ignore[attr-defined]
        left |= {t for t in _shown_texts(window) if t.replace("&", "").strip() in italian}
    assert not left, f"Italian left in the English window: {sorted(left)}"
    window.grab().save(str(tmp_path / "window-en.png"))


def test_each_menu_has_distinct_english_mnemonics(
    qtbot: object, db: Database, tmp_path: Path, english: None
) -> None:
    window = make_window(qtbot, db, tmp_path / "settings.ini")
    menus = [a.menu() for a in window.menuBar().actions()]
    for menu in [window.menuBar(), *menus]:
        letters = [a.text().split("&", 1)[1][0].lower() for a in menu.actions() if "&" in a.text()]
        assert len(letters) == len(set(letters)), (menu.objectName(), letters)


def test_qt_own_buttons_are_italian_by_default(qapp: object) -> None:
    language.install_translators("it")
    try:
        box = QMessageBox()
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        assert box.button(QMessageBox.StandardButton.Yes).text().replace("&", "") == "Sì"
    finally:
        language.remove_translators()


def test_preferences_save_the_language_for_the_next_start(
    qtbot: object, tmp_path: Path, no_unanswered_dialogs: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(language.LANGUAGE_ENV, raising=False)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    combo = child(dialog, "languageCombo")
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == ["Italiano", "English"]
    assert combo.currentData() == "it"
    combo.setCurrentIndex(combo.findData("en"))
    dialog.accept()
    assert no_unanswered_dialogs == ["Preferenze"]  # "restart to use the language"
    assert (
        QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat).value(
            language.SETTING_KEY
        )
        == "en"
    )
    assert language.chosen_language(settings) == "en"
    monkeypatch.setenv(language.LANGUAGE_ENV, "it")
    assert language.chosen_language(settings) == "it"  # the environment wins, for scripts


def test_file_menu_opens_the_preferences(
    qtbot: object, db: Database, tmp_path: Path, no_unanswered_dialogs: list[str]
) -> None:
    window = make_window(qtbot, db, tmp_path / "settings.ini")
    action(window, "preferencesAction").trigger()
    assert no_unanswered_dialogs == ["Preferenze"]


def test_roster_columns_are_named_in_english(qtbot: object, english: None) -> None:
    from exchange_desktop.services.documents.roster_export import ROSTER_COLUMNS
    from exchange_desktop.ui.documents.day_export_dialogs import RosterColumnsDialog

    dialog = RosterColumnsDialog(list(ROSTER_COLUMNS), ["surname"])
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    assert child(dialog, "rosterColumn_surname").text() == "Surname"
    assert child(dialog, "rosterColumn_waiting_position").text() == "Position on the waiting list"


def test_the_dialogs_speak_english(qtbot: object, db: Database, english: None) -> None:
    from datetime import date

    from exchange_desktop.domain.roster import Organisation, Participant
    from exchange_desktop.domain.sittings import SittingPresence, day_plan
    from exchange_desktop.services.attendance.marks import DayRecord
    from exchange_desktop.ui.documents.day_export_dialogs import SigninOptionsDialog
    from exchange_desktop.ui.roster.attendance_dialog import AttendanceDialog
    from exchange_desktop.ui.roster.organisations_dialog import (
        OrganisationForm,
        OrganisationsDialog,
    )
    from exchange_desktop.ui.roster.participant_dialog import ParticipantDialog

    dialogs = [
        AttendanceDialog(
            "Rossi Anna",
            DayRecord(date(2026, 4, 20), day_plan([]), [SittingPresence(1, True)]),
        ),
        OrganisationsDialog(db),
        OrganisationForm(Organisation(name="Comune di Lissone")),
        SigninOptionsDialog(""),
        ParticipantDialog(
            "New participant",
            Participant(surname="", name=""),
            [],
            ["Istruttore amministrativo"],
            lambda _p: None,
            lambda name: Organisation(name=name),
        ),
    ]
    italian = _italian_only()
    for dialog in dialogs:
        qtbot.addWidget(dialog)  # type: ignore[attr-defined]
        dialog.show()
        left = {t for t in _shown_texts(dialog) if t.replace("&", "").strip() in italian}
        assert not left, (dialog.objectName(), sorted(left))


def test_the_empty_window_speaks_english(
    qtbot: object, db: Database, tmp_path: Path, english: None
) -> None:
    window = make_window(qtbot, db, tmp_path / "settings.ini")
    italian = _italian_only()
    left = {t for t in _shown_texts(window) if t.replace("&", "").strip() in italian}
    assert not left, sorted(left)
    assert "Load the Comune di Monza example" in set(_shown_texts(window))
