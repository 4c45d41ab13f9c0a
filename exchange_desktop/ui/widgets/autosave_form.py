"""A form that saves itself: every edit is undoable and reaches the database within a second."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import Enum

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QLabel

from exchange_desktop.domain.errors import ConflictError, DomainError, ValidationError
from exchange_desktop.i18n import Message
from exchange_desktop.translation import describe_error, tr_message
from exchange_desktop.ui.widgets.accessibility import set_field_error
from exchange_desktop.ui.widgets.field_bindings import FieldBinding
from exchange_desktop.ui.widgets.shortcuts import UndoKeysToWindow
from exchange_desktop.ui.widgets.undo import SetValueCommand

#: How long after the last keystroke the edit is written (the issue asks for within a second).
SAVE_DELAY_MS = 500


class SaveState(str, Enum):
    SAVED = "saved"
    PENDING = "pending"
    INVALID = "invalid"
    FAILED = "failed"


class AutosaveForm(QObject):
    """Connects field bindings to an undo stack and to a save function.

    ``save`` receives the changed, valid fields as a dict and writes them in one transaction,
    refusing with :class:`ConflictError` when a field no longer holds the value this form
    loaded (its second argument: another window or a colleague saved since); it returns the
    stored record's values, or None;
    ``validate`` receives all pending values and returns the problems by field name, judged
    on the record with every pending value applied.  Fields in one of ``coupled`` (such as a
    start and an end time) are saved together or not at all.
    A field whose text gives no value (a time "25:00", see :meth:`FieldBinding.input_error`)
    is never saved: it is marked in red with the reason beside it, and the state names it,
    until the clerk corrects it or takes it back with Ctrl+Z.
    When the form shows one record of many (a programme item), ``select_record`` brings
    a record back on screen so that undoing an edit made to it shows where it happens.
    """

    state_changed = Signal(str, str)  # SaveState value, text for the status bar
    saved = Signal()

    def __init__(
        self,
        bindings: list[FieldBinding],
        error_labels: dict[str, QLabel],
        undo_stack: QUndoStack,
        save: Callable[[dict[str, object], dict[str, object]], Mapping[str, object] | None],
        validate: Callable[[dict[str, object]], dict[str, Message]],
        parent: QObject | None = None,
        select_record: Callable[[object], None] | None = None,
        coupled: tuple[frozenset[str], ...] = (),
    ) -> None:
        super().__init__(parent)
        self._coupled = coupled
        self._record: object = None
        self._select_record = select_record
        self._bindings = {binding.name: binding for binding in bindings}
        self._labels = error_labels
        self._stack = undo_stack
        self._save = save
        self._validate = validate
        self._shown: dict[str, object] = {}
        #: The stored value each field had when loaded or last saved: the compare-and-set base.
        self._base: dict[str, object] = {}
        self._dirty: set[str] = set()
        # The fields marked in red, with what is wrong: the INVALID state names them.
        self._errors: dict[str, Message] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self._save_when_free)
        #: True while the window's background work writes (see :meth:`hold`).
        self._held = False
        self._undo_keys = UndoKeysToWindow(self)
        for binding in bindings:
            binding.connect_changed(lambda *_, name=binding.name: self._user_edited(name))
            # The filter installed last runs first: Ctrl+Z on text that is no value is this
            # form's (see eventFilter) before UndoKeysToWindow hands it to the tab's history.
            binding.widget.installEventFilter(self._undo_keys)
            binding.widget.installEventFilter(self)
        self.state = SaveState.SAVED

    # -- loading ---------------------------------------------------------------------------
    def load(
        self, values: dict[str, object], record: object = None, *, clear_history: bool = True
    ) -> None:
        """Show a record; pending edits of the previous one must have been flushed.

        ``clear_history`` forgets the undo history (a different practice); a form that
        switches between records of one list keeps it.
        """
        self._timer.stop()
        self._dirty.clear()
        self._record = record
        if clear_history:
            self._stack.clear()
        for name, binding in self._bindings.items():
            binding.set_value(values[name])
            self._shown[name] = binding.value()
            self._base[name] = values[name]
            self._show_error(name, None)
        self._set_state(SaveState.SAVED)

    # -- editing ---------------------------------------------------------------------------
    def _user_edited(self, name: str) -> None:
        binding = self._bindings[name]
        if binding.input_error() is not None:
            # Not a value (yet): nothing to undo or save, but the field is not saved either;
            # flush marks it once the clerk pauses or leaves the field.
            self._mark_dirty(name)
            return
        new = binding.value()
        old = self._shown[name]
        if new == old:
            if name in self._dirty:
                self._mark_dirty(name)  # back to a value after "25:00": judge it again
            return
        self._shown[name] = new
        text = QCoreApplication.translate("AutosaveForm", "modifica di «{field}»").format(
            field=binding.label
        )
        record = self._record
        self._stack.push(
            SetValueCommand(
                text, f"{record}:{name}", old, new, lambda v: self._apply(record, name, v)
            )
        )
        self._mark_dirty(name)

    def _apply(self, record: object, name: str, value: object) -> None:
        """Undo and redo land here: show the record and the value, then save it at once."""
        if record != self._record and self._select_record is not None:
            self.flush()
            self._select_record(record)
        binding = self._bindings[name]
        binding.set_value(value)
        self._shown[name] = binding.value()
        binding.widget.setFocus()
        self._mark_dirty(name)
        self.flush()

    def _mark_dirty(self, name: str) -> None:
        self._dirty.add(name)
        self._set_state(SaveState.PENDING)
        self._timer.start()

    def hold(self, held: bool) -> None:
        """While the window's background work (an import, a restore) writes, the autosave
        waits: saving then would wait for that work's transaction on the GUI thread.  The
        pending edits are saved before the work starts, and after it the timer runs again."""
        self._held = held
        if held:
            self.flush()
        elif self._dirty:
            self._timer.start()

    def _save_when_free(self) -> None:
        if not self._held:
            self.flush()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and self._dirty:
            self._save_when_free()
        elif (
            event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Undo)
        ):
            name = self._unreadable_field(watched)
            if name is not None:
                # Claim the key from the window's Annulla (the override), then take back
                # the text typed: the last undo step may well be another field's.
                if event.type() == QEvent.Type.KeyPress:
                    self._take_back(name)
                event.accept()
                return True
        return super().eventFilter(watched, event)

    def _unreadable_field(self, widget: QObject) -> str | None:
        for name, binding in self._bindings.items():
            if binding.widget is widget:
                return name if binding.input_error() is not None else None
        return None

    def _take_back(self, name: str) -> None:
        """Show again the field's last value in place of text that is none ("25:00")."""
        self._bindings[name].set_value(self._shown[name])
        self._mark_dirty(name)
        self.flush()

    # -- saving ----------------------------------------------------------------------------
    def discard_pending(self) -> None:
        """Forget edits that could not be saved (the clerk chose to drop them)."""
        self._timer.stop()
        self._dirty.clear()

    def has_pending_edits(self) -> bool:
        return bool(self._dirty)

    def flush(self) -> bool:
        """Write the valid pending edits now; True when nothing is left unsaved."""
        self._timer.stop()
        if not self._dirty:
            return True
        pending, errors = self._judge()
        for name in self._bindings:
            if name in pending or name in errors:
                self._show_error(name, errors.get(name))
        blocked = set(errors)
        for group in self._coupled:
            if group & blocked:
                blocked |= group
        changes = {name: value for name, value in pending.items() if name not in blocked}
        if changes:
            try:
                stored = self._save(changes, {name: self._base[name] for name in changes})
            except ConflictError as error:
                self._take_theirs(error)
                return False
            except ValidationError as error:
                for name, message in error.errors.items():
                    self._show_error(name, message)
                self._set_state(SaveState.INVALID)
                return False
            except DomainError as error:
                self._set_state(SaveState.FAILED, describe_error(error))
                return False
            if stored is not None:
                self._base.update({name: stored[name] for name in changes})
            self._dirty.difference_update(changes)
            self.saved.emit()
        if self._dirty:
            self._set_state(SaveState.INVALID)
            return False
        self._set_state(SaveState.SAVED)
        return True

    def _judge(self) -> tuple[dict[str, object], dict[str, Message]]:
        """The pending values that are values, and what is wrong, by field name."""
        unreadable: dict[str, Message] = {}
        for name in self._dirty:
            problem = self._bindings[name].input_error()
            if problem is not None:
                unreadable[name] = problem
        pending = {
            name: self._bindings[name].value()
            for name in sorted(self._dirty)
            if name not in unreadable
        }
        errors = self._validate(pending) if pending else {}
        for group in self._coupled:
            if group & set(unreadable):
                # Judged against a value that is not the one meant: say nothing until the
                # partner is a time again (the partner waits, saved together with it).
                errors = {name: m for name, m in errors.items() if name not in group}
        errors.update(unreadable)
        return pending, errors

    def _take_theirs(self, error: ConflictError) -> None:
        """Show what was saved elsewhere in place of this form's edit, which is not written.

        The other edits are saved at once: nothing valid waits behind a conflict (leaving
        the practice right after must not have to ask about them).
        """
        for name, value in error.current.items():
            binding = self._bindings.get(name)
            if binding is None:
                continue
            binding.set_value(value)
            self._shown[name] = binding.value()
            self._base[name] = value
            self._dirty.discard(name)
            self._show_error(name, error.message)
        if self._dirty:
            self.flush()
        self._set_state(SaveState.FAILED, describe_error(error))

    def _show_error(self, name: str, message: Message | None) -> None:
        """Mark field ``name`` in red with ``message`` beside it, or clear the mark (None)."""
        binding = self._bindings.get(name)
        if binding is None:
            return
        if message is None:
            self._errors.pop(name, None)
        else:
            self._errors[name] = message
        label = self._labels.get(name)
        if label is not None:
            label.setText(tr_message(message) if message else "")
            label.setVisible(message is not None)
        # The red border, and for a screen reader the error as the field's description.
        set_field_error(binding.widget, tr_message(message) if message else None)

    def invalid_fields(self) -> list[str]:
        """The labels of the fields marked in red, in the order of the form."""
        return [binding.label for name, binding in self._bindings.items() if name in self._errors]

    def _invalid_text(self) -> str:
        labels = self.invalid_fields()
        if not labels:
            return QCoreApplication.translate(
                "AutosaveForm", "Non salvato: correggere i campi segnalati in rosso"
            )
        if len(labels) == 1:
            return QCoreApplication.translate(
                "AutosaveForm", "Non salvato: valore non valido in «{field}»"
            ).format(field=labels[0])
        quoted = QCoreApplication.translate("AutosaveForm", "«{field}»")
        return QCoreApplication.translate(
            "AutosaveForm", "Non salvato: valori non validi in {fields}"
        ).format(fields=", ".join(quoted.format(field=label) for label in labels))

    def _set_state(self, state: SaveState, detail: str = "") -> None:
        self.state = state
        texts = {
            SaveState.SAVED: QCoreApplication.translate(
                "AutosaveForm", "Tutte le modifiche sono salvate"
            ),
            SaveState.PENDING: QCoreApplication.translate("AutosaveForm", "Salvataggio in corso…"),
            SaveState.INVALID: self._invalid_text(),
            SaveState.FAILED: QCoreApplication.translate(
                "AutosaveForm", "Non salvato: {detail}"
            ).format(detail=detail),
        }
        self.state_changed.emit(state.value, texts[state])
