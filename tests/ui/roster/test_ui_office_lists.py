"""The import preview on lists as offices send them: the whole name in one column split and
editable in place, the rows the clerk hid listed as hidden and brought in by a tick."""

from __future__ import annotations

from pathlib import Path

import pytest
from office_lists import (
    MEDIA_QUESTION,
    NOMINATIVI,
    nominativo_xlsx,
    optional_consents_csv,
    withdrawn_hidden_xlsx,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QTableView
from scheduling_helpers import sample
from ui_helpers import child, settle

from exchange_desktop.imports.spreadsheet import read_table
from exchange_desktop.services import roster as roster_service
from exchange_desktop.storage.database import Database
from exchange_desktop.ui.roster.import_dialog import ImportDialog

DISPLAY = Qt.ItemDataRole.DisplayRole


def rows_of(dialog: ImportDialog) -> list[list[object]]:
    model = dialog.findChild(QTableView, "importPreview").model()
    return [
        [model.index(r, c).data(DISPLAY) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


@pytest.fixture
def session(db: Database):
    return sample(db)


def test_one_column_names_are_split_shown_and_editable(
    qtbot, db: Database, session, tmp_path: Path
) -> None:
    practice, target = session
    dialog = ImportDialog(db, target.id, read_table(nominativo_xlsx(tmp_path / "elenco.xlsx")))
    qtbot.addWidget(dialog)
    combo = dialog.findChild(QComboBox, "mappingCombo1")
    assert combo.currentText() == "Nominativo (ordine dal contenuto)"
    model = dialog.preview_model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3, 8)] == [
        "Cognome",
        "Nome",
        "Ente",
        "Email",
        "Ruolo",
    ]
    rows = rows_of(dialog)
    assert [(row[3], row[4]) for row in rows] == [(s, n) for _w, s, n, _e, _r in NOMINATIVI]
    assert child(dialog, "importCounts").text() == "12 nuovi · 0 doppioni (saltati) · 0 con errori"

    cell = model.index(0, 3)
    assert model.flags(cell) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, 5)) & Qt.ItemFlag.ItemIsEditable  # the Ente: as read
    assert model.setData(cell, "Bianchi Rossi")
    assert rows_of(dialog)[0][3:5] == ["Bianchi Rossi", "Luca"]

    dialog._import()

    settle(dialog)
    stored = roster_service.roster(db, practice.id, target.id)
    assert ("Bianchi Rossi", "Luca") in {(r.surname, r.name) for r in stored}
    assert len(stored) == 12


def test_hidden_rows_are_listed_and_a_tick_brings_one_in(
    qtbot, db: Database, session, tmp_path: Path
) -> None:
    practice, target = session
    table = read_table(withdrawn_hidden_xlsx(tmp_path / "iscritti.xlsx"))
    dialog = ImportDialog(db, target.id, table)
    qtbot.addWidget(dialog)
    assert "nascosta nel file" in dialog.findChild(QComboBox, "mappingCombo4").accessibleName()
    assert [row[1] for row in rows_of(dialog)] == [
        "nuovo",
        "nascosta nel file",
        "nuovo",
        "nuovo",
        "nascosta nel file",
        "nascosta nel file",
        "nuovo",
    ]
    assert "3 nascoste nel file" in child(dialog, "importCounts").text()
    model = dialog.preview_model
    assert model.setData(model.index(1, 1), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert rows_of(dialog)[1][1] == "nascosta nel file → nuovo"
    dialog._import()
    settle(dialog)
    stored = {r.surname for r in roster_service.roster(db, practice.id, target.id)}
    assert stored == {"Bianchi", "Colombo", "D'Amico", "Fumagalli", "Dal Molin"}


def test_the_optional_uses_are_offered_shown_and_imported(
    qtbot, db: Database, session, tmp_path: Path
) -> None:
    practice, target = session
    dialog = ImportDialog(db, target.id, read_table(optional_consents_csv(tmp_path / "i.csv")))
    qtbot.addWidget(dialog)
    combos = [dialog.findChild(QComboBox, f"mappingCombo{n}") for n in (5, 6, 7)]
    assert [combo.currentText() for combo in combos] == [
        "Consenso privacy",
        "Consenso foto e video",
        "Consenso a essere ricontattato",
    ]
    assert combos[1].accessibleName() == MEDIA_QUESTION  # the question, as the form asks it
    model = dialog.preview_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    media, contact = (
        headers.index("Consenso foto e video"),
        headers.index("Consenso a essere ricontattato"),
    )
    assert [(row[3], row[media], row[contact]) for row in rows_of(dialog)] == [
        ("Colombo", "Sì", "Sì"),
        ("Bianchi", "No", "No"),
        ("Di Stefano", "Sì", "No"),
        ("Riva", "", "Sì"),
        ("La Rosa", "No", "No"),
    ]
    dialog._import()
    settle(dialog)
    stored = {
        row.surname: (row.consent_media, row.consent_contact)
        for row in roster_service.roster(db, practice.id, target.id)
    }
    assert stored["Riva"] == (None, True) and stored["Bianchi"] == (False, False)
