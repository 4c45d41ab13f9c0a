"""The attestato's fields in the window: practice form (signer, minimum, coat of arms,
privacy texts), the session's protocol number, the default signer in the preferences."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image as PilImage
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLineEdit, QSpinBox
from ui_helpers import child, make_window

from exchange_desktop.domain.certificates import Signer
from exchange_desktop.preferences import default_signer
from exchange_desktop.services.practices import catalogue as practice_service
from exchange_desktop.services.practices.sample import load_sample
from exchange_desktop.services.scheduling import sessions as scheduling_service
from exchange_desktop.storage.database import Database
from exchange_desktop.ui.practice.coat_of_arms_field import CoatOfArmsField
from exchange_desktop.ui.window.preferences_dialog import PreferencesDialog


@pytest.fixture
def window(qtbot, db: Database, tmp_path: Path):
    load_sample(db)
    return make_window(qtbot, db, tmp_path / "settings.ini")


def _practice(db: Database, window):
    return practice_service.get_practice(db, window.practice_tab.practice_id)


def _type(qtbot, window, name: str, text: str) -> None:
    widget = child(window, name)
    assert isinstance(widget, QLineEdit)
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def test_signer_minimum_and_privacy_texts_are_saved(qtbot, window, db) -> None:
    assert child(window, "signer_nameEdit").text() == "Dott.ssa Laura Ferrari (nome di esempio)"
    assert child(window, "min_attendance_percentEdit").value() == 75
    _type(qtbot, window, "signer_nameEdit", "Dott.ssa Maria Bianchi")
    _type(qtbot, window, "signer_titleEdit", "Dirigente del Settore")
    minimum = child(window, "min_attendance_percentEdit")
    assert isinstance(minimum, QSpinBox)
    assert (minimum.minimum(), minimum.maximum()) == (0, 100)
    minimum.setValue(80)
    _type(qtbot, window, "privacy_controllerEdit", "Comune di Monza, piazza Trento e Trieste")
    _type(qtbot, window, "privacy_dpoEdit", "rpd@comune.monza.it")
    _type(qtbot, window, "privacy_infoEdit", "https://www.comune.monza.it/privacy")
    assert window.practice_tab.form.flush()
    stored = _practice(db, window)
    assert (stored.signer_name, stored.signer_title) == (
        "Dott.ssa Maria Bianchi",
        "Dirigente del Settore",
    )
    assert stored.min_attendance_percent == 80
    assert stored.privacy_controller == "Comune di Monza, piazza Trento e Trieste"
    assert stored.privacy_dpo == "rpd@comune.monza.it"
    assert stored.privacy_info == "https://www.comune.monza.it/privacy"


def test_coat_of_arms_is_chosen_stored_and_removed(
    qtbot, window, db, tmp_path: Path, no_unanswered_dialogs
) -> None:
    field = window.findChild(CoatOfArmsField)
    assert field is not None and field.objectName() == "coat_of_armsEdit"
    assert child(window, "coatOfArmsDescription").text() == "Nessuno stemma"
    assert not child(window, "coatOfArmsRemoveButton").isEnabled()
    buffer = io.BytesIO()
    PilImage.new("RGB", (20, 24), (200, 0, 0)).save(buffer, "PNG")
    png = tmp_path / "stemma monza.png"
    png.write_bytes(buffer.getvalue())
    field.ask_file = lambda: str(png)
    child(window, "coatOfArmsChooseButton").click()
    assert window.practice_tab.form.flush()
    stored = _practice(db, window)
    assert (stored.coat_of_arms, stored.coat_of_arms_format) == (png.read_bytes(), "png")
    assert "stemma monza.png" in child(window, "coatOfArmsDescription").text()
    assert child(window, "coatOfArmsPreview").pixmap() is not None

    wrong = tmp_path / "foto.jpg"
    wrong.write_bytes(b"\xff\xd8\xff\xe0JFIF")
    field.ask_file = lambda: str(wrong)
    child(window, "coatOfArmsChooseButton").click()
    assert no_unanswered_dialogs == ["Stemma non usato"]
    assert _practice(db, window).coat_of_arms == png.read_bytes()  # kept

    child(window, "coatOfArmsRemoveButton").click()
    assert window.practice_tab.form.flush()
    stored = _practice(db, window)
    assert (stored.coat_of_arms, stored.coat_of_arms_format) == (None, "")


def test_protocol_number_in_the_session_editor(qtbot, window, db) -> None:
    window.tabs.setCurrentWidget(window.schedule_tab)
    table = child(window, "scheduleTable")
    table.setCurrentIndex(table.model().index(0, 0))
    _type(qtbot, window, "session_protocol_numberEdit", "12345/2026")
    assert window.schedule_tab.form.flush()
    (summary,) = scheduling_service.session_summaries(db, window.practice_tab.practice_id)
    assert summary.session.protocol_number == "12345/2026"


def test_preferences_keep_the_default_signer(qtbot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat)
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert child(dialog, "defaultSignerNameEdit").text() == ""
    child(dialog, "defaultSignerNameEdit").setText("  Dott. Mario   Rossi ")
    child(dialog, "defaultSignerTitleEdit").setText("Dirigente")
    dialog.accept()
    assert default_signer(settings) == Signer("Dott. Mario Rossi", "Dirigente")
    again = PreferencesDialog(settings)
    qtbot.addWidget(again)
    assert child(again, "defaultSignerTitleEdit").text() == "Dirigente"
