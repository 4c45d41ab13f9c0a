"""The import preview on a Microsoft Forms export and an Excel list with totals: the answers
are mapped, totals are "non è una persona", the cancelled are ticked to come back."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from forms_samples import excel_list_with_totals, ms_forms_xlsx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QTableView
from scheduling_helpers import sample
from ui_helpers import child, settle

from exchange_desktop.domain.enums import RegistrationStatus
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


def open_dialog(qtbot, db: Database, session_id: int, path: Path) -> ImportDialog:
    dialog = ImportDialog(db, session_id, read_table(path))
    qtbot.addWidget(dialog)
    return dialog


def test_ms_forms_preview_maps_the_answers_and_imports_thirteen(
    qtbot, db: Database, session, tmp_path: Path
) -> None:
    practice, target = session
    dialog = open_dialog(qtbot, db, target.id, ms_forms_xlsx(tmp_path / "Iscrizioni.xlsx"))
    combos = [dialog.findChild(QComboBox, f"mappingCombo{n}").currentText() for n in range(11)]
    assert combos == [
        *["— non importare —"] * 2,
        "Data e ora di iscrizione",  # the completion time: the order of the waiting list
        *["— non importare —"] * 3,
        "Nome",
        "Cognome",
        "Ente",
        "Email",
        "Ruolo",
    ]
    rows = rows_of(dialog)
    assert {row[1] for row in rows} == {"nuovo"} and len(rows) == 13
    assert rows[0][3:7] == ["Bernasconi", "Niccolò", "Comune di Cantù", rows[0][6]]
    assert child(dialog, "importCounts").text() == "13 nuovi · 0 doppioni (saltati) · 0 con errori"
    dialog.show()
    qtbot.waitExposed(dialog)
    picture = os.environ.get("IMPORT_PREVIEW_PNG")
    if picture:  # QT_QPA_PLATFORM=offscreen IMPORT_PREVIEW_PNG=x.png pytest -k ms_forms
        dialog.grab().save(picture)

    dialog._import()

    settle(dialog)

    assert dialog.summary is not None
    assert (dialog.summary.imported, dialog.summary.waiting) == (13, 3)
    stored = roster_service.roster(db, practice.id, target.id)
    assert sum(r.status is RegistrationStatus.CONFIRMED for r in stored) == 10


def test_totals_rows_are_not_people_in_the_preview(
    qtbot, db: Database, session, tmp_path: Path
) -> None:
    _practice, target = session
    dialog = open_dialog(qtbot, db, target.id, excel_list_with_totals(tmp_path / "elenco.xlsx"))
    rows = rows_of(dialog)
    assert [(row[0], row[1]) for row in rows[-4:]] == [
        (18, "non è una persona"),
        (19, "non è una persona"),
        (20, "non è una persona"),
        (21, "non è una persona"),
    ]
    counts = child(dialog, "importCounts").text()
    assert counts == "13 nuovi · 0 doppioni (saltati) · 0 con errori · 4 non sono persone (saltate)"
    dialog._import()
    settle(dialog)
    assert (dialog.summary.imported, dialog.summary.waiting) == (13, 3)  # type: ignore[union-attr]


def test_the_cancelled_come_back_only_when_ticked(
    qtbot, db: Database, session, tmp_path: Path
) -> None:
    practice, target = session
    path = ms_forms_xlsx(tmp_path / "Iscrizioni.xlsx")
    first = open_dialog(qtbot, db, target.id, path)
    first._import()
    settle(first)
    by_surname = {r.surname: r for r in roster_service.roster(db, practice.id, target.id)}
    for surname in ("Bernasconi", "Crippa"):
        roster_service.cancel_registration(db, by_surname[surname].registration_id)

    dialog = open_dialog(qtbot, db, target.id, path)
    rows = rows_of(dialog)
    assert [(row[0], row[1]) for row in rows if row[1] != "doppione"] == [
        (2, "annullato in precedenza"),
        (5, "annullato in precedenza"),
    ]
    assert rows[0][2].startswith("Annullato in precedenza: Niccolò Bernasconi")
    button = child(dialog, "importButton")
    assert not button.isEnabled()
    model = dialog.findChild(QTableView, "importPreview").model()
    index = model.index(3, 1)  # Crippa
    assert model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert button.isEnabled()
    assert (
        "2 annullati in precedenza (1 spuntati da iscrivere)"
        in child(dialog, "importCounts").text()
    )

    dialog._import()

    settle(dialog)

    assert (dialog.summary.imported, dialog.summary.reinstated) == (1, 1)  # type: ignore[union-attr]
    statuses = {r.surname: r.status for r in roster_service.roster(db, practice.id, target.id)}
    assert statuses["Crippa"] is RegistrationStatus.WAITING  # the seats were taken meanwhile
    assert statuses["Bernasconi"] is RegistrationStatus.CANCELLED
