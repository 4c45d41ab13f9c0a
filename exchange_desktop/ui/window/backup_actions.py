"""File menu actions about the data itself: open its folder, back it up, restore a backup."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from exchange_desktop.domain.errors import DomainError
from exchange_desktop.services.backup import backups
from exchange_desktop.storage.database import Database
from exchange_desktop.ui.widgets.background import BackgroundTasks
from exchange_desktop.ui.widgets.dialogs import confirm, literal, show_error

SETTINGS_BACKUP_DIR = "backup/last_dir"
BACKUP_SUFFIX = ".sqlite"


class BackupActions(QObject):
    """The actions and their flows; the window puts the actions in its File menu."""

    def __init__(
        self,
        db: Database,
        settings: QSettings,
        flush_edits: Callable[[], bool],
        may_leave_edits: Callable[[], bool],
        data_replaced: Callable[[], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._settings = settings
        self._flush_edits = flush_edits
        self._may_leave_edits = may_leave_edits
        self._data_replaced = data_replaced
        self._window = parent
        self.tasks = BackgroundTasks.of(parent)
        self.data_folder_action = self._make_action(
            "openDataFolderAction", self.tr("Apri la &cartella dei dati"), self.open_data_folder
        )
        self.backup_action = self._make_action(
            "backupAction", self.tr("Esegui &backup…"), self.make_backup
        )
        self.restore_action = self._make_action(
            "restoreBackupAction", self.tr("Ripris&tina da backup…"), self.restore
        )

    @property
    def actions(self) -> list[QAction]:
        return [self.data_folder_action, self.backup_action, self.restore_action]

    def _make_action(self, name: str, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def open_data_folder(self) -> None:
        folder = self._db.folder
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def make_backup(self) -> None:
        """Ask where, copy the database there (consistent even while in use), say where:
        the copy runs in the background, the File actions wait meanwhile."""
        self._flush_edits()  # what can be saved goes into the copy; nothing is dropped
        folder = Path(str(self._settings.value(SETTINGS_BACKUP_DIR, str(Path.home()))))
        chosen, _filter = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Esegui backup"),
            str(folder / backups.suggested_backup_name()),
            self.tr("Database di Exchange Desktop (*.sqlite)"),
        )
        if not chosen:
            return
        target = Path(chosen)
        if not target.suffix:
            target = target.with_name(target.name + BACKUP_SUFFIX)
        self.tasks.start(
            self.tr("Backup in corso…"),
            lambda _progress: backups.save_backup(self._db, target),
            self._backup_saved,
            lambda error: self._refused(error, self.tr("Backup non salvato")),
            busy=self.actions,
        )

    def _backup_saved(self, written: Path) -> None:
        self._settings.setValue(SETTINGS_BACKUP_DIR, str(written.parent))
        QMessageBox.information(
            self._window,
            self.tr("Backup salvato"),
            literal(self.tr("Il backup è stato salvato in:\n{path}").format(path=written)),
        )

    def _refused(self, error: BaseException, title: str) -> None:
        if not isinstance(error, DomainError):
            raise error  # a bug: the program's handler logs it and apologises
        show_error(self._window, error, title)

    def restore(self) -> None:
        """Pick a backup, say what it holds, copy the current data aside, replace it (in the
        background: the File actions wait meanwhile)."""
        if not self._may_leave_edits():
            return
        folder = self._db.backups_folder
        start = self._db.folder
        chosen, _filter = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Ripristina da backup"),
            str(folder if folder.is_dir() else start),
            self.tr("Database di Exchange Desktop (*.sqlite *.db);;Tutti i file (*)"),
        )
        if not chosen:
            return
        try:
            info = backups.inspect_backup(Path(chosen))
        except DomainError as error:
            show_error(self._window, error, self.tr("Backup non utilizzabile"))
            return
        question = (
            self.tr(
                "Ripristinare il backup del {when} (pratiche: {count})?\n{path}\n\n"
                "I dati attuali saranno sostituiti da quelli del backup. Prima il programma ne "
                "salva una copia di sicurezza nella cartella {folder}."
            )
            if not self._db.shared
            else self.tr(
                "Ripristinare il backup del {when} (pratiche: {count})?\n{path}\n\n"
                "Il database è condiviso: i dati di tutti gli uffici che lo usano saranno "
                "sostituiti da quelli del backup. Prima il programma ne salva una copia di "
                "sicurezza su questo computer, nella cartella {folder}."
            )
        ).format(
            when=backups.backup_moment(info.made_at),
            count=info.practices,
            path=info.path,
            folder=folder,
        )
        if self._db.shared:
            question += "\n\n" + self._shared_text()
        if not confirm(self._window, self.tr("Ripristina da backup"), question):
            return
        self.tasks.start(
            self.tr("Ripristino in corso…"),
            lambda _progress: backups.restore_backup(self._db, info.path, in_use=True),
            self._restored,
            lambda error: self._refused(error, self.tr("Backup non ripristinato")),
            busy=self.actions,
        )

    def _shared_text(self) -> str:
        """What a restore on the server replaces, and who is connected to it right now."""
        from exchange_desktop.services.backup.restore_check import shared_data

        data = shared_data(self._db)
        text = self.tr(
            "Sul server ora ci sono pratiche: {practices}, partecipanti: {participants}, "
            "iscrizioni: {registrations}."
        ).format(
            practices=data.practices,
            participants=data.participants,
            registrations=data.registrations,
        )
        if data.connected:
            text += " " + self.tr(
                "In questo momento sono collegati altri programmi: {count} (utenti: {names}); "
                "chi sta lavorando perde le modifiche non ancora salvate."
            ).format(count=len(data.connected), names=", ".join(sorted(set(data.connected))))
        return text

    def _restored(self, result: backups.RestoreResult) -> None:
        # The window's connections stay valid: SQLite sees the new pages at their next read.
        self._data_replaced()
        QMessageBox.information(
            self._window,
            self.tr("Backup ripristinato"),
            literal(
                self.tr(
                    "Sono stati ripristinati i dati del backup del {when}.\n\n"
                    "La copia di sicurezza dei dati precedenti è in:\n{path}"
                ).format(when=backups.backup_moment(result.backup.made_at), path=result.safety_copy)
            ),
        )
