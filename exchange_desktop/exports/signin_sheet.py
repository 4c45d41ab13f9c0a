"""The "Registro presenze – Foglio firme": the sheet people sign on the exchange day.

One part per day of the session, each numbered "Pagina X di Y" on its own: the header
(host, practice, date, time, place), the table of the confirmed participants in the
Italian order of their surnames, numbered blank rows for whoever turns up unannounced, and
a block for the host's staff and the speakers.  Every page ends with the privacy notice and
the line the responsible official signs on; the table's column header repeats on each page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from exchange_desktop.domain.errors import DomainError
from exchange_desktop.domain.practice import Practice
from exchange_desktop.domain.scheduling import Session
from exchange_desktop.domain.validation import name_key
from exchange_desktop.exports.pdf_base import (
    ACCENT,
    FONT,
    FONT_BOLD,
    FOOTER_Y,
    MUTED,
    Styles,
    bold,
    make_styles,
    markup,
    para,
)
from exchange_desktop.exports.pdf_pages import (
    DocumentInfo,
    PageLayout,
    SectionStart,
    SignatureLine,
    write_pdf,
)
from exchange_desktop.exports.wording import (
    date_text,
    default_privacy_notice,
    footer_subject,
    session_place,
    short_title,
)
from exchange_desktop.i18n import MESSAGES_CONTEXT, QT_TRANSLATE_NOOP, Message

if TYPE_CHECKING:
    from exchange_desktop.services.roster_rows import RosterRow

DOCUMENT_TITLE = "Registro presenze – Foglio firme"
STAFF_HEADING = "Personale dell'Ente ospitante e relatori"
RESPONSIBLE = "Il/La responsabile"
MIN_ROW_HEIGHT = 1.1 * cm
SIDE_MARGIN = 1.5 * cm
STAFF_ROWS = 3
#: The privacy notice may take this much of every page, no more.
MAX_PRIVACY_HEIGHT = 3.5 * cm

GRID = colors.HexColor("#8A97AB")
HEADER_FILL = colors.HexColor("#E6ECF4")
_CELL_PADDING = 3
_TEXT_COLUMNS = ("Cognome e nome", "Ente di appartenenza", "Ruolo / qualifica")
_STAFF_COLUMNS = ("Cognome e nome", "Ente / ufficio", "Ruolo (relatore, tutor…)")
_JOINED_COLUMN = "Ente di appartenenza – Ruolo / qualifica"
_JOINED_STAFF_COLUMN = "Ente / ufficio – Ruolo (relatore, tutor…)"
_SIGNATURES = ("Firma entrata", "Firma uscita")
_SITTINGS = ("Mattina", "Pomeriggio")
#: Column widths in cm (scaled to the page) by (landscape, two sittings): the number, the
#: text columns, the signatures.  Four signatures on a portrait page leave no room for a
#: role column of its own: the role goes under the Ente.
_WIDTHS_CM = {
    (False, False): (0.8, 3.9, 3.9, 3.2, 3.1, 3.1),
    (False, True): (0.8, 3.6, 4.6, 2.25, 2.25, 2.25, 2.25),
    (True, False): (0.9, 5.2, 5.6, 4.6, 5.0, 5.0),
    (True, True): (0.9, 4.6, 4.8, 3.8, 3.05, 3.05, 3.05, 3.05),
}


@dataclass(frozen=True)
class SigninOptions:
    """What the clerk chooses for the sheet; an empty ``privacy_notice`` means the default."""

    blank_rows: int = 3
    landscape: bool = False
    two_sittings: bool = False
    privacy_notice: str = ""


@dataclass(frozen=True)
class _Look:
    """The styles and column widths of one sheet."""

    styles: Styles
    cell: ParagraphStyle
    head: ParagraphStyle
    small: ParagraphStyle
    widths: list[float]
    two_sittings: bool

    @property
    def signature_columns(self) -> int:
        return 4 if self.two_sittings else 2

    @property
    def blank_signatures(self) -> list[str]:
        return [""] * self.signature_columns

    @property
    def joined(self) -> bool:
        """Ente and role share one column (four signatures on a portrait page)."""
        return len(self.widths) - self.signature_columns == 3


def _look(options: SigninOptions, width: float) -> _Look:
    styles = make_styles()
    cell = ParagraphStyle("cell", parent=styles.body, fontSize=9, leading=11, spaceAfter=0)
    shares = _WIDTHS_CM[(options.landscape, options.two_sittings)]
    scale = width / sum(shares)
    return _Look(
        styles=styles,
        cell=cell,
        head=ParagraphStyle(
            "head", parent=cell, fontName=FONT_BOLD, fontSize=8.5, leading=10, alignment=TA_CENTER
        ),
        small=ParagraphStyle("small", parent=cell, fontSize=8, leading=10, textColor=MUTED),
        widths=[share * scale for share in shares],
        two_sittings=options.two_sittings,
    )


def sorted_people(people: Sequence[RosterRow]) -> list[RosterRow]:
    """By surname, then name, in Italian dictionary order (no case, no accents)."""
    return sorted(
        people, key=lambda row: (name_key(row.surname), name_key(row.name), row.registration_id)
    )


# --- the header -------------------------------------------------------------------------------


def _detail(label: str, value: str, look: _Look, note: str = "") -> Paragraph:
    """A box of the band: small label, the value in bold (a line to fill when missing)."""
    shown = bold(value) if value.strip() else "_" * 12
    if note:
        shown += f'<br/><font size="8">{markup(note)}</font>'
    return Paragraph(f'<font size="7.5" color="#555555">{label}</font><br/>{shown}', look.cell)


def _header(
    practice: Practice, session: Session, day: date, heading: tuple[int, int, str], look: _Look
) -> list[Flowable]:
    """Host, title, practice, then a band with the date, time and place of ``day``."""
    number, days, hours = heading
    styles = look.styles
    story: list[Flowable] = []
    if practice.host_comune.strip():
        host = ParagraphStyle("host", parent=styles.body, fontName=FONT_BOLD, textColor=ACCENT)
        story.append(para(practice.host_comune, host))
    offices = "\n".join(line for line in (practice.sector, practice.office) if line.strip())
    if offices:
        story.append(para(offices, ParagraphStyle("offices", parent=look.small, spaceAfter=2)))
    story.append(HRFlowable(width="100%", thickness=0.8, color=ACCENT, spaceAfter=6))
    story.append(Paragraph(DOCUMENT_TITLE, ParagraphStyle("t", parent=styles.title, fontSize=15)))
    story.append(Paragraph("Scambio di buone pratiche", styles.subtitle))
    if practice.title.strip():
        story.append(Paragraph(bold(practice.title), styles.body))
    note = f"(giornata {number} di {days})" if days > 1 else ""
    band = Table(
        [
            [
                _detail("Data", date_text(day), look, note),
                _detail("Orario", hours, look),
                _detail("Luogo", session_place(session, link=False), look),
            ]
        ],
        colWidths=[sum(look.widths) * share for share in (0.40, 0.18, 0.42)],
        style=TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("BOX", (0, 0), (-1, -1), 0.6, GRID),
                ("LINEBEFORE", (1, 0), (-1, -1), 0.4, GRID),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        ),
    )
    story.extend([Spacer(1, 4), band, Spacer(1, 10)])
    return story


# --- the tables -------------------------------------------------------------------------------


def _heads(titles: Sequence[str], look: _Look) -> list[list[object]]:
    """The column header: one row, or two with "Mattina" and "Pomeriggio" above the firms."""
    first: list[object] = [Paragraph(markup(title), look.head) for title in titles]
    signatures = [Paragraph(markup(title), look.head) for title in _SIGNATURES]
    if not look.two_sittings:
        return [first + signatures]
    sittings: list[object] = []
    for sitting in _SITTINGS:
        sittings += [Paragraph(markup(sitting), look.head), ""]
    return [first + sittings, [""] * len(titles) + signatures * 2]


def _row_height(cells: Sequence[object], widths: Sequence[float]) -> float:
    """At least the height to sign in; more when a long name or Ente wraps."""
    tallest = 0.0
    for cell, width in zip(cells, widths, strict=False):
        if isinstance(cell, Paragraph):
            tallest = max(tallest, cell.wrap(width - 2 * _CELL_PADDING, 10_000)[1])
    return max(MIN_ROW_HEIGHT, tallest + 2 * _CELL_PADDING + 4)


def _table(
    heads: list[list[object]], rows: list[list[object]], widths: list[float], look: _Look
) -> Table:
    header_rows = len(heads)
    text_columns = len(widths) - look.signature_columns
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), _CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), _CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), _CELL_PADDING),
        ("BOTTOMPADDING", (0, 0), (-1, -1), _CELL_PADDING),
    ]
    if look.two_sittings:
        commands += [("SPAN", (column, 0), (column, 1)) for column in range(text_columns)]
        first = text_columns
        commands += [("SPAN", (first, 0), (first + 1, 0)), ("SPAN", (first + 2, 0), (-1, 0))]
    heights: list[float | None] = [None] * header_rows
    heights += [_row_height(row, widths) for row in rows]
    return Table(
        heads + rows,
        colWidths=widths,
        rowHeights=heights,
        repeatRows=header_rows,
        style=TableStyle(commands),
        hAlign="LEFT",
    )


def _people_table(people: Sequence[RosterRow], blank_rows: int, look: _Look) -> Table:
    number_style = ParagraphStyle("number", parent=look.cell, alignment=TA_CENTER)
    rows: list[list[object]] = []
    for number, row in enumerate(sorted_people(people), start=1):
        name = f"{bold(row.surname)} {markup(row.name)}".strip()
        rows.append(
            [
                Paragraph(f"{number}", number_style),
                Paragraph(name, look.cell),
                *_ente_and_role(row.organisation, row.role, look),
                *look.blank_signatures,
            ]
        )
    empty = [""] * (len(look.widths) - look.signature_columns - 1)
    for number in range(len(people) + 1, len(people) + blank_rows + 1):
        rows.append([Paragraph(f"{number}", number_style), *empty, *look.blank_signatures])
    titles = ("N.", _TEXT_COLUMNS[0], _JOINED_COLUMN) if look.joined else ("N.", *_TEXT_COLUMNS)
    return _table(_heads(titles, look), rows, look.widths, look)


def _ente_and_role(ente: str, role: str, look: _Look) -> list[Paragraph]:
    """Two cells, or one with the role under the Ente in small type."""
    if not look.joined:
        return [para(ente, look.cell), para(role, look.cell)]
    lines = [markup(ente)] if ente.strip() else []
    if role.strip():
        lines.append(f'<font size="8" color="#555555">{markup(role)}</font>')
    return [Paragraph("<br/>".join(lines), look.cell)]


def _staff_block(look: _Look) -> Flowable:
    """A few blank rows for the host's staff and the speakers, under their own heading."""
    widths = [look.widths[0] + look.widths[1], *look.widths[2:]]
    titles = (_STAFF_COLUMNS[0], _JOINED_STAFF_COLUMN) if look.joined else _STAFF_COLUMNS
    rows = [[""] * len(widths) for _ in range(STAFF_ROWS)]
    table = _table(_heads(titles, look), rows, widths, look)
    heading = Paragraph(markup(STAFF_HEADING), look.styles.subsection)
    return KeepTogether([Spacer(1, 8), heading, table])


# --- the page footer --------------------------------------------------------------------------


def _privacy(options: SigninOptions, practice: Practice, width: float) -> tuple[Paragraph, float]:
    text = options.privacy_notice.strip() or default_privacy_notice(practice.host_comune)
    small = {"fontSize": 7, "leading": 8.6, "alignment": TA_JUSTIFY}
    paragraph = para(text, ParagraphStyle("privacy", parent=make_styles().note, **small))
    height = paragraph.wrap(width, 10_000)[1]
    if height > MAX_PRIVACY_HEIGHT:
        raise DomainError(
            Message(
                MESSAGES_CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "L'informativa privacy è troppo lunga per il piè di pagina del foglio "
                    "firme: accorciarla (al massimo una decina di righe).",
                ),
            )
        )
    return paragraph, height


def _page_layout(options: SigninOptions, practice: Practice) -> PageLayout:
    """Every page: the privacy notice and, above it, the official's signature line."""
    probe = PageLayout(landscape=options.landscape, side_margin=SIDE_MARGIN)
    width, left = probe.content_width, probe.content_left
    privacy, privacy_height = _privacy(options, practice, width)
    signature = SignatureLine(RESPONSIBLE, min(9 * cm, width / 2))
    signature_height = signature.wrap(width, 0)[1]
    privacy_y = FOOTER_Y + 11 + 5
    signature_y = privacy_y + privacy_height + 10

    def decorate(canvas: Canvas) -> None:
        privacy.drawOn(canvas, left, privacy_y)
        signature.drawOn(canvas, left + width - signature.width, signature_y)

    return PageLayout(
        landscape=options.landscape,
        side_margin=SIDE_MARGIN,
        top_margin=1.5 * cm,
        bottom_margin=signature_y + signature_height + 0.5 * cm,
        decorate=decorate,
    )


# --- the document -----------------------------------------------------------------------------


def _day_footer(practice: Practice, day: date) -> str:
    subject = footer_subject(practice)
    head = f"Foglio firme del {day:%d/%m/%Y}"
    return f"{head} · {subject}" if subject else head


def signin_story(
    practice: Practice,
    session: Session,
    days: Sequence[date],
    people: Sequence[RosterRow],
    hours: str,
    options: SigninOptions,
) -> list[Flowable]:
    """The flowables of the sheet: one part per day, each starting on a new page."""
    layout = PageLayout(landscape=options.landscape, side_margin=SIDE_MARGIN)
    look = _look(options, layout.content_width)
    story: list[Flowable] = []
    for number, day in enumerate(days, start=1):
        if story:
            story.append(PageBreak())
        story.append(SectionStart(day.isoformat(), _day_footer(practice, day)))
        story.extend(_header(practice, session, day, (number, len(days), hours), look))
        story.append(_people_table(people, options.blank_rows, look))
        story.append(_staff_block(look))
    return story


def write_signin_sheet(
    path: Path,
    practice: Practice,
    session: Session,
    days: Sequence[date],
    people: Sequence[RosterRow],
    hours: str = "",
    options: SigninOptions | None = None,
) -> Path:
    """Write the sign-in sheet of ``session`` for ``days`` as a PDF at ``path``.

    ``people`` are printed in the order of their surnames whatever the order given;
    ``hours`` is the time of the day as printed ("09:30–13:00"), empty for a line to fill.
    """
    options = options or SigninOptions()
    first = days[0] if days else None
    when = f" – {first:%d/%m/%Y}" if first else ""
    info = DocumentInfo(
        title=f"Foglio firme – {short_title(practice.title)}{when}",
        subject=practice.title,
        author=practice.host_comune,
        footer=_day_footer(practice, first) if first else DOCUMENT_TITLE,
    )
    story = signin_story(practice, session, days, people, hours, options)
    write_pdf(path, story, info, _page_layout(options, practice))
    return path
