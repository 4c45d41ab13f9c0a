"""Start the GUI: the application object, translations, error handling, the database."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from exchange_desktop import APP_ID, APP_NAME, __version__
from exchange_desktop.domain.errors import DomainError
from exchange_desktop.logging_setup import configure_logging
from exchange_desktop.paths import data_dir, default_database_path
from exchange_desktop.storage.database import open_database
from exchange_desktop.translation import describe_error
from exchange_desktop.ui.icons import app_icon

log = logging.getLogger(__name__)


def app_settings() -> QSettings:
    """Settings in an .ini file in the data folder: one place, easy to back up or reset."""
    return QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)


def install_translators(app: QApplication, language: str = "it") -> None:
    """Qt's own dialogs (Yes/No, file pickers) speak the program's language."""
    QLocale.setDefault(QLocale(language))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in ("qtbase",):
        translator = QTranslator(app)
        if translator.load(f"{name}_{language}", qt_dir):
            app.installTranslator(translator)


def install_excepthook(log_file: Path | None) -> None:
    """No traceback reaches the clerk: log it, show a plain dialog, keep the program running."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, error, tb)))
        where = (
            QApplication.translate("Errors", "I dettagli sono nel file {path}.").format(
                path=log_file
            )
            if log_file
            else ""
        )
        QMessageBox.critical(
            QApplication.activeWindow(),
            QApplication.translate("Errors", "Errore imprevisto"),
            QApplication.translate(
                "Errors",
                "Si è verificato un errore imprevisto: {error}\n\nLe modifiche già salvate "
                "non sono perse. {where}",
            ).format(error=error, where=where),
        )

    sys.excepthook = hook


def run_gui(db_path: Path | None) -> int:
    """Open the main window on ``db_path`` (or the default database) and run until closed."""
    from exchange_desktop.ui.main_window import MainWindow

    log_file = configure_logging()
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_ID)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    install_translators(app)
    install_excepthook(log_file)
    path = db_path or default_database_path()
    try:
        db = open_database(path)
    except DomainError as error:
        QMessageBox.critical(
            None,
            QApplication.translate("Errors", "Database non utilizzabile"),
            describe_error(error),
        )
        return 1
    window = MainWindow(db, app_settings())
    window.show()
    QTimer.singleShot(0, window.offer_sample_if_empty)
    try:
        return app.exec()
    finally:
        db.close()
