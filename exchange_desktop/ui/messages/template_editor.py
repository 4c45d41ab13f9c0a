"""The text of one kind of message, for one practice: subject, body, the placeholders it may
use, and the defaults in Italian and English.  Saved through the templates service."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from exchange_desktop.domain.errors import DomainError
from exchange_desktop.domain.message_texts import default_template
from exchange_desktop.domain.messages import PLACEHOLDERS, MessageKind, Template
from exchange_desktop.services.messaging.templates import save_template, template_for
from exchange_desktop.storage.database import Database
from exchange_desktop.translation import translate
from exchange_desktop.ui.widgets.dialogs import show_error


class TemplateEditor(QWidget):
    """``changed`` whenever the clerk types, so the preview follows."""

    changed = Signal()

    def __init__(self, db: Database, practice_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageTemplateEditor")
        self.db = db
        self.practice_id = practice_id
        self.kind = MessageKind.CONFIRMATION
        self._saved = Template(self.kind, "", "")
        self.subject = QLineEdit(self)
        self.subject.setObjectName("messageSubjectEdit")
        self.body = QPlainTextEdit(self)
        self.body.setObjectName("messageBodyEdit")
        self.body.setTabChangesFocus(True)
        self.body.setMinimumHeight(150)
        self.subject.textChanged.connect(self.changed)
        self.body.textChanged.connect(self.changed)
        form = QFormLayout()
        form.addRow(self.tr("&Oggetto"), self.subject)
        form.addRow(self.tr("&Testo"), self.body)
        self.placeholders = QLabel(self)
        self.placeholders.setObjectName("messagePlaceholders")
        self.placeholders.setWordWrap(True)
        self.placeholders.setText(
            self.tr("Segnaposto: {names}").format(
                names=" ".join("{" + name + "}" for name in PLACEHOLDERS)
            )
        )
        self.placeholders.setToolTip(
            "\n".join(
                "{" + name + "}: " + translate("Messages", text)
                for name, text in PLACEHOLDERS.items()
            )
        )
        self.save_button = QPushButton(self.tr("&Salva il testo"), self)
        self.save_button.setObjectName("saveTemplateButton")
        self.save_button.clicked.connect(self.save)
        italian = QPushButton(self.tr("Testo predefinito (ita&liano)"), self)
        italian.setObjectName("italianTemplateButton")
        italian.clicked.connect(lambda: self._load(default_template(self.kind, "it")))
        english = QPushButton(self.tr("Testo predefinito (i&nglese)"), self)
        english.setObjectName("englishTemplateButton")
        english.clicked.connect(lambda: self._load(default_template(self.kind, "en")))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(italian)
        buttons.addWidget(english)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form, 1)
        layout.addWidget(self.placeholders)
        layout.addLayout(buttons)

    def show_kind(self, kind: MessageKind) -> None:
        """Load the practice's text of ``kind`` (its own, or the default)."""
        self.kind = kind
        self._saved = template_for(self.db, self.practice_id, kind)
        self._load(self._saved)

    def _load(self, template: Template) -> None:
        self.subject.setText(template.subject)
        self.body.setPlainText(template.body)

    def template(self) -> Template:
        return Template(self.kind, self.subject.text(), self.body.toPlainText())

    @property
    def modified(self) -> bool:
        current = self.template()
        return (current.subject, current.body) != (self._saved.subject, self._saved.body)

    def save(self) -> bool:
        """Keep the text for the practice; False (with the reason shown) when refused."""
        try:
            self._saved = save_template(self.db, self.practice_id, self.template())
        except DomainError as error:
            show_error(self, error)
            return False
        return True
