"""File → Preferenze: the interface language (applies at the next start), who signs the
attestati of a practice that names nobody of its own, and how messages leave."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from exchange_desktop import language
from exchange_desktop.domain.certificates import Signer
from exchange_desktop.preferences import default_signer, save_default_signer
from exchange_desktop.ui.widgets.screen_fit import FittedDialog
from exchange_desktop.ui.window.mail_preferences_form import MailPreferencesForm


class PreferencesDialog(FittedDialog):
    """Each language is listed in itself, so a clerk who cannot read the other finds it."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferenze"))
        self.setMinimumWidth(440)
        self._settings = settings
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("languageCombo")
        for code, name in language.LANGUAGES.items():
            self.language_combo.addItem(name, code)
        current = language.saved_language(settings)
        self.language_combo.setCurrentIndex(self.language_combo.findData(current))
        signer = default_signer(settings)
        self.signer_name = QLineEdit(signer.name, self)
        self.signer_name.setObjectName("defaultSignerNameEdit")
        self.signer_name.setPlaceholderText(self.tr("ad esempio: Dott.ssa Maria Bianchi"))
        self.signer_title = QLineEdit(signer.title, self)
        self.signer_title.setObjectName("defaultSignerTitleEdit")
        self.signer_title.setPlaceholderText(self.tr("ad esempio: Dirigente del Settore"))
        form = QFormLayout()
        form.addRow(self.tr("&Lingua dell'interfaccia"), self.language_combo)
        note = QLabel(
            self.tr(
                "La nuova lingua vale dal prossimo avvio. I documenti (PDF, Excel, "
                "calendario) restano in italiano."
            ),
            self,
        )
        note.setObjectName("languageNote")
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        signer_form = QFormLayout()
        signer_form.addRow(self.tr("&Firmatario degli attestati"), self.signer_name)
        signer_form.addRow(self.tr("&Qualifica del firmatario"), self.signer_title)
        signer_note = QLabel(
            self.tr(
                "Valgono per le pratiche che non indicano un firmatario proprio (scheda Pratica)."
            ),
            self,
        )
        signer_note.setObjectName("defaultSignerNote")
        signer_note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addSpacing(8)
        layout.addLayout(signer_form)
        layout.addWidget(signer_note)
        self.mail = MailPreferencesForm(settings, self)
        layout.addWidget(self.mail)
        layout.addWidget(buttons)

    def chosen(self) -> str:
        return str(self.language_combo.currentData())

    def accept(self) -> None:
        """Save the signer; save a new language and say that it takes effect at the next
        start."""
        if not self.mail.save():
            return
        save_default_signer(
            Signer(self.signer_name.text(), self.signer_title.text()), self._settings
        )
        if self.chosen() != language.saved_language(self._settings):
            language.save_language(self.chosen(), self._settings)
            QMessageBox.information(
                self,
                self.tr("Preferenze"),
                self.tr("Riavviare Exchange Desktop per usare la lingua scelta."),
            )
        super().accept()


def preferences_action(parent: QWidget, settings: QSettings) -> QAction:
    """File → Preferenze…, opening the dialog on ``settings``."""
    action = QAction(QCoreApplication.translate("PreferencesDialog", "P&referenze…"), parent)
    action.setObjectName("preferencesAction")
    action.setMenuRole(QAction.MenuRole.PreferencesRole)
    action.triggered.connect(lambda: PreferencesDialog(settings, parent).exec())
    return action
