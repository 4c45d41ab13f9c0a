"""The Enti aderenti: one list shared by the Date and Partecipanti tabs."""

from __future__ import annotations

from dataclasses import asdict

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from exchange_desktop.domain.errors import DomainError
from exchange_desktop.domain.roster import Organisation
from exchange_desktop.i18n import QT_TRANSLATE_NOOP
from exchange_desktop.services.roster import organisations as organisation_service
from exchange_desktop.storage.database import Database
from exchange_desktop.translation import translate
from exchange_desktop.ui.widgets.dialogs import confirm, show_error
from exchange_desktop.ui.widgets.screen_fit import FittedDialog

CONTEXT = "OrganisationsDialog"
FIELDS = (
    ("name", QT_TRANSLATE_NOOP("OrganisationsDialog", "Nome")),
    ("kind", QT_TRANSLATE_NOOP("OrganisationsDialog", "Tipo")),
    ("pec", QT_TRANSLATE_NOOP("OrganisationsDialog", "PEC")),
    ("email", QT_TRANSLATE_NOOP("OrganisationsDialog", "Email")),
    ("contact_name", QT_TRANSLATE_NOOP("OrganisationsDialog", "Referente")),
    ("phone", QT_TRANSLATE_NOOP("OrganisationsDialog", "Telefono")),
)
KINDS = (
    "Comune",
    "Unione di Comuni",
    "Città metropolitana",
    "Provincia",
    "Regione",
    "ASST",
    "ATS",
    "Ente del terzo settore",
    "Altro",
)

_Index = QModelIndex | QPersistentModelIndex


class OrganisationsModel(QAbstractTableModel):
    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.rows: list[Organisation] = []

    def set_rows(self, rows: list[Organisation]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(FIELDS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate(CONTEXT, FIELDS[section][1])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        return getattr(self.rows[index.row()], FIELDS[index.column()][0])


class OrganisationForm(FittedDialog):
    """One Ente's details."""

    def __init__(self, organisation: Organisation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("organisationForm")
        self.setWindowTitle(self.tr("Ente aderente"))
        self.setMinimumWidth(460)
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for name, label in FIELDS:
            edit = QLineEdit(getattr(organisation, name))
            edit.setObjectName(f"organisation_{name}Edit")
            self.edits[name] = edit
            form.addRow(translate(CONTEXT, label), edit)
        self.edits["kind"].setPlaceholderText(", ".join(KINDS[:4]) + "…")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> dict[str, str]:
        return {name: edit.text() for name, edit in self.edits.items()}


class OrganisationsDialog(FittedDialog):
    """List, add, edit and delete Enti; one with participants is protected by the service."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("organisationsDialog")
        self.setWindowTitle(self.tr("Enti aderenti"))
        self.resize(900, 480)
        self._db = db
        self.model = OrganisationsModel(self)
        self.table = QTableView()
        self.table.setObjectName("organisationsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        row = QHBoxLayout()
        for name, text, slot in (
            ("addOrganisationDialogButton", self.tr("&Nuovo…"), self.add),
            ("editOrganisationButton", self.tr("&Modifica…"), self.edit),
            ("deleteOrganisationButton", self.tr("&Elimina…"), self.delete),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(organisation_service.list_organisations(self._db))

    def _current(self) -> Organisation | None:
        row = self.table.currentIndex().row()
        return self.model.rows[row] if 0 <= row < len(self.model.rows) else None

    def add(self) -> None:
        form = OrganisationForm(Organisation(), self)
        if form.exec() == QDialog.DialogCode.Accepted:
            self._try(
                lambda: organisation_service.add_organisation(
                    self._db,
                    Organisation(**form.values()),  # type: ignore[arg-type]  # text fields only
                )
            )

    def edit(self) -> None:
        current = self._current()
        if current is None or current.id is None:
            return
        form = OrganisationForm(current, self)
        if form.exec() == QDialog.DialogCode.Accepted:
            changes = {k: v for k, v in form.values().items() if v != asdict(current)[k]}
            organisation_id = current.id
            self._try(
                lambda: organisation_service.update_organisation(
                    self._db, organisation_id, **changes
                )
            )

    def delete(self) -> None:
        current = self._current()
        if current is None or current.id is None:
            return
        organisation_id = current.id
        if confirm(
            self,
            self.tr("Elimina Ente"),
            self.tr("Eliminare «{name}» dall'elenco?").format(name=current.name),
        ):
            self._try(lambda: organisation_service.delete_organisation(self._db, organisation_id))

    def _try(self, change: object) -> None:
        try:
            change()  # type: ignore[operator]
        except DomainError as error:
            show_error(self, error)
        self.reload()
