"""A session's days in words: Italian as a str (documents, JSON), the interface's language
on screen, built by the services without translating anything."""

from __future__ import annotations

from datetime import date

import pytest

from exchange_desktop.formatting import SessionDays, set_interface_locale

ENGLISH = {"o": "or", "e": "and", "data da definire": "date to be set"}


def english(context: str, text: str) -> str:
    assert context == "Messages"
    return ENGLISH[text]


@pytest.fixture
def in_english():
    set_interface_locale("en")
    yield
    set_interface_locale("it")


def test_as_a_str_it_is_the_italian_of_the_documents() -> None:
    proposed = SessionDays((date(2026, 4, 20), date(2026, 4, 27)), confirmed=False)
    assert proposed == "20 o 27 aprile 2026"
    assert f"{proposed}" == "20 o 27 aprile 2026"
    assert SessionDays((date(2026, 4, 27),), confirmed=True) == "lunedì 27 aprile 2026"
    assert SessionDays((), confirmed=False) == "data da definire"
    across = SessionDays((date(2026, 12, 30), date(2027, 1, 4)), confirmed=False)
    assert across == "30 dicembre 2026 o 4 gennaio 2027"


def test_on_screen_it_follows_the_interface_language(in_english) -> None:
    proposed = SessionDays((date(2026, 4, 30), date(2026, 5, 4)), confirmed=False)
    assert proposed.localized(english) == "30 April or 4 May 2026"
    assert SessionDays((date(2026, 4, 27),), True).localized(english) == "Monday 27 April 2026"
    assert SessionDays((), False).localized(english) == "date to be set"
    assert proposed == "30 aprile o 4 maggio 2026"  # the documents' text is unchanged
    two = SessionDays((date(2026, 4, 20), date(2026, 4, 21)), confirmed=True)
    assert two == "lunedì 20 e martedì 21 aprile 2026"
    assert two.localized(english) == "Monday 20 and Tuesday 21 April 2026"
