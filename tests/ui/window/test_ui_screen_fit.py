"""The clerk's laptop: 1366×768 at 125 % less the taskbar is 1093×574 logical pixels."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QRect, QSettings, QSize
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from ui_helpers import make_window

from exchange_desktop.domain.roster import Participant
from exchange_desktop.i18n import Message
from exchange_desktop.services.practices.sample import load_sample
from exchange_desktop.storage.database import Database
from exchange_desktop.ui.roster.participant_dialog import ParticipantDialog
from exchange_desktop.ui.widgets.fit_check import fit_problems
from exchange_desktop.ui.widgets.screen_fit import FittedDialog
from exchange_desktop.ui.window.main_window import SETTINGS_GEOMETRY, MainWindow

LAPTOP = QRect(0, 0, 1093, 574)
ROOT = Path(__file__).resolve().parents[3]


def test_every_tab_fits_the_laptop_with_nothing_cut_or_hidden(
    qtbot: object, db: Database, tmp_path: Path
) -> None:
    load_sample(db)
    window = make_window(qtbot, db, tmp_path / "settings.ini")
    frame = window.frameGeometry().size() - window.size()  # the frame is on the screen too
    window.resize(LAPTOP.size() - frame)
    assert window.minimumSizeHint().width() <= LAPTOP.width() - frame.width()
    assert window.minimumSizeHint().height() <= LAPTOP.height() - frame.height()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        assert window.frameGeometry().size() == LAPTOP.size()
        assert fit_problems(window, LAPTOP) == [], window.tabs.tabText(index)


def test_tab_buttons_wrap_instead_of_hiding_behind_the_chevron(
    qtbot: object, db: Database, tmp_path: Path
) -> None:
    load_sample(db)
    window = make_window(qtbot, db, tmp_path / "settings.ini")
    window.resize(900, 574)
    for tab in (window.programme_tab, window.schedule_tab, window.roster_tab):
        window.tabs.setCurrentWidget(tab)
        QApplication.processEvents()
        for name, action in tab.actions_by_name.items():
            buttons = [w for w in action.associatedObjects() if isinstance(w, QWidget)]
            shown = [b for b in buttons if b.isVisibleTo(window)]
            assert shown, f"{name} has no button in sight"
            where = QRect(shown[0].mapTo(window, shown[0].rect().topLeft()), shown[0].size())
            assert window.rect().contains(where), name


def test_a_dialog_larger_than_the_screen_opens_within_it(qtbot: object) -> None:
    dialog = FittedDialog()
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.resize(3000, 2000)
    dialog.show()
    available = dialog.screen().availableGeometry()
    assert available.contains(dialog.frameGeometry())


def test_the_participant_dialog_grows_to_show_its_errors_whole(qtbot: object) -> None:
    dialog = ParticipantDialog(
        "Nuovo partecipante", Participant(), [], ["Istruttore"], lambda _p: True, lambda _n: None
    )
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    qtbot.waitExposed(dialog)  # type: ignore[attr-defined]
    before = dialog.height()
    dialog.show_errors(
        {
            "surname": Message("Roster", "Campo obbligatorio."),
            "phone": Message("Roster", "Numero non valido."),
        }
    )
    qtbot.waitUntil(lambda: dialog.height() > before)  # type: ignore[attr-defined]
    QApplication.processEvents()
    errors = [w for w in dialog.findChildren(QLabel) if w.isVisible() and "Error" in w.objectName()]
    assert len(errors) == 2
    assert fit_problems(dialog) == []


def test_a_window_remembered_on_a_missing_screen_opens_at_80_percent_centred(
    qtbot: object, db: Database, tmp_path: Path
) -> None:
    settings_file = tmp_path / "settings.ini"
    first = make_window(qtbot, db, settings_file)
    first.setGeometry(2500, 1400, 1800, 1000)  # docked at 1920×1080 to the right, say
    settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    settings.setValue(SETTINGS_GEOMETRY, first.saveGeometry())
    settings.sync()
    first.close()
    assert isinstance(settings.value(SETTINGS_GEOMETRY), QByteArray)
    window = make_window(qtbot, db, settings_file)
    available = window.screen().availableGeometry()
    # (at least the window's minimum width: 800 px on the test's 800×800 screen)
    assert available.adjusted(-2, -2, 2, 2).contains(window.frameGeometry())
    assert window.width() >= int(available.width() * 0.8) - 1
    assert abs(window.frameGeometry().center().x() - available.center().x()) <= 2


@pytest.mark.slow
def test_the_screenshots_script_sees_nothing_cut_at_125_percent(tmp_path: Path) -> None:
    """The same check as a human looking at the pictures: scripts/screenshots.py."""
    script = ROOT / "scripts" / "screenshots.py"
    done = subprocess.run(
        [sys.executable, str(script), str(tmp_path), "--screen", "laptop-125"],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr[-2000:]
    pictures = sorted(p.name for p in (tmp_path / "laptop-125").glob("*.png"))
    assert len(pictures) >= 25
    assert any("partecipanti" in name for name in pictures)
    assert "nothing clipped" in done.stdout


def test_a_window_closed_maximised_reopens_maximised_and_one_closed_normal_at_its_size(
    qtbot: object, db: Database, tmp_path: Path
) -> None:
    """As the program starts: the frame shown first, the database attached once painted."""
    load_sample(db)
    settings_file = tmp_path / "settings.ini"
    first = make_window(qtbot, db, settings_file)
    first.showMaximized()
    qtbot.waitUntil(first.isMaximized)  # type: ignore[attr-defined]
    first.close()

    def reopened() -> MainWindow:
        settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
        window = MainWindow(None, settings)
        qtbot.addWidget(window)  # type: ignore[attr-defined]
        window.show()
        qtbot.waitExposed(window)  # type: ignore[attr-defined]
        window.attach(db)
        QApplication.processEvents()
        return window

    second = reopened()
    assert second.isMaximized()
    assert second.frameGeometry().size() == second.screen().availableGeometry().size()
    second.showNormal()
    qtbot.waitUntil(lambda: not second.isMaximized())  # type: ignore[attr-defined]
    second.resize(700, 500)
    QApplication.processEvents()
    second.close()
    third = reopened()
    assert not third.isMaximized()
    assert third.size() == QSize(700, 500)


def test_a_table_showing_less_than_four_of_its_rows_is_reported(qtbot: object) -> None:
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QTableView, QVBoxLayout

    window = QWidget()
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    table = QTableView()
    table.setObjectName("shortTable")
    table.setModel(QStandardItemModel(6, 2, table))
    QVBoxLayout(window).addWidget(table)
    window.resize(400, 90)  # a row and a half, as the Enti's grid had
    window.show()
    QApplication.processEvents()
    assert any("shortTable: shows less than 4 of its 6 rows" in p for p in fit_problems(window))
    window.resize(400, 400)
    QApplication.processEvents()
    assert fit_problems(window) == []
