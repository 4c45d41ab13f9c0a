"""Hypothesis strategies for hostile text: what a clerk may paste or a spreadsheet may hold.

Control characters, bidirectional marks, zero-width joiners, emoji, combining accents,
markup, entities, spreadsheet formulas, quotes, SQL, lone surrogates and very long strings,
mixed with ordinary Italian words.  The tests built on them check that every value is either
refused with a message or comes out exactly as it went in.
"""

from __future__ import annotations

import unicodedata

from hypothesis import strategies as st

CONTROL = ["\x00", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\x9b"]
WHITESPACE_CONTROL = ["\r", "\t", "\n", "\r\n", "\u2028", "\u2029", "\x1c", "\x1f"]
BIDI_AND_INVISIBLE = [
    "\u202e",
    "\u202d",
    "\u200f",
    "\u200e",
    "\u200d",
    "\u200b",
    "\ufeff",
    "\u2066",
]
EMOJI = [
    "😀",
    "👩‍💻",  # woman technologist: ZWJ sequence
    "👨‍👩‍👧‍👦",
    "🇮🇹",  # flag: two regional indicators
    "👍🏽",  # skin tone modifier
    "❤️",  # variation selector
    "𝔘𝔫𝔦",  # astral letters
]
ITALIAN = ["Forlì", "Città", "perché", "Sant'Angelo", "È", "à è é ì ò ù", "Zoë", "Nicolò"]
COMBINING = ["e\u0301", "a\u0300", "n\u0303", "o\u0308\u0304", "\u0301"]
MARKUP = [
    "<b>",
    "</b>",
    "</para>",
    "<br/>",
    "<font color='red'>",
    "&amp;",
    "&lt;",
    "&#65;",
    "&nbsp;",
    "<script>alert(1)</script>",
    "\\n",
    "%s",
    "{name}",
    "{0}",
]
FORMULAS = [
    '=HYPERLINK("http://x","y")',
    "=1+1",
    "+cmd|' /C calc'!A0",
    "-1+1",
    "@SUM(1)",
    "=",
    "+",
    "-",
    "@",
]
QUOTES = ['"', "'", "`", "«", "»", "“", "”", "‘", "’", "„", '""', "''"]
SQL = ["'; DROP TABLE participants; --", "1 OR 1=1", "Robert'); --", "%", "_", "\\"]
WINDOWS_NAMES = ["CON", "nul", "COM1", "LPT9", "aux.txt", "..", ".", "a/b", "a\\b", "C:", "x?*|"]
LONE_SURROGATES = ["\ud800", "\udfff", "\udc80"]
NONCHARACTERS = ["\ufffe", "\uffff", "\ufdd0", "\U0010ffff"]

PIECES = (
    ITALIAN
    + COMBINING
    + MARKUP
    + FORMULAS
    + QUOTES
    + SQL
    + EMOJI
    + BIDI_AND_INVISIBLE
    + WINDOWS_NAMES
    + [" ", "  ", "Rossi", "Maria", "Comune di Monza"]
)

# Leading pieces that must stay literal text, never a formula or markup.
FORMULA_STARTS = ["=", "+", "-", "@"]


def _join(parts: list[str]) -> str:
    return "".join(parts)


def pieces(extra: list[str] | None = None) -> st.SearchStrategy[str]:
    """A mix of hostile pieces and arbitrary printable text."""
    choices = PIECES + (extra or [])
    part = st.one_of(
        st.sampled_from(choices),
        st.text(
            st.characters(blacklist_categories=("Cs", "Cc")),
            min_size=1,
            max_size=8,
        ),
    )
    return st.lists(part, min_size=1, max_size=6).map(_join)


def printable_text() -> st.SearchStrategy[str]:
    """Hostile text without control characters or surrogates: must always be accepted."""
    return pieces()


def hostile_text() -> st.SearchStrategy[str]:
    """Anything: control characters, surrogates and 10,000-character strings included."""
    return st.one_of(
        pieces(CONTROL + WHITESPACE_CONTROL + LONE_SURROGATES + NONCHARACTERS),
        st.text(max_size=30),
        long_text(),
    )


def long_text() -> st.SearchStrategy[str]:
    """About 10,000 characters of one repeated hostile piece (few, as they are slow)."""
    return st.sampled_from(["<b>&amp;", '=HYPERLINK("x")', "Forlì 👩‍💻 ", "'; --"]).map(
        lambda piece: (piece * (10_000 // len(piece) + 1))[:10_000]
    )


def is_control(ch: str) -> bool:
    """Characters no one-line field should keep: C0/C1 controls and lone surrogates."""
    return unicodedata.category(ch) in {"Cc", "Cs"}


def squash(text: str) -> str:
    """The text without any white space: how it compares after a PDF has wrapped it."""
    return "".join(text.split())
