"""The "Registro presenze – Webinar": the office's own register of a webinar, made from the
platform's attendance report and signed by the responsabile.

Per person and sitting the connections (from–to), the minutes credited and the outcome; the
report's rows matched to nobody (guests, dial-ins); one section per day of the session with
a report (the days without one named at the top); each day's source report's name, the day it
covers, when it was imported and its SHA-256, so that the register can be checked against
the file it was made from.  Every page ends with the signature line of the responsabile,
their name and qualifica under it; a digital signature's stamp goes over the first page's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
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

from exchange_desktop.domain.certificates import Signer
from exchange_desktop.domain.programme import format_duration
from exchange_desktop.exports.pdf_base import (
    ACCENT,
    FONT,
    FONT_BOLD,
    FOOTER_Y,
    MUTED,
    bold,
    make_styles,
    markup,
    para,
)
from exchange_desktop.exports.pdf_pages import DocumentInfo, PageLayout, SignatureLine, write_pdf
from exchange_desktop.exports.wording import short_title

DOCUMENT_TITLE = "Registro presenze – Webinar"
RESPONSIBLE = "Il/La responsabile"
DIGITALLY_SIGNED = "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005"
SIDE_MARGIN = 1.5 * cm
_SIGNATURE_WIDTH = 9 * cm
_SIGNATURE_Y = FOOTER_Y + 1.1 * cm
_PAGE_WIDTH, _PAGE_HEIGHT = 841.89, 595.28  # A4 landscape
GRID = colors.HexColor("#8A97AB")
HEADER_FILL = colors.HexColor("#E6ECF4")

#: Where a digital signature's visible stamp goes on the first page (left, bottom, right,
#: top, PDF points from the bottom left): above the responsabile's line.
SIGNATURE_BOX: tuple[float, float, float, float] = (
    _PAGE_WIDTH - SIDE_MARGIN - 6 - _SIGNATURE_WIDTH * 0.6,
    _SIGNATURE_Y + 22,
    _PAGE_WIDTH - SIDE_MARGIN - 6,
    _SIGNATURE_Y + 22 + 1.6 * cm,
)


@dataclass(frozen=True)
class RegisterCell:
    """One person in one sitting: the connections inside it, the minutes, the mark."""

    connections: str
    minutes: int
    present: bool | None


@dataclass(frozen=True)
class RegisterPerson:
    name: str
    organisation: str
    cells: tuple[RegisterCell, ...]
    minutes: int
    outcome: str


@dataclass(frozen=True)
class RegisterGuest:
    """A row of the report matched to nobody of the roster."""

    name: str
    email: str
    connections: str
    minutes: int


@dataclass(frozen=True)
class RegisterSource:
    file_name: str
    sha256: str
    imported_at: datetime
    day: date


@dataclass(frozen=True)
class RegisterDay:
    """One day of the session with a report: its people, guests and source."""

    day: str
    people: tuple[RegisterPerson, ...]
    guests: tuple[RegisterGuest, ...]
    source: RegisterSource


@dataclass(frozen=True)
class WebinarRegister:
    """Everything the register prints, already in words: one section per day with a
    report; ``missing`` the days of the session without one."""

    host: str
    offices: str
    title: str
    dates: str
    link: str
    sittings: tuple[str, ...]
    planned: str
    days: tuple[RegisterDay, ...]
    missing: tuple[str, ...]
    signer: Signer
    digitally_signed: bool = False

    @property
    def first_day(self) -> date:
        return self.days[0].source.day

    @property
    def last_day(self) -> date:
        return self.days[-1].source.day


def _cell_style(size: float = 8.0, *, bold_face: bool = False) -> ParagraphStyle:
    return ParagraphStyle(
        "cell", fontName=FONT_BOLD if bold_face else FONT, fontSize=size, leading=size + 1.6
    )


def _table(rows: list[list[object]], widths: list[float], head_rows: int) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=head_rows, hAlign="LEFT")
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("BACKGROUND", (0, 0), (-1, head_rows - 1), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    table.setStyle(TableStyle(commands))
    return table


def _people(register: WebinarRegister, day: RegisterDay, width: float) -> Table:
    head = _cell_style(7.5, bold_face=True)
    head.alignment = TA_CENTER
    cell = _cell_style()
    sittings = len(register.sittings)
    fixed = [0.8 * cm, 4.2 * cm, 4.0 * cm]
    tail = [2.0 * cm, 2.8 * cm]
    room = width - sum(fixed) - sum(tail)
    per_sitting = [room / max(sittings, 1) - 1.5 * cm, 1.5 * cm]
    first: list[object] = [Paragraph(t, head) for t in ("N.", "Cognome e nome", "Ente")]
    second: list[object] = ["", "", ""]
    for heading in register.sittings:
        first += [Paragraph(markup(heading), head), ""]
        second += [Paragraph("Collegamenti (da–a)", head), Paragraph("Minuti", head)]
    first += [Paragraph("Totale", head), Paragraph("Esito", head)]
    second += ["", ""]
    rows: list[list[object]] = [first, second]
    for number, person in enumerate(day.people, start=1):
        row: list[object] = [
            Paragraph(str(number), cell),
            para(person.name, cell),
            para(person.organisation, cell),
        ]
        for item in person.cells:
            minutes = "assente" if item.present is False else str(item.minutes)
            row += [para(item.connections or "—", cell), Paragraph(minutes, cell)]
        total = format_duration(person.minutes) if person.minutes else "0 min"
        row += [Paragraph(total, cell), Paragraph(person.outcome, cell)]
        rows.append(row)
    widths = [*fixed, *(per_sitting * sittings), *tail]
    table = _table(rows, widths, 2)
    spans: list[tuple[object, ...]] = [("SPAN", (c, 0), (c, 1)) for c in range(3)]
    spans += [("SPAN", (3 + 2 * n, 0), (4 + 2 * n, 0)) for n in range(sittings)]
    last = 3 + 2 * sittings
    spans += [("SPAN", (last, 0), (last, 1)), ("SPAN", (last + 1, 0), (last + 1, 1))]
    table.setStyle(TableStyle(spans))
    return table


def _guests(day: RegisterDay, width: float) -> Table:
    head = _cell_style(7.5, bold_face=True)
    cell = _cell_style()
    rows: list[list[object]] = [
        [Paragraph(t, head) for t in ("Nome nel report", "Email", "Collegamenti (da–a)", "Minuti")]
    ]
    for guest in day.guests:
        rows.append(
            [
                para(guest.name, cell),
                para(guest.email, cell),
                para(guest.connections, cell),
                Paragraph(str(guest.minutes), cell),
            ]
        )
    widths = [6 * cm, 6.5 * cm, width - 14.3 * cm, 1.8 * cm]
    return _table(rows, widths, 1)


def _story(register: WebinarRegister, width: float) -> list[Flowable]:
    styles = make_styles()
    small = ParagraphStyle("small", parent=styles.body, fontSize=8, leading=10, textColor=MUTED)
    body = ParagraphStyle("b", parent=styles.body, fontSize=9, leading=11.5, spaceAfter=2)
    host = ParagraphStyle("host", parent=styles.body, fontName=FONT_BOLD, textColor=ACCENT)
    title = ParagraphStyle("t", parent=styles.title, fontSize=14, leading=17, spaceAfter=2)
    story: list[Flowable] = []
    if register.host.strip():
        story.append(para(register.host, host))
    if register.offices.strip():
        story.append(para(register.offices, small))
    story.append(HRFlowable(width="100%", thickness=0.8, color=ACCENT, spaceAfter=4))
    story.append(Paragraph(f"{DOCUMENT_TITLE} · Scambio di buone pratiche", title))
    story.append(Paragraph(f"Attività: {bold(register.title)}", body))
    label = "Date" if len(register.days) + len(register.missing) > 1 else "Data"
    when = f"{label}: {bold(register.dates)} · in modalità webinar"
    if register.link.strip():
        when += f" ({markup(register.link)})"
    story.append(Paragraph(when, body))
    sittings = "; ".join(register.sittings)
    story.append(Paragraph(markup(f"Sedute: {sittings} · ore previste: {register.planned}"), body))
    if register.missing:
        days = "; ".join(register.missing)
        story.append(
            Paragraph(
                markup(f"Giornate senza report delle presenze importato: {days}."),
                ParagraphStyle("missing", parent=body, textColor=ACCENT),
            )
        )
    several = len(register.days) > 1
    day_heading = ParagraphStyle("d", parent=styles.subsection, spaceBefore=6, spaceAfter=3)
    heading = ParagraphStyle("h", parent=styles.subsection, spaceBefore=8, spaceAfter=3)
    for index, day in enumerate(register.days):
        if index:
            story.append(PageBreak())
        section: list[Flowable] = []
        if several:
            section.append(Paragraph(markup(f"Giornata di {day.day}"), day_heading))
        source = day.source
        section.append(
            Paragraph(
                markup(
                    f"Report di origine: {source.file_name} (giornata del "
                    f"{source.day:%d/%m/%Y}, importato il {source.imported_at:%d/%m/%Y %H:%M}); "
                    f"impronta SHA-256: {source.sha256}"
                ),
                small,
            )
        )
        story.append(KeepTogether(section))
        story += [Spacer(1, 6), _people(register, day, width)]
        story.append(
            Paragraph(
                "Righe del report non abbinate a iscritti (ospiti, collegamenti telefonici)",
                heading,
            )
        )
        if day.guests:
            story.append(_guests(day, width))
        else:
            story.append(Paragraph("Nessuna.", body))
    return story


def _layout(register: WebinarRegister) -> PageLayout:
    lines = [
        " – ".join(part for part in (register.signer.name, register.signer.title) if part.strip())
    ]
    signature = SignatureLine(RESPONSIBLE, _SIGNATURE_WIDTH, below=lines)
    height = signature.wrap(_SIGNATURE_WIDTH, 0)[1]
    left = _PAGE_WIDTH - SIDE_MARGIN - 6 - _SIGNATURE_WIDTH

    def decorate(canvas: Canvas) -> None:
        signature.drawOn(canvas, left, _SIGNATURE_Y)
        if register.digitally_signed:
            canvas.saveState()
            canvas.setFont(FONT, 7)
            canvas.setFillColor(MUTED)
            canvas.drawString(SIDE_MARGIN + 6, _SIGNATURE_Y, DIGITALLY_SIGNED)
            canvas.restoreState()

    return PageLayout(
        landscape=True,
        side_margin=SIDE_MARGIN,
        top_margin=1.2 * cm,
        bottom_margin=SIGNATURE_BOX[3] + 0.2 * cm
        if register.digitally_signed
        else _SIGNATURE_Y + height + 0.5 * cm,
        decorate=decorate,
    )


def write_webinar_register(path: Path, register: WebinarRegister) -> Path:
    """Write the register at ``path`` (A4 landscape)."""
    layout = _layout(register)
    first, last = register.first_day, register.last_day
    when = f"{first:%d/%m/%Y}" if first == last else f"{first:%d/%m/%Y}–{last:%d/%m/%Y}"
    span = f"del {first:%d/%m/%Y}" if first == last else f"dal {first:%d/%m/%Y} al {last:%d/%m/%Y}"
    info = DocumentInfo(
        title=f"Registro webinar – {short_title(register.title)} – {when}",
        subject=register.title,
        author=register.host,
        footer=f"Registro presenze del webinar {span} · "
        f"{register.host} – {short_title(register.title)}",
    )
    write_pdf(path, _story(register, layout.content_width), info, layout)
    return path
