"""Text files as offices produce them: the encoding and the column separator are guessed.

Italian Excel saves "CSV" in Windows-1252 with ";" between the columns, online forms and
LibreOffice in UTF-8 (with or without the byte-order mark) with ",", Microsoft Teams in
UTF-16 with tabs.  Nothing here knows what the columns mean.
"""

from __future__ import annotations

import codecs
import csv
import io

#: The separators tried, most common in Italian offices first (the order breaks ties).
DELIMITERS = (";", ",", "\t", "|")

_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
#: The first bytes of a zip archive (.xlsx, .ods) and of an OLE file (.xls, encrypted .xlsx).
_ZIP_SIGNATURE = b"PK\x03\x04"
_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def looks_binary(data: bytes) -> bool:
    """True for a spreadsheet saved under a text file's name (a renamed .xlsx or .xls)."""
    return data.startswith((_ZIP_SIGNATURE, _OLE_SIGNATURE))


def decode_text(data: bytes) -> str:
    """The text of a file whose encoding nobody wrote down.

    A byte-order mark decides (UTF-8, UTF-16); UTF-16 without one is recognised by its
    zero bytes falling on alternate positions; otherwise UTF-8 when the bytes are valid
    UTF-8, else Windows-1252 (the code page of Italian Windows), else Latin-1, which accepts
    any byte.  NUL bytes at the end (a file padded by a copy tool or a broken export) are
    dropped before guessing: counted as text they made any file look like UTF-16.  NULs
    inside a UTF-8 or Windows-1252 file are kept, so the row holding them is refused with
    its number like any other control character.
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].rstrip(b"\x00").decode("utf-8", errors="replace")
    if data.startswith(_UTF16_BOMS):
        return _utf16(data, "utf-16")
    stripped = data.rstrip(b"\x00")
    utf16 = _utf16_without_bom(stripped[:4000])
    if utf16 is not None:
        return _utf16(data, utf16)
    for encoding in ("utf-8", "cp1252"):
        try:
            return stripped.decode(encoding)
        except UnicodeDecodeError:
            continue
    return stripped.decode("latin-1")


def _utf16(data: bytes, encoding: str) -> str:
    """UTF-16 text without the trailing NUL characters of any padding."""
    whole = data[: len(data) // 2 * 2]
    return whole.decode(encoding, errors="replace").rstrip("\x00")


def _utf16_without_bom(sample: bytes) -> str | None:
    """ "utf-16-le" or "utf-16-be" when zero bytes fall on one parity only, else None.

    Latin text in UTF-16 has a zero in (nearly) every other byte, always on the same side;
    NULs scattered in an 8-bit file fall on both sides alike.
    """
    if len(sample) < 4:
        return None
    odd_zeros = sample[1::2].count(0)
    even_zeros = sample[0::2].count(0)
    half = len(sample) // 2
    for zeros, other, encoding in (
        (odd_zeros, even_zeros, "utf-16-le"),
        (even_zeros, odd_zeros, "utf-16-be"),
    ):
        if zeros * 2 >= half and other * 8 <= zeros:
            return encoding
    return None


def excel_separator_hint(text: str) -> tuple[str | None, str]:
    """Excel's optional first line ``sep=;``: the separator it names and the rest of the text."""
    first, newline, rest = text.partition("\n")
    line = first.strip().strip('"')
    if line.lower().startswith("sep=") and len(line) == 5:
        return line[4], rest if newline else ""
    return None, text


def parse_rows(text: str, delimiter: str, limit: int | None = None) -> list[list[str]]:
    """The records of a delimited text (quoted fields may hold separators and line breaks).

    Raises :class:`csv.Error` for text that is not a delimited table (a field too long…).
    """
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[list[str]] = []
    for row in reader:
        rows.append(row)
        if limit is not None and len(rows) >= limit:
            break
    return rows
