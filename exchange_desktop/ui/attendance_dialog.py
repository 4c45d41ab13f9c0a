"""Entry and exit times of one person on the day: they give the hours on the certificate."""

from __future__ import annotations

from datetime import time

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from exchange_desktop.ui.field_bindings import OptionalTimeBinding
from exchange_desktop.ui.form_builder import ERROR_STYLE


class AttendanceDialog(QDialog):
    """Present or not, and optionally from when to when (e.g. 09:30–13:00)."""

    def __init__(self, person: str, present: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attendanceDialog")
        self.setWindowTitle(self.tr("Presenza di {person}").format(person=person))
        self.present = QCheckBox(self.tr("&Presente"))
        self.present.setObjectName("attendancePresent")
        self.present.setChecked(present)
        self.time_in = self._time_edit("attendanceTimeIn")
        self.time_out = self._time_edit("attendanceTimeOut")
        self.error = QLabel()
        self.error.setObjectName("attendanceError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.present)
        form.addRow(self.tr("&Entrata"), self.time_in)
        form.addRow(self.tr("&Uscita"), self.time_out)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            QLabel(self.tr("Orari facoltativi, ad esempio 09:30; servono per le ore."))
        )
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _time_edit(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText("hh:mm")
        return edit

    def times(self) -> tuple[time | None, time | None] | None:
        """The two times, or None when one of them is not a time."""
        parsed = [OptionalTimeBinding.parse(edit.text()) for edit in (self.time_in, self.time_out)]
        if any(value is False for value in parsed):
            return None
        return parsed[0], parsed[1]  # type: ignore[return-value]

    def _accept(self) -> None:
        times = self.times()
        if times is None:
            self.error.setText(self.tr("Orario non valido: scrivere ad esempio 09:30."))
            self.error.show()
            return
        start, end = times
        if start and end and end <= start:
            self.error.setText(self.tr("L'uscita deve seguire l'entrata."))
            self.error.show()
            return
        self.accept()
