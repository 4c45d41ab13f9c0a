"""The sittings of a session's day, as the programme gives them or as the clerk sets them.

The sign-in sheet has a signature column per sitting and the hours are counted per sitting,
so a day held differently from the programme (a longer morning, a third sitting) is set
here; "Come da programma" goes back to the programme's.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from exchange_desktop.domain.errors import ValidationError
from exchange_desktop.domain.sittings import MAX_SITTINGS, DayPlan, Sitting, sittings_errors
from exchange_desktop.translation import tr_message
from exchange_desktop.ui.widgets.field_bindings import OptionalTimeBinding, time_error
from exchange_desktop.ui.widgets.form_builder import error_style
from exchange_desktop.ui.widgets.screen_fit import FittedDialog


def _clock(value: time | None) -> str:
    return value.strftime("%H:%M") if value is not None else ""


class SittingsDialog(FittedDialog):
    """Start and end of each sitting; OK gives :meth:`sittings` (empty: the programme's)."""

    def __init__(self, current: DayPlan, programme: DayPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sittingsDialog")
        self.setWindowTitle(self.tr("Sedute della giornata"))
        self.programme = [s for s in programme.sittings if s.timed]
        self.grid = QGridLayout()
        self.edits: list[tuple[QLineEdit, QLineEdit]] = []
        self.error = QLabel()
        self.error.setObjectName("sittingsError")
        self.error.setStyleSheet(error_style())
        self.error.setWordWrap(True)
        self.error.hide()
        add = QPushButton(self.tr("&Aggiungi seduta"))
        add.setObjectName("addSittingButton")
        add.clicked.connect(lambda: self._add(Sitting()))
        remove = QPushButton(self.tr("&Togli l'ultima"))
        remove.setObjectName("removeSittingButton")
        remove.clicked.connect(self._remove_last)
        reset = QPushButton(self.tr("Come da &programma"))
        reset.setObjectName("programmeSittingsButton")
        reset.clicked.connect(self._reset)
        row = QHBoxLayout()
        for button in (add, remove, reset):
            row.addWidget(button)
        row.addStretch()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "Il foglio firme ha una colonna di firme per seduta e le ore si contano per "
                "seduta; le pause del programma non contano. Di norma le sedute vengono dal "
                "programma: una pausa di 45 minuti o più divide la giornata."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addLayout(self.grid)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.grid.addWidget(QLabel(self.tr("Inizio")), 0, 1)
        self.grid.addWidget(QLabel(self.tr("Fine")), 0, 2)
        for sitting in current.sittings:
            self._add(sitting)

    def _add(self, sitting: Sitting) -> None:
        if len(self.edits) >= MAX_SITTINGS:
            return
        number = len(self.edits) + 1
        start, end = QLineEdit(_clock(sitting.start)), QLineEdit(_clock(sitting.end))
        start.setObjectName(f"sittingStart{number}")
        end.setObjectName(f"sittingEnd{number}")
        for edit in (start, end):
            edit.setPlaceholderText("hh:mm")
            edit.setMaximumWidth(90)
        label = QLabel(self.tr("Seduta {number}").format(number=number))
        start.setAccessibleName(self.tr("Inizio, seduta {number}").format(number=number))
        end.setAccessibleName(self.tr("Fine, seduta {number}").format(number=number))
        self.grid.addWidget(label, number, 0)
        self.grid.addWidget(start, number, 1)
        self.grid.addWidget(end, number, 2)
        self.edits.append((start, end))

    def _remove_last(self) -> None:
        if len(self.edits) <= 1:
            return
        number = len(self.edits)
        for column in range(3):
            item = self.grid.itemAtPosition(number, column)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.edits.pop()

    def _reset(self) -> None:
        while len(self.edits) > 1:
            self._remove_last()
        wanted = self.programme or [Sitting()]
        self.edits[0][0].setText(_clock(wanted[0].start))
        self.edits[0][1].setText(_clock(wanted[0].end))
        for sitting in wanted[1:]:
            self._add(sitting)

    def sittings(self) -> list[Sitting] | None:
        """The sittings typed (empty when they are the programme's); None if a time is bad."""
        result = []
        for start_edit, end_edit in self.edits:
            start = OptionalTimeBinding.parse(start_edit.text())
            end = OptionalTimeBinding.parse(end_edit.text())
            if start is False or end is False:
                return None
            result.append(Sitting(start, end))  # type: ignore[arg-type]
        if result == self.programme or result == [Sitting()]:
            return []
        return result

    def _accept(self) -> None:
        sittings = self.sittings()
        if sittings is None:
            problem = time_error([edit.text() for pair in self.edits for edit in pair])
            self.error.setText(tr_message(problem) if problem else "")
            self.error.show()
            return
        errors = sittings_errors(sittings)
        if errors:
            self.error.setText(tr_message(ValidationError(errors).message))
            self.error.show()
            return
        self.accept()
