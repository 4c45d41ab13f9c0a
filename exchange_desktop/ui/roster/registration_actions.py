"""What the clerk does to people on the roster: add, edit, cancel, promote, move, erase."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMessageBox

from exchange_desktop.domain.enums import RegistrationStatus
from exchange_desktop.domain.errors import DomainError
from exchange_desktop.domain.roster import Organisation, Participant
from exchange_desktop.services import roster as roster_service
from exchange_desktop.services.attendance import marks as attendance_service
from exchange_desktop.services.attendance import sittings as sittings_service
from exchange_desktop.services.practices.catalogue import get_practice
from exchange_desktop.services.roster import organisations as organisation_service
from exchange_desktop.services.roster.participants import PARTICIPANT_FIELDS
from exchange_desktop.translation import tr_message
from exchange_desktop.ui.roster.attendance_dialog import AttendanceDialog
from exchange_desktop.ui.roster.participant_dialog import ParticipantDialog
from exchange_desktop.ui.roster.roster_view import RosterView
from exchange_desktop.ui.roster.sittings_dialog import SittingsDialog
from exchange_desktop.ui.widgets.dialogs import confirm, show_error

if TYPE_CHECKING:
    from exchange_desktop.domain.roster_rows import RosterEntry


class RegistrationActions(QObject):
    """The roster toolbar's per-person actions; every change goes through a service."""

    def __init__(self, tab: RosterView) -> None:
        super().__init__(tab)
        self.tab = tab
        self.db = tab.db

    def _roles(self) -> list[str]:
        return get_practice(self.db, self.tab.practice_id).profiles if self.tab.practice_id else []

    def _dialog(self, title: str, participant: Participant, save: object) -> None:
        dialog = ParticipantDialog(
            title,
            participant,
            organisation_service.list_organisations(self.db),
            self._roles(),
            save,  # type: ignore[arg-type]
            lambda name: organisation_service.add_organisation(self.db, Organisation(name=name)),
            self.tab,
        )
        dialog.exec()

    def _ask_about_duplicates(self, session_id: int, participant: Participant) -> bool:
        duplicates = roster_service.find_duplicates(
            self.db, session_id, participant, exclude_participant_id=participant.id
        )
        if not duplicates:
            return True
        existing = "\n".join(
            f"• {d.surname} {d.name} — {d.organisation} — {d.email}" for d in duplicates
        )
        return confirm(
            self.tab,
            self.tr("Possibile doppione"),
            self.tr("Nella sessione c'è già:\n{existing}\n\nSalvare comunque?").format(
                existing=existing
            ),
        )

    def add_participant(self) -> None:
        session_id = self.tab.session_id()
        if session_id is None:
            session_id, ok = self.tab.choose_session(
                self.tr("In quale sessione iscrivere la persona?")
            )
            if not ok or session_id is None:
                return

        def save(participant: Participant) -> bool:
            if not self._ask_about_duplicates(session_id, participant):
                return False
            # Not through tab.run: a refused field must go back to the dialog, beside it.
            outcome = roster_service.register(self.db, session_id, participant)
            self.tab.after_change(outcome)
            if outcome.row.status is RegistrationStatus.WAITING:
                QMessageBox.information(
                    self.tab, self.tr("Lista d'attesa"), tr_message(outcome.message)
                )
            return True

        self._dialog(self.tr("Nuovo partecipante"), Participant(), save)

    def edit_participant(self) -> None:
        row = self.tab.current_row()
        if row is None:
            return
        current = Participant(
            id=row.participant_id, **{name: getattr(row, name) for name in PARTICIPANT_FIELDS}
        )

        def save(participant: Participant) -> bool:
            if not self._ask_about_duplicates(row.session_id, participant):
                return False
            # Only what the clerk changed, each checked against what the dialog showed: a
            # field saved meanwhile in another window is neither overwritten nor lost.
            changes = {
                name: getattr(participant, name)
                for name in PARTICIPANT_FIELDS
                if getattr(participant, name) != getattr(current, name)
            }
            if changes:
                roster_service.update_participant(
                    self.db,
                    row.participant_id,
                    expected={name: getattr(current, name) for name in changes},
                    **changes,
                )
            self.tab.reload(row.registration_id)
            return True

        self._dialog(self.tr("Modifica partecipante"), current, save)

    def cancel_selected(self) -> None:
        row = self.tab.current_row()
        if row is not None and confirm(
            self.tab,
            self.tr("Annulla iscrizione"),
            self.tr("Annullare l'iscrizione di {name}?").format(name=f"{row.name} {row.surname}"),
        ):
            self._announce_promotion(
                self.tab.run(
                    lambda: roster_service.cancel_registration(self.db, row.registration_id)
                )
            )

    def _announce_promotion(self, outcome: object) -> None:
        """A freed seat went to the first in line: the clerk must know whom to tell."""
        if outcome is not None and getattr(outcome, "promoted", None) is not None:
            QMessageBox.information(
                self.tab,
                self.tr("Posto assegnato"),
                tr_message(outcome.message),  # type: ignore[attr-defined]
            )

    def promote_selected(self) -> None:
        row = self.tab.current_row()
        if row is not None:
            self.tab.run(lambda: roster_service.promote(self.db, row.registration_id))

    def move_selected(self) -> None:
        row = self.tab.current_row()
        if row is None:
            return
        target, ok = self.tab.choose_session(self.tr("In quale sessione spostare la persona?"))
        if ok and target is not None and target != row.session_id:
            self.tab.run(
                lambda: roster_service.move_registration(self.db, row.registration_id, target)
            )

    def delete_selected(self) -> None:
        row = self.tab.current_row()
        if row is not None and confirm(
            self.tab,
            self.tr("Elimina iscrizione"),
            self.tr("Eliminare {name} dall'elenco? L'operazione non si può annullare.").format(
                name=f"{row.name} {row.surname}"
            ),
        ):
            self._announce_promotion(
                self.tab.run(
                    lambda: roster_service.delete_registration(self.db, row.registration_id)
                )
            )

    def erase_selected(self) -> None:
        row = self.tab.current_row()
        if row is not None and confirm(
            self.tab,
            self.tr("Cancella dati personali"),
            self.tr(
                "Cancellare i dati personali di {name} (diritto all'oblio)? Nome, email, telefono "
                "e codice fiscale vengono eliminati; restano solo i conteggi. "
                "L'operazione non si può annullare."
            ).format(name=f"{row.name} {row.surname}"),
        ):
            self.tab.run(lambda: roster_service.erase_personal_data(self.db, row.participant_id))

    def all_present(self) -> None:
        session_id = self.tab.session_id()
        if session_id is None:
            session_id, ok = self.tab.choose_session(
                self.tr("Quale sessione segnare come presente?")
            )
            if not ok or session_id is None:
                return
        self.tab.run(
            lambda: attendance_service.mark_all_present(self.db, session_id), announce=False
        )

    def attendance_times(self) -> None:
        """Presence and times per sitting for the selected person (the attestato's hours)."""
        row = self.tab.current_row()
        if row is None:
            return
        if row.status is RegistrationStatus.CANCELLED:
            QMessageBox.information(
                self.tab,
                self.tr("Presenza"),
                self.tr("Solo chi ha un posto confermato può essere segnato presente."),
            )
            return
        if row.status is RegistrationStatus.WAITING and not self._offer_promotion(row):
            return
        registration_id = row.registration_id
        try:
            record = attendance_service.day_attendance(self.db, registration_id)
        except DomainError as error:
            show_error(self.tab, error)
            return
        dialog = AttendanceDialog(f"{row.name} {row.surname}", record, self.tab)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        presences = [
            new
            for new, old in zip(dialog.presences() or [], record.presences, strict=True)
            if (new.present, new.time_in, new.time_out) != (old.present, old.time_in, old.time_out)
        ]
        if not presences:
            return  # nothing changed: nothing written
        self.tab.run(
            lambda: attendance_service.set_day_attendance(
                self.db, registration_id, presences, record.day
            ),
            announce=False,
        )

    def edit_sittings(self) -> None:
        """The sittings of the chosen session's day (signature columns and hours)."""
        session_id = self.tab.session_id()
        if session_id is None:
            session_id, ok = self.tab.choose_session(self.tr("Di quale sessione?"))
            if not ok or session_id is None:
                return
        try:
            current = sittings_service.session_plan(self.db, session_id)
            programme = sittings_service.programme_plan(self.db, session_id)
        except DomainError as error:
            show_error(self.tab, error)
            return
        dialog = SittingsDialog(current, programme, self.tab)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        wanted = dialog.sittings() or []
        self.tab.run(
            lambda: sittings_service.set_sittings(self.db, session_id, wanted), announce=False
        )

    def _offer_promotion(self, row: RosterEntry) -> bool:
        """A waiting-list person is not on the sign-in sheet: confirm them first, if asked."""
        if not confirm(
            self.tab,
            self.tr("Persona in lista d'attesa"),
            self.tr(
                "{name} è in lista d'attesa e non compare sul foglio firme: può essere "
                "segnata presente solo con un posto confermato.\n\nConfermare ora "
                "l'iscrizione (Promuovi)?"
            ).format(name=f"{row.name} {row.surname}"),
        ):
            return False
        try:
            roster_service.promote(self.db, row.registration_id)
        except DomainError as error:
            show_error(self.tab, error)
            return False
        self.tab.reload()  # the seats and the queue changed, not only this row
        return True

    def attendance_toggled(self, registration_id: int, present: bool) -> None:
        """The box ticked: record it and repaint that one row, not the whole roster."""
        try:
            row = attendance_service.set_present_all_day(self.db, registration_id, present)
        except attendance_service.NotSeatedError:
            current = next(
                (r for r in self.tab.model.rows if r.registration_id == registration_id), None
            )
            if current is None or not self._offer_promotion(current):
                self.tab.reload()
                return
            self.attendance_toggled(registration_id, present)
            return
        except DomainError as error:
            show_error(self.tab, error)
            self.tab.reload()
            return
        self.tab.row_changed(row)
