"""The Pratica tab: typing saves by itself, undo/redo, validation beside the field, restarts."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QSpinBox
from ui_helpers import action, child, make_window

from exchange_desktop.domain.enums import TransferMode
from exchange_desktop.services.practices import catalogue as practice_service
from exchange_desktop.services.practices.sample import load_sample
from exchange_desktop.storage.database import Database, open_database
from exchange_desktop.ui.widgets.autosave_form import SAVE_DELAY_MS

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def sample_id(db: Database) -> int:
    return load_sample(db).id


def _stored(db: Database, practice_id: int, field: str) -> object:
    return getattr(practice_service.get_practice(db, practice_id), field)


def _saved(window) -> bool:
    return window.practice_tab.form.state.value == "saved"


def test_typing_is_saved_within_a_second(qtbot, db, settings_file, sample_id) -> None:
    window = make_window(qtbot, db, settings_file)
    host = child(window, "host_comuneEdit")
    assert isinstance(host, QLineEdit)
    host.clear()
    qtbot.keyClicks(host, "Comune di Sesto San Giovanni")
    assert _stored(db, sample_id, "host_comune") == "Comune di Monza"  # not yet: debounced
    qtbot.waitUntil(
        lambda: _stored(db, sample_id, "host_comune") == "Comune di Sesto San Giovanni",
        timeout=SAVE_DELAY_MS + 1000,
    )
    assert child(window, "saveStateLabel").text() == "Tutte le modifiche sono salvate"


def test_leaving_the_field_saves_at_once(qtbot, db, settings_file, sample_id) -> None:
    window = make_window(qtbot, db, settings_file)
    description = child(window, "descriptionEdit")
    assert isinstance(description, QPlainTextEdit)
    description.setFocus()
    description.setPlainText("Primo paragrafo.\n\nSecondo paragrafo con «virgolette» & <b>.")
    child(window, "aimEdit").setFocus()
    window.practice_tab.form.flush()  # offscreen focus events are not always delivered
    assert _stored(db, sample_id, "description") == (
        "Primo paragrafo.\n\nSecondo paragrafo con «virgolette» & <b>."
    )


def test_undo_and_redo_go_through_the_database(qtbot, db, settings_file, sample_id) -> None:
    window = make_window(qtbot, db, settings_file)
    office = child(window, "officeEdit")
    office.setFocus()
    office.selectAll()
    qtbot.keyClicks(office, "Ufficio Europa")
    window.practice_tab.form.flush()
    assert _stored(db, sample_id, "office") == "Ufficio Europa"

    undo = action(window, "undoAction")
    assert undo.isEnabled()
    undo.trigger()
    assert office.text() == "Servizio Partecipazione, Giovani e Pari Opportunità"
    assert _stored(db, sample_id, "office") == "Servizio Partecipazione, Giovani e Pari Opportunità"

    action(window, "redoAction").trigger()
    assert office.text() == "Ufficio Europa"
    assert _stored(db, sample_id, "office") == "Ufficio Europa"


def test_ctrl_z_in_a_field_uses_the_tab_history(qtbot, db, settings_file, sample_id) -> None:
    window = make_window(qtbot, db, settings_file)
    window.activateWindow()
    phone = child(window, "contact_phoneEdit")
    phone.setFocus()
    qtbot.keyClicks(phone, "039 2372")
    qtbot.keyClick(phone, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert phone.text() == ""
    qtbot.keyClick(phone, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert phone.text() == "039 2372"
    window.practice_tab.form.flush()
    assert _stored(db, sample_id, "contact_phone") == "039 2372"


def test_value_survives_closing_and_reopening(qtbot, db_path, settings_file) -> None:
    db = open_database(db_path)
    practice_id = load_sample(db).id
    window = make_window(qtbot, db, settings_file)
    spin = child(window, "max_participantsEdit")
    assert isinstance(spin, QSpinBox)
    spin.setValue(12)
    combo = child(window, "transfer_modeEdit")
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(TransferMode.WEBINAR.value))
    window.close()  # flushes
    db.close()

    reopened = open_database(db_path)
    again = make_window(qtbot, reopened, settings_file)
    assert child(again, "max_participantsEdit").value() == 12
    assert child(again, "transfer_modeEdit").currentData() == TransferMode.WEBINAR.value
    stored = practice_service.get_practice(reopened, practice_id)
    assert stored.max_participants == 12
    assert stored.transfer_mode is TransferMode.WEBINAR
    again.close()
    reopened.close()


def test_empty_title_is_refused_beside_the_field(qtbot, db, settings_file, sample_id) -> None:
    window = make_window(qtbot, db, settings_file)
    title = child(window, "titleEdit")
    title.setFocus()
    title.setPlainText("   ")
    window.practice_tab.form.flush()
    error = child(window, "titleError")
    assert isinstance(error, QLabel)
    assert error.isVisibleTo(window)
    assert error.text() == "Campo obbligatorio."
    assert _stored(db, sample_id, "title").startswith("Patti di Cittadinanza")
    assert "Non salvato" in child(window, "saveStateLabel").text()

    title.setPlainText("Patti di Cittadinanza 2027")
    window.practice_tab.form.flush()
    assert not error.isVisibleTo(window)
    assert _stored(db, sample_id, "title") == "Patti di Cittadinanza 2027"
    assert _saved(window)


def test_bad_email_is_explained_and_not_saved(qtbot, db, settings_file, sample_id) -> None:
    window = make_window(qtbot, db, settings_file)
    email = child(window, "contact_emailEdit")
    qtbot.keyClicks(email, "ufficio.partecipazione@")
    window.practice_tab.form.flush()
    assert "Indirizzo email non valido" in child(window, "contact_emailError").text()
    assert _stored(db, sample_id, "contact_email") == ""
    qtbot.keyClicks(email, "comune.monza.it")
    window.practice_tab.form.flush()
    assert _stored(db, sample_id, "contact_email") == "ufficio.partecipazione@comune.monza.it"


def test_profiles_one_per_line(qtbot, db, settings_file, sample_id) -> None:
    window = make_window(qtbot, db, settings_file)
    profiles = child(window, "profilesEdit")
    profiles.setPlainText(
        "Personale amministrativo\n\n  Assistenti sociali  \npersonale AMMINISTRATIVO\n"
    )
    window.practice_tab.form.flush()
    assert _stored(db, sample_id, "profiles") == ["Personale amministrativo", "Assistenti sociali"]


def test_title_edit_renames_the_list_entry(qtbot, db, settings_file, sample_id) -> None:
    window = make_window(qtbot, db, settings_file)
    child(window, "titleEdit").setPlainText("Bilancio partecipativo")
    window.practice_tab.form.flush()
    model = child(window, "practiceList").model()
    assert model.index(0, 0).data() == "Bilancio partecipativo"


def test_switching_practice_saves_pending_edits(qtbot, db, settings_file, sample_id) -> None:
    other = practice_service.create_practice(db)
    window = make_window(qtbot, db, settings_file)
    view = child(window, "practiceList")
    view.setCurrentIndex(view.model().index(view.model().row_of(sample_id)))
    child(window, "aimEdit").setPlainText("Obiettivo nuovo")
    view.setCurrentIndex(view.model().index(view.model().row_of(other.id)))
    assert _stored(db, sample_id, "aim") == "Obiettivo nuovo"
    assert window.practice_tab.practice_id == other.id
    assert not action(window, "undoAction").isEnabled()  # history belongs to the other practice


KILL_SCRIPT = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QPlainTextEdit
    from exchange_desktop.storage.database import open_database
    from exchange_desktop.ui.window.main_window import MainWindow
    from exchange_desktop.ui.widgets.autosave_form import SAVE_DELAY_MS

    app = QApplication([])
    db = open_database(Path(sys.argv[1]))
    window = MainWindow(db, QSettings(sys.argv[2], QSettings.Format.IniFormat))
    window.show()
    edit = window.findChild(QPlainTextEdit, "aimEdit")
    edit.setFocus()
    QTest.keyClicks(edit, " Scritto prima della chiusura forzata.")
    QTest.qWait(SAVE_DELAY_MS + 300)
    print("typed", flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX kill")
def test_edit_survives_killing_the_process(tmp_path: Path, db_path: Path) -> None:
    db = open_database(db_path)
    practice_id = load_sample(db).id
    db.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", KILL_SCRIPT, str(db_path), str(tmp_path / "s.ini")],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == -signal.SIGKILL, result.stderr
    assert "typed" in result.stdout
    reopened = open_database(db_path)
    aim = practice_service.get_practice(reopened, practice_id).aim
    reopened.close()
    assert aim.startswith(" Scritto prima della chiusura forzata.Il progetto di scambio")


def test_patron_day_typed_italian_way(qtbot, db, settings_file, sample_id) -> None:
    window = make_window(qtbot, db, settings_file)
    day = child(window, "patron_dayEdit")
    assert day.text() == "24/06"  # the sample: San Giovanni Battista
    day.setFocus()
    day.selectAll()
    qtbot.keyClicks(day, "31/02")
    window.practice_tab.form.flush()
    assert child(window, "patron_dayError").isVisibleTo(window)
    assert _stored(db, sample_id, "patron_day") == "06-24"
    day.selectAll()
    qtbot.keyClicks(day, "7/12")
    window.practice_tab.form.flush()
    assert _stored(db, sample_id, "patron_day") == "12-07"


@pytest.mark.slow
def test_impossible_patron_day_is_marked_until_corrected(
    qtbot, db, settings_file, sample_id
) -> None:
    window = make_window(qtbot, db, settings_file)
    day = child(window, "patron_dayEdit")
    state = child(window, "saveStateLabel")
    day.setFocus()
    day.selectAll()
    qtbot.keyClicks(day, "31/02")
    qtbot.wait(SAVE_DELAY_MS + 300)
    assert _stored(db, sample_id, "patron_day") == "06-24"
    assert day.property("invalid") is True
    assert child(window, "patron_dayError").isVisibleTo(window)
    assert state.text() == "Non salvato: valore non valido in «Festa patronale»"
    assert "sono salvate" not in state.text()
    day.selectAll()
    qtbot.keyClicks(day, "29/06")
    qtbot.waitUntil(
        lambda: _stored(db, sample_id, "patron_day") == "06-29", timeout=SAVE_DELAY_MS + 1000
    )
    assert day.property("invalid") is False
    assert not child(window, "patron_dayError").isVisibleTo(window)
    assert state.text() == "Tutte le modifiche sono salvate"
