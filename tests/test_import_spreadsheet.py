"""Reading participant lists: each format written by another tool, the header found below
title rows, cells as the clerk sees them, and a clear refusal for every unusable file."""

from __future__ import annotations

import csv
from datetime import date, datetime, time, timedelta
from pathlib import Path

import openpyxl
import pytest
import xlwt
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableCell, TableRow
from odf.text import P

from exchange_desktop.domain.errors import DomainError
from exchange_desktop.imports.cell_text import cell_text
from exchange_desktop.imports.columns import field_for_header
from exchange_desktop.imports.spreadsheet import read_table
from exchange_desktop.imports.text_files import decode_text

HEADER = ["Cognome", "Nome", "Ente", "Email", "Telefono"]
PEOPLE = [
    ["Nicolò", "Agnès", "Comune di Forlì", "agnes.nicolo@comune.forli.fc.it", "0543 712111"],
    ["D'Amato", "Pietro", "Unione dei Comuni della Bassa Romagna", "", "3471234567"],
]


def write_csv(path: Path, rows: list[list[str]], *, encoding: str, delimiter: str) -> Path:
    with path.open("w", newline="", encoding=encoding) as stream:
        csv.writer(stream, delimiter=delimiter).writerows(rows)
    return path


def write_ods(path: Path, rows: list[list[object]]) -> Path:
    """An OpenDocument spreadsheet written by odfpy, as LibreOffice would save it."""
    document = OpenDocumentSpreadsheet()
    table = Table(name="Iscritti")
    for values in rows:
        row = TableRow()
        for value in values:
            if isinstance(value, datetime):
                cell = TableCell(valuetype="date", datevalue=value.isoformat())
            elif isinstance(value, int | float):
                cell = TableCell(valuetype="float", value=value)
            else:
                cell = TableCell(valuetype="string")
            cell.addElement(P(text=str(value)))
            row.addElement(cell)
        table.addElement(row)
    document.spreadsheet.addElement(table)
    document.save(str(path))
    return path


# --- each format -----------------------------------------------------------------------------


def test_semicolon_csv_in_windows_1252_keeps_the_accents(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "iscritti.csv", [HEADER, *PEOPLE], encoding="cp1252", delimiter=";")
    assert "ò".encode("cp1252") in path.read_bytes()  # really not UTF-8

    table = read_table(path)

    assert table.headers == HEADER
    assert table.rows == PEOPLE
    assert table.source_name == "iscritti.csv"
    assert [table.row_number(i) for i in range(2)] == [2, 3]


def test_comma_csv_in_utf8_with_bom(tmp_path: Path) -> None:
    rows = [
        ["Cognome", "Nome", "Ente"],
        ["Rossi", "Anna", "Comune di Monza, Ufficio Partecipazione"],
    ]
    path = write_csv(tmp_path / "modulo.csv", rows, encoding="utf-8-sig", delimiter=",")

    table = read_table(path)

    assert table.headers == ["Cognome", "Nome", "Ente"]
    assert table.rows == [["Rossi", "Anna", "Comune di Monza, Ufficio Partecipazione"]]


def test_utf16_tab_separated_text_and_excel_separator_line(tmp_path: Path) -> None:
    utf16 = tmp_path / "elenco.txt"
    utf16.write_bytes("Cognome\tNome\r\nZanè\tLúcia\r\n".encode("utf-16"))
    assert read_table(utf16).rows == [["Zanè", "Lúcia"]]

    hinted = tmp_path / "excel.csv"
    hinted.write_text("sep=,\nCognome,Nome;Ente\nRossi,Anna;Monza\n", encoding="utf-8")
    table = read_table(hinted)
    assert table.headers == ["Cognome", "Nome;Ente"]
    assert table.rows == [["Rossi", "Anna;Monza"]]


def test_xlsx_with_title_rows_extra_columns_blank_rows_and_typed_cells(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Scambio di buone pratiche — iscrizioni"])
    sheet.append(["Esportato dal modulo online"])
    sheet.append(["Informazioni cronologiche", "Cognome", "Nome", "Cellulare", "ID", "Email"])
    sheet.append([datetime(2026, 3, 1, 9, 30), "Rossi", "Anna", 3471234567, 17, "a@b.it"])
    sheet.append([])
    sheet.append([datetime(2026, 3, 2, 18, 5, 7), " Bianchi ", "Luca", "0392 223344", 18.5])
    path = tmp_path / "risposte.xlsx"
    workbook.save(path)

    table = read_table(path)

    assert table.header_row == 3
    assert table.headers[:3] == ["Informazioni cronologiche", "Cognome", "Nome"]
    assert table.rows == [
        ["01/03/2026 09:30", "Rossi", "Anna", "3471234567", "17", "a@b.it"],
        ["02/03/2026 18:05:07", "Bianchi", "Luca", "0392 223344", "18,5", ""],
    ]
    assert table.row_numbers == [4, 6]  # as Excel numbers them: the blank row 5 is skipped


def test_ods_written_by_odfpy(tmp_path: Path) -> None:
    path = write_ods(
        tmp_path / "iscritti.ods",
        [
            ["Iscritti al laboratorio"],
            [],
            ["Surname", "First name", "Organisation", "Phone", "Registered"],
            ["Nicolò", "Agnès", "Comune di Forlì", 3471234567, datetime(2026, 3, 1, 9, 30)],
        ],
    )

    table = read_table(path)

    assert table.headers == ["Surname", "First name", "Organisation", "Phone", "Registered"]
    assert table.rows == [["Nicolò", "Agnès", "Comune di Forlì", "3471234567", "01/03/2026 09:30"]]
    assert table.row_numbers == [4]


def test_xls_written_by_xlwt(tmp_path: Path) -> None:
    workbook = xlwt.Workbook(encoding="utf-8")
    sheet = workbook.add_sheet("Foglio1")
    for row, values in enumerate([HEADER, *PEOPLE]):
        for column, value in enumerate(values):
            sheet.write(row, column, value)
    sheet.write(3, 0, "Verdi")
    sheet.write(3, 1, "Marta")
    sheet.write(3, 4, 3339876543)  # a number cell: no "3.3e9", no ".0"
    sheet.write(4, 0, "Neri")
    sheet.write(4, 1, "Ugo")
    sheet.write(4, 3, date(2026, 4, 20), xlwt.easyxf(num_format_str="DD/MM/YYYY"))
    path = tmp_path / "vecchio.xls"
    workbook.save(str(path))

    table = read_table(path)

    assert table.headers == HEADER
    assert table.rows[:2] == PEOPLE
    assert table.rows[2] == ["Verdi", "Marta", "", "", "3339876543"]
    assert table.rows[3] == ["Neri", "Ugo", "", "20/04/2026", ""]


def test_the_first_sheet_with_a_header_is_read(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    workbook.active.append(["Istruzioni: compilare il foglio Iscritti"])
    workbook.create_sheet("Iscritti").append(["Cognome", "Nome"])
    workbook["Iscritti"].append(["Rossi", "Anna"])
    path = tmp_path / "due fogli.xlsx"
    workbook.save(path)

    assert read_table(path).rows == [["Rossi", "Anna"]]


# --- cells -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, ""),
        (3471234567.0, "3471234567"),
        (390543712111.0, "390543712111"),
        (2.5, "2,5"),
        (1e-7, "0,0000001"),
        (True, "VERO"),
        (42, "42"),
        (date(2026, 4, 20), "20/04/2026"),
        (datetime(2026, 4, 20), "20/04/2026"),
        (datetime(2026, 4, 20, 9, 5), "20/04/2026 09:05"),
        (time(14, 30), "14:30"),
        (timedelta(hours=1, minutes=2, seconds=3), "1:02:03"),
        ("  Rossi \u00a0", "Rossi"),
        (float("nan"), ""),
    ],
)
def test_cell_text(value: object, text: str) -> None:
    assert cell_text(value) == text


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("COGNOME", "surname"),
        ("Last name", "surname"),
        ("Nome", "name"),
        ("First Name", "name"),
        ("Comune", "organisation"),
        ("Ente di appartenenza", "organisation"),
        ("Nome dell'Ente", "organisation"),
        ("Organizzazione", "organisation"),
        ("E-mail", "email"),
        ("Indirizzo email istituzionale", "email"),
        ("Posta elettronica", "email"),
        ("Qualifica", "role"),
        ("Job title", "role"),
        ("Ruolo ricoperto nell'Ente", "role"),
        ("Cellulare", "phone"),
        ("C.F.", "fiscal_code"),
        ("Codice Fiscale", "fiscal_code"),
        ("Tax code", "fiscal_code"),
        ("Nome e cognome", None),
        ("Full name", None),
        ("Informazioni cronologiche", None),
        ("Timestamp", None),
        ("ID", None),
        ("", None),
    ],
)
def test_headings_in_italian_and_english(header: str, field: str | None) -> None:
    assert field_for_header(header) == field


def test_decoding_guesses() -> None:
    assert decode_text("è".encode()) == "è"
    assert decode_text("è".encode("cp1252")) == "è"
    assert decode_text("\ufeffè".encode()) == "è"
    assert decode_text("Cognome;è".encode("utf-16-le")) == "Cognome;è"
    assert decode_text(b"\x81") == "\x81"  # undefined in Windows-1252: Latin-1 takes any byte


# --- refusals --------------------------------------------------------------------------------


def refusal(path: Path) -> str:
    with pytest.raises(DomainError) as caught:
        read_table(path)
    text = str(caught.value)
    assert str(path) in text
    return text


def test_missing_file_and_folder(tmp_path: Path) -> None:
    assert "non esiste" in refusal(tmp_path / "assente.xlsx")
    assert "cartella" in refusal(tmp_path)


def test_unknown_extension(tmp_path: Path) -> None:
    path = tmp_path / "iscritti.docx"
    path.write_bytes(b"PK\x03\x04")
    assert "non è di un tipo importabile" in refusal(path)
    assert ".xlsx" in refusal(path)


def test_damaged_and_renamed_files(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    workbook.active.append(["Cognome", "Nome"])
    good = tmp_path / "buono.xlsx"
    workbook.save(good)
    truncated = tmp_path / "troncato.xlsx"
    truncated.write_bytes(good.read_bytes()[:300])
    assert "danneggiato" in refusal(truncated)

    renamed = tmp_path / "in realtà excel.csv"
    renamed.write_bytes(good.read_bytes())
    assert "estensione sbagliata" in refusal(renamed)

    as_ods = tmp_path / "rinominato.ods"  # the content decides, not the name
    workbook.active.append(["Rossi", "Anna"])
    workbook.save(as_ods)
    assert read_table(as_ods).rows == [["Rossi", "Anna"]]

    as_xls = tmp_path / "rinominato.xls"
    as_xls.write_bytes(good.read_bytes())
    table = read_table(as_xls)
    assert (table.headers, table.rows) == (["Cognome", "Nome"], [])  # only the header


def test_encrypted_workbook(tmp_path: Path) -> None:
    # Excel stores a password-protected .xlsx inside an OLE container with an
    # "EncryptedPackage" stream; the start of such a file is enough to recognise it.
    path = tmp_path / "protetto.xlsx"
    path.write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "EncryptedPackage".encode("utf-16-le")
    )
    assert "protetto da password" in refusal(path)


def test_empty_files_and_sheets(tmp_path: Path) -> None:
    empty_csv = tmp_path / "vuoto.csv"
    empty_csv.write_bytes(b"")
    assert "vuoto" in refusal(empty_csv)
    blank_csv = tmp_path / "righe vuote.csv"
    blank_csv.write_text(";;\n;;\n", encoding="utf-8")
    assert "intestazione" in refusal(blank_csv)

    empty_xlsx = tmp_path / "vuoto.xlsx"
    openpyxl.Workbook().save(empty_xlsx)
    assert "vuoto" in refusal(empty_xlsx)
    empty_ods = write_ods(tmp_path / "vuoto.ods", [])
    assert "vuoto" in refusal(empty_ods)


def test_no_recognisable_header(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "altro.csv",
        [["Prodotto", "Prezzo"], ["Caffè", "1,20"]],
        encoding="utf-8",
        delimiter=";",
    )
    assert "Cognome, Nome" in refusal(path)
