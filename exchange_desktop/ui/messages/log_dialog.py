"""The log of a session's messages: what went to whom, when, how, with what result."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from exchange_desktop.domain.messages import KIND_LABELS, Channel, MessageState
from exchange_desktop.i18n import QT_TRANSLATE_NOOP
from exchange_desktop.services.messaging.outbox import LogEntry, message_log
from exchange_desktop.storage.database import Database
from exchange_desktop.translation import translate
from exchange_desktop.ui.widgets.screen_fit import FittedDialog

Index = QModelIndex | QPersistentModelIndex

_HEADERS = (
    QT_TRANSLATE_NOOP("MessageLogModel", "Quando"),
    QT_TRANSLATE_NOOP("MessageLogModel", "Messaggio"),
    QT_TRANSLATE_NOOP("MessageLogModel", "Destinatario"),
    QT_TRANSLATE_NOOP("MessageLogModel", "Indirizzo"),
    QT_TRANSLATE_NOOP("MessageLogModel", "Canale"),
    QT_TRANSLATE_NOOP("MessageLogModel", "Esito"),
    QT_TRANSLATE_NOOP("MessageLogModel", "Allegati"),
)
_STATES = {
    MessageState.PENDING: QT_TRANSLATE_NOOP("MessageLogModel", "in attesa"),
    MessageState.SENDING: QT_TRANSLATE_NOOP("MessageLogModel", "in invio"),
    MessageState.SENT: QT_TRANSLATE_NOOP("MessageLogModel", "inviato"),
    MessageState.FAILED: QT_TRANSLATE_NOOP("MessageLogModel", "non riuscito"),
    MessageState.DRAFTED: QT_TRANSLATE_NOOP("MessageLogModel", "bozza scritta"),
}
_CHANNELS = {
    Channel.DRAFTS: QT_TRANSLATE_NOOP("MessageLogModel", "bozza Outlook"),
    Channel.SMTP: QT_TRANSLATE_NOOP("MessageLogModel", "server di posta"),
}


class MessageLogModel(QAbstractTableModel):
    def __init__(self, entries: list[LogEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries = entries

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index | None = None) -> int:
        return len(_HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("MessageLogModel", _HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.error or entry.subject
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        when = entry.done_at or entry.created_at
        values = (
            when.strftime("%d/%m/%Y %H:%M"),
            translate("Messages", KIND_LABELS[entry.kind]),
            entry.recipient,
            entry.address,
            translate("MessageLogModel", _CHANNELS[entry.channel]),
            translate("MessageLogModel", _STATES[entry.state])
            + (f": {entry.error}" if entry.error else ""),
            ", ".join(name for name, _hash in entry.attachments),
        )
        return values[index.column()]


class MessageLogDialog(FittedDialog):
    """The session's log, newest first; one person's with ``participant_id``.

    *Invia di nuovo…* closes the log with ``chosen`` set to the selected line: the caller
    opens that person's batch of that kind, with "invia di nuovo" ticked.
    """

    def __init__(
        self,
        db: Database,
        session_id: int,
        participant_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("messageLogDialog")
        self.setWindowTitle(self.tr("Registro dei messaggi"))
        self.model = MessageLogModel(
            message_log(db, session_id, participant_id=participant_id), self
        )
        self.table = QTableView(self)
        self.table.setObjectName("messageLogTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Registro dei messaggi"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        self.table.setMinimumSize(760, 260)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.resend_button = buttons.addButton(
            self.tr("&Invia di nuovo…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.resend_button.setObjectName("resendMessageButton")
        self.resend_button.clicked.connect(self._resend)
        self.resend_button.setEnabled(False)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._selected())
        self.chosen: LogEntry | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def _current(self) -> LogEntry | None:
        index = self.table.currentIndex()
        return self.model.entries[index.row()] if index.isValid() else None

    def _selected(self) -> None:
        entry = self._current()
        self.resend_button.setEnabled(entry is not None and entry.participant_id is not None)

    def _resend(self) -> None:
        self.chosen = self._current()
        if self.chosen is not None:
            self.accept()
