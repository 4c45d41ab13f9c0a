"""The domain's parsers of what a clerk types: clock times and yearly days, one wording each."""

from __future__ import annotations

from datetime import time

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from exchange_desktop.domain.typed_values import (
    DayMonth,
    TypedValueError,
    parse_clock_time,
    parse_day_month,
    parse_optional_clock_time,
    stored_day_month,
)

TIMES = st.builds(time, st.integers(0, 23), st.integers(0, 59))
SEPARATORS = st.sampled_from([":", ".", ",", " ", " : ", ". "])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("9:30", time(9, 30)),
        ("09:30", time(9, 30)),
        ("0930", time(9, 30)),
        ("930", time(9, 30)),
        ("9.30", time(9, 30)),
        ("9,30", time(9, 30)),
        (" 9 30 ", time(9, 30)),
        ("23:59", time(23, 59)),
        ("1415", time(14, 15)),
        ("9:01:02", time(9, 1, 2)),
        ("9:01:02 AM", time(9, 1, 2)),
        ("1:05 PM", time(13, 5)),
        ("12:00 a.m.", time(0)),
        ("12.00 pm", time(12)),
    ],
)
def test_clock_times_a_clerk_types(text: str, expected: time) -> None:
    assert parse_clock_time(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "9",
        "09",
        "12 pm",
        "25:00",
        "24:00",
        "9:75",
        "9:3",
        "9:",
        ":30",
        "12345",
        "13 PM",
        "0 AM",
        "le undici",
    ],
)
def test_what_is_no_clock_time(text: str) -> None:
    with pytest.raises(TypedValueError) as raised:
        parse_clock_time(text)
    assert str(raised.value.message) == (
        f'Ora non valida: "{text.strip()}". Scrivere l\'ora come 9:30 o 09:30.'
    )
    assert raised.value.text == text


def test_an_empty_optional_time_is_no_time() -> None:
    assert parse_optional_clock_time(None) is None
    assert parse_optional_clock_time("  ") is None
    assert parse_optional_clock_time("0930") == time(9, 30)


@given(TIMES, SEPARATORS, st.booleans())
@example(time(0, 0), ":", True)
def test_every_written_time_reads_back(value: time, separator: str, padded: bool) -> None:
    hour = f"{value.hour:02d}" if padded else str(value.hour)
    assert parse_clock_time(f"{hour}{separator}{value.minute:02d}") == value
    assert parse_clock_time(f"{hour}{value.minute:02d}") == value


@given(st.text(max_size=12))
def test_any_text_is_a_time_or_the_one_error(text: str) -> None:
    try:
        parsed = parse_clock_time(text)
    except TypedValueError as error:
        assert error.message.template.startswith("Ora non valida")
    else:
        assert isinstance(parsed, time)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("24/06", DayMonth(6, 24)),
        ("24-06", DayMonth(6, 24)),
        ("24.06", DayMonth(6, 24)),
        ("24/6", DayMonth(6, 24)),
        (" 7 / 12 ", DayMonth(12, 7)),
        ("29/02", DayMonth(2, 29)),
        ("06-24", DayMonth(6, 24)),  # the stored MM-DD the program once asked for
        ("05-06", DayMonth(6, 5)),  # a valid day first: day first
    ],
)
def test_day_months_typed_the_italian_way(text: str, expected: DayMonth) -> None:
    assert parse_day_month(text) == expected


@pytest.mark.parametrize("text", ["31/02", "30/02", "24/13", "00/06", "06/24", "24", "giugno"])
def test_what_is_no_day_month(text: str) -> None:
    with pytest.raises(TypedValueError) as raised:
        parse_day_month(text)
    assert str(raised.value.message) == (
        f'Giorno non valido: "{text}". Scrivere giorno/mese, per esempio 24/06.'
    )


@given(st.dates(), st.sampled_from(["/", "-", ".", " "]), st.booleans())
def test_every_day_typed_reads_back_and_is_stored_as_before(
    day: object, separator: str, padded: bool
) -> None:
    month_day = DayMonth(day.month, day.day)  # type: ignore[attr-defined]
    text = f"{month_day.day:02d}" if padded else str(month_day.day)
    parsed = parse_day_month(f"{text}{separator}{month_day.month}")
    assert parsed == month_day
    assert stored_day_month(parsed.stored) == parsed
    assert parse_day_month(parsed.typed) == parsed


@given(st.text(max_size=8))
def test_any_text_is_a_day_month_or_the_one_error(text: str) -> None:
    try:
        parsed = parse_day_month(text)
    except TypedValueError as error:
        assert error.message.template.startswith("Giorno non valido")
    else:
        assert parsed.on(2024) is not None
