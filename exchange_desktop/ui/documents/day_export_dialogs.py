"""Options asked before the day's papers: sign-in sheet layout, roster columns."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from exchange_desktop.i18n import QT_TRANSLATE_NOOP
from exchange_desktop.translation import translate
from exchange_desktop.ui.widgets.accessibility import help_label, prepare_dialog

MAX_BLANK_ROWS = 200

#: The columns as the dialog names them in the interface language; the workbook's own
#: headings are Italian (see services/roster_columns.py) whatever the language.
COLUMN_LABELS = {
    "number": QT_TRANSLATE_NOOP("RosterColumnsDialog", "N."),
    "surname": QT_TRANSLATE_NOOP("RosterColumnsDialog", "Cognome"),
    "name": QT_TRANSLATE_NOOP("RosterColumnsDialog", "Nome"),
    "organisation": QT_TRANSLATE_NOOP("RosterColumnsDialog", "Ente"),
    "role": QT_TRANSLATE_NOOP("RosterColumnsDialog", "Ruolo"),
    "email": QT_TRANSLATE_NOOP("RosterColumnsDialog", "Email"),
    "phone": QT_TRANSLATE_NOOP("RosterColumnsDialog", "Telefono"),
    "fiscal_code": QT_TRANSLATE_NOOP("RosterColumnsDialog", "Codice fiscale"),
    "status": QT_TRANSLATE_NOOP("RosterColumnsDialog", "Stato"),
    "waiting_position": QT_TRANSLATE_NOOP("RosterColumnsDialog", "Posizione in lista d'attesa"),
    "present": QT_TRANSLATE_NOOP("RosterColumnsDialog", "Presente"),
    "hours": QT_TRANSLATE_NOOP("RosterColumnsDialog", "Ore complessive di presenza"),
    "registered_at": QT_TRANSLATE_NOOP("RosterColumnsDialog", "Data iscrizione"),
    "privacy_consent": QT_TRANSLATE_NOOP("RosterColumnsDialog", "Consenso privacy"),
    "privacy_consent_date": QT_TRANSLATE_NOOP("RosterColumnsDialog", "Data consenso privacy"),
    "consent_media": QT_TRANSLATE_NOOP("RosterColumnsDialog", "Consenso foto e video"),
    "consent_contact": QT_TRANSLATE_NOOP("RosterColumnsDialog", "Consenso a essere ricontattato"),
}


class SigninOptionsDialog(QDialog):
    """Blank rows for walk-ins, orientation, morning and afternoon, the privacy line."""

    def __init__(self, privacy_notice: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signinOptionsDialog")
        self.setWindowTitle(self.tr("Foglio firme"))
        self.blank_rows = QSpinBox()
        self.blank_rows.setObjectName("signinBlankRows")
        self.blank_rows.setRange(0, MAX_BLANK_ROWS)
        self.blank_rows.setValue(3)
        self.landscape = QCheckBox(self.tr("Pagina orizzontale"))
        self.landscape.setObjectName("signinLandscape")
        self.landscape.setToolTip(
            self.tr(
                "Con più sedute il foglio è comunque orizzontale, perché le firme restino "
                "leggibili."
            )
        )
        self.two_sittings = QCheckBox(
            self.tr("Mattina e pomeriggio anche se il programma prevede una sola seduta")
        )
        self.two_sittings.setObjectName("signinTwoSittings")
        self.two_sittings.setToolTip(
            self.tr(
                "Il foglio ha le firme di entrata e uscita, con l'ora, per ogni seduta della "
                "giornata (dal programma o dagli orari impostati). Con una sola seduta, questa "
                "opzione la divide alla pausa più lunga, o aggiunge mattina e pomeriggio senza "
                "orari."
            )
        )
        self.privacy = QPlainTextEdit(privacy_notice)
        self.privacy.setObjectName("signinPrivacy")
        self.privacy.setMaximumHeight(90)
        form = QFormLayout()
        form.addRow(self.tr("Righe vuote per chi arriva senza iscrizione"), self.blank_rows)
        form.addRow(self.landscape)
        form.addRow(help_label(self.landscape))
        form.addRow(self.two_sittings)
        form.addRow(help_label(self.two_sittings))
        privacy_label = QLabel(
            self.tr("Informativa &privacy a piè di pagina (vuota = testo standard):")
        )
        privacy_label.setBuddy(self.privacy)
        form.addRow(privacy_label)
        form.addRow(self.privacy)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        prepare_dialog(self)  # names, Tab out of the notice


class RosterColumnsDialog(QDialog):
    """Which columns go to colleagues: by default only what they need (data minimisation)."""

    def __init__(
        self,
        columns: list[tuple[str, str]],
        chosen: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rosterColumnsDialog")
        self.setWindowTitle(self.tr("Colonne da esportare"))
        self.boxes: dict[str, QCheckBox] = {}
        group = QGroupBox(
            self.tr("Ogni copia di dati personali è un rischio: esportare solo il necessario.")
        )
        inner = QVBoxLayout(group)
        for key, label in columns:
            box = QCheckBox(translate("RosterColumnsDialog", COLUMN_LABELS.get(key, label)))
            box.setObjectName(f"rosterColumn_{key}")
            box.setChecked(key in chosen)
            self.boxes[key] = box
            inner.addWidget(box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(group)
        layout.addWidget(buttons)

    def chosen(self) -> list[str]:
        return [key for key, box in self.boxes.items() if box.isChecked()]
