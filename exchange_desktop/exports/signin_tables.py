"""The tables of the sign-in sheet: the people who sign and the host's staff.

The people's table carries, as header rows that reportlab repeats on every page, the event
band (practice, date, time, place) and the column heads, so that a page found loose still
says which day it belongs to.  The staff block is placed whole: with fewer blank rows when
that keeps it on the page the people end on, on the next page only if not even that fits.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from exchange_desktop.domain.validation import name_key
from exchange_desktop.exports.pdf_base import FONT, FONT_BOLD, MUTED, Styles, bold, markup, para
from exchange_desktop.exports.reportlab_bases import FlowableBase
from exchange_desktop.exports.signin_columns import MIN_ROW_HEIGHT, SIGNATURE_HEADS, Columns

if TYPE_CHECKING:
    from exchange_desktop.domain.roster_rows import RosterEntry

STAFF_HEADING = "Personale dell'Ente ospitante e relatori"
STAFF_ROWS = 3
GRID = colors.HexColor("#8A97AB")
HEADER_FILL = colors.HexColor("#E6ECF4")
CELL_PADDING = 3
_TEXT_COLUMNS = ("Cognome e nome", "Ente di appartenenza", "Ruolo / qualifica")
_STAFF_COLUMNS = ("Cognome e nome", "Ente / ufficio", "Ruolo (relatore, tutor…)")
_JOINED_COLUMN = "Ente di appartenenza – Ruolo / qualifica"
_JOINED_STAFF_COLUMN = "Ente / ufficio – Ruolo (relatore, tutor…)"
#: Head rows under the band: the sittings, then "Firma entrata", "Ora"…
_HEAD_ROWS = 2


@dataclass(frozen=True)
class Look:
    """The styles and the columns of one sheet."""

    styles: Styles
    cell: ParagraphStyle
    head: ParagraphStyle
    small: ParagraphStyle
    columns: Columns
    #: The least height of a row to sign in (lower on a landscape page, where room is short).
    min_row: float = MIN_ROW_HEIGHT


def make_look(styles: Styles, columns: Columns, min_row: float = MIN_ROW_HEIGHT) -> Look:
    cell = ParagraphStyle("cell", parent=styles.body, fontSize=9, leading=10.5, spaceAfter=0)
    return Look(
        styles=styles,
        cell=cell,
        head=ParagraphStyle(
            "head", parent=cell, fontName=FONT_BOLD, fontSize=8, leading=9.5, alignment=TA_CENTER
        ),
        small=ParagraphStyle("small", parent=cell, fontSize=8, leading=10, textColor=MUTED),
        columns=columns,
        min_row=min_row,
    )


def sorted_people(people: Sequence[RosterEntry]) -> list[RosterEntry]:
    """By surname, then name, in Italian dictionary order (no case, no accents)."""
    return sorted(
        people, key=lambda row: (name_key(row.surname), name_key(row.name), row.registration_id)
    )


# --- the event band ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Band:
    """What the band says: the practice, the day (with "giornata 1 di 2"), time and place."""

    title: str
    day: str
    note: str
    hours: str
    place: str


def _detail(label: str, value: str, look: Look, note: str = "") -> Paragraph:
    """A box of the band: small label, the value in bold (a line to fill when missing)."""
    shown = bold(value) if value.strip() else "_" * 12
    if note:
        shown += f'<font size="7.5"> {markup(note)}</font>'
    return Paragraph(f'<font size="7" color="#555555">{label}</font><br/>{shown}', look.cell)


#: A table at least this wide (a landscape page) has the band on one row.
_WIDE_BAND: float = 22 * cm


def _band(band: Band, look: Look) -> Table:
    """The activity across the page, then boxes with its date, time and place; on a
    landscape page, where height is short, the activity in a box beside them."""
    cells = [
        _detail("Data", band.day, look, band.note),
        _detail("Orario", band.hours, look),
        _detail("Luogo", band.place, look),
    ]
    wide = look.columns.total >= _WIDE_BAND
    if wide:
        title = Paragraph(
            f'<font size="7" color="#555555">Attività</font> {bold(band.title)}',
            ParagraphStyle("activity", parent=look.cell, fontSize=8, leading=9.5),
        )
        shares: tuple[float, ...] = (0.49, 0.155, 0.10, 0.255)
        rows: list[list[object]] = [[title, *cells]]
        lines: list[tuple[object, ...]] = [("LINEBEFORE", (1, 0), (-1, 0), 0.4, GRID)]
    else:
        title = Paragraph(
            f'<font size="7" color="#555555">Attività</font> {bold(band.title)}', look.cell
        )
        shares = (0.40, 0.18, 0.42)
        rows = [[title, "", ""], cells]
        lines = [
            ("SPAN", (0, 0), (-1, 0)),
            ("LINEBELOW", (0, 0), (-1, 0), 0.4, GRID),
            ("LINEBEFORE", (1, 1), (-1, 1), 0.4, GRID),
        ]
    return Table(
        rows,
        colWidths=[look.columns.total * share for share in shares],
        style=TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                *lines,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        ),
    )


# --- the tables -------------------------------------------------------------------------------


def _heads(titles: Sequence[str], look: Look, *, boxes: bool = True) -> list[list[object]]:
    """Two rows: the titles (spanning both) and each sitting's heading over its four boxes;
    without ``boxes``, one row: the titles and the sittings' headings (a block printed right
    under the people's heads, which name the boxes).
    """
    first: list[object] = [Paragraph(markup(title), look.head) for title in titles]
    second: list[object] = [""] * len(titles)
    for sitting in look.columns.sittings:
        first += [Paragraph(markup(sitting.heading), look.head), "", "", ""]
        second += [Paragraph(markup(head), look.head) for head in SIGNATURE_HEADS]
    return [first, second] if boxes else [first]


def _row_height(cells: Sequence[object], widths: Sequence[float], least: float) -> float:
    """At least ``least``, the height to sign in; more when a long name or Ente wraps."""
    tallest = 0.0
    for cell, width in zip(cells, widths, strict=False):
        if isinstance(cell, Paragraph):
            height: float = cell.wrap(width - 2 * CELL_PADDING, 10_000)[1]
            tallest = max(tallest, height)
    return max(least, tallest + 2 * CELL_PADDING + 2)


def _table(
    top: list[list[object]],
    rows: list[list[object]],
    widths: Sequence[float],
    look: Look,
    head_rows: int = _HEAD_ROWS,
) -> Table:
    """``top`` (the band, if any, and the heads) repeated on every page, then ``rows``."""
    header_rows = len(top)
    first_head = header_rows - head_rows
    text_columns = len(widths) - look.columns.signature_columns
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("GRID", (0, first_head), (-1, -1), 0.5, GRID),
        ("BOX", (0, 0), (-1, -1), 0.6, GRID),
        ("BACKGROUND", (0, first_head), (-1, header_rows - 1), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PADDING),
    ]
    if first_head:  # the band: one cell across the table, its own boxes inside
        commands += [
            ("SPAN", (0, 0), (-1, 0)),
            ("LEFTPADDING", (0, 0), (-1, 0), 0),
            ("RIGHTPADDING", (0, 0), (-1, 0), 0),
            ("TOPPADDING", (0, 0), (-1, 0), 0),
            ("BOTTOMPADDING", (0, 0), (-1, 0), 0),
        ]
    if head_rows == _HEAD_ROWS:
        commands += [
            ("SPAN", (column, first_head), (column, first_head + 1))
            for column in range(text_columns)
        ]
    if head_rows:
        for start in range(text_columns, len(widths), len(SIGNATURE_HEADS)):
            commands.append(
                ("SPAN", (start, first_head), (start + len(SIGNATURE_HEADS) - 1, first_head))
            )
    heights: list[float | None] = [None] * header_rows
    heights += [_row_height(row, widths, look.min_row) for row in rows]
    return Table(
        top + rows,
        colWidths=list(widths),
        rowHeights=heights,
        repeatRows=header_rows,
        style=TableStyle(commands),
        hAlign="LEFT",
    )


def _ente_and_role(ente: str, role: str, look: Look) -> list[Paragraph]:
    """Two cells, or one with the role under the Ente in small type."""
    if not look.columns.joined:
        return [para(ente, look.cell), para(role, look.cell)]
    lines = [markup(ente)] if ente.strip() else []
    if role.strip():
        lines.append(f'<font size="7" color="#555555">{markup(role)}</font>')
    # Small enough for "Comune di San Giovanni in Persiceto" over its role in a 10 mm row.
    joined = ParagraphStyle("joined", parent=look.cell, fontSize=7.5, leading=8.8)
    return [Paragraph("<br/>".join(lines), joined)]


def people_table(people: Sequence[RosterEntry], blank_rows: int, band: Band, look: Look) -> Table:
    """The band, the heads, a row per person in surname order, numbered blank rows."""
    number_style = ParagraphStyle("number", parent=look.cell, alignment=TA_CENTER)
    blank = [""] * look.columns.signature_columns
    rows: list[list[object]] = []
    for number, row in enumerate(sorted_people(people), start=1):
        name = f"{bold(row.surname)} {markup(row.name)}".strip()
        rows.append(
            [
                Paragraph(f"{number}", number_style),
                Paragraph(name, look.cell),
                *_ente_and_role(row.organisation, row.role, look),
                *blank,
            ]
        )
    empty = [""] * (look.columns.text_columns - 1)
    for number in range(len(people) + 1, len(people) + blank_rows + 1):
        rows.append([Paragraph(f"{number}", number_style), *empty, *blank])
    titles = (
        ("N.", _TEXT_COLUMNS[0], _JOINED_COLUMN) if look.columns.joined else ("N.", *_TEXT_COLUMNS)
    )
    top = [[_band(band, look)] + [""] * (len(look.columns.widths) - 1), *_heads(titles, look)]
    return _table(top, rows, look.columns.widths, look)


@dataclass(frozen=True)
class Speaker:
    """Someone the programme names as speaker, pre-printed in the staff block."""

    name: str
    role: str = ""


def _speaker_row(speaker: Speaker, widths: Sequence[float], look: Look) -> list[object]:
    role = speaker.role or "relatore/relatrice"
    text = [para(role, look.cell)] if look.columns.joined else ["", para(role, look.cell)]
    row: list[object] = [para(speaker.name, look.cell), *text]
    return row + [""] * (len(widths) - len(row))


def _staff_table(
    rows: int, look: Look, speakers: Sequence[Speaker] = (), *, compact: bool = False
) -> list[Flowable]:
    """The heading and the table: the speakers, then ``rows`` blank rows; ``compact``: a
    smaller heading and one row of heads (the sittings are named in every block)."""
    widths = look.columns.widths
    widths = (widths[0] + widths[1], *widths[2:])
    titles = (_STAFF_COLUMNS[0], _JOINED_STAFF_COLUMN) if look.columns.joined else _STAFF_COLUMNS
    filled = [_speaker_row(speaker, widths, look) for speaker in speakers]
    blank: list[list[object]] = [[""] * len(widths) for _ in range(rows)]
    if compact:  # one head row: the heading over the text columns, then the sittings
        heads = _heads(titles, look, boxes=False)
        heads[0][0] = Paragraph(markup(STAFF_HEADING), look.head)
        table = _table(heads, filled + blank, widths, look, head_rows=1)
        text = len(titles)
        table.setStyle(TableStyle([("SPAN", (0, 0), (text - 1, 0))]))
        return [Spacer(1, 3), table]
    heads = _heads(titles, look)
    table = _table(heads, filled + blank, widths, look, head_rows=len(heads))
    heading = Paragraph(markup(STAFF_HEADING), look.styles.subsection)
    return [Spacer(1, 6), heading, Spacer(1, 3), table]


class FirstThatFits(FlowableBase):
    """The first of a few stacked blocks that fits the room left on the page.

    When none does, the first (the fullest) goes to the next page whole: the block is never
    split, so a heading never stays alone at the foot of a page.
    """

    def __init__(self, blocks: Sequence[Sequence[Flowable]]) -> None:
        super().__init__()
        self.blocks = [list(block) for block in blocks]
        self.chosen = self.blocks[0]

    @staticmethod
    def _measure(block: Sequence[Flowable], width: float) -> list[float]:
        return [item.wrap(width, 100_000)[1] for item in block]

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        for block in self.blocks:
            height = sum(self._measure(block, available_width))
            if height <= available_height:
                self.chosen, self.height = block, height
                return self.width, height
        self.chosen = self.blocks[0]
        self.height = sum(self._measure(self.chosen, available_width))
        return self.width, self.height

    def least_height(self, width: float) -> float:
        """The height of the smallest block (what the page must keep free for it)."""
        return min(sum(self._measure(block, width)) for block in self.blocks)

    def split(self, _width: float, _height: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        top = self.height
        for item, height in zip(self.chosen, self._measure(self.chosen, self.width), strict=True):
            top -= height
            item.drawOn(self.canv, 0, top)


def staff_block(look: Look, speakers: Sequence[Speaker] = ()) -> FirstThatFits:
    """The host's staff and the speakers, under their own heading: the programme's
    speakers pre-printed (name, role), then blank rows.

    :data:`STAFF_ROWS` blank rows; rather than a page of its own, fewer rows and then a
    compact block (the heading in the table's first head), down to one blank row (none
    after speakers); on the next page, whole, only when not even that fits.
    """
    least = 0 if speakers else 1
    full = [_staff_table(rows, look, speakers) for rows in range(STAFF_ROWS, 1, -1)]
    compact = [
        _staff_table(rows, look, speakers, compact=True)
        for rows in range(STAFF_ROWS - 1, least - 1, -1)
    ]
    return FirstThatFits([*full, *compact])
