"""The panel that edits the selected programme item: kind, title, text, times, speakers."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from exchange_desktop.domain.enums import ItemKind
from exchange_desktop.ui.widgets.contrast import role_style
from exchange_desktop.ui.widgets.form_builder import FormBuilder


class ProgrammeItemEditor(QGroupBox):
    """Builds its fields into ``fields``; the tab's AutosaveForm saves them."""

    def __init__(self, fields: FormBuilder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Voce selezionata"))
        self.setObjectName("programmeItemEditor")
        box, form = fields.group("")
        box.setFlat(True)
        fields.add_row(
            form,
            self.tr("Tip&o"),
            "kind",
            fields.enum_combo(
                "kind",
                self.tr("Tipo"),
                ItemKind,
                [
                    (self.tr("Argomento (numerato)"), ItemKind.TOPIC),
                    (self.tr("Pausa (non numerata)"), ItemKind.BREAK),
                ],
            ),
        )
        fields.add_row(
            form, self.tr("&Titolo *"), "title", fields.one_line_text("title", self.tr("Titolo"))
        )
        fields.add_row(form, self.tr("Te&sto"), "text", fields.text("text", self.tr("Testo"), 5))
        fields.time_range(
            form,
            self.tr("Orario"),
            self.tr("dalle"),
            self.tr("alle"),
            (self.tr("Ora di inizio"), self.tr("Ora di fine")),
        )
        hint = QLabel(self.tr("Orario facoltativo, ad esempio 09:30; vuoto = senza orario."))
        hint.setObjectName("itemTimeHint")
        hint.setStyleSheet(role_style("muted"))  # a hint, not a disabled control: 4.5:1
        hint.setWordWrap(True)
        form.addRow("", hint)
        fields.add_row(
            form,
            self.tr("Relator&i"),
            "speakers",
            fields.line("speakers", self.tr("Relatori"), self.tr("Nome Cognome, ruolo")),
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box)
