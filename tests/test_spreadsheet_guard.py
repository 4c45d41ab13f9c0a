"""The guard around the spreadsheet reader: a sheet reaching too far is refused before it is
loaded, and a crash of the native reader (in its child process) is a message, not the end
of the program — on the command line and in the window."""

from __future__ import annotations

from pathlib import Path

import pytest
import xlwt
from cli_helpers import run_failing, run_ok
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableCell, TableRow
from odf.text import P
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sheet_generators import HEADER, PEOPLE, crash, people_xlsx, write_xlsx
from ui_helpers import action, make_window

from exchange_desktop.cli.main import run
from exchange_desktop.domain.errors import DomainError
from exchange_desktop.imports import spreadsheet
from exchange_desktop.imports.sheet_extent import ods_extents, xlsx_extents
from exchange_desktop.imports.spreadsheet import read_table
from exchange_desktop.services.practices import catalogue as practice_service
from exchange_desktop.services.practices.sample import load_sample
from exchange_desktop.storage.database import Database

TOO_LARGE = "è troppo grande per un elenco di persone"
CANNOT_READ = "non si può leggere"


@pytest.fixture
def sample_db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    db_file = tmp_path / "archivio.sqlite"
    assert run(["sample", "--db", str(db_file)]) == 0
    capsys.readouterr()
    return db_file


def _import(db_file: Path, path: Path) -> list[str]:
    return ["import-participants", "--db", str(db_file), "--session", "1", str(path)]


def test_one_value_in_the_last_cell_is_refused_with_exit_1(
    tmp_path: Path, sample_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = people_xlsx(tmp_path / "iscritti.xlsx", far_cell=(1048576, 16384))
    err = run_failing(_import(sample_db, path), capsys, 1)
    assert TOO_LARGE in err and "XFD1048576" in err and "«Iscritti»" in err


@pytest.mark.parametrize(
    ("far_cell", "cell"), [((200_001, 1), "D200001"), ((3, 201), "GS3"), ((1048576, 8), "H1048576")]
)
def test_a_sheet_beyond_the_limits_is_refused(tmp_path: Path, far_cell, cell: str) -> None:
    path = people_xlsx(tmp_path / "iscritti.xlsx", far_cell=far_cell)
    with pytest.raises(DomainError, match=TOO_LARGE) as caught:
        read_table(path)
    assert cell in str(caught.value)


@pytest.mark.slow
@pytest.mark.parametrize("far_cell", [(200_000, 4), (3, 200), (100_000, 25)])
def test_a_sheet_at_the_limits_is_read(tmp_path: Path, far_cell: tuple[int, int]) -> None:
    path = people_xlsx(tmp_path / "iscritti.xlsx", far_cell=far_cell)
    assert read_table(path).rows[:2] == PEOPLE


def test_the_cells_decide_not_the_declared_dimension(tmp_path: Path) -> None:
    """A stale or false <dimension> neither refuses a small sheet nor hides a large one."""
    small = people_xlsx(tmp_path / "piccolo.xlsx", declared="A1:XFD1048576")
    (extent,) = xlsx_extents(small)
    assert (extent.rows, extent.columns, extent.declared) == (3, 4, "A1:XFD1048576")
    assert read_table(small).rows == PEOPLE
    large = people_xlsx(tmp_path / "grande.xlsx", declared="A1:D3", far_cell=(1048576, 16384))
    with pytest.raises(DomainError, match=TOO_LARGE):
        read_table(large)


def test_cells_without_references_are_counted_by_position(tmp_path: Path) -> None:
    wide = write_xlsx(tmp_path / "largo.xlsx", [HEADER, PEOPLE[0] + ["x"] * 200], refs=False)
    (extent,) = xlsx_extents(wide)
    assert (extent.rows, extent.columns) == (2, 204)
    with pytest.raises(DomainError, match=TOO_LARGE):
        read_table(wide)


def _ods(path: Path, *, far_row: int | None) -> Path:
    """LibreOffice's way: the empty rest of a row and of the sheet as repeated cells/rows."""
    document = OpenDocumentSpreadsheet()
    table = Table(name="Iscritti")
    for values in [HEADER, *PEOPLE]:
        row = TableRow()
        for value in values:
            cell = TableCell(valuetype="string")
            cell.addElement(P(text=value))
            row.addElement(cell)
        row.addElement(TableCell(numbercolumnsrepeated=16380))
        table.addElement(row)
    if far_row is not None:
        filler = TableRow(numberrowsrepeated=far_row - 4)
        filler.addElement(TableCell(numbercolumnsrepeated=16384))
        table.addElement(filler)
        last = TableRow()
        cell = TableCell(valuetype="string")
        cell.addElement(P(text="x"))
        last.addElement(cell)
        table.addElement(last)
    document.spreadsheet.addElement(table)
    document.save(str(path))
    return path


def test_ods_trailing_repeats_are_not_data_but_a_far_value_is(tmp_path: Path) -> None:
    normal = _ods(tmp_path / "iscritti.ods", far_row=None)
    assert [(e.rows, e.columns) for e in ods_extents(normal)] == [(3, 4)]
    assert read_table(normal).rows == PEOPLE
    far = _ods(tmp_path / "lontano.ods", far_row=1048576)
    assert [(e.rows, e.columns) for e in ods_extents(far)] == [(1048576, 4)]
    with pytest.raises(DomainError, match=TOO_LARGE):
        read_table(far)


def test_an_xls_reaching_too_far_is_refused(tmp_path: Path) -> None:
    workbook = xlwt.Workbook()
    sheet = workbook.add_sheet("Iscritti")
    for r, values in enumerate([HEADER, *PEOPLE]):
        for c, value in enumerate(values):
            sheet.write(r, c, value)
    sheet.write(2, 255, "x")  # IV3: the last column of the old format
    path = tmp_path / "iscritti.xls"
    workbook.save(str(path))
    with pytest.raises(DomainError, match=TOO_LARGE):
        read_table(path)


def test_a_crash_of_the_reader_is_a_one_line_refusal(
    tmp_path: Path,
    sample_db: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(spreadsheet, "_grids_here", crash)
    path = people_xlsx(tmp_path / "iscritti.xlsx")
    err = run_failing(_import(sample_db, path), capsys, 1)
    assert CANNOT_READ in err and "memory allocation" not in err


def test_an_ordinary_workbook_still_imports(
    tmp_path: Path, sample_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = run_ok(_import(sample_db, people_xlsx(tmp_path / "iscritti.xlsx")), capsys)
    assert "Importati: 2 (2 confermati" in out


@pytest.mark.parametrize("kind", ["too large", "crash"])
def test_the_window_shows_a_message_and_stays_open(
    qtbot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    load_sample(db)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _p, title, text, *_a, **_k: shown.append((title, text))
    )
    if kind == "crash":
        monkeypatch.setattr(spreadsheet, "_grids_here", crash)
        path = people_xlsx(tmp_path / "iscritti.xlsx")
    else:
        path = people_xlsx(tmp_path / "iscritti.xlsx", far_cell=(1048576, 16384))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))
    window = make_window(qtbot, db, tmp_path / "settings.ini")
    window.tabs.setCurrentWidget(window.roster_tab)
    monkeypatch.setattr(window.roster_tab, "session_id", lambda: 1)
    action(window, "importParticipantsAction").trigger()
    ((title, text),) = shown
    assert title == "File non letto"
    assert (CANNOT_READ if kind == "crash" else TOO_LARGE) in text
    assert window.isVisible()
    assert practice_service.list_practices(db)  # the program and its database still work
