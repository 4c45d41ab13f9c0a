"""After a date changes: who must be told, with the email addresses ready to copy."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from exchange_desktop.formatting import long_date
from exchange_desktop.services.scheduling.rescheduling import PersonToInform, RescheduleResult
from exchange_desktop.ui.widgets.screen_fit import FittedDialog


def email_list(people: list[PersonToInform]) -> str:
    """Addresses separated by "; " as Outlook expects, each once, in the list's order."""
    seen: list[str] = []
    for person in people:
        address = person.email.strip()
        if address and address.casefold() not in {s.casefold() for s in seen}:
            seen.append(address)
    return "; ".join(seen)


def _line(name: str, organisation: str, email: str) -> str:
    text = f"  {name}"
    if organisation:
        text += f" ({organisation})"
    if email.strip():
        return text + f" <{email}>"
    return text + QCoreApplication.translate("PeopleToInformDialog", " — senza email")


class PeopleToInformDialog(FittedDialog):
    def __init__(self, result: RescheduleResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("peopleToInformDialog")
        self.setWindowTitle(self.tr("Data spostata: chi avvisare"))
        self.resize(620, 460)
        old = long_date(result.old_day) if result.old_day else self.tr("nessuna data confermata")
        heading = QLabel(
            self.tr("La sessione è stata spostata da {old} a {new}.").format(
                old=old, new=long_date(result.new_day)
            )
        )
        heading.setWordWrap(True)
        lines = [self.tr("Partecipanti:")]
        lines += [_line(p.name, p.organisation, p.email) for p in result.people] or [
            self.tr("  nessun iscritto")
        ]
        lines += ["", self.tr("Enti:")]
        lines += [_line(o.name, "", o.email) for o in result.organisations] or [
            self.tr("  nessun Ente")
        ]
        details = QPlainTextEdit("\n".join(lines))
        details.setObjectName("peopleToInformText")
        details.setReadOnly(True)
        self.emails = email_list([*result.people, *result.organisations])
        copy = QPushButton(self.tr("&Copia gli indirizzi email"))
        copy.setObjectName("copyEmailsButton")
        copy.setEnabled(bool(self.emails))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.emails))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(details, 1)
        layout.addWidget(copy)
        layout.addWidget(buttons)
