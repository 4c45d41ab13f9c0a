"""Read and write a form widget as a plain value, and know when the user changed it."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import time
from enum import Enum

from PySide6.QtCore import QRegularExpression, QSignalBlocker
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from exchange_desktop.domain.typed_values import (
    TypedValueError,
    parse_day_month,
    parse_optional_clock_time,
    stored_day_month,
)
from exchange_desktop.i18n import Message


class FieldBinding:
    """A widget seen as one value of a record field."""

    def __init__(self, name: str, label: str, widget: QWidget) -> None:
        self.name = name
        self.label = label
        self.widget = widget

    def value(self) -> object:
        raise NotImplementedError

    def input_error(self) -> Message | None:
        """What is wrong with the text on screen when it gives no value at all ("25:00").

        The form then saves nothing of this field and shows the message beside it; None
        when the text is a value (whether the record accepts it is for validation to say).
        """
        return None

    def _write(self, value: object) -> None:
        raise NotImplementedError

    def set_value(self, value: object) -> None:
        """Show ``value`` without emitting change signals (it is not a user edit)."""
        with QSignalBlocker(self.widget):
            self._write(value)

    def connect_changed(self, slot: Callable[[], None]) -> None:
        raise NotImplementedError


class LineBinding(FieldBinding):
    widget: QLineEdit

    def value(self) -> str:
        return self.widget.text()

    def _write(self, value: object) -> None:
        self.widget.setText(str(value))
        self.widget.setCursorPosition(0)

    def connect_changed(self, slot: Callable[[], None]) -> None:
        self.widget.textEdited.connect(slot)


class TextBinding(FieldBinding):
    widget: QPlainTextEdit

    def value(self) -> str:
        return self.widget.toPlainText()

    def _write(self, value: object) -> None:
        self.widget.setPlainText(str(value))

    def connect_changed(self, slot: Callable[[], None]) -> None:
        self.widget.textChanged.connect(slot)


class OneLineTextBinding(TextBinding):
    """A wrapping editor for a one-line value (a long title): line breaks become spaces."""

    def value(self) -> str:
        return " ".join(self.widget.toPlainText().splitlines())


class LinesBinding(TextBinding):
    """A multi-line editor holding a list, one item per line."""

    def value(self) -> list[str]:  # type: ignore[override]
        return [line.strip() for line in self.widget.toPlainText().splitlines() if line.strip()]

    def _write(self, value: object) -> None:
        self.widget.setPlainText("\n".join(value))  # type: ignore[arg-type]


class SpinBinding(FieldBinding):
    widget: QSpinBox

    def value(self) -> int:
        return self.widget.value()

    def _write(self, value: object) -> None:
        self.widget.setValue(int(value))  # type: ignore[call-overload]

    def connect_changed(self, slot: Callable[[], None]) -> None:
        self.widget.valueChanged.connect(slot)


class EnumComboBinding(FieldBinding):
    """A combo box whose items carry enum values as their data.

    Qt hands ``str``-based enum members back as plain strings, so the binding converts.
    """

    widget: QComboBox

    def __init__(self, name: str, label: str, widget: QComboBox, enum_class: type[Enum]) -> None:
        super().__init__(name, label, widget)
        self.enum_class = enum_class

    def value(self) -> Enum:
        return self.enum_class(self.widget.currentData())

    def _write(self, value: object) -> None:
        member = self.enum_class(value)
        self.widget.setCurrentIndex(max(self.widget.findData(member.value), 0))

    def connect_changed(self, slot: Callable[[], None]) -> None:
        self.widget.currentIndexChanged.connect(slot)


class OptionalTimeBinding(FieldBinding):
    """A line edit for an optional time: empty is "no time"; "9:30", "9.30", "0930" are
    read by the domain (:func:`~exchange_desktop.domain.typed_values.parse_clock_time`), as
    on the command line.

    While the clerk is still typing ("9:3") the value stays the last complete one, so an
    autosave in between never stores half a time; text that is no time ("25:00", or "9:3"
    left so) stays on screen as typed and :meth:`input_error` says why it is not saved.
    """

    widget: QLineEdit

    def __init__(self, name: str, label: str, widget: QLineEdit) -> None:
        super().__init__(name, label, widget)
        widget.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"[0-9:.,aApPmM ]{0,11}"), widget)
        )
        self._last: time | None = None

    @classmethod
    def parse(cls, text: str) -> time | bool | None:
        """The time typed, None when empty, False when incomplete or impossible."""
        try:
            return parse_optional_clock_time(text)
        except TypedValueError:
            return False

    def value(self) -> time | None:
        parsed = self.parse(self.widget.text())
        if parsed is not False:
            self._last = parsed  # type: ignore[assignment]
        return self._last

    def input_error(self) -> Message | None:
        try:
            parse_optional_clock_time(self.widget.text())
        except TypedValueError as error:
            return error.message
        return None

    def _write(self, value: object) -> None:
        self._last = value  # type: ignore[assignment]
        self.widget.setText("" if value is None else f"{value:%H:%M}")

    def connect_changed(self, slot: Callable[[], None]) -> None:
        self.widget.textEdited.connect(lambda _text: slot())
        self.widget.editingFinished.connect(self._tidy)

    def _tidy(self) -> None:
        """On leaving the field show a time as HH:MM ("9.30" becomes "09:30").

        Text that is no time is left as typed: replacing it with the last good time would
        hide from the clerk that what they typed was not saved.
        """
        if self.input_error() is None:
            self.set_value(self.value())


def time_error(texts: list[str]) -> Message | None:
    """The domain's message for the first of ``texts`` that is no time (empty is fine)."""
    for text in texts:
        try:
            parse_optional_clock_time(text)
        except TypedValueError as error:
            return error.message
    return None


class DayMonthBinding(LineBinding):
    """A yearly day typed the Italian way ("24/06", "24.6") and stored as "MM-DD" ("06-24").

    The domain reads it (:func:`~exchange_desktop.domain.typed_values.parse_day_month`);
    text that is no day ("31/02") stays on screen, is not saved, and :meth:`input_error`
    says why, in the same words as everywhere else.
    """

    def __init__(self, name: str, label: str, widget: QLineEdit) -> None:
        super().__init__(name, label, widget)
        self._last = ""

    def value(self) -> str:
        text = self.widget.text()
        if not text.strip():
            self._last = ""
        else:
            with contextlib.suppress(TypedValueError):  # not a day: the last one stays
                self._last = parse_day_month(text).stored
        return self._last

    def input_error(self) -> Message | None:
        text = self.widget.text()
        if not text.strip():
            return None
        try:
            parse_day_month(text)
        except TypedValueError as error:
            return error.message
        return None

    def _write(self, value: object) -> None:
        text = str(value or "")
        self._last = text
        stored = stored_day_month(text)
        self.widget.setText(stored.typed if stored else text)
