"""File → Preferenze, *Messaggi*: drafts for Outlook or the Comune's mail server, the
server's address and password (the password to the credential store, as for the database
server), the sender, a copy to oneself, the drafts folder and the reminder's days."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from exchange_desktop.domain.errors import DomainError
from exchange_desktop.mail_preferences import (
    MAX_REMINDER_DAYS,
    MailPreferences,
    mail_preferences,
    save_mail_preferences,
)
from exchange_desktop.services.messaging.smtp import parse_smtp_url, remember_password
from exchange_desktop.ui.widgets.dialogs import show_error


class MailPreferencesForm(QGroupBox):
    """``save`` checks the server's address first; nothing is kept when it is wrong."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mailPreferencesGroup")
        self.setTitle(self.tr("Messaggi"))
        self._settings = settings
        current = mail_preferences(settings)
        self.channel = QComboBox(self)
        self.channel.setObjectName("mailChannelCombo")
        self.channel.addItem(
            self.tr("Bozze per Outlook (file .eml da controllare e inviare)"), "eml"
        )
        self.channel.addItem(self.tr("Server di posta del Comune (invio diretto)"), "smtp")
        self.channel.setCurrentIndex(max(self.channel.findData(current.channel), 0))
        self.server = QLineEdit(current.server_url, self)
        self.server.setObjectName("mailServerEdit")
        self.server.setPlaceholderText("smtp+starttls://utente@posta.comune.example.it:587")
        self.password = QLineEdit(self)
        self.password.setObjectName("mailPasswordEdit")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("lasciare vuoto per non cambiarla"))
        self.sender_name = QLineEdit(current.sender_name, self)
        self.sender_name.setObjectName("mailSenderNameEdit")
        self.sender_address = QLineEdit(current.sender_address, self)
        self.sender_address.setObjectName("mailSenderAddressEdit")
        self.sender_address.setPlaceholderText("partecipazione@comune.example.it")
        self.copy = QCheckBox(self.tr("Una copia di ogni messaggio a me (Cc)"), self)
        self.copy.setObjectName("mailCopyCheck")
        self.copy.setChecked(current.copy_to_self)
        self.drafts = QLineEdit(current.drafts_folder, self)
        self.drafts.setObjectName("mailDraftsEdit")
        self.drafts.setPlaceholderText(str(current.drafts_path()))
        self.reminder = QSpinBox(self)
        self.reminder.setObjectName("mailReminderSpin")
        self.reminder.setRange(0, MAX_REMINDER_DAYS)
        self.reminder.setValue(current.reminder_days)
        self.reminder.setSuffix(self.tr(" giorni prima"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Invio"), self.channel)
        form.addRow(self.tr("Ser&ver di posta"), self.server)
        form.addRow(self.tr("Pass&word del server"), self.password)
        form.addRow(self.tr("&Mittente (nome)"), self.sender_name)
        form.addRow(self.tr("Indiri&zzo del mittente"), self.sender_address)
        form.addRow("", self.copy)
        form.addRow(self.tr("Cartella delle &bozze"), self.drafts)
        form.addRow(self.tr("P&romemoria"), self.reminder)

    def save(self) -> bool:
        """Keep the choices (and the password in the credential store); False if refused."""
        url = self.server.text().strip()
        if url or self.channel.currentData() == "smtp":
            try:
                server = parse_smtp_url(url)
            except DomainError as error:
                show_error(self, error)
                return False
            if server.password:  # never kept in settings.ini
                url = server.with_password("").url
            password = self.password.text() or server.password
            if password and not remember_password(server.with_password(password)):
                QMessageBox.warning(
                    self,
                    self.tr("Preferenze"),
                    self.tr(
                        "La password non si può conservare in Gestione credenziali su questo "
                        "computer: sarà chiesta a ogni invio."
                    ),
                )
        save_mail_preferences(
            MailPreferences(
                channel=str(self.channel.currentData()),
                server_url=url,
                sender_name=self.sender_name.text(),
                sender_address=self.sender_address.text(),
                copy_to_self=self.copy.isChecked(),
                drafts_folder=self.drafts.text(),
                reminder_days=self.reminder.value(),
            ),
            self._settings,
        )
        return True
