"""Esporta menu actions for the PDF documents: save dialog, writing, offer to open the file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from exchange_desktop.domain.errors import DomainError
from exchange_desktop.services.documents import practice_documents as documents
from exchange_desktop.services.documents.practice_documents import DocumentKind
from exchange_desktop.services.practices.catalogue import get_practice
from exchange_desktop.services.scheduling import calendar
from exchange_desktop.services.scheduling.sessions import get_session
from exchange_desktop.storage.database import Database
from exchange_desktop.ui.widgets.dialogs import documents_folder, show_error

SETTINGS_EXPORT_DIR = "export/last_dir"

_WRITERS: dict[DocumentKind, Callable[[Database, int, Path], Path]] = {
    DocumentKind.PRACTICE_CARD: documents.export_practice_card,
    DocumentKind.PROGRAMME: documents.export_programme,
}


def export_folder(settings: QSettings) -> Path:
    """Where an export's dialog opens: the folder of the last export, else Documents (also
    when the last folder is gone, a USB stick taken out say)."""
    last = str(settings.value(SETTINGS_EXPORT_DIR, "") or "")
    if last and Path(last).is_dir():
        return Path(last)
    return documents_folder()


def remember_export_folder(settings: QSettings, folder: Path) -> None:
    settings.setValue(SETTINGS_EXPORT_DIR, str(folder))


def open_file(path: Path) -> None:
    """Open a written document with the program Windows associates with it."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class DocumentExports(QObject):
    """The export actions; the window puts them in the Esporta menu and on the tabs."""

    def __init__(
        self,
        db: Database,
        settings: QSettings,
        current_practice: Callable[[], int | None],
        current_session: Callable[[], int | None],
        before_export: Callable[[], object],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._settings = settings
        self._current_practice = current_practice
        self._current_session = current_session
        self._before_export = before_export
        self._window = parent
        self.card_action = self._make_action(
            "exportCardAction",
            self.tr("&Scheda della buona pratica (PDF)…"),
            self.tr("La scheda da inviare al programma di scambio, come il modulo compilato"),
            DocumentKind.PRACTICE_CARD,
        )
        self.card_action.setIconText(self.tr("Scheda PDF…"))
        self.programme_action = self._make_action(
            "exportProgrammeAction",
            self.tr("&Programma della giornata (PDF)…"),
            self.tr("Il programma da inviare agli Enti aderenti"),
            DocumentKind.PROGRAMME,
        )
        self.programme_action.setIconText(self.tr("Programma PDF…"))
        self.calendar_action = QAction(self.tr("&Calendario della sessione (.ics)…"), self)
        self.calendar_action.setObjectName("exportCalendarAction")
        self.calendar_action.setIconText(self.tr("Calendario (.ics)…"))
        tip = self.tr("L'evento per Outlook o un altro calendario, con la data confermata")
        self.calendar_action.setToolTip(tip)
        self.calendar_action.setStatusTip(tip)
        self.calendar_action.triggered.connect(self.export_calendar)

    @property
    def actions(self) -> list[QAction]:
        return [self.card_action, self.programme_action, self.calendar_action]

    def _make_action(self, name: str, text: str, tip: str, kind: DocumentKind) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(lambda: self.export(kind))
        return action

    def set_enabled(self, enabled: bool) -> None:
        for action in self.actions:
            action.setEnabled(enabled)

    def _titles(self, kind: DocumentKind) -> str:
        if kind is DocumentKind.PRACTICE_CARD:
            return self.tr("Esporta la scheda della buona pratica")
        return self.tr("Esporta il programma della giornata")

    def export(self, kind: DocumentKind) -> Path | None:
        """Ask where, write the PDF, offer to open it; return the path written."""
        practice_id = self._current_practice()
        if practice_id is None:
            return None
        self._before_export()
        try:
            name = documents.suggested_file_name(get_practice(self._db, practice_id), kind)
        except DomainError as error:
            show_error(self._window, error)
            return None
        return self.save_as(
            self._titles(kind),
            name,
            self.tr("Documenti PDF (*.pdf)"),
            documents.PDF_SUFFIX,
            lambda target: _WRITERS[kind](self._db, practice_id, target),
        )

    def export_calendar(self) -> Path | None:
        """The .ics of the session selected on the Date tab."""
        session_id = self._current_session()
        practice_id = self._current_practice()
        if session_id is None or practice_id is None:
            QMessageBox.information(
                self._window,
                self.tr("Calendario"),
                self.tr("Selezionare una data nella scheda Date, poi esportare il calendario."),
            )
            return None
        self._before_export()
        try:
            practice = get_practice(self._db, practice_id)
            session = get_session(self._db, session_id)
            calendar.calendar_days(practice, session)  # no confirmed date: say so before asking
            name = calendar.suggested_ics_file_name(practice, session)
        except DomainError as error:
            show_error(self._window, error)
            return None
        return self.save_as(
            self.tr("Esporta il calendario della sessione"),
            name,
            self.tr("Calendario (*.ics)"),
            ".ics",
            lambda target: calendar.export_ics(self._db, session_id, target),
        )

    def save_as(
        self,
        title: str,
        file_name: str,
        file_filter: str,
        suffix: str,
        write: Callable[[Path], Path],
    ) -> Path | None:
        """The one save flow of every export: dialog, write, remember the folder, offer to open."""
        folder = export_folder(self._settings)
        chosen, _filter = QFileDialog.getSaveFileName(
            self._window, title, str(folder / file_name), file_filter
        )
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            written = write(target)
        except DomainError as error:
            QApplication.restoreOverrideCursor()
            show_error(self._window, error, self.tr("Documento non salvato"))
            return None
        QApplication.restoreOverrideCursor()
        remember_export_folder(self._settings, written.parent)
        self._offer_to_open(written)
        return written

    def _offer_to_open(self, path: Path) -> None:
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Documento salvato"))
        box.setText(self.tr("Il documento è stato salvato in:\n{path}").format(path=path))
        open_button = box.addButton(
            self.tr("&Apri il documento"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(self.tr("&Chiudi"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(open_button)
        box.exec()
        if box.clickedButton() is open_button:
            open_file(path)
