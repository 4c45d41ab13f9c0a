"""The list of the office's practices, with New / Duplicate / Delete beside it."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:  # the services import SQLAlchemy, which the window's first paint waits for
    from exchange_desktop.services.practices.catalogue import PracticeSummary

PRACTICE_ID_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class PracticeListModel(QAbstractListModel):
    """Practices as rows: the title shown, the id in ``PRACTICE_ID_ROLE``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PracticeSummary] = []

    def set_rows(self, rows: list[PracticeSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.title}\n{row.host}" if row.host else row.title
        if role == PRACTICE_ID_ROLE:
            return row.id
        return None

    def row_of(self, practice_id: int) -> int:
        """The row showing ``practice_id``, or -1."""
        return next((i for i, row in enumerate(self._rows) if row.id == practice_id), -1)

    def update_title(self, practice_id: int, title: str, host: str) -> None:
        """Show a renamed practice without rebuilding the list (keeps the selection)."""
        row = self.row_of(practice_id)
        if row < 0:
            return
        self._rows[row] = dataclasses.replace(self._rows[row], title=title, host=host)
        index = self.index(row)
        self.dataChanged.emit(index, index)


class PracticeListPanel(QWidget):
    """Picks the practice the tabs work on."""

    practice_selected = Signal(object)  # int, or None when the list is empty
    new_requested = Signal()
    duplicate_requested = Signal()
    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practiceListPanel")
        self.model = PracticeListModel(self)
        self.view = QListView()
        self.view.setObjectName("practiceList")
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setSpacing(3)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)

        title = QLabel(self.tr("Pratic&he"))
        title.setBuddy(self.view)
        font = title.font()
        font.setBold(True)
        title.setFont(font)

        buttons = QHBoxLayout()
        self._selection_buttons: list[QPushButton] = []
        for name, text, tip, signal in (
            (
                "newPracticeButton",
                self.tr("Nuova"),
                self.tr("Nuova pratica vuota"),
                self.new_requested,
            ),
            (
                "duplicatePracticeButton",
                self.tr("Duplica"),
                self.tr("Copia la pratica selezionata con il programma, per riutilizzarla"),
                self.duplicate_requested,
            ),
            (
                "deletePracticeButton",
                self.tr("Elimina…"),
                self.tr("Elimina la pratica selezionata (chiede conferma)"),
                self.delete_requested,
            ),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.setToolTip(tip)
            button.clicked.connect(signal)
            buttons.addWidget(button)
            if signal is not self.new_requested:
                self._selection_buttons.append(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addWidget(title)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def set_practices(self, rows: list[PracticeSummary], select_id: int | None) -> None:
        """Fill the list and select ``select_id`` (or the first practice)."""
        self.model.set_rows(rows)
        row = self.model.row_of(select_id) if select_id is not None else -1
        if row < 0 and rows:
            row = 0
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row))
        else:
            self._current_changed(QModelIndex(), QModelIndex())

    def select(self, practice_id: int) -> None:
        """Show ``practice_id`` as selected without announcing a change."""
        row = self.model.row_of(practice_id)
        if row >= 0:
            self.view.selectionModel().blockSignals(True)
            self.view.setCurrentIndex(self.model.index(row))
            self.view.selectionModel().blockSignals(False)

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(PRACTICE_ID_ROLE) if index.isValid() else None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        for button in self._selection_buttons:
            button.setEnabled(current.isValid())
        self.practice_selected.emit(current.data(PRACTICE_ID_ROLE) if current.isValid() else None)
