"""Choosing a date on an Italian calendar, with the warnings (weekend, holiday, patron, past)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from exchange_desktop.formatting import long_date
from exchange_desktop.i18n import Message
from exchange_desktop.translation import tr_message
from exchange_desktop.ui.widgets.accessibility import announce
from exchange_desktop.ui.widgets.contrast import role_colour, role_style
from exchange_desktop.ui.widgets.screen_fit import FittedDialog


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
        self.calendar.setAccessibleName(self.tr("Calendario"))
        weekend = self.calendar.weekdayTextFormat(Qt.DayOfWeek.Saturday)
        weekend.setForeground(role_colour("error"))  # Qt's pure red reads at 3.7:1 only
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.calendar.setWeekdayTextFormat(day, weekend)
        self._days = self.calendar.findChild(QAbstractItemView)
        if self._days is not None:
            self._days.setAccessibleName(self.tr("Calendario"))
            palette = self._days.palette()  # the other months' days: grey, but readable
            palette.setColor(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, role_colour("muted")
            )
            self._days.setPalette(palette)
        self.chosen_label = QLabel()
        self.chosen_label.setObjectName("datePickerChosen")
        self.warnings_label = QLabel()
        self.warnings_label.setObjectName("datePickerWarnings")
        self.warnings_label.setStyleSheet(role_style("warning"))
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
        # The grid says "9": its description says the whole day and what is wrong with it.
        spoken = ". ".join([long_date(day), *warnings])
        for widget in (self.calendar, self._days):
            if widget is not None:
                widget.setAccessibleDescription(spoken)
        if self._days is not None:
            announce(self._days, spoken)
