"""The pages of every PDF: A4 (or landscape), margins, the footer numbered "Pagina X di Y",
parts numbered on their own (one sheet per day), and the line to sign on.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from exchange_desktop import __version__
from exchange_desktop.exports.pdf_base import (
    FONT,
    FONT_BOLD,
    FOOTER_Y,
    MARGIN,
    MUTED,
    PAGE_SIZE,
    RULE,
    clean_text,
    register_fonts,
)
from exchange_desktop.exports.pdf_scripts import draw_text, text_width
from exchange_desktop.exports.reportlab_bases import CanvasBase, FlowableBase


def _fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with "…" until it fits ``width`` points (any script)."""
    if text_width(text, font, size) <= width:
        return text
    while text and text_width(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


#: reportlab's frames keep 6 points free on every side.
FRAME_PADDING = 6


@dataclass(frozen=True)
class PageLayout:
    """How the pages are set: orientation, margins, page numbers, what every page carries.

    ``decorate`` draws on each page once its content is laid out, just before the footer (a
    border, a band above the footer); the margins must leave it room.
    """

    landscape: bool = False
    side_margin: float = MARGIN
    top_margin: float = MARGIN
    bottom_margin: float = MARGIN
    numbered: bool = True
    decorate: Callable[[Canvas], None] | None = None

    @property
    def page_size(self) -> tuple[float, float]:
        turned: tuple[float, float] = landscape(PAGE_SIZE)
        return turned if self.landscape else PAGE_SIZE

    @property
    def content_left(self) -> float:
        """Where the flowables begin: inside the frame's own padding."""
        return self.side_margin + FRAME_PADDING

    @property
    def content_width(self) -> float:
        """The width the flowables may take (a table as wide as the text)."""
        return self.page_size[0] - 2 * self.content_left

    @property
    def content_height(self) -> float:
        return self.page_size[1] - self.top_margin - self.bottom_margin - 2 * FRAME_PADDING


class SectionStart(FlowableBase):
    """The first page of a part with its own page numbers and footer (one day's sheet).

    Put it at the top of the part's first page (after a :class:`PageBreak`): the pages from
    there are numbered "Pagina 1 di N" again and carry ``footer`` instead of the document's.
    """

    def __init__(self, key: str, footer: str) -> None:
        super().__init__()
        self.key = key
        self.footer = footer

    def wrap(self, _width: float, _height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.exchange_section = (self.key, self.footer)


_BELOW_LEADING = 10


class SignatureLine(FlowableBase):
    """ "Il/La responsabile ______": a label and a line to sign on.

    ``stacked`` puts the label above the line (a certificate), else on its left (a form).
    """

    def __init__(
        self, label: str, width: float, *, stacked: bool = False, below: Sequence[str] = ()
    ) -> None:
        super().__init__()
        self.label = " ".join(clean_text(label).split())
        self.width = width
        self.stacked = stacked
        #: Lines printed under the line (the signer's name, then the qualifica).
        self.below = [" ".join(clean_text(line).split()) for line in below if line.strip()]
        self.height = (1.6 * cm if stacked else 0.5 * cm) + _BELOW_LEADING * len(self.below)

    def wrap(self, _width: float, _height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        size = 10.5 if self.stacked else 9.5
        canvas.setFont(FONT, size)
        canvas.setFillColor(colors.black)
        canvas.setStrokeColor(colors.black)
        canvas.setLineWidth(0.6)
        label_width = text_width(self.label, FONT, size)
        if self.stacked:
            draw_text(canvas, self.width / 2, self.height - 10, self.label, FONT, size, "middle")
            canvas.line(0, 2, self.width, 2)
        else:
            base = _BELOW_LEADING * len(self.below)
            draw_text(canvas, 0, base + 2, self.label, FONT, size)
            start = min(label_width + 6, self.width / 2)
            canvas.line(start, base + 1, self.width, base + 1)
            for number, line in enumerate(self.below, start=1):
                face = FONT_BOLD if number == 1 else FONT
                size = 8.0  # smaller for a long qualifica, so that it stays under the line
                while size > 5 and text_width(line, face, size) > self.width:
                    size -= 0.5
                y = base - _BELOW_LEADING * number + 2
                draw_text(canvas, self.width, y, line, face, size, "end")
        canvas.restoreState()


def _numbered_canvas(footer: str, layout: PageLayout) -> type[Canvas]:
    """A canvas that holds the pages back until the end, to print "Pagina X di Y" on each.

    The pages after a :class:`SectionStart` are counted apart, with the section's footer.
    """

    class NumberedCanvas(CanvasBase):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            # each page's state, and its part: (key, footer), set by a SectionStart
            self._pages: list[tuple[dict[str, object], tuple[str, str]]] = []

        def showPage(self) -> None:
            section: tuple[str, str] = self.__dict__.get("exchange_section", ("", footer))
            self._pages.append((dict(self.__dict__), section))
            self._startPage()

        def save(self) -> None:
            totals = Counter(key for _state, (key, _footer) in self._pages)
            numbers: Counter[str] = Counter()
            for state, (key, section_footer) in self._pages:
                numbers[key] += 1
                self.__dict__.update(state)
                if layout.decorate is not None:
                    layout.decorate(self)
                self._draw_footer(section_footer, numbers[key], totals[key])
                super().showPage()
            super().save()

        def _draw_footer(self, text: str, number: int, total: int) -> None:
            width = self._pagesize[0] - 2 * layout.side_margin
            left = layout.side_margin
            page = f"Pagina {number} di {total}" if layout.numbered else ""
            if not (text or page):
                return
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(left, FOOTER_Y + 11, left + width, FOOTER_Y + 11)
            self.setFont(FONT, 8)
            self.setFillColor(MUTED)
            self.drawRightString(left + width, FOOTER_Y, page)
            page_width = pdfmetrics.stringWidth(page, FONT, 8) + 24 if page else 0
            draw_text(self, left, FOOTER_Y, _fit(text, FONT, 8, width - page_width), FONT, 8)
            self.restoreState()

    return NumberedCanvas


@dataclass(frozen=True)
class DocumentInfo:
    """What the PDF says about itself (title bar of the viewer, properties) and in the footer."""

    title: str
    subject: str
    author: str
    footer: str


def one_line(text: str) -> str:
    """User text on a single line (metadata, footers): every run of white space one space."""
    return " ".join(clean_text(text).split())


def write_pdf(
    path: Path, story: Iterable[Flowable], info: DocumentInfo, layout: PageLayout | None = None
) -> None:
    """Lay ``story`` out on A4 pages (2 cm margins unless ``layout`` says otherwise) with the
    footer, numbered "Pagina X di Y", into ``path``.
    """
    register_fonts()
    layout = layout or PageLayout()
    # An open stream, not a name: reportlab leaves a file it opened itself open when a write
    # fails (a full disk), and Windows cannot then remove the unfinished temporary file.
    with path.open("wb") as stream:
        _build(stream, story, info, layout)


def _build(
    stream: BinaryIO, story: Iterable[Flowable], info: DocumentInfo, layout: PageLayout
) -> None:
    document = SimpleDocTemplate(
        stream,
        pagesize=layout.page_size,
        leftMargin=layout.side_margin,
        rightMargin=layout.side_margin,
        topMargin=layout.top_margin,
        bottomMargin=layout.bottom_margin,
        title=one_line(info.title),
        subject=one_line(info.subject),
        author=one_line(info.author),
        creator=f"Exchange Desktop {__version__}",
        lang="it-IT",
        # The viewer's title bar shows the title, not the file name (EN 301 549 10.2.4.2;
        # reportlab writes no structure tree, so the reading order is the story's order).
        displayDocTitle=True,
        initialFontName=FONT,
    )
    document.build(list(story), canvasmaker=_numbered_canvas(one_line(info.footer), layout))
