"""The programme of the exchange day: ordered topics and breaks, with optional times."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import time

from exchange_desktop.domain.enums import ItemKind
from exchange_desktop.domain.errors import raise_if_any
from exchange_desktop.domain.validation import (
    CONTEXT,
    LONG_TEXT_MAX,
    check_text,
    name_key,
)
from exchange_desktop.i18n import QT_TRANSLATE_NOOP, Message


@dataclass
class ProgrammeItem:
    """One line of the programme: a title printed bold, a text, times and speakers if known."""

    id: int | None = None
    practice_id: int | None = None
    position: int = 0
    kind: ItemKind = ItemKind.TOPIC
    title: str = ""
    text: str = ""
    start_time: time | None = None
    end_time: time | None = None
    speakers: str = ""


def item_numbers(items: list[ProgrammeItem]) -> list[int | None]:
    """The printed number of each item in order: topics 1, 2, 3…; breaks have none."""
    numbers: list[int | None] = []
    counter = 0
    for item in items:
        if item.kind is ItemKind.TOPIC:
            counter += 1
            numbers.append(counter)
        else:
            numbers.append(None)
    return numbers


def validation_errors(item: ProgrammeItem) -> dict[str, Message]:
    errors: dict[str, Message] = {}
    check_text(errors, "title", item.title, required=True)
    check_text(errors, "text", item.text, max_length=LONG_TEXT_MAX, multiline=True)
    check_text(errors, "speakers", item.speakers)
    if (item.start_time is None) != (item.end_time is None):
        errors["end_time"] = Message(
            CONTEXT,
            QT_TRANSLATE_NOOP("Validation", "Indicare sia l'ora di inizio sia quella di fine."),
        )
    elif item.start_time and item.end_time and item.end_time <= item.start_time:
        errors["end_time"] = Message(
            CONTEXT, QT_TRANSLATE_NOOP("Validation", "L'ora di fine deve seguire quella di inizio.")
        )
    return errors


def validate(item: ProgrammeItem) -> None:
    raise_if_any(validation_errors(item))


def _minutes(value: time) -> int:
    return value.hour * 60 + value.minute


def overlapping_pairs(items: list[ProgrammeItem]) -> list[tuple[int, int]]:
    """Index pairs (in list order) of timed items whose intervals overlap."""
    timed = [
        (index, item)
        for index, item in enumerate(items)
        if item.start_time is not None and item.end_time is not None
    ]
    pairs: list[tuple[int, int]] = []
    for position, (first_index, first) in enumerate(timed):
        for second_index, second in timed[position + 1 :]:
            if first.start_time < second.end_time and second.start_time < first.end_time:  # type: ignore[operator]
                pairs.append((first_index, second_index))
    return pairs


def gaps(items: list[ProgrammeItem]) -> list[tuple[time, time]]:
    """Unplanned intervals between consecutive timed items, in time order."""
    timed = sorted(
        (item for item in items if item.start_time and item.end_time),
        key=lambda item: item.start_time,  # type: ignore[arg-type, return-value]
    )
    found: list[tuple[time, time]] = []
    latest_end: time | None = None
    for item in timed:
        if latest_end is not None and item.start_time > latest_end:  # type: ignore[operator]
            found.append((latest_end, item.start_time))  # type: ignore[arg-type]
        if latest_end is None or item.end_time > latest_end:  # type: ignore[operator]
            latest_end = item.end_time
    return found


def total_minutes(items: list[ProgrammeItem]) -> int:
    """From the first start to the last end of the timed items; 0 when none is timed."""
    timed = [item for item in items if item.start_time and item.end_time]
    if not timed:
        return 0
    start = min(_minutes(item.start_time) for item in timed)  # type: ignore[arg-type]
    end = max(_minutes(item.end_time) for item in timed)  # type: ignore[arg-type]
    return end - start


def format_duration(minutes: int) -> str:
    """Italian duration as printed on the tab: "6 h 30 min", "45 min", "2 h"."""
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return f"{hours} h {rest} min"
    if hours:
        return f"{hours} h"
    return f"{rest} min"


def programme_speakers(items: Sequence[ProgrammeItem]) -> list[tuple[str, str]]:
    """The speakers the programme names, once each in order, as (name, role).

    Each item's ``speakers`` lists people separated by ";" or new lines, each written
    "Name, role", "Name (role)", "Name – role" or just "Name".
    """
    seen: set[str] = set()
    found: list[tuple[str, str]] = []
    for item in items:
        for part in re.split(r"[;\n]+", item.speakers or ""):
            text = " ".join(part.split())
            if not text:
                continue
            bracket = re.fullmatch(r"(.+?)\s*\((.+)\)", text)
            if bracket:
                name, role = bracket.group(1), bracket.group(2)
            else:
                pieces = re.split(r"\s[–-]\s|,", text, maxsplit=1)
                name, role = pieces[0], pieces[1] if len(pieces) > 1 else ""
            name, role = name.strip(" ,"), role.strip(" ,")
            if name and name_key(name) not in seen:
                seen.add(name_key(name))
                found.append((name, role))
    return found
