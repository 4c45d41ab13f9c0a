"""The Date tab: "O" or "E", the proposed dates, each session's details, the Enti's answers."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from exchange_desktop.domain.calendar_rules import date_warnings
from exchange_desktop.domain.enums import CandidateStatus, SchedulingMode
from exchange_desktop.domain.errors import DomainError
from exchange_desktop.domain.practice import Practice
from exchange_desktop.domain.roster import Organisation
from exchange_desktop.formatting import long_date
from exchange_desktop.i18n import Message
from exchange_desktop.services.practices.catalogue import get_practice
from exchange_desktop.services.roster import organisations as organisation_service
from exchange_desktop.services.scheduling import availability, rescheduling, scheduling_modes
from exchange_desktop.services.scheduling import sessions as scheduling_service
from exchange_desktop.storage.database import Database
from exchange_desktop.translation import tr_message
from exchange_desktop.ui.schedule.attendance_question import asking_about_attendance
from exchange_desktop.ui.schedule.availability_model import AnswerDelegate, AvailabilityTableModel
from exchange_desktop.ui.schedule.date_picker import DatePickerDialog
from exchange_desktop.ui.schedule.people_to_inform_dialog import PeopleToInformDialog
from exchange_desktop.ui.schedule.schedule_model import (
    COL_DATE,
    COL_WARNINGS,
    DateRow,
    ScheduleTableModel,
)
from exchange_desktop.ui.schedule.session_editor import SessionEditor
from exchange_desktop.ui.widgets.action_bar import ActionBar
from exchange_desktop.ui.widgets.dialogs import confirm, show_error
from exchange_desktop.ui.widgets.table_actions import offer_in_table


class ScheduleTab(QWidget):
    """Everything about when: candidate dates, confirmation, rescheduling, availability."""

    save_state_changed = Signal(str, str)

    def __init__(self, db: Database, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scheduleTab")
        self._db = db
        self._practice: Practice | None = None
        self.model = ScheduleTableModel(self)
        self.availability = AvailabilityTableModel(self)
        self.availability.answer_changed.connect(self._answer_changed)
        self.editor = SessionEditor(db, undo_stack, self.select_session)
        self.editor.session_saved.connect(lambda _id: self.reload())
        self.editor.save_state_changed.connect(self.save_state_changed)
        self.form = self.editor.form
        self._build()
        self.setEnabled(False)

    # -- building --------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self._build_mode_box())
        top = QSplitter(Qt.Orientation.Horizontal)
        top.setObjectName("datesPage")
        top.addWidget(self._build_dates_box())
        top.addWidget(self.editor)
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 2)
        # The Enti's answers on a page of their own: under the session editor, on a laptop
        # at 125 %, the grid had a row and a half and the page scrolled (issue 22).
        self.pages = QTabWidget()
        self.pages.setObjectName("scheduleSubTabs")
        self.pages.setAccessibleName(self.tr("Pagine della scheda Date"))
        self.pages.setDocumentMode(True)
        self.pages.addTab(top, self.tr("&Calendario e sessione"))
        self.pages.addTab(self._build_availability_box(), self.tr("Disponi&bilità degli Enti"))
        layout.addWidget(self.pages, 1)

    def _build_mode_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Come si propongono le date"))
        row = QVBoxLayout(box)
        self.mode_buttons = QButtonGroup(self)
        for mode, name, text in (
            (
                SchedulingMode.ALTERNATIVE,
                "modeAlternativeRadio",
                self.tr("Date alternative (&O): una sola sessione, in una delle date"),
            ),
            (
                SchedulingMode.SEVERAL,
                "modeSeveralRadio",
                self.tr("Più sess&ioni (E): ogni data è una sessione con i suoi iscritti"),
            ),
        ):
            radio = QRadioButton(text)
            radio.setObjectName(name)
            radio.setProperty("mode", mode.value)
            self.mode_buttons.addButton(radio)
            row.addWidget(radio)
        self.mode_buttons.buttonClicked.connect(self._mode_clicked)
        return box

    def _build_dates_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Date proposte"))
        toolbar = ActionBar()
        self._toolbar = toolbar
        toolbar.setObjectName("scheduleToolbar")
        self.actions_by_name: dict[str, QAction] = {}
        for name, text, slot in (
            ("addDateAction", self.tr("Aggiungi data…"), self.add_date),
            ("removeDateAction", self.tr("Rimuovi"), self.remove_date),
            ("confirmDateAction", self.tr("Conferma questa data"), self.confirm_selected),
            ("reopenDatesAction", self.tr("Riapri la scelta"), self.reopen_dates),
            ("rescheduleAction", self.tr("Sposta a un'altra data…"), self.reschedule),
        ):
            action = QAction(text, self)
            action.setObjectName(name)
            action.triggered.connect(slot)
            toolbar.addAction(action)
            self.actions_by_name[name] = action
        self.table = QTableView()
        self.table.setObjectName("scheduleTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_WARNINGS, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._row_changed())
        named = self.actions_by_name
        offer_in_table(
            self.table,
            list(named.values()),
            {
                named["addDateAction"]: "Ins",
                named["removeDateAction"]: "Del",
                named["confirmDateAction"]: "Ctrl+Return",
            },
        )
        self.action_bar = toolbar
        layout = QVBoxLayout(box)
        layout.addWidget(toolbar)
        layout.addWidget(self.table, 1)
        return box

    def _build_availability_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Disponibilità degli Enti aderenti (sì / forse / no)"))
        box.setObjectName("availabilityPage")
        self.matrix = QTableView()
        self.matrix.setObjectName("availabilityTable")
        self.matrix.setModel(self.availability)
        self.matrix.setItemDelegate(AnswerDelegate(self.matrix))
        self.matrix.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.matrix.setTabKeyNavigation(False)  # Tab goes on to the next control
        self.matrix.verticalHeader().hide()
        self.matrix.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.matrix.horizontalHeader().setStretchLastSection(False)
        add = QPushButton(self.tr("Aggiungi E&nte…"))
        add.setObjectName("addOrganisationButton")
        add.clicked.connect(self.add_organisation)
        self.suggestion = QLabel()
        self.suggestion.setObjectName("suggestionLabel")
        self.suggestion.setTextFormat(Qt.TextFormat.PlainText)
        self.confirm_suggested = QPushButton(self.tr("Conferma la data consigliata"))
        self.confirm_suggested.setObjectName("confirmSuggestedButton")
        self.confirm_suggested.clicked.connect(self._confirm_suggestion)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(self.suggestion, 1)
        row.addWidget(self.confirm_suggested)
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(self.matrix, 1)
        return box

    def add_export_actions(self, actions: list[QAction]) -> None:
        """The window's calendar export, at the end of the dates toolbar."""
        self._toolbar.addSeparator()
        for export in actions:
            self._toolbar.addAction(export)

    def current_session_id(self) -> int | None:
        row = self.current_row()
        return row.summary.session.id if row else None

    # -- loading ---------------------------------------------------------------------------
    def show_practice(self, practice_id: int | None) -> None:
        self.form.flush()
        self._practice = get_practice(self._db, practice_id) if practice_id else None
        self.setEnabled(self._practice is not None)
        self.reload()

    def _warnings(self, day: date) -> list[Message]:
        practice = self._practice
        return date_warnings(
            day,
            patron_day=practice.patron_day if practice else "",
            patron_name=practice.patron_name if practice else "",
            today=date.today(),
        )

    def reload(self) -> None:
        """Read sessions and answers again, keeping the selected date when it still exists."""
        current = self.current_row()
        practice = self._practice
        if practice is None or practice.id is None:
            self.model.set_sessions([], self._warnings)
            self.editor.show_session(None)
            return
        self._practice = get_practice(self._db, practice.id)
        for button in self.mode_buttons.buttons():
            button.setChecked(button.property("mode") == self._practice.scheduling_mode.value)
        self.model.set_sessions(
            scheduling_service.session_summaries(self._db, practice.id), self._warnings
        )
        self.availability.set_matrix(availability.availability_matrix(self._db, practice.id))
        self._show_suggestion()
        row = self.model.row_of_candidate(current.candidate.id if current else None)
        self._select_row(row if row >= 0 else (0 if self.model.rows else -1))

    def _select_row(self, row: int) -> None:
        if row < 0:
            self.table.clearSelection()
            self._row_changed()
            return
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, COL_DATE),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self._row_changed()

    def current_row(self) -> DateRow | None:
        row = self.table.currentIndex().row()
        return self.model.rows[row] if 0 <= row < len(self.model.rows) else None

    def select_session(self, session_id: object) -> None:
        """Bring a session on screen (undo of an edit made to it)."""
        self._select_row(self.model.row_of_session(session_id))

    def _row_changed(self) -> None:
        row = self.current_row()
        self.editor.show_session(row.summary.session if row else None)
        status = row.candidate.status if row else None
        self.actions_by_name["removeDateAction"].setEnabled(row is not None)
        self.actions_by_name["confirmDateAction"].setEnabled(status is CandidateStatus.CANDIDATE)
        self.actions_by_name["reopenDatesAction"].setEnabled(
            status is not None
            and any(
                c.status is not CandidateStatus.CANDIDATE
                for c in row.summary.session.candidate_dates
            )
            if row
            else False
        )
        self.actions_by_name["rescheduleAction"].setEnabled(row is not None)

    def _show_suggestion(self) -> None:
        matrix = self.availability.matrix
        suggested = next((c for c in matrix.candidates if c.id == matrix.suggested), None)
        if suggested is None:
            self.suggestion.setText(
                self.tr("Nessuna data consigliata: mancano le risposte degli Enti.")
            )
        else:
            yes, maybe, _no = matrix.totals.get(suggested.id, (0, 0, 0))  # type: ignore[arg-type]
            template = (
                self.tr("Data consigliata e confermata: {day} ({yes} sì, {maybe} forse)")
                if suggested.status is CandidateStatus.CONFIRMED
                else self.tr("Data consigliata: {day} ({yes} sì, {maybe} forse)")
            )
            self.suggestion.setText(
                template.format(day=long_date(suggested.day), yes=yes, maybe=maybe)
            )
        self.confirm_suggested.setEnabled(
            suggested is not None and suggested.status is CandidateStatus.CANDIDATE
        )

    # -- actions ---------------------------------------------------------------------------
    def _run(self, change: object) -> bool:
        """Run a service call; tell the clerk if it is refused; reload either way."""
        try:
            change()  # type: ignore[operator]
        except DomainError as error:
            show_error(self, error)
            return False
        finally:
            self.reload()
        return True

    def _pick_date(self, title: str, initial: date | None = None) -> date | None:
        dialog = DatePickerDialog(
            title, self._warnings, initial or date.today() + timedelta(days=30), self
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.selected_day()

    def add_date(self) -> None:
        if self._practice is None or self._practice.id is None:
            return
        practice_id = self._practice.id
        day = self._pick_date(self.tr("Aggiungi una data"))
        if day is not None:
            self._run(lambda: scheduling_service.add_candidate_date(self._db, practice_id, day))
            self._select_row(
                self.model.row_of_candidate(
                    next((r.candidate.id for r in self.model.rows if r.candidate.day == day), None)
                )
            )

    def remove_date(self) -> None:
        row = self.current_row()
        if row is None or row.candidate.id is None:
            return
        candidate_id = row.candidate.id
        if confirm(
            self,
            self.tr("Rimuovi data"),
            self.tr("Togliere {day} dalle date proposte?").format(day=long_date(row.candidate.day)),
        ):
            self._run(lambda: scheduling_service.remove_candidate_date(self._db, candidate_id))

    def confirm_selected(self) -> None:
        row = self.current_row()
        if row is not None:
            self._confirm(row.summary.session.id, row.candidate.day)

    def _confirm_suggestion(self) -> None:
        matrix = self.availability.matrix
        row = self.model.row_of_candidate(matrix.suggested)
        if row >= 0:
            self._confirm(
                self.model.rows[row].summary.session.id, self.model.rows[row].candidate.day
            )

    def _confirm(self, session_id: int | None, day: date) -> None:
        if session_id is None:
            return
        if confirm(
            self,
            self.tr("Conferma data"),
            self.tr(
                "Confermare {day}? Le altre date della sessione restano in elenco come scartate."
            ).format(day=long_date(day)),
        ):
            self._run(
                lambda: asking_about_attendance(
                    self,
                    lambda choice: scheduling_service.confirm_date(
                        self._db, session_id, day, attendance=choice
                    ),
                )
            )

    def reopen_dates(self) -> None:
        row = self.current_row()
        if row is not None and row.summary.session.id is not None:
            session_id = row.summary.session.id
            self._run(lambda: scheduling_service.reopen_dates(self._db, session_id))

    def reschedule(self) -> None:
        row = self.current_row()
        if row is None or row.summary.session.id is None:
            return
        session_id = row.summary.session.id
        day = self._pick_date(self.tr("Sposta la sessione a un'altra data"), row.candidate.day)
        if day is None:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Motivo"), self.tr("Motivo dello spostamento (facoltativo):")
        )
        if not ok:
            return
        results: list[rescheduling.RescheduleResult | None] = []
        if (
            self._run(
                lambda: results.append(
                    asking_about_attendance(
                        self,
                        lambda choice: rescheduling.reschedule(
                            self._db, session_id, day, reason, attendance=choice
                        ),
                    )
                )
            )
            and results[0] is not None
        ):
            PeopleToInformDialog(results[0], self).exec()

    def _mode_clicked(self, button: QRadioButton) -> None:
        if self._practice is None or self._practice.id is None:
            return
        mode = SchedulingMode(button.property("mode"))
        if mode is self._practice.scheduling_mode:
            return
        practice_id = self._practice.id
        try:
            preview = scheduling_modes.preview_mode_change(self._db, practice_id, mode)
        except DomainError as error:
            show_error(self, error)
            self.reload()
            return
        if preview.registrations_affected == 0 or confirm(
            self, self.tr("Cambia modalità delle date"), tr_message(preview.text)
        ):
            self._run(lambda: scheduling_modes.set_scheduling_mode(self._db, practice_id, mode))
        else:
            self.reload()

    def _answer_changed(self, organisation_id: int, candidate_id: int, answer: object) -> None:
        self._run(
            lambda: availability.set_availability(self._db, organisation_id, candidate_id, answer)  # type: ignore[arg-type]
        )

    def add_organisation(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Nuovo Ente aderente"), self.tr("Nome dell'Ente (es. Comune di Lissone):")
        )
        if ok and name.strip():
            self._run(
                lambda: organisation_service.add_organisation(self._db, Organisation(name=name))
            )
