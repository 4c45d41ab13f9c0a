"""*Da inviare* on the Partecipanti tab: the batches the roster and the calendar call for
now; each entry opens the batch already filled in (kind, session, people)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from exchange_desktop.domain.messages import KIND_LABELS
from exchange_desktop.formatting import long_date
from exchange_desktop.services.messaging.due import DueItem, due_messages
from exchange_desktop.storage.database import Database
from exchange_desktop.translation import translate

Index = QModelIndex | QPersistentModelIndex


class DueModel(QAbstractListModel):
    """One line per batch: "Conferma d'iscrizione – lunedì 20 aprile 2026: 4 persone"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[DueItem] = []

    def set_items(self, items: list[DueItem]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        item = self.items[index.row()]
        day = long_date(item.day) if item.day else self.tr("senza data")
        kind = (
            self.tr("Nuove posizioni in lista d'attesa")
            if item.moved
            else translate("Messages", KIND_LABELS[item.kind])
        )
        return self.tr("{kind} – {day}: {count}").format(
            kind=kind, day=day, count=self._count(item)
        )

    def _count(self, item: DueItem) -> str:
        """ "4 persone", "1 persona e 2 Enti", "3 Enti"."""
        people = (
            self.tr("1 persona")
            if item.count == 1
            else self.tr("{count} persone").format(count=item.count)
        )
        enti = (
            self.tr("1 Ente") if item.enti == 1 else self.tr("{count} Enti").format(count=item.enti)
        )
        if not item.enti:
            return people
        if not item.count:
            return enti
        return self.tr("{people} e {enti}").format(people=people, enti=enti)


class DuePanel(QGroupBox):
    """``open_item`` asks the tab to open the batch of the chosen entry."""

    open_item = Signal(object)

    def __init__(
        self, db: Database, reminder_days: Callable[[], int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dueMessagesPanel")
        self.setTitle(self.tr("Da inviare"))
        self.db = db
        self._reminder_days = reminder_days
        self.model = DueModel(self)
        self.view = QListView(self)
        self.view.setObjectName("dueMessagesList")
        self.view.setModel(self.model)
        self.view.setMaximumHeight(96)
        self.view.activated.connect(
            lambda index: self.open_item.emit(self.model.items[index.row()])
        )
        self.view.setAccessibleName(self.tr("Messaggi da inviare"))
        self.empty = QLabel(self.tr("Nessun messaggio da inviare."), self)
        self.empty.setObjectName("dueMessagesEmpty")
        self.open_button = QPushButton(self.tr("Prepara l'&invio…"), self)
        self.open_button.setObjectName("openDueButton")
        self.open_button.clicked.connect(self._open_current)
        self.log_button = QPushButton(self.tr("Regis&tro messaggi…"), self)
        self.log_button.setObjectName("messageLogButton")
        buttons = QVBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.log_button)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.addWidget(self.view)
        column.addWidget(self.empty)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 4)
        layout.addLayout(column, 1)
        layout.addLayout(buttons)

    def refresh(self, practice_id: int | None) -> None:
        items = (
            due_messages(self.db, practice_id, reminder_days=self._reminder_days())
            if practice_id is not None
            else []
        )
        self.model.set_items(items)
        self.view.setVisible(bool(items))
        self.empty.setVisible(not items)
        self.open_button.setEnabled(bool(items))
        if items and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.model.index(0, 0))

    def _open_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.open_item.emit(self.model.items[index.row()])
