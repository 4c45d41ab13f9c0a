"""What happens when the database cannot be opened at the start, and the daily backup."""

from __future__ import annotations

import logging
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QMessageBox

from exchange_desktop.domain.errors import DomainError
from exchange_desktop.services.backup import backups
from exchange_desktop.storage.database import Database, open_database
from exchange_desktop.storage.db_files import UnreadableDatabaseError
from exchange_desktop.storage.location import is_server_url
from exchange_desktop.translation import describe_error
from exchange_desktop.ui.widgets.dialogs import literal
from exchange_desktop.ui.window.remembered_database import SETTINGS_DATABASE
from exchange_desktop.ui.window.server_connection import reconnect

log = logging.getLogger(__name__)


def open_startup_database(
    location: str | Path, settings: QSettings, *, remember: bool, now: datetime | None = None
) -> Database | None:
    """The database to work on, or None when it cannot be opened and the clerk gives up.

    When ``path`` is damaged, of a newer version or not ours, the clerk may open the latest
    backup instead: its data is copied (through SQLite) into a new file beside ``path``,
    which is opened and, with ``remember``, opened again at the next start.  Neither the
    backup nor the file at ``path`` is written: the first stays a backup, the second keeps
    whatever could still be rescued from it.
    """
    try:
        return open_database(location)
    except DomainError as error:
        problem = error
    title = QCoreApplication.translate("Errors", "Database non utilizzabile")
    if is_server_url(location):  # no local backup stands in for the shared data
        QMessageBox.critical(None, title, describe_error(problem))
        return reconnect(str(location), settings)  # e.g. the password, not remembered
    path = Path(location)
    # A backup replaces a damaged file; a newer schema needs a newer program, and a busy or
    # unreachable file needs another try, not a stale copy opened from now on.
    latest = backups.latest_backup(path) if isinstance(problem, UnreadableDatabaseError) else None
    if latest is None:
        QMessageBox.critical(None, title, describe_error(problem))
        return None
    copy = backups.backup_copy_path(path, now)
    box = QMessageBox(QMessageBox.Icon.Critical, title, "")
    box.setObjectName("unusableDatabaseBox")
    box.setText(
        literal(
            describe_error(problem)
            + "\n\n"
            + QCoreApplication.translate(
                "Startup",
                "L'ultimo backup è del {when} (pratiche: {count}):\n{backup}\n\n"
                "Aprendolo, il programma ne copia i dati in un nuovo file, {copy}, e da ora "
                "in poi lavora su quello. Il backup e il file attuale restano come sono.",
            ).format(
                when=backups.backup_moment(latest.made_at),
                count=latest.practices,
                backup=latest.path,
                copy=copy,
            )
        )
    )
    open_button = box.addButton(
        QCoreApplication.translate("Startup", "&Apri l'ultimo backup"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    open_button.setObjectName("openLatestBackupButton")
    box.addButton(
        QCoreApplication.translate("Startup", "&Chiudi"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(open_button)
    box.exec()
    if box.clickedButton() is not open_button:
        return None
    try:
        db = open_database(backups.copy_of_backup(path, latest.path, now))
    except DomainError as error:
        QMessageBox.critical(None, title, describe_error(error))
        return None
    if remember:
        settings.setValue(SETTINGS_DATABASE, db.location)
        settings.sync()
    return db


def make_daily_backup(db: Database, today: date | None = None) -> Path | None:
    """The day's automatic copy of a file; a failure must not stop the clerk from working,
    so it is only logged.  (A server's backups are the IT office's.)"""
    try:
        return backups.daily_backup(db, today)
    except (OSError, DomainError) as error:
        log.warning("daily backup of %s failed: %s", db.label, error)
        return None
