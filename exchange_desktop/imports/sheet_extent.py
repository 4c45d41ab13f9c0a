"""How far each sheet of an .xlsx or .ods file reaches, found without loading it.

The spreadsheet reader (python-calamine) allocates a rectangle from A1 to the farthest cell
before it hands anything back: one stray value in XFD1048576 asks for hundreds of GiB and
aborts the process, no Python exception to catch; a value in H1048576 costs seconds and
hundreds of MB.  So before loading, the sheet's XML is streamed through a regular
expression that looks only at the start tags of rows and cells (their ``r`` attributes, or
their position when a writer leaves them out), in chunks, never holding the whole sheet.
A tag-level scan is ten times quicker than an XML parser here and is enough: cell text
cannot hold a raw ``<``.  The ``<dimension ref>`` the writer declares is read too, but the
cells decide: a declaration may be missing, stale, or false.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO
from xml.etree import ElementTree

from exchange_desktop.i18n import QT_TRANSLATE_NOOP
from exchange_desktop.imports.import_errors import ImportFileError, file_error

#: The widest sheet imported: a participant list has a dozen columns, a Forms export fifty.
MAX_COLUMNS = 200
#: The longest sheet imported: far more people than any office registers.
MAX_ROWS = 200_000
#: The largest rectangle (rows × columns) loaded: the reader allocates every cell of it, the
#: empty ones too, and then Python holds one object per cell.  2.5 million cells stay
#: under 500 MB (see benchmarks/spreadsheet_guard_benchmark.py).
MAX_CELLS = 2_500_000

_CHUNK = 1 << 20
_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(row|c|dimension)(?=[\s/>])([^>]*)>")
_REF = re.compile(rb'\br="([A-Z]{0,3})(\d*)"')
_DIMENSION_REF = re.compile(rb'\bref="([^"]*)"')
_ODS_TAG = re.compile(
    rb"<table:(table|table-row|table-cell|covered-table-cell)(?=[\s/>])([^>]*)>"
    rb"|</table:(table|table-row)>"
)
_ODS_ROWS = re.compile(rb'table:number-rows-repeated="(\d+)"')
_ODS_COLUMNS = re.compile(rb'table:number-columns-repeated="(\d+)"')
_ODS_NAME = re.compile(rb'table:name="([^"]*)"')
_MAIN_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"


@dataclass(frozen=True)
class Extent:
    """A sheet's farthest used row and column (1-based); ``declared`` as the writer put it."""

    sheet: str
    rows: int
    columns: int
    declared: str | None = None

    @property
    def too_large(self) -> bool:
        return (
            self.rows > MAX_ROWS
            or self.columns > MAX_COLUMNS
            or self.rows * self.columns > MAX_CELLS
        )

    @property
    def last_cell(self) -> str:
        return f"{column_letters(self.columns)}{self.rows}"


def column_letters(number: int) -> str:
    """28 → "AB", the way Excel names a column."""
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters or "A"


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def _tags(stream: IO[bytes], pattern: re.Pattern[bytes]) -> Iterator[re.Match[bytes]]:
    """The matches of ``pattern`` in a stream, chunk by chunk; a tag cut in two is kept for
    the next chunk (everything after the last ``>``)."""
    tail = b""
    while True:
        chunk = stream.read(_CHUNK)
        if not chunk:
            yield from pattern.finditer(tail)
            return
        data = tail + chunk
        cut = data.rfind(b">") + 1
        yield from pattern.finditer(data, 0, cut)
        tail = data[cut:]


def _xlsx_sheet_extent(stream: IO[bytes], name: str) -> Extent:
    declared: str | None = None
    row = column = last_row = last_column = 0
    for match in _tags(stream, _TAG):
        tag, attributes = match.group(1), match.group(2)
        if tag == b"dimension":
            found = _DIMENSION_REF.search(attributes)
            declared = found.group(1).decode("ascii", "replace") if found else None
            continue
        ref = _REF.search(attributes)
        if tag == b"row":
            row = int(ref.group(2)) if ref and ref.group(2) else row + 1
            column = 0
            continue
        if ref and ref.group(1):
            column = _column_number(ref.group(1))
            if ref.group(2):
                row = int(ref.group(2))
        else:
            column += 1
        last_row, last_column = max(last_row, row or 1), max(last_column, column)
    return Extent(name, last_row, last_column, declared)


def _xlsx_sheets(archive: zipfile.ZipFile) -> list[tuple[str, str]]:
    """(name shown on the tab, part in the archive) for each visible worksheet."""
    workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {
        rel.get("Id"): rel.get("Target", "") for rel in rels.iter(f"{_PKG_REL_NS}Relationship")
    }
    sheets = []
    for sheet in workbook.iter(f"{_MAIN_NS}sheet"):
        if sheet.get("state", "visible") != "visible":
            continue
        target = targets.get(sheet.get(f"{_REL_NS}id"), "")
        part = target.lstrip("/") if target.startswith("/") else str(PurePosixPath("xl") / target)
        if part in archive.namelist():
            sheets.append((sheet.get("name", ""), part))
    return sheets


def xlsx_extents(path: Path | IO[bytes]) -> list[Extent]:
    """The extent of every visible worksheet of an .xlsx/.xlsm file.

    Raises :class:`zipfile.BadZipFile`, :class:`KeyError` or :class:`ElementTree.ParseError`
    for a file that is not a well-formed workbook (the reader will say so in its words).
    """
    with zipfile.ZipFile(path) as archive:
        extents = []
        for name, part in _xlsx_sheets(archive):
            with archive.open(part) as stream:
                extents.append(_xlsx_sheet_extent(stream, name))
        return extents


def ods_extents(path: Path | IO[bytes]) -> list[Extent]:
    """The extent of every table of an .ods file, counting only cells that hold something.

    LibreOffice writes the empty rest of a row or a sheet as one cell or row "repeated"
    a million times; those are not data.  A cell is used when it has a value type or content
    (it is not written ``<table:table-cell/>``).
    """
    extents: list[Extent] = []
    name, row, column, last_row, last_column = "", 0, 0, 0, 0
    row_repeat = 1
    with zipfile.ZipFile(path) as archive, archive.open("content.xml") as stream:
        for match in _tags(stream, _ODS_TAG):
            tag, attributes, closing = match.group(1), match.group(2), match.group(3)
            if closing == b"table":
                extents.append(Extent(name, last_row, last_column))
            elif closing == b"table-row":
                row += row_repeat - 1
            elif tag == b"table":
                found = _ODS_NAME.search(attributes)
                name = found.group(1).decode("utf-8", "replace") if found else ""
                row = column = last_row = last_column = 0
            elif tag == b"table-row":
                repeated = _ODS_ROWS.search(attributes)
                row_repeat = int(repeated.group(1)) if repeated else 1
                row, column = row + 1, 0
                if attributes.rstrip().endswith(b"/"):
                    row += row_repeat - 1
            else:
                repeated = _ODS_COLUMNS.search(attributes)
                count = int(repeated.group(1)) if repeated else 1
                empty = attributes.rstrip().endswith(b"/") and b"value-type" not in attributes
                column += count
                if not empty:
                    last_row = max(last_row, row + row_repeat - 1)
                    last_column = max(last_column, column)
    return extents


def too_large_error(path: Path, extent: Extent) -> ImportFileError:
    """The refusal of a sheet reaching beyond MAX_ROWS or MAX_COLUMNS."""
    return file_error(
        QT_TRANSLATE_NOOP(
            "Messages",
            "Il foglio «{sheet}» del file {path} arriva fino alla cella {cell} ({rows} righe, "
            "{columns} colonne): è troppo grande per un elenco di persone (al massimo "
            "{max_rows} righe, {max_columns} colonne e {max_cells} celle in tutto). Se c'è un "
            "valore isolato lontano dalla tabella, cancellarlo e salvare di nuovo il file.",
        ),
        path,
        sheet=extent.sheet,
        cell=extent.last_cell,
        rows=extent.rows,
        columns=extent.columns,
        max_rows=MAX_ROWS,
        max_columns=MAX_COLUMNS,
        max_cells=MAX_CELLS,
    )


def check_extents(path: Path) -> None:
    """Refuse an .xlsx or .ods file with a sheet reaching too far, before it is loaded.

    Raises :class:`ImportFileError`; a file that is not a well-formed workbook passes, for
    the reader to refuse in its own words.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
        if "xl/workbook.xml" in names:
            extents = xlsx_extents(path)
        elif "content.xml" in names:
            extents = ods_extents(path)
        else:
            return
    except (OSError, zipfile.BadZipFile, KeyError, ElementTree.ParseError, ValueError):
        return
    for extent in extents:
        if extent.too_large:
            raise too_large_error(path, extent)
