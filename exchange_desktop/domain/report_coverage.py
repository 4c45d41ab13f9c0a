"""Which sittings a webinar report speaks for.

A report that spans a sitting (the meeting was open for at least half of it) is the record
of that sitting: whoever it does not show connected was not there.  A sitting outside the
report's span (a report of the morning only) is left to what the clerk recorded.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time

from exchange_desktop.domain.sittings import DayPlan, Interval

#: The share of a sitting the report's span must cover for the report to speak for it.
COVERED_SHARE = 0.5


def report_span(day: date, connections: Iterable[tuple[datetime, datetime]]) -> Interval | None:
    """From the first join to the last leave of anyone in the report, on ``day``, as
    minutes from midnight; None for a report without connections on the day."""
    midnight = datetime.combine(day, time())
    starts, ends = [], []
    for join, leave in connections:
        start = max(0, int((join - midnight).total_seconds() // 60))
        end = min(24 * 60, int((leave - midnight).total_seconds() // 60))
        if end > start:
            starts.append(start)
            ends.append(end)
    return (min(starts), max(ends)) if starts else None


def covered_sittings(plan: DayPlan, span: Interval | None) -> set[int]:
    """The numbers (from 1) of the timed sittings ``span`` covers for at least half."""
    if span is None:
        return set()
    covered = set()
    for number, sitting in enumerate(plan.sittings, start=1):
        interval = sitting.interval
        if interval is None:
            continue
        overlap = min(interval[1], span[1]) - max(interval[0], span[0])
        if overlap > 0 and overlap >= COVERED_SHARE * (interval[1] - interval[0]):
            covered.add(number)
    return covered
