"""Every name printable: user text split into runs by the font that has its glyphs.

DejaVu Sans prints Latin, Greek, Cyrillic and much more, but not Chinese, Japanese or Korean,
and its Arabic is not shaped.  So each character goes to the first font whose ``cmap`` has it
(the shipped Droid Sans Fallback for CJK, Noto Sans Arabic for Arabic letters), and what no
font has (most emoji) becomes U+FFFD "�", which DejaVu draws, instead of an empty box.

Right-to-left text is shaped (contextual forms, with ``arabic-reshaper``) and put in visual
order (with ``python-bidi``) before reportlab sees it, because reportlab draws glyphs left to
right as given.  The PDF's text layer stays readable: :class:`LogicalTTFont` maps the
contextual forms back to the plain letters in its ``ToUnicode`` table, and text extractors
(poppler's ``pdftotext``) put right-to-left runs back in logical order themselves.
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from reportlab.lib.fonts import ps2tt
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTFError
from reportlab.pdfgen.canvas import Canvas

from exchange_desktop.domain.errors import DomainError
from exchange_desktop.exports.reportlab_bases import TTFontBase
from exchange_desktop.i18n import MESSAGES_CONTEXT, QT_TRANSLATE_NOOP, Message
from exchange_desktop.resources import resource_path

CJK_FONT = "DroidSansFallback"
ARABIC_FONT = "NotoSansArabic"
ARABIC_FONT_BOLD = "NotoSansArabic-Bold"
#: The fallback families, each loaded on first need: (regular, bold, file of each face).
_FAMILIES: dict[str, dict[str, str]] = {
    CJK_FONT: {CJK_FONT: "DroidSansFallbackFull.ttf"},
    ARABIC_FONT: {
        ARABIC_FONT: "NotoSansArabic-Regular.ttf",
        ARABIC_FONT_BOLD: "NotoSansArabic-Bold.ttf",
    },
}
_BOLD_FACE = {CJK_FONT: CJK_FONT, ARABIC_FONT: ARABIC_FONT_BOLD}
#: What is printed for a character no font has; every DejaVu face has it.
REPLACEMENT = "\ufffd"
#: Unicode's decomposition tags of the Arabic contextual forms (presentation forms).
_CONTEXTUAL_TAGS = ("<initial>", "<medial>", "<final>", "<isolated>")
_RIGHT_TO_LEFT = frozenset({"R", "AL"})

_lock = threading.RLock()
_loaded: set[str] = set()


class LogicalTTFont(TTFontBase):
    """A TrueType font whose text layer reads contextual Arabic forms as the plain letters.

    The shaped text drawn is made of presentation forms (ﻣﺤﻤﺪ); copying or searching the
    PDF should give the letters typed (محمد), so the ``ToUnicode`` table maps each form to
    its compatibility decomposition.  Other characters map to themselves, as in reportlab.
    """

    def addObjects(self, doc: object) -> None:
        state = self.state.get(doc)
        subsets = [list(subset) for subset in state.subsets] if state is not None else []
        super().addObjects(doc)
        face = self.face.name + self.face.subfontNameX
        for number, subset in enumerate(subsets):
            base_name = (SUBSETN(number) + b"+" + face).decode("pdfdoc")
            stream = doc.idToObject.get("toUnicodeCMap:" + base_name)  # type: ignore[attr-defined]
            if stream is not None:
                stream.content = _to_unicode_cmap(base_name, subset)


def _logical(code: int) -> str:
    """The letters a glyph stands for: a contextual form's plain letters, else itself.

    A ligature (لا) stands for its letters in drawing order, right to left, as the glyphs
    around it: the extractor reverses the whole right-to-left run, ligatures included.
    """
    char = chr(code)
    if unicodedata.decomposition(char).startswith(_CONTEXTUAL_TAGS):
        return unicodedata.normalize("NFKC", char)[::-1]
    return char


def _utf16_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def _to_unicode_cmap(name: str, subset: Sequence[int]) -> str:
    """reportlab's ``makeToUnicodeCMap`` with :func:`_logical` targets (UTF-16, as PDF says)."""
    entries = [f"<{index:02X}> <{_utf16_hex(_logical(code))}>" for index, code in enumerate(subset)]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({name})",
            f"/Ordering ({name})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{name} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *entries,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


def load_font(name: str, file_name: str) -> None:
    """Register one shipped font under ``name``; a missing or broken file is a clear error."""
    path = resource_path("fonts", file_name)
    try:
        pdfmetrics.registerFont(LogicalTTFont(name, str(path)))
    except (OSError, TTFError) as exc:
        raise DomainError(
            Message(
                MESSAGES_CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Manca o è danneggiato il carattere {path}: reinstallare il programma.",
                ),
                path=str(path),
            )
        ) from exc


def _ensure_family(family: str) -> None:
    """Load a fallback family (all its faces, so ``<b>`` finds the bold) once per process."""
    with _lock:
        if family in _loaded:
            return
        for name, file_name in _FAMILIES[family].items():
            load_font(name, file_name)
        bold = _BOLD_FACE[family]
        pdfmetrics.registerFontFamily(
            family, normal=family, bold=bold, italic=family, boldItalic=bold
        )
        _loaded.add(family)


def _covers(font: str, char: str) -> bool:
    if font in _FAMILIES:
        _ensure_family(font)
    return ord(char) in pdfmetrics.getFont(font).face.charToGlyph


def _ignorable(char: str) -> bool:
    """Joiners, direction marks, variation selectors: nothing to print if no font has them."""
    return unicodedata.category(char) == "Cf" or "VARIATION SELECTOR" in unicodedata.name(char, "")


def visual(text: str) -> str:
    """``text`` shaped and in drawing order if it holds right-to-left letters, else as is."""
    if text.isascii() or not any(unicodedata.bidirectional(c) in _RIGHT_TO_LEFT for c in text):
        return text
    import arabic_reshaper
    from bidi import get_display

    # python-bidi wants valid UTF-8: a lone surrogate (never a letter) is printed as "�".
    text = "".join(REPLACEMENT if unicodedata.category(c) == "Cs" else c for c in text)
    # The documents are Italian: the line runs left to right, Arabic runs inside it do not.
    shaped: str = get_display(arabic_reshaper.reshape(text), base_dir="L")
    return shaped


@dataclass(frozen=True)
class Run:
    """Characters drawn with one font; ``font`` None is the caller's own (DejaVu)."""

    font: str | None
    text: str


def _chain(char: str) -> tuple[str | None, ...]:
    """The fonts to try, best first: Arabic letters look better in Noto than in DejaVu."""
    if unicodedata.bidirectional(char) == "AL":
        return (ARABIC_FONT, None, CJK_FONT)
    return (None, CJK_FONT, ARABIC_FONT)


def runs(text: str, base_fonts: Iterable[str]) -> list[Run]:
    """``text`` in drawing order, split where the font changes.

    A character counts as the base font's only if every face in ``base_fonts`` has it (a
    paragraph may be bold or italic).  Spaces and combining marks stay in the font before
    them when it has them; what no font has becomes one :data:`REPLACEMENT` per run.
    """
    text = visual(text)
    if text.isascii():
        return [Run(None, text)] if text else []
    bases = tuple(base_fonts)
    result: list[tuple[str | None, list[str]]] = []
    for char in text:
        font, shown = _font_for(char, bases, result[-1][0] if result else None), char
        after_replacement = bool(result) and result[-1][1][-1] == REPLACEMENT
        if after_replacement and _ignorable(char):
            continue  # the joiner of an emoji sequence (👨‍👩‍👧): one "�" for all
        if font == "":
            if after_replacement or _ignorable(char):
                continue
            font, shown = None, REPLACEMENT
        if result and result[-1][0] == font:
            result[-1][1].append(shown)
        else:
            result.append((font, [shown]))
    return [Run(font, "".join(chars)) for font, chars in result]


def _font_for(char: str, bases: tuple[str, ...], previous: str | None) -> str | None:
    """The font of ``char`` (None: the base), or ``""`` if no font has it."""

    def has(font: str | None) -> bool:
        return all(_covers(base, char) for base in bases) if font is None else _covers(font, char)

    sticky = char.isspace() or unicodedata.category(char).startswith("M")
    if sticky and has(previous):
        return previous
    for font in _chain(char):
        if has(font):
            return font
    return ""


def font_markup(
    text: str, base_fonts: Iterable[str], escape: Callable[[str], str], *, bold: bool = False
) -> str:
    """Paragraph markup for one line of user text: fallback runs in ``<font name=...>``.

    reportlab's ``<font name>`` sets the weight from the name, forgetting an enclosing
    ``<b>`` or a bold style: ``bold`` names the bold face (where the family has one).
    """
    parts = []
    for run in runs(text, base_fonts):
        escaped = escape(run.text)
        if run.font is None:
            parts.append(escaped)
        else:
            face = _BOLD_FACE[run.font] if bold else run.font
            parts.append(f'<font name="{face}">{escaped}</font>')
    return "".join(parts)


def _run_font(run: Run, font: str) -> str:
    """The face of a fallback run that matches ``font``'s weight (Arabic has a bold)."""
    if run.font is None:
        return font
    _family, bold, _italic = ps2tt(font)
    return _BOLD_FACE[run.font] if bold else run.font


def text_width(text: str, font: str, size: float) -> float:
    """The width of ``text`` drawn by :func:`draw_text`, in points."""
    widths: list[float] = [
        pdfmetrics.stringWidth(run.text, _run_font(run, font), size) for run in runs(text, [font])
    ]
    return sum(widths)


def draw_text(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    font: str,
    size: float,
    anchor: Literal["start", "middle", "end"] = "start",
) -> None:
    """Draw one line of user text on ``canvas`` run by run, like ``drawString`` would.

    ``anchor`` says where ``x`` is: the start of the text, its middle or its end.
    """
    parts = [(run.text, _run_font(run, font)) for run in runs(text, [font])]
    widths = [pdfmetrics.stringWidth(part, face, size) for part, face in parts]
    shift = {"start": 0.0, "middle": sum(widths) / 2, "end": sum(widths)}[anchor]
    x -= shift
    for (part, face), width in zip(parts, widths, strict=True):
        canvas.setFont(face, size)
        canvas.drawString(x, y, part)
        x += width
    canvas.setFont(font, size)
