"""The Partecipanti tab's message actions: *Messaggi…* (a batch for the session shown),
*Registro di bozze e invii…*, and the *Da inviare* panel's entries, each opening its batch."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings

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

    def refresh(self) -> None:
        """Read *Da inviare* again; the first time it has entries, say so in the status bar
        (at start, the clerk may not be on the Partecipanti tab)."""
        self.panel.refresh(self.tab.practice_id)
        if self.panel.model.rowCount() and not self._announced:
            self._announced = True
            status_bar = getattr(self.tab.window(), "statusBar", None)
            if callable(status_bar):
                status_bar().showMessage(
                    self.tr("Ci sono messaggi da inviare: Partecipanti → Da inviare."), 15_000
                )

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
