"""Rows whose cells wrap get a height for their lines, so that no reader overprints them."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet
from roster_xlsx_helpers import ALL_COLUMNS, roster_row

from exchange_desktop.domain.enums import RegistrationStatus
from exchange_desktop.domain.practice import Practice
from exchange_desktop.domain.scheduling import CandidateDate, Session
from exchange_desktop.exports.roster_xlsx import write_roster_workbook
from exchange_desktop.exports.xlsx_sheets import line_height, row_height, wrapped_lines
from exchange_desktop.services.documents.roster_export import build_roster_book

LONG_ENTE = "Unione dei Comuni della Bassa Valle del Lambro e della Brianza Orientale Monzese"
LONG_ROLE = "Istruttore direttivo amministrativo\nUfficio Partecipazione\nServizio Giovani"
SHORT = "Comune di Lissone"


@pytest.mark.parametrize(
    ("text", "width", "lines"),
    [
        ("", 10, 1),
        ("Rossi", 10, 1),
        ("x" * 9, 10, 1),  # one character of the width is kept free
        ("x" * 10, 10, 2),
        ("x" * 19, 10, 3),  # a word longer than the cell is broken, as the readers do
        ("ab " + "x" * 12, 10, 3),
        ("uno\ndue\ntre", 40, 3),  # explicit newlines
        ("uno\n\ntre", 40, 3),
        (LONG_ENTE, 50, 2),
        ("Posizione in lista d'attesa", 18, 2),
    ],
)
def test_wrapped_lines(text: str, width: float, lines: int) -> None:
    assert wrapped_lines(text, width) == lines


def test_heights_follow_the_font_size() -> None:
    assert line_height() == 15
    assert line_height(13) > line_height(11)
    assert row_height(3) == 45
    assert row_height(1000) == 409  # Excel's largest row


def _workbook(tmp_path: Path) -> openpyxl.Workbook:
    sessions = [
        (Session(id=1, candidate_dates=[CandidateDate(day=date(2026, 4, 20))]), "20 aprile"),
        (Session(id=2), "data da definire"),
    ]
    rows = [
        roster_row(registration_id=1, surname="Abate", organisation=SHORT, organisation_id=1),
        roster_row(
            registration_id=2,
            surname="Bianchi",
            organisation=LONG_ENTE,
            organisation_id=2,
            role=LONG_ROLE,
        ),
        roster_row(
            registration_id=3,
            surname="Colombo",
            organisation=LONG_ENTE,
            organisation_id=2,
            status=RegistrationStatus.WAITING,
            waiting_position=1,
        ),
    ]
    book = build_roster_book(
        Practice(title="Patti di Cittadinanza", host_comune="Comune di Monza"),
        sessions,
        rows,
        ALL_COLUMNS,
        datetime(2026, 4, 1, 12, 0),
    )
    path = tmp_path / "altezze.xlsx"
    write_roster_workbook(path, book)
    return openpyxl.load_workbook(path)


def _row_of(sheet: Worksheet, text: str) -> int:
    for row in sheet.iter_rows():
        if any(cell.value == text for cell in row):
            return row[0].row
    raise AssertionError(f"{text!r} not in {sheet.title}")


def _cell(sheet: Worksheet, row: int, text: str) -> openpyxl.cell.Cell:
    (cell,) = (cell for cell in sheet[row] if cell.value == text)
    return cell


def test_a_session_sheet_row_is_as_tall_as_its_tallest_wrapping_cell(tmp_path: Path) -> None:
    sheet = _workbook(tmp_path)["2026-04-20"]
    tall = _row_of(sheet, "Bianchi")
    assert _cell(sheet, tall, LONG_ENTE).alignment.wrap_text
    assert _cell(sheet, tall, LONG_ROLE).alignment.wrap_text  # three lines of its own
    assert sheet.row_dimensions[tall].height == 3 * 15
    assert sheet.row_dimensions[tall].customHeight
    plain = _row_of(sheet, "Abate")
    assert sheet.row_dimensions[plain].height is None  # the readers' own height
    assert not _cell(sheet, plain, SHORT).alignment.wrap_text


def test_the_waiting_list_and_the_summary_get_heights_too(tmp_path: Path) -> None:
    workbook = _workbook(tmp_path)
    waiting = workbook["Lista d'attesa"]
    row = _row_of(waiting, "Colombo")
    assert _cell(waiting, row, LONG_ENTE).alignment.wrap_text
    assert waiting.row_dimensions[row].height == 2 * 15

    summary = workbook["Riepilogo"]
    row = _row_of(summary, LONG_ENTE)  # the count per Ente, capped at 60 characters
    assert _cell(summary, row, LONG_ENTE).alignment.wrap_text
    assert summary.row_dimensions[row].height == 2 * 15
    assert summary.row_dimensions[_row_of(summary, SHORT)].height is None
    assert summary.row_dimensions[1].height is None  # the title runs on, it does not wrap
