"""Hostile text through the import: real .xlsx and .csv files, read and imported.

Every row is either reported as an error with its reason, skipped as a duplicate, or stored
exactly as the cell read (trimmed, spaces folded: the import's documented normalisation).
A cell starting with = + - @ is text, never evaluated; a file Python cannot even encode
(lone surrogates written raw) is read without a crash.
"""

from __future__ import annotations

import csv
import re
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from hostile_text import hostile_text, printable_text
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from exchange_desktop.domain.errors import DomainError
from exchange_desktop.domain.practice import Practice
from exchange_desktop.domain.validation import name_key, normalize_line
from exchange_desktop.imports.spreadsheet import read_table
from exchange_desktop.services import roster
from exchange_desktop.services.importing.participant_import import guess_mapping, import_rows
from exchange_desktop.services.practices import catalogue as practices
from exchange_desktop.services.scheduling import sessions as scheduling
from exchange_desktop.storage.database import Database, open_database

# The database matters here: every test runs on SQLite and on the PostgreSQL server.
pytestmark = pytest.mark.both_backends


#: Noncharacters (U+FDD0–U+FDEF, U+xFFFE/U+xFFFF): XML, hence an .xlsx, cannot hold them.
NONCHARACTERS_RE = re.compile(
    "[\ufdd0-\ufdef"
    + "".join(f"{chr(p + 0xFFFE)}{chr(p + 0xFFFF)}" for p in range(0, 0x110000, 0x10000))
    + "]"
)

HOSTILE = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
HEADER = ["Cognome", "Nome", "Ente", "Ruolo", "Email", "Telefono"]
FIELDS = ["surname", "name", "organisation", "role", "email", "phone"]


def cell() -> st.SearchStrategy[str]:
    return st.one_of(printable_text(), hostile_text(), st.sampled_from(["", "Rossi", "Anna"]))


def email() -> st.SearchStrategy[str]:
    valid = st.sampled_from(["", "anna.rossi@comune.it", "O'Brien@comune.it", " a@b.it "])
    return st.one_of(valid, valid, valid, cell())


def rows() -> st.SearchStrategy[list[list[str]]]:
    """Mostly valid people with hostile names, some rows wrong in every way."""
    text = printable_text()
    row = st.tuples(text, text, text, text, email(), st.one_of(st.just(""), text)).map(list)
    bad = st.lists(cell(), min_size=6, max_size=6)
    return st.tuples(
        st.lists(row, min_size=1, max_size=3), st.lists(bad, max_size=2), st.randoms()
    ).map(lambda parts: parts[2].sample(parts[0] + parts[1], len(parts[0] + parts[1])))


@pytest.fixture
def fresh() -> Iterator[object]:
    """A new database and session for every example (duplicates and Enti start empty)."""
    folder = tempfile.TemporaryDirectory()

    def make() -> tuple[Database, int, int]:
        db = open_database(Path(folder.name) / f"{len(databases)}.sqlite")
        databases.append(db)
        practice = practices.create_practice(db, Practice(title="Patti di Cittadinanza"))
        session = scheduling.add_candidate_date(db, practice.id, date(2026, 4, 20))  # type: ignore[arg-type]
        return db, practice.id, session.id  # type: ignore[return-value]

    databases: list[Database] = []
    yield make
    for db in databases:
        db.close()
    folder.cleanup()


def write_xlsx(path: Path, grid: list[list[str]]) -> None:
    """Every cell written as text, as Excel keeps a value typed with a leading apostrophe."""
    book = openpyxl.Workbook()
    sheet = book.active
    for r, values in enumerate([HEADER, *grid], start=1):
        for c, value in enumerate(values, start=1):
            written = sheet.cell(row=r, column=c, value=value)
            written.data_type = "s"
    book.save(path)


def write_csv(path: Path, grid: list[list[str]]) -> None:
    """UTF-8 with ';', as Italian Excel saves; lone surrogates go in as raw (invalid) bytes."""
    with path.open("w", encoding="utf-8", errors="surrogatepass", newline="") as file:
        csv.writer(file, delimiter=";").writerows([HEADER, *grid])


def check_import(make: object, path: Path, grid: list[list[str]]) -> None:
    db, practice_id, session_id = make()  # type: ignore[operator]
    try:
        table = read_table(path)
    except DomainError as error:  # the whole file refused: with a message
        assert str(error).strip()
        event("file refused")
        return
    summary = import_rows(db, session_id, table, guess_mapping(table.headers), skip_invalid=True)
    for _number, reason in summary.errors:
        assert str(reason).strip()
    assert summary.imported + summary.duplicates + len(summary.errors) == len(table.rows)
    stored = roster.roster(db, practice_id, session_id)
    assert len(stored) == summary.imported
    event(f"imported {summary.imported}, errors {len(summary.errors)}")
    read_rows = {
        tuple(normalize_line(value) for value in cells)
        for number, cells in zip(table.row_numbers, table.rows, strict=False)
        if number not in dict(summary.errors)
    }
    for person in stored:
        values = [getattr(person, name) for name in FIELDS]
        assert any(
            values[:2] == list(candidate[:2])
            and values[3:] == list(candidate[3:])
            and name_key(values[2]) == name_key(candidate[2])
            for candidate in read_rows
        ), (values, read_rows)
        if table.source_name.endswith(".xlsx"):  # what went in is what is stored
            assert values[:2] in ([normalize_line(v) for v in row[:2]] for row in grid)


@pytest.mark.slow
@HOSTILE
@given(grid=rows())
@example(grid=[['=HYPERLINK("http://x","y")', "+cmd", "@SUM(1)", "-1+1", "a@b.it", "'"]])
@example(grid=[["<b>Rossi</b>", "&amp;", "'; DROP TABLE participants; --", "", "", ""]])
@example(grid=[["Rossi\u202e", "👩\u200d💻", "Comune di Forlì", "", "", "+39 02"]] * 2)
def test_xlsx_import(tmp_path: Path, fresh: object, grid: list[list[str]]) -> None:
    # Excel cannot hold control characters, noncharacters or lone surrogates: replace them,
    # keep the rest.
    grid = [
        [
            NONCHARACTERS_RE.sub("?", ILLEGAL_CHARACTERS_RE.sub("?", v))
            .encode("utf-8", "replace")
            .decode()
            for v in row
        ]
        for row in grid
    ]
    path = tmp_path / "iscritti è.xlsx"
    write_xlsx(path, grid)
    check_import(fresh, path, grid)


@pytest.mark.slow
@HOSTILE
@given(grid=rows())
@example(grid=[["Rossi\x00", "Anna", "", "", "", ""]])
@example(grid=[["Rossi\ud800", "Anna\x1b[31m", "Ente;con;punti", "a\r\nb", '"', "\u2028"]])
@example(grid=[["=1+1", "Anna", "", "", "", ""], ["", "", "", "", "", ""]])
def test_csv_import(tmp_path: Path, fresh: object, grid: list[list[str]]) -> None:
    path = tmp_path / "iscritti è.csv"
    write_csv(path, grid)
    check_import(fresh, path, grid)


def test_real_formulas_in_a_workbook_are_never_evaluated(tmp_path: Path, db: Database) -> None:
    """A formula cell reads as its saved result (none here): the row lacks the names and is
    reported, the formula is neither run nor stored."""
    practice = practices.create_practice(db, Practice(title="Patti di Cittadinanza"))
    session = scheduling.add_candidate_date(db, practice.id, date(2026, 4, 20))  # type: ignore[arg-type]
    book = openpyxl.Workbook()
    book.active.append(HEADER)
    book.active.append(['=HYPERLINK("http://x","y")', "=1+1", "@SUM(1)", "", "", ""])
    book.save(tmp_path / "formule.xlsx")
    table = read_table(tmp_path / "formule.xlsx")
    summary = import_rows(db, session.id, table, guess_mapping(table.headers), skip_invalid=True)  # type: ignore[arg-type]
    assert summary.imported == 0
    assert [number for number, _reason in summary.errors] == [2]
    assert "cognome" in str(summary.errors[0][1])
