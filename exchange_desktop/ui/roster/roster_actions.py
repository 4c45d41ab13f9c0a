"""The roster's file work: spreadsheet import, webinar attendance, personal data, Enti."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from exchange_desktop.domain.errors import DomainError
from exchange_desktop.i18n import QT_TRANSLATE_NOOP
from exchange_desktop.imports.spreadsheet import SUFFIXES as SPREADSHEET_SUFFIXES
from exchange_desktop.imports.spreadsheet import TEXT_SUFFIXES, WORKBOOK_SUFFIXES
from exchange_desktop.translation import tr_message
from exchange_desktop.ui.roster.organisations_dialog import OrganisationsDialog
from exchange_desktop.ui.roster.roster_view import RosterView
from exchange_desktop.ui.widgets.background import BackgroundTasks
from exchange_desktop.ui.widgets.dialogs import confirm, documents_folder, show_error

if TYPE_CHECKING:
    from exchange_desktop.imports.spreadsheet import ImportTable
    from exchange_desktop.services.attendance.attendance_report_import import (
        AttendanceImportOutcome,
    )

SPREADSHEETS = QT_TRANSLATE_NOOP(
    "RosterFileActions", "Fogli di calcolo ({patterns});;Tutti i file (*)"
)
REPORTS = QT_TRANSLATE_NOOP("RosterFileActions", "Report presenze ({patterns});;Tutti i file (*)")


def file_filter(text: str, suffixes: tuple[str, ...]) -> str:
    """The file chooser's filter, from the extensions the reader itself accepts: the two
    never disagree ("*.xlsx *.xls …")."""
    return text.format(patterns=" ".join(f"*{suffix}" for suffix in suffixes))


#: What the attendance reader accepts (:mod:`exchange_desktop.imports.attendance_report`):
#: the text reports of Teams and Zoom first, then the same saved as a workbook.
REPORT_SUFFIXES = TEXT_SUFFIXES + WORKBOOK_SUFFIXES


class RosterFileActions(QObject):
    def __init__(self, tab: RosterView) -> None:
        super().__init__(tab)
        self.tab = tab

    def _session_for(self, question: str) -> int | None:
        session_id = self.tab.session_id()
        if session_id is None:
            session_id, ok = self.tab.choose_session(question)
            if not ok:
                return None
        return session_id

    def import_participants(self) -> None:
        from exchange_desktop.imports.spreadsheet import read_table

        session_id = self._session_for(self.tr("In quale sessione importare le persone?"))
        if session_id is None:
            return
        chosen, _filter = QFileDialog.getOpenFileName(
            self.tab,
            self.tr("Importa partecipanti"),
            str(Path.home()),
            file_filter(self.tr(SPREADSHEETS), SPREADSHEET_SUFFIXES),
        )
        if not chosen:
            return
        BackgroundTasks.of(self.tab).start(
            self.tr("Lettura del file…"),
            lambda _progress: read_table(Path(chosen)),
            lambda table: self._preview_import(session_id, table),
            self._file_not_read,
        )

    def _file_not_read(self, error: Exception) -> None:
        if not isinstance(error, DomainError):
            raise error  # a bug: the program's handler logs it and apologises
        show_error(self.tab, error, self.tr("File non letto"))

    def _preview_import(self, session_id: int, table: ImportTable) -> None:
        """The preview of the file read; once imported, what was done."""
        from exchange_desktop.ui.roster.import_dialog import ImportDialog

        dialog = ImportDialog(self.tab.db, session_id, table, self.tab)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.summary is not None:
            summary = dialog.summary
            self.tab.reload()
            lines = [
                self.tr("Importati: {n}").format(n=summary.imported),
                self.tr("di cui in lista d'attesa: {n}").format(n=summary.waiting),
                self.tr("Doppioni saltati: {n}").format(n=summary.duplicates),
            ]
            if summary.reinstated:
                lines.append(
                    self.tr("Annullati in precedenza e iscritti di nuovo: {n}").format(
                        n=summary.reinstated
                    )
                )
            if summary.not_people:
                lines.append(
                    self.tr("Righe che non sono persone: {n}").format(n=len(summary.not_people))
                )
            if summary.cancelled:
                lines.append(
                    self.tr("Annullati in precedenza, non iscritti: {n}").format(
                        n=len(summary.cancelled)
                    )
                )
            if summary.hidden:
                lines.append(
                    self.tr("Righe nascoste nel file, non importate: {n}").format(
                        n=len(summary.hidden)
                    )
                )
            lines += [
                self.tr("Riga {row}: {reason}").format(row=r, reason=tr_message(why))
                for r, why in summary.errors
            ]
            lines += [
                self.tr("Da controllare, riga {row}: {note}").format(row=r, note=tr_message(note))
                for r, note in summary.notes
            ]
            QMessageBox.information(self.tab, self.tr("Importazione completata"), "\n".join(lines))

    def import_attendance(self) -> None:
        session_id = self._session_for(self.tr("Di quale sessione è il report delle presenze?"))
        if session_id is None or self.tab.practice_id is None:
            return
        chosen, _filter = QFileDialog.getOpenFileName(
            self.tab,
            self.tr("Report presenze di Teams o Zoom"),
            str(Path.home()),
            file_filter(self.tr(REPORTS), REPORT_SUFFIXES),
        )
        if chosen:
            self.import_attendance_file(session_id, Path(chosen))

    def import_attendance_file(self, session_id: int, path: Path) -> None:
        """The service's rule, shown: a trial run lists who would be marked and who not
        (and why); once the clerk agrees, the report is applied in one transaction."""
        from exchange_desktop.services.attendance.attendance_report_import import (
            import_attendance_report,
        )

        db = self.tab.db
        title = self.tr("Presenze dal webinar")
        tasks = BackgroundTasks.of(self.tab)

        def refused(error: Exception) -> None:
            if not isinstance(error, DomainError):
                raise error  # a bug: the program's handler logs it and apologises
            show_error(self.tab, error, self.tr("Report non letto"))
            self.tab.reload()

        def previewed(preview: AttendanceImportOutcome) -> None:
            text = self._outcome_text(preview)
            if not preview.marked:
                QMessageBox.information(self.tab, title, text)
                return
            question = self.tr("Segnare presenti le persone riconosciute?")
            if confirm(self.tab, title, f"{text}\n\n{question}"):
                tasks.start(
                    self.tr("Registrazione delle presenze…"),
                    lambda _progress: import_attendance_report(db, session_id, path),
                    self.tab.after_change,
                    refused,
                )

        tasks.start(
            self.tr("Lettura del report…"),
            lambda _progress: import_attendance_report(db, session_id, path, dry_run=True),
            previewed,
            refused,
        )

    def _outcome_text(self, outcome: AttendanceImportOutcome) -> str:
        text = self.tr("Riconosciute {n} persone iscritte nel report.").format(
            n=len(outcome.marked)
        )
        if outcome.not_marked:
            lines = "\n".join(
                self.tr("• {person}: {reason}").format(
                    person=f"{line.name} {line.email}".strip(), reason=tr_message(line.reason)
                )
                for line in outcome.not_marked
            )
            text += "\n\n" + self.tr("Non segnate:\n{lines}").format(lines=lines)
        if outcome.absent:
            text += "\n\n" + self.tr(
                "Assenti (confermate, non nel report che copre le sedute): {people}."
            ).format(people=", ".join(outcome.absent))
        if outcome.changed:
            text += "\n\n" + self.tr(
                "Il report cambia i segni fatti a mano (presenti) di: {people}."
            ).format(people=", ".join(outcome.changed))
        return text

    def export_personal_data(self) -> None:
        from exchange_desktop.services.roster import export_personal_data_file

        row = self.tab.current_row()
        if row is None:
            return
        suggested = documents_folder() / self.tr("Dati personali - {surname} {name}.json").format(
            surname=row.surname, name=row.name
        )
        chosen, _filter = QFileDialog.getSaveFileName(
            self.tab,
            self.tr("Esporta i dati della persona"),
            str(suggested),
            self.tr("JSON (*.json)"),
        )
        if not chosen:
            return
        try:
            written = export_personal_data_file(self.tab.db, row.participant_id, Path(chosen))
        except DomainError as error:
            show_error(self.tab, error, self.tr("Dati non esportati"))
            return
        QMessageBox.information(
            self.tab,
            self.tr("Dati esportati"),
            self.tr("Tutti i dati conservati su {name} sono in:\n{path}").format(
                name=f"{row.name} {row.surname}", path=written
            ),
        )

    def edit_organisations(self) -> None:
        OrganisationsDialog(self.tab.db, self.tab).exec()
        self.tab.reload()
