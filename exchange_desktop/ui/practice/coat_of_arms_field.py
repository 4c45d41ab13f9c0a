"""The "Stemma" field of the practice form: a small preview, what is stored, and buttons to
choose a PNG or SVG file or to remove it.  The value is the image's bytes (or None)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from exchange_desktop.domain.certificates import coat_of_arms_format_of
from exchange_desktop.domain.errors import DomainError
from exchange_desktop.services.documents.coat_of_arms import read_coat_of_arms
from exchange_desktop.ui.widgets.dialogs import show_error
from exchange_desktop.ui.widgets.field_bindings import FieldBinding

PREVIEW_SIZE = 40


class CoatOfArmsField(QWidget):
    """Preview, description and the two buttons; ``changed`` fires on a choice or removal."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data: bytes | None = None
        self._file_name = ""
        self.preview = QLabel(self)
        self.preview.setObjectName("coatOfArmsPreview")
        self.preview.setFixedSize(PREVIEW_SIZE, PREVIEW_SIZE)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.description = QLabel(self)
        self.description.setObjectName("coatOfArmsDescription")
        self.description.setTextFormat(Qt.TextFormat.PlainText)
        self.choose_button = QPushButton(self.tr("Scegli il file…"), self)
        self.choose_button.setObjectName("coatOfArmsChooseButton")
        self.choose_button.setToolTip(
            self.tr("Un'immagine PNG o SVG, stampata in cima agli attestati")
        )
        self.remove_button = QPushButton(self.tr("Togli"), self)
        self.remove_button.setObjectName("coatOfArmsRemoveButton")
        self.choose_button.clicked.connect(self.choose)
        self.remove_button.clicked.connect(self.remove)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.preview)
        row.addWidget(self.description, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.remove_button)
        #: Replaced in tests: the file dialog, returning the chosen path or "".
        self.ask_file: Callable[[], str] = self._ask_file
        self._show()

    @property
    def data(self) -> bytes | None:
        return self._data

    def set_data(self, data: bytes | None, file_name: str = "") -> None:
        self._data = data or None
        self._file_name = file_name
        self._show()

    def _ask_file(self) -> str:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Scegli lo stemma"), str(Path.home()), self.tr("Immagini (*.png *.svg)")
        )
        return chosen

    def choose(self) -> None:
        """Ask for a file and take it if it is a readable PNG or SVG; else say why."""
        chosen = self.ask_file()
        if not chosen:
            return
        try:
            data, _format = read_coat_of_arms(chosen)
        except DomainError as error:
            show_error(self, error, self.tr("Stemma non usato"))
            return
        self.set_data(data, Path(chosen).name)
        self.changed.emit()

    def remove(self) -> None:
        if self._data is None:
            return
        self.set_data(None)
        self.changed.emit()

    def _show(self) -> None:
        self.remove_button.setEnabled(self._data is not None)
        self.preview.clear()
        if self._data is None:
            self.description.setText(self.tr("Nessuno stemma"))
            return
        kind = coat_of_arms_format_of(self._data).upper() or "?"
        size = max(1, len(self._data) // 1024)
        name = f"{self._file_name} – " if self._file_name else ""
        self.description.setText(
            self.tr("{name}immagine {kind}, {size} KB").format(name=name, kind=kind, size=size)
        )
        pixmap = QPixmap()
        if pixmap.loadFromData(QByteArray(self._data)):  # PNG; SVG needs Qt's SVG module
            self.preview.setPixmap(
                pixmap.scaled(
                    PREVIEW_SIZE,
                    PREVIEW_SIZE,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )


class CoatOfArmsBinding(FieldBinding):
    """The field as the value ``coat_of_arms`` (bytes or None)."""

    widget: CoatOfArmsField

    def value(self) -> bytes | None:
        return self.widget.data

    def _write(self, value: object) -> None:
        self.widget.set_data(value if isinstance(value, bytes) else None)

    def connect_changed(self, slot: Callable[[], None]) -> None:
        self.widget.changed.connect(slot)
