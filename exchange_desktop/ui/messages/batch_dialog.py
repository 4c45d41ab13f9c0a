"""One batch of messages: the kind and the recipients, the practice's text with its preview
for a real recipient, then "invia una prova a me" and the batch itself, as Outlook drafts or
through the Comune's server (File → Preferenze), in the background with *Annulla*."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from exchange_desktop.domain.errors import DomainError
from exchange_desktop.domain.messages import KIND_LABELS, Channel, MessageKind
from exchange_desktop.mail_preferences import MailPreferences, mail_preferences
from exchange_desktop.services.messaging.preview import PreviewLine, preview_batch
from exchange_desktop.services.messaging.recipients import Audience
from exchange_desktop.storage.database import Database
from exchange_desktop.translation import tr_message, translate
from exchange_desktop.ui.messages.batch_sending import BatchSending
from exchange_desktop.ui.messages.send_runner import SendRunner
from exchange_desktop.ui.messages.template_editor import TemplateEditor

#: The recipients the clerk can pick besides the kind's own.
_GROUPS = ("", "confirmed", "waiting", "present", "qualified")


class BatchDialog(BatchSending):
    """Everything about one batch in one place; nothing leaves before the clerk confirms."""

    def __init__(
        self,
        db: Database,
        practice_id: int,
        session_id: int,
        settings: QSettings,
        kind: MessageKind = MessageKind.CONFIRMATION,
        audience: Audience | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("messageBatchDialog")
        self.setWindowTitle(self.tr("Messaggi"))
        self.db = db
        self.session_id = session_id
        self.settings = settings
        self.preferences: MailPreferences = mail_preferences(settings)
        self.audience = audience or Audience()
        self.lines: list[PreviewLine] = []
        self.runner = SendRunner(self)
        self.editor = TemplateEditor(db, practice_id, self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.refresh_preview)
        self._build()
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind.value))
        self._kind_changed()
        self.editor.changed.connect(self._timer.start)

    # -- building --------------------------------------------------------------------------
    def _build(self) -> None:
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("messageKindCombo")
        for kind, label in KIND_LABELS.items():
            self.kind_combo.addItem(translate("Messages", label), kind.value)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.to_combo = QComboBox(self)
        self.to_combo.setObjectName("messageRecipientsCombo")
        labels = {
            "": self.tr("quelli del tipo di messaggio"),
            "confirmed": self.tr("i confermati"),
            "waiting": self.tr("la lista d'attesa"),
            "present": self.tr("i presenti"),
            "qualified": self.tr("chi ha diritto all'attestato"),
        }
        if self.audience.participant_ids:
            self.to_combo.addItem(
                self.tr("le {n} persone indicate").format(n=len(self.audience.participant_ids)),
                "ids",
            )
        for group in _GROUPS:
            self.to_combo.addItem(labels[group], group)
        self.to_combo.currentIndexChanged.connect(lambda _i: self.refresh_preview())
        top = QFormLayout()
        top.addRow(self.tr("Ti&po di messaggio"), self.kind_combo)
        top.addRow(self.tr("&Destinatari"), self.to_combo)

        left = QVBoxLayout()
        left.addLayout(top)
        left.addWidget(self.editor, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addWidget(self._build_preview(), 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        self._build_footer(layout)

    def _build_preview(self) -> QGroupBox:
        self.person_combo = QComboBox(self)
        self.person_combo.setObjectName("previewRecipientCombo")
        self.person_combo.currentIndexChanged.connect(lambda _i: self._show_line())
        self.preview_subject = QLineEdit(self)
        self.preview_subject.setObjectName("previewSubject")
        self.preview_subject.setReadOnly(True)
        self.preview_subject.setAccessibleName(self.tr("Oggetto, anteprima"))
        self.preview_body = QPlainTextEdit(self)
        self.preview_body.setObjectName("previewBody")
        self.preview_body.setReadOnly(True)
        self.preview_body.setAccessibleName(self.tr("Testo, anteprima"))
        self.preview_body.setTabChangesFocus(True)
        self.preview_files = QLabel(self)
        self.preview_files.setObjectName("previewAttachments")
        self.preview_files.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("messageBatchSummary")
        self.summary.setWordWrap(True)
        preview_form = QFormLayout()
        preview_form.addRow(self.tr("&Anteprima per"), self.person_combo)
        preview_form.addRow(self.tr("Oggetto"), self.preview_subject)
        preview_form.addRow(self.tr("Testo"), self.preview_body)
        preview_form.addRow(self.tr("Allegati"), self.preview_files)
        preview = QGroupBox(self.tr("Anteprima"), self)
        preview.setObjectName("messagePreviewGroup")
        preview_layout = QVBoxLayout(preview)
        preview_layout.addLayout(preview_form, 1)
        preview_layout.addWidget(self.summary)
        return preview

    def _build_footer(self, layout: QVBoxLayout) -> None:
        self.again = QCheckBox(self.tr("Invia di nuo&vo anche a chi ha già ricevuto questo testo"))
        self.again.setObjectName("sendAgainCheck")
        self.sign_check = QCheckBox(
            self.tr("&Firma digitalmente ogni attestato (certificato PKCS#12)"), self
        )
        self.sign_check.setObjectName("signCertificatesCheck")
        self.test_button = QPushButton(self.tr("Invia una p&rova a me"), self)
        self.test_button.setObjectName("sendTestButton")
        self.test_button.clicked.connect(self.send_test)
        drafts = self.preferences.channel == Channel.DRAFTS.value
        self.send_button = QPushButton(
            self.tr("Prepara le &bozze per Outlook…") if drafts else self.tr("&Invia…"), self
        )
        self.send_button.setObjectName("sendBatchButton")
        self.send_button.clicked.connect(self.send)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        channel = QLabel(
            self.tr("Canale: bozze per Outlook nella cartella {folder}").format(
                folder=self.preferences.drafts_path()
            )
            if drafts
            else self.tr("Canale: server di posta {url}").format(
                url=self.preferences.server_url or self.tr("(non impostato)")
            ),
            self,
        )
        channel.setObjectName("messageChannelLabel")
        channel.setWordWrap(True)
        layout.addWidget(channel)
        layout.addWidget(self.again)
        layout.addWidget(self.sign_check)
        layout.addWidget(buttons)

    # -- the preview -------------------------------------------------------------------------
    @property
    def kind(self) -> MessageKind:
        return MessageKind(self.kind_combo.currentData())

    def chosen_audience(self) -> Audience:
        data = self.to_combo.currentData()
        if data == "ids":
            return self.audience
        return Audience(group=data or "")

    def _kind_changed(self) -> None:
        self.editor.show_kind(self.kind)
        self.to_combo.setEnabled(self.kind is not MessageKind.INVITE)
        self.sign_check.setVisible(self.kind is MessageKind.CERTIFICATE)
        self.refresh_preview()

    def refresh_preview(self) -> None:
        """Fill the text in for every recipient, keeping the one shown."""
        current = self.person_combo.currentIndex()
        self._refusal = ""
        try:
            self.lines = preview_batch(
                self.db, self.session_id, self.kind, self.editor.template(), self.chosen_audience()
            )
        except DomainError as error:
            self.lines = []
            self._refusal = tr_message(error.message)
        self.person_combo.blockSignals(True)
        self.person_combo.clear()
        for line in self.lines:
            address = line.recipient.address or self.tr("senza indirizzo")
            self.person_combo.addItem(f"{line.recipient.name} <{address}>")
        self.person_combo.setCurrentIndex(min(max(current, 0), len(self.lines) - 1))
        self.person_combo.blockSignals(False)
        self._show_line()
        self._summarise()

    def _summarise(self) -> None:
        ready = [line for line in self.lines if not line.problem]
        without = [line for line in self.lines if line.problem == "address"]
        problems = [line for line in self.lines if line.problem and line.problem != "address"]
        text = self.tr("{ready} messaggi pronti, uno per destinatario.").format(ready=len(ready))
        if without:
            text += " " + self.tr("Senza indirizzo email: {names}.").format(
                names=", ".join(line.recipient.name for line in without)
            )
        if problems:
            text += " " + problems[0].problem
        if not self.lines:
            text = self._refusal or self.tr("Nessun destinatario per questo messaggio.")
        self.summary.setText(text)
        self.send_button.setEnabled(bool(ready) and not problems)
        self.test_button.setEnabled(bool(ready) and not problems)

    def _show_line(self) -> None:
        index = self.person_combo.currentIndex()
        if not 0 <= index < len(self.lines):
            self.preview_subject.clear()
            self.preview_body.clear()
            self.preview_files.clear()
            return
        line = self.lines[index]
        self.preview_subject.setText(line.subject)
        self.preview_subject.setCursorPosition(0)
        if line.problem == "address":
            self.preview_body.setPlainText(self.tr("Nessun indirizzo email: nessun messaggio."))
        else:
            self.preview_body.setPlainText(line.problem or line.body)
        self.preview_files.setText(", ".join(line.attachments) or self.tr("nessuno"))

    def done(self, result: int) -> None:
        self.runner.cancel.set()
        self.runner.wait()
        super().done(result)
