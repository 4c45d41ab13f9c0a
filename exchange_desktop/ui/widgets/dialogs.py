"""Message boxes used everywhere, so that every error and question looks and reads the same;
and where a save dialog opens first."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QMessageBox, QWidget

from exchange_desktop.domain.errors import DomainError
from exchange_desktop.translation import describe_error


def documents_folder() -> Path:
    """The user's Documents folder (the home folder where the system names none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def literal(text: str) -> str:
    """Text for a message box shown exactly as written: a title like "<b>" is not markup."""
    return "<p>" + html.escape(text).replace("\n", "<br>") + "</p>"


def show_error(parent: QWidget | None, error: DomainError, title: str | None = None) -> None:
    """Tell the clerk why an action could not be done."""
    QMessageBox.warning(
        parent,
        title or QCoreApplication.translate("Dialogs", "Operazione non eseguita"),
        literal(describe_error(error)),
    )


def confirm(parent: QWidget | None, title: str, text: str, *, default_yes: bool = False) -> bool:
    """Ask before something that cannot be undone; "No" is the default answer (the one
    Enter gives) unless ``default_yes`` — for an offer, not a risk, such as the sample."""
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(
        parent,
        title,
        literal(text),
        buttons.Yes | buttons.No,
        buttons.Yes if default_yes else buttons.No,
    )
    return answer == QMessageBox.StandardButton.Yes
