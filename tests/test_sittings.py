"""The sittings of a day and the minutes attended: breaks never count."""

from __future__ import annotations

from datetime import time

import pytest

from exchange_desktop.domain.enums import ItemKind
from exchange_desktop.domain.programme import ProgrammeItem
from exchange_desktop.domain.sittings import (
    Sitting,
    SittingPresence,
    attended_minutes,
    day_plan,
    minutes_in_connections,
    sitting_labels,
    sittings_errors,
    sittings_overlapped,
)


def topic(start: tuple[int, int], end: tuple[int, int]) -> ProgrammeItem:
    return ProgrammeItem(kind=ItemKind.TOPIC, start_time=time(*start), end_time=time(*end))


def pause(start: tuple[int, int], end: tuple[int, int]) -> ProgrammeItem:
    return ProgrammeItem(kind=ItemKind.BREAK, start_time=time(*start), end_time=time(*end))


#: 09–11 talk, 11:00–11:15 coffee, 11:15–13 talk, 13–14 lunch, 14–17 workshop.
DAY = [
    topic((9, 0), (11, 0)),
    pause((11, 0), (11, 15)),
    topic((11, 15), (13, 0)),
    pause((13, 0), (14, 0)),
    topic((14, 0), (17, 0)),
]


def test_lunch_splits_the_day_and_coffee_breaks_do_not_count() -> None:
    plan = day_plan(DAY)
    assert plan.sittings == (Sitting(time(9), time(13)), Sitting(time(14), time(17)))
    assert sitting_labels(plan) == ["Mattina", "Pomeriggio"]
    assert plan.planned_minutes(1) == 4 * 60 - 15  # the coffee break is no training
    assert plan.total_planned_minutes == 4 * 60 - 15 + 3 * 60


def test_a_short_gap_does_not_split_and_a_long_one_does() -> None:
    short = day_plan([topic((9, 0), (10, 0)), topic((10, 30), (12, 0))])
    assert len(short.sittings) == 1 and sitting_labels(short) == ["Giornata"]
    long = day_plan([topic((9, 0), (10, 0)), topic((10, 45), (12, 0))])
    assert len(long.sittings) == 2
    assert sitting_labels(long) == ["Parte 1", "Parte 2"]  # both in the morning


def test_without_programme_times_the_session_times_or_an_open_sitting() -> None:
    untimed = [ProgrammeItem(kind=ItemKind.TOPIC, title="Intro")]
    assert day_plan(untimed, time(9, 30), time(13)).sittings == (Sitting(time(9, 30), time(13)),)
    assert day_plan(untimed).sittings == (Sitting(),)
    own = [Sitting(time(10), time(12))]
    assert day_plan(DAY, custom=own).sittings == (Sitting(time(10), time(12)),)


@pytest.mark.parametrize(
    ("sitting", "time_in", "time_out", "minutes"),
    [
        (1, time(9), time(13), 225),  # the whole morning less the coffee break
        (1, None, None, 225),  # present, no times: the whole sitting
        (1, time(8, 30), time(11), 120),  # early arrival is not training
        (1, time(9), time(11, 10), 120),  # left during the coffee break
        (2, time(14), time(17), 180),
        (2, time(13), time(15), 60),  # came during lunch
        (2, time(18), None, 0),  # after the end
    ],
)
def test_minutes_are_the_overlap_with_the_sitting_less_breaks(
    sitting: int, time_in: time | None, time_out: time | None, minutes: int
) -> None:
    plan = day_plan(DAY)
    presence = SittingPresence(sitting, True, time_in, time_out)
    assert attended_minutes(plan, presence) == minutes
    assert attended_minutes(plan, SittingPresence(sitting, False)) == 0


def test_the_issue_example_seven_hours_and_five_hours() -> None:
    plan = day_plan([topic((9, 0), (13, 0)), pause((13, 0), (14, 0)), topic((14, 0), (17, 0))])
    full = [SittingPresence(1, True, time(9), time(13)), SittingPresence(2, True, time(14))]
    assert sum(attended_minutes(plan, p) for p in full) == 420
    left = [SittingPresence(1, True, time(9), time(11)), SittingPresence(2, True, time(14))]
    assert sum(attended_minutes(plan, p) for p in left) == 300


def test_webinar_connections_count_each_interval_once() -> None:
    plan = day_plan(DAY)
    # 09:00–10:00, away an hour, 11:00–13:00 on two devices at once.
    connections = [(9 * 60, 10 * 60), (11 * 60, 13 * 60), (12 * 60, 13 * 60)]
    assert minutes_in_connections(plan, 1, connections) == 60 + 120 - 15
    credited = SittingPresence(1, True, time(9), time(13), credited_minutes=165)
    assert attended_minutes(plan, credited) == 165


def test_one_old_pair_maps_to_the_sittings_it_overlaps() -> None:
    plan = day_plan(DAY)
    assert sittings_overlapped(plan, time(9), time(17)) == [1, 2]
    assert sittings_overlapped(plan, time(14, 30), time(16)) == [2]
    assert sittings_overlapped(plan, None, None) == [1, 2]


def test_sittings_set_by_hand_must_be_timed_and_in_order() -> None:
    assert sittings_errors([Sitting(time(9), time(13)), Sitting(time(14), time(17))]) == {}
    assert "Seduta 1" in str(sittings_errors([Sitting(time(13), time(9))])["sittings"])
    overlap = [Sitting(time(9), time(13)), Sitting(time(12), time(17))]
    assert "dopo la fine della precedente" in str(sittings_errors(overlap)["sittings"])
    assert "Al massimo" in str(
        sittings_errors([Sitting(time(h), time(h, 30)) for h in range(8, 16)])["sittings"]
    )
