"""File → Connetti a un database condiviso / Usa il database di questo computer."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import keyring.backend
import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlalchemy import make_url
from ui_helpers import action, child, make_window, run_action

from exchange_desktop.storage.database import Database, open_database
from exchange_desktop.storage.postgres.address import ServerAddress
from exchange_desktop.storage.postgres.credentials import SERVICE, credential_name
from exchange_desktop.ui.widgets.background import BackgroundTasks
from exchange_desktop.ui.window import server_connection
from exchange_desktop.ui.window.remembered_database import SETTINGS_SERVER
from exchange_desktop.ui.window.server_connection import restart_arguments
from exchange_desktop.ui.window.server_dialog import ServerDialog

PASSWORD = "p@ss:w/o&rd è 🔑"


class MemoryKeyring(keyring.backend.KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self, fails: bool = False) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}
        self.fails = fails

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.fails:
            raise keyring.errors.PasswordSetError("no store here")
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(before)


@pytest.fixture
def window(qtbot, db: Database, tmp_path: Path):
    return make_window(qtbot, db, tmp_path / "settings.ini")


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, list[str]]]:
    """The program's new start, recorded instead of done."""
    calls: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(
        server_connection, "start_program", lambda program, args: not calls.append((program, args))
    )
    monkeypatch.setattr(sys, "argv", ["main.py", "--db", "altro.sqlite", "--db=terzo.sqlite"])
    return calls


def drive_dialog(
    monkeypatch: pytest.MonkeyPatch, fill: Callable[[ServerDialog], None]
) -> list[ServerDialog]:
    """ServerDialog.exec fills the fields as the clerk would and presses Connetti."""
    shown: list[ServerDialog] = []

    def exec_(dialog: ServerDialog) -> int:
        shown.append(dialog)
        fill(dialog)
        dialog.connect_button.click()
        tasks = BackgroundTasks.of(dialog)  # the connection is tried off the GUI thread
        deadline = time.monotonic() + 30
        while tasks.busy and time.monotonic() < deadline:
            QCoreApplication.processEvents()
            time.sleep(0.005)
        return dialog.result()

    monkeypatch.setattr(ServerDialog, "exec", exec_)
    return shown


def socket_fields(url: str) -> Callable[[ServerDialog], None]:
    parsed = make_url(url)

    def fill(dialog: ServerDialog) -> None:
        dialog.host_edit.setText(str(parsed.query["host"]))
        dialog.database_edit.setText(str(parsed.database))
        dialog.user_edit.setText(str(parsed.username))
        dialog.password_edit.setText(PASSWORD)

    return fill


def test_the_dialog_shows_its_fields_with_the_defaults(qtbot) -> None:
    dialog = ServerDialog(None, lambda *args: args[3](True))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Connetti a un database condiviso"
    assert "ufficio informatico" in child(dialog, "serverIntro").text()
    assert dialog.port_spin.value() == 5432
    assert (dialog.port_spin.minimum(), dialog.port_spin.maximum()) == (1, 65535)
    assert dialog.password_edit.echoMode() == dialog.password_edit.EchoMode.Password
    combo = dialog.ssl_combo
    assert [combo.itemData(i) for i in range(combo.count())] == [
        "verify-full",
        "verify-ca",
        "require",
        "prefer",
        "allow",
        "disable",
    ]
    assert combo.currentText() == "Obbligatoria, con verifica del certificato (verify-full)"
    assert dialog.ca_edit.text() == "" and dialog.ca_edit.accessibleName() == "Certificato CA"
    assert not dialog.extra_label.isVisibleTo(dialog)  # no other parameters: no row
    assert dialog.remember_check.isChecked()
    assert dialog.remember_check.text() == (
        "&Ricorda la password in Gestione credenziali di Windows"
    )


def test_every_parameter_of_the_url_is_kept_and_shown(qtbot) -> None:
    """Started with an IT office's URL: the CA file in its field, the others listed, and
    the URL the dialog gives back has them all."""
    from exchange_desktop.storage.postgres.address import parse_address

    given = (
        "postgresql://ufficio@db.example.it:5432/scambi?sslmode=verify-full"
        "&sslrootcert=C:%5CComune%5Cca.crt&options=-csearch_path%3Dexchange"
        "&target_session_attrs=read-write"
    )
    dialog = ServerDialog(parse_address(given), lambda *_a: True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ca_edit.text() == "C:\\Comune\\ca.crt"
    shown = dialog.extra_label.text()
    assert "options=-csearch_path=exchange" in shown and "target_session_attrs=read-write" in shown
    assert dialog.extra_label.isVisible()
    assert dict(make_url(dialog.address().location).query) == dict(make_url(given).query)
    dialog.ca_edit.setText("D:/nuovo/ca.pem")
    assert dialog.address().url().query["sslrootcert"] == "D:/nuovo/ca.pem"
    assert dialog.address().schema == "exchange"


def test_the_dialog_is_filled_in_from_the_address(qtbot) -> None:
    address = ServerAddress("db.example.it", "scambi", "ufficio", 6543, "verify-full")
    dialog = ServerDialog(address, lambda *args: args[3](True))
    qtbot.addWidget(dialog)
    assert dialog.host_edit.text() == "db.example.it"
    assert dialog.port_spin.value() == 6543
    assert dialog.database_edit.text() == "scambi"
    assert dialog.user_edit.text() == "ufficio"
    assert dialog.password_edit.text() == ""
    assert dialog.ssl_combo.currentData() == "verify-full"
    assert dialog.address() == address


def test_empty_or_spaced_fields_are_marked_and_the_dialog_stays(qtbot) -> None:
    tried: list[object] = []
    dialog = ServerDialog(None, lambda *args: (tried.append(args[:3]), args[3](True)))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.user_edit.setText("mario rossi")
    dialog.database_edit.setText("scambi\x07")
    dialog.connect_button.click()
    assert tried == []
    assert dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    host_error = child(dialog, "serverHostError")
    assert host_error.isVisible()
    assert host_error.text() == "Indicare il server (il nome o l'indirizzo del computer)."
    assert child(dialog, "serverDatabaseError").text() == (
        "Il database non può contenere spazi né caratteri invisibili."
    )
    assert child(dialog, "serverUserError").text() == (
        "L'utente non può contenere spazi né caratteri invisibili."
    )
    assert dialog.host_edit.property("invalid") is True
    # Typing in a field clears its mark; a field put right lets the next try through.
    qtbot.keyClicks(dialog.host_edit, "db.example.it")
    assert not host_error.isVisible()
    dialog.database_edit.setText("scambi")
    dialog.user_edit.setText("ufficio")
    dialog.password_edit.setText(PASSWORD)
    dialog.connect_button.click()
    assert len(tried) == 1
    address, password, remember = tried[0]  # type: ignore[misc]
    assert address == ServerAddress("db.example.it", "scambi", "ufficio")
    assert password == PASSWORD
    assert remember is True
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_the_url_built_keeps_the_password_and_an_ipv6_host(qtbot) -> None:
    tried: list[tuple[ServerAddress, str, bool]] = []
    dialog = ServerDialog(None, lambda *args: (tried.append(args[:3]), args[3](True)))  # type: ignore[arg-type,func-returns-value]
    qtbot.addWidget(dialog)
    dialog.host_edit.setText("::1")
    dialog.port_spin.setValue(6000)
    dialog.database_edit.setText("scambi")
    dialog.user_edit.setText("ufficio")
    dialog.password_edit.setText(PASSWORD)
    dialog.ssl_combo.setCurrentIndex(dialog.ssl_combo.findData("require"))
    dialog.connect_button.click()
    address, password, _remember = tried[0]
    url = make_url(address.url(password).render_as_string(hide_password=False))
    assert (url.host, url.port, url.database, url.username, url.password) == (
        "::1",
        6000,
        "scambi",
        "ufficio",
        PASSWORD,
    )
    assert url.query["sslmode"] == "require"
    assert address.location == "postgresql+psycopg://ufficio@[::1]:6000/scambi?sslmode=require"


def test_connecting_saves_the_server_keeps_the_password_and_restarts(
    window,
    server_url: str,
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
    started,
    no_unanswered_dialogs: list[str],
) -> None:
    connect = action(window, "connectServerAction")
    assert connect.text() == "Connetti a un database condi&viso…"
    assert not action(window, "useLocalDatabaseAction").isEnabled()  # on a file
    shown = drive_dialog(monkeypatch, socket_fields(server_url))
    connect.trigger()
    assert len(shown) == 1
    settings: QSettings = window.server_actions._settings
    saved = str(settings.value(SETTINGS_SERVER))
    assert PASSWORD not in saved
    assert "p%40" not in saved
    url = make_url(saved)
    given = make_url(server_url)
    assert (url.username, url.database, url.query["host"], url.query["sslmode"]) == (
        "postgres",
        given.database,
        given.query["host"],
        "verify-full",  # ignored by libpq on a Unix socket, the default for a new server
    )
    reopened = open_database(saved)  # what the next start opens (trust: no password needed)
    reopened.close()
    assert memory_keyring.kept == {(SERVICE, credential_name(url)): PASSWORD}
    assert no_unanswered_dialogs == ["Database condiviso"]
    assert started == [(sys.executable, ["main.py"])]
    assert not window.isVisible()


def test_a_password_the_system_cannot_keep_is_asked_again(
    window,
    server_url: str,
    monkeypatch: pytest.MonkeyPatch,
    started,
    no_unanswered_dialogs: list[str],
) -> None:
    before = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring(fails=True))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    try:
        drive_dialog(monkeypatch, socket_fields(server_url))
        assert window.server_actions.connect_to_server()
    finally:
        keyring.set_keyring(before)
    assert "sarà chiesta di nuovo al prossimo avvio" in told[0]
    assert len(started) == 1


def test_a_failing_connection_shows_why_and_keeps_the_dialog(
    window, monkeypatch: pytest.MonkeyPatch, started, no_unanswered_dialogs: list[str]
) -> None:
    def fill(dialog: ServerDialog) -> None:
        dialog.host_edit.setText("127.0.0.1")
        dialog.port_spin.setValue(1)
        dialog.database_edit.setText("scambi")
        dialog.user_edit.setText("ufficio")
        dialog.password_edit.setText(PASSWORD)

    shown = drive_dialog(monkeypatch, fill)
    assert not window.server_actions.connect_to_server()
    assert no_unanswered_dialogs == ["Connessione non riuscita"]
    dialog = shown[0]
    assert dialog.result() == QDialog.DialogCode.Rejected  # still open for another try
    assert dialog.host_edit.text() == "127.0.0.1"
    assert dialog.password_edit.text() == PASSWORD
    assert window.server_actions._settings.value(SETTINGS_SERVER) is None
    assert started == []
    assert window.isVisible()


def test_a_refused_close_does_not_restart(
    window,
    server_url: str,
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
    started,
    no_unanswered_dialogs: list[str],
) -> None:
    monkeypatch.setattr(window, "may_leave_edits", lambda: False)
    drive_dialog(monkeypatch, socket_fields(server_url))
    assert not window.server_actions.connect_to_server()
    assert started == []
    assert window.isVisible()
    assert no_unanswered_dialogs == ["Database condiviso", "Riavvio rimandato"]
    monkeypatch.undo()  # the window may close at teardown


def test_back_to_the_local_database_after_a_confirm(
    qtbot, server_url: str, tmp_path: Path, started, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = open_database(server_url)
    try:
        window = make_window(qtbot, db, tmp_path / "settings.ini")
        settings: QSettings = window.server_actions._settings
        settings.setValue(SETTINGS_SERVER, server_url)
        local = action(window, "useLocalDatabaseAction")
        assert local.isEnabled()
        asked: list[str] = []

        def question(_parent, title, text, *_args):
            asked.append(title)
            return QMessageBox.StandardButton.Yes

        monkeypatch.setattr(QMessageBox, "question", question)
        local.trigger()
        assert asked == ["Usa il database di questo computer"]
        assert settings.value(SETTINGS_SERVER) is None
        assert started == [(sys.executable, ["main.py"])]
    finally:
        db.close()


def test_the_dialog_opens_filled_in_with_the_server_in_use(
    qtbot, server_url: str, tmp_path: Path
) -> None:
    db = open_database(server_url)
    try:
        window = make_window(qtbot, db, tmp_path / "settings.ini")
        dialog = window.server_actions.make_dialog()
        assert dialog.database_edit.text() == make_url(server_url).database
        assert dialog.host_edit.text() == make_url(server_url).query["host"]
        assert dialog.user_edit.text() == "postgres"
        dialog.deleteLater()
    finally:
        db.close()


@pytest.mark.parametrize(
    ("argv", "frozen", "expected"),
    [
        (["main.py"], False, ["main.py"]),
        (["main.py", "--db", "x.sqlite"], False, ["main.py"]),
        (["main.py", "--db=postgresql://u@h/d"], False, ["main.py"]),
        (["C:/Programmi/Exchange Desktop.exe", "--db", "x"], True, []),
        (["C:/Programmi/Exchange Desktop.exe", "--lang=en"], True, ["--lang=en"]),
        (["main.py", "--db"], False, ["main.py"]),
    ],
)
def test_restart_arguments_drop_the_database(
    argv: list[str], frozen: bool, expected: list[str]
) -> None:
    assert restart_arguments(argv, frozen=frozen) == expected


def test_a_start_on_a_server_that_fails_offers_the_dialog_filled_in(
    qtbot,
    server_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
    no_unanswered_dialogs: list[str],
) -> None:
    from exchange_desktop.ui.window.startup import open_startup_database

    given = make_url(server_url)
    wrong = given.set(database="non_esiste").render_as_string(hide_password=False)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(SETTINGS_SERVER, wrong)
    seen: list[str] = []

    def fill(dialog: ServerDialog) -> None:
        seen.append(dialog.database_edit.text())
        dialog.database_edit.setText(str(given.database))
        dialog.password_edit.setText(PASSWORD)

    drive_dialog(monkeypatch, fill)
    db = open_startup_database(wrong, settings, remember=False)
    assert db is not None
    try:
        assert db.label.endswith(f"/{given.database} (schema public)")
    finally:
        db.close()
    assert seen == ["non_esiste"]
    assert no_unanswered_dialogs == ["Database non utilizzabile"]
    assert make_url(str(settings.value(SETTINGS_SERVER))).database == given.database
    assert list(memory_keyring.kept.values()) == [PASSWORD]


@pytest.mark.slow
def test_verify_full_through_the_dialog_with_the_ca_file(
    window,
    tls_server,
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
    started,
    no_unanswered_dialogs: list[str],
) -> None:
    """The IT office's server (TLS with its own CA, scram-sha-256): the fields as the clerk
    fills them, the CA file in its field; the settings keep it for the next start."""
    from pg_tls_server import PASSWORD as TLS_PASSWORD

    database = tls_server.fresh_database()

    def fill(dialog: ServerDialog) -> None:
        dialog.host_edit.setText("localhost")
        dialog.port_spin.setValue(tls_server.port)
        dialog.database_edit.setText(database)
        dialog.user_edit.setText("clerk")
        dialog.password_edit.setText(TLS_PASSWORD)
        dialog.ca_edit.setText(str(tls_server.ca_file))

    shown = drive_dialog(monkeypatch, fill)
    run_action(window, "connectServerAction")
    assert len(shown) == 1 and shown[0].ssl_combo.currentData() == "verify-full"
    saved = str(window.server_actions._settings.value(SETTINGS_SERVER))
    assert TLS_PASSWORD not in saved
    assert make_url(saved).query["sslrootcert"] == str(tls_server.ca_file)
    assert no_unanswered_dialogs == ["Database condiviso"]
    reopened = open_database(saved)  # the next start: the password from the credential store
    try:
        assert reopened.label == f"clerk@localhost:{tls_server.port}/{database} (schema public)"
    finally:
        reopened.close()


def test_the_status_bar_names_the_schema(qtbot, postgres_server, tmp_path: Path) -> None:
    """Two schemas are two offices' data: the window says which one it works in."""
    name = postgres_server.empty_database()
    try:
        postgres_server.execute_in(name, "CREATE SCHEMA partecipazione")
        url = postgres_server.url(name) + "&options=-csearch_path%3Dpartecipazione"
        db = open_database(url)
        try:
            window = make_window(qtbot, db, tmp_path / "settings.ini")
            assert window.db_label.text().endswith("(schema partecipazione)")
            window.close()
        finally:
            db.close()
        db = open_database(postgres_server.url(name))  # no schema chosen: public, said so
        try:
            window = make_window(qtbot, db, tmp_path / "settings.ini")
            assert window.db_label.text().endswith("(schema public)")
            window.close()
        finally:
            db.close()
    finally:
        postgres_server.drop_database(name)
