"""The Excel roster read back with openpyxl: sheets, header, print set-up, columns, types,
the waiting list and the summary."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from datetime import time as clock
from pathlib import Path

import openpyxl
import pytest
from roster_helpers import fill, sample
from roster_xlsx_helpers import (
    ALL_COLUMNS,
    APRIL_20,
    FORLI,
    LABELS,
    SHEETS,
    export,
    fill_roster,
    headers,
    rows_of,
)
from scheduling_helpers import ente

from exchange_desktop.domain.enums import SessionStatus
from exchange_desktop.domain.errors import DomainError
from exchange_desktop.domain.practice import Practice
from exchange_desktop.domain.scheduling import CandidateDate, Session
from exchange_desktop.services.documents.roster_export import (
    DEFAULT_ROSTER_COLUMNS,
    build_roster_book,
    export_roster_xlsx,
    suggested_roster_name,
)
from exchange_desktop.services.scheduling.sessions import update_session
from exchange_desktop.storage.database import Database


@pytest.fixture
def roster_db(db: Database) -> Database:
    return fill_roster(db)


# --- sheets, header, print set-up ------------------------------------------------------------


def test_one_sheet_per_session_then_waiting_list_and_summary(
    roster_db: Database, tmp_path: Path
) -> None:
    path = export(roster_db, tmp_path)
    assert path == (tmp_path / "Partecipanti è.xlsx").absolute()
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == SHEETS
    assert [p.name for p in tmp_path.iterdir() if p.is_file()] == [path.name]  # no temp file


def test_header_is_bold_filled_frozen_filtered_and_printed_on_every_page(
    roster_db: Database, tmp_path: Path
) -> None:
    workbook = openpyxl.load_workbook(export(roster_db, tmp_path))
    for name in SHEETS[:3]:
        sheet = workbook[name]
        for cell in sheet[1]:
            assert cell.font.b, (name, cell.coordinate)
            assert cell.fill.fill_type == "solid"
            assert cell.fill.fgColor.rgb == "FFDDEBF7"
        assert sheet.freeze_panes == "A2"
        last_column = openpyxl.utils.get_column_letter(len(sheet[1]))
        assert sheet.auto_filter.ref == f"A1:{last_column}{sheet.max_row}"
        assert sheet.print_title_rows == "$1:$1"
    for sheet in workbook.worksheets:
        setup = sheet.page_setup
        assert (setup.orientation, setup.paperSize) == ("landscape", 9)
        assert (setup.fitToWidth, setup.fitToHeight) == (1, 0)
        assert sheet.sheet_properties.pageSetUpPr.fitToPage is True
        assert "Patti di Cittadinanza" in sheet.oddHeader.center.text
        assert sheet.oddFooter.right.text == "Pagina &P di &N"
    assert workbook["2026-04-20"].max_row == 5  # 3 seats and 1 waiting; D'Angelo left out
    assert workbook["2026-04-27"].max_row == 2


def test_column_widths_fit_the_content_within_a_cap(roster_db: Database, tmp_path: Path) -> None:
    sheet = openpyxl.load_workbook(export(roster_db, tmp_path, ALL_COLUMNS))["2026-04-20"]
    widths = {
        header: sheet.column_dimensions[openpyxl.utils.get_column_letter(index)].width
        for index, header in enumerate(headers(sheet), start=1)
    }
    assert widths["N."] < widths["Cognome"] < widths["Email"]
    assert widths["Email"] >= len("anna.zanetti@comune.it") + 2
    assert widths["Ente"] >= len("Comune di Forlì") + 2
    assert widths["Data iscrizione"] >= len("01/03/2026 09:00")
    assert all(4 < width <= 50 for width in widths.values())
    assert sheet.row_dimensions[1].height == 30  # "Posizione in lista d'attesa" wraps

    long_name = ("Unione dei Comuni " + "molto " * 30).strip()
    fill(roster_db, 1, ["Lunghi"], ente(roster_db, long_name))
    sheet = openpyxl.load_workbook(export(roster_db, tmp_path))["2026-04-20"]
    assert sheet.column_dimensions["D"].width == 50  # the Ente column's cap
    cells = {cell.value: cell for row in sheet.iter_rows(min_row=2) for cell in row}
    assert cells[long_name].alignment.wrap_text  # wraps instead of being cut
    assert not cells[FORLI].alignment.wrap_text


# --- columns and values ----------------------------------------------------------------------


def test_default_columns_leave_out_phone_and_fiscal_code(
    roster_db: Database, tmp_path: Path
) -> None:
    workbook = openpyxl.load_workbook(export(roster_db, tmp_path))
    sheet = workbook["2026-04-20"]
    assert headers(sheet) == [LABELS[key] for key in DEFAULT_ROSTER_COLUMNS]
    assert rows_of(sheet)[1:] == [
        [1, "Abate", "Anna", "Comune di Forlì", None, "anna.abate@comune.it", "Confermato", None],
        [2, "Rossi", "Anna", "Comune di Forlì", None, "anna.rossi@comune.it", "Confermato", "Sì"],
        [3, "Zanetti", "Anna", FORLI, None, "anna.zanetti@comune.it", "Confermato", None],
        [4, "Özil", "@x", FORLI, "=1+1", "ozil@example.it", "In lista d'attesa", None],
    ]
    everything = " ".join(
        str(value) for ws in workbook.worksheets for row in rows_of(ws) for value in row
    )
    for private in ("Telefono", "Codice fiscale", "+39 02 1234567", "RSSMRA85T10A562S"):
        assert private not in everything


def test_columns_in_the_order_asked(roster_db: Database, tmp_path: Path) -> None:
    workbook = openpyxl.load_workbook(export(roster_db, tmp_path, ["email", "surname", "email"]))
    assert rows_of(workbook["2026-04-27"]) == [
        ["Email", "Cognome"],
        ["-5.bianchi@comune.it", "Bianchi"],
    ]
    assert headers(workbook["Lista d'attesa"]) == [
        "Sessione",
        "Data",
        "Posizione",
        "Email",
        "Cognome",
    ]


@pytest.mark.both_backends  # one run of this export on the server too
def test_dates_and_times_are_excel_dates_with_italian_formats(
    roster_db: Database, tmp_path: Path
) -> None:
    workbook = openpyxl.load_workbook(export(roster_db, tmp_path, ALL_COLUMNS))
    sheet = workbook["2026-04-27"]
    row = dict(zip(headers(sheet), sheet[2], strict=True))
    registered = row["Data iscrizione"]
    assert registered.is_date and registered.value == datetime(2026, 3, 1, 9, 11)
    assert registered.number_format == "dd/mm/yyyy hh:mm"
    consent = row["Data consenso privacy"]
    assert consent.value == datetime(2026, 3, 2) and consent.number_format == "dd/mm/yyyy"
    assert (row["Codice fiscale"].value, row["Consenso privacy"].value) == (
        "RSSMRA85T10A562S",
        "Sì",
    )
    rossi = dict(zip(headers(sheet), workbook["2026-04-20"][3], strict=True))
    assert rossi["Cognome"].value == "Rossi"
    hours = rossi["Ore complessive di presenza"]
    assert (hours.value, hours.number_format) == (timedelta(hours=3.5), "[h]:mm")
    assert rossi["Presente"].value == "Sì"

    summary = workbook["Riepilogo"]
    line = next(r for r in summary.iter_rows() if r[0].value == "2026-04-20")
    assert (line[1].value, line[1].number_format) == (datetime(2026, 4, 20), "dd/mm/yyyy")
    assert (line[2].value, line[2].number_format) == (clock(9, 30), "hh:mm")
    assert (line[3].value, line[3].number_format) == (clock(16, 0), "hh:mm")
    extracted = summary["B2"]
    assert isinstance(extracted.value, datetime)
    assert extracted.number_format == "dd/mm/yyyy hh:mm"


def test_values_that_look_like_formulas_are_stored_as_text(
    roster_db: Database, tmp_path: Path
) -> None:
    workbook = openpyxl.load_workbook(export(roster_db, tmp_path, ALL_COLUMNS))
    cells = {
        cell.value: cell
        for sheet in workbook.worksheets[:3]
        for row in sheet.iter_rows()
        for cell in row
        if isinstance(cell.value, str)
    }
    for text in ("=1+1", "+39 02 1234567", "@x", "-5"):
        assert cells[text].data_type == "s", text
        assert cells[text].quotePrefix, text
    assert not any(
        cell.data_type == "f" for sheet in workbook for row in sheet.iter_rows() for cell in row
    )


def test_sessions_with_open_or_no_dates_and_cancelled_ones(db: Database, tmp_path: Path) -> None:
    practice, _session = sample(db)  # "O": 20 or 27 April, not confirmed yet
    path = export_roster_xlsx(db, practice.id, tmp_path / "a.xlsx")  # type: ignore[arg-type]
    assert openpyxl.load_workbook(path).sheetnames[0] == "2026-04-20 o 2026-04-27"
    update_session(db, 1, status=SessionStatus.CANCELLED)
    path = export_roster_xlsx(db, practice.id, tmp_path / "a.xlsx")  # type: ignore[arg-type]
    assert openpyxl.load_workbook(path).sheetnames[0] == "2026-04-20 (annullata)"

    three = Session(
        id=9,
        candidate_dates=[CandidateDate(day=date(2026, 5, d)) for d in (4, 11, 18)],
    )
    book = build_roster_book(practice, [(three, "x")], [], DEFAULT_ROSTER_COLUMNS, datetime.now())
    assert book.sessions[0].title == "2026-05-04 (da confermare)"
    assert book.sessions[0].day is None


# --- waiting list and summary ----------------------------------------------------------------


def test_waiting_list_has_everyone_waiting_with_session_and_position(
    roster_db: Database, tmp_path: Path
) -> None:
    sheet = openpyxl.load_workbook(export(roster_db, tmp_path))["Lista d'attesa"]
    assert rows_of(sheet) == [
        ["Sessione", "Data", "Posizione", "Cognome", "Nome", "Ente", "Ruolo", "Email", "Presente"],
        [APRIL_20, datetime(2026, 4, 20), 1, "Özil", "@x", FORLI, "=1+1", "ozil@example.it", None],
    ]
    assert sheet["B2"].number_format == "dd/mm/yyyy"


def test_summary_counts_per_session_per_ente_and_per_role_with_totals(
    roster_db: Database, tmp_path: Path
) -> None:
    sheet = openpyxl.load_workbook(export(roster_db, tmp_path))["Riepilogo"]
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert rows[0][0] == "Riepilogo – Comune di Monza – Patti di Cittadinanza"

    def table(heading: str) -> list[list[object]]:
        start = next(i for i, row in enumerate(rows) if row[0] == heading)
        end = next(i for i in range(start, len(rows)) if rows[i][0] == "Totale")
        return rows[start : end + 1]

    sessions = table("Sessione")
    assert sessions[0][:10] == [
        "Sessione", "Data", "Inizio", "Fine", "Stato", "Posti", "Confermati",
        "In lista d'attesa", "Annullati", "Presenti",
    ]  # fmt: skip
    assert [row[0] for row in sessions[1:]] == ["2026-04-20", "2026-04-27", "Totale"]
    assert [row[4:10] for row in sessions[1:]] == [
        ["Confermata", 3, 3, 1, 1, 1],
        ["Proposta", 10, 1, 0, 0, 0],
        [None, 13, 4, 1, 1, 1],
    ]
    assert [row[:4] for row in table("Ente")] == [
        ["Ente", "2026-04-20", "2026-04-27", "Totale"],
        ["Comune di Forlì", 3, 0, 3],
        ["Unione dei Comuni Lombarda", 0, 1, 1],
        ["Totale", 3, 1, 4],
    ]
    assert [row[:4] for row in table("Ruolo")] == [
        ["Ruolo", "2026-04-20", "2026-04-27", "Totale"],
        ["Funzionario", 0, 1, 1],
        ["(ruolo non indicato)", 3, 0, 3],
        ["Totale", 3, 1, 4],
    ]
    header = next(r for r in sheet.iter_rows() if r[0].value == "Ente")
    assert header[0].font.b and header[0].fill.fill_type == "solid"
    total = next(r for r in sheet.iter_rows() if r[0].value == "Totale")
    assert total[0].font.b


# --- the service's checks and the file name --------------------------------------------------


def test_wrong_target_or_columns_are_refused_and_nothing_is_written(
    roster_db: Database, tmp_path: Path
) -> None:
    with pytest.raises(DomainError, match=r"estensione \.xlsx"):
        export_roster_xlsx(roster_db, 1, tmp_path / "roster.xls")
    with pytest.raises(DomainError, match="è una cartella"):
        export_roster_xlsx(roster_db, 1, tmp_path)
    with pytest.raises(DomainError, match=r"Colonne sconosciute: telefono.*phone"):
        export_roster_xlsx(roster_db, 1, tmp_path / "a.xlsx", ["surname", "telefono"])
    with pytest.raises(DomainError, match="almeno una colonna"):
        export_roster_xlsx(roster_db, 1, tmp_path / "a.xlsx", [])
    with pytest.raises(DomainError, match=r"La pratica n\. 7 non esiste"):
        export_roster_xlsx(roster_db, 7, tmp_path / "a.xlsx")
    assert not (tmp_path / "a.xlsx").exists()
    assert export_roster_xlsx(roster_db, 1, tmp_path / "B.XLSX").exists()


def test_suggested_name() -> None:
    practice = Practice(
        title="Patti di Cittadinanza: interventi e progettualità su scala quartiere"
    )
    assert suggested_roster_name(practice) == "Partecipanti - Patti di Cittadinanza.xlsx"
    assert suggested_roster_name(Practice(title='A/B "c"?')) == "Partecipanti - A B c.xlsx"
    assert suggested_roster_name(Practice(title="")) == "Partecipanti.xlsx"
    long = suggested_roster_name(Practice(title="parola " * 30))
    assert len(long) <= 80 + len(".xlsx") and long.endswith("parola.xlsx")
