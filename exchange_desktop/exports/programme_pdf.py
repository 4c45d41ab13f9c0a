"""The "Programma della giornata": what the office sends to the Enti before the exchange day.

Host, practice, when and where, then the items.  Times, when the office gave them, stand in a
column on the left (a hanging indent rather than a table, so that a long text can flow onto
the next page instead of failing to fit); topics are numbered, breaks are not and are in
italics.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, HRFlowable, Paragraph

from exchange_desktop.domain.enums import ItemKind
from exchange_desktop.domain.practice import Practice
from exchange_desktop.domain.programme import ProgrammeItem, item_numbers
from exchange_desktop.domain.scheduling import Session
from exchange_desktop.exports.pdf_base import (
    ACCENT,
    FONT,
    FONT_BOLD,
    RULE,
    Styles,
    bold,
    italic,
    make_styles,
    markup,
    para,
    text_blocks,
)
from exchange_desktop.exports.pdf_pages import DocumentInfo, write_pdf
from exchange_desktop.exports.wording import (
    footer_subject,
    live_sessions,
    session_hours,
    session_place,
    session_when,
    short_title,
    time_range,
    topic_heading,
)
from exchange_desktop.formatting import join_alternatives

DOCUMENT_TITLE = "Programma della giornata"
DOCUMENT_TITLE_DAYS = "Programma delle giornate"
TIME_COLUMN = 3.1 * cm
LABEL_COLUMN = 2.6 * cm


def _column_style(parent: ParagraphStyle, name: str, indent: float) -> ParagraphStyle:
    """``parent`` with a left column of ``indent`` for the bullet (a time or a label)."""
    return ParagraphStyle(name, parent=parent, leftIndent=indent, bulletIndent=0)


def _per_session(values: list[str], whens: list[str]) -> str:
    """One value when every session shares it, else one line per session."""
    given = [value for value in values if value]
    if not given:
        return ""
    if len(set(values)) == 1:
        return values[0]
    lines = zip(whens, values, strict=True)
    return "\n".join(f"{when}: {value or 'da definire'}" for when, value in lines)


def _details(
    sessions: Sequence[Session], items: Sequence[ProgrammeItem], practice: Practice
) -> list[tuple[str, str]]:
    """The "when and where" lines: (label, text); every day of a session of several."""
    live = live_sessions(sessions)
    if not live:
        return [("Data", "da definire")]
    whens = [session_when(session, practice.duration_days, practice.patron_day) for session in live]
    if len(live) == 1:
        rows = [("Data", whens[0])]
    else:
        rows = [("Date", f"{join_alternatives(whens, 'e')} (una sessione per ciascuna data)")]
    hours = _per_session([session_hours(session, items) for session in live], whens)
    place = _per_session([session_place(session) for session in live], whens)
    if hours:
        rows.append(("Orario", hours))
    if place:
        rows.append(("Luogo", place))
    return rows


def document_title(practice: Practice) -> str:
    """ "Programma della giornata", or "delle giornate" for an exchange of several days."""
    return DOCUMENT_TITLE if practice.duration_days <= 1 else DOCUMENT_TITLE_DAYS


def _header(practice: Practice, styles: Styles) -> list[Flowable]:
    story: list[Flowable] = [Paragraph(document_title(practice), styles.title)]
    if practice.host_comune.strip():
        story.append(Paragraph(bold(practice.host_comune), styles.body))
    offices = "\n".join(line for line in (practice.sector, practice.office) if line.strip())
    if offices:
        story.append(para(offices, styles.subtitle))
    story.append(HRFlowable(width="100%", thickness=0.8, color=ACCENT, spaceAfter=8))
    if practice.title.strip():
        story.append(Paragraph(bold(practice.title), styles.subsection))
    return story


def _details_story(
    sessions: Sequence[Session],
    items: Sequence[ProgrammeItem],
    styles: Styles,
    practice: Practice,
) -> list[Flowable]:
    style = _column_style(styles.body, "details", LABEL_COLUMN)
    story: list[Flowable] = [
        Paragraph(markup(text, links=True), style, bulletText=label)
        for label, text in _details(sessions, items, practice)
    ]
    story.append(HRFlowable(width="100%", thickness=0.5, color=RULE, spaceBefore=6))
    return story


def _item_story(
    item: ProgrammeItem,
    number: int | None,
    timed: bool,
    styles: Styles,
) -> list[Flowable]:
    """One item: time (or number) on the left, "**Titolo:** testo" as on the form, speakers."""
    indent = TIME_COLUMN if timed else styles.item.leftIndent
    is_break = item.kind is ItemKind.BREAK
    blocks = text_blocks(item.text)
    if is_break:
        first, rest = italic(item.title), blocks
    else:
        label = f"{number}. {item.title}" if timed else item.title
        heading = bold(topic_heading(label, followed_by_text=bool(blocks)))
        first = f"{heading} {markup(blocks[0])}" if blocks else heading
        rest = blocks[1:]
    speakers = item.speakers.strip()
    head_style = _column_style(styles.item_break if is_break else styles.item, "head", indent)
    head_style.spaceBefore = 7
    head_style.bulletFontName = FONT if timed else FONT_BOLD
    head_style.keepWithNext = 1 if (rest or speakers) else 0
    number_text = f"{number}." if number else ""
    bullet = time_range(item.start_time, item.end_time) if timed else number_text
    story: list[Flowable] = [Paragraph(first, head_style, bulletText=bullet or None)]
    text_style = _column_style(styles.detail if is_break else styles.item_text, "text", indent)
    story.extend(Paragraph(markup(block), text_style) for block in rest)
    if speakers:
        speaker_style = _column_style(styles.detail, "speakers", indent)
        story.append(Paragraph(f"A cura di: {markup(speakers)}", speaker_style))
    return story


def programme_story(
    practice: Practice, items: Sequence[ProgrammeItem], sessions: Sequence[Session]
) -> list[Flowable]:
    """The flowables of the programme, top to bottom."""
    styles = make_styles()
    story = [*_header(practice, styles), *_details_story(sessions, items, styles, practice)]
    story.append(Paragraph("Programma", styles.section))
    timed = any(item.start_time for item in items)
    for item, number in zip(items, item_numbers(list(items)), strict=True):
        story.extend(_item_story(item, number, timed, styles))
    if not items:
        story.append(Paragraph(italic("Programma da definire."), styles.note))
    return story


def write_programme(
    path: Path,
    practice: Practice,
    items: Sequence[ProgrammeItem],
    sessions: Sequence[Session],
) -> Path:
    """Write the programme of ``practice`` as a PDF at ``path``."""
    footer = footer_subject(practice)
    title = document_title(practice)
    info = DocumentInfo(
        title=f"{title} – {short_title(practice.title)}",
        subject=practice.title,
        author=practice.host_comune,
        footer=f"{title} · {footer}" if footer else title,
    )
    write_pdf(path, programme_story(practice, items, sessions), info)
    return path
