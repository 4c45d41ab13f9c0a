"""Builds labelled, bound form fields with an error line under each: one look for every form."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from exchange_desktop.ui.widgets.accessibility import name_field
from exchange_desktop.ui.widgets.contrast import role_colour, role_style
from exchange_desktop.ui.widgets.field_bindings import (
    DayMonthBinding,
    EnumComboBinding,
    FieldBinding,
    LineBinding,
    LinesBinding,
    OneLineTextBinding,
    OptionalTimeBinding,
    SpinBinding,
    TextBinding,
)


def error_style() -> str:
    """An error line's colour: red that reads on the current palette (light or dark)."""
    return role_style("error")


#: The light palette's values, for code written before the palette-aware functions; new
#: code calls :func:`error_style` and :func:`invalid_field_style`, which follow dark mode.
ERROR_STYLE = "color: #b00020;"
INVALID_FIELD_STYLE = (
    'QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"], '
    'QSpinBox[invalid="true"], QTimeEdit[invalid="true"] { border: 2px solid #b00020; }'
)


def invalid_field_style() -> str:
    """The red border of an invalid field, in the palette's readable red."""
    colour = role_colour("error").name()
    return (
        'QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"], '
        'QSpinBox[invalid="true"], QTimeEdit[invalid="true"] '
        f"{{ border: 2px solid {colour}; }}"
    )


class FormBuilder:
    """Collects the bindings and error labels an :class:`AutosaveForm` needs.

    Each field widget is named ``<prefix><field>Edit`` and its error label
    ``<prefix><field>Error``; the prefix keeps names unique across the window.
    """

    def __init__(self, label_width: int = 0, prefix: str = "") -> None:
        self.bindings: list[FieldBinding] = []
        self.error_labels: dict[str, QLabel] = {}
        self._label_width = label_width
        self._prefix = prefix

    def _bind(self, binding: FieldBinding) -> None:
        binding.widget.setObjectName(f"{self._prefix}{binding.name}Edit")
        if not binding.widget.accessibleName():  # the field's own name ("Stato")
            name_field(binding.widget, binding.label, required=False)
        self.bindings.append(binding)

    def custom(self, binding: FieldBinding) -> QWidget:
        """A field with a widget of its own (the coat of arms), named like the others."""
        self._bind(binding)
        return binding.widget

    def line(self, name: str, label: str, placeholder: str = "") -> QLineEdit:
        widget = QLineEdit()
        widget.setPlaceholderText(placeholder)
        self._bind(LineBinding(name, label, widget))
        return widget

    def text(self, name: str, label: str, lines: int, *, as_list: bool = False) -> QPlainTextEdit:
        """A multi-line editor ``lines`` high, growing to twice that for long texts."""
        widget = QPlainTextEdit()
        widget.setTabChangesFocus(True)
        line = widget.fontMetrics().lineSpacing()
        widget.setMinimumHeight(line * lines + 14)
        widget.setMaximumHeight(line * lines * 2 + 14)
        self._bind((LinesBinding if as_list else TextBinding)(name, label, widget))
        return widget

    def day_month(self, name: str, label: str) -> QLineEdit:
        """A yearly date such as a patron saint's day, typed as gg/mm."""
        widget = QLineEdit()
        # "gg/mm" is giorno/mese: the clerk's language says how a date is typed ("dd/mm").
        widget.setPlaceholderText(QCoreApplication.translate("FormBuilder", "gg/mm"))
        widget.setFixedWidth(widget.fontMetrics().horizontalAdvance("00/00") * 2)
        self._bind(DayMonthBinding(name, label, widget))
        return widget

    def one_line_text(self, name: str, label: str) -> QPlainTextEdit:
        """A two-line wrapping editor for a long one-line value such as a title."""
        widget = QPlainTextEdit()
        widget.setTabChangesFocus(True)
        widget.setFixedHeight(widget.fontMetrics().lineSpacing() * 2 + 14)
        self._bind(OneLineTextBinding(name, label, widget))
        return widget

    def spin(self, name: str, label: str, minimum: int, maximum: int) -> QSpinBox:
        widget = QSpinBox()
        widget.setRange(minimum, maximum)
        widget.setMaximumWidth(120)
        self._bind(SpinBinding(name, label, widget))
        return widget

    def enum_combo(
        self, name: str, label: str, enum_class: type[Enum], choices: list[tuple[str, Enum]]
    ) -> QComboBox:
        widget = QComboBox()
        for text, member in choices:
            widget.addItem(text, member.value)
        self._bind(EnumComboBinding(name, label, widget, enum_class))
        return widget

    def optional_time(self, name: str, label: str) -> QLineEdit:
        """A short field for a time such as 09:30; empty means no time."""
        widget = QLineEdit()
        widget.setPlaceholderText("hh:mm")
        widget.setFixedWidth(widget.fontMetrics().horizontalAdvance("00:00") * 2)
        widget.setToolTip(label)
        widget.setAccessibleName(label)  # "Ora di inizio", not the "dalle" beside it
        self._bind(OptionalTimeBinding(name, label, widget))
        return widget

    def time_range(
        self,
        form: QFormLayout,
        caption: str,
        from_text: str,
        to_text: str,
        names: tuple[str, str] = ("", ""),
    ) -> None:
        """A row "Orario  dalle [09:30] alle [13:00]" bound to start_time and end_time.

        ``names`` are what the two fields are called on their own ("Ora di inizio"), in the
        undo history and the status bar; ``from_text`` and ``to_text`` when not given.
        """
        times = QWidget()
        row = QHBoxLayout(times)
        row.setContentsMargins(0, 0, 0, 0)
        start = self.optional_time("start_time", names[0] or from_text)
        end = self.optional_time("end_time", names[1] or to_text)
        for text, widget in ((from_text, start), (to_text, end)):
            label = QLabel(text)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget)
        row.addStretch(1)
        self.add_row(form, caption, "start_time", times)
        form.addRow("", self.error_label("end_time"))

    @staticmethod
    def group(title: str) -> tuple[QGroupBox, QFormLayout]:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return box, form

    def error_label(self, name: str) -> QLabel:
        """The (hidden) label where the form shows what is wrong with field ``name``."""
        error = QLabel()
        error.setObjectName(f"{self._prefix}{name}Error")
        error.setStyleSheet(error_style())
        error.setWordWrap(True)
        error.hide()
        self.error_labels[name] = error
        return error

    def add_row(self, form: QFormLayout, caption: str, name: str, widget: QWidget) -> None:
        """A labelled field with its error message underneath (hidden while valid)."""
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(self.error_label(name))
        label = QLabel(caption)
        label.setBuddy(widget)  # (the buddy names a field only when it is its sibling)
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            name_field(widget, caption)  # the caption as shown, "obbligatorio" for a "*"
        if self._label_width:
            label.setMinimumWidth(self._label_width)
        form.addRow(label, holder)
