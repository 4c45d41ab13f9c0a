"""A whole task with the keyboard alone, as a screen-reader user does it: add a person,
mark her present in the morning sitting, print the sign-in sheet; the accessible name of
every control the focus lands on is checked on the way."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from pathlib import Path

import pytest
from day_helpers import ente, page_texts, sign_up
from pypdf import PdfReader
from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QMessageBox,
    QToolButton,
    QWidget,
)
from ui_helpers import make_window, settle

from exchange_desktop.domain.sittings import Sitting
from exchange_desktop.services import roster
from exchange_desktop.services.attendance import marks as attendance
from exchange_desktop.services.attendance.sittings import set_sittings
from exchange_desktop.services.practices.sample import load_sample
from exchange_desktop.services.scheduling import sessions as scheduling
from exchange_desktop.storage.database import Database
from exchange_desktop.ui.widgets.a11y_check import accessibility_problems

#: Enough Tab presses to go round any tab of the window.
MAX_PRESSES = 80


def _name(widget: QWidget | None) -> str:
    if widget is None:
        return ""
    interface = QAccessible.queryAccessibleInterface(widget)
    # (a combo box's name on Linux is its value; the one Windows reads is the property)
    return widget.accessibleName() or interface.text(QAccessible.Text.Name)


class Clerk:
    """Presses keys where the focus is, and writes down what a screen reader would say."""

    def __init__(self, qtbot: object, window: QWidget) -> None:
        self.qtbot = qtbot
        self.window = window
        self.heard: list[str] = []
        self.problems: list[str] = []

    def focus(self) -> QWidget:
        """Where the keys go: the focused control, else the active window (at the start)."""
        return QApplication.focusWidget() or QApplication.activeWindow() or self.window

    def press(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
        self.qtbot.keyClick(self.focus(), key, modifiers)  # type: ignore[attr-defined]
        QApplication.processEvents()
        focused = QApplication.focusWidget()
        if focused is not None:
            name = _name(focused)
            self.heard.append(name)
            if not name:
                self.problems.append(f"{focused.objectName() or type(focused).__name__}: no name")

    def back_in_window(self) -> None:
        """Once a dialog has closed: the window active again, the focus where it was (the
        offscreen platform, unlike Windows, leaves reactivating the window to us)."""
        self.window.activateWindow()
        self.qtbot.waitUntil(  # type: ignore[attr-defined]
            lambda: (
                QApplication.activeWindow() is self.window
                and QApplication.focusWidget() is not None
            )
        )

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(self.focus(), text)  # type: ignore[attr-defined]

    def tab_to(self, wanted: Callable[[QWidget], bool]) -> QWidget:
        for _press in range(MAX_PRESSES):
            if wanted(self.focus()):
                return self.focus()
            self.press(Qt.Key.Key_Tab)
        raise AssertionError(f"not reached with Tab; heard {self.heard[-MAX_PRESSES:]}")

    def in_dialog(self, act: Callable[[QWidget], None]) -> None:
        """``act`` on the modal dialog the next key opens; it is closed whatever happens."""

        def run() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None or QApplication.activeWindow() is not dialog:
                QTimer.singleShot(10, run)  # until it is open and has the focus
                return
            try:
                self.problems += [
                    f"{dialog.objectName()}: {p}"
                    for p in accessibility_problems(dialog, interactive=False)
                ]
                act(dialog)
            except Exception as error:
                self.problems.append(f"{dialog.objectName()}: {error!r}")
            finally:
                if dialog.isVisible():
                    dialog.close()

        QTimer.singleShot(0, run)


def _modal(dialog: QDialog) -> int:
    """QDialog.exec as Qt runs it (conftest answers every dialog "No" unless told)."""
    loop = QEventLoop()
    dialog.finished.connect(loop.quit)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.show()
    loop.exec()
    return dialog.result()


@pytest.fixture
def session_id(db: Database) -> int:
    practice = load_sample(db)
    (summary,) = scheduling.session_summaries(db, practice.id)
    session = summary.session.id
    scheduling.confirm_date(db, session, date(2026, 4, 20))
    sign_up(db, session, [("Rossi", "Maria")], ente(db, "Comune di Lissone"))
    set_sittings(db, session, [Sitting(time(9, 30), time(13, 0)), Sitting(time(14), time(17))])
    return session


def _new_person(clerk: Clerk) -> None:
    """The participant dialog, field by field, as the screen reader names them."""
    assert _name(clerk.focus()) == "Cognome, obbligatorio"
    clerk.type("Neri")
    clerk.press(Qt.Key.Key_Tab)
    assert clerk.heard[-1] == "Nome, obbligatorio"
    clerk.type("Paola")
    clerk.press(Qt.Key.Key_Tab)
    assert clerk.heard[-1] == "Ente"
    clerk.press(Qt.Key.Key_Down)  # the first Ente of the list
    clerk.press(Qt.Key.Key_Tab)
    assert clerk.heard[-1] == "Nuovo Ente…"
    clerk.press(Qt.Key.Key_Tab)
    assert clerk.heard[-1] == "Ruolo"
    clerk.press(Qt.Key.Key_Tab)
    assert clerk.heard[-1] == "Email"
    clerk.type("paola.neri@comune.example.it")
    clerk.press(Qt.Key.Key_Return)  # Salva


def _present_in_the_morning(clerk: Clerk) -> None:
    assert _name(clerk.focus()) == "Presente, mattina"  # not one of two "Presente"
    clerk.press(Qt.Key.Key_Space)
    clerk.press(Qt.Key.Key_Tab)
    assert clerk.heard[-1] == "Entrata, mattina"
    clerk.press(Qt.Key.Key_Return)  # OK


def _is_action(name: str) -> Callable[[QWidget], bool]:
    def wanted(widget: QWidget) -> bool:
        action = widget.defaultAction() if isinstance(widget, QToolButton) else None
        return action is not None and action.objectName() == name

    return wanted


def test_add_a_person_mark_her_present_in_the_morning_and_print_the_sheet(
    qtbot, db: Database, session_id: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sheet = tmp_path / "foglio firme.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(sheet), ""))
    monkeypatch.setattr(QDialog, "exec", _modal)  # our dialogs as the clerk meets them
    monkeypatch.setattr(QMessageBox, "exec", lambda box: box.reject() or 0)  # "Documento salvato"
    window = make_window(qtbot, db, tmp_path / "settings.ini")
    window.resize(1093, 574)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.waitUntil(window.roster_tab.isEnabled)  # filled in once the window is painted
    clerk = Clerk(qtbot, window)
    clerk.press(Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)  # Partecipanti
    clerk.press(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert clerk.heard[-1] == "Cerca"

    clerk.in_dialog(lambda _dialog: _new_person(clerk))
    clerk.press(
        Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    clerk.back_in_window()
    rows = {row.surname: row for row in roster.roster(db, session_id)}
    assert "Neri" in rows, clerk.problems

    assert _name(clerk.tab_to(_is_action("attendanceTimesAction"))).rstrip("…") == "Orari"
    clerk.in_dialog(lambda _dialog: _present_in_the_morning(clerk))
    clerk.press(Qt.Key.Key_Space)
    clerk.back_in_window()
    record = attendance.day_attendance(db, rows["Neri"].registration_id)
    assert [p.present for p in record.presences] == [True, False], clerk.problems

    clerk.tab_to(lambda w: _name(w).rstrip("…") == "Foglio firme")
    clerk.in_dialog(lambda _dialog: clerk.press(Qt.Key.Key_Return))  # the options as they are
    clerk.press(Qt.Key.Key_Space)
    settle(clerk.window)  # the sheet is written off the GUI thread
    assert sheet.exists(), clerk.problems
    assert "Neri Paola" in " ".join(page_texts(sheet))
    info = PdfReader(sheet)
    assert info.metadata.title.startswith("Foglio firme")
    assert info.trailer["/Root"]["/Lang"] == "it-IT"
    assert bool(info.trailer["/Root"]["/ViewerPreferences"]["/DisplayDocTitle"])
    assert clerk.problems == []
    assert "" not in clerk.heard
