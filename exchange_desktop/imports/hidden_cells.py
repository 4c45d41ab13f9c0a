"""The rows and columns a clerk hid (or filtered out) in a workbook, which the spreadsheet
reader does not report: people who withdrew are often hidden rather than deleted, and must
not take a seat because of it.

.xlsx/.xlsm mark them in the sheet's XML (``<row hidden="1">``, ``<col hidden="1">``, also
for the rows an AutoFilter hides); .ods in ``content.xml`` (``table:visibility`` "collapse"
or "filter"); an old .xls in its ROW and COLINFO records, read by xlrd.  Binary .xlsb is
not looked into: its rows all count.
"""

from __future__ import annotations

import logging
import posixpath
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

log = logging.getLogger(__name__)

#: No sheet read is longer (sheet_extent refuses them): a repeated hidden run stops there.
_MAX_ROWS = 200_001
_MAX_COLUMNS = 16_384

_SHEET = re.compile(rb"<(?:\w+:)?sheet\b([^>]*)/?>")
_RELATIONSHIP = re.compile(rb"<(?:\w+:)?Relationship\b([^>]*)/?>")
_ROW = re.compile(rb"<(?:\w+:)?row\b([^>]*)>")
_COL = re.compile(rb"<(?:\w+:)?col\b([^>]*)/?>")
_ATTRIBUTE = re.compile(rb'([\w:]+)\s*=\s*"([^"]*)"')

_CHUNK = 1 << 20
_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

_TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"


@dataclass(frozen=True)
class HiddenCells:
    """Sheet row numbers (1 the first) and column indexes (0 the first) that are hidden."""

    rows: frozenset[int] = frozenset()
    columns: frozenset[int] = frozenset()


NONE = HiddenCells()


def _attributes(text: bytes) -> dict[str, str]:
    found = {}
    for name, value in _ATTRIBUTE.findall(text):
        found[name.decode().rpartition(":")[2]] = value.decode("utf-8", "replace")
    return found


def _true(value: str | None) -> bool:
    return value in ("1", "true")


def _xlsx_sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name (case-folded) → the part holding it."""
    workbook = archive.read("xl/workbook.xml")
    rels = archive.read("xl/_rels/workbook.xml.rels")
    targets = {}
    for match in _RELATIONSHIP.finditer(rels):
        attributes = _attributes(match.group(1))
        target = attributes.get("Target", "")
        if target.startswith("/"):
            target = target[1:]
        else:
            target = posixpath.normpath(posixpath.join("xl", target))
        targets[attributes.get("Id", "")] = target
    parts = {}
    for match in _SHEET.finditer(workbook):
        attributes = _attributes(match.group(1))
        name = attributes.get("name", "")
        part = targets.get(attributes.get("id", ""))
        if part is not None:
            parts[name.casefold()] = part
    return parts


def _tags(archive: zipfile.ZipFile, part: str) -> Iterator[bytes]:
    """The opening tags of a sheet's XML, read a megabyte at a time: a sheet of 200,000
    rows is never held whole in memory."""
    tail = b""
    with archive.open(part) as stream:
        while chunk := stream.read(_CHUNK):
            data = tail + chunk
            cut = data.rfind(b">") + 1
            tail = data[cut:]
            yield data[:cut]
    if tail:
        yield tail


def _xlsx_hidden(archive: zipfile.ZipFile, part: str) -> HiddenCells:
    rows: set[int] = set()
    columns: set[int] = set()
    previous = 0
    for data in _tags(archive, part):
        for match in _COL.finditer(data):
            attributes = _attributes(match.group(1))
            if _true(attributes.get("hidden")):
                first = int(attributes.get("min", "1"))
                last = min(int(attributes.get("max", str(first))), _MAX_COLUMNS)
                columns.update(range(first - 1, last))
        for match in _ROW.finditer(data):
            attributes = _attributes(match.group(1))
            number = int(attributes["r"]) if attributes.get("r", "").isdigit() else previous + 1
            previous = number
            if _true(attributes.get("hidden")):
                rows.add(number)
    return HiddenCells(frozenset(rows), frozenset(columns))


def _ods_hidden(archive: zipfile.ZipFile) -> dict[str, HiddenCells]:
    """Every table of an .ods → its hidden rows and columns."""
    table, row, column = (f"{{{_TABLE_NS}}}{tag}" for tag in ("table", "table-row", "table-column"))
    name_key, visibility = f"{{{_TABLE_NS}}}name", f"{{{_TABLE_NS}}}visibility"
    rows_repeated = f"{{{_TABLE_NS}}}number-rows-repeated"
    columns_repeated = f"{{{_TABLE_NS}}}number-columns-repeated"
    found: dict[str, HiddenCells] = {}
    current = ""
    hidden_rows: set[int] = set()
    hidden_columns: set[int] = set()
    row_count = column_count = 0
    with archive.open("content.xml") as content:
        for event, element in ElementTree.iterparse(content, events=("start", "end")):
            if event == "start":
                if element.tag == table:
                    current = element.get(name_key, "")
                    hidden_rows, hidden_columns, row_count, column_count = set(), set(), 0, 0
                elif element.tag == row:
                    count = int(element.get(rows_repeated, "1"))
                    if element.get(visibility, "visible") != "visible":
                        stop = min(row_count + count, _MAX_ROWS)
                        hidden_rows.update(range(row_count + 1, stop + 1))
                    row_count += count
                elif element.tag == column:
                    count = int(element.get(columns_repeated, "1"))
                    if element.get(visibility, "visible") != "visible":
                        stop = min(column_count + count, _MAX_COLUMNS)
                        hidden_columns.update(range(column_count, stop))
                    column_count += count
                continue
            if element.tag == table:
                found[current.casefold()] = HiddenCells(
                    frozenset(hidden_rows), frozenset(hidden_columns)
                )
            if element.tag in (row, table):
                element.clear()  # a long sheet is not held in memory
    return found


def _xls_hidden(path: Path) -> dict[str, HiddenCells]:
    """Every sheet of an old .xls (BIFF) → its hidden rows and columns."""
    try:
        import xlrd
    except ImportError:  # a build without it reads the .xls all the same, hidden rows too
        log.warning("xlrd missing: the hidden rows of %s are not looked for", path)
        return {}
    try:
        book = xlrd.open_workbook(str(path), formatting_info=True, on_demand=True)
    except Exception:  # any refusal: calamine reads the file and says why
        return {}
    found: dict[str, HiddenCells] = {}
    try:
        for index in range(book.nsheets):
            sheet = book.sheet_by_index(index)
            rows = {r + 1 for r, info in sheet.rowinfo_map.items() if info.hidden}
            columns = {c for c, info in sheet.colinfo_map.items() if info.hidden}
            found[sheet.name.casefold()] = HiddenCells(frozenset(rows), frozenset(columns))
    except Exception:  # a sheet xlrd cannot parse: all its rows count
        return found
    finally:
        book.release_resources()
    return found


def hidden_cells(path: Path) -> dict[str, HiddenCells]:
    """Sheet name (case-folded) → what is hidden in it; empty for a format not looked into
    or a file whose parts cannot be read (the reader then says what is wrong with it)."""
    if not zipfile.is_zipfile(path):
        try:
            with path.open("rb") as stream:
                ole = stream.read(8) == _OLE_SIGNATURE
        except OSError:
            return {}  # the reader says why it cannot read the file
        return _xls_hidden(path) if ole else {}
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "xl/workbook.xml" in names and "xl/_rels/workbook.xml.rels" in names:
                parts = _xlsx_sheet_parts(archive)
                return {
                    name: _xlsx_hidden(archive, part)
                    for name, part in parts.items()
                    if part in names and part.endswith(".xml")
                }
            if "content.xml" in names:
                return _ods_hidden(archive)
    except (zipfile.BadZipFile, KeyError, ValueError, ElementTree.ParseError, OSError):
        return {}
    return {}
