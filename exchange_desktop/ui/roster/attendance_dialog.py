"""One person's day, sitting by sitting: present or not, entry and exit times.

The dialog opens on what is stored, so confirming it unchanged changes nothing; typing a
time ticks *Presente* (a time belongs to someone present and is never dropped silently).
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from exchange_desktop.domain.programme import format_duration
from exchange_desktop.domain.sittings import SittingPresence, sitting_label_messages
from exchange_desktop.formatting import long_date
from exchange_desktop.services.attendance.marks import DayRecord
from exchange_desktop.translation import tr_message
from exchange_desktop.ui.widgets.field_bindings import OptionalTimeBinding, time_error
from exchange_desktop.ui.widgets.form_builder import ERROR_STYLE
from exchange_desktop.ui.widgets.screen_fit import FittedDialog


def _clock(value: time | None) -> str:
    return value.strftime("%H:%M") if value is not None else ""


class _SittingRow:
    """The widgets of one sitting: a box and two times."""

    def __init__(self, number: int, presence: SittingPresence, parent: QWidget) -> None:
        self.number = number
        self.stored = presence
        label = (
            QCoreApplication.translate("AttendanceDialog", "&Presente")
            if number == 1
            else QCoreApplication.translate("AttendanceDialog", "Presente")
        )
        self.present = QCheckBox(label, parent)
        self.present.setObjectName(f"attendancePresent{number}")
        self.present.setChecked(presence.present)
        self.time_in = _time_edit(f"attendanceTimeIn{number}", presence.time_in)
        self.time_out = _time_edit(f"attendanceTimeOut{number}", presence.time_out)
        for edit in (self.time_in, self.time_out):
            edit.textEdited.connect(self._typed)

    def _typed(self, text: str) -> None:
        if text.strip():
            self.present.setChecked(True)

    def times(self) -> tuple[time | None, time | None] | None:
        """The two times, or None when one of them is not a time."""
        parsed = [OptionalTimeBinding.parse(edit.text()) for edit in (self.time_in, self.time_out)]
        if any(value is False for value in parsed):
            return None
        return parsed[0], parsed[1]  # type: ignore[return-value]


def _time_edit(name: str, value: time | None) -> QLineEdit:
    edit = QLineEdit(_clock(value))
    edit.setObjectName(name)
    edit.setPlaceholderText("hh:mm")
    edit.setMaximumWidth(90)
    return edit


class AttendanceDialog(FittedDialog):
    """Present or not in each sitting of the day, and optionally from when to when."""

    def __init__(self, person: str, record: DayRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attendanceDialog")
        self.setWindowTitle(self.tr("Presenza di {person}").format(person=person))
        self.record = record
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Seduta")), 0, 0)
        grid.addWidget(QLabel(self.tr("Entrata")), 0, 2)
        grid.addWidget(QLabel(self.tr("Uscita")), 0, 3)
        self.rows: list[_SittingRow] = []
        labels = [tr_message(label) for label in sitting_label_messages(record.plan)]
        for index, presence in enumerate(record.presences):
            number = presence.sitting
            row = _SittingRow(number, presence, self)
            self.rows.append(row)
            sitting = record.plan.sitting(number)
            text = self._label(labels[index], sitting.start, sitting.end)
            if presence.credited_minutes is not None:
                text += "\n" + self.tr("dal report del webinar: {minutes}").format(
                    minutes=format_duration(presence.credited_minutes)
                )
            label = QLabel(text)
            label.setObjectName(f"attendanceSitting{number}")
            grid.addWidget(label, index + 1, 0)
            grid.addWidget(row.present, index + 1, 1)
            grid.addWidget(row.time_in, index + 1, 2)
            grid.addWidget(row.time_out, index + 1, 3)
        self.error = QLabel()
        self.error.setObjectName("attendanceError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        day = QLabel(long_date(record.day))
        day.setObjectName("attendanceDay")
        layout.addWidget(day)
        layout.addLayout(grid)
        hint = QLabel(
            self.tr(
                "Orari facoltativi, ad esempio 09:30: senza orari conta l'intera seduta. "
                "Le pause non contano come ore."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _label(self, name: str, start: time | None, end: time | None) -> str:
        if start is None or end is None:
            return name
        return f"{name} {_clock(start)}–{_clock(end)}"

    # --- compatibility with a single sitting, as the tests and shortcuts use it ------------

    @property
    def present(self) -> QCheckBox:
        return self.rows[0].present

    @property
    def time_in(self) -> QLineEdit:
        return self.rows[0].time_in

    @property
    def time_out(self) -> QLineEdit:
        return self.rows[0].time_out

    def presences(self) -> list[SittingPresence] | None:
        """What the dialog says per sitting, or None while a time is not valid."""
        result = []
        for row in self.rows:
            times = row.times()
            if times is None:
                return None
            result.append(SittingPresence(row.number, row.present.isChecked(), *times))
        return result

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _accept(self) -> None:
        presences = self.presences()
        if presences is None:
            texts = [edit.text() for row in self.rows for edit in (row.time_in, row.time_out)]
            problem = time_error(texts)
            self._show_error(tr_message(problem) if problem else "")
            return
        for presence in presences:
            start, end = presence.time_in, presence.time_out
            if start and end and end <= start:
                self._show_error(self.tr("L'uscita deve seguire l'entrata."))
                return
            if not presence.present and (start or end):
                self._show_error(
                    self.tr(
                        "Un orario vale solo per chi è presente: spuntare Presente o "
                        "cancellare l'orario."
                    )
                )
                return
        self.accept()
