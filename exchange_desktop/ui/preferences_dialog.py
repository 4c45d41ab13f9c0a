"""File → Preferenze: the interface language (applies at the next start)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from exchange_desktop import language


class PreferencesDialog(QDialog):
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
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def chosen(self) -> str:
        return str(self.language_combo.currentData())

    def accept(self) -> None:
        """Save a new choice and say that it takes effect at the next start."""
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
