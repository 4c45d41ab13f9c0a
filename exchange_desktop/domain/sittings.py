"""The sittings of an exchange day and the minutes a person attended them.

A day is held in sittings (a morning and an afternoon, as a rule): the timed items of the
programme, split wherever a break or a gap of :data:`SPLIT_BREAK_MINUTES` or more separates
two of them.  Breaks are never training time (Funzione Pubblica counts the hours of
training), so a shorter pause inside a sitting — a coffee break in the programme — is taken
off both the planned and the attended minutes.  A person is credited, per sitting, with the
overlap between their entry–exit times and the sitting; marked present without times, with
the whole sitting; from a webinar report, with the overlap of each connection.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import time

from exchange_desktop.domain.enums import ItemKind
from exchange_desktop.domain.programme import ProgrammeItem
from exchange_desktop.domain.timetable import sitting_spans
from exchange_desktop.domain.validation import CONTEXT
from exchange_desktop.i18n import QT_TRANSLATE_NOOP, Message

#: Sittings a day may have (morning, afternoon, evening… and some room).
MAX_SITTINGS = 6

Interval = tuple[int, int]  # minutes from midnight, start < end


def minutes_of(value: time) -> int:
    return value.hour * 60 + value.minute


def time_of(minutes: int) -> time:
    return time(minutes // 60, minutes % 60)


@dataclass(frozen=True)
class Sitting:
    """One sitting of the day; without times (nothing planned) it lasts what people attend."""

    start: time | None = None
    end: time | None = None

    @property
    def timed(self) -> bool:
        return self.start is not None and self.end is not None and self.end > self.start

    @property
    def interval(self) -> Interval | None:
        if not self.timed:
            return None
        return minutes_of(self.start), minutes_of(self.end)  # type: ignore[arg-type]


@dataclass(frozen=True)
class DayPlan:
    """The sittings of a day and the breaks inside them, which count as no training."""

    sittings: tuple[Sitting, ...]
    breaks: tuple[Interval, ...] = ()

    def sitting(self, number: int) -> Sitting:
        """Sitting ``number`` (1 for the first)."""
        return self.sittings[number - 1]

    def planned_minutes(self, number: int) -> int:
        """The training minutes of sitting ``number``: its length less its breaks."""
        interval = self.sitting(number).interval
        if interval is None:
            return 0
        return _training_minutes([interval], self.breaks)

    @property
    def total_planned_minutes(self) -> int:
        return sum(self.planned_minutes(n) for n in range(1, len(self.sittings) + 1))


@dataclass(frozen=True)
class SittingPresence:
    """What is recorded for one person in one sitting of one day.

    ``credited_minutes`` comes from a webinar report (the sum of the connections); when set
    it wins over the times, which then only say the first join and the last leave.
    """

    sitting: int
    present: bool = False
    time_in: time | None = None
    time_out: time | None = None
    credited_minutes: int | None = None


def _merge(intervals: Iterable[Interval]) -> list[Interval]:
    merged: list[Interval] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _overlap(first: Interval, second: Interval) -> int:
    return max(0, min(first[1], second[1]) - max(first[0], second[0]))


def _training_minutes(spans: Iterable[Interval], breaks: Sequence[Interval]) -> int:
    """Minutes of ``spans`` (merged, so never counted twice) outside every break."""
    total = 0
    for span in _merge(spans):
        total += span[1] - span[0]
        total -= sum(_overlap(span, pause) for pause in _merge(breaks))
    return max(total, 0)


def _timed(items: Iterable[ProgrammeItem], kind: ItemKind) -> list[Interval]:
    return [
        (minutes_of(item.start_time), minutes_of(item.end_time))
        for item in items
        if item.kind is kind
        and item.start_time
        and item.end_time
        and item.end_time > item.start_time
    ]


def day_plan(
    items: Sequence[ProgrammeItem],
    session_start: time | None = None,
    session_end: time | None = None,
    custom: Sequence[Sitting] = (),
) -> DayPlan:
    """The day's sittings: the clerk's own (``custom``) if any, else the timetable's
    (:mod:`exchange_desktop.domain.timetable`: the session's times or the programme's span,
    less the long pauses); without any time, one sitting with no times.
    """
    breaks = tuple(_merge(_timed(items, ItemKind.BREAK)))
    if custom:
        return DayPlan(tuple(custom), breaks)
    spans = sitting_spans(items, session_start, session_end)
    if not spans:
        return DayPlan((Sitting(),), breaks)
    sittings = tuple(Sitting(time_of(start), time_of(end)) for start, end in spans)
    return DayPlan(sittings[:MAX_SITTINGS], breaks)


def attended_minutes(plan: DayPlan, presence: SittingPresence) -> int:
    """Training minutes one person attended in one sitting, breaks excluded."""
    if not presence.present or not 1 <= presence.sitting <= len(plan.sittings):
        return 0
    planned = plan.planned_minutes(presence.sitting)
    interval = plan.sitting(presence.sitting).interval
    if presence.credited_minutes is not None:  # a webinar's: capped by what was planned
        limit = planned if interval else presence.credited_minutes
        return max(0, min(presence.credited_minutes, limit))
    if interval is None:  # nothing planned: what the times say, if both are there
        if presence.time_in and presence.time_out and presence.time_out > presence.time_in:
            return minutes_of(presence.time_out) - minutes_of(presence.time_in)
        return 0
    start = minutes_of(presence.time_in) if presence.time_in else interval[0]
    end = minutes_of(presence.time_out) if presence.time_out else interval[1]
    span = (max(start, interval[0]), min(end, interval[1]))
    if span[1] <= span[0]:
        return 0
    return _training_minutes([span], plan.breaks)


def minutes_in_connections(plan: DayPlan, number: int, connections: Iterable[Interval]) -> int:
    """Training minutes of sitting ``number`` covered by a webinar's connections.

    Each join–leave interval counts for itself (merged where two devices overlap), so an
    hour away in the middle of the morning is not credited.  A sitting without times
    (nothing planned) lasts what people attend: every connection counts, breaks excluded.
    """
    interval = plan.sitting(number).interval
    if interval is None:
        return _training_minutes(connections, plan.breaks)
    clipped = [
        (max(start, interval[0]), min(end, interval[1]))
        for start, end in connections
        if min(end, interval[1]) > max(start, interval[0])
    ]
    return _training_minutes(clipped, plan.breaks)


def sittings_overlapped(plan: DayPlan, time_in: time | None, time_out: time | None) -> list[int]:
    """The sittings (numbers) a single entry–exit pair touches; every sitting without times.

    Used to carry one pair recorded for a whole day over to the sittings it covers.
    """
    numbers = list(range(1, len(plan.sittings) + 1))
    if time_in is None and time_out is None:
        return numbers
    start = minutes_of(time_in) if time_in else 0
    end = minutes_of(time_out) if time_out else 24 * 60
    found = []
    for number in numbers:
        interval = plan.sitting(number).interval
        if interval is None or _overlap((start, end), interval) > 0:
            found.append(number)
    return found or numbers[:1]


#: The sittings' names, marked for the window (``SITTINGS_CONTEXT``); documents print the
#: Italian source text.
SITTINGS_CONTEXT = "Sittings"
MORNING = QT_TRANSLATE_NOOP("Sittings", "Mattina")
AFTERNOON = QT_TRANSLATE_NOOP("Sittings", "Pomeriggio")
EVENING = QT_TRANSLATE_NOOP("Sittings", "Sera")
WHOLE_DAY = QT_TRANSLATE_NOOP("Sittings", "Giornata")
PART = QT_TRANSLATE_NOOP("Sittings", "Parte {number}")


def _time_of_day(interval: Interval | None) -> str:
    if interval is None:
        return ""
    if interval[1] <= 14 * 60 or interval[0] < 12 * 60:
        return MORNING
    if interval[0] < 19 * 60:
        return AFTERNOON
    return EVENING


def sitting_label_messages(plan: DayPlan) -> list[Message]:
    """ "Mattina", "Pomeriggio" for the usual two; "Parte N" when those would not tell them
    apart; "Giornata" for a single one — as marked messages, for the window to translate.
    """
    if len(plan.sittings) == 1:
        return [Message(SITTINGS_CONTEXT, WHOLE_DAY)]
    labels = [_time_of_day(sitting.interval) for sitting in plan.sittings]
    if all(labels) and len(set(labels)) == len(labels):
        return [Message(SITTINGS_CONTEXT, label) for label in labels]
    return [Message(SITTINGS_CONTEXT, PART, number=n) for n in range(1, len(labels) + 1)]


def sitting_labels(plan: DayPlan) -> list[str]:
    """The sittings' names in Italian (the labels are printed on the documents)."""
    return [str(label) for label in sitting_label_messages(plan)]


def _error(text: str, **params: object) -> Message:
    return Message(CONTEXT, text, **params)


def sittings_errors(sittings: Sequence[Sitting]) -> dict[str, Message]:
    """What is wrong with sittings set by hand: each timed, in order, none overlapping."""
    if len(sittings) > MAX_SITTINGS:
        return {
            "sittings": _error(
                QT_TRANSLATE_NOOP("Validation", "Al massimo {count} sedute al giorno."),
                count=MAX_SITTINGS,
            )
        }
    previous_end: time | None = None
    for number, sitting in enumerate(sittings, start=1):
        if not sitting.timed:
            return {
                "sittings": _error(
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "Seduta {number}: indicare l'ora di inizio e una di fine successiva.",
                    ),
                    number=number,
                )
            }
        if previous_end is not None and sitting.start < previous_end:  # type: ignore[operator]
            return {
                "sittings": _error(
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "Seduta {number}: deve iniziare dopo la fine della precedente.",
                    ),
                    number=number,
                )
            }
        previous_end = sitting.end
    return {}
