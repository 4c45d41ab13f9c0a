"""Which days suit an exchange: weekends, Italian holidays, the patron saint, the past."""

from __future__ import annotations

from datetime import date

import pytest

from exchange_desktop.domain.calendar_rules import (
    date_warnings,
    holiday_names,
    is_patron_day,
    is_working_day,
    normalize_patron_day,
    parse_patron_day,
    patron_day_error,
    working_days_from,
)
from exchange_desktop.domain.errors import ValidationError
from exchange_desktop.domain.practice import Practice, normalized, validate, validation_errors

MONZA = "06-24"
SAN_GIOVANNI = "San Giovanni Battista"
#: A "today" before the sample's dates, so that only the rule under test speaks.
EARLY_2026 = date(2026, 1, 15)


def texts(day: date, *, patron_day: str = MONZA, today: date = EARLY_2026) -> list[str]:
    return [str(m) for m in date_warnings(day, patron_day=patron_day, patron_name="", today=today)]


# --- warnings -------------------------------------------------------------------------------


def test_an_ordinary_monday_has_no_warning() -> None:
    assert texts(date(2026, 4, 20)) == []
    assert texts(date(2026, 4, 27)) == []


def test_easter_monday_2026_is_a_holiday_named_in_italian() -> None:
    assert texts(date(2026, 4, 6)) == ["È un giorno festivo: Lunedì dell'Angelo."]


def test_25_april_2026_is_both_a_saturday_and_liberation_day() -> None:
    warnings = texts(date(2026, 4, 25))
    assert warnings[0] == "È un sabato."
    assert len(warnings) == 2
    assert warnings[1].startswith("È un giorno festivo:")
    assert "Liberazione" in warnings[1]


def test_24_june_is_the_patron_saint_of_monza_with_its_name() -> None:
    warnings = date_warnings(
        date(2026, 6, 24), patron_day=MONZA, patron_name=SAN_GIOVANNI, today=EARLY_2026
    )
    assert [str(m) for m in warnings] == [
        "È la festa del santo patrono del Comune ospitante (San Giovanni Battista)."
    ]
    assert warnings[0].context == "Validation"


def test_patron_day_without_a_name_and_other_comuni() -> None:
    assert texts(date(2026, 6, 24)) == ["È la festa del santo patrono del Comune ospitante."]
    assert texts(date(2026, 6, 24), patron_day="") == []  # no patron day recorded
    assert texts(date(2026, 6, 24), patron_day="12-07") == []  # Milano: Sant'Ambrogio
    assert texts(date(2026, 6, 24), patron_day="bad") == []  # invalid: ignored, not a crash


def test_a_sunday_and_easter_sunday() -> None:
    assert texts(date(2026, 4, 19)) == ["È una domenica."]
    assert texts(date(2026, 4, 5)) == ["È una domenica.", "È un giorno festivo: Pasqua."]


def test_a_date_in_the_past_is_warned_about_relative_to_today() -> None:
    assert texts(date(2026, 4, 20), today=date(2026, 4, 21)) == ["La data è già passata."]
    assert texts(date(2026, 4, 20), today=date(2026, 4, 20)) == []


def test_warnings_add_up_and_two_holidays_on_one_day_are_both_named() -> None:
    warnings = texts(date(2026, 11, 1), today=date(2026, 12, 1))
    assert warnings[0] == "È una domenica."
    assert "Ognissanti" in warnings[1]
    assert " e " in warnings[1]  # "Giorno dell'unità nazionale e Ognissanti"
    assert warnings[-1] == "La data è già passata."


def test_holidays_come_from_the_library_for_any_year() -> None:
    assert holiday_names(date(2027, 3, 29)) == ["Lunedì dell'Angelo"]  # Easter moves
    assert holiday_names(date(2026, 12, 25)) == ["Natale"]
    assert holiday_names(date(2026, 4, 20)) == []


# --- the patron saint's day -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [("06-24", (6, 24)), (" 12-07 ", (12, 7)), ("02-29", (2, 29)), ("01-31", (1, 31))],
)
def test_valid_patron_days(text: str, expected: tuple[int, int]) -> None:
    assert parse_patron_day(text) == expected
    assert patron_day_error(text) is None


@pytest.mark.parametrize("text", ["02-30", "13-01", "00-10", "6/24", "24-06", "0624", "giugno"])
def test_invalid_patron_days(text: str) -> None:
    assert parse_patron_day(text) is None
    assert "Scrivere giorno/mese, per esempio 24/06" in str(patron_day_error(text))


def test_29_february_is_a_patron_day_only_in_leap_years() -> None:
    assert is_patron_day(date(2028, 2, 29), "02-29")
    assert not is_patron_day(date(2027, 2, 28), "02-29")
    assert not is_patron_day(date(2026, 6, 24), "")


def test_practice_validates_and_normalizes_the_patron_day() -> None:
    assert validation_errors(Practice(title="Patti", patron_day="06-24")) == {}
    assert validation_errors(Practice(title="Patti", patron_day="")) == {}
    with pytest.raises(ValidationError) as caught:
        validate(Practice(title="Patti", patron_day="31-12"))
    assert set(caught.value.errors) == {"patron_day"}
    tidy = normalized(Practice(title="Patti", patron_day=" 6-24 ", patron_name="  San  Giovanni "))
    assert (tidy.patron_day, tidy.patron_name) == ("06-24", "San Giovanni")
    assert normalize_patron_day("giugno") == "giugno"  # left for validation to refuse


# --- sessions of several days ---------------------------------------------------------------


def test_working_days_skip_weekends() -> None:
    assert working_days_from(date(2026, 4, 23), 3) == [
        date(2026, 4, 23),
        date(2026, 4, 24),
        date(2026, 4, 27),  # 25 April (Saturday, Liberazione) and Sunday skipped
    ]


def test_working_days_skip_easter_monday_and_the_patron_day() -> None:
    assert working_days_from(date(2026, 4, 3), 2) == [date(2026, 4, 3), date(2026, 4, 7)]
    assert working_days_from(date(2026, 6, 23), 2, MONZA) == [
        date(2026, 6, 23),
        date(2026, 6, 25),
    ]
    assert working_days_from(date(2026, 6, 23), 2) == [date(2026, 6, 23), date(2026, 6, 24)]


def test_the_first_day_is_the_chosen_one_even_if_not_a_working_day() -> None:
    assert working_days_from(date(2026, 4, 25), 2) == [date(2026, 4, 25), date(2026, 4, 27)]
    assert working_days_from(date(2026, 4, 20), 1) == [date(2026, 4, 20)]
    with pytest.raises(ValueError):
        working_days_from(date(2026, 4, 20), 0)


def test_is_working_day() -> None:
    assert is_working_day(date(2026, 4, 20))
    assert not is_working_day(date(2026, 4, 6))
    assert not is_working_day(date(2026, 4, 26))
    assert not is_working_day(date(2026, 6, 24), MONZA)


def test_the_italian_calendar_loaded_alone_matches_the_package_registry() -> None:
    """Start-up time: the Italian module is loaded without the other 300 countries; the
    holidays and their names are the package's own."""
    import holidays

    from exchange_desktop.domain import calendar_rules

    assert calendar_rules._italy() is not None
    for year in (2025, 2026, 2027, 2031):
        for language in ("it_IT", "en_US"):
            expected = holidays.country_holidays("IT", years=year, language=language)
            assert calendar_rules._holidays_of_year(year, language) == {
                day: tuple(expected.get_list(day)) for day in expected
            }
