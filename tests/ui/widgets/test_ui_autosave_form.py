"""The shared form machinery: text that is no value is marked in its field and never saved."""

from __future__ import annotations

from datetime import time

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFormLayout, QWidget

from exchange_desktop.domain.errors import ValidationError
from exchange_desktop.i18n import Message
from exchange_desktop.ui.widgets.autosave_form import SAVE_DELAY_MS, AutosaveForm, SaveState
from exchange_desktop.ui.widgets.form_builder import INVALID_FIELD_STYLE, FormBuilder

STORED = {"title": "Incontro", "start_time": time(9, 0), "end_time": time(12, 0)}


class Form(QWidget):
    """A title and a time range saved into ``self.store``, as a tab's form is."""

    def __init__(self) -> None:
        super().__init__()
        self.setStyleSheet(INVALID_FIELD_STYLE)
        self.store = dict(STORED)
        self.writes: list[dict[str, object]] = []
        self.states: list[tuple[str, str]] = []
        fields = FormBuilder(prefix="t_")
        form = QFormLayout(self)
        fields.add_row(form, "Titolo", "title", fields.line("title", "Titolo"))
        fields.time_range(form, "Orario", "dalle", "alle", ("Ora di inizio", "Ora di fine"))
        self.fields = fields
        self.form = AutosaveForm(
            fields.bindings,
            fields.error_labels,
            QUndoStack(self),
            self._save,
            self._validate,
            self,
            coupled=(frozenset({"start_time", "end_time"}),),
        )
        self.form.state_changed.connect(lambda state, text: self.states.append((state, text)))
        self.form.load(dict(self.store))

    def _validate(self, pending: dict[str, object]) -> dict[str, Message]:
        record = {**self.store, **pending}
        errors = {}
        if not str(record["title"]).strip():
            errors["title"] = Message("Validation", "Campo obbligatorio.")
        start, end = record["start_time"], record["end_time"]
        if start and end and end <= start:  # type: ignore[operator]
            errors["end_time"] = Message(
                "Validation", "L'ora di fine deve seguire quella di inizio."
            )
        return errors

    def _save(self, changes: dict[str, object], expected: dict[str, object]) -> dict[str, object]:
        if any(self.store[name] != value for name, value in expected.items()):
            raise ValidationError({})
        self.writes.append(dict(changes))
        self.store.update(changes)
        return dict(self.store)

    def edit(self, name: str) -> QWidget:
        return self.findChild(QWidget, f"t_{name}Edit")

    def error(self, name: str) -> QWidget:
        return self.findChild(QWidget, f"t_{name}Error")


@pytest.fixture
def form(qtbot) -> Form:
    widget = Form()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _type(qtbot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)


@pytest.mark.slow
def test_impossible_time_is_marked_not_saved_and_named_in_the_state(qtbot, form) -> None:
    start = form.edit("start_time")
    _type(qtbot, start, "25:00")
    qtbot.wait(SAVE_DELAY_MS + 300)
    assert form.store["start_time"] == time(9, 0) and form.writes == []
    assert start.text() == "25:00"
    assert start.property("invalid") is True
    assert form.error("start_time").isVisibleTo(form)
    assert "Ora non valida" in form.error("start_time").text()
    assert form.form.state is SaveState.INVALID
    assert form.states[-1][1] == "Non salvato: valore non valido in «Ora di inizio»"

    _type(qtbot, start, "08:30")
    qtbot.waitUntil(lambda: form.store["start_time"] == time(8, 30), timeout=SAVE_DELAY_MS + 1000)
    assert start.property("invalid") is False
    assert not form.error("start_time").isVisibleTo(form)
    assert form.states[-1] == ("saved", "Tutte le modifiche sono salvate")


def test_half_typed_time_left_alone_is_marked_too(qtbot, form) -> None:
    start = form.edit("start_time")
    _type(qtbot, start, "9:")
    start.clearFocus()  # leaving the field saves at once; the text stays as typed
    assert start.text() == "9:" and start.property("invalid") is True
    assert form.store["start_time"] == time(9, 0)


def test_back_to_the_shown_time_clears_the_mark(qtbot, form) -> None:
    start = form.edit("start_time")
    _type(qtbot, start, "25:00")
    assert not form.form.flush()
    _type(qtbot, start, "09:00")  # the value it had: no undo step, but judged again
    assert form.form.flush()
    assert start.property("invalid") is False
    assert form.form.state is SaveState.SAVED


def test_valid_partner_of_an_impossible_time_waits_for_it(qtbot, form) -> None:
    _type(qtbot, form.edit("end_time"), "07:00")  # before 09:00, but meant with a new start
    _type(qtbot, form.edit("start_time"), "6:6")
    assert not form.form.flush()
    assert form.store == STORED  # coupled: neither is written
    assert not form.error("end_time").isVisibleTo(form)  # not judged against 09:00
    assert form.states[-1][1] == "Non salvato: valore non valido in «Ora di inizio»"
    _type(qtbot, form.edit("start_time"), "6:00")
    assert form.form.flush()
    assert (form.store["start_time"], form.store["end_time"]) == (time(6, 0), time(7, 0))


def test_several_invalid_fields_are_all_named(qtbot, form) -> None:
    _type(qtbot, form.edit("title"), " ")
    _type(qtbot, form.edit("end_time"), "99")
    assert not form.form.flush()
    assert form.states[-1][1] == ("Non salvato: valori non validi in «Titolo», «Ora di fine»")
    assert form.edit("title").property("invalid") is True
    assert form.store == STORED


def test_held_while_background_work_writes_then_saved(qtbot, form) -> None:
    """An edit made before the work starts is saved first; one made meanwhile waits for
    the work (its save would wait for the work's transaction on the GUI thread)."""
    title = form.edit("title")
    _type(qtbot, title, "Prima")
    form.form.hold(True)  # the window's tasks became busy: pending edits saved at once
    assert form.store["title"] == "Prima"
    _type(qtbot, title, "Durante")
    qtbot.wait(SAVE_DELAY_MS + 200)
    assert form.store["title"] == "Prima" and form.form.has_pending_edits()
    form.form.hold(False)
    qtbot.waitUntil(lambda: form.store["title"] == "Durante", timeout=SAVE_DELAY_MS + 2000)
