"""Importing participants from a spreadsheet: column mapping, a preview of every row, import."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from exchange_desktop.domain.errors import DomainError
from exchange_desktop.imports import columns
from exchange_desktop.imports.spreadsheet import ImportTable
from exchange_desktop.services.importing import participant_import
from exchange_desktop.services.importing.participant_import import (
    ImportChoices,
    ImportSummary,
)
from exchange_desktop.storage.database import Database
from exchange_desktop.translation import describe_error
from exchange_desktop.ui.roster.import_preview_model import PreviewModel, field_label
from exchange_desktop.ui.widgets.background import BackgroundTasks
from exchange_desktop.ui.widgets.dialogs import show_error
from exchange_desktop.ui.widgets.screen_fit import FittedDialog

__all__ = ["ImportDialog", "PreviewModel", "field_label"]


class ImportDialog(FittedDialog):
    """Shows how columns are read and what each row will become; writes only on "Importa"."""

    def __init__(
        self, db: Database, session_id: int, table: ImportTable, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(
            self.tr("Importa partecipanti da {file}").format(file=table.source_name)
        )
        self.resize(1100, 680)
        self._db = db
        self._session_id = session_id
        self._table = table
        self.summary: ImportSummary | None = None
        self.mapping = participant_import.table_mapping(table)
        self.combos: dict[int, QComboBox] = {}
        self.preview_model = PreviewModel(self)
        self.preview_model.chosen_changed.connect(self._chosen_changed)
        self.preview_model.names_edited.connect(self.refresh_preview)
        self.counts = QLabel()
        self.counts.setObjectName("importCounts")
        self.skip_invalid = QCheckBox(self.tr("Importa le righe valide e salta quelle con errori"))
        self.skip_invalid.setObjectName("importSkipInvalid")
        preview = self.preview = QTableView()
        preview.setObjectName("importPreview")
        preview.setAccessibleName(self.tr("Anteprima delle righe da importare"))
        preview.setTabKeyNavigation(False)  # Tab goes on to Importa; arrows move
        preview.setModel(self.preview_model)
        preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        preview.verticalHeader().hide()
        preview.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = QPushButton(self.tr("&Importa"))
        self.import_button.setObjectName("importButton")
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._import)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._mapping_box())
        layout.addWidget(
            QLabel(self.tr("Anteprima: nulla viene scritto finché non si preme «Importa»."))
        )
        layout.addWidget(preview, 1)
        row = QHBoxLayout()
        row.addWidget(self.counts, 1)
        row.addWidget(self.skip_invalid)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.refresh_preview()

    def _mapping_box(self) -> QWidget:
        box = QGroupBox(self.tr("Colonne del file"))
        form = QFormLayout()
        metadata, account = columns.forms_prefix(self._table.headers)
        for column, header in enumerate(self._table.headers):
            combo = QComboBox()
            combo.setObjectName(f"mappingCombo{column}")
            combo.addItem(self.tr("— non importare —"), None)
            for field in participant_import.MAPPABLE:
                combo.addItem(field_label(field), field)
            combo.setCurrentIndex(max(combo.findData(self.mapping.get(column)), 0))
            combo.currentIndexChanged.connect(lambda _i, c=column: self._mapping_changed(c))
            self.combos[column] = combo
            label = header or self.tr("(colonna {n} senza titolo)").format(n=column + 1)
            if column in metadata or column in account:
                # Why a "Nome" or "Posta elettronica" is not imported: the answers are.
                label = self.tr("{header} (dati di Microsoft Forms, non una risposta)").format(
                    header=label
                )
            if column in self._table.hidden_columns:
                label = self.tr("{header} (nascosta nel file)").format(header=label)
            combo.setAccessibleName(label)
            # A form's question can be a sentence ("Acconsento alla pubblicazione di foto…"):
            # it wraps, so that its combo box stays in sight beside it.
            caption = QLabel(label)
            caption.setTextFormat(Qt.TextFormat.PlainText)
            caption.setWordWrap(True)
            widest = caption.fontMetrics().averageCharWidth() * 60
            caption.setMaximumWidth(widest)
            caption.setMinimumWidth(min(caption.fontMetrics().horizontalAdvance(label) + 2, widest))
            caption.setBuddy(combo)
            form.addRow(caption, combo)
        inner = QWidget()
        inner.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setMaximumHeight(220)
        outer = QVBoxLayout(box)
        outer.addWidget(scroll)
        return box

    def _mapping_changed(self, column: int) -> None:
        self.mapping[column] = self.combos[column].currentData()
        self.refresh_preview()

    def choices(self) -> ImportChoices:
        """The clerk's own splits of names and the hidden rows ticked."""
        hidden = {r.row_number for r in self.preview_model.rows if r.hidden}
        return ImportChoices(
            name_edits=dict(self.preview_model.name_edits),
            hidden_rows=frozenset(self.preview_model.chosen & hidden),
        )

    def _chosen_changed(self) -> None:
        """A tick on a hidden row changes what the row becomes: read the preview again."""
        hidden = {r.row_number for r in self.preview_model.rows if r.hidden}
        if hidden:
            self.refresh_preview()
        else:
            self._update_counts()

    def refresh_preview(self) -> None:
        try:
            rows = participant_import.preview(
                self._db, self._session_id, self._table, self.mapping, self.choices()
            )
        except DomainError as error:
            self.preview_model.set_rows([], [])
            self.counts.setText(describe_error(error))
            self.import_button.setEnabled(False)
            return
        mapped = set(self.mapping.values())
        if mapped.intersection(participant_import.NAME_FIELDS):
            mapped |= {"surname", "name"}  # split from the one column, shown and editable
        fields = [f for f in participant_import.MAPPABLE if f in mapped]
        fields = [f for f in fields if f not in participant_import.NAME_FIELDS]
        self.preview_model.set_rows(rows, fields)
        self._fit_columns()
        self._update_counts()

    def _fit_columns(self) -> None:
        """Each column as wide as what it shows (Qt measures the first rows only), none
        wider than a third of the dialog, the reason a quarter: a long reason wraps (its
        tooltip is whole)."""
        self.preview.resizeColumnsToContents()
        room = max(self.preview.viewport().width(), self.width())
        header = self.preview.horizontalHeader()
        for column in range(self.preview_model.columnCount()):
            widest = room // 4 if column == 2 else room // 3  # the reason wraps first
            if header.sectionSize(column) > widest:
                header.resizeSection(column, widest)
        self.preview.resizeRowsToContents()

    def _update_counts(self) -> None:
        """The counts under the preview, and "Importa" enabled when someone would be added."""
        rows = self.preview_model.rows

        def count(status: str) -> int:
            return sum(1 for r in rows if r.status == status)

        cancelled = {r.row_number for r in rows if r.status == "cancelled"}
        new, chosen = count("new"), len(self.preview_model.chosen & cancelled)
        duplicates, errors = count("duplicate"), count("error")
        parts = [
            (self.tr("1 nuovo") if new == 1 else self.tr("{n} nuovi").format(n=new)),
            (
                self.tr("1 doppione (saltato)")
                if duplicates == 1
                else self.tr("{n} doppioni (saltati)").format(n=duplicates)
            ),
            self.tr("{n} con errori").format(n=errors),
        ]
        not_people = count("not_person")
        if not_people:
            parts.append(
                self.tr("1 non è una persona (saltata)")
                if not_people == 1
                else self.tr("{count} non sono persone (saltate)").format(count=not_people)
            )
        hidden = count("hidden")
        if hidden:
            parts.append(
                self.tr("1 nascosta nel file (saltata se non spuntata)")
                if hidden == 1
                else self.tr("{count} nascoste nel file (saltate se non spuntate)").format(
                    count=hidden
                )
            )
        noted = sum(1 for r in rows if r.notes and r.status == "new")
        if noted:
            parts.append(self.tr("{count} da controllare").format(count=noted))
        cancelled_count = count("cancelled")
        if cancelled_count:
            parts.append(
                (
                    self.tr("1 annullato in precedenza ({chosen} spuntati da iscrivere)")
                    if cancelled_count == 1
                    else self.tr("{count} annullati in precedenza ({chosen} spuntati da iscrivere)")
                ).format(count=cancelled_count, chosen=chosen)
            )
        self.counts.setText(" · ".join(parts))
        self.import_button.setEnabled(new + chosen > 0)

    def _import(self) -> None:
        """The import in one transaction off the GUI thread; *Annulla* rolls it back."""
        skip_invalid = self.skip_invalid.isChecked()
        chosen = frozenset(self.preview_model.chosen)
        choices = self.choices()
        db, session_id, table, mapping = self._db, self._session_id, self._table, self.mapping
        BackgroundTasks.of(self).start(
            self.tr("Importazione in corso…"),
            lambda progress: participant_import.import_rows(
                db,
                session_id,
                table,
                mapping,
                skip_invalid=skip_invalid,
                reinstate_rows=chosen,
                choices=choices,
                progress=progress,
            ),
            self._imported,
            self._not_imported,
            busy=[self.import_button],
            cancellable=True,
        )

    def _imported(self, summary: ImportSummary) -> None:
        self.summary = summary
        self.accept()

    def _not_imported(self, error: Exception) -> None:
        if not isinstance(error, DomainError):
            raise error  # a bug: the program's handler logs it and apologises
        show_error(self, error, self.tr("Importazione non eseguita"))
