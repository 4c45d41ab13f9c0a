"""File → Connetti a un database condiviso: where the shared database is, as the IT office
gives it, and the password (which is never written in the settings).

The certificate of the IT office's authority (libpq's ``sslrootcert``) has a field of its
own; every other parameter of the URL the program was given (``options``, ``sslcert``,
``target_session_attrs`` …) is shown, read-only, and kept as it was.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
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

#: Starts trying the connection (address, password, remember); calls back with True when
#: it worked and the dialog may close, False when it stays open to be corrected.
Attempt = Callable[[ServerAddress, str, bool, Callable[[bool], None]], None]


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
        self._make_tls_fields()
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
        self._add_tls_rows(form)
        self._form = form
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
        self._show_extra(())
        if address is not None:
            self.show_address(address)

    def _make_tls_fields(self) -> None:
        """The encryption's choice, the CA file and the URL's other parameters."""
        self.ssl_combo = QComboBox(self)
        self.ssl_combo.setObjectName("serverSslCombo")
        ssl_texts = {
            "verify-full": self.tr("Obbligatoria, con verifica del certificato (verify-full)"),
            "verify-ca": self.tr("Obbligatoria, verifica solo dell'autorità (verify-ca)"),
            "require": self.tr("Obbligatoria, senza verifica (require)"),
            "prefer": self.tr("Se il server la offre (prefer)"),
            "allow": self.tr("Solo se il server la chiede (allow)"),
            "disable": self.tr("Nessuna (disable)"),
        }
        for mode in SSL_MODES:
            self.ssl_combo.addItem(ssl_texts[mode], mode)
        self.ca_edit = self._line(
            "serverCaEdit", self.tr("ad esempio: C:\\Comune\\certificati\\ca.crt")
        )
        self.ca_button = QPushButton(self.tr("Sfogl&ia…"), self)
        self.ca_button.setObjectName("serverCaBrowseButton")
        self.ca_button.setAccessibleName(self.tr("Scegli il file del certificato CA"))
        self.ca_button.clicked.connect(self._choose_ca_file)
        self.extra_label = QLabel(self)
        self.extra_label.setObjectName("serverOtherParameters")
        self.extra_label.setWordWrap(True)
        self.extra_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.extra_label.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._extra: tuple[tuple[str, str], ...] = ()

    def _add_tls_rows(self, form: QFormLayout) -> None:
        form.addRow(self.tr("Connessione ci&frata"), self.ssl_combo)
        ca_row = QWidget(self)
        ca_layout = QHBoxLayout(ca_row)
        ca_layout.setContentsMargins(0, 0, 0, 0)
        ca_layout.addWidget(self.ca_edit, 1)
        ca_layout.addWidget(self.ca_button)
        ca_label = QLabel(self.tr("Certificato C&A"), self)
        ca_label.setBuddy(self.ca_edit)
        self.ca_edit.setAccessibleName(self.tr("Certificato CA"))
        form.addRow(ca_label, ca_row)
        self.extra_caption = QLabel(self.tr("Altri parametri"), self)
        self.extra_caption.setBuddy(self.extra_label)
        self.extra_label.setAccessibleName(self.tr("Altri parametri"))
        form.addRow(self.extra_caption, self.extra_label)

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
        self.ca_edit.setText(address.sslrootcert)
        self._show_extra(address.extra)

    def _show_extra(self, extra: tuple[tuple[str, str], ...]) -> None:
        """The URL's parameters without a field: listed, kept, never dropped."""
        self._extra = extra
        self.extra_label.setText("\n".join(f"{name}={value}" for name, value in extra))
        self._form.setRowVisible(self.extra_label, bool(extra))

    def _choose_ca_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Certificato CA del server"),
            self.ca_edit.text(),
            self.tr("Certificati (*.crt *.pem *.cer);;Tutti i file (*)"),
        )
        if chosen:
            self.ca_edit.setText(chosen)

    def address(self) -> ServerAddress:
        return ServerAddress(
            host=self.host_edit.text().strip(),
            database=self.database_edit.text().strip(),
            username=self.user_edit.text().strip(),
            port=self.port_spin.value(),
            sslmode=str(self.ssl_combo.currentData()),
            sslrootcert=self.ca_edit.text().strip(),
            extra=self._extra,
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
        if not self.check():
            return
        self.connect_button.setEnabled(False)  # one try at a time
        self._attempt(self.address(), self.password(), self.remember(), self._tried)

    def _tried(self, connected: bool) -> None:
        self.connect_button.setEnabled(True)
        if connected:
            super().accept()
