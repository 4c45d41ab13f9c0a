"""Asking the official for the key to sign with: the PKCS#12 file, then its password.

The password goes from the dialog straight to :func:`load_signer` and is not kept — not in
the settings, not on the object; only the file's path is remembered, to propose it next time.
A smart-card (PKCS#11) provider would be offered here as a second choice.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QWidget

from exchange_desktop.domain.errors import DomainError
from exchange_desktop.ui.widgets.dialogs import show_error

if TYPE_CHECKING:
    from pyhanko.sign.signers import Signer

SETTINGS_P12 = "signing/p12_path"


def ask_signer(parent: QWidget, settings: QSettings) -> Signer | None:
    """The signer from the .p12/.pfx file and password the official gives; None when they
    cancel or the file cannot be used (the reason is shown)."""
    proposed = str(settings.value(SETTINGS_P12, "")) or str(Path.home())
    chosen, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("SigningDialogs", "Certificato di firma digitale"),
        proposed,
        QCoreApplication.translate(
            "SigningDialogs", "Certificati PKCS#12 (*.p12 *.pfx);;Tutti i file (*)"
        ),
    )
    if not chosen:
        return None
    password, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("SigningDialogs", "Password del certificato"),
        QCoreApplication.translate("SigningDialogs", "Password del file {name}:").format(
            name=Path(chosen).name
        ),
        QLineEdit.EchoMode.Password,
    )
    if not ok:
        return None
    from exchange_desktop.exports.pdf_signing import load_signer

    try:
        signer = load_signer(chosen, password.encode("utf-8"))
    except DomainError as error:
        show_error(
            parent,
            error,
            QCoreApplication.translate("SigningDialogs", "Firma digitale non possibile"),
        )
        return None
    settings.setValue(SETTINGS_P12, chosen)
    return signer
