"""The roster as an Excel workbook: one sheet per session, the waiting list, a summary.

The service (``services.roster_export``) decides who appears and what each cell holds; this
module lays the values out.  Every table sheet has its header in row 1 — bold, with a fill,
frozen, with the autofilter, repeated on every printed page — and prints on A4 landscape,
one page wide.  The summary ("Riepilogo") holds several small tables one under the other:
the sessions, then the counts per Ente and per role with one column per session and totals.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from openpyxl.workbook import Workbook

from exchange_desktop import __version__
from exchange_desktop.exports.xlsx_sheets import (
    CellKind,
    Column,
    SheetWriter,
    column_widths,
    sheet_titles,
)

WAITING_TITLE = "Lista d'attesa"
SUMMARY_TITLE = "Riepilogo"

#: The first table of the summary: one row per session.
SESSION_COLUMNS = (
    Column("Sessione", max_width=40),
    Column("Data", "date"),
    Column("Inizio", "time"),
    Column("Fine", "time"),
    Column("Stato"),
    Column("Posti", "integer"),
    Column("Confermati", "integer"),
    Column("In lista d'attesa", "integer"),
    Column("Annullati", "integer"),
    Column("Presenti", "integer"),
)
_SUMMARY_MAX_WIDTH = 60
_DATETIME_WIDTH = 18.0


@dataclass(frozen=True)
class SessionSheet:
    """A session's sheet and its line in the summary.

    ``title`` is the wanted sheet name (made valid and distinct here); ``rows`` hold one
    value per column of the workbook, in order.
    """

    title: str
    label: str
    day: date | None
    start: time | None
    end: time | None
    status: str
    capacity: int
    confirmed: int
    waiting: int
    cancelled: int
    present: int
    rows: Sequence[Sequence[object]]


@dataclass(frozen=True)
class CountTable:
    """A count per item (Ente, role) and per session, in the sessions' order."""

    title: str
    heading: str
    rows: Sequence[tuple[str, Sequence[int]]]


@dataclass(frozen=True)
class RosterBook:
    """Everything the workbook shows; the service fills it in."""

    subject: str
    extracted_at: datetime
    columns: Sequence[Column]
    sessions: Sequence[SessionSheet]
    waiting_columns: Sequence[Column]
    waiting_rows: Sequence[Sequence[object]]
    counts: Sequence[CountTable]


def _footer(book: RosterBook) -> str:
    return f"Estratto il {book.extracted_at:%d/%m/%Y %H:%M} con Exchange Desktop"


def _table_sheet(
    workbook: Workbook,
    title: str,
    columns: Sequence[Column],
    rows: Sequence[Sequence[object]],
    page_header: str,
    footer: str,
) -> None:
    writer = SheetWriter(workbook, title, column_widths(columns, rows))
    writer.freeze_header()
    writer.header([column.label for column in columns])
    kinds = [column.kind for column in columns]
    for row in rows:
        writer.append(row, kinds)
    writer.finish(page_header=page_header, page_footer=footer, table=True)


def _session_line(title: str, session: SessionSheet) -> list[object]:
    return [
        title,
        session.day,
        session.start,
        session.end,
        session.status,
        session.capacity,
        session.confirmed,
        session.waiting,
        session.cancelled,
        session.present,
    ]


def _count_lines(table: CountTable, sessions: int) -> tuple[list[list[object]], list[object]]:
    """The table's rows with their totals column, and its totals row."""
    lines: list[list[object]] = []
    totals = [0] * sessions
    for label, counts in table.rows:
        lines.append([label, *counts, sum(counts)])
        totals = [a + b for a, b in zip(totals, counts, strict=True)]
    return lines, ["Totale", *totals, sum(totals)]


def _summary_sheet(workbook: Workbook, book: RosterBook, titles: Sequence[str]) -> None:
    session_lines = [_session_line(t, s) for t, s in zip(titles, book.sessions, strict=True)]
    figures = [(s.capacity, s.confirmed, s.waiting, s.cancelled, s.present) for s in book.sessions]
    session_totals: list[object] = ["Totale", None, None, None, None]
    session_totals += [sum(line[index] for line in figures) for index in range(5)]
    integers: list[CellKind] = ["integer"] * (len(titles) + 1)
    count_kinds: list[CellKind] = ["text", *integers]
    counts = [(table, *_count_lines(table, len(titles))) for table in book.counts]

    # One width per column for all the tables stacked in the sheet.
    session_widths = column_widths(SESSION_COLUMNS, session_lines)
    widths = list(session_widths)
    for table, lines, _totals in counts:
        columns = [
            Column(table.heading, max_width=_SUMMARY_MAX_WIDTH),
            *(Column(title, "integer") for title in titles),
            Column("Totale", "integer"),
        ]
        for index, width in enumerate(column_widths(columns, lines)):
            if index < len(widths):
                widths[index] = max(widths[index], width)
            else:
                widths.append(width)

    widths[1] = max(widths[1], _DATETIME_WIDTH)  # the extraction's date and time
    writer = SheetWriter(workbook, SUMMARY_TITLE, widths)
    writer.append([f"Riepilogo – {book.subject}"], emphasis="title")
    writer.append(["Estratto il", book.extracted_at], ["text", "datetime"])
    writer.blank()
    writer.append(["Sessioni"], emphasis="bold")
    writer.header([column.label for column in SESSION_COLUMNS])
    kinds = [column.kind for column in SESSION_COLUMNS]
    for line in session_lines:
        writer.append(line, kinds, emphasis="boxed")
    writer.append(session_totals, kinds, emphasis="total")
    for table, lines, totals in counts:
        writer.blank()
        writer.append([table.title], emphasis="bold")
        writer.header([table.heading, *titles, "Totale"])
        for line in lines:
            writer.append(line, count_kinds, emphasis="boxed")
        writer.append(totals, count_kinds, emphasis="total")
    writer.finish(
        page_header=f"Riepilogo – {book.subject}", page_footer=_footer(book), gridlines=False
    )


def write_roster_workbook(path: Path, book: RosterBook) -> None:
    """Write ``book`` to ``path`` (a temporary file: the caller renames it into place)."""
    workbook = Workbook(write_only=True)
    workbook.properties.title = f"Partecipanti – {book.subject}"
    workbook.properties.creator = f"Exchange Desktop {__version__}"
    titles = sheet_titles(
        [session.title for session in book.sessions], reserved=(WAITING_TITLE, SUMMARY_TITLE)
    )
    footer = _footer(book)
    for title, session in zip(titles, book.sessions, strict=True):
        _table_sheet(
            workbook,
            title,
            book.columns,
            session.rows,
            f"Partecipanti – {book.subject} – {session.label}",
            footer,
        )
    _table_sheet(
        workbook,
        WAITING_TITLE,
        book.waiting_columns,
        book.waiting_rows,
        f"Lista d'attesa – {book.subject}",
        footer,
    )
    _summary_sheet(workbook, book, titles)
    # Zipped in memory (a roster is small), written in one go: a full disk then fails one
    # plain write, instead of leaving openpyxl's half-written sheet streams to clean up.
    content = io.BytesIO()
    workbook.save(content)
    path.write_bytes(content.getvalue())
