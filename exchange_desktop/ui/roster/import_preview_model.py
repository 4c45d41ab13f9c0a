"""The import preview's table: row number, verdict, reason and notes, then the fields read.

A person cancelled before and a row hidden in the workbook carry a tick box in the verdict
column: ticked, they are imported (the clerk decides, one by one); ``chosen`` holds their
row numbers.  Where surname and name came from one column, the two cells can be edited: the
clerk's split is kept in ``name_edits`` and the preview read again with it.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush

from exchange_desktop.i18n import QT_TRANSLATE_NOOP, joined
from exchange_desktop.imports.extra_columns import CONSENT, OPTIONAL_CONSENTS
from exchange_desktop.services.importing import participant_import
from exchange_desktop.services.importing.participant_import import PreviewRow
from exchange_desktop.translation import tr_message, translate
from exchange_desktop.ui.widgets.contrast import tint

CONTEXT = "ImportDialog"
_STATUS = {
    "new": QT_TRANSLATE_NOOP("ImportDialog", "nuovo"),
    "duplicate": QT_TRANSLATE_NOOP("ImportDialog", "doppione"),
    "error": QT_TRANSLATE_NOOP("ImportDialog", "errore"),
    "not_person": QT_TRANSLATE_NOOP("ImportDialog", "non è una persona"),
    "cancelled": QT_TRANSLATE_NOOP("ImportDialog", "annullato in precedenza"),
    "hidden": QT_TRANSLATE_NOOP("ImportDialog", "nascosta nel file"),
}
#: The status cell's tint, from the palette (light or dark, see ``contrast.tint``).
_TINTS = {
    "new": "green",
    "duplicate": "yellow",
    "error": "red",
    "not_person": "grey",
    "cancelled": "blue",
    "hidden": "grey",
}
#: Statuses a tick can bring in.
_CHOOSABLE = frozenset({"cancelled", "hidden"})
_Index = QModelIndex | QPersistentModelIndex


def field_label(field: str) -> str:
    """ "Surname" for "surname" in English: a field's name in the interface language (the
    services keep the Italian source text, marked in the ``ParticipantImport`` context)."""
    return translate(participant_import.CONTEXT, participant_import.field_label(field))


class PreviewModel(QAbstractTableModel):
    """Row number, status, reason (and notes), then the mapped fields."""

    chosen_changed = Signal()
    #: The clerk's split of a whole name changed (the preview must be read again).
    names_edited = Signal()

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.rows: list[PreviewRow] = []
        self.fields: list[str] = []
        self.chosen: set[int] = set()
        self.name_edits: dict[int, tuple[str, str]] = {}

    def set_rows(self, rows: list[PreviewRow], fields: list[str]) -> None:
        self.beginResetModel()
        self.rows, self.fields = rows, fields
        choosable = {row.row_number for row in rows if _choosable(row)}
        self.chosen &= choosable  # a row that is no longer one (the mapping changed) is out
        self.endResetModel()

    def _checkable(self, index: _Index) -> bool:
        return index.column() == 1 and _choosable(self.rows[index.row()])

    def _editable(self, index: _Index) -> bool:
        """A surname or name cell of a row whose whole name came from one column."""
        if index.column() < 3 or not self.rows[index.row()].split:
            return False
        return self.fields[index.column() - 3] in ("surname", "name")

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self._checkable(index):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if index.isValid() and self._editable(index):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: _Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        if role == Qt.ItemDataRole.EditRole and self._editable(index):
            row = self.rows[index.row()]
            surname, name = row.values.get("surname", ""), row.values.get("name", "")
            if self.fields[index.column() - 3] == "surname":
                surname = str(value)
            else:
                name = str(value)
            self.name_edits[row.row_number] = (surname, name)
            self.names_edited.emit()
            return True
        if role != Qt.ItemDataRole.CheckStateRole or not self._checkable(index):
            return False
        number = self.rows[index.row()].row_number
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
        if checked:
            self.chosen.add(number)
        else:
            self.chosen.discard(number)
        self.dataChanged.emit(index, index, [role])
        self.chosen_changed.emit()
        return True

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3 + len(self.fields)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        fixed = (
            translate("ImportDialog", "Riga"),
            translate("ImportDialog", "Esito"),
            translate("ImportDialog", "Motivo"),
        )
        if section < 3:
            return fixed[section]
        return field_label(self.fields[section - 3])

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == 1:
            if row.notes and row.status == "new":
                return QBrush(tint("yellow"))  # amber: imported, but look at it
            return QBrush(tint(_TINTS[row.status])) if row.status in _TINTS else None
        if role == Qt.ItemDataRole.CheckStateRole and self._checkable(index):
            ticked = row.row_number in self.chosen
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2:
            return self._reason(row) or None
        if role == Qt.ItemDataRole.EditRole and self._editable(index):
            return row.values.get(self.fields[index.column() - 3], "")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return row.row_number
        if column == 1 and row.notes and row.status == "new" and not row.hidden:
            return translate(CONTEXT, QT_TRANSLATE_NOOP("ImportDialog", "nuovo, da controllare"))
        if column == 1:
            status = row.status if not row.hidden else "hidden"
            if row.hidden and row.status != "hidden":  # ticked: what it becomes, and why
                return translate(CONTEXT, _STATUS["hidden"]) + " → " + self._status(row.status)
            return self._status(status)
        if column == 2:
            return self._reason(row)
        return self._value(row, self.fields[column - 3])

    @staticmethod
    def _value(row: PreviewRow, field: str) -> str:
        value = row.values.get(field, "")
        if field in (CONSENT, *OPTIONAL_CONSENTS) and value:  # "Sì"/"No", marked by the import
            return translate(participant_import.CONTEXT, value)
        return value

    @staticmethod
    def _status(status: str) -> str:
        return translate(CONTEXT, _STATUS.get(status, status))

    @staticmethod
    def _reason(row: PreviewRow) -> str:
        said = joined([row.reason, row.notes])
        return tr_message(said) if said is not None else ""


def _choosable(row: PreviewRow) -> bool:
    return row.status in _CHOOSABLE or row.hidden
