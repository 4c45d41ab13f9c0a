"""The Partecipanti tab: who comes, from which Ente, in which session, who waits, who came."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from exchange_desktop.domain.enums import RegistrationStatus
from exchange_desktop.domain.errors import DomainError
from exchange_desktop.i18n import QT_TRANSLATE_NOOP, Message
from exchange_desktop.services import roster as roster_service
from exchange_desktop.storage.database import Database
from exchange_desktop.translation import localized, tr_message
from exchange_desktop.ui.messages.message_actions import MessageActions
from exchange_desktop.ui.roster.registration_actions import RegistrationActions
from exchange_desktop.ui.roster.roster_actions import RosterFileActions
from exchange_desktop.ui.roster.roster_columns import RosterColumns
from exchange_desktop.ui.roster.roster_model import (
    COL_NUMBER,
    COL_SESSION,
    RosterFilterModel,
    RosterTableModel,
)
from exchange_desktop.ui.roster.roster_view import RosterView
from exchange_desktop.ui.widgets.action_bar import ActionBar
from exchange_desktop.ui.widgets.action_button import action_button
from exchange_desktop.ui.widgets.dialogs import show_error
from exchange_desktop.ui.widgets.table_actions import offer_in_table

NO_SESSIONS = Message(
    "RosterTab",
    QT_TRANSLATE_NOOP(
        "RosterTab", "La pratica non ha ancora sessioni: aggiungere una data nella scheda Date."
    ),
)


class RosterTab(RosterView):
    """Lists registrations of one session or all; every change goes through a service."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rosterTab")
        self.db = db
        self.practice_id: int | None = None
        self.model = RosterTableModel(self)
        self.proxy = RosterFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.files = RosterFileActions(self)
        self.people = RegistrationActions(self)
        self.messages = MessageActions(self)
        self.model.attendance_toggled.connect(self.people.attendance_toggled)
        self._build()
        self.setEnabled(False)

    # -- building --------------------------------------------------------------------------
    def _build(self) -> None:
        self.session_combo = QComboBox()
        self.session_combo.setObjectName("rosterSessionCombo")
        self.session_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.gauge = QProgressBar()
        self.gauge.setObjectName("rosterGauge")
        self.gauge.setAccessibleName(self.tr("Posti occupati"))
        self.gauge.setTextVisible(True)
        self.gauge.setMaximumWidth(180)
        self.queue_label = QLabel()
        self.queue_label.setObjectName("rosterQueueLabel")
        self.search = QLineEdit()
        self.search.setObjectName("rosterSearch")
        self.search.setPlaceholderText(self.tr("Cerca per nome, Ente o email…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_search)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)  # Ctrl+F
        find.setContext(Qt.ShortcutContext.WindowShortcut)  # while the tab is shown
        find.activated.connect(self._find)
        session_label = QLabel(self.tr("Sessi&one"))
        session_label.setBuddy(self.session_combo)
        search_label = QLabel(self.tr("Cer&ca"))
        search_label.setBuddy(self.search)
        top = QHBoxLayout()
        top.addWidget(session_label)
        top.addWidget(self.session_combo, 2)
        top.addWidget(self.gauge)
        top.addWidget(self.queue_label)
        top.addSpacing(12)
        top.addWidget(search_label)
        top.addWidget(self.search, 2)
        self._build_table()
        self.summary = QLabel()
        self.summary.setObjectName("rosterSummary")
        self.summary.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self._build_toolbar())
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.messages.panel)
        self._bottom_row = QHBoxLayout()
        self._bottom_row.addStretch(1)
        layout.addLayout(self._bottom_row)

    def _find(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _build_table(self) -> None:
        self.table = QTableView()
        self.table.setObjectName("rosterTable")
        self.table.setAccessibleName(self.tr("Partecipanti"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_NUMBER, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)  # the widths fill the view: see RosterColumns
        self.columns = RosterColumns(self.table)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.doubleClicked.connect(lambda _i: self.people.edit_participant())

    def _build_toolbar(self) -> ActionBar:
        toolbar = ActionBar()
        toolbar.setObjectName("rosterToolbar")
        self.actions_by_name: dict[str, QAction] = {}
        people = self.people
        entries = (
            (
                "addParticipantAction",
                self.tr("Aggiungi…"),
                "Ctrl+Shift+N",
                self.people.add_participant,
            ),
            ("editParticipantAction", self.tr("Modifica…"), "", people.edit_participant),
            (
                "cancelRegistrationAction",
                self.tr("Annulla iscrizione"),
                "",
                self.people.cancel_selected,
            ),
            ("promoteAction", self.tr("Promuovi"), "", people.promote_selected),
            ("moveAction", self.tr("Sposta di sessione…"), "", people.move_selected),
            ("deleteRegistrationAction", self.tr("Elimina…"), "", people.delete_selected),
            None,
            ("allPresentAction", self.tr("Tutti presenti"), "", people.all_present),
            ("attendanceTimesAction", self.tr("Orari…"), "", people.attendance_times),
            ("sittingsAction", self.tr("Sedute…"), "", people.edit_sittings),
            (
                "importAttendanceAction",
                self.tr("Presenze webinar…"),
                "",
                self.files.import_attendance,
            ),
            None,
            ("importParticipantsAction", self.tr("Importa…"), "", self.files.import_participants),
            ("organisationsAction", self.tr("Enti aderenti…"), "", self.files.edit_organisations),
            None,
            ("messagesAction", self.tr("Messaggi…"), "", self.messages.new_batch),
            ("messageLogAction", self.tr("Registro di bozze e invii…"), "", self.messages.show_log),
            None,
            (
                "exportPersonalDataAction",
                self.tr("Esporta dati (JSON)…"),
                "",
                self.files.export_personal_data,
            ),
            (
                "erasePersonalDataAction",
                self.tr("Cancella dati personali…"),
                "",
                people.erase_selected,
            ),
        )
        for entry in entries:
            if entry is None:
                toolbar.addSeparator()
                continue
            name, text, keys, slot = entry
            action = QAction(text, self)
            action.setObjectName(name)
            if keys:
                action.setShortcut(QKeySequence(keys))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self.addAction(action)
            action.triggered.connect(slot)
            toolbar.addAction(action)
            self.actions_by_name[name] = action
        for name in (
            "editParticipantAction",
            "cancelRegistrationAction",
            "promoteAction",
            "moveAction",
            "deleteRegistrationAction",
            "attendanceTimesAction",
            "messageLogAction",
            "exportPersonalDataAction",
            "erasePersonalDataAction",
        ):
            self.table.addAction(self.actions_by_name[name])
        named = self.actions_by_name
        offer_in_table(
            self.table,
            [],
            {
                named["addParticipantAction"]: "Ins",
                named["editParticipantAction"]: "F2",
                named["deleteRegistrationAction"]: "Del",
            },
        )
        self.action_bar = toolbar
        return toolbar

    # -- loading ---------------------------------------------------------------------------
    def show_practice(self, practice_id: int | None) -> None:
        self.practice_id = practice_id
        self.setEnabled(practice_id is not None)
        self._fill_sessions()
        self.reload()
        self.messages.refresh()

    def _fill_sessions(self) -> None:
        current = self.session_combo.currentData()
        self.session_combo.blockSignals(True)
        self.session_combo.clear()
        self.session_combo.addItem(self.tr("Tutte le sessioni"), None)
        if self.practice_id is not None:
            for seats in roster_service.seats(self.db, self.practice_id):
                self.session_combo.addItem(str(localized(seats.label)), seats.session_id)
        index = self.session_combo.findData(current)
        if index < 0 and self.session_combo.count() == 2:
            index = 1  # one session only: show it, with its gauge
        self.session_combo.setCurrentIndex(max(index, 0))
        self.session_combo.blockSignals(False)

    def session_id(self) -> int | None:
        return self.session_combo.currentData()

    def reload(self, select_registration: int | None = None) -> None:
        """Read the roster again, keeping the selected person when possible."""
        selected = select_registration or self.current_registration_id()
        rows = (
            roster_service.roster(self.db, self.practice_id, self.session_id())
            if self.practice_id is not None
            else []
        )
        self.model.set_rows(rows)
        # Which session each person is in only tells something when several are shown.
        several = self.session_id() is None and self.session_combo.count() > 2
        self.table.setColumnHidden(COL_SESSION, not several)
        self.columns.fit_rows(rows)
        self._show_seats()
        row = self.model.row_of(selected)
        if row >= 0:
            self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    def row_changed(self, row: roster_service.RosterEntry) -> None:
        """One registration changed in place (its presence): that row and the totals."""
        if self.model.update_row(row) < 0:
            self.reload(row.registration_id)
            return
        self.columns.fit_rows(self.model.rows)  # "Presente" may now show hours
        self._show_seats()

    def _show_seats(self) -> None:
        rows = self.model.rows
        confirmed = sum(1 for r in rows if r.status is RegistrationStatus.CONFIRMED)
        waiting = sum(1 for r in rows if r.status is RegistrationStatus.WAITING)
        present = sum(1 for r in rows if r.present)
        session_id = self.session_id()
        seats = roster_service.seats(self.db, self.practice_id) if self.practice_id else []
        capacity = sum(s.capacity for s in seats if session_id in (None, s.session_id))
        # QProgressBar.setValue repaints at once, and with it the window's table (thousands
        # of cells); with updates off it is painted once, with the rest, when idle.
        self.gauge.setUpdatesEnabled(False)
        try:
            self.gauge.setMaximum(max(capacity, 1))
            self.gauge.setValue(min(confirmed, capacity))
            shown = self.tr("{taken} / {capacity} posti").format(taken=confirmed, capacity=capacity)
            self.gauge.setFormat(shown)
            # What the bar shows, not only its value ("10"): "Posti occupati: 10 / 10 posti".
            self.gauge.setAccessibleName(self.tr("Posti occupati: {shown}").format(shown=shown))
        finally:
            self.gauge.setUpdatesEnabled(True)
        self.queue_label.setText(self.tr("{n} in lista d'attesa").format(n=waiting))
        self.summary.setText(
            self.tr(
                "{total} iscrizioni · {confirmed} confermate · {waiting} in attesa · "
                "{present} presenti"
            ).format(total=len(rows), confirmed=confirmed, waiting=waiting, present=present)
        )

    def table_has_focus(self) -> bool:
        return self.table.hasFocus()

    def current_registration_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        source = self.proxy.mapToSource(index)
        return self.model.rows[source.row()].registration_id

    def current_row(self) -> roster_service.RosterEntry | None:
        registration_id = self.current_registration_id()
        row = self.model.row_of(registration_id)
        return self.model.rows[row] if row >= 0 else None

    # -- actions ---------------------------------------------------------------------------
    def run(self, change: object, *, announce: bool = True) -> object:
        """Run a service call; show its message or the refusal; reload either way."""
        try:
            result = change()  # type: ignore[operator]
        except DomainError as error:
            show_error(self, error)
            self.reload()
            return None
        return self.after_change(result, announce=announce)

    def after_change(self, result: object, *, announce: bool = True) -> object:
        """Show the roster after a change, with the service's message in the status bar."""
        message = getattr(result, "message", None)
        selected = getattr(getattr(result, "row", None), "registration_id", None)
        self._fill_sessions()
        self.reload(selected)
        self.messages.refresh()
        if announce and message is not None:
            self.window().statusBar().showMessage(tr_message(message), 10_000)  # type: ignore[attr-defined]
        return result

    def session_for_export(self) -> int | None:
        """The session shown, or the one the clerk picks when all are shown."""
        session_id = self.session_id()
        if session_id is None:
            session_id, ok = self.choose_session(self.tr("Di quale sessione?"))
            if not ok:
                return None
        return session_id

    def add_export_actions(self, actions: list[QAction]) -> None:
        """The day's papers as buttons beside the roster's totals."""
        for export in actions:
            self._bottom_row.addWidget(action_button(export))

    def choose_session(self, question: str) -> tuple[int | None, bool]:
        labels = [self.session_combo.itemText(i) for i in range(1, self.session_combo.count())]
        ids = [self.session_combo.itemData(i) for i in range(1, self.session_combo.count())]
        if not ids:
            show_error(self, DomainError(NO_SESSIONS))
            return None, False
        if len(ids) == 1:
            return ids[0], True
        label, ok = QInputDialog.getItem(self, self.tr("Sessione"), question, labels, 0, False)
        return (ids[labels.index(label)], True) if ok else (None, False)
