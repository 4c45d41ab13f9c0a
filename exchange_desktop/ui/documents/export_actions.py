"""Esporta menu actions for the PDF documents: save dialog, writing, offer to open the file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, QSettings, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from exchange_desktop.domain.errors import DomainError
from exchange_desktop.domain.progress import Progress
from exchange_desktop.services.documents import practice_documents as documents
from exchange_desktop.services.documents.practice_documents import DocumentKind
from exchange_desktop.services.practices.catalogue import get_practice
from exchange_desktop.services.scheduling import calendar
from exchange_desktop.services.scheduling.sessions import get_session
from exchange_desktop.storage.database import Database
from exchange_desktop.ui.widgets.background import BackgroundTasks
from exchange_desktop.ui.widgets.dialogs import documents_folder, show_error

SETTINGS_EXPORT_DIR = "export/last_dir"

T = TypeVar("T")

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

    def export(self, kind: DocumentKind) -> None:
        """Ask where, write the PDF, offer to open it."""
        practice_id = self._current_practice()
        if practice_id is None:
            return
        self._before_export()
        try:
            name = documents.suggested_file_name(get_practice(self._db, practice_id), kind)
        except DomainError as error:
            show_error(self._window, error)
            return
        self.save_as(
            self._titles(kind),
            name,
            self.tr("Documenti PDF (*.pdf)"),
            documents.PDF_SUFFIX,
            lambda target, _progress: _WRITERS[kind](self._db, practice_id, target),
        )

    def export_calendar(self) -> None:
        """The .ics of the session selected on the Date tab."""
        session_id = self._current_session()
        practice_id = self._current_practice()
        if session_id is None or practice_id is None:
            QMessageBox.information(
                self._window,
                self.tr("Calendario"),
                self.tr("Selezionare una data nella scheda Date, poi esportare il calendario."),
            )
            return
        self._before_export()
        try:
            practice = get_practice(self._db, practice_id)
            session = get_session(self._db, session_id)
            calendar.calendar_days(practice, session)  # no confirmed date: say so before asking
            name = calendar.suggested_ics_file_name(practice, session)
        except DomainError as error:
            show_error(self._window, error)
            return
        self.save_as(
            self.tr("Esporta il calendario della sessione"),
            name,
            self.tr("Calendario (*.ics)"),
            ".ics",
            lambda target, _progress: calendar.export_ics(self._db, session_id, target),
        )

    def save_as(
        self,
        title: str,
        file_name: str,
        file_filter: str,
        suffix: str,
        write: Callable[[Path, Progress], Path],
        then: Callable[[Path], object] | None = None,
    ) -> None:
        """The one save flow of every export: dialog, then the writing off the GUI thread
        (with *Annulla*: a file is written whole or not at all), remember the folder, offer
        to open; ``then(path)`` once written."""
        folder = export_folder(self._settings)
        chosen, _filter = QFileDialog.getSaveFileName(
            self._window, title, str(folder / file_name), file_filter
        )
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)

        def written(path: Path) -> None:
            remember_export_folder(self._settings, path.parent)
            self._offer_to_open(path)
            if then is not None:
                then(path)

        self.write_in_background(
            self.tr("Creazione del documento…"),
            lambda progress: write(target, progress),
            written,
            self.tr("Documento non salvato"),
        )

    def write_in_background(
        self,
        label: str,
        work: Callable[[Progress], T],
        on_done: Callable[[T], object],
        refused_title: str,
    ) -> None:
        """Documents are written on the window's pool, one at a time, with *Annulla*;
        a refusal (a domain error) is shown under ``refused_title``."""

        def refused(error: Exception) -> None:
            if not isinstance(error, DomainError):
                raise error  # a bug: the program's handler logs it and apologises
            show_error(self._window, error, refused_title)

        BackgroundTasks.of(self._window).start(
            label,
            work,
            on_done,
            refused,
            busy=self.busy_actions(),
            cancellable=True,
        )

    def busy_actions(self) -> list[QAction]:
        """Every export action of the window: one document is written at a time."""
        return [
            a for a in self._window.findChildren(QAction) if a.objectName().startswith("export")
        ]

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
