"""The "Registro presenze – Foglio firme": the sheet people sign on the exchange day.

One part per day of the session (and per group of sittings, when a day has more than fit a
page side by side), each numbered "Pagina X di Y" on its own: the host and the title, then
the table (:mod:`~exchange_desktop.exports.signin_tables`) whose header rows — the event
band and the column heads, a signature and a time box for the entry and the exit of every
sitting — repeat on each page, and a block for the host's staff and the speakers.  Every
page ends with the privacy notice and the line the responsible official signs on.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, HRFlowable, PageBreak, Paragraph

from exchange_desktop.domain.certificates import Signer
from exchange_desktop.domain.errors import DomainError
from exchange_desktop.domain.practice import Practice
from exchange_desktop.domain.scheduling import Session
from exchange_desktop.domain.sittings import DayPlan
from exchange_desktop.exports.pdf_base import (
    ACCENT,
    FONT,
    FONT_BOLD,
    FOOTER_Y,
    MUTED,
    Styles,
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
from exchange_desktop.exports.signin_columns import (
    SIDE_MARGIN,
    SheetSitting,
    columns,
    content_width,
    needs_landscape,
    sheet_sittings,
    sitting_groups,
)
from exchange_desktop.exports.signin_tables import (
    Band,
    FirstThatFits,
    Look,
    Speaker,
    make_look,
    people_table,
    sorted_people,
    staff_block,
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
    from exchange_desktop.domain.roster_rows import RosterEntry

__all__ = ["SigninOptions", "Speaker", "signin_story", "sorted_people", "write_signin_sheet"]

DOCUMENT_TITLE = "Registro presenze – Foglio firme"
RESPONSIBLE = "Il/La responsabile"
#: The privacy notice may take this much of every page, no more.
MAX_PRIVACY_HEIGHT = 3.5 * cm


@dataclass(frozen=True)
class SigninOptions:
    """What the clerk chooses for the sheet; an empty ``privacy_notice`` means the default.

    ``landscape`` forces landscape pages (a sheet whose sittings do not fit portrait turns
    landscape anyway); ``two_sittings`` asks for a morning and an afternoon when the day
    plan has a single sitting (see :func:`~exchange_desktop.exports.signin_columns.sheet_sittings`).
    """

    blank_rows: int = 3
    landscape: bool = False
    two_sittings: bool = False
    privacy_notice: str = ""
    #: The responsible official, printed under the signature line (None: the line alone).
    signer: Signer | None = None
    #: The programme's speakers, pre-printed in the staff block.
    speakers: tuple[Speaker, ...] = ()


def _is_landscape(options: SigninOptions, sittings: Sequence[SheetSitting]) -> bool:
    return options.landscape or needs_landscape(len(sittings))


# --- the header -------------------------------------------------------------------------------


def _header(practice: Practice, styles: Styles, *, compact: bool = False) -> list[Flowable]:
    """Host, offices, the document's title: drawn at the top of every page, so that a page
    found loose still says whose register it is.  ``compact`` (a landscape page, short of
    height): the offices on the host's line, a smaller title."""
    small = ParagraphStyle(
        "offices", parent=styles.body, fontSize=8, leading=10, textColor=MUTED, spaceAfter=1
    )
    host = ParagraphStyle(
        "host", parent=styles.body, fontName=FONT_BOLD, textColor=ACCENT, spaceAfter=1
    )
    story: list[Flowable] = []
    offices = [line for line in (practice.sector, practice.office) if line.strip()]
    if compact and practice.host_comune.strip():
        line = markup(practice.host_comune, strong=True)
        if offices:
            office_text = markup(" · ".join(" ".join(o.split()) for o in offices))
            grey = f"#{MUTED.hexval()[2:]}"
            line += f'  <font name="{FONT}" size="8" color="{grey}">{office_text}</font>'
        story.append(Paragraph(line, host))
    else:
        if practice.host_comune.strip():
            story.append(para(practice.host_comune, host))
        if offices:
            story.append(para("\n".join(offices), small))
    story.append(HRFlowable(width="100%", thickness=0.8, color=ACCENT, spaceAfter=4))
    size, leading = (12.5, 15) if compact else (14, 17)
    title = ParagraphStyle("t", parent=styles.title, fontSize=size, leading=leading, spaceAfter=0)
    story.append(Paragraph(f"{DOCUMENT_TITLE} · Scambio di buone pratiche", title))
    return story


def _band(practice: Practice, session: Session, day: date, heading: tuple[int, int, str]) -> Band:
    number, days, hours = heading
    return Band(
        title=practice.title,
        day=date_text(day),
        note=f"(giornata {number} di {days})" if days > 1 else "",
        hours=hours,
        place=session_place(session, link=False),
    )


# --- the page footer --------------------------------------------------------------------------


def privacy_text(options: SigninOptions, practice: Practice) -> str:
    """The clerk's own notice if written, else the default built from the practice."""
    return options.privacy_notice.strip() or default_privacy_notice(
        practice.host_comune,
        controller=practice.privacy_controller,
        dpo=practice.privacy_dpo,
        info=practice.privacy_info,
    )


def _privacy(options: SigninOptions, practice: Practice, width: float) -> tuple[Paragraph, float]:
    small = {"fontSize": 6.8, "leading": 8.2, "alignment": TA_JUSTIFY}
    style = ParagraphStyle("privacy", parent=make_styles().note, **small)
    paragraph = para(privacy_text(options, practice), style)
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


_TOP = 1.0 * cm
_LANDSCAPE_TOP = 0.8 * cm


def _signer_lines(signer: Signer | None) -> list[str]:
    """The name and the qualifica on one line under the signature line, to save room."""
    if signer is None:
        return []
    return [" – ".join(part for part in (signer.name.strip(), signer.title.strip()) if part)]


def _page_layout(landscape: bool, options: SigninOptions, practice: Practice) -> PageLayout:
    """Every page: the header at the top; at the foot the privacy notice and, above it (on
    a landscape page, beside it, to leave the rows their height), the official's signature
    line with their name and qualifica under it."""
    probe = PageLayout(landscape=landscape, side_margin=SIDE_MARGIN)
    width, left = probe.content_width, probe.content_left
    signature = SignatureLine(
        RESPONSIBLE, min(9 * cm, width / 2), below=_signer_lines(options.signer)
    )
    signature_height = signature.wrap(width, 0)[1]
    privacy_y = FOOTER_Y + 11 + 4
    beside = landscape
    if beside:
        narrow = width - signature.width - 0.8 * cm
        try:
            privacy, privacy_height = _privacy(options, practice, narrow)
        except DomainError:  # too long beside the line: under it, as on a portrait page
            beside = False
    if not beside:
        privacy, privacy_height = _privacy(options, practice, width)
    if beside:
        signature_y = privacy_y
        foot = max(privacy_height, signature_height)
    else:
        signature_y = privacy_y + privacy_height + 6
        foot = privacy_height + 6 + signature_height
    header = _header(practice, make_styles(), compact=landscape)
    heights = [item.wrap(width, 10_000)[1] for item in header]
    page_height = probe.page_size[1]
    top_margin = _LANDSCAPE_TOP if landscape else _TOP

    def decorate(canvas: Canvas) -> None:
        privacy.drawOn(canvas, left, privacy_y)
        signature.drawOn(canvas, left + width - signature.width, signature_y)
        top = page_height - top_margin
        for item, height in zip(header, heights, strict=True):
            item.wrapOn(canvas, width, height)
            top -= height
            item.drawOn(canvas, left, top)

    return PageLayout(
        landscape=landscape,
        side_margin=SIDE_MARGIN,
        top_margin=top_margin + sum(heights) + 4,
        bottom_margin=privacy_y + foot + 0.3 * cm,
        decorate=decorate,
    )


# --- the document -----------------------------------------------------------------------------


def _day_footer(practice: Practice, day: date, part: str = "") -> str:
    subject = footer_subject(practice)
    head = f"Foglio firme del {day:%d/%m/%Y}{part}"
    return f"{head} · {subject}" if subject else head


def _part_name(group: Sequence[SheetSitting], groups: int) -> str:
    """ " (Mattina, Pomeriggio)" when a day's sittings are printed on several sheets."""
    return f" ({', '.join(s.label for s in group)})" if groups > 1 else ""


def signin_story(
    practice: Practice,
    session: Session,
    days: Sequence[date],
    people: Sequence[RosterEntry],
    hours: str,
    options: SigninOptions,
    plan: DayPlan | None = None,
) -> list[Flowable]:
    """The flowables of the sheet: one part per day (and group of sittings), each starting
    on a new page; the sittings are ``plan``'s (None: one sitting without times).  Rows are
    never lower than 10 mm: a landscape page keeps ten people with two sittings, the
    speakers and the staff on one page by its compact header, band and staff block and the
    signature line beside the privacy notice.
    """
    sittings = sheet_sittings(plan, options.two_sittings)
    landscape = _is_landscape(options, sittings)
    width = content_width(landscape)
    groups = sitting_groups(sittings, width)
    styles = make_styles()
    story: list[Flowable] = []
    for number, day in enumerate(days, start=1):
        band = _band(practice, session, day, (number, len(days), hours))
        for index, group in enumerate(groups, start=1):
            if story:
                story.append(PageBreak())
            part = _part_name(group, len(groups))
            key = f"{day.isoformat()}/{index}"
            story.append(SectionStart(key, _day_footer(practice, day, part)))
            look = make_look(styles, columns(width, group))
            table, staff = _part(people, band, look, options)
            story += [table, staff]
    return story


def _part(
    people: Sequence[RosterEntry], band: Band, look: Look, options: SigninOptions
) -> tuple[Flowable, FirstThatFits]:
    table = people_table(people, options.blank_rows, band, look)
    return table, staff_block(look, options.speakers)


def write_signin_sheet(
    path: Path,
    practice: Practice,
    session: Session,
    days: Sequence[date],
    people: Sequence[RosterEntry],
    hours: str = "",
    options: SigninOptions | None = None,
    plan: DayPlan | None = None,
) -> Path:
    """Write the sign-in sheet of ``session`` for ``days`` as a PDF at ``path``.

    ``people`` are printed in the order of their surnames whatever the order given;
    ``hours`` is the time of the day as printed ("09:30–13:00"), empty for a line to fill;
    ``plan`` gives the sittings, each with its own signature and time boxes.
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
    landscape = _is_landscape(options, sheet_sittings(plan, options.two_sittings))
    layout = _page_layout(landscape, options, practice)
    story = signin_story(practice, session, days, people, hours, options, plan)
    write_pdf(path, story, info, layout)
    return path
