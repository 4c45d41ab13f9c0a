"""The "Scheda della buona pratica": the filled form the office submits to the programme.

The sections and labels follow the paper form (``seed/scheda-buona-pratica-monza.txt``), so a
reader who knows the form finds every answer where they expect it.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.platypus import Flowable, HRFlowable, Paragraph

from exchange_desktop.domain.enums import ItemKind, SchedulingMode
from exchange_desktop.domain.practice import Practice
from exchange_desktop.domain.programme import ProgrammeItem, item_numbers
from exchange_desktop.domain.scheduling import Session
from exchange_desktop.exports.pdf_base import (
    ACCENT,
    Styles,
    bold,
    italic,
    make_styles,
    markup,
    para,
    paragraphs,
    text_blocks,
)
from exchange_desktop.exports.pdf_pages import DocumentInfo, write_pdf
from exchange_desktop.exports.wording import (
    capitalize_first,
    duration_text,
    footer_subject,
    held_on,
    live_sessions,
    participants_text,
    scheduling_intro,
    session_days,
    short_title,
    topic_heading,
    transfer_mode_text,
)
from exchange_desktop.formatting import join_alternatives

DOCUMENT_TITLE = "Scheda della buona pratica"
NOT_GIVEN = "non indicato"


def _section(title: str, styles: Styles) -> list[Flowable]:
    return [
        Paragraph(markup(title), styles.section),
        HRFlowable(width="100%", thickness=0.8, color=ACCENT, spaceBefore=0, spaceAfter=4),
    ]


def _field(label: str, text: str, styles: Styles) -> list[Flowable]:
    """A label of the form and the answer below it; a missing answer says so."""
    answer = paragraphs(text, styles.body) or [Paragraph(italic(NOT_GIVEN), styles.note)]
    return [Paragraph(markup(label), styles.label), *answer]


def _who(practice: Practice, styles: Styles) -> list[Flowable]:
    offices = "\n".join(line for line in (practice.sector, practice.office) if line.strip())
    return [
        *_section("Chi propone lo scambio", styles),
        *_field("Comune ospitante", practice.host_comune, styles),
        *_field("Area, Settore, Ufficio ospitante", offices, styles),
    ]


def _what(practice: Practice, styles: Styles) -> list[Flowable]:
    title = [Paragraph(bold(practice.title), styles.body)] if practice.title.strip() else []
    return [
        *_section("Descrizione della pratica/soluzione", styles),
        Paragraph("Titolo buona pratica", styles.label),
        *title,
        *_field("Descrizione della pratica/soluzione", practice.description, styles),
        *_field("Obiettivo dello scambio", practice.aim, styles),
    ]


def programme_list(items: Sequence[ProgrammeItem], styles: Styles) -> list[Flowable]:
    """The items as on the form: "1. **Titolo:** testo"; breaks unnumbered, in italics."""
    story: list[Flowable] = []
    for item, number in zip(items, item_numbers(list(items)), strict=True):
        if item.kind is ItemKind.BREAK:
            story.append(Paragraph(italic(item.title), styles.item_break))
            story.extend(paragraphs(item.text, styles.detail))
            continue
        blocks = text_blocks(item.text)
        heading = bold(topic_heading(item.title, followed_by_text=bool(blocks)))
        first = f"{heading} {markup(blocks[0])}" if blocks else heading
        story.append(Paragraph(first, styles.item, bulletText=f"{number}."))
        story.extend(Paragraph(markup(block), styles.item_text) for block in blocks[1:])
    if not story:
        story.append(Paragraph(italic("Programma da definire."), styles.note))
    return story


def _dates(practice: Practice, sessions: Sequence[Session], styles: Styles) -> list[Flowable]:
    """The dates with the form's "O" (alternatives) or "E" (one session each) wording."""
    story: list[Flowable] = [Paragraph("Date disponibili", styles.label)]
    live = live_sessions(sessions)
    if practice.scheduling_mode is SchedulingMode.ALTERNATIVE:
        for session in live:
            if session.confirmed_day:
                when = held_on(session.confirmed_day, practice.duration_days, practice.patron_day)
                confirmed = bold(capitalize_first(when))
                story.append(Paragraph(f"Data confermata: {confirmed}", styles.body))
                continue
            days = session.open_days
            intro = scheduling_intro(SchedulingMode.ALTERNATIVE, len(days))
            if intro:
                story.append(para(intro, styles.body))
            joined = join_alternatives(
                [held_on(day, practice.duration_days, practice.patron_day) for day in days], "o"
            )
            story.append(Paragraph(bold(capitalize_first(joined)), styles.body))
    else:
        days = sorted(day for session in live for day in session_days(session))
        intro = scheduling_intro(SchedulingMode.SEVERAL, len(days))
        if intro:
            story.append(para(intro, styles.body))
        for day in days:
            when = capitalize_first(held_on(day, practice.duration_days, practice.patron_day))
            story.append(Paragraph(bold(when), styles.item, bulletText="•"))
    if len(story) == 1:
        story.append(Paragraph(italic("Date da definire."), styles.note))
    note = practice.dates_note.strip()
    if note:
        prefix = "" if note.upper().startswith("N.B") else "<b>N.B.:</b> "
        story.append(Paragraph(prefix + markup(note), styles.note))
    return story


def _how(
    practice: Practice,
    items: Sequence[ProgrammeItem],
    sessions: Sequence[Session],
    styles: Styles,
) -> list[Flowable]:
    return [
        *_section("Le modalità dello scambio", styles),
        Paragraph("Modalità del trasferimento", styles.label),
        para(transfer_mode_text(practice.transfer_mode), styles.body),
        *paragraphs(practice.transfer_notes, styles.body),
        Paragraph("Programma del Corso", styles.subsection),
        *programme_list(items, styles),
        *_field(
            "Quanti partecipanti possono essere ospitati per ogni sessione",
            participants_text(practice.max_participants, practice.profiles),
            styles,
        ),
        *_field(
            "Quanto tempo dura ogni sessione di attività di scambio",
            f"L'attività di scambio potrà essere organizzata in "
            f"{duration_text(practice.duration_days)}.",
            styles,
        ),
        *_dates(practice, sessions, styles),
    ]


def _contact(practice: Practice, styles: Styles) -> list[Flowable]:
    lines = [
        (label, value.strip())
        for label, value in (
            ("Referente", practice.contact_name),
            ("Email", practice.contact_email),
            ("Telefono", practice.contact_phone),
        )
        if value.strip()
    ]
    if not lines:
        return []
    return [
        *_section("Referente per lo scambio", styles),
        *(Paragraph(f"<b>{label}:</b> {markup(value)}", styles.body) for label, value in lines),
    ]


def practice_card_story(
    practice: Practice, items: Sequence[ProgrammeItem], sessions: Sequence[Session]
) -> list[Flowable]:
    """The flowables of the card, top to bottom."""
    styles = make_styles()
    subtitle = " – ".join(
        part for part in (practice.host_comune.strip(), "Scambio di buone pratiche") if part
    )
    return [
        Paragraph(DOCUMENT_TITLE, styles.title),
        para(subtitle, styles.subtitle),
        *_who(practice, styles),
        *_what(practice, styles),
        *_how(practice, items, sessions, styles),
        *_contact(practice, styles),
    ]


def write_practice_card(
    path: Path,
    practice: Practice,
    items: Sequence[ProgrammeItem],
    sessions: Sequence[Session],
) -> Path:
    """Write the card of ``practice`` (its programme and sessions given) as a PDF at ``path``."""
    footer = footer_subject(practice)
    info = DocumentInfo(
        title=f"{DOCUMENT_TITLE} – {short_title(practice.title)}",
        subject=practice.title,
        author=practice.host_comune,
        footer=f"{DOCUMENT_TITLE} · {footer}" if footer else DOCUMENT_TITLE,
    )
    write_pdf(path, practice_card_story(practice, items, sessions), info)
    return path
