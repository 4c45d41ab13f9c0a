"""The details of one session (seats, in presenza or webinar, place, times, state), self-saving."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, replace
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from exchange_desktop.domain.enums import Modality, SessionStatus
from exchange_desktop.domain.errors import DomainError
from exchange_desktop.domain.scheduling import MAX_CAPACITY, Session, validation_errors
from exchange_desktop.i18n import Message
from exchange_desktop.services.scheduling import sessions as scheduling_service
from exchange_desktop.storage.database import Database
from exchange_desktop.translation import tr_message
from exchange_desktop.ui.schedule.attendance_question import asking_about_attendance
from exchange_desktop.ui.widgets.autosave_form import AutosaveForm
from exchange_desktop.ui.widgets.form_builder import FormBuilder, invalid_field_style


class SessionEditor(QGroupBox):
    """Edits the session of the selected date; ``session_saved`` fires after each save."""

    session_saved = Signal(int)
    save_state_changed = Signal(str, str)

    def __init__(
        self,
        db: Database,
        undo_stack: QUndoStack,
        select_session: Callable[[object], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Sessione selezionata"), parent)
        self.setObjectName("sessionEditor")
        self.setStyleSheet(invalid_field_style())
        self._db = db
        self._session: Session | None = None
        fields = FormBuilder(prefix="session_")
        box, form = fields.group("")
        box.setFlat(True)
        fields.add_row(
            form,
            self.tr("Pos&ti"),
            "capacity",
            fields.spin("capacity", self.tr("Posti"), 1, MAX_CAPACITY),
        )
        fields.add_row(
            form,
            self.tr("Modalità"),
            "modality",
            fields.enum_combo(
                "modality",
                self.tr("Modalità"),
                Modality,
                [
                    (self.tr("In presenza"), Modality.IN_PERSON),
                    (self.tr("Webinar sincrono"), Modality.WEBINAR),
                ],
            ),
        )
        fields.add_row(
            form,
            self.tr("&Sede (indirizzo)"),
            "venue",
            fields.line("venue", self.tr("Sede"), self.tr("Piazza Trento e Trieste 1, Monza")),
        )
        fields.add_row(
            form,
            self.tr("Sa&la"),
            "room",
            fields.line("room", self.tr("Sala"), self.tr("Sala Giunta")),
        )
        fields.add_row(
            form,
            self.tr("Lin&k del webinar"),
            "webinar_link",
            fields.line("webinar_link", self.tr("Link del webinar"), "https://"),
        )
        fields.time_range(
            form,
            self.tr("Orario"),
            self.tr("dalle"),
            self.tr("alle"),
            (self.tr("Ora di inizio"), self.tr("Ora di fine")),
        )
        status = fields.enum_combo(
            "status",
            self.tr("Stato"),
            SessionStatus,
            [
                (self.tr("Proposta"), SessionStatus.PROPOSED),
                (self.tr("Confermata"), SessionStatus.CONFIRMED),
                (self.tr("Annullata"), SessionStatus.CANCELLED),
                (self.tr("Svolta"), SessionStatus.HELD),
            ],
        )
        protocol = fields.line("protocol_number", self.tr("Numero di protocollo"), "12345/2026")
        # One row for both, so that the tab is no taller than before (1366×768 at 125 %).
        row_widget = QWidget()
        row = QHBoxLayout(row_widget)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(status)
        protocol.setToolTip(self.tr("Numero di protocollo stampato sugli attestati"))
        protocol_label = QLabel(self.tr("Prot. n."))
        protocol_label.setBuddy(protocol)
        row.addSpacing(4)
        row.addWidget(protocol_label)
        row.addWidget(protocol, 1)
        fields.add_row(form, self.tr("Stato"), "status", row_widget)
        form.addRow("", fields.error_label("protocol_number"))
        fields.add_row(form, self.tr("Note"), "notes", fields.text("notes", self.tr("Note"), 3))
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        # What the timetable contradicts (items outside these times…): shown only when so.
        self.timetable_warnings = QLabel()
        self.timetable_warnings.setObjectName("sessionTimetableWarnings")
        self.timetable_warnings.setTextFormat(Qt.TextFormat.PlainText)
        self.timetable_warnings.setWordWrap(True)
        self.timetable_warnings.setStyleSheet("color: #b00020;")
        self.timetable_warnings.setVisible(False)
        layout.addWidget(self.timetable_warnings)
        self.form = AutosaveForm(
            fields.bindings,
            fields.error_labels,
            undo_stack,
            self._save,
            self._validate,
            self,
            select_record=select_session,
            coupled=(frozenset({"start_time", "end_time"}),),
        )
        self.form.state_changed.connect(self.save_state_changed)
        self.setEnabled(False)

    def show_session(self, session: Session | None) -> None:
        same = session is not None and self._session is not None and session.id == self._session.id
        if same and self.form.has_pending_edits():
            self._session = session
            return  # keep what the clerk is typing; the rest is shown after it is saved
        if not same:
            self.form.flush()
        self._session = session
        values = asdict(session or Session())
        values.pop("candidate_dates")
        self.form.load(values, session.id if session else None, clear_history=False)
        self.setEnabled(session is not None)
        self._show_timetable()

    def _show_timetable(self) -> None:
        """The timetable's contradictions for this session, as Programma lists them."""
        from exchange_desktop.services.attendance.timetable_check import timetable_problems

        problems = []
        if self._session is not None and self._session.id is not None:
            try:
                problems = timetable_problems(self._db, self._session.id)
            except DomainError:  # the session went away meanwhile: nothing to warn about
                problems = []
        self.timetable_warnings.setText("\n".join(tr_message(p) for p in problems))
        self.timetable_warnings.setVisible(bool(problems))

    def _validate(self, pending: dict[str, object]) -> dict[str, Message]:
        if self._session is None:
            return {}
        return validation_errors(replace(self._session, **pending))  # type: ignore[arg-type]  # the form's typed values

    def _save(
        self, edits: dict[str, object], expected: dict[str, object]
    ) -> dict[str, object] | None:
        if self._session is None or self._session.id is None:
            return None
        session_id = self._session.id
        changes: dict[str, Any] = dict(edits)  # the session's fields, checked by the service
        if "status" in changes:  # a status that confirms a day asks about other days' presences
            session = asking_about_attendance(
                self,
                lambda choice: scheduling_service.update_session(
                    self._db, session_id, expected=expected, attendance=choice, **changes
                ),
            )
            if session is None:  # "Annulla": the status stays; the other edits are saved
                rest: dict[str, Any] = {k: v for k, v in changes.items() if k != "status"}
                session = (
                    scheduling_service.update_session(
                        self._db,
                        session_id,
                        expected={name: expected[name] for name in rest},
                        **rest,
                    )
                    if rest
                    else scheduling_service.get_session(self._db, session_id)
                )
                QTimer.singleShot(0, lambda: self.show_session(self._session))
        else:
            session = scheduling_service.update_session(
                self._db, session_id, expected=expected, **changes
            )
        self._session = session
        stored = asdict(self._session)
        self._show_timetable()
        self.session_saved.emit(self._session.id)
        return stored
