"""The Pratica tab: every field of the *scheda buona pratica*, saved as the clerk types."""

from __future__ import annotations

from dataclasses import asdict

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from exchange_desktop.domain.certificates import coat_of_arms_format_of
from exchange_desktop.domain.enums import SchedulingMode, TransferMode
from exchange_desktop.domain.practice import (
    MAX_DURATION_DAYS,
    MAX_PARTICIPANTS_LIMIT,
    Practice,
    validation_errors,
    with_changes,
)
from exchange_desktop.formatting import join_alternatives, long_date
from exchange_desktop.i18n import Message
from exchange_desktop.services.practices import catalogue as practice_service
from exchange_desktop.services.scheduling.sessions import list_sessions
from exchange_desktop.storage.database import Database
from exchange_desktop.ui.practice.coat_of_arms_field import CoatOfArmsBinding, CoatOfArmsField
from exchange_desktop.ui.widgets.action_button import action_button
from exchange_desktop.ui.widgets.autosave_form import AutosaveForm
from exchange_desktop.ui.widgets.form_builder import INVALID_FIELD_STYLE, FormBuilder

#: Wider lines are hard to read; the form follows the paper one, top to bottom.
FORM_MAX_WIDTH = 980
LABEL_WIDTH = 210


class PracticeTab(QWidget):
    """Edits one practice.  ``practice_changed`` fires after a save (the list shows titles)."""

    practice_changed = Signal(int)
    save_state_changed = Signal(str, str)

    def __init__(self, db: Database, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practiceTab")
        self._db = db
        self._practice: Practice | None = None
        self._fields = FormBuilder(LABEL_WIDTH)
        self.setStyleSheet(INVALID_FIELD_STYLE)
        self._build()
        self.form = AutosaveForm(
            self._fields.bindings,
            self._fields.error_labels,
            undo_stack,
            self._save,
            self._validate,
            self,
        )
        self.form.state_changed.connect(self.save_state_changed)
        self.setEnabled(False)

    # -- building --------------------------------------------------------------------------
    def _build_who(self) -> QGroupBox:
        who, who_form = self._fields.group(self.tr("Chi propone lo scambio"))
        self._fields.add_row(
            who_form,
            self.tr("&Comune ospitante"),
            "host_comune",
            self._fields.line("host_comune", self.tr("Comune ospitante"), "Comune di …"),
        )
        self._fields.add_row(
            who_form,
            self.tr("Area / &Settore"),
            "sector",
            self._fields.line("sector", self.tr("Area / Settore")),
        )
        self._fields.add_row(
            who_form,
            self.tr("Ufficio / Ser&vizio"),
            "office",
            self._fields.line("office", self.tr("Ufficio / Servizio")),
        )
        return who

    def _build_what(self) -> QGroupBox:
        what, what_form = self._fields.group(self.tr("Descrizione della pratica"))
        self._fields.add_row(
            what_form,
            self.tr("&Titolo *"),
            "title",
            self._fields.one_line_text("title", self.tr("Titolo")),
        )
        self._fields.add_row(
            what_form,
            self.tr("Descri&zione"),
            "description",
            self._fields.text("description", self.tr("Descrizione"), 8),
        )
        self._fields.add_row(
            what_form,
            self.tr("O&biettivo dello scambio"),
            "aim",
            self._fields.text("aim", self.tr("Obiettivo dello scambio"), 6),
        )
        return what

    def _build_how(self) -> QGroupBox:
        how, how_form = self._fields.group(self.tr("Modalità dello scambio"))
        mode = self._fields.enum_combo(
            "transfer_mode",
            self.tr("Modalità"),
            TransferMode,
            [
                (self.tr("Workshop in presenza"), TransferMode.WORKSHOP),
                (self.tr("Webinar sincrono"), TransferMode.WEBINAR),
                (self.tr("Workshop in presenza o webinar sincrono"), TransferMode.EITHER),
            ],
        )
        self._fields.add_row(how_form, self.tr("Modalità del trasferimento"), "transfer_mode", mode)
        self._fields.add_row(
            how_form,
            self.tr("&Introduzione al programma"),
            "transfer_notes",
            self._fields.text("transfer_notes", self.tr("Introduzione al programma"), 3),
        )
        self._fields.add_row(
            how_form,
            self.tr("Partecipanti per sessione (ma&x)"),
            "max_participants",
            self._fields.spin(
                "max_participants",
                self.tr("Partecipanti per sessione"),
                1,
                MAX_PARTICIPANTS_LIMIT,
            ),
        )
        profiles = self._fields.text("profiles", self.tr("Profili professionali"), 3, as_list=True)
        profiles.setPlaceholderText(self.tr("Uno per riga, ad esempio: Personale amministrativo"))
        self._fields.add_row(
            how_form, self.tr("Pr&ofili professionali\n(uno per riga)"), "profiles", profiles
        )
        self._fields.add_row(
            how_form,
            self.tr("D&urata (giornate)"),
            "duration_days",
            self._fields.spin("duration_days", self.tr("Durata"), 1, MAX_DURATION_DAYS),
        )
        return how

    def _build_when(self) -> QGroupBox:
        when, when_form = self._fields.group(self.tr("Date disponibili"))
        self._dates_summary = QLabel()
        self._dates_summary.setObjectName("datesSummary")
        self._dates_summary.setWordWrap(True)
        self._dates_summary.setTextFormat(Qt.TextFormat.PlainText)
        when_form.addRow(self.tr("Date proposte"), self._dates_summary)
        self._fields.add_row(
            when_form,
            self.tr("&Nota sulle date"),
            "dates_note",
            self._fields.text("dates_note", self.tr("Nota sulle date"), 3),
        )
        self._fields.add_row(
            when_form,
            self.tr("Santo patrono"),
            "patron_name",
            self._fields.line("patron_name", self.tr("Santo patrono"), "San Giovanni Battista"),
        )
        self._fields.add_row(
            when_form,
            self.tr("Festa patronale (gg/mm)"),
            "patron_day",
            self._fields.day_month("patron_day", self.tr("Festa patronale")),
        )
        return when

    def _build_contact(self) -> QGroupBox:
        contact, contact_form = self._fields.group(self.tr("Referente per gli Enti aderenti"))
        self._fields.add_row(
            contact_form,
            self.tr("Nome e cognome"),
            "contact_name",
            self._fields.line("contact_name", self.tr("Referente")),
        )
        self._fields.add_row(
            contact_form,
            self.tr("Emai&l"),
            "contact_email",
            self._fields.line(
                "contact_email", self.tr("Email del referente"), self.tr("nome.cognome@comune.it")
            ),
        )
        self._fields.add_row(
            contact_form,
            self.tr("Telefono"),
            "contact_phone",
            self._fields.line("contact_phone", self.tr("Telefono del referente")),
        )
        return contact

    def _build_certificates(self) -> QGroupBox:
        """Who signs the attestati, the minimum attendance, the coat of arms; the privacy
        notice's parts (printed on the sign-in sheet)."""
        box, form = self._fields.group(self.tr("Attestati e informativa privacy"))
        self._fields.add_row(
            form,
            self.tr("Firmatario degli attestati"),
            "signer_name",
            self._fields.line(
                "signer_name",
                self.tr("Firmatario degli attestati"),
                self.tr("vuoto: quello delle Preferenze"),
            ),
        )
        self._fields.add_row(
            form,
            self.tr("&Qualifica del firmatario"),
            "signer_title",
            self._fields.line(
                "signer_title",
                self.tr("Qualifica del firmatario"),
                self.tr("ad esempio: Dirigente del Settore Partecipazione"),
            ),
        )
        minimum = self._fields.spin(
            "min_attendance_percent", self.tr("Presenza minima per l'attestato"), 0, 100
        )
        minimum.setSuffix(" %")
        minimum.setToolTip(self.tr("0: l'attestato spetta a chiunque sia presente"))
        self._fields.add_row(
            form, self.tr("Presenza minima per l'attestato (%)"), "min_attendance_percent", minimum
        )
        self._coat_of_arms = CoatOfArmsField()
        self._fields.add_row(
            form,
            self.tr("Stemma"),
            "coat_of_arms",
            self._fields.custom(
                CoatOfArmsBinding("coat_of_arms", self.tr("Stemma"), self._coat_of_arms)
            ),
        )
        for name, caption, label, placeholder in (
            (
                "privacy_controller",
                self.tr("Titolare del trattamento"),
                self.tr("Titolare del trattamento"),
                self.tr("vuoto: il Comune ospitante"),
            ),
            (
                "privacy_dpo",
                self.tr("Contatto del DPO/RPD"),
                self.tr("Contatto del DPO/RPD"),
                "rpd@comune.it",
            ),
            (
                "privacy_info",
                self.tr("Informativa completa (dove leggerla)"),
                self.tr("Informativa completa"),
                "https://www.comune.it/privacy",
            ),
        ):
            self._fields.add_row(form, caption, name, self._fields.line(name, label, placeholder))
        return box

    def _build(self) -> None:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(12, 8, 12, 12)
        column.setSpacing(12)
        for build in (
            self._build_who,
            self._build_what,
            self._build_how,
            self._build_when,
            self._build_contact,
            self._build_certificates,
        ):
            box = build()
            box.setMaximumWidth(FORM_MAX_WIDTH)
            column.addWidget(box)
        column.addStretch(1)
        scroll = QScrollArea()
        self._scroll = scroll
        scroll.setObjectName("practiceScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(page)
        self._actions_row = QHBoxLayout()
        self._actions_row.setContentsMargins(12, 6, 12, 0)
        self._actions_row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self._actions_row)
        outer.addWidget(scroll)

    def add_export_actions(self, actions: list[QAction]) -> None:
        """Buttons for the window's export actions, above the form."""
        for export in actions:
            self._actions_row.addWidget(action_button(export))

    # -- data ------------------------------------------------------------------------------
    @property
    def practice_id(self) -> int | None:
        return self._practice.id if self._practice else None

    def show_practice(self, practice_id: int | None) -> None:
        """Load a practice into the form (None empties and disables it)."""
        self.form.flush()
        if practice_id is None:
            self._practice = None
            self.setEnabled(False)
            return
        self._practice = practice_service.get_practice(self._db, practice_id)
        self._scroll.verticalScrollBar().setValue(0)
        values = asdict(self._practice)
        self.form.load(values)
        self._show_dates()
        self.setEnabled(True)

    def refresh_dates(self) -> None:
        """The dates changed on the Date tab: show them again."""
        if self._practice is not None:
            self._practice = practice_service.get_practice(self._db, self._practice.id)  # type: ignore[arg-type]
            self._show_dates()

    def _show_dates(self) -> None:
        assert self._practice is not None and self._practice.id is not None
        sessions = list_sessions(self._db, self._practice.id)
        days = [long_date(day) for session in sessions for day in session.open_days]
        if not days:
            text = self.tr("Nessuna data proposta.")
        elif self._practice.scheduling_mode is SchedulingMode.ALTERNATIVE:
            text = self.tr("In alternativa (O): {dates}.").format(
                dates=join_alternatives(days, self.tr("o"))
            )
        else:
            text = self.tr("Più sessioni (E): {dates}.").format(
                dates=join_alternatives(days, self.tr("e"))
            )
        self._dates_summary.setText(
            text + "\n" + self.tr("Le date si gestiscono nella scheda Date.")
        )

    @staticmethod
    def _with_format(changes: dict[str, object]) -> dict[str, object]:
        """The coat of arms's format goes with its bytes (told from the bytes themselves)."""
        if "coat_of_arms" not in changes:
            return changes
        data = changes["coat_of_arms"]
        image_format = coat_of_arms_format_of(data) if isinstance(data, bytes) else ""
        return {**changes, "coat_of_arms_format": image_format}

    def _validate(self, pending: dict[str, object]) -> dict[str, Message]:
        assert self._practice is not None
        errors = validation_errors(with_changes(self._practice, **self._with_format(pending)))
        return {name: message for name, message in errors.items() if name in pending}

    def _save(self, changes: dict[str, object], expected: dict[str, object]) -> dict[str, object]:
        assert self._practice is not None and self._practice.id is not None
        self._practice = practice_service.update_practice(
            self._db, self._practice.id, expected=expected, **self._with_format(changes)
        )
        self.practice_changed.emit(self._practice.id)
        return asdict(self._practice)
