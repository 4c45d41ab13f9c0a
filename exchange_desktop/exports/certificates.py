"""The "Attestato di partecipazione": one A4 page for each person who came.

Who (name and Ente), what (the practice, organised by the host), when and where, the hours
attended when the entry and exit times were recorded, then the place and date of issue and
the line the responsible official signs on.  Each page stands alone: no page numbers, and a
text too long for the page is shrunk rather than spilling onto a second one.

A digitally signed document (:mod:`exchange_desktop.exports.pdf_signing`) puts its visible
signature over that line: :func:`write_certificates` reports where each line was drawn, so
the field follows the layout instead of guessing it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.enums import TA_CENTER
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
    Table,
    TableStyle,
)

from exchange_desktop.domain.enums import Modality
from exchange_desktop.domain.practice import Practice
from exchange_desktop.domain.scheduling import Session
from exchange_desktop.exports.pdf_base import (
    ACCENT,
    FONT,
    FONT_BOLD,
    MUTED,
    PAGE_SIZE,
    RULE,
    Styles,
    bold,
    make_styles,
    markup,
    para,
)
from exchange_desktop.exports.pdf_pages import DocumentInfo, PageLayout, SignatureLine, write_pdf
from exchange_desktop.exports.wording import (
    attended_text,
    organised_by,
    session_place,
    short_title,
    town_of,
)
from exchange_desktop.formatting import DOCUMENT_LOCALE, long_dates, plain_date

if TYPE_CHECKING:
    from exchange_desktop.services.roster_rows import RosterRow

DOCUMENT_TITLE = "Attestato di partecipazione"
RESPONSIBLE = "Il/La responsabile"
SIDE_MARGIN = 2.5 * cm
BORDER_INSET = 1.2 * cm
SIGNATURE_WIDTH = 6.5 * cm
#: A digital signature's stamp needs more room above the line than a pen does.
SIGNED_LINE_HEIGHT = 2.4 * cm
DIGITAL_SIGNATURE_NOTE = "Documento firmato digitalmente\nai sensi del D.Lgs. 82/2005"
HANDWRITTEN_SIGNATURE_NOTE = "Firma autografa"


@dataclass(frozen=True)
class SignaturePlace:
    """Where a page's signature goes: ``page`` from 0, ``box`` (x1, y1, x2, y2) in points
    from the bottom left corner — between the line and the label above it."""

    page: int
    box: tuple[float, float, float, float]


class _SignatureSpot(SignatureLine):
    """The signature line of a certificate, which notes where on the page it was drawn.

    One certificate per page and one line per certificate: the n-th line drawn is on the
    n-th page.  The position is taken from the canvas, so it stays right when the page's
    text is shrunk to fit or the layout above changes.
    """

    def __init__(self, places: list[SignaturePlace] | None, *, digitally_signed: bool) -> None:
        super().__init__(RESPONSIBLE, SIGNATURE_WIDTH, stacked=True)
        if digitally_signed:
            self.height = SIGNED_LINE_HEIGHT
        self._places = places

    def draw(self) -> None:
        super().draw()
        if self._places is None:
            return
        x1, y1 = self.canv.absolutePosition(0, 4)
        x2, y2 = self.canv.absolutePosition(self.width, self.height - 14)
        self._places.append(SignaturePlace(len(self._places), (x1, y1, x2, y2)))


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


_LAYOUT = PageLayout(
    side_margin=SIDE_MARGIN, top_margin=SIDE_MARGIN, numbered=False, decorate=_border
)


def _title_of(practice: Practice) -> str:
    """The practice's title without the full stop the form often ends it with."""
    title = " ".join(practice.title.split())
    return title[:-1] if title.endswith(".") and not title.endswith("..") else title


def _when_where(practice: Practice, session: Session, days: Sequence[date]) -> str:
    """ "organizzata dal Comune di Monza e svoltasi lunedì 20 aprile 2026 presso …"."""
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
    return text.strip() + "." if text.strip() else ""


def _closing(
    practice: Practice,
    issued_on: date,
    styles: Styles,
    places: list[SignaturePlace] | None,
    *,
    digitally_signed: bool,
) -> Table:
    """The place and date of issue on the left, the signature on the right, and under it
    how the document is signed."""
    town = town_of(practice.host_comune) or "_" * 16
    place = Paragraph(markup(f"{town}, {plain_date(issued_on, DOCUMENT_LOCALE)}"), styles.body)
    signature = _SignatureSpot(places, digitally_signed=digitally_signed)
    how = DIGITAL_SIGNATURE_NOTE if digitally_signed else HANDWRITTEN_SIGNATURE_NOTE
    note = _centred(styles, "signature_note", fontSize=7, leading=9, textColor=MUTED)
    return Table(
        [[place, [signature, Spacer(1, 3), Paragraph(markup(how), note)]]],
        colWidths=[_LAYOUT.content_width - 7 * cm, 7 * cm],
        style=TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )


def _certificate(
    practice: Practice,
    session: Session,
    days: Sequence[date],
    row: RosterRow,
    issued_on: date,
    styles: Styles,
    places: list[SignaturePlace] | None = None,
    *,
    digitally_signed: bool = False,
) -> list[Flowable]:
    """One page: header, the statement, hours, place and date, signature."""
    body = _centred(styles, "statement", fontSize=11.5, leading=16, spaceAfter=6)
    content: list[Flowable] = []
    if practice.host_comune.strip():
        host = _centred(styles, "host", fontName=FONT_BOLD, fontSize=13, leading=17)
        content.append(para(practice.host_comune, host))
    offices = "\n".join(line for line in (practice.sector, practice.office) if line.strip())
    if offices:
        content.append(para(offices, _centred(styles, "offices", fontSize=9, textColor=MUTED)))
    content.append(HRFlowable(width="60%", thickness=0.8, color=ACCENT, spaceBefore=4))
    content.append(Spacer(1, 3 * cm))
    title = _centred(styles, "title", fontName=FONT_BOLD, fontSize=22, leading=28)
    content.append(Paragraph(DOCUMENT_TITLE.upper(), ParagraphStyle("t", parent=title)))
    content.append(Spacer(1, 1.4 * cm))
    content.append(Paragraph("Si attesta che", body))
    person = " ".join(part for part in (row.name.strip(), row.surname.strip()) if part)
    name = _centred(styles, "name", fontName=FONT_BOLD, fontSize=18, leading=24, spaceAfter=4)
    content.append(Paragraph(bold(person), name))
    if row.organisation.strip():
        content.append(Paragraph(f"Ente di appartenenza: {bold(row.organisation)}", body))
    content.append(Spacer(1, 0.6 * cm))
    content.append(Paragraph("ha partecipato all'attività di scambio di buone pratiche", body))
    if practice.title.strip():
        practice_style = _centred(styles, "practice", fontName=FONT_BOLD, fontSize=13, leading=18)
        content.append(Paragraph(markup(_title_of(practice)), practice_style))
        content.append(Spacer(1, 6))
    when_where = _when_where(practice, session, days)
    if when_where:
        content.append(Paragraph(markup(when_where), body))
    hours = attended_text(row.minutes_attended)
    if hours:
        content.append(Spacer(1, 0.4 * cm))
        content.append(Paragraph(f"Ore di presenza: {bold(hours)}", body))
    content.append(Spacer(1, 3.5 * cm))
    content.append(_closing(practice, issued_on, styles, places, digitally_signed=digitally_signed))
    return [KeepInFrame(_LAYOUT.content_width, _LAYOUT.content_height, content, mode="shrink")]


def write_certificates(
    path: Path,
    practice: Practice,
    session: Session,
    days: Sequence[date],
    people: Sequence[RosterRow],
    *,
    issued_on: date,
    digitally_signed: bool = False,
    signature_places: list[SignaturePlace] | None = None,
) -> Path:
    """Write a certificate page for each of ``people`` (in the order given) at ``path``.

    ``days`` are the days of the session, ``issued_on`` the date by the signature.
    ``digitally_signed`` says under the signature line that the file will be signed
    digitally (and leaves the stamp room), else that it is signed by hand;
    ``signature_places``, when given, receives the place of each page's signature.
    """
    styles = make_styles()
    story: list[Flowable] = []
    for row in people:
        if story:
            story.append(PageBreak())
        story.extend(
            _certificate(
                practice,
                session,
                days,
                row,
                issued_on,
                styles,
                signature_places,
                digitally_signed=digitally_signed,
            )
        )
    info = DocumentInfo(
        title=f"{DOCUMENT_TITLE} – {short_title(practice.title)}",
        subject=practice.title,
        author=practice.host_comune,
        footer="",  # each page is a document of its own
    )
    write_pdf(path, story, info, _LAYOUT)
    return path
