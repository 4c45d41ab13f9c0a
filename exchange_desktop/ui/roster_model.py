"""The roster as a table, with an Italian-order sort and a search over name, Ente and email."""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from exchange_desktop.domain.enums import RegistrationStatus
from exchange_desktop.domain.programme import format_duration
from exchange_desktop.domain.validation import name_key
from exchange_desktop.i18n import QT_TRANSLATE_NOOP
from exchange_desktop.services.roster import RosterRow
from exchange_desktop.translation import translate
from exchange_desktop.ui.fixed_columns_model import FixedColumnsModel

CONTEXT = "RosterModel"
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
REGISTRATION_ID_ROLE = Qt.ItemDataRole.UserRole + 2

(
    COL_NUMBER,
    COL_SURNAME,
    COL_NAME,
    COL_ORGANISATION,
    COL_ROLE,
    COL_EMAIL,
    COL_PHONE,
    COL_STATUS,
    COL_PRESENT,
    COL_SESSION,
) = range(10)
_HEADERS = (
    QT_TRANSLATE_NOOP("RosterModel", "N."),
    QT_TRANSLATE_NOOP("RosterModel", "Cognome"),
    QT_TRANSLATE_NOOP("RosterModel", "Nome"),
    QT_TRANSLATE_NOOP("RosterModel", "Ente"),
    QT_TRANSLATE_NOOP("RosterModel", "Ruolo"),
    QT_TRANSLATE_NOOP("RosterModel", "Email"),
    QT_TRANSLATE_NOOP("RosterModel", "Telefono"),
    QT_TRANSLATE_NOOP("RosterModel", "Stato"),
    QT_TRANSLATE_NOOP("RosterModel", "Presente"),
    QT_TRANSLATE_NOOP("RosterModel", "Sessione"),
)
_WAITING = QBrush(QColor("#8a4b00"))
_CANCELLED = QBrush(QColor("#8a8a8a"))

_Index = QModelIndex | QPersistentModelIndex


def status_text(row: RosterRow) -> str:
    """ "confermato", "in lista d'attesa n. 2", "annullato"."""
    if row.status is RegistrationStatus.WAITING:
        return translate("RosterModel", "in lista d'attesa n. {n}").format(
            n=row.waiting_position or ""
        )
    if row.status is RegistrationStatus.CANCELLED:
        return translate("RosterModel", "annullato")
    return translate("RosterModel", "confermato")


def hours_text(hours: float) -> str:
    """ "6 h 30 min" from 6.5 hours; empty when no times were given."""
    minutes = round(hours * 60)
    return format_duration(minutes) if minutes else ""


class RosterTableModel(FixedColumnsModel):
    """Registrations as rows.  Ticking "Presente" asks the tab to record attendance."""

    CONTEXT = CONTEXT
    HEADERS = _HEADERS

    attendance_toggled = Signal(int, bool)  # registration id, present

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.rows: list[RosterRow] = []
        self._search: list[str] = []
        self._sort_keys: dict[int, list[object]] = {}

    def set_rows(self, rows: list[RosterRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self._search = [
            name_key(f"{r.surname} {r.name} {r.name} {r.surname} {r.organisation} {r.email}")
            for r in rows
        ]
        self._sort_keys = {}
        self.endResetModel()

    def sort_keys(self, column: int) -> list[object]:
        """The sort key of every row for ``column``, computed once per load (fast sorting)."""
        if column not in self._sort_keys:
            self._sort_keys[column] = [
                self._sort_key(number, column, row) for number, row in enumerate(self.rows)
            ]
        return self._sort_keys[column]

    def search_text(self, row: int) -> str:
        return self._search[row]

    def row_of(self, registration_id: int | None) -> int:
        return next(
            (i for i, r in enumerate(self.rows) if r.registration_id == registration_id), -1
        )

    def row_list(self) -> list:  # type: ignore[type-arg]
        return self.rows

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(index.row(), column, row)
        if role == SORT_ROLE:
            return self.sort_keys(column)[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and column == COL_PRESENT:
            if row.status is not RegistrationStatus.CONFIRMED:
                return None  # only a confirmed seat can be marked present
            return Qt.CheckState.Checked if row.present else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and column not in (COL_NUMBER, COL_PRESENT):
            return str(self._display(index.row(), column, row)) or None
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.status is RegistrationStatus.CANCELLED:
                return _CANCELLED
            if row.status is RegistrationStatus.WAITING and column == COL_STATUS:
                return _WAITING
        if role == REGISTRATION_ID_ROLE:
            return row.registration_id
        return None

    def _display(self, number: int, column: int, row: RosterRow) -> object:
        values = {
            COL_NUMBER: number + 1,
            COL_SURNAME: row.surname,
            COL_NAME: row.name,
            COL_ORGANISATION: row.organisation,
            COL_ROLE: row.role,
            COL_EMAIL: row.email,
            COL_PHONE: row.phone,
            COL_STATUS: status_text(row),
            COL_PRESENT: hours_text(row.hours) if row.present else "",
            COL_SESSION: row.session_label,
        }
        return values[column]

    def _sort_key(self, number: int, column: int, row: RosterRow) -> object:
        if column == COL_NUMBER:
            return number
        if column == COL_STATUS:
            order = {RegistrationStatus.CONFIRMED: 0, RegistrationStatus.WAITING: 1}
            return (order.get(row.status, 2), row.waiting_position or 0)
        if column == COL_PRESENT:
            return 1 if row.present else 0
        if column == COL_SURNAME:
            return (name_key(row.surname), name_key(row.name))
        return name_key(str(self._display(number, column, row)))

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == COL_PRESENT:
            row = self.rows[index.row()]
            if row.status is RegistrationStatus.CONFIRMED:
                return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index: _Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != COL_PRESENT:
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
        self.attendance_toggled.emit(self.rows[index.row()].registration_id, checked)
        return True


class RosterFilterModel(QSortFilterProxyModel):
    """Sorts with the model's Italian keys; filters on every word typed, in any order."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.setSortRole(SORT_ROLE)
        self._words: list[str] = []

    def set_search(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later
            self.beginFilterChange()
            self._words = name_key(text).split()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = name_key(text).split()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, _source_parent: _Index) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        assert isinstance(model, RosterTableModel)
        haystack = model.search_text(source_row)
        return all(word in haystack for word in self._words)

    def lessThan(self, left: _Index, right: _Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, RosterTableModel)
        keys = model.sort_keys(left.column())
        return keys[left.row()] < keys[right.row()]  # type: ignore[operator]
