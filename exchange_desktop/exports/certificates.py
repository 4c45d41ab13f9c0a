"""The "Attestato di partecipazione": one A4 page for each person who came.

Optionally the host's coat of arms and the protocol number; who (name and Ente), what (the
practice, organised by the host), when and where, the hours attended out of those planned,
then the place and date of issue and the signature: the place to sign, the signer's name and
qualifica, and whether the page is signed by hand or digitally.  Each page stands alone: no
page numbers, and a text too long for the page is shrunk rather than spilling onto a second.

The closing block is drawn at a fixed place on every page (:data:`SIGNATURE_BOX`), not where
the text happens to end, so that a digital signature's visible stamp (PAdES) can be put on
it without reading the layout back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    KeepInFrame,
    PageBreak,
    Paragraph,
    Spacer,
)

from exchange_desktop.domain.certificates import NEUTRAL_SIGNER_TITLE, Signer
from exchange_desktop.domain.enums import Modality
from exchange_desktop.domain.practice import Practice
from exchange_desktop.domain.scheduling import Session
from exchange_desktop.exports.pdf_base import (
    ACCENT,
    FONT,
    FONT_BOLD,
    FONT_ITALIC,
    MUTED,
    PAGE_SIZE,
    RULE,
    Styles,
    bold,
    make_styles,
    markup,
    para,
)
from exchange_desktop.exports.pdf_pages import (
    FRAME_PADDING,
    DocumentInfo,
    PageLayout,
    one_line,
    write_pdf,
)
from exchange_desktop.exports.wording import (
    hours_of_total,
    organised_by,
    protocol_text,
    session_place,
    short_title,
    town_of,
)
from exchange_desktop.formatting import DOCUMENT_LOCALE, long_dates, plain_date

if TYPE_CHECKING:
    from exchange_desktop.domain.roster_rows import RosterEntry

DOCUMENT_TITLE = "Attestato di partecipazione"
RESPONSIBLE = NEUTRAL_SIGNER_TITLE
DIGITALLY_SIGNED = "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005"
SIDE_MARGIN = 2.5 * cm
BORDER_INSET = 1.2 * cm
#: The coat of arms is scaled to fit this box at the top of the page.
ARMS_WIDTH = 4 * cm
ARMS_HEIGHT = 2.3 * cm

_CONTENT_LEFT = SIDE_MARGIN + FRAME_PADDING
_CONTENT_RIGHT = PAGE_SIZE[0] - SIDE_MARGIN - FRAME_PADDING
_SIGNATURE_WIDTH = 7.5 * cm
#: The signature line: the box stands on it, the signer's name and qualifica are below.
_SIGNATURE_LINE_Y = 4.4 * cm
_SIGNATURE_HEIGHT = 2.2 * cm

#: The place to sign on every page, in PDF points from the bottom left corner of the A4
#: page: (left, bottom, right, top).  Left empty, above the line and the signer's name: a pen
#: signs there, or a digital signature's visible stamp goes there (with pyHanko:
#: ``SigFieldSpec(..., box=SIGNATURE_BOX)`` on each page).
SIGNATURE_BOX: tuple[float, float, float, float] = (
    _CONTENT_RIGHT - _SIGNATURE_WIDTH,
    _SIGNATURE_LINE_Y + 2,
    _CONTENT_RIGHT,
    _SIGNATURE_LINE_Y + 2 + _SIGNATURE_HEIGHT,
)
#: The flowing text ends half a centimetre above the signature box.
_BOTTOM_MARGIN = SIGNATURE_BOX[3] + 0.5 * cm - FRAME_PADDING


def _centred(styles: Styles, name: str, **changes: object) -> ParagraphStyle:
    return ParagraphStyle(name, parent=styles.body, alignment=TA_CENTER, **changes)


def _border(canvas: Canvas) -> None:
    """A thin double frame round the page, as on a printed certificate."""
    width, height = PAGE_SIZE
    canvas.saveState()
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(1.2)
    canvas.rect(BORDER_INSET, BORDER_INSET, width - 2 * BORDER_INSET, height - 2 * BORDER_INSET)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    inner = BORDER_INSET + 4
    canvas.rect(inner, inner, width - 2 * inner, height - 2 * inner)
    canvas.restoreState()


def _draw_paragraph(
    canvas: Canvas, text: str, style: ParagraphStyle, x: float, top: float
) -> float:
    """Draw a paragraph ``_SIGNATURE_WIDTH`` wide whose top is at ``top``; return its bottom."""
    paragraph = Paragraph(text, style)
    height: float
    _width, height = paragraph.wrapOn(canvas, _SIGNATURE_WIDTH, 5 * cm)
    paragraph.drawOn(canvas, x, top - height)
    return top - height


def _closing(
    practice: Practice, issued_on: date, signer: Signer, digitally_signed: bool
) -> Callable[[Canvas], None]:
    """What every page ends with, drawn at fixed places: place and date of issue on the
    left; on the right the place to sign, the line, the signer's name and qualifica (or the
    neutral "Il/La responsabile"), and how the page is signed."""
    town = town_of(practice.host_comune) or "_" * 16
    place = f"{town}, {plain_date(issued_on, DOCUMENT_LOCALE)}"
    name = one_line(signer.name)
    title = one_line(signer.title) or ("" if name else RESPONSIBLE)
    left, _bottom, right, _top = SIGNATURE_BOX
    name_style = ParagraphStyle(
        "signer", fontName=FONT_BOLD, fontSize=10.5, leading=13, alignment=TA_CENTER
    )
    title_style = ParagraphStyle(
        "qualifica", fontName=FONT, fontSize=9.5, leading=12, alignment=TA_CENTER
    )
    how_style = ParagraphStyle(
        "how", fontName=FONT_ITALIC, fontSize=8, leading=10, alignment=TA_CENTER, textColor=MUTED
    )
    place_style = ParagraphStyle("place", fontName=FONT, fontSize=10.5, leading=14)
    place_style.alignment = TA_LEFT

    def draw(canvas: Canvas) -> None:
        _border(canvas)
        canvas.saveState()
        place_width = left - _CONTENT_LEFT - 0.5 * cm
        paragraph = Paragraph(markup(place), place_style)
        paragraph.wrapOn(canvas, place_width, 3 * cm)
        paragraph.drawOn(canvas, _CONTENT_LEFT, _SIGNATURE_LINE_Y + 4)
        if not digitally_signed:  # a digital signature has no line to sign on
            canvas.setStrokeColor(colors.black)
            canvas.setLineWidth(0.6)
            canvas.line(left, _SIGNATURE_LINE_Y, right, _SIGNATURE_LINE_Y)
        top = _SIGNATURE_LINE_Y - 3
        if name:
            top = _draw_paragraph(canvas, markup(name), name_style, left, top)
        if title:
            top = _draw_paragraph(canvas, markup(title), title_style, left, top)
        if digitally_signed:  # on paper the line alone: the pen says how it is signed
            # Broken where a reader would pause, not inside "D.Lgs. 82/2005".
            how = DIGITALLY_SIGNED.replace(" ai sensi", "<br/>ai sensi")
            _draw_paragraph(canvas, how, how_style, left, top - 3)
        canvas.restoreState()

    return draw


def _title_of(practice: Practice) -> str:
    """The practice's title without the full stop the form often ends it with."""
    title = " ".join(practice.title.split())
    return title[:-1] if title.endswith(".") and not title.endswith("..") else title


def _when_where(practice: Practice, session: Session, days: Sequence[date]) -> str:
    """ "organizzata dal Comune di Monza e svoltasi lunedì 20 aprile 2026 presso …"
    (without the final full stop, which depends on what follows)."""
    parts = []
    if practice.host_comune.strip():
        parts.append(f"organizzata {organised_by(practice.host_comune)}")
    if days:
        held = "svoltasi nei giorni" if len(days) > 1 else "svoltasi"
        parts.append(f"{held} {long_dates(list(days), DOCUMENT_LOCALE)}")
    text = " e ".join(parts)
    if session.modality is Modality.WEBINAR:
        text += " in modalità webinar"
    else:
        place = session_place(session)
        if place:
            text += f" presso {place}"
    return text.strip()


def _header(practice: Practice, session: Session, styles: Styles) -> list[Flowable]:
    """Coat of arms, host, sector and office, a rule; the protocol number on the left."""
    content: list[Flowable] = []
    if practice.coat_of_arms:
        from exchange_desktop.exports.coat_of_arms import coat_of_arms

        arms = coat_of_arms(
            practice.coat_of_arms, practice.coat_of_arms_format, ARMS_WIDTH, ARMS_HEIGHT
        )
        content.extend([arms, Spacer(1, 0.25 * cm)])
    if practice.host_comune.strip():
        host = _centred(styles, "host", fontName=FONT_BOLD, fontSize=13, leading=17)
        content.append(para(practice.host_comune, host))
    offices = "\n".join(line for line in (practice.sector, practice.office) if line.strip())
    if offices:
        content.append(para(offices, _centred(styles, "offices", fontSize=9, textColor=MUTED)))
    content.append(HRFlowable(width="60%", thickness=0.8, color=ACCENT, spaceBefore=4))
    protocol = protocol_text(session.protocol_number)
    if protocol:
        style = ParagraphStyle("protocol", parent=styles.body, fontSize=9.5, spaceBefore=8)
        content.append(Paragraph(markup(protocol), style))
        content.append(Spacer(1, 0.6 * cm))
    else:
        content.append(Spacer(1, 1.2 * cm))
    if not practice.coat_of_arms:
        content.append(Spacer(1, 1.2 * cm))
    return content


def _certificate(
    practice: Practice,
    session: Session,
    days: Sequence[date],
    row: RosterEntry,
    styles: Styles,
) -> list[Flowable]:
    """One page's flowing part: header, the statement, the hours."""
    body = _centred(styles, "statement", fontSize=11.5, leading=16, spaceAfter=6)
    content = _header(practice, session, styles)
    title = _centred(styles, "title", fontName=FONT_BOLD, fontSize=22, leading=28)
    content.append(Paragraph(DOCUMENT_TITLE.upper(), title))
    content.append(Spacer(1, 1.2 * cm))
    content.append(Paragraph("Si attesta che", body))
    person = " ".join(part for part in (row.name.strip(), row.surname.strip()) if part)
    name = _centred(styles, "name", fontName=FONT_BOLD, fontSize=18, leading=24, spaceAfter=4)
    content.append(Paragraph(bold(person), name))
    if row.organisation.strip():
        content.append(Paragraph(f"Ente di appartenenza: {bold(row.organisation)}", body))
    content.append(Spacer(1, 0.5 * cm))
    content.append(Paragraph("ha partecipato all'attività di scambio di buone pratiche", body))
    if practice.title.strip():
        practice_style = _centred(styles, "practice", fontName=FONT_BOLD, fontSize=13, leading=18)
        content.append(Paragraph(markup(_title_of(practice)), practice_style))
        content.append(Spacer(1, 6))
    when_where = _when_where(practice, session, days)
    hours = hours_of_total(row.minutes_attended, row.planned_minutes)
    if when_where:
        content.append(Paragraph(markup(when_where + ("," if hours else ".")), body))
    if hours:
        content.append(Paragraph(f"<b>{markup(hours)}</b>.", body))
    height = PAGE_SIZE[1] - SIDE_MARGIN - _BOTTOM_MARGIN - 2 * FRAME_PADDING
    return [KeepInFrame(_CONTENT_RIGHT - _CONTENT_LEFT, height, content, mode="shrink")]


def write_certificates(
    path: Path,
    practice: Practice,
    session: Session,
    days: Sequence[date],
    people: Sequence[RosterEntry],
    *,
    issued_on: date,
    signer: Signer | None = None,
    digitally_signed: bool = False,
) -> Path:
    """Write a certificate page for each of ``people`` (in the order given) at ``path``.

    ``days`` are the days of the session, ``issued_on`` the date by the signature, ``signer``
    who signs (nobody named: "Il/La responsabile"); ``digitally_signed`` prints that the
    document is signed digitally (D.Lgs. 82/2005) instead of a line to sign by hand and leaves
    :data:`SIGNATURE_BOX` without a line, for the signature's stamp.
    """
    styles = make_styles()
    story: list[Flowable] = []
    for row in people:
        if story:
            story.append(PageBreak())
        story.extend(_certificate(practice, session, days, row, styles))
    info = DocumentInfo(
        title=f"{DOCUMENT_TITLE} – {short_title(practice.title)}",
        subject=practice.title,
        author=practice.host_comune,
        footer="",  # each page is a document of its own
    )
    layout = PageLayout(
        side_margin=SIDE_MARGIN,
        top_margin=SIDE_MARGIN,
        bottom_margin=_BOTTOM_MARGIN,
        numbered=False,
        decorate=_closing(practice, issued_on, signer or Signer(), digitally_signed),
    )
    write_pdf(path, story, info, layout)
    return path
