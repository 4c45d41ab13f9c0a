"""The Excel writer on its own and the file through other readers: what XML and Excel
refuse, sheet names, calamine, LibreOffice (when installed) and the time 10,000 rows take."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from python_calamine import CalamineWorkbook
from roster_xlsx_helpers import ALL_COLUMNS, SHEETS, export, fill_roster, roster_row

from exchange_desktop.domain.practice import Practice
from exchange_desktop.domain.scheduling import CandidateDate, Session
from exchange_desktop.exports.roster_xlsx import write_roster_workbook
from exchange_desktop.exports.xlsx_sheets import clean_text, sheet_titles
from exchange_desktop.services.documents.roster_export import (
    DEFAULT_ROSTER_COLUMNS,
    build_roster_book,
)
from exchange_desktop.storage.database import Database


@pytest.fixture
def roster_db(db: Database) -> Database:
    return fill_roster(db)


def test_the_writer_cleans_what_xml_and_excel_refuse(tmp_path: Path) -> None:
    assert clean_text("a\x00b\x07c\x1f\ud800d\ufffe\tok\n") == "abcd\tok\n"
    assert len(clean_text("x" * 40_000)) == 32_767
    row = roster_row(
        surname="Ros\x0bsi",
        name="#N/A",
        organisation='=HYPERLINK("http://x")',
        role="-2+3",
        registered_at=datetime(2026, 3, 1, 9, 0, 0, 123456),
    )
    sessions = [(Session(id=1), "data da definire"), (Session(id=2), "data da definire")]
    book = build_roster_book(
        Practice(title="Prova: titolo", host_comune="Comune di Monza"),
        sessions,
        [row],
        ALL_COLUMNS,
        datetime(2026, 4, 1, 12, 0),
    )
    path = tmp_path / "prova.xlsx"
    write_roster_workbook(path, book)
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == ["Senza data", "Senza data (2)", "Lista d'attesa", "Riepilogo"]
    values = {cell.value: cell for cell in workbook["Senza data"][2]}
    assert "Rossi" in values
    for text in ("#N/A", '=HYPERLINK("http://x")', "-2+3"):
        assert values[text].data_type == "s"
    assert datetime(2026, 3, 1, 9, 0) in values  # no microseconds


def test_sheet_names_are_valid_and_distinct() -> None:
    taken = ["Riepilogo", "Lista d'attesa"]
    names = sheet_titles(
        [
            "2026-04-20",
            "2026-04-20",
            "riepilogo",
            "a/b\\c[d]e:f*g?h",
            "'citato'",
            "x" * 40,
            "x" * 40,
            "",
            "History",
        ],
        reserved=taken,
    )
    assert names == [
        "2026-04-20",
        "2026-04-20 (2)",
        "riepilogo (2)",
        "a-b-c d e f g h",
        "citato",
        "x" * 31,
        "x" * 27 + " (2)",
        "Foglio",
        "History (2)",
    ]
    assert all(len(name) <= 31 for name in names)


# --- a second reader ----------------------------------------------------------------------------


def test_calamine_reads_every_sheet(roster_db: Database, tmp_path: Path) -> None:
    workbook = CalamineWorkbook.from_path(str(export(roster_db, tmp_path, ALL_COLUMNS)))
    assert workbook.sheet_names == SHEETS
    first = workbook.get_sheet_by_name("2026-04-20").to_python()
    assert first[0][:3] == ["N.", "Cognome", "Nome"]
    texts = {value for row in first for value in row if isinstance(value, str)}
    assert {"=1+1", "@x", "+39 02 1234567", "Özil"} <= texts
    assert datetime(2026, 3, 1, 9, 0) in {v for row in first for v in row}


def _soffice(source: Path, target: str, out_dir: Path, profile: Path) -> None:
    subprocess.run(
        [
            shutil.which("soffice") or "soffice",
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            target,
            "--outdir",
            str(out_dir),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_the_file_and_prints_it(roster_db: Database, tmp_path: Path) -> None:
    source = export(roster_db, tmp_path, ALL_COLUMNS)
    out = tmp_path / "convertiti"
    _soffice(source, "pdf", out, tmp_path / "profilo")
    pdf = out / source.with_suffix(".pdf").name
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    for expected in ("Cognome", "Zanetti", "=1+1", "+39 02 1234567", "Lista d'attesa"):
        assert expected in text
    assert "Pagina 1 di 4" in text
    assert "01/03/2026 09:00" in text  # a real date shown in the Italian format

    _soffice(source, "csv:Text - txt - csv (StarCalc):44,34,76,1", out, tmp_path / "profilo")
    text = (out / source.with_suffix(".csv").name).read_text(encoding="utf-8")
    table = list(csv.reader(io.StringIO(text)))
    assert table[0][:4] == ["N.", "Cognome", "Nome", "Ente"]
    assert [row[1] for row in table[1:]] == ["Abate", "Rossi", "Zanetti", "Özil"]
    assert table[4][4:7] == ["=1+1", "ozil@example.it", "+39 02 1234567"]
    assert table[2][12] == "01/03/2026 09:00"


# --- speed (printed, not asserted) --------------------------------------------------------------


@pytest.mark.slow
def test_ten_thousand_rows_print_their_time(tmp_path: Path) -> None:
    sessions = [(Session(id=1, candidate_dates=[CandidateDate(day=date(2026, 4, 20))]), "x")]
    start = datetime(2026, 3, 1, 9, 0)
    rows = [
        roster_row(
            registration_id=n,
            participant_id=n,
            surname=f"Cognome{n:05d}",
            organisation_id=n % 250,
            organisation=f"Comune n. {n % 250}",
            role="Istruttore amministrativo",
            email=f"persona{n}@comune.it",
            phone="+39 347 0000000",
            privacy_consent=True,
            privacy_consent_date=date(2026, 3, 1),
            present=bool(n % 2),
            minutes_attended=270,
            registered_at=start + timedelta(seconds=n),
        )
        for n in range(10_000)
    ]
    practice = Practice(title="Prova", host_comune="Comune di Monza")
    for label, columns in (("default", DEFAULT_ROSTER_COLUMNS), ("all", ALL_COLUMNS)):
        started = time.perf_counter()
        book = build_roster_book(practice, sessions, rows, columns, datetime.now())
        write_roster_workbook(tmp_path / f"{label}.xlsx", book)
        elapsed = time.perf_counter() - started
        print(f"10,000 rows, {len(columns)} columns ({label}): {elapsed:.2f} s")
    workbook = openpyxl.load_workbook(tmp_path / "all.xlsx", read_only=True)
    try:
        rows_read = sum(1 for _row in workbook["2026-04-20"].iter_rows(values_only=True))
    finally:
        workbook.close()
    assert rows_read == 10_001
