"""What every PDF of the program shares: the embedded font, user text, styles.

The documents are Italian by nature (they are the forms and programmes the office sends to
the exchange programme and to the Enti), so their fixed texts are Italian and not translated.
User text is always printed literally: :func:`markup` escapes it before reportlab's
paragraph parser sees it, so ``<b>`` or ``&amp;`` in a title print as typed.  The pages
themselves (A4, margins, the numbered footer) are in :mod:`exchange_desktop.exports.pdf_pages`.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph

from exchange_desktop.exports.pdf_scripts import font_markup, load_font

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_BOLD_ITALIC = "DejaVuSans-BoldOblique"
_FONT_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
    FONT_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}
#: The faces a paragraph of user text may be set in: what all of them have prints in DejaVu.
FONT_FACES = tuple(_FONT_FILES)
#: The regular face's file, also embedded in a digital signature's stamp.
FONT_FILE = _FONT_FILES[FONT]

PAGE_SIZE = A4
MARGIN = 2 * cm
FOOTER_Y = 1.1 * cm

ACCENT = colors.HexColor("#1F3A5F")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#B8C4D6")

_fonts_lock = threading.Lock()
_fonts_registered = False


def register_fonts() -> None:
    """Register DejaVu Sans (four faces) with reportlab, once per process, on first use.

    The fallback fonts for other scripts (:mod:`~exchange_desktop.exports.pdf_scripts`) are
    loaded only when a text needs them.
    """
    global _fonts_registered  # noqa: PLW0603 - a process-wide "done" flag, guarded by a lock
    with _fonts_lock:
        if _fonts_registered:
            return
        for name, file_name in _FONT_FILES.items():
            load_font(name, file_name)
        pdfmetrics.registerFontFamily(
            FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
        )
        _fonts_registered = True


# --- user text ----------------------------------------------------------------------------

_BLANK_LINES = re.compile(r"\n[ \t]*\n\s*")
#: What must be escaped in paragraph markup, ``&`` first.  (``xml.sax.saxutils.escape`` does
#: the same but imports ``urllib.request`` and ``http.client``: a cost at every start.)
_ESCAPES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"), ("'", "&#39;"))
#: A web address in already escaped text: no spaces, no markup, no closing punctuation.
_URL = re.compile(r"https?://[^\s<>&]*(?:&amp;[^\s<>&]*)*[^\s<>&.,;:!?)\]]")


def clean_text(text: str) -> str:
    """Newlines normalised to ``\\n``, tabs to spaces, other control characters dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    text = text.replace("\u2029", "\n\n").replace("\t", " ")
    return "".join(ch for ch in text if ch == "\n" or unicodedata.category(ch) != "Cc")


def _escape(text: str) -> str:
    for plain, entity in _ESCAPES:
        text = text.replace(plain, entity)
    return text


def _link(match: re.Match[str]) -> str:
    url = match.group(0)
    return f'<a href="{url}" color="#1F3A5F">{url}</a>'


def markup(text: str, *, links: bool = False, strong: bool = False) -> str:
    """``text`` as paragraph markup that prints literally; line breaks are kept.

    With ``links``, web addresses become clickable (a webinar link, for instance).  Scripts
    DejaVu lacks (Chinese, Arabic) go in ``<font>`` tags, right-to-left text in drawing order;
    ``strong`` when the text is bold (in ``<b>`` or a bold style), so that they are bold too.
    """
    register_fonts()
    lines = clean_text(text).strip("\n").split("\n")
    result = "<br/>".join(font_markup(line, FONT_FACES, _escape, bold=strong) for line in lines)
    return _URL.sub(_link, result) if links else result


def _is_bold(style: ParagraphStyle) -> bool:
    return style.fontName in {FONT_BOLD, FONT_BOLD_ITALIC}


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """One paragraph of user text, printed literally."""
    return Paragraph(markup(text, strong=_is_bold(style)), style)


def text_blocks(text: str) -> list[str]:
    """The paragraphs of a user text: split at blank lines, empty ones dropped."""
    return [block for block in _BLANK_LINES.split(clean_text(text).strip()) if block.strip()]


def paragraphs(text: str, style: ParagraphStyle) -> list[Paragraph]:
    """User text split into paragraphs at blank lines; single newlines stay line breaks."""
    strong = _is_bold(style)
    return [Paragraph(markup(block, strong=strong), style) for block in text_blocks(text)]


def bold(text: str) -> str:
    """Markup for ``text`` in bold, escaped."""
    return f"<b>{markup(text, strong=True)}</b>"


def italic(text: str) -> str:
    return f"<i>{markup(text)}</i>"


# --- styles -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Styles:
    """The paragraph styles both documents use, so that they look like one family."""

    title: ParagraphStyle
    subtitle: ParagraphStyle
    section: ParagraphStyle
    subsection: ParagraphStyle
    label: ParagraphStyle
    body: ParagraphStyle
    item: ParagraphStyle
    item_text: ParagraphStyle
    item_break: ParagraphStyle
    detail: ParagraphStyle
    note: ParagraphStyle


def make_styles() -> Styles:
    """Fresh styles (fonts registered first); cheap, so each document makes its own."""
    register_fonts()
    body = ParagraphStyle(
        "body",
        fontName=FONT,
        fontSize=10.5,
        leading=14.5,
        spaceAfter=4,
        alignment=TA_LEFT,
        bulletFontName=FONT_BOLD,
        bulletFontSize=10.5,
    )
    item = ParagraphStyle(
        "item", parent=body, leftIndent=0.95 * cm, bulletIndent=0, spaceBefore=3, spaceAfter=2
    )
    return Styles(
        title=ParagraphStyle(
            "title",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=18,
            leading=22,
            textColor=ACCENT,
            spaceAfter=4,
        ),
        subtitle=ParagraphStyle(
            "subtitle", parent=body, fontSize=10.5, leading=14, textColor=MUTED, spaceAfter=10
        ),
        section=ParagraphStyle(
            "section",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=13,
            leading=17,
            textColor=ACCENT,
            spaceBefore=14,
            spaceAfter=2,
            keepWithNext=1,
        ),
        subsection=ParagraphStyle(
            "subsection",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=11.5,
            leading=15,
            textColor=ACCENT,
            spaceBefore=8,
            spaceAfter=4,
            keepWithNext=1,
        ),
        label=ParagraphStyle(
            "label",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=9,
            leading=12,
            textColor=MUTED,
            spaceBefore=7,
            spaceAfter=2,
            keepWithNext=1,
        ),
        body=body,
        item=item,
        item_text=ParagraphStyle("item_text", parent=item, spaceBefore=0),
        item_break=ParagraphStyle(
            "item_break",
            parent=item,
            fontName=FONT_ITALIC,
            textColor=MUTED,
            bulletFontName=FONT_ITALIC,
        ),
        detail=ParagraphStyle(
            "detail",
            parent=item,
            fontName=FONT_ITALIC,
            fontSize=9.5,
            leading=13,
            textColor=MUTED,
            spaceBefore=0,
        ),
        note=ParagraphStyle(
            "note", parent=body, fontSize=9.5, leading=13, textColor=MUTED, spaceBefore=6
        ),
    )
