"""Add or edit a participant: required names, Ente from the list, checked email and CF,
the privacy consent and the optional uses (photos and videos, being contacted again)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from exchange_desktop.domain.errors import DomainError, ValidationError
from exchange_desktop.domain.roster import Organisation, Participant, participant_errors
from exchange_desktop.i18n import Message
from exchange_desktop.services.roster.organisations import OrganisationExistsError
from exchange_desktop.translation import tr_message
from exchange_desktop.ui.widgets.accessibility import (
    focus_and_announce,
    name_field,
    plain_caption,
    set_field_error,
)
from exchange_desktop.ui.widgets.contrast import role_style
from exchange_desktop.ui.widgets.dialogs import confirm, show_error
from exchange_desktop.ui.widgets.form_builder import error_style
from exchange_desktop.ui.widgets.screen_fit import FittedDialog

#: Saves the participant; raises ValidationError (shown beside the fields) or DomainError.
SaveParticipant = Callable[[Participant], bool]


class ParticipantDialog(FittedDialog):
    """A modal form; ``save`` decides (duplicates, capacity) and returns False to stay open."""

    def __init__(
        self,
        title: str,
        participant: Participant,
        organisations: list[Organisation],
        roles: list[str],
        save: SaveParticipant,
        add_organisation: Callable[[str], Organisation],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("participantDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self._participant = participant
        self._save = save
        self._add_organisation = add_organisation
        self._errors: dict[str, QLabel] = {}
        self._fields: dict[str, QWidget] = {}
        form = QFormLayout()
        self.surname = self._line(form, "surname", self.tr("&Cognome *"), participant.surname)
        self.name = self._line(form, "name", self.tr("&Nome *"), participant.name)
        self.organisation = QComboBox()
        self.organisation.setObjectName("participantOrganisation")
        self._fill_organisations(organisations, participant.organisation_id)
        new_organisation = QPushButton(self.tr("Nuovo &Ente…"))
        new_organisation.setObjectName("newOrganisationButton")
        new_organisation.clicked.connect(self._new_organisation)
        row = QHBoxLayout()
        row.addWidget(self.organisation, 1)
        row.addWidget(new_organisation)
        self._add(form, "organisation_id", self.tr("Ent&e"), row)
        self.role = QComboBox()
        self.role.setObjectName("participantRole")
        self.role.setEditable(True)
        self.role.addItems([*roles, self.tr("Altro")])
        self.role.setCurrentText(participant.role)
        self._add(form, "role", self.tr("&Ruolo"), self.role)
        self.email = self._line(form, "email", self.tr("E&mail"), participant.email)
        self.phone = self._line(form, "phone", self.tr("&Telefono"), participant.phone)
        self.fiscal_code = self._line(
            form, "fiscal_code", self.tr("Codice &fiscale"), participant.fiscal_code
        )
        self._add(form, "privacy_consent", self.tr("Privacy"), self._consent_row(participant))
        form.addRow("", self._consent_help())
        form.addRow(self.tr("Usi facoltativi"), self._optional_uses(participant))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("* campi obbligatori")))
        layout.addWidget(buttons)
        self._typed_nothing = self.participant()  # what Esc may close without asking
        self.surname.setFocus()  # it opens on its first field

    def _consent_row(self, participant: Participant) -> QHBoxLayout:
        # The register and the attestato rest on the Comune's public task (GDPR art. 6(1)(e)),
        # not on consent: the box records consent to the optional uses only.
        self.consent = QCheckBox(self.tr("Consenso privacy (informativa del modulo), dato il"))
        self.consent.setObjectName("participantConsent")
        self.consent.setToolTip(
            self.tr(
                "Il consenso dato sul modulo di iscrizione. Non serve per l'iscrizione, il "
                "registro presenze e l'attestato: quei dati sono trattati per un compito di "
                "interesse pubblico (art. 6, par. 1, lett. e) GDPR), anche senza consenso."
            )
        )
        self.consent.setChecked(participant.privacy_consent)
        self.consent_date = QDateEdit()
        self.consent_date.setObjectName("participantConsentDate")
        self.consent_date.setAccessibleName(self.tr("Data del consenso"))
        self.consent_date.setCalendarPopup(True)
        self.consent_date.setDisplayFormat("dd/MM/yyyy")
        consent_day = participant.privacy_consent_date or date.today()
        self.consent_date.setDate(QDate(consent_day.year, consent_day.month, consent_day.day))
        self.consent_date.setEnabled(participant.privacy_consent)
        self.consent.toggled.connect(self.consent_date.setEnabled)
        self.consent.setAccessibleDescription(self.consent.toolTip())
        consent_row = QHBoxLayout()
        consent_row.addWidget(self.consent)
        consent_row.addWidget(self.consent_date)
        consent_row.addStretch(1)
        return consent_row

    def _consent_help(self) -> QLabel:
        """The tooltip's gist in sight: a tooltip shows only under the mouse."""
        help_text = QLabel(
            self.tr("Iscrizione, registro presenze e attestato non dipendono dai consensi.")
        )
        help_text.setObjectName("participantConsentHelp")
        help_text.setWordWrap(True)
        help_text.setStyleSheet(role_style("muted"))
        return help_text

    def _optional_uses(self, participant: Participant) -> QVBoxLayout:
        """The two optional uses a sign-up form asks about.  A box left unticked for a person
        never asked keeps "not asked" (None); ticked it is a yes, unticked again a no only
        for one who had answered."""
        self._asked = {
            "consent_media": participant.consent_media,
            "consent_contact": participant.consent_contact,
        }
        self.consent_media = QCheckBox(self.tr("Pubblicazione di f&oto e video della giornata"))
        self.consent_media.setObjectName("participantConsentMedia")
        self.consent_media.setAccessibleName(self.tr("Consenso a foto e video della giornata"))
        self.consent_contact = QCheckBox(self.tr("Essere r&icontattato per futuri scambi"))
        self.consent_contact.setObjectName("participantConsentContact")
        self.consent_contact.setAccessibleName(
            self.tr("Consenso a essere ricontattato per futuri scambi")
        )
        column = QVBoxLayout()
        column.setSpacing(2)
        for box, value in (
            (self.consent_media, participant.consent_media),
            (self.consent_contact, participant.consent_contact),
        ):
            box.setChecked(bool(value))
            column.addWidget(box)
        return column

    def _optional(self, name: str, box: QCheckBox) -> bool | None:
        if box.isChecked():
            return True
        return None if self._asked[name] is None else False

    def _line(self, form: QFormLayout, name: str, caption: str, value: str) -> QLineEdit:
        widget = QLineEdit(value)
        widget.setObjectName(f"participant_{name}Edit")
        self._add(form, name, caption, widget)
        return widget

    def _add(self, form: QFormLayout, name: str, caption: str, field: object) -> None:
        holder = QVBoxLayout()
        holder.setSpacing(2)
        if isinstance(field, QWidget):
            holder.addWidget(field)
        else:
            holder.addLayout(field)  # type: ignore[arg-type]
        error = QLabel()
        error.setObjectName(f"participant_{name}Error")
        error.setStyleSheet(error_style())
        error.setTextFormat(Qt.TextFormat.PlainText)
        # Room for one line of error under every field, kept while hidden: all the errors
        # appear at once and nothing moves (the dialog keeps its size).
        error.setMinimumHeight(error.fontMetrics().lineSpacing())
        policy = error.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        error.setSizePolicy(policy)
        error.hide()
        holder.addWidget(error)
        self._errors[name] = error
        label = QLabel(caption)
        if isinstance(field, QWidget):
            label.setBuddy(field)
        elif field.itemAt(0) is not None and field.itemAt(0).widget() is not None:  # type: ignore[attr-defined]
            label.setBuddy(field.itemAt(0).widget())  # type: ignore[attr-defined]
        buddy = label.buddy()
        if buddy is not None:
            if not isinstance(buddy, QCheckBox):  # a check box says its own text
                name_field(buddy, caption)  # "Cognome, obbligatorio"; a combo box's too
            self._fields[name] = buddy
        form.addRow(label, holder)

    def _fill_organisations(self, organisations: list[Organisation], selected: int | None) -> None:
        self.organisation.clear()
        self.organisation.addItem(self.tr("— nessun Ente —"), None)
        for organisation in organisations:
            self.organisation.addItem(organisation.name, organisation.id)
        self.organisation.setCurrentIndex(max(self.organisation.findData(selected), 0))

    def _new_organisation(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Nuovo Ente aderente"), self.tr("Nome dell'Ente (es. Comune di Lissone):")
        )
        if not ok or not name.strip():
            return
        try:
            created = self._add_organisation(name)
        except OrganisationExistsError as error:
            self._choose_existing(error.existing)
            return
        except DomainError as error:
            show_error(self, error)
            return
        self.organisation.addItem(created.name, created.id)
        self.organisation.setCurrentIndex(self.organisation.count() - 1)

    def _choose_existing(self, existing: Organisation) -> None:
        """The Ente typed is already in the list (other capitals, accents or spaces): it is
        chosen, and a note under the field (read out too) says so; nothing is added."""
        index = self.organisation.findData(existing.id)
        if index < 0:  # added meanwhile by a colleague
            self.organisation.addItem(existing.name, existing.id)
            index = self.organisation.count() - 1
        self.organisation.setCurrentIndex(index)
        note = self._errors["organisation_id"]
        note.setText(
            self.tr("«{name}» è già nell'elenco degli Enti: è stato scelto quello.").format(
                name=existing.name
            )
        )
        note.setStyleSheet(role_style("muted"))
        note.show()
        focus_and_announce(self.organisation, note.text())

    def participant(self) -> Participant:
        """The participant as the form shows it."""
        return Participant(
            id=self._participant.id,
            surname=self.surname.text(),
            name=self.name.text(),
            organisation_id=self.organisation.currentData(),
            role=self.role.currentText().strip(),
            email=self.email.text().strip(),
            phone=self.phone.text().strip(),
            fiscal_code=self.fiscal_code.text().strip().upper(),
            privacy_consent=self.consent.isChecked(),
            privacy_consent_date=(
                _as_date(self.consent_date.date().toPython()) if self.consent.isChecked() else None
            ),
            consent_media=self._optional("consent_media", self.consent_media),
            consent_contact=self._optional("consent_contact", self.consent_contact),
        )

    def show_errors(self, errors: dict[str, Message]) -> None:
        errors = dict(errors)
        if "privacy_consent_date" in errors:  # one row holds the consent and its date
            errors.setdefault("privacy_consent", errors["privacy_consent_date"])
        for name, label in self._errors.items():
            message = errors.get(name)
            label.setStyleSheet(error_style())  # (the note of an Ente chosen was muted)
            label.setText(tr_message(message) if message else "")
            label.setVisible(message is not None)
            field = self._fields.get(name)
            if field is not None:
                set_field_error(field, tr_message(message) if message else None)
        shown = [name for name in self._errors if name in errors]
        if shown:
            self._tell(shown, errors)

    def _tell(self, names: list[str], errors: dict[str, Message]) -> None:
        """The focus to the first field in error; every error read out, with its field."""
        first = self._fields.get(names[0])
        listed = " ".join(
            _sentence(f"{plain_caption(self._caption(name))}: {tr_message(errors[name])}")
            for name in names
        )
        if len(names) == 1:
            spoken = self.tr("Un errore. {list}").format(list=listed)
        else:
            spoken = self.tr("{count} errori. {list}").format(count=len(names), list=listed)
        if first is not None:
            focus_and_announce(first, spoken)

    def _caption(self, name: str) -> str:
        field = self._fields.get(name)
        return field.accessibleName().split(",")[0] if field is not None else name

    def reject(self) -> None:
        """Esc or Annulla: typed data is thrown away only when the clerk says so."""
        if self.participant() != self._typed_nothing and not confirm(
            self,
            self.tr("Scartare i dati inseriti?"),
            self.tr("I dati scritti in questa scheda non sono stati salvati. Chiuderla comunque?"),
        ):
            return
        super().reject()

    def _accept(self) -> None:
        participant = self.participant()
        errors = participant_errors(participant)
        self.show_errors(errors)
        if errors:
            return
        try:
            saved = self._save(participant)
        except ValidationError as error:
            self.show_errors(error.errors)
            return
        except DomainError as error:
            show_error(self, error)
            return
        if saved:
            self.accept()


def _sentence(text: str) -> str:
    """``text`` ending with a full stop, so that the screen reader pauses after it."""
    return text if text.rstrip().endswith((".", "!", "?")) else text.rstrip() + "."


def _as_date(value: object) -> date:
    """QDate.toPython() is typed as object: it is a datetime.date."""
    assert isinstance(value, date)
    return value
