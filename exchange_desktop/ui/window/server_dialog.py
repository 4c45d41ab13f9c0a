"""File → Connetti a un database condiviso: where the shared database is, as the IT office
gives it, and the password (which is never written in the settings)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from exchange_desktop.storage.postgres.address import (
    DEFAULT_PORT,
    SSL_MODES,
    ServerAddress,
    is_plain_name,
)
from exchange_desktop.ui.widgets.form_builder import error_style, invalid_field_style
from exchange_desktop.ui.widgets.screen_fit import FittedDialog

#: Tries the connection; True when it worked and the dialog may close.
Attempt = Callable[[ServerAddress, str, bool], bool]


class ServerDialog(FittedDialog):
    """The fields of the address; **Connetti** checks them, then ``attempt`` connects.

    The dialog stays open, with what was typed, while a field is wrong or the connection
    fails.
    """

    def __init__(
        self,
        address: ServerAddress | None,
        attempt: Attempt,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("serverDialog")
        self.setWindowTitle(self.tr("Connetti a un database condiviso"))
        self.setMinimumWidth(480)
        self.setStyleSheet(invalid_field_style())
        self._attempt = attempt
        intro = QLabel(
            self.tr(
                "Il database condiviso tra più uffici è preparato dall'ufficio informatico, "
                "che fornisce i dati da inserire qui. La password non viene mai scritta nelle "
                "impostazioni del programma."
            ),
            self,
        )
        intro.setObjectName("serverIntro")
        intro.setWordWrap(True)

        self.host_edit = self._line("serverHostEdit", self.tr("ad esempio: db.comune.example.it"))
        self.port_spin = QSpinBox(self)
        self.port_spin.setObjectName("serverPortSpin")
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(DEFAULT_PORT)
        self.port_spin.setMaximumWidth(120)
        self.database_edit = self._line("serverDatabaseEdit", self.tr("ad esempio: scambi"))
        self.user_edit = self._line("serverUserEdit", "")
        self.password_edit = self._line("serverPasswordEdit", "")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.ssl_combo = QComboBox(self)
        self.ssl_combo.setObjectName("serverSslCombo")
        ssl_texts = {
            "prefer": self.tr("Se il server la offre (prefer)"),
            "require": self.tr("Obbligatoria (require)"),
            "verify-full": self.tr("Obbligatoria, con verifica del certificato (verify-full)"),
            "disable": self.tr("Nessuna (disable)"),
        }
        for mode in SSL_MODES:
            self.ssl_combo.addItem(ssl_texts[mode], mode)
        self.remember_check = QCheckBox(
            self.tr("&Ricorda la password in Gestione credenziali di Windows"), self
        )
        self.remember_check.setObjectName("rememberPasswordCheck")
        self.remember_check.setChecked(True)

        self.errors: dict[QLineEdit, QLabel] = {}
        form = QFormLayout()
        form.addRow(self.tr("&Server"), self._with_error(self.host_edit, "serverHostError"))
        form.addRow(self.tr("P&orta"), self.port_spin)
        form.addRow(
            self.tr("&Database"), self._with_error(self.database_edit, "serverDatabaseError")
        )
        form.addRow(self.tr("&Utente"), self._with_error(self.user_edit, "serverUserError"))
        form.addRow(self.tr("&Password"), self.password_edit)
        form.addRow(self.tr("Connessione ci&frata"), self.ssl_combo)
        form.addRow("", self.remember_check)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.connect_button = buttons.addButton(
            self.tr("&Connetti"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.connect_button.setObjectName("serverConnectButton")
        self.connect_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(buttons)
        if address is not None:
            self.show_address(address)

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    def _with_error(self, edit: QLineEdit, name: str) -> QWidget:
        """The field with its message underneath, hidden while the field is right."""
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        error = QLabel(holder)
        error.setObjectName(name)
        error.setStyleSheet(error_style())
        error.setWordWrap(True)
        error.hide()
        column.addWidget(edit)
        column.addWidget(error)
        self.errors[edit] = error
        edit.textEdited.connect(lambda _text: self._mark(edit, None))
        return holder

    def show_address(self, address: ServerAddress) -> None:
        self.host_edit.setText(address.host)
        self.port_spin.setValue(address.port)
        self.database_edit.setText(address.database)
        self.user_edit.setText(address.username)
        index = self.ssl_combo.findData(address.sslmode)
        self.ssl_combo.setCurrentIndex(max(index, 0))

    def address(self) -> ServerAddress:
        return ServerAddress(
            host=self.host_edit.text().strip(),
            database=self.database_edit.text().strip(),
            username=self.user_edit.text().strip(),
            port=self.port_spin.value(),
            sslmode=str(self.ssl_combo.currentData()),
        )

    def password(self) -> str:
        return self.password_edit.text()

    def remember(self) -> bool:
        return self.remember_check.isChecked()

    def _mark(self, edit: QLineEdit, message: str | None) -> None:
        error = self.errors[edit]
        error.setText(message or "")
        error.setVisible(message is not None)
        edit.setProperty("invalid", message is not None)
        edit.style().unpolish(edit)
        edit.style().polish(edit)

    def check(self) -> bool:
        """Mark every wrong field with what is wrong; True when all are right."""
        missing = {
            self.host_edit: self.tr("Indicare il server (il nome o l'indirizzo del computer)."),
            self.database_edit: self.tr("Indicare il nome del database."),
            self.user_edit: self.tr("Indicare l'utente."),
        }
        wrong = {
            self.host_edit: self.tr("Il server non può contenere spazi né caratteri invisibili."),
            self.database_edit: self.tr(
                "Il database non può contenere spazi né caratteri invisibili."
            ),
            self.user_edit: self.tr("L'utente non può contenere spazi né caratteri invisibili."),
        }
        first: QLineEdit | None = None
        for edit, empty_text in missing.items():
            text = edit.text().strip()
            message = empty_text if not text else None if is_plain_name(text) else wrong[edit]
            self._mark(edit, message)
            if message is not None and first is None:
                first = edit
        if first is not None:
            first.setFocus()
            return False
        return True

    def accept(self) -> None:
        if self.check() and self._attempt(self.address(), self.password(), self.remember()):
            super().accept()
