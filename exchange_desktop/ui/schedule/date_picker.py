"""Choosing a date on an Italian calendar, with the warnings (weekend, holiday, patron, past)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from exchange_desktop.formatting import long_date
from exchange_desktop.i18n import Message
from exchange_desktop.translation import tr_message
from exchange_desktop.ui.widgets.screen_fit import FittedDialog

WARNING_STYLE = "color: #8a4b00;"


class DatePickerDialog(FittedDialog):
    """Pick a day; the warnings for it show underneath before the clerk confirms.

    ``warnings_for`` returns the warnings for a day (the caller knows the host's patron day).
    """

    def __init__(
        self,
        title: str,
        warnings_for: Callable[[date], list[Message]],
        initial: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("datePickerDialog")
        self.setWindowTitle(title)
        self._warnings_for = warnings_for
        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("datePickerCalendar")
        self.calendar.setLocale(QLocale())  # the interface language, set at start-up
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setSelectedDate(QDate(initial.year, initial.month, initial.day))
        self.chosen_label = QLabel()
        self.chosen_label.setObjectName("datePickerChosen")
        self.warnings_label = QLabel()
        self.warnings_label.setObjectName("datePickerWarnings")
        self.warnings_label.setStyleSheet(WARNING_STYLE)
        self.warnings_label.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.calendar)
        layout.addWidget(self.chosen_label)
        layout.addWidget(self.warnings_label)
        layout.addWidget(buttons)
        self.calendar.selectionChanged.connect(self._show_warnings)
        self.calendar.activated.connect(self.accept)
        self._show_warnings()

    def selected_day(self) -> date:
        return self.calendar.selectedDate().toPython()  # type: ignore[return-value]

    def _show_warnings(self) -> None:
        day = self.selected_day()
        self.chosen_label.setText(long_date(day))
        warnings = [tr_message(message) for message in self._warnings_for(day)]
        self.warnings_label.setText("\n".join(f"⚠ {text}" for text in warnings))
        self.warnings_label.setVisible(bool(warnings))
