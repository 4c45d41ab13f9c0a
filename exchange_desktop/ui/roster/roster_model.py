"""The roster as a table, with an Italian-order sort and a search over name, Ente and email."""

from __future__ import annotations

from functools import lru_cache

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
from exchange_desktop.services.roster import RosterEntry
from exchange_desktop.services.roster.roster_rows import collector_paused
from exchange_desktop.translation import translate
from exchange_desktop.ui.widgets.fixed_columns_model import FixedColumnsModel

CONTEXT = "RosterModel"
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
REGISTRATION_ID_ROLE = Qt.ItemDataRole.UserRole + 2

#: The columns left to right, as a clerk reads them: who, from where, whether seated and
#: present, then the rest.  Each has a stable key (see ``RosterTableModel.column``) and its
#: header, marked for translation.
COLUMNS = (
    ("number", QT_TRANSLATE_NOOP("RosterModel", "N.")),
    ("surname", QT_TRANSLATE_NOOP("RosterModel", "Cognome")),
    ("name", QT_TRANSLATE_NOOP("RosterModel", "Nome")),
    ("organisation", QT_TRANSLATE_NOOP("RosterModel", "Ente")),
    ("status", QT_TRANSLATE_NOOP("RosterModel", "Stato")),
    ("present", QT_TRANSLATE_NOOP("RosterModel", "Presente")),
    ("role", QT_TRANSLATE_NOOP("RosterModel", "Ruolo")),
    ("email", QT_TRANSLATE_NOOP("RosterModel", "Email")),
    ("session", QT_TRANSLATE_NOOP("RosterModel", "Sessione")),
    ("phone", QT_TRANSLATE_NOOP("RosterModel", "Telefono")),
)
_KEYS = {key: column for column, (key, _header) in enumerate(COLUMNS)}
_HEADERS = tuple(header for _key, header in COLUMNS)
COL_NUMBER = _KEYS["number"]
COL_SURNAME = _KEYS["surname"]
COL_NAME = _KEYS["name"]
COL_ORGANISATION = _KEYS["organisation"]
COL_STATUS = _KEYS["status"]
COL_PRESENT = _KEYS["present"]
COL_ROLE = _KEYS["role"]
COL_EMAIL = _KEYS["email"]
COL_SESSION = _KEYS["session"]
COL_PHONE = _KEYS["phone"]
#: The RosterEntry field shown in each plain text column.
_FIELDS = {
    COL_SURNAME: "surname",
    COL_NAME: "name",
    COL_ORGANISATION: "organisation",
    COL_ROLE: "role",
    COL_EMAIL: "email",
    COL_PHONE: "phone",
    COL_SESSION: "session_label",
}
_WAITING = QBrush(QColor("#8a4b00"))
_CANCELLED = QBrush(QColor("#8a8a8a"))

_Index = QModelIndex | QPersistentModelIndex


def status_text(row: RosterEntry) -> str:
    """ "confermato", "in lista d'attesa n. 2", "annullato"."""
    if row.status is RegistrationStatus.WAITING:
        return translate("RosterModel", "in lista d'attesa n. {n}").format(
            n=row.waiting_position or ""
        )
    if row.status is RegistrationStatus.CANCELLED:
        return translate("RosterModel", "annullato")
    return translate("RosterModel", "confermato")


@lru_cache(maxsize=8192)
def _key(text: str) -> str:
    """name_key of a name or an Ente, which repeat across thousands of rows: folded once."""
    return name_key(text)


def _search_text(row: RosterEntry) -> str:
    """What the search box looks in: names both ways round, Ente and email, as keys."""
    surname, name = _key(row.surname), _key(row.name)
    parts = (surname, name, name, surname, _key(row.organisation), name_key(row.email))
    return " ".join(filter(None, parts))  # the empty ones left out


def hours_text(minutes: int) -> str:
    """ "6 h 30 min" from 390 minutes; empty for none."""
    return format_duration(minutes) if minutes else ""


class RosterTableModel(FixedColumnsModel):
    """Registrations as rows.  Ticking "Presente" asks the tab to record attendance."""

    CONTEXT = CONTEXT
    HEADERS = _HEADERS

    attendance_toggled = Signal(int, bool)  # registration id, present

    @staticmethod
    def column(key: str) -> int:
        """The index of the column named ``key`` ("surname", "present", … see COLUMNS)."""
        return _KEYS[key]

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.rows: list[RosterEntry] = []  # in the order shown (sorted)
        self._numbers: list[int] = []  # each row's place in the roster as read: "N."
        self._search: list[str] = []
        self._sort_keys: dict[int, list[object]] = {}  # by column, in the order read
        self._sort: tuple[int, Qt.SortOrder] = (COL_NUMBER, Qt.SortOrder.AscendingOrder)

    def set_rows(self, rows: list[RosterEntry]) -> None:
        """Show ``rows`` (in the roster's order, which numbers them), sorted as before."""
        self.beginResetModel()
        with collector_paused():  # thousands of keys and strings: see collector_paused
            self.rows = list(rows)
            self._numbers = list(range(len(rows)))
            self._search = [_search_text(r) for r in rows]
            self._sort_keys = {}
            self._reorder(*self._sort)
        self.endResetModel()

    def update_row(self, row: RosterEntry) -> int:
        """Put a changed registration (ticked present, say) in place; its index, or -1.

        One row repainted instead of the whole roster read again; the sort and the search
        keep their place.
        """
        position = self.row_of(row.registration_id)
        if position < 0:
            return -1
        number = self._numbers[position]
        self.rows[position] = row
        self._search[position] = _search_text(row)
        for column, keys in self._sort_keys.items():
            keys[number] = self._sort_key(number, column, row)
        self.dataChanged.emit(self.index(position, 0), self.index(position, len(_HEADERS) - 1))
        return position

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in Python with the keys computed once per load: far quicker than letting the
        proxy compare rows two by two through Python."""
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        moved = self._reorder(column, order)
        self.changePersistentIndexList(
            before, [self.index(moved[i.row()], i.column()) for i in before]
        )
        self.layoutChanged.emit()

    def _reorder(self, column: int, order: Qt.SortOrder) -> list[int]:
        """Sort the rows; the new position of each old one."""
        self._sort = (column, order)
        keys = self.sort_keys(column)
        numbers = self._numbers
        reverse = order == Qt.SortOrder.DescendingOrder
        permutation = sorted(range(len(self.rows)), key=lambda i: keys[numbers[i]], reverse=reverse)  # type: ignore[arg-type, return-value]
        self.rows = [self.rows[i] for i in permutation]
        self._numbers = [numbers[i] for i in permutation]
        self._search = [self._search[i] for i in permutation]
        moved = [0] * len(permutation)
        for new, old in enumerate(permutation):
            moved[old] = new
        return moved

    def sort_keys(self, column: int) -> list[object]:
        """The sort key of every row for ``column`` (in the order read), once per load."""
        if column not in self._sort_keys:
            by_number = sorted(zip(self._numbers, self.rows, strict=True), key=lambda p: p[0])
            self._sort_keys[column] = [
                self._sort_key(number, column, row) for number, row in by_number
            ]
        return self._sort_keys[column]

    def search_text(self, row: int) -> str:
        return self._search[row]

    def search_texts(self) -> list[str]:
        return self._search

    def row_of(self, registration_id: int | None) -> int:
        return next(
            (i for i, r in enumerate(self.rows) if r.registration_id == registration_id), -1
        )

    def row_list(self) -> list:
        return self.rows

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        number = self._numbers[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(number, column, row)
        if role == SORT_ROLE:
            return self.sort_keys(column)[number]
        if role == Qt.ItemDataRole.CheckStateRole and column == COL_PRESENT:
            if row.status is not RegistrationStatus.CONFIRMED:
                return None  # only a confirmed seat can be marked present
            return Qt.CheckState.Checked if row.present else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and column not in (COL_NUMBER, COL_PRESENT):
            return str(self._display(number, column, row)) or None
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.status is RegistrationStatus.CANCELLED:
                return _CANCELLED
            if row.status is RegistrationStatus.WAITING and column == COL_STATUS:
                return _WAITING
        if role == REGISTRATION_ID_ROLE:
            return row.registration_id
        return None

    def _display(self, number: int, column: int, row: RosterEntry) -> object:
        # Only the asked column: a paint asks for every visible cell, role after role.
        if column == COL_NUMBER:
            return number + 1
        if column == COL_STATUS:
            return status_text(row)
        if column == COL_PRESENT:
            return hours_text(row.minutes_attended) if row.present else ""
        return getattr(row, _FIELDS[column])

    def _sort_key(self, number: int, column: int, row: RosterEntry) -> object:
        if column == COL_NUMBER:
            return number
        if column == COL_STATUS:
            order = {RegistrationStatus.CONFIRMED: 0, RegistrationStatus.WAITING: 1}
            return (order.get(row.status, 2), row.waiting_position or 0)
        if column == COL_PRESENT:
            return 1 if row.present else 0
        if column == COL_SURNAME:
            return (_key(row.surname), _key(row.name))
        return _key(str(self._display(number, column, row)))

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
    """Filters on every word typed, in any order; sorting is left to the roster model, which
    sorts in one Python call with its precomputed Italian keys (the proxy would call back
    into Python for every comparison)."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.setSortRole(SORT_ROLE)
        self._words: list[str] = []

    def setSourceModel(self, model: RosterTableModel) -> None:  # type: ignore[override]
        super().setSourceModel(model)
        self._roster = model

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._roster.sort(column, order)

    def set_search(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later
            self.beginFilterChange()
            self._words = name_key(text).split()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = name_key(text).split()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, _source_parent: _Index) -> bool:
        # Called for every row at each keystroke: kept to a list lookup and the test.
        words = self._words
        if not words:
            return True
        haystack = self._roster.search_texts()[source_row]
        return all(word in haystack for word in words)
