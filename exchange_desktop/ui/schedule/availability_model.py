"""The Enti × candidate dates matrix (sì / forse / no), with totals and the suggested date."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from exchange_desktop.domain.enums import AvailabilityAnswer, CandidateStatus
from exchange_desktop.formatting import short_date
from exchange_desktop.i18n import QT_TRANSLATE_NOOP
from exchange_desktop.services.scheduling.availability import AvailabilityMatrix
from exchange_desktop.translation import translate

CONTEXT = "AvailabilityModel"
ANSWER_TEXTS: dict[AvailabilityAnswer | None, str] = {
    None: "",
    AvailabilityAnswer.YES: QT_TRANSLATE_NOOP("AvailabilityModel", "sì"),
    AvailabilityAnswer.MAYBE: QT_TRANSLATE_NOOP("AvailabilityModel", "forse"),
    AvailabilityAnswer.NO: QT_TRANSLATE_NOOP("AvailabilityModel", "no"),
}
_ANSWER_BRUSHES = {
    AvailabilityAnswer.YES: QBrush(QColor("#dff3e3")),
    AvailabilityAnswer.MAYBE: QBrush(QColor("#fff4d6")),
    AvailabilityAnswer.NO: QBrush(QColor("#f9e0e0")),
}
_SUGGESTED_BRUSH = QBrush(QColor("#cfe3ff"))
_DISCARDED_BRUSH = QBrush(QColor("#8a8a8a"))

_Index = QModelIndex | QPersistentModelIndex


class AvailabilityTableModel(QAbstractTableModel):
    """Rows: the Enti, then one totals row.  Columns: the Ente's name, then each date.

    Editing a cell emits ``answer_changed``; the tab saves it and reloads the matrix.
    """

    answer_changed = Signal(int, int, object)  # organisation id, candidate id, answer or None

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.matrix = AvailabilityMatrix([], [], {}, {}, None)

    def set_matrix(self, matrix: AvailabilityMatrix) -> None:
        self.beginResetModel()
        self.matrix = matrix
        self.endResetModel()

    def _is_totals(self, row: int) -> bool:
        return row == len(self.matrix.organisations)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.matrix.organisations) + 1

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.matrix.candidates) + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return (
                translate("AvailabilityModel", "Ente")
                if role == Qt.ItemDataRole.DisplayRole
                else None
            )
        candidate = self.matrix.candidates[section - 1]
        suggested = candidate.id == self.matrix.suggested
        if role == Qt.ItemDataRole.DisplayRole:
            text = short_date(candidate.day)
            if candidate.status is CandidateStatus.CONFIRMED:
                text += "\n" + translate("AvailabilityModel", "confermata")
            elif suggested:
                text += "\n" + translate("AvailabilityModel", "★ consigliata")
            elif candidate.status is CandidateStatus.DISCARDED:
                text += "\n" + translate("AvailabilityModel", "scartata")
            return text
        if role == Qt.ItemDataRole.FontRole and (
            suggested or candidate.status is CandidateStatus.CONFIRMED
        ):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if self._is_totals(row):
            return self._totals_data(column, role)
        organisation = self.matrix.organisations[row]
        if column == 0:
            return organisation.name if role == Qt.ItemDataRole.DisplayRole else None
        candidate = self.matrix.candidates[column - 1]
        answer = self.matrix.answers.get((organisation.id, candidate.id))  # type: ignore[arg-type]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return translate(CONTEXT, ANSWER_TEXTS[answer]) if answer else ""
        if role == Qt.ItemDataRole.BackgroundRole:
            if answer is not None:
                return _ANSWER_BRUSHES[answer]
            if candidate.id == self.matrix.suggested:
                return _SUGGESTED_BRUSH
        if role == Qt.ItemDataRole.ForegroundRole and (
            candidate.status is CandidateStatus.DISCARDED
        ):
            return _DISCARDED_BRUSH
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def _totals_data(self, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return Qt.AlignmentFlag.AlignCenter
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return translate("AvailabilityModel", "Totale sì / forse / no")
        candidate = self.matrix.candidates[column - 1]
        yes, maybe, no = self.matrix.totals.get(candidate.id, (0, 0, 0))  # type: ignore[arg-type]
        return f"{yes} / {maybe} / {no}"

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() > 0 and not self._is_totals(index.row()):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: _Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        answer = value if value is None or isinstance(value, AvailabilityAnswer) else None
        if isinstance(value, str) and value:
            answer = AvailabilityAnswer(value)
        organisation = self.matrix.organisations[index.row()]
        candidate = self.matrix.candidates[index.column() - 1]
        self.answer_changed.emit(organisation.id, candidate.id, answer)
        return True

    def answer_at(self, index: _Index) -> AvailabilityAnswer | None:
        if not index.isValid() or index.column() == 0 or self._is_totals(index.row()):
            return None
        organisation = self.matrix.organisations[index.row()]
        candidate = self.matrix.candidates[index.column() - 1]
        return self.matrix.answers.get((organisation.id, candidate.id))  # type: ignore[arg-type]


class AnswerDelegate(QStyledItemDelegate):
    """A drop-down with sì / forse / no (and blank to clear) for one matrix cell."""

    def createEditor(
        self, parent: QWidget, _option: QStyleOptionViewItem, _index: _Index
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.addItem("—", "")
        for answer in (AvailabilityAnswer.YES, AvailabilityAnswer.MAYBE, AvailabilityAnswer.NO):
            combo.addItem(translate(CONTEXT, ANSWER_TEXTS[answer]), answer.value)
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        model = index.model()
        answer = model.answer_at(index) if isinstance(model, AvailabilityTableModel) else None
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(answer.value if answer else ""), 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        value = editor.currentData()
        model.setData(index, AvailabilityAnswer(value) if value else None)
