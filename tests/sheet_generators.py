"""Workbooks shaped like the ones that break spreadsheet readers, written fast by hand.

An .xlsx is a zip of XML parts; writing them directly makes a 200,001-row sheet in
milliseconds (openpyxl takes seconds) and lets a test leave out the optional ``r``
attributes, as some writers do.  Also functions a reader child runs (one crashes it).
"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

HEADER = ["Cognome", "Nome", "Ente", "Email"]
PEOPLE = [
    ["Bernasconi", "Niccolò", "Comune di Cantù", "niccolo.bernasconi@comune.cantu.co.it"],
    ["Crippa", "Zoè", "Comune di Lissone", "zoe.crippa@comune.lissone.mb.it"],
]

_SHEETML = "application/vnd.openxmlformats-officedocument.spreadsheetml"
_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/xl/workbook.xml" ContentType="{_SHEETML}.sheet.main+xml"/>'
    f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{_SHEETML}.worksheet+xml"/>'
    "</Types>"
)
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{_RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Iscritti" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{_RELATIONSHIPS}/worksheet" '
    'Target="worksheets/sheet1.xml"/>'
    "</Relationships>"
)


def column_name(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _cell(value: str, row: int, column: int, *, refs: bool) -> str:
    ref = f' r="{column_name(column)}{row}"' if refs else ""
    return f'<c{ref} t="inlineStr"><is><t>{escape(value)}</t></is></c>'


def write_xlsx(
    path: Path,
    rows: list[list[str]],
    *,
    far_cell: tuple[int, int] | None = None,
    declared: str | None = None,
    refs: bool = True,
) -> Path:
    """``rows`` from A1, then one value "x" at ``far_cell`` (row, column) if given.

    ``declared`` is the ``<dimension ref>`` written (none when None); ``refs=False`` leaves
    out the cells' and rows' ``r`` attributes (allowed by the standard).
    """
    parts = []
    for number, row in enumerate(rows, start=1):
        cells = "".join(_cell(v, number, c, refs=refs) for c, v in enumerate(row, start=1))
        parts.append(f'<row r="{number}">{cells}</row>' if refs else f"<row>{cells}</row>")
    if far_cell is not None:
        row, column = far_cell
        parts.append(f'<row r="{row}">{_cell("x", row, column, refs=True)}</row>')
    dimension = f'<dimension ref="{declared}"/>' if declared else ""
    sheet = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f"{dimension}<sheetData>{''.join(parts)}</sheetData></worksheet>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _ROOT_RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        archive.writestr("xl/worksheets/sheet1.xml", sheet)
    return path


def people_xlsx(path: Path, **options: object) -> Path:
    return write_xlsx(path, [HEADER, *PEOPLE], **options)  # type: ignore[arg-type]


def crash(_path: Path) -> list[list[list[str]]]:
    """What a reader does when its native code fails an allocation: abort the process."""
    os.write(2, b"memory allocation of 549755813888 bytes failed\n")
    os.abort()


def where_streams_go(_path: Path) -> tuple[bool, bool, int]:
    """In a reader child: whether stdin and stdout are the null device, and stderr's size
    after writing to it (the child's stderr is a file of its own, not the parent's)."""
    null = os.stat(os.devnull)
    os.write(2, b"native code's last words\n")
    return (
        os.path.samestat(os.fstat(0), null),
        os.path.samestat(os.fstat(1), null),
        os.fstat(2).st_size,
    )
