"""The batch dialog's sending: the text saved first, the batch prepared, the clerk's
confirmation (for attestati: how many people and files), then drafts or the server in the
background; "invia una prova a me" sends the shown recipient's message to the sender only."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox

from exchange_desktop.domain.errors import DomainError
from exchange_desktop.domain.messages import Channel, MessageKind
from exchange_desktop.services.messaging import batch as batches
from exchange_desktop.services.messaging.smtp import (
    SmtpSettings,
    configured_server,
    with_stored_password,
)
from exchange_desktop.translation import tr_message
from exchange_desktop.ui.widgets.dialogs import literal, show_error
from exchange_desktop.ui.widgets.screen_fit import FittedDialog

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QCheckBox, QComboBox, QPushButton

    from exchange_desktop.mail_preferences import MailPreferences
    from exchange_desktop.services.messaging.recipients import Audience
    from exchange_desktop.storage.database import Database
    from exchange_desktop.ui.messages.send_runner import SendRunner
    from exchange_desktop.ui.messages.template_editor import TemplateEditor


class BatchSending(FittedDialog):
    """The sending half of the batch dialog; ``BatchDialog`` builds the controls it uses."""

    db: Database
    session_id: int
    settings: QSettings
    preferences: MailPreferences
    runner: SendRunner
    editor: TemplateEditor
    person_combo: QComboBox
    again: QCheckBox
    sign_check: QCheckBox
    send_button: QPushButton

    @property
    def kind(self) -> MessageKind:
        raise NotImplementedError

    def chosen_audience(self) -> Audience:
        raise NotImplementedError

    def refresh_preview(self) -> None:
        raise NotImplementedError

    def _sender(self) -> batches.Sender:
        prefs = self.preferences
        return batches.Sender(prefs.sender_name, prefs.sender_address, prefs.copy_to_self)

    def _ready(self) -> bool:
        """The text saved first: what is sent is what the practice keeps."""
        return not self.editor.modified or self.editor.save()

    def _server(self) -> SmtpSettings | None:
        try:
            settings = with_stored_password(configured_server(self.preferences.server_url))
        except DomainError as error:
            show_error(self, error)
            return None
        if settings.user and not settings.password:
            password, ok = QInputDialog.getText(
                self,
                self.tr("Server di posta"),
                self.tr("Password di {user} sul server {host}:").format(
                    user=settings.user, host=settings.host
                ),
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                return None
            settings = settings.with_password(password)
        return settings

    def _prepare(self) -> batches.Batch | None:
        from exchange_desktop.preferences import default_signer

        signer = None
        if self.kind is MessageKind.CERTIFICATE and self.sign_check.isChecked():
            from exchange_desktop.ui.documents.signing_dialogs import ask_signer

            signer = ask_signer(self, self.settings)
            if signer is None:
                return None
        try:
            return batches.prepare_batch(
                self.db,
                self.session_id,
                self.kind,
                self._sender(),
                self.chosen_audience(),
                default_signer=default_signer(self.settings),
                signer=signer,
            )
        except DomainError as error:
            show_error(self, error)
            return None

    def send_test(self) -> None:
        """The first recipient's message, to the sender only; not recorded."""
        if not self._ready():
            return
        batch = self._prepare()
        if batch is None:
            return
        try:
            mail = batches.trial_mail(batch, max(self.person_combo.currentIndex(), 0))
            if self.preferences.channel == Channel.SMTP.value:
                server = self._server()
                if server is None:
                    return
                batches.send_test(mail, server)
                text = self.tr("Prova inviata a {address}.").format(address=mail.sender_address)
            else:
                folder = self.preferences.drafts_path()
                folder.mkdir(parents=True, exist_ok=True)
                path = folder / "prova.eml"
                from exchange_desktop.exports.eml import eml_bytes

                path.write_bytes(eml_bytes(mail))
                open_file(path)
                text = self.tr("Bozza di prova scritta in {path}.").format(path=path)
        except DomainError as error:
            show_error(self, error)
            return
        except OSError as error:
            QMessageBox.warning(self, self.tr("Messaggi"), literal(str(error)))
            return
        QMessageBox.information(self, self.tr("Messaggi"), literal(text))

    def _confirmed(self, batch: batches.Batch) -> bool:
        people = len(batch.mails)
        if self.kind is MessageKind.CERTIFICATE:
            question = self.tr(
                "Inviare gli attestati a {people} persone? {files} file, ciascuno solo al suo "
                "intestatario."
            ).format(people=people, files=batch.attachment_count)
        else:
            question = self.tr(
                "Preparare {people} messaggi, uno per destinatario, con {files} allegati in tutto?"
            ).format(people=people, files=batch.attachment_count)
        answer = QMessageBox.question(
            self,
            self.tr("Messaggi"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def send(self) -> None:
        """Prepare, confirm, then draft or send in the background."""
        if self.runner.busy or not self._ready():
            return
        batch = self._prepare()
        if batch is None or not self._confirmed(batch):
            return
        again = self.again.isChecked()
        if self.preferences.channel == Channel.SMTP.value:
            server = self._server()
            if server is None:
                return

            def work(progress: Callable[[int, int, str], None], cancel: threading.Event) -> object:
                return batches.send_batch(
                    self.db, batch, server, again=again, progress=progress, cancel=cancel
                )
        else:
            folder = self._batch_folder()

            def work(progress: Callable[[int, int, str], None], cancel: threading.Event) -> object:
                return batches.write_drafts(
                    self.db, batch, folder, again=again, progress=progress, cancel=cancel
                )

        self.send_button.setEnabled(False)
        self.runner.start(self.tr("Invio dei messaggi…"), work, self._done, self._failed)

    def _batch_folder(self) -> Path:
        """A folder of its own for each batch in the drafts folder ("2026-04-01 0930 -
        conferma - sessione 3"), so that no batch overwrites another's drafts."""
        from datetime import datetime

        stamp = datetime.now().strftime("%Y-%m-%d %H%M%S")
        name = f"{stamp} - {self.kind.value} - sessione {self.session_id}"
        return self.preferences.drafts_path() / name

    def _failed(self, error: Exception) -> None:
        self.send_button.setEnabled(True)
        if isinstance(error, DomainError):
            show_error(self, error)
        else:
            QMessageBox.warning(self, self.tr("Messaggi"), literal(str(error)))

    def _done(self, outcome: batches.BatchOutcome) -> None:
        self.send_button.setEnabled(True)
        lines = [
            self.tr("Fatti: {done}. Già inviati e non ripetuti: {skipped}.").format(
                done=len(outcome.done), skipped=len(outcome.skipped)
            )
        ]
        lines += [f"{mail.recipient.name}: {error}" for mail, error in outcome.failed]
        if outcome.stopped is not None:
            lines.append(tr_message(outcome.stopped.message))
        if outcome.left:
            lines.append(
                self.tr("Da inviare ancora: {left} (ripartono al prossimo invio).").format(
                    left=outcome.left
                )
            )
        box = QMessageBox(self)
        box.setObjectName("messageBatchResult")
        box.setWindowTitle(self.tr("Messaggi"))
        box.setText(literal("\n".join(lines)))
        open_drafts = open_folder = None
        if outcome.files:
            open_drafts = box.addButton(
                self.tr("Apri le bozze in Outlook"), QMessageBox.ButtonRole.ActionRole
            )
            open_folder = box.addButton(
                self.tr("Apri la cartella"), QMessageBox.ButtonRole.ActionRole
            )
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        clicked = box.clickedButton()
        if open_drafts is not None and clicked is open_drafts:
            for path in outcome.files:
                open_file(path)
        elif open_folder is not None and clicked is open_folder:
            open_file(outcome.files[0].parent)
        self.refresh_preview()


def open_file(path: Path) -> None:
    """Open ``path`` with its program (an .eml with the default mail program: Outlook)."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
