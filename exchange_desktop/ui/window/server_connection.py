"""File → Connetti a un database condiviso / Usa il database di questo computer.

Either way the program starts again on the chosen database: every tab, export and backup
is built on one database, so a fresh start is simpler and safer than swapping it under
them.  The settings keep the server's URL without its password; the password, if the clerk
wants it remembered, goes to the credential store.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QProcess, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from exchange_desktop import APP_NAME
from exchange_desktop.domain.errors import DomainError
from exchange_desktop.storage.database import Database, open_database
from exchange_desktop.storage.postgres.address import ServerAddress, parse_address
from exchange_desktop.storage.postgres.credentials import forget_password, store_password
from exchange_desktop.ui.widgets.background import BackgroundTasks
from exchange_desktop.ui.widgets.dialogs import confirm, literal, show_error
from exchange_desktop.ui.window.remembered_database import SETTINGS_SERVER, local_location
from exchange_desktop.ui.window.server_dialog import ServerDialog

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from sqlalchemy import URL


def restart_arguments(argv: Sequence[str], *, frozen: bool) -> list[str]:
    """The arguments to start this program again with, without ``--db``: the new start
    follows the settings.  A frozen program is ``sys.executable`` itself; otherwise the
    interpreter runs ``argv[0]`` again (main.py, the module's file, the script)."""
    head = [] if frozen else list(argv[:1])
    kept: list[str] = []
    rest = iter(argv[1:])
    for arg in rest:
        if arg == "--db":
            next(rest, None)  # and its value
        elif not arg.startswith("--db="):
            kept.append(arg)
    return head + kept


def start_program(program: str, arguments: list[str]) -> bool:
    """Start ``program`` apart from this one (tests replace this)."""
    started, _pid = QProcess.startDetached(program, arguments)
    return bool(started)


def restart(window: QWidget) -> bool:
    """Close ``window`` (it saves what is pending, or the clerk keeps it open) and start the
    program again; False when the window stays."""
    if not window.close():
        return False
    program = sys.executable
    arguments = restart_arguments(sys.argv, frozen=bool(getattr(sys, "frozen", False)))
    if not start_program(program, arguments):
        log.error("could not start %s %s again", program, arguments)
        QMessageBox.warning(
            None,
            APP_NAME,
            QCoreApplication.translate(
                "ServerConnection",
                "Il programma non si è riavviato da solo: aprire di nuovo Exchange Desktop.",
            ),
        )
    return True


def _keep_password(url: URL, password: str, remember: bool) -> str:
    """Remember (or forget) the password; what to tell the clerk about it, if anything."""
    if remember and password and not store_password(url, password):
        return QCoreApplication.translate(
            "ServerConnection",
            "La password non è stata ricordata (su questo computer manca Gestione "
            "credenziali): sarà chiesta di nuovo al prossimo avvio.",
        )
    if not remember:
        forget_password(url)
        if password:
            return QCoreApplication.translate(
                "ServerConnection",
                "La password non è ricordata: sarà chiesta di nuovo al prossimo avvio.",
            )
    return ""


def _open_in_background(
    parent: QWidget,
    address: ServerAddress,
    password: str,
    on_opened: Callable[[Database], object],
    on_refused: Callable[[], object],
) -> None:
    """Connect off the GUI thread; a refusal is explained to the clerk, then ``on_refused``."""
    location = address.url(password).render_as_string(hide_password=False)

    def refused(error: Exception) -> None:
        if not isinstance(error, DomainError):
            raise error  # a bug: the program's handler logs it and apologises
        show_error(
            parent,
            error,
            QCoreApplication.translate("ServerConnection", "Connessione non riuscita"),
        )
        on_refused()

    BackgroundTasks.of(parent).start(
        QCoreApplication.translate("ServerConnection", "Connessione al server…"),
        lambda _progress: open_database(location),
        on_opened,
        refused,
    )


def reconnect(location: str, settings: QSettings) -> Database | None:
    """At start, when the server could not be opened: the dialog, filled in, to try again
    (with the password, say); None when the clerk gives up."""
    opened_databases: list[Database] = []
    dialog: ServerDialog

    def attempt(
        address: ServerAddress, password: str, remember: bool, done: Callable[[bool], None]
    ) -> None:
        def opened(db: Database) -> None:
            _keep_password(address.url(password), password, remember)
            if settings.value(SETTINGS_SERVER):  # (not when the server came with --db)
                settings.setValue(SETTINGS_SERVER, address.location)
                settings.sync()
            opened_databases.append(db)
            done(True)

        _open_in_background(dialog, address, password, opened, lambda: done(False))

    dialog = ServerDialog(parse_address(location), attempt)
    dialog.exec()
    dialog.deleteLater()
    return opened_databases[0] if opened_databases else None


class ServerConnection(QObject):
    """The two actions and their flows; the window puts them in its File menu."""

    def __init__(
        self,
        db: Database,
        settings: QSettings,
        parent: QWidget,
        restart_with: Callable[[QWidget], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._settings = settings
        self._window = parent
        self._restart = restart_with or restart
        self._dialog: ServerDialog | None = None
        self._connected: tuple[ServerAddress, str] | None = None
        self.connect_action = self._make_action(
            "connectServerAction",
            self.tr("Connetti a un database condi&viso…"),
            self.connect_to_server,
        )
        self.local_action = self._make_action(
            "useLocalDatabaseAction",
            self.tr("Usa il database di &questo computer"),
            self.use_local_database,
        )
        self.local_action.setEnabled(db.shared)

    @property
    def actions(self) -> list[QAction]:
        return [self.connect_action, self.local_action]

    def _make_action(self, name: str, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def connected(self) -> tuple[ServerAddress, str] | None:
        """The server the dialog connected to, and the note about its password."""
        return self._connected

    def make_dialog(self) -> ServerDialog:
        """The dialog, filled in with the server chosen last (or the one in use)."""
        known = str(self._settings.value(SETTINGS_SERVER, "") or "")
        if not known and self._db.shared:
            known = self._db.location
        self._dialog = ServerDialog(parse_address(known), self._attempt, self._window)
        return self._dialog

    def connect_to_server(self) -> bool:
        """The dialog; once connected, the settings name the server and the program restarts."""
        self._connected = None
        dialog = self.make_dialog()
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        connected = self.connected()  # set by _attempt while the dialog was open
        if not accepted or connected is None:
            return False
        address, note = connected
        QMessageBox.information(
            self._window,
            self.tr("Database condiviso"),
            literal(
                self.tr(
                    "Connessione riuscita a {label}.\n\nExchange Desktop si riavvia e da ora "
                    "lavora sul database condiviso."
                ).format(label=address.label)
                + (f"\n\n{note}" if note else "")
            ),
        )
        return self._restart_or_say_later()

    def _attempt(
        self, address: ServerAddress, password: str, remember: bool, done: Callable[[bool], None]
    ) -> None:
        """Connect (off the GUI thread), then remember the server and the password."""

        def opened(db: Database) -> None:
            db.close()
            note = _keep_password(address.url(password), password, remember)
            self._settings.setValue(SETTINGS_SERVER, address.location)
            self._settings.sync()
            self._connected = (address, note)
            done(True)

        _open_in_background(
            self._dialog or self._window, address, password, opened, lambda: done(False)
        )

    def use_local_database(self) -> bool:
        """Back to this computer's file, after a confirm: the settings forget the server."""
        if not confirm(
            self._window,
            self.tr("Usa il database di questo computer"),
            self.tr(
                "Lavorare sul database di questo computer ({path}) invece che su quello "
                "condiviso? I dati del database condiviso restano sul server.\n\n"
                "Exchange Desktop si riavvia."
            ).format(path=local_location(self._settings)),
        ):
            return False
        self._settings.remove(SETTINGS_SERVER)
        self._settings.sync()
        return self._restart_or_say_later()

    def _restart_or_say_later(self) -> bool:
        if self._restart(self._window):
            return True
        QMessageBox.information(
            self._window,
            self.tr("Riavvio rimandato"),
            self.tr("Il database scelto sarà usato al prossimo avvio di Exchange Desktop."),
        )
        return False
