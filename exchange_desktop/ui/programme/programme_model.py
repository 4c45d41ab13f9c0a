"""The programme as a table: number, title, text, times, speakers; rows move by drag and drop."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont

from exchange_desktop.domain.enums import ItemKind
from exchange_desktop.domain.programme import ProgrammeItem, item_numbers, overlapping_pairs
from exchange_desktop.i18n import QT_TRANSLATE_NOOP
from exchange_desktop.ui.widgets.contrast import tint
from exchange_desktop.ui.widgets.fixed_columns_model import FixedColumnsModel

ROW_MIME_TYPE = "application/x-exchange-desktop-programme-row"
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1

COL_NUMBER, COL_TITLE, COL_TEXT, COL_TIME, COL_SPEAKERS = range(5)
_HEADERS = (
    QT_TRANSLATE_NOOP("ProgrammeModel", "N."),
    QT_TRANSLATE_NOOP("ProgrammeModel", "Titolo"),
    QT_TRANSLATE_NOOP("ProgrammeModel", "Testo"),
    QT_TRANSLATE_NOOP("ProgrammeModel", "Orario"),
    QT_TRANSLATE_NOOP("ProgrammeModel", "Relatori"),
)

_Index = QModelIndex | QPersistentModelIndex


def time_range(item: ProgrammeItem) -> str:
    """ "09:30–10:30", or empty when the item has no times."""
    if item.start_time is None or item.end_time is None:
        return ""
    return f"{item.start_time:%H:%M}–{item.end_time:%H:%M}"


class ProgrammeTableModel(FixedColumnsModel):
    """Holds the items as the database returned them; moves are requested, not done here."""

    CONTEXT = "ProgrammeModel"
    HEADERS = _HEADERS

    #: (from_row, to_row): the tab performs the move through its undoable command.
    move_requested = Signal(int, int)

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.items: list[ProgrammeItem] = []
        self._numbers: list[int | None] = []
        self._overlapping: set[int] = set()

    def set_items(self, items: list[ProgrammeItem]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self._numbers = item_numbers(self.items)
        self._overlapping = {row for pair in overlapping_pairs(self.items) for row in pair}
        self.endResetModel()

    def row_of(self, item_id: int | None) -> int:
        return next((i for i, item in enumerate(self.items) if item.id == item_id), -1)

    def number(self, row: int) -> int | None:
        return self._numbers[row]

    # -- reading ---------------------------------------------------------------------------
    def row_list(self) -> list:
        return self.items

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(index.row(), column, item)
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_TITLE, COL_TEXT):
            return f"{item.title}\n\n{item.text}".strip()
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(item.kind is ItemKind.TOPIC and column == COL_TITLE)
            font.setItalic(item.kind is ItemKind.BREAK)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            if index.row() in self._overlapping and column == COL_TIME:
                return QBrush(tint("red"))
            if item.kind is ItemKind.BREAK:
                return QBrush(tint("break"))
        if role == ITEM_ID_ROLE:
            return item.id
        return None

    def _display(self, row: int, column: int, item: ProgrammeItem) -> str:
        if column == COL_NUMBER:
            number = self._numbers[row]
            return f"{number}." if number is not None else ""
        if column == COL_TITLE:
            return item.title
        if column == COL_TEXT:
            return " ".join(item.text.split())
        if column == COL_TIME:
            return time_range(item)
        return item.speakers

    # -- drag and drop ---------------------------------------------------------------------
    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ROW_MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        if indexes:
            data.setData(ROW_MIME_TYPE, QByteArray(str(indexes[0].row()).encode()))
        return data

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        _column: int,
        parent: _Index,
    ) -> bool:
        """Turn a drop into a move request; return False so the view removes nothing itself."""

        if action != Qt.DropAction.MoveAction or not data.hasFormat(ROW_MIME_TYPE):
            return False
        source = int(bytes(data.data(ROW_MIME_TYPE).data()).decode())
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self.items))
        if target > source:
            target -= 1  # the row leaves its place before it lands
        if 0 <= source < len(self.items) and source != target:
            self.move_requested.emit(source, max(0, min(target, len(self.items) - 1)))
        return False
