"""Read and write a form widget as a plain value, and know when the user changed it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time
from enum import Enum

from PySide6.QtCore import QSignalBlocker, QTime
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QSpinBox, QTimeEdit, QWidget


class FieldBinding:
    """A widget seen as one value of a record field."""

    def __init__(self, name: str, label: str, widget: QWidget) -> None:
        self.name = name
        self.label = label
        self.widget = widget

    def value(self) -> object:
        raise NotImplementedError

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
    """A time edit whose lowest value (00:00, shown as "—") means "no time"."""

    widget: QTimeEdit

    def value(self) -> time | None:
        current = self.widget.time()
        if current == self.widget.minimumTime():
            return None
        return current.toPython()  # type: ignore[no-any-return]

    def _write(self, value: object) -> None:
        if value is None:
            self.widget.setTime(self.widget.minimumTime())
        else:
            self.widget.setTime(QTime(value.hour, value.minute))  # type: ignore[attr-defined]

    def connect_changed(self, slot: Callable[[], None]) -> None:
        self.widget.timeChanged.connect(slot)
