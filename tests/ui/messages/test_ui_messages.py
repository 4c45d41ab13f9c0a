"""The messages in the window: *Da inviare* on the Partecipanti tab, the batch dialog with
its template editor and a preview of a real recipient's message, drafts written in the
background, the log, and Preferenze → Messaggi."""

from __future__ import annotations

from datetime import date, timedelta
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from day_helpers import sign_up, unconfirmed_session
from message_helpers import PEOPLE, SENDER, mail_server
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from exchange_desktop.domain.messages import MessageKind
from exchange_desktop.mail_preferences import MailPreferences, save_mail_preferences
from exchange_desktop.services.messaging.recipients import Audience
from exchange_desktop.services.scheduling import sessions as scheduling
from exchange_desktop.storage.database import Database
from exchange_desktop.ui.messages.batch_dialog import BatchDialog
from exchange_desktop.ui.messages.log_dialog import MessageLogDialog
from exchange_desktop.ui.roster.roster_tab import RosterTab
from exchange_desktop.ui.window.preferences_dialog import PreferencesDialog

DISPLAY = Qt.ItemDataRole.DisplayRole
__all__ = ["mail_server"]


def _future_session(db: Database) -> tuple[int, int, date]:
    practice, session_id = unconfirmed_session(db)
    assert practice.id is not None
    day = date.today() + timedelta(days=20)
    scheduling.add_candidate_date(db, practice.id, day)
    scheduling.confirm_date(db, session_id, day)
    sign_up(db, session_id, PEOPLE)
    return practice.id, session_id, day


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    save_mail_preferences(
        MailPreferences(
            channel="eml",
            sender_name=SENDER.name,
            sender_address=SENDER.address,
            drafts_folder=str(tmp_path / "Bozze"),
        ),
        store,
    )
    return store


def test_da_inviare_lists_the_confirmations_and_opens_the_batch(
    qtbot, db: Database, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    practice_id, session_id, _day = _future_session(db)
    tab = RosterTab(db)
    tab.messages.settings = settings
    qtbot.addWidget(tab)
    tab.show_practice(practice_id)

    panel = tab.messages.panel
    assert panel.model.rowCount() == 1
    text = panel.model.data(panel.model.index(0, 0), DISPLAY)
    assert text.startswith("Conferma d'iscrizione – ") and text.endswith(": 4 persone")
    opened: list[tuple[MessageKind, int, Audience]] = []
    monkeypatch.setattr(
        tab.messages, "open_batch", lambda kind, sid, audience: opened.append((kind, sid, audience))
    )
    panel.open_button.click()
    ((kind, sid, audience),) = opened
    assert (kind, sid, len(audience.participant_ids)) == (
        MessageKind.CONFIRMATION,
        session_id,
        4,
    )


def test_preview_shows_a_real_recipient_and_the_editor_checks_placeholders(
    qtbot, db: Database, settings: QSettings
) -> None:
    practice_id, session_id, _day = _future_session(db)
    dialog = BatchDialog(db, practice_id, session_id, settings, MessageKind.CONFIRMATION)
    qtbot.addWidget(dialog)

    assert dialog.person_combo.count() == 4
    names = {dialog.person_combo.itemText(i).rsplit(" <", 1)[0] for i in range(4)}
    assert names == {f"{name} {surname}" for surname, name in PEOPLE}
    first = dialog.person_combo.itemText(0).rsplit(" <", 1)[0]
    assert dialog.preview_body.toPlainText().startswith(f"Gentile {first},")
    assert "Programma - Patti di Cittadinanza.pdf" in dialog.preview_files.text()
    assert dialog.send_button.isEnabled()

    dialog.editor.subject.setText("Conferma {cognme}")
    dialog.refresh_preview()
    assert "«cognme»" in dialog.summary.text()
    assert not dialog.send_button.isEnabled()

    dialog.editor.subject.setText("Conferma per {cognome}")
    dialog.refresh_preview()
    assert dialog.preview_subject.text().startswith("Conferma per ")
    assert dialog.send_button.isEnabled()


def test_the_english_default_previews_english_dates(
    qtbot, db: Database, settings: QSettings
) -> None:
    from PySide6.QtWidgets import QPushButton

    from exchange_desktop.formatting import long_date

    practice_id, session_id, day = _future_session(db)
    dialog = BatchDialog(db, practice_id, session_id, settings, MessageKind.CONFIRMATION)
    qtbot.addWidget(dialog)
    italian = long_date(day, "it")
    assert italian in dialog.preview_subject.text()

    button = dialog.findChild(QPushButton, "englishTemplateButton")
    assert isinstance(button, QPushButton)
    button.click()
    dialog.refresh_preview()

    english = long_date(day, "en")  # "Monday 20 April 2026"
    assert dialog.preview_subject.text() == (
        f"Registration confirmed: Patti di Cittadinanza, {english}"
    )
    assert f"to be held on {english}, from 9:30 to 13:00, at " in (
        dialog.preview_body.toPlainText()
    )
    assert italian not in dialog.preview_body.toPlainText()


def test_drafts_are_written_in_the_background_after_a_confirmation(
    qtbot, db: Database, settings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    practice_id, session_id, _day = _future_session(db)
    dialog = BatchDialog(db, practice_id, session_id, settings, MessageKind.CONFIRMATION)
    qtbot.addWidget(dialog)
    questions: list[str] = []

    def answer(_parent, _title, text, *_args):
        questions.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    results: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: results.append(box.text()) or 0)

    dialog.send_button.click()
    qtbot.waitUntil(lambda: bool(results), timeout=30_000)

    assert questions == ["Preparare 4 messaggi, uno per destinatario, con 8 allegati in tutto?"]
    assert "Fatti: 4." in results[0]
    (folder,) = (tmp_path / "Bozze").iterdir()  # one folder per batch
    assert folder.name.endswith(f" - conferma - sessione {session_id}")
    drafts = sorted(folder.glob("*.eml"))
    assert len(drafts) == 4
    message = message_from_bytes(drafts[0].read_bytes(), policy=policy.default)
    assert message["X-Unsent"] == "1"

    log = MessageLogDialog(db, session_id)
    qtbot.addWidget(log)
    assert log.model.rowCount() == 4
    assert log.model.data(log.model.index(0, 5), DISPLAY) == "bozza scritta"
    assert not log.resend_button.isEnabled()
    log.table.setCurrentIndex(log.model.index(1, 0))
    log.resend_button.click()  # "invia di nuovo" for that person: the log closes with it
    assert log.result() == 1 and log.chosen is log.model.entries[1]
    assert log.chosen.kind is MessageKind.CONFIRMATION


def test_preferences_keep_the_channel_and_refuse_a_bad_server(
    qtbot, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    form = dialog.mail
    form.channel.setCurrentIndex(form.channel.findData("smtp"))
    form.server.setText("http://posta")
    dialog.accept()
    assert "Indirizzo del server di posta non valido" in warnings[0]
    assert dialog.isVisible() or dialog.result() == 0

    form.server.setText("smtp+starttls://ufficio@posta.comune.example.it:587")
    form.reminder.setValue(5)
    dialog.accept()
    from exchange_desktop.mail_preferences import mail_preferences

    saved = mail_preferences(settings)
    assert (saved.channel, saved.server_url, saved.reminder_days) == (
        "smtp",
        "smtp+starttls://ufficio@posta.comune.example.it:587",
        5,
    )


def test_attestati_are_confirmed_with_people_and_files(
    qtbot, db: Database, settings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import time

    from day_helpers import confirmed_session

    from exchange_desktop.services.attendance import marks as attendance_service

    practice, session_id = confirmed_session(db)
    assert practice.id is not None
    ids = sign_up(db, session_id, PEOPLE)
    attendance_service.set_attendance(db, ids[0], True, time(9, 30), time(13, 0))
    attendance_service.set_attendance(db, ids[2], True, time(9, 30), time(13, 0))
    dialog = BatchDialog(db, practice.id, session_id, settings, MessageKind.CERTIFICATE)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.sign_check.isVisible()
    assert dialog.person_combo.count() == 2
    assert dialog.preview_files.text() == "Attestato - Rossi Anna.pdf"
    questions: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *args: questions.append(args[2]) or QMessageBox.StandardButton.No,
    )
    dialog.send_button.click()
    assert questions == [
        "Inviare gli attestati a 2 persone? 2 file, ciascuno solo al suo intestatario."
    ]
    assert not (tmp_path / "Bozze").exists()  # answered No: nothing written


@pytest.mark.filterwarnings("ignore:Session.login_data is deprecated")
def test_sending_through_the_server_in_the_background(
    qtbot, db: Database, tmp_path: Path, mail_server, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog
    from smtp_server import PASSWORD

    store = QSettings(str(tmp_path / "smtp.ini"), QSettings.Format.IniFormat)
    save_mail_preferences(
        MailPreferences(
            channel="smtp",
            server_url=mail_server.url,
            sender_name=SENDER.name,
            sender_address=SENDER.address,
        ),
        store,
    )
    practice_id, session_id, _day = _future_session(db)
    dialog = BatchDialog(db, practice_id, session_id, store, MessageKind.REMINDER)
    qtbot.addWidget(dialog)
    assert dialog.send_button.text() == "&Invia…"
    monkeypatch.setattr(QInputDialog, "getText", lambda *args: (PASSWORD, True))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    results: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: results.append(box.text()) or 0)

    dialog.send_button.click()
    qtbot.waitUntil(lambda: bool(results), timeout=30_000)

    assert "Fatti: 4." in results[0]
    assert len(mail_server.received) == 4
    assert dialog.runner.busy is False


def test_at_start_the_window_says_when_something_is_to_send(
    qtbot, db: Database, tmp_path: Path
) -> None:
    from ui_helpers import make_window

    _future_session(db)
    window = make_window(qtbot, db, tmp_path / "finestra.ini")
    qtbot.waitUntil(
        lambda: (
            window.statusBar().currentMessage()
            == "Ci sono messaggi da inviare: Partecipanti → Da inviare."
        ),
        timeout=10_000,
    )


def test_the_status_bar_notice_opens_da_inviare_with_the_list_focused(
    qtbot, db: Database, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QToolButton
    from ui_helpers import make_window

    _future_session(db)
    window = make_window(qtbot, db, tmp_path / "finestra.ini")
    window.activateWindow()
    qtbot.waitUntil(lambda: window.findChild(QToolButton, "dueMessagesNotice") is not None)
    notice = window.findChild(QToolButton, "dueMessagesNotice")
    assert isinstance(notice, QToolButton)
    qtbot.waitUntil(notice.isVisible)
    assert notice.text() == "Da inviare: 1"
    assert window.tabs.currentWidget() is not window.roster_tab  # it opens on Pratica
    assert QApplication.activeModalWidget() is None  # no box at start

    notice.click()

    assert window.tabs.currentWidget() is window.roster_tab
    view = window.roster_tab.messages.panel.view
    qtbot.waitUntil(lambda: window.focusWidget() is view)
    assert view.currentIndex().row() == 0
    assert view.currentIndex().data().endswith(": 4 persone")


def test_a_change_entry_counts_people_and_enti(qtbot, db: Database) -> None:
    from exchange_desktop.domain.roster import Organisation
    from exchange_desktop.services.roster.organisations import add_organisation
    from exchange_desktop.services.scheduling.rescheduling import reschedule

    practice, session_id = unconfirmed_session(db)
    assert practice.id is not None
    day = date.today() + timedelta(days=20)
    scheduling.add_candidate_date(db, practice.id, day)
    scheduling.confirm_date(db, session_id, day)
    ente = add_organisation(db, Organisation(name="Comune di Lecco", email="a@lecco.example.it"))
    sign_up(db, session_id, PEOPLE[:3], organisation_id=ente.id)
    reschedule(db, session_id, day + timedelta(days=7), "sala non disponibile")
    tab = RosterTab(db)
    qtbot.addWidget(tab)
    tab.show_practice(practice.id)

    model = tab.messages.panel.model
    texts = [model.data(model.index(row, 0), DISPLAY) for row in range(model.rowCount())]
    assert any(
        text.startswith("Variazione") and text.endswith(": 3 persone e 1 Ente") for text in texts
    ), texts


def test_a_session_without_a_date_says_why_nothing_can_go(qtbot, db: Database, settings) -> None:
    practice, session_id = unconfirmed_session(db)
    assert practice.id is not None
    sign_up(db, session_id, PEOPLE)
    dialog = BatchDialog(db, practice.id, session_id, settings, MessageKind.REMINDER)
    qtbot.addWidget(dialog)
    assert dialog.summary.text() == (
        f"La sessione n. {session_id} non ha ancora una data confermata: confermarla nella "
        "scheda Date prima di inviare «Promemoria»."
    )
    assert not dialog.send_button.isEnabled() and not dialog.test_button.isEnabled()
