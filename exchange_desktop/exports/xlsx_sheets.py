"""The building blocks of a tidy spreadsheet, written with openpyxl's write-only mode.

Write-only mode streams the rows to the file (a roster of 10,000 registrations in about two
seconds through lxml; see ``benchmarks/documents_benchmark.py``).  Its price is an order:
column widths, the frozen pane, the fit-to-page flag and the header row's height are set
before the first row, the autofilter and the rest of the print set-up after the last one.

What every sheet shares is here: valid sheet names, cell text cleaned of what XML or Excel
refuse, values that look like formulas stored as text, widths that fit the content, the
bold header with a fill, and a print set-up for A4 landscape, one page wide.

A row with a wrapped cell (a long Ente, a label, text on several lines) gets an explicit
height from an estimate of its lines: neither Excel nor LibreOffice reliably grows a row
written without one, and a row too short for its text cuts it off or overprints the next.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Literal

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.worksheet import Worksheet

CellKind = Literal["text", "integer", "decimal", "hours", "date", "datetime", "time"]

#: Excel's number formats; Excel and LibreOffice show them with the reader's separators.
NUMBER_FORMATS: dict[str, str] = {
    "integer": "0",
    "decimal": "0.00",
    # A duration as a fraction of a day: "7:00", "3:30", the same hours the attestato prints.
    "hours": "[h]:mm",
    "date": "dd/mm/yyyy",
    "datetime": "dd/mm/yyyy hh:mm",
    "time": "hh:mm",
}
_FIXED_LENGTHS = {"date": 10, "datetime": 16, "time": 5}

MAX_SHEET_TITLE = 31
MAX_CELL_TEXT = 32_767
MAX_HEADER_FOOTER = 200  # of the 255 characters Excel takes, with the position and size codes
DEFAULT_MAX_WIDTH = 50
_HEADER_MIN_WIDTH = 14  # a longer label wraps onto a second line instead of widening
_POINTS_PER_LINE = 15  # Excel's line for an 11-point font: the row height grows with the size
_BASE_FONT_SIZE = 11
_MAX_ROW_HEIGHT = 409  # points: Excel's limit
_BOLD_FACTOR = 1.1  # bold characters are wider

_SHEET_TITLE_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_FORMULA_STARTS = ("=", "+", "-", "@")
_CAREFUL_STARTS = frozenset("=+-@#")  # formulas, and the error codes ("#N/A"…)
_RESERVED_TITLES = {"history"}  # Excel keeps this name for itself
_BOXED = ("boxed", "total")
_SPILLING = ("title", "bold")  # a heading above a table runs on over the empty cells

_FONT_NAME = "Calibri"  # openpyxl's default: the widths are counted in its characters
HEADER_FONT = Font(name=_FONT_NAME, size=11, bold=True)
BOLD_FONT = HEADER_FONT
TITLE_FONT = Font(name=_FONT_NAME, size=13, bold=True)
HEADER_FILL = PatternFill(fill_type="solid", start_color="FFDDEBF7", end_color="FFDDEBF7")
_THIN = Side(style="thin", color="FF7F7F7F")
BOX_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
HEADER_ALIGNMENT = Alignment(wrap_text=True, vertical="center")
WRAP_ALIGNMENT = Alignment(wrap_text=True)  # at the bottom like the rest of the row


@dataclass(frozen=True)
class Column:
    """A column of a table: its header label, what its cells hold and how wide it may grow."""

    label: str
    kind: CellKind = "text"
    max_width: int = DEFAULT_MAX_WIDTH


# --- text -----------------------------------------------------------------------------------


def clean_text(text: str) -> str:
    """The text without the characters XML 1.0 cannot hold, at most Excel's 32,767."""
    return _XML_ILLEGAL.sub("", text)[:MAX_CELL_TEXT]


def _is_plain(text: str) -> bool:
    return len(text) <= MAX_CELL_TEXT and _XML_ILLEGAL.search(text) is None


def needs_text_guard(text: str) -> bool:
    """Whether Excel would take ``text`` for a formula or an error code if typed in."""
    return text.startswith(_FORMULA_STARTS) or text in ERROR_CODES


def header_footer_text(text: str) -> str:
    """Text for a printed page header or footer: one line, "&" doubled (a bare one starts a
    code), short enough for Excel, which refuses more than 255 characters in all."""
    text = " ".join(clean_text(text).split())
    while len(text.replace("&", "&&")) > MAX_HEADER_FOOTER:
        text = text[: MAX_HEADER_FOOTER - 1 - text.count("&")].rstrip() + "…"
    return text.replace("&", "&&")


def sheet_title(wanted: str, taken: set[str]) -> str:
    """A valid sheet name close to ``wanted`` and not in ``taken`` (compared without case).

    No []:*?/\\ (a slash becomes a dash, the others a space), no apostrophe at either end,
    at most 31 characters, never blank; a repeated name gets " (2)", " (3)"…  The name
    returned is added to ``taken``.
    """
    text = _SHEET_TITLE_FORBIDDEN.sub(lambda m: "-" if m.group() in "/\\" else " ", wanted)
    text = " ".join(clean_text(text).split()).strip("'").strip()
    base = text[:MAX_SHEET_TITLE].rstrip().strip("'") or "Foglio"
    title, number = base, 1
    while title.casefold() in taken or title.casefold() in _RESERVED_TITLES:
        number += 1
        suffix = f" ({number})"
        title = base[: MAX_SHEET_TITLE - len(suffix)].rstrip().strip("'") + suffix
    taken.add(title.casefold())
    return title


def sheet_titles(wanted: Iterable[str], reserved: Iterable[str] = ()) -> list[str]:
    """Valid and distinct sheet names for ``wanted``, none equal to a ``reserved`` one."""
    taken = {name.casefold() for name in reserved}
    return [sheet_title(name, taken) for name in wanted]


# --- widths -----------------------------------------------------------------------------------


def _longest(values: Iterable[object], kind: CellKind) -> int:
    """The longest of ``values`` as shown, in characters (one pass over a column)."""
    present = [value for value in values if value is not None and value != ""]
    if not present:
        return 0
    if kind == "date" and any(isinstance(value, datetime) for value in present):
        return _FIXED_LENGTHS["datetime"]
    if kind in _FIXED_LENGTHS:
        return _FIXED_LENGTHS[kind]
    if kind == "hours":
        return max(len(f"{round(value * 24)}:00") for value in present if isinstance(value, float))
    if kind == "decimal":
        return max(
            len(f"{value:.2f}") if isinstance(value, float) else len(str(value))
            for value in present
        )
    texts = [value if isinstance(value, str) else str(value) for value in present]
    return max(max(map(len, text.splitlines())) if "\n" in text else len(text) for text in texts)


def _header_need(label: str) -> int:
    """Room for the bold label: its longest word, or the whole label when short."""
    longest_word = max((len(word) for word in label.split()), default=0)
    return math.ceil(max(longest_word, min(len(label), _HEADER_MIN_WIDTH)) * _BOLD_FACTOR)


def column_widths(
    columns: Sequence[Column], rows: Sequence[Sequence[object]], *, minimum: int = 4
) -> list[float]:
    """Widths (in characters) that fit the header and the longest value, within the caps."""
    widths = []
    for index, column in enumerate(columns):
        values = (row[index] for row in rows if index < len(row))
        length = max(_header_need(column.label), _longest(values, column.kind), minimum)
        widths.append(float(min(column.max_width, length + 2)))
    return widths


def wrapped_lines(text: str, width: float) -> int:
    """How many lines ``text`` takes in a wrapping cell ``width`` characters wide.

    Each line of the text (explicit newlines) wraps at word boundaries; a word longer than
    the cell is broken across lines, as Excel and LibreOffice do.  Characters are counted
    as wide as a digit (the unit of column widths): most letters are narrower, so the
    estimate errs towards one line too many, which leaves space rather than cutting text.
    """
    room = max(1, int(width) - 1)
    lines = 0
    for paragraph in text.splitlines() or [""]:
        lines += 1
        used = 0
        for word in paragraph.split():
            needed = len(word) if used == 0 else used + 1 + len(word)
            if needed <= room:
                used = needed
                continue
            if used:  # the word starts the next line
                lines += 1
            full, used = divmod(len(word), room)  # and takes more when longer than one
            if used == 0:
                full, used = full - 1, room
            lines += full
    return lines


def line_height(font_size: float = _BASE_FONT_SIZE) -> float:
    """The height (points) of one line of text in ``font_size``: 15 for Calibri 11."""
    return _POINTS_PER_LINE * font_size / _BASE_FONT_SIZE


def row_height(lines: int, font_size: float = _BASE_FONT_SIZE) -> float:
    """The height of a row showing ``lines`` lines, within Excel's limit."""
    return min(_MAX_ROW_HEIGHT, round(lines * line_height(font_size), 2))


# --- writing ------------------------------------------------------------------------------------


class SheetWriter:
    """One write-only sheet filled from the top: widths first, then rows, then ``finish``."""

    def __init__(self, workbook: Workbook, title: str, widths: Sequence[float]) -> None:
        self.sheet: WriteOnlyWorksheet = workbook.create_sheet(title)
        self.rows_written = 0
        self.columns = len(widths)
        for index, width in enumerate(widths, start=1):
            self.sheet.column_dimensions[get_column_letter(index)].width = width
        self._widths = list(widths)
        # Text longer than its column (capped) wraps onto more lines instead of being cut.
        self._fits = [int(width) - 1 for width in widths]
        self._cells: dict[tuple[int, str], WriteOnlyCell] = {}
        # Written with the sheet's top, before the rows; the rest of the set-up in finish().
        self.sheet.sheet_properties.pageSetUpPr.fitToPage = True

    # Cells with a style are made once per column and reused: write-only mode writes each
    # row out before the next one is built.
    def _cell(self, column: int, variant: str) -> WriteOnlyCell:
        cell = self._cells.get((column, variant))
        if cell is None:
            cell = self._cells[column, variant] = WriteOnlyCell(self.sheet)
            kind, _, emphasis = variant.partition("|")
            kind, wrap = kind.removesuffix("+wrap"), kind.endswith("+wrap")
            if kind in NUMBER_FORMATS:
                cell.number_format = NUMBER_FORMATS[kind]
            if kind == "guard":
                cell.quotePrefix = True
            if wrap:
                cell.alignment = WRAP_ALIGNMENT
            if emphasis == "header":
                cell.font, cell.fill = HEADER_FONT, HEADER_FILL
                cell.border, cell.alignment = BOX_BORDER, HEADER_ALIGNMENT
            elif emphasis == "total":
                cell.font, cell.border = BOLD_FONT, BOX_BORDER
            elif emphasis == "boxed":
                cell.border = BOX_BORDER
            elif emphasis == "title":
                cell.font = TITLE_FONT
            elif emphasis == "bold":
                cell.font = BOLD_FONT
        return cell

    def _wraps(self, column: int, text: str, emphasis: str) -> bool:
        """Whether a text cell wraps: longer than its column, or on several lines."""
        if emphasis in _SPILLING or column >= len(self._fits):
            return False
        return emphasis == "header" or "\n" in text or len(text) > self._fits[column]

    def _lines(self, values: Sequence[object], emphasis: str) -> int:
        """The lines the row's tallest wrapping cell takes (1 when none wraps)."""
        return max(
            (
                wrapped_lines(value, self._widths[index])
                for index, value in enumerate(values)
                if isinstance(value, str) and value and self._wraps(index, value, emphasis)
            ),
            default=1,
        )

    def _value(self, column: int, value: object, kind: CellKind, emphasis: str) -> object:
        if value is None or value == "":
            return self._cell(column, f"|{emphasis}") if emphasis in _BOXED else None
        if isinstance(value, str):
            long = self._wraps(column, value, emphasis)
            if not (emphasis or long) and value[0] not in _CAREFUL_STARTS and _is_plain(value):
                return value  # the common case, written by openpyxl as it is
            text = clean_text(value)
            guarded = needs_text_guard(text)
            if not (guarded or emphasis or long):
                return text
            kind_text = ("guard" if guarded else "text") + ("+wrap" if long else "")
            cell = self._cell(column, f"{kind_text}|{emphasis}")
            cell.value = text
            cell.data_type = "s"  # never a formula nor an error code
            return cell
        if isinstance(value, datetime | date | time):
            kind = "datetime" if isinstance(value, datetime) and kind == "date" else kind
            value = value.replace(microsecond=0) if isinstance(value, datetime | time) else value
        elif isinstance(value, bool | int | float) and kind in ("text", "integer"):
            if not emphasis:
                return value
            kind = "integer" if isinstance(value, int) else "decimal"
        cell = self._cell(column, f"{kind}|{emphasis}")
        cell.value = value
        return cell

    def append(
        self, values: Sequence[object], kinds: Sequence[CellKind] = (), *, emphasis: str = ""
    ) -> None:
        """Write one row; ``emphasis`` is "" (plain), "boxed" (thin borders), "total" (bold and
        boxed), "bold", "title" (bold and larger) or "header" (bold, filled and boxed).
        """
        row = [
            self._value(index, value, kinds[index] if index < len(kinds) else "text", emphasis)
            for index, value in enumerate(values)
        ]
        lines = self._lines(values, emphasis)
        if lines > 1:  # before the row is streamed out; every wrapping cell is in 11 points
            self.sheet.row_dimensions[self.rows_written + 1].height = row_height(lines)
        self.sheet.append(row)
        self.rows_written += 1

    def header(self, labels: Sequence[str]) -> None:
        """The bold header row with its fill; taller when a label wraps."""
        self.append(list(labels), emphasis="header")

    def blank(self) -> None:
        self.sheet.append([])
        self.rows_written += 1

    def freeze_header(self) -> None:
        """Keep row 1 in view while scrolling (before the first row is written)."""
        self.sheet.freeze_panes = "A2"

    def finish(
        self,
        *,
        page_header: str,
        page_footer: str,
        table: bool = False,
        gridlines: bool = True,
    ) -> None:
        """Print set-up: A4 landscape, one page wide, the page header and footer ("Pagina X
        di Y" on the right), the gridlines printed unless ``gridlines`` is false.  ``table``:
        the sheet is one table with its header in row 1, which gets the autofilter and is
        repeated on every printed page.
        """
        sheet = self.sheet
        if table:
            last = get_column_letter(max(1, self.columns))
            sheet.auto_filter.ref = f"A1:{last}{max(1, self.rows_written)}"
            sheet.print_title_rows = "1:1"
        setup = sheet.page_setup
        setup.paperSize = Worksheet.PAPERSIZE_A4
        setup.orientation = Worksheet.ORIENTATION_LANDSCAPE
        setup.fitToWidth = 1
        setup.fitToHeight = 0
        sheet.print_options.gridLines = gridlines
        margins = sheet.page_margins
        margins.left = margins.right = 0.5
        margins.top = margins.bottom = 0.75
        margins.header = margins.footer = 0.3
        sheet.oddHeader.center.text = header_footer_text(page_header)
        sheet.oddHeader.center.size = 10
        sheet.oddFooter.left.text = header_footer_text(page_footer)
        sheet.oddFooter.left.size = 8
        sheet.oddFooter.right.text = "Pagina &P di &N"
        sheet.oddFooter.right.size = 8
