"""The Partecipanti tab's message actions: *Messaggi…* (a batch for the session shown),
*Registro di bozze e invii…*, and the *Da inviare* panel's entries, each opening its batch."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt, QTimer
from PySide6.QtWidgets import QTabWidget, QToolButton

from exchange_desktop.domain.messages import MessageKind
from exchange_desktop.language import settings as saved_settings
from exchange_desktop.mail_preferences import mail_preferences
from exchange_desktop.services.messaging.due import DueItem
from exchange_desktop.services.messaging.recipients import Audience
from exchange_desktop.ui.messages.due_panel import DuePanel

if TYPE_CHECKING:
    from exchange_desktop.ui.roster.roster_view import RosterView


class MessageActions(QObject):
    """Built by the tab; ``panel`` goes into its layout."""

    def __init__(self, tab: RosterView, settings: QSettings | None = None) -> None:
        super().__init__(tab)
        self.tab = tab
        self.settings = settings or saved_settings()
        self.panel = DuePanel(tab.db, lambda: mail_preferences(self.settings).reminder_days, tab)
        self.panel.open_item.connect(self.open_due)
        self.panel.log_button.clicked.connect(self.show_log)
        self._announced = False
        self._notice: QToolButton | None = None

    def refresh(self) -> None:
        """Read *Da inviare* again; the first time it has entries, say so in the status bar
        (at start, the clerk may not be on the Partecipanti tab), and keep a small button
        there that opens the list while it has entries."""
        self.panel.refresh(self.tab.practice_id)
        # Once the window is built: a message shown while the status bar is still being
        # filled would be drawn over the database's label, which it did not hide.
        QTimer.singleShot(0, self, self._tell_status_bar)

    def _tell_status_bar(self) -> None:
        count = self.panel.model.rowCount()
        status_bar = getattr(self.tab.window(), "statusBar", None)
        if not callable(status_bar):
            return
        if count and self._notice is None:
            self._notice = QToolButton(status_bar())
            self._notice.setObjectName("dueMessagesNotice")
            self._notice.setAutoRaise(True)
            # As tall as the bar's text: a taller bar would cut the tab's last field.
            self._notice.setStyleSheet("QToolButton { padding: 0px; margin: 0px; }")
            self._notice.setToolTip(
                self.tr("Apre la scheda Partecipanti sull'elenco dei messaggi da inviare.")
            )
            self._notice.clicked.connect(self.show_due)
            status_bar().addPermanentWidget(self._notice)
        if self._notice is not None:
            self._notice.setText(self.tr("Da inviare: {count}").format(count=count))
            self._notice.setAccessibleName(self._notice.text())
            self._notice.setVisible(bool(count))
        # After the button: adding a widget shows the bar's widgets again, the
        # database's label under the message too.
        if count and not self._announced:
            self._announced = True
            status_bar().showMessage(
                self.tr("Ci sono messaggi da inviare: Partecipanti → Da inviare."), 15_000
            )

    def show_due(self) -> None:
        """The Partecipanti tab, with the keyboard on the *Da inviare* list."""
        tabs = getattr(self.tab.window(), "tabs", None)
        if isinstance(tabs, QTabWidget):
            index = tabs.indexOf(self.tab)
            if index >= 0:
                tabs.setCurrentIndex(index)
        view = self.panel.view
        if not view.currentIndex().isValid() and self.panel.model.rowCount():
            view.setCurrentIndex(self.panel.model.index(0, 0))
        view.setFocus(Qt.FocusReason.OtherFocusReason)

    def new_batch(self) -> None:
        """*Messaggi…*: a batch for the session shown (a confirmation to begin with)."""
        self.open_batch()

    def open_batch(
        self,
        kind: MessageKind = MessageKind.CONFIRMATION,
        session_id: int | None = None,
        audience: Audience | None = None,
        *,
        again: bool = False,
    ) -> None:
        from exchange_desktop.ui.messages.batch_dialog import BatchDialog

        if self.tab.practice_id is None:
            return
        session_id = session_id or self.tab.session_for_export()
        if session_id is None:
            return
        dialog = BatchDialog(
            self.tab.db,
            self.tab.practice_id,
            session_id,
            self.settings,
            kind,
            audience,
            self.tab,
        )
        dialog.again.setChecked(again)
        dialog.exec()
        self.tab.reload()
        self.refresh()

    def open_due(self, item: DueItem) -> None:
        self.open_batch(item.kind, item.session_id, item.audience)

    def show_log(self) -> None:
        from exchange_desktop.ui.messages.log_dialog import MessageLogDialog

        session_id = self.tab.session_for_export()
        if session_id is None:
            return
        row = self.tab.current_row()
        participant = None
        if row is not None and row.session_id == session_id and self.tab.table_has_focus():
            participant = row.participant_id
        log = MessageLogDialog(self.tab.db, session_id, participant, self.tab)
        if log.exec() and log.chosen is not None and log.chosen.participant_id is not None:
            audience = Audience(participant_ids=(log.chosen.participant_id,))
            self.open_batch(log.chosen.kind, session_id, audience, again=True)
