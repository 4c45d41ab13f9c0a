"""Reading a participant list from a spreadsheet: .xlsx, .xls, .ods or .csv.

Excel, LibreOffice and older files are read by python-calamine (imported when a file is
read); CSV files by the standard library, after guessing their encoding and separator.  The
header row need not be the first: title lines and blank rows above it are skipped, and it is
recognised by its column names (Cognome, Nome, Ente, Email…).  Every cell becomes a trimmed
string, the way the clerk sees it in Excel.
"""

from __future__ import annotations

import csv
import io
import logging
import os
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from exchange_desktop.i18n import QT_TRANSLATE_NOOP
from exchange_desktop.imports.cell_text import cell_text
from exchange_desktop.imports.extra_columns import header_fields as recognised_fields
from exchange_desktop.imports.hidden_cells import NONE, HiddenCells, hidden_cells
from exchange_desktop.imports.import_errors import ImportFileError, file_error
from exchange_desktop.imports.isolated import ReaderCrashedError, run_isolated
from exchange_desktop.imports.sheet_extent import Extent, check_extents, too_large_error
from exchange_desktop.imports.text_files import (
    DELIMITERS,
    decode_text,
    excel_separator_hint,
    looks_binary,
    parse_rows,
)

if TYPE_CHECKING:
    from python_calamine import CalamineWorkbook

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xlsb", ".xls", ".ods")
TEXT_SUFFIXES = (".csv", ".tsv", ".txt")
SUFFIXES = WORKBOOK_SUFFIXES + TEXT_SUFFIXES

#: How far down the header row is looked for (title lines, notes, blank rows above it).
HEADER_SEARCH_ROWS = 30
#: A header row names at least this many participant fields (Cognome and Nome, say).
MIN_HEADER_FIELDS = 2

log = logging.getLogger(__name__)

_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_OLE_ENCRYPTED_MARK = "EncryptedPackage".encode("utf-16-le")


@dataclass
class ImportTable:
    """The rows below the header row, each as long as the header, cells as trimmed strings.

    ``row_numbers[i]`` is the number Excel shows beside ``rows[i]`` (1 is the first row of
    the sheet); blank rows are left out of ``rows``.
    """

    headers: list[str]
    rows: list[list[str]]
    source_name: str
    row_numbers: list[int] = field(default_factory=list)
    header_row: int = 1
    #: Sheet row numbers the clerk hid or filtered out in the workbook.
    hidden_rows: frozenset[int] = frozenset()
    #: Indexes of the columns hidden in the workbook.
    hidden_columns: frozenset[int] = frozenset()

    def row_number(self, index: int) -> int:
        """The spreadsheet's row number of ``rows[index]``."""
        if index < len(self.row_numbers):
            return self.row_numbers[index]
        return self.header_row + 1 + index


def _is_blank(row: list[str]) -> bool:
    return not any(row)


# --- finding the header ----------------------------------------------------------------------


def _header_index(grid: list[list[str]]) -> int | None:
    """The index of the first row naming at least two participant fields, among the top rows."""
    for index, row in enumerate(grid[:HEADER_SEARCH_ROWS]):
        if len(recognised_fields(row)) >= MIN_HEADER_FIELDS:
            return index
    return None


def _table(
    grid: list[list[str]], header_index: int, source_name: str, hidden: HiddenCells = NONE
) -> ImportTable:
    """The table below ``grid[header_index]``; rows are cut or padded to the header's width."""
    headers = [" ".join(cell.split()) for cell in grid[header_index]]
    while headers and not headers[-1]:
        headers.pop()
    width = len(headers)
    rows: list[list[str]] = []
    numbers: list[int] = []
    for index in range(header_index + 1, len(grid)):
        row = grid[index][:width]
        if _is_blank(row):
            continue
        rows.append(row + [""] * (width - len(row)))
        numbers.append(index + 1)
    return ImportTable(
        headers,
        rows,
        source_name,
        numbers,
        header_index + 1,
        hidden_rows=hidden.rows.intersection(numbers),
        hidden_columns=frozenset(i for i in hidden.columns if i < width),
    )


# --- workbooks -------------------------------------------------------------------------------


def _open_workbook(path: Path) -> CalamineWorkbook:
    """The calamine workbook, its format recognised from the content (a renamed file works)."""
    import python_calamine

    data = _read_bytes(path)
    if data.startswith(_OLE_SIGNATURE) and _OLE_ENCRYPTED_MARK in data:
        raise _encrypted_error(path)  # Excel's password-protected .xlsx: an OLE container
    try:
        return python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    except python_calamine.PasswordError as exc:
        raise _encrypted_error(path) from exc
    except (python_calamine.CalamineError, ValueError) as exc:
        raise _damaged_error(path, exc) from exc


def _encrypted_error(path: Path) -> ImportFileError:
    return file_error(
        QT_TRANSLATE_NOOP(
            "Messages",
            "Il file {path} è protetto da password: aprirlo con Excel o LibreOffice, togliere "
            "la password e salvarlo di nuovo, poi ripetere l'importazione.",
        ),
        path,
    )


def _damaged_error(path: Path, exc: Exception) -> ImportFileError:
    """One plain sentence; the reader's own (English) words go to the log only."""
    log.warning("reading %s: %s", path, str(exc).strip() or type(exc).__name__)
    return file_error(
        QT_TRANSLATE_NOOP(
            "Messages",
            "Impossibile leggere {path}: il file è danneggiato oppure non è un foglio di "
            "calcolo del tipo indicato dall'estensione. Aprirlo con Excel o LibreOffice, "
            "salvarlo di nuovo e riprovare.",
        ),
        path,
    )


@dataclass(frozen=True)
class SheetGrid:
    """A worksheet's cell texts, and the rows and columns hidden in it."""

    grid: list[list[str]]
    hidden: HiddenCells = NONE


def _grids_here(path: Path, sheet_name: str | None = None) -> list[SheetGrid]:
    """workbook_sheets' work, in whichever process calls it (the child, see isolated)."""
    import python_calamine

    if zipfile.is_zipfile(path):
        check_extents(path)
    hidden = hidden_cells(path)
    workbook = _open_workbook(path)
    grids: list[SheetGrid] = []
    try:
        for index, metadata in enumerate(workbook.sheets_metadata):
            if metadata.visible != python_calamine.SheetVisibleEnum.Visible or (
                metadata.typ != python_calamine.SheetTypeEnum.WorkSheet
            ):
                continue
            if sheet_name is not None and (
                metadata.name.strip().casefold() != sheet_name.strip().casefold()
            ):
                continue
            sheet = workbook.get_sheet_by_index(index)
            # .xls and .xlsb are not scanned beforehand: their range is already read, but
            # turning it into Python objects is what costs the most.
            extent = Extent(metadata.name, sheet.height, sheet.width)
            if extent.too_large:
                raise too_large_error(path, extent)
            values = sheet.to_python(skip_empty_area=False)
            # One object per distinct text: a list repeats its Ente and its blanks thousands
            # of times, and the pickle sent back to the window then carries each text once.
            texts: dict[str, str] = {}
            grid = [
                [texts.setdefault(text, text) for text in map(cell_text, row)] for row in values
            ]
            grids.append(SheetGrid(grid, hidden.get(metadata.name.casefold(), NONE)))
    except python_calamine.PasswordError as exc:
        raise _encrypted_error(path) from exc
    except (python_calamine.CalamineError, ValueError) as exc:
        raise _damaged_error(path, exc) from exc
    finally:
        workbook.close()
    if sheet_name is not None and not grids:
        raise file_error(
            QT_TRANSLATE_NOOP(
                "Messages", "Nel file {path} non c'è un foglio di nome «{sheet}»: ci sono {names}."
            ),
            path,
            sheet=sheet_name,
            names=", ".join(f"«{name}»" for name in workbook.sheet_names),
        )
    return grids


def workbook_grids(path: Path, sheet_name: str | None = None) -> list[list[list[str]]]:
    """Every visible worksheet as rows of cell texts; row ``i`` is the sheet's row ``i + 1``."""
    return [sheet.grid for sheet in workbook_sheets(path, sheet_name)]


def workbook_sheets(path: Path, sheet_name: str | None = None) -> list[SheetGrid]:
    """Every visible worksheet as rows of cell texts (row ``i`` is the sheet's row ``i + 1``)
    with its hidden rows and columns.

    With ``sheet_name``, only the worksheet of that name (without case or outer spaces).
    Read in a child process: a crash of the native reader is a message, not the end of the
    program (see :mod:`exchange_desktop.imports.isolated`).
    """
    try:
        extra = () if sheet_name is None else (sheet_name,)
        return run_isolated(_grids_here, Path(path), *extra)
    except ImportFileError as exc:
        # The reader's own words, from the child's traceback: for the log, not the clerk.
        log.info("reading %s: %s (%s)", path, exc, exc.__cause__)
        raise
    except ReaderCrashedError as exc:
        raise file_error(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Il file {path} non si può leggere: il lettore dei fogli di calcolo si è "
                "interrotto. Aprirlo con Excel o LibreOffice, salvarlo di nuovo e riprovare.",
            ),
            Path(path),
        ) from exc


def _read_workbook(path: Path, sheet: str | None = None) -> ImportTable:
    has_data = False
    for sheet_grid in workbook_sheets(path, sheet):
        grid = sheet_grid.grid
        has_data = has_data or any(not _is_blank(row) for row in grid)
        header = _header_index(grid)
        if header is not None:
            return _table(grid, header, path.name, sheet_grid.hidden)
    raise _no_header_error(path) if has_data else _empty_error(path)


# --- text files ------------------------------------------------------------------------------


def read_text(path: Path) -> str:
    """The decoded text of a CSV file; a spreadsheet saved under a text name is refused."""
    data = _read_bytes(path)
    if looks_binary(data):
        raise file_error(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Il file {path} non è un file di testo CSV ma un foglio di calcolo con "
                "l'estensione sbagliata: rinominarlo in .xlsx (o .xls, .ods) e riprovare.",
            ),
            path,
        )
    return decode_text(data)


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        log.warning("reading %s: %s", path, exc)  # the system's words, for the log
        if isinstance(exc, PermissionError):
            template = QT_TRANSLATE_NOOP(
                "Messages",
                "Impossibile leggere {path}: non si hanno i permessi per aprirlo, oppure un "
                "altro programma lo tiene bloccato. Chiudere il file in Excel e riprovare.",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "Messages",
                "Impossibile leggere {path}: il disco o la cartella di rete non lo rende "
                "leggibile. Copiarlo sul computer e riprovare.",
            )
        raise file_error(template, path) from exc


def _choose_delimiter(text: str) -> str:
    """The separator whose columns hold a recognisable header (else the most columns)."""
    best, best_score = DELIMITERS[0], (-1, -1)
    for delimiter in DELIMITERS:
        grid = parse_rows(text, delimiter, limit=HEADER_SEARCH_ROWS)
        fields = max((len(recognised_fields(row)) for row in grid), default=0)
        widest = max((len(row) for row in grid), default=0)
        score = (fields, widest)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _read_csv(path: Path) -> ImportTable:
    text = read_text(path)
    delimiter, text = excel_separator_hint(text)
    if not text.strip():
        raise _empty_error(path)
    try:
        delimiter = delimiter or _choose_delimiter(text)
        grid = [[cell.strip() for cell in row] for row in parse_rows(text, delimiter)]
    except csv.Error as exc:
        raise _damaged_error(path, exc) from exc
    header = _header_index(grid)
    if header is None:
        raise _no_header_error(path)
    return _table(grid, header, path.name)


# --- the entry point -------------------------------------------------------------------------


def _empty_error(path: Path) -> ImportFileError:
    return file_error(
        QT_TRANSLATE_NOOP("Messages", "Il file {path} non contiene dati: il foglio è vuoto."),
        path,
    )


def _no_header_error(path: Path) -> ImportFileError:
    return file_error(
        QT_TRANSLATE_NOOP(
            "Messages",
            "Nel file {path} non si trova la riga di intestazione: servono almeno due colonne "
            "con nomi come Cognome, Nome, Ente, Email (nelle prime {rows} righe).",
        ),
        path,
        rows=HEADER_SEARCH_ROWS,
    )


def check_readable(path: Path, suffixes: tuple[str, ...]) -> None:
    """Refuse a missing file, a folder or an extension not in ``suffixes`` before reading."""
    if os.path.isdir(path):  # False, not an exception, for a name too long
        raise file_error(
            QT_TRANSLATE_NOOP("Messages", "{path} è una cartella: indicare il file da importare."),
            path,
        )
    if not os.path.exists(path):
        raise file_error(QT_TRANSLATE_NOOP("Messages", "Il file {path} non esiste."), path)
    if path.suffix.lower() not in suffixes:
        raise file_error(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Il file {path} non è di un tipo importabile: usare {kinds}.",
            ),
            path,
            kinds=", ".join(suffixes),
        )


def read_table(path: Path, sheet: str | None = None) -> ImportTable:
    """The participant table in ``path`` (.xlsx, .xlsm, .xlsb, .xls, .ods, .csv, .tsv, .txt).

    Raises :class:`ImportFileError` (a :class:`DomainError`) for a missing file, a folder, an
    unknown extension, a file protected by password or damaged, an empty sheet, or a sheet
    without a recognisable header row.  ``sheet`` names the worksheet of a workbook to read
    (else the first with a header row); a text file has only one.
    """
    path = Path(path)
    check_readable(path, SUFFIXES)
    if path.suffix.lower() in TEXT_SUFFIXES:
        return _read_csv(path)
    return _read_workbook(path, sheet)
