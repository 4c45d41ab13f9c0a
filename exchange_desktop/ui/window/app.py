"""Start the GUI: the application object, translations, error handling, the database."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from exchange_desktop import APP_ID, APP_NAME, __version__
from exchange_desktop import language as interface_language
from exchange_desktop.domain.errors import DomainError
from exchange_desktop.logging_setup import configure_logging
from exchange_desktop.ui.widgets.background import BackgroundTasks
from exchange_desktop.ui.widgets.first_paint import when_painted
from exchange_desktop.ui.widgets.icons import app_icon
from exchange_desktop.ui.window.main_window import MainWindow

if TYPE_CHECKING:
    from exchange_desktop.storage.database import Database
    from exchange_desktop.storage.sqlite.instance_marker import InstanceMarker

log = logging.getLogger(__name__)


def app_settings() -> QSettings:
    """Settings in an .ini file in the data folder: one place, easy to back up or reset."""
    return interface_language.settings()


def install_translators(app: QApplication, language: str | None = None) -> None:
    """The window and Qt's own dialogs (Yes/No, file pickers) speak the chosen language."""
    del app  # the translators go to the application instance, which exists by now
    interface_language.install_translators(language or interface_language.chosen_language())


def install_excepthook(log_file: Path | None = None) -> None:
    """No traceback reaches the clerk: log it, show a plain dialog, keep the program running.

    Without ``log_file`` the hook asks :func:`configure_logging` at the time of the error:
    the start opens the log file only after the window is painted.
    """

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        from exchange_desktop.ui.widgets.dialogs import show_error  # not needed to paint the window

        if isinstance(error, DomainError):
            # A known condition (the database busy in another window, a full disk) that a
            # handler did not catch: say it as any other message, not as a failure of ours.
            log.warning("not handled where it happened: %s", error)
            show_error(QApplication.activeWindow(), error)
            return
        where_logged = log_file or configure_logging()
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, error, tb)))
        where = (
            QApplication.translate("Errors", "I dettagli sono nel file {path}.").format(
                path=where_logged
            )
            if where_logged
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
    # An error in another thread is handed to the GUI thread, which alone may show a dialog:
    # the forwarder lives there (a child of the application), so its signal is queued.
    forwarder = _ThreadErrors(QApplication.instance())
    forwarder.raised.connect(hook)
    threading.excepthook = forwarder.forward


class _ThreadErrors(QObject):
    raised = Signal(object, object, object)

    def forward(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is not SystemExit:
            self.raised.emit(args.exc_type, args.exc_value, args.exc_traceback)


def run_gui(location: str | Path | None) -> int:
    """Open the main window on ``location`` (a file or a server; else the usual one) and run
    until closed.

    The window's frame is shown first; on the event loop's first turn, once it is painted,
    the database is opened (SQLAlchemy is imported then), the tabs are built and filled.
    """
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_ID)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    install_translators(app)
    install_excepthook()
    settings = app_settings()
    window = MainWindow(None, settings)
    window.show()
    opened = _Opened()
    when_painted(window, lambda: _attach_database(window, location, settings, opened))
    try:
        return app.exec()
    finally:
        _tear_down(window, opened, app if existing is not app else None)


def _tear_down(window: MainWindow, opened: _Opened, own_app: QApplication | None) -> None:
    """Everything the start made, undone in one order: never left to the garbage collector.

    The copy finishes, the marker goes, the window (with its tabs, models and actions) is
    deleted while the database and the application are still there, then the database is
    closed, and last the application, which the start made (a test's stays).  Left to the
    interpreter's exit, the window would be deleted in whatever order Python drops its
    modules, after the application or with Qt deleting objects Python still holds.
    """
    BackgroundTasks.wait_all(window)  # a copy, an export, an import: never left half-made
    if opened.marker is not None:
        opened.marker.release()
    window.hide()
    # Deletions asked for during the run (placeholders, dialogs, timers' helpers), then
    # the window itself, at once: its children go with it, on the C++ side first.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    if shiboken6.isValid(window):
        shiboken6.delete(window)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    if opened.db is not None:
        opened.db.close()
    if own_app is not None and hasattr(own_app, "shutdown"):  # PySide6 6.5 and later
        own_app.shutdown()


class _Opened:
    """What :func:`_attach_database` opened, for :func:`run_gui` to release at the end."""

    db: Database | None = None
    marker: InstanceMarker | None = None

    def start_daily_backup(
        self, window: MainWindow, make: Callable[[Database], object], db: Database
    ) -> None:
        """The day's copy on a queue of its own, silently: a large file or a share may
        take seconds, and the copy uses its own SQLite connections, so neither the window
        nor the clerk's first export need wait for it.  ``make`` logs its own failures."""

        def bug(error: Exception) -> None:
            raise error  # the program's handler logs it and apologises

        BackgroundTasks(window, name="dailyBackup").start(
            "", lambda _progress: make(db), lambda _result: None, bug, quiet=True
        )


def _attach_database(
    window: MainWindow, location: str | Path | None, settings: QSettings, opened: _Opened
) -> None:
    """The second phase of the start: the database (with its damaged-file dialog), the tabs
    and the data, the warning about another program, then the day's backup."""
    from exchange_desktop.ui.window.instance_warning import watch_instance
    from exchange_desktop.ui.window.remembered_database import startup_location
    from exchange_desktop.ui.window.startup import make_daily_backup, open_startup_database

    configure_logging()  # its module brings sockets and pickle: not needed to paint
    try:
        where = startup_location(location, settings)
        db = open_startup_database(where, settings, remember=location is None)
        if db is None:
            QApplication.exit(1)
            return
        opened.db = db
        window.attach(db, others_later=True)
        marker = db.instance_marker()  # none on a server: it tells its clerks apart itself
        if marker is not None:
            opened.marker = watch_instance(window, marker, db.label)
    except Exception:  # (e.g. the file busy in another program): never a half-built window
        sys.excepthook(*sys.exc_info())  # the message, or the apology naming the log
        window.hide()
        QApplication.exit(1)
        return
    QTimer.singleShot(0, window.offer_sample_if_empty)
    # Once the data is on screen: the copy of a large file must not delay it.
    when_painted(window, lambda: opened.start_daily_backup(window, make_daily_backup, db))
