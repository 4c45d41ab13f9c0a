"""Importing participants from a spreadsheet: column mapping, a preview of every row, import."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
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
from exchange_desktop.i18n import QT_TRANSLATE_NOOP
from exchange_desktop.imports import columns
from exchange_desktop.imports.spreadsheet import ImportTable
from exchange_desktop.services.importing import participant_import
from exchange_desktop.services.importing.participant_import import ImportSummary, PreviewRow
from exchange_desktop.storage.database import Database
from exchange_desktop.translation import describe_error, translate
from exchange_desktop.ui.widgets.background import run_in_background
from exchange_desktop.ui.widgets.dialogs import show_error
from exchange_desktop.ui.widgets.screen_fit import FittedDialog

CONTEXT = "ImportDialog"
_STATUS = {
    "new": QT_TRANSLATE_NOOP("ImportDialog", "nuovo"),
    "duplicate": QT_TRANSLATE_NOOP("ImportDialog", "doppione"),
    "error": QT_TRANSLATE_NOOP("ImportDialog", "errore"),
    "not_person": QT_TRANSLATE_NOOP("ImportDialog", "non è una persona"),
    "cancelled": QT_TRANSLATE_NOOP("ImportDialog", "annullato in precedenza"),
}
_BRUSHES = {
    "new": QBrush(QColor("#dff3e3")),
    "duplicate": QBrush(QColor("#fff4d6")),
    "error": QBrush(QColor("#f9e0e0")),
    "not_person": QBrush(QColor("#e6e6e6")),
    "cancelled": QBrush(QColor("#e3ecf7")),
}
_Index = QModelIndex | QPersistentModelIndex


def field_label(field: str) -> str:
    """ "Surname" for "surname" in English: a field's name in the interface language (the
    services keep the Italian source text, marked in the ``ParticipantImport`` context)."""
    return translate(participant_import.CONTEXT, participant_import.field_label(field))


class PreviewModel(QAbstractTableModel):
    """Row number, status, reason, then the mapped fields.

    A person cancelled before carries a tick box in the status column: ticked, they are
    signed up again (the clerk decides, one by one); ``chosen`` holds their row numbers.
    """

    chosen_changed = Signal()

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.rows: list[PreviewRow] = []
        self.fields: list[str] = []
        self.chosen: set[int] = set()

    def set_rows(self, rows: list[PreviewRow], fields: list[str]) -> None:
        self.beginResetModel()
        self.rows, self.fields = rows, fields
        cancelled = {row.row_number for row in rows if row.status == "cancelled"}
        self.chosen &= cancelled  # a row that is no longer one (the mapping changed) is out
        self.endResetModel()

    def _checkable(self, index: _Index) -> bool:
        return index.column() == 1 and self.rows[index.row()].status == "cancelled"

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self._checkable(index):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: _Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        if not self._checkable(index):
            return False
        number = self.rows[index.row()].row_number
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
        if checked:
            self.chosen.add(number)
        else:
            self.chosen.discard(number)
        self.dataChanged.emit(index, index, [role])
        self.chosen_changed.emit()
        return True

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3 + len(self.fields)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        fixed = (
            translate("ImportDialog", "Riga"),
            translate("ImportDialog", "Esito"),
            translate("ImportDialog", "Motivo"),
        )
        if section < 3:
            return fixed[section]
        return field_label(self.fields[section - 3])

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == 1:
            return _BRUSHES.get(row.status)
        if role == Qt.ItemDataRole.CheckStateRole and self._checkable(index):
            ticked = row.row_number in self.chosen
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return row.row_number
        if column == 1:
            return translate(CONTEXT, _STATUS.get(row.status, row.status))
        if column == 2:
            return row.reason
        return row.values.get(self.fields[column - 3], "")


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
        self.preview_model.chosen_changed.connect(self._update_counts)
        self.counts = QLabel()
        self.counts.setObjectName("importCounts")
        self.skip_invalid = QCheckBox(self.tr("Importa le righe valide e salta quelle con errori"))
        self.skip_invalid.setObjectName("importSkipInvalid")
        preview = QTableView()
        preview.setObjectName("importPreview")
        preview.setModel(self.preview_model)
        preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        preview.verticalHeader().hide()
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
            for field in participant_import.FIELDS:
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
            form.addRow(label, combo)
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

    def refresh_preview(self) -> None:
        try:
            rows = participant_import.preview(self._db, self._session_id, self._table, self.mapping)
        except DomainError as error:
            self.preview_model.set_rows([], [])
            self.counts.setText(describe_error(error))
            self.import_button.setEnabled(False)
            return
        fields = [f for f in participant_import.FIELDS if f in self.mapping.values()]
        self.preview_model.set_rows(rows, fields)
        self._update_counts()

    def _update_counts(self) -> None:
        """The counts under the preview, and "Importa" enabled when someone would be added."""
        rows = self.preview_model.rows

        def count(status: str) -> int:
            return sum(1 for r in rows if r.status == status)

        new, chosen = count("new"), len(self.preview_model.chosen)
        parts = [
            self.tr("{new} nuovi · {duplicates} doppioni (saltati) · {errors} con errori").format(
                new=new, duplicates=count("duplicate"), errors=count("error")
            )
        ]
        if count("not_person"):
            parts.append(
                self.tr("{count} non sono persone (saltate)").format(count=count("not_person"))
            )
        if count("cancelled"):
            parts.append(
                self.tr("{count} annullati in precedenza ({chosen} spuntati da iscrivere)").format(
                    count=count("cancelled"), chosen=chosen
                )
            )
        self.counts.setText(" · ".join(parts))
        self.import_button.setEnabled(new + chosen > 0)

    def _import(self) -> None:
        skip_invalid = self.skip_invalid.isChecked()
        chosen = frozenset(self.preview_model.chosen)
        try:
            self.summary = run_in_background(
                self,
                self.tr("Importazione in corso…"),
                lambda: participant_import.import_rows(
                    self._db,
                    self._session_id,
                    self._table,
                    self.mapping,
                    skip_invalid=skip_invalid,
                    reinstate_rows=chosen,
                ),
            )
        except DomainError as error:
            show_error(self, error, self.tr("Importazione non eseguita"))
            return
        self.accept()
