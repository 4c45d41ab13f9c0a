"""The day's timetable as the clerk wrote it: times on some items only, the session's own
times, the breaks — reconciled into one span and its sittings, with the contradictions.

The rule (also in the README):

1. The day runs from the session's start to its end when both are set (Date tab); else from
   the earliest to the latest time of any timed item of the programme (topics and breaks).
2. Inside that span, a sitting ends at a break of :data:`SPLIT_BREAK_MINUTES` or more (a
   timed break item, or a gap of that length between two consecutive timed items with no
   untimed item between them in the programme).  Shorter breaks stay inside their sitting
   and are not training time.  An untimed item takes the time between its timed neighbours.
3. Contradictions: a timed item outside the session's times; an untimed item whose timed
   neighbours leave it no time at all.  They are warnings on Programma and Date, and the
   documents that count hours refuse them until fixed or confirmed.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import time

from exchange_desktop.domain.enums import ItemKind
from exchange_desktop.domain.programme import ProgrammeItem
from exchange_desktop.i18n import MESSAGES_CONTEXT, QT_TRANSLATE_NOOP, Message

#: A pause this long ends a sitting (a lunch break, typically).
SPLIT_BREAK_MINUTES = 45

Span = tuple[int, int]


def _minutes(value: time) -> int:
    return value.hour * 60 + value.minute


def _timed(item: ProgrammeItem) -> Span | None:
    if item.start_time and item.end_time and item.end_time > item.start_time:
        return _minutes(item.start_time), _minutes(item.end_time)
    return None


def day_span(
    items: Sequence[ProgrammeItem], session_start: time | None, session_end: time | None
) -> Span | None:
    """Rule 1: the session's times, else the span of the programme's timed items."""
    if session_start and session_end and session_end > session_start:
        return _minutes(session_start), _minutes(session_end)
    spans = [span for item in items if (span := _timed(item))]
    if not spans:
        return None
    return min(start for start, _end in spans), max(end for _start, end in spans)


def long_pauses(items: Sequence[ProgrammeItem]) -> list[Span]:
    """Rule 2: the breaks that end a sitting, timed or implied by a gap."""
    pauses = [
        span
        for item in items
        if item.kind is ItemKind.BREAK
        and (span := _timed(item))
        and span[1] - span[0] >= SPLIT_BREAK_MINUTES
    ]
    previous: Span | None = None
    untimed_between = False
    for item in items:
        span = _timed(item)
        if span is None:
            untimed_between = True
            continue
        if previous and not untimed_between and span[0] - previous[1] >= SPLIT_BREAK_MINUTES:
            pauses.append((previous[1], span[0]))
        previous, untimed_between = span, False
    return sorted(pauses)


def sitting_spans(
    items: Sequence[ProgrammeItem], session_start: time | None, session_end: time | None
) -> list[Span]:
    """The sittings: the day's span less its long pauses (empty: no times anywhere)."""
    span = day_span(items, session_start, session_end)
    if span is None:
        return []
    blocks = [span]
    for start, end in long_pauses(items):
        cut: list[Span] = []
        for block in blocks:
            if end <= block[0] or start >= block[1]:
                cut.append(block)
                continue
            if start > block[0]:
                cut.append((block[0], start))
            if end < block[1]:
                cut.append((end, block[1]))
        blocks = cut
    return [block for block in blocks if block[1] > block[0]]


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _name(item: ProgrammeItem) -> str:
    title = " ".join(item.title.split())
    return title[:60] + ("…" if len(title) > 60 else "")


def timetable_warnings(
    items: Sequence[ProgrammeItem], session_start: time | None, session_end: time | None
) -> list[Message]:
    """Rule 3: what contradicts itself in the timetable, in words."""
    found: list[Message] = []
    if session_start and session_end and session_end > session_start:
        day = (_minutes(session_start), _minutes(session_end))
        for item in items:
            span = _timed(item)
            if span and (span[0] < day[0] or span[1] > day[1]):
                found.append(
                    Message(
                        MESSAGES_CONTEXT,
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "«{item}» ({start}–{end}) è fuori dall'orario della sessione "
                            "({day_start}–{day_end}).",
                        ),
                        item=_name(item),
                        start=_clock(span[0]),
                        end=_clock(span[1]),
                        day_start=_clock(day[0]),
                        day_end=_clock(day[1]),
                    )
                )
    previous: tuple[ProgrammeItem, Span] | None = None
    waiting: list[ProgrammeItem] = []
    for item in items:
        span = _timed(item)
        if span is None:
            waiting.append(item)
            continue
        if previous and waiting and span[0] <= previous[1][1]:
            for untimed in waiting:
                found.append(
                    Message(
                        MESSAGES_CONTEXT,
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "«{item}» non ha orario e non c'è tempo per collocarlo tra "
                            "«{before}» (fino alle {end}) e «{after}» (dalle {start}).",
                        ),
                        item=_name(untimed),
                        before=_name(previous[0]),
                        end=_clock(previous[1][1]),
                        after=_name(item),
                        start=_clock(span[0]),
                    )
                )
        previous, waiting = (item, span), []
    return found
