"""The Programma tab: the ordered topics and breaks of the day, each edited beside the list."""

from __future__ import annotations

from dataclasses import asdict, replace

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from exchange_desktop.domain.enums import ItemKind
from exchange_desktop.domain.errors import DomainError
from exchange_desktop.domain.programme import (
    ProgrammeItem,
    validation_errors,
)
from exchange_desktop.i18n import Message
from exchange_desktop.services.practices import programme as programme_service
from exchange_desktop.storage.database import Database
from exchange_desktop.ui.programme.programme_item_editor import ProgrammeItemEditor
from exchange_desktop.ui.programme.programme_model import (
    COL_NUMBER,
    COL_SPEAKERS,
    COL_TEXT,
    COL_TIME,
    COL_TITLE,
    ProgrammeTableModel,
)
from exchange_desktop.ui.programme.programme_summary import ProgrammeSummary
from exchange_desktop.ui.widgets.action_bar import ActionBar
from exchange_desktop.ui.widgets.action_button import action_button
from exchange_desktop.ui.widgets.autosave_form import AutosaveForm
from exchange_desktop.ui.widgets.dialogs import confirm, show_error
from exchange_desktop.ui.widgets.form_builder import INVALID_FIELD_STYLE, FormBuilder
from exchange_desktop.ui.widgets.table_actions import offer_in_table
from exchange_desktop.ui.widgets.undo import SetValueCommand

WARNING_STYLE = "color: #b00020;"


class ProgrammeTab(QWidget):
    """Lists the items; the panel on the right edits the selected one, saving as you type."""

    save_state_changed = Signal(str, str)

    def __init__(self, db: Database, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("programmeTab")
        self._db = db
        self._stack = undo_stack
        self._practice_id: int | None = None
        self._structure_edits = 0
        self.model = ProgrammeTableModel(self)
        self.model.move_requested.connect(self.move_item)
        self._fields = FormBuilder(prefix="item_")
        self.setStyleSheet(INVALID_FIELD_STYLE)
        self._build()
        self.form = AutosaveForm(
            self._fields.bindings,
            self._fields.error_labels,
            undo_stack,
            self._save_item,
            self._validate_item,
            self,
            select_record=self.select_item,
            coupled=(frozenset({"start_time", "end_time"}),),
        )
        self.form.state_changed.connect(self.save_state_changed)
        self._update_buttons()

    # -- building --------------------------------------------------------------------------
    def _build(self) -> None:
        self._build_table()
        toolbar = self._build_toolbar()
        self.summary = ProgrammeSummary()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(toolbar)
        left_layout.addWidget(self.table, 1)
        self._bottom_row = QHBoxLayout()
        self._bottom_row.addWidget(self.summary.totals, 1)
        left_layout.addLayout(self._bottom_row)
        left_layout.addWidget(self.summary.warnings)

        self.editor = ProgrammeItemEditor(self._fields)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.editor)
        right_layout.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)

    def _build_table(self) -> None:
        self.table = QTableView()
        self.table.setObjectName("programmeTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_NUMBER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_TIME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_SPEAKERS, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)

    def _build_toolbar(self) -> ActionBar:
        """Actions in a toolbar: on a narrow window the ones that do not fit go under »."""
        toolbar = ActionBar()
        toolbar.setObjectName("programmeToolbar")
        self.actions_by_name: dict[str, QAction] = {}
        for name, text, tip, keys, slot in (
            (
                "addTopicAction",
                self.tr("Aggiungi argomento"),
                self.tr("Nuovo argomento numerato"),
                "",
                self.add_topic,
            ),
            (
                "addBreakAction",
                self.tr("Aggiungi pausa"),
                self.tr("Pausa non numerata, ad esempio «Pausa pranzo»"),
                "",
                self.add_break,
            ),
            (
                "duplicateItemAction",
                self.tr("Duplica"),
                self.tr("Copia la voce selezionata"),
                "",
                self.duplicate_item,
            ),
            (
                "deleteItemAction",
                self.tr("Elimina…"),
                self.tr("Elimina la voce selezionata"),
                "",
                self.delete_item,
            ),
            (
                "moveUpAction",
                self.tr("Sposta su"),
                self.tr("Sposta la voce in alto (Alt+Su)"),
                "Alt+Up",
                lambda: self.move_selected(-1),
            ),
            (
                "moveDownAction",
                self.tr("Sposta giù"),
                self.tr("Sposta la voce in basso (Alt+Giù)"),
                "Alt+Down",
                lambda: self.move_selected(1),
            ),
        ):
            action = QAction(text, self)
            action.setObjectName(name)
            action.setToolTip(tip)
            if keys:
                action.setShortcut(QKeySequence(keys))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self.addAction(action)
            action.triggered.connect(slot)
            toolbar.addAction(action)
            self.actions_by_name[name] = action
        named = self.actions_by_name
        offer_in_table(
            self.table,
            list(named.values()),
            {
                named["addTopicAction"]: "Ins",
                named["addBreakAction"]: "Shift+Ins",
                named["duplicateItemAction"]: "Ctrl+D",
                named["deleteItemAction"]: "Del",
            },
        )
        self.action_bar = toolbar
        return toolbar

    def add_export_actions(self, actions: list[QAction]) -> None:
        """The window's export actions, as buttons beside the day's total."""
        for export in actions:
            self._bottom_row.addWidget(action_button(export))

    # -- loading ---------------------------------------------------------------------------
    @property
    def practice_id(self) -> int | None:
        return self._practice_id

    def show_practice(self, practice_id: int | None) -> None:
        """Show the programme of a practice; the undo history is the practice's own."""
        self.form.flush()
        self._stack.clear()
        self._practice_id = practice_id
        items = programme_service.list_items(self._db, practice_id) if practice_id else []
        self._set_items(items, select_id=items[0].id if items else None)
        self.setEnabled(practice_id is not None)

    def _set_items(self, items: list[ProgrammeItem], select_id: int | None) -> None:
        self.model.set_items(items)
        self._show_totals()
        row = self.model.row_of(select_id)
        if row < 0 and items:
            row = 0
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, COL_TITLE),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._load_editor(self.model.items[row] if row >= 0 else None)

    def _current_row_changed(self, current: object, _previous: object) -> None:
        self.form.flush()
        row = current.row() if current.isValid() else -1  # type: ignore[attr-defined]
        self._load_editor(self.model.items[row] if row >= 0 else None)

    def _load_editor(self, item: ProgrammeItem | None) -> None:
        if item is None:
            self.form.load(asdict(ProgrammeItem()), None, clear_history=False)
            self.editor.setEnabled(False)
        else:
            self.form.load(asdict(item), item.id, clear_history=False)
            self.editor.setEnabled(True)
        self._update_buttons()

    def current_item(self) -> ProgrammeItem | None:
        row = self.table.currentIndex().row()
        return self.model.items[row] if 0 <= row < len(self.model.items) else None

    def select_item(self, item_id: object) -> None:
        """Bring an item on screen (undo of an edit made to it)."""
        row = self.model.row_of(item_id)  # type: ignore[arg-type]
        if row >= 0:
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, COL_TITLE))

    def _update_buttons(self) -> None:
        item = self.current_item()
        row = self.table.currentIndex().row()
        for name in ("duplicateItemAction", "deleteItemAction"):
            self.actions_by_name[name].setEnabled(item is not None)
        self.actions_by_name["moveUpAction"].setEnabled(item is not None and row > 0)
        self.actions_by_name["moveDownAction"].setEnabled(
            item is not None and row < len(self.model.items) - 1
        )

    def _show_totals(self) -> None:
        self.summary.show_programme(self.model)

    # -- editing one item ------------------------------------------------------------------
    def _validate_item(self, pending: dict[str, object]) -> dict[str, Message]:
        item = self.current_item()
        if item is None:
            return {}
        return validation_errors(replace(item, **pending))  # type: ignore[arg-type]  # the form's typed values

    def _save_item(
        self, changes: dict[str, object], expected: dict[str, object]
    ) -> dict[str, object] | None:
        item = self.current_item()
        if item is None or item.id is None:
            return None
        updated = programme_service.update_item(self._db, item.id, expected=expected, **changes)
        row = self.model.row_of(updated.id)
        items = list(self.model.items)
        items[row] = updated
        self.model.set_items(items)
        self.table.selectionModel().blockSignals(True)
        self.table.setCurrentIndex(self.model.index(row, COL_TITLE))
        self.table.selectRow(row)
        self.table.selectionModel().blockSignals(False)
        self._show_totals()
        return asdict(updated)

    # -- changing the list (undoable as a whole) -------------------------------------------
    def _apply_programme(self, items: object) -> None:
        """Undo/redo of a list change: the stored programme becomes ``items``."""
        assert self._practice_id is not None
        current = self.current_item()
        stored = programme_service.replace_programme(self._db, self._practice_id, items)  # type: ignore[arg-type]
        self._set_items(stored, current.id if current else None)

    def _change_list(self, text: str, key: str, change: object, select_new: bool = False) -> None:
        """Run ``change`` (a service call returning the new list) and record it for undo."""
        if self._practice_id is None:
            return
        self.form.flush()
        before = list(self.model.items)
        current = self.current_item()
        try:
            after = change()  # type: ignore[operator]
        except DomainError as error:
            show_error(self, error)
            return
        new_ids = {i.id for i in after} - {i.id for i in before}
        select_id = (
            next(iter(new_ids)) if select_new and new_ids else (current.id if current else None)
        )
        self._set_items(after, select_id)
        self._stack.push(SetValueCommand(text, key, before, after, self._apply_programme))

    def _next_key(self, what: str) -> str:
        self._structure_edits += 1
        return f"{what}:{self._structure_edits}"

    def _insert(self, item: ProgrammeItem, text: str) -> None:
        row = self.table.currentIndex().row()
        index = row + 1 if row >= 0 else None
        assert self._practice_id is not None
        practice_id = self._practice_id
        self._change_list(
            text,
            self._next_key("add"),
            lambda: programme_service.add_item(self._db, practice_id, item, index),
            select_new=True,
        )
        title = self.editor.findChild(QWidget, "item_titleEdit")
        if title is not None:
            title.setFocus()
            title.selectAll()  # type: ignore[attr-defined]

    def add_topic(self) -> None:
        self._insert(
            ProgrammeItem(title=self.tr("Nuovo argomento")), self.tr("aggiunta di un argomento")
        )

    def add_break(self) -> None:
        self._insert(
            ProgrammeItem(kind=ItemKind.BREAK, title=self.tr("Pausa")),
            self.tr("aggiunta di una pausa"),
        )

    def duplicate_item(self) -> None:
        item = self.current_item()
        if item is not None:
            self._insert(
                replace(item, id=None),
                self.tr("duplicazione di «{title}»").format(title=item.title),
            )

    def delete_item(self) -> None:
        item = self.current_item()
        if item is None or self._practice_id is None:
            return
        if not confirm(
            self,
            self.tr("Elimina voce"),
            self.tr("Eliminare «{title}» dal programma?").format(title=item.title),
        ):
            return
        item_id = item.id
        assert item_id is not None
        self._change_list(
            self.tr("eliminazione di «{title}»").format(title=item.title),
            self._next_key("delete"),
            lambda: programme_service.remove_item(self._db, item_id),
        )

    def move_selected(self, step: int) -> None:
        row = self.table.currentIndex().row()
        if row >= 0:
            self.move_item(row, row + step)

    def move_item(self, from_row: int, to_row: int) -> None:
        """Move one item (buttons, Alt+arrows, drag and drop); consecutive moves merge."""
        items = list(self.model.items)
        if not (0 <= from_row < len(items) and 0 <= to_row < len(items)) or from_row == to_row:
            return
        if self._practice_id is None:
            return
        moving = items[from_row]
        item_id = moving.id
        assert item_id is not None
        self.table.setCurrentIndex(self.model.index(from_row, COL_TITLE))
        self._change_list(
            self.tr("spostamento di «{title}»").format(title=moving.title),
            f"move:{moving.id}",
            lambda: programme_service.move_item(self._db, item_id, to_row),
        )
