"""Hostile text through the forms' validation and the services that save what they check.

Every value is either refused with a message naming its field, or stored and read back
equal to the value after the documented normalisation:

- one-line fields (names, titles, places, phones): white space folded, so tabs, line ends
  and the Unicode line separators become one space; any other control character (NUL,
  ESC, DEL, C1) and any lone surrogate is refused;
- multi-line fields (descriptions, notes): Windows line ends become newlines, newlines and
  tabs are kept, other control characters and lone surrogates are refused;
- programme items are stored as typed (no folding): a tab or a line end in their one-line
  fields is refused;
- bidirectional marks, zero-width joiners, emoji, markup, formulas, quotes and SQL are text
  like any other and are kept exactly.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import date

import pytest
from hostile_text import hostile_text, printable_text
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from exchange_desktop.domain.errors import ValidationError
from exchange_desktop.domain.practice import Practice
from exchange_desktop.domain.programme import ProgrammeItem
from exchange_desktop.domain.roster import Organisation, Participant
from exchange_desktop.domain.validation import (
    LONG_TEXT_MAX,
    SHORT_TEXT_MAX,
    normalize_email,
    normalize_line,
    normalize_multiline,
)
from exchange_desktop.services import roster
from exchange_desktop.services.practices import catalogue as practices
from exchange_desktop.services.practices import programme
from exchange_desktop.services.roster import organisations
from exchange_desktop.services.scheduling import sessions as scheduling
from exchange_desktop.storage.database import Database

# The database matters here: every test runs on SQLite and on the PostgreSQL server.
pytestmark = pytest.mark.both_backends


HOSTILE = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _visible(text: str) -> bool:
    return any(not ch.isspace() and unicodedata.category(ch) != "Cf" for ch in text)


def _forbidden(text: str, *, multiline: bool) -> bool:
    allowed = {"\n", "\t"} if multiline else set()
    bad = any(
        (unicodedata.category(ch) in {"Cc", "Cs"} and ch not in allowed)
        or ord(ch) & 0xFFFE == 0xFFFE  # noncharacters: U+FFFE, U+FFFF, U+1FFFF…
        or 0xFDD0 <= ord(ch) <= 0xFDEF
        for ch in text
    )
    return bad or (not multiline and ("\u2028" in text or "\u2029" in text))


def expected_line(value: str, *, required: bool = False, fold: bool = True) -> str | None:
    """What a one-line field stores for ``value``; None when it must be refused."""
    tidy = normalize_line(value) if fold else value
    if (required and not _visible(tidy)) or len(tidy) > SHORT_TEXT_MAX:
        return None
    return None if _forbidden(tidy, multiline=False) else tidy


def expected_text(value: str, max_length: int = LONG_TEXT_MAX, *, fold: bool = True) -> str | None:
    """What a multi-line field stores for ``value``; None when it must be refused."""
    tidy = normalize_multiline(value) if fold else value
    if len(tidy) > max_length or _forbidden(tidy, multiline=True):
        return None
    return tidy


def check_round_trip(
    field: str,
    value: str,
    expected: str | None,
    save: Callable[[str], object],
    read: Callable[[], object],
) -> None:
    """Saving ``value`` is refused naming ``field`` exactly when ``expected`` is None."""
    try:
        saved = save(value)
    except ValidationError as error:
        assert expected is None, f"{value!r} refused: {error.errors}"
        assert field in error.errors
        assert str(error.errors[field]).strip()
        return
    assert expected is not None, f"{value!r} accepted as {saved!r}"
    assert saved == expected
    assert read() == expected


# --- the practice ---------------------------------------------------------------------------

ONE_LINE_PRACTICE = ["host_comune", "sector", "office", "title", "patron_name", "contact_name"]
MULTILINE_PRACTICE = ["description", "aim", "transfer_notes", "dates_note"]


@pytest.fixture
def practice_id(db: Database) -> int:
    practice = practices.create_practice(db, Practice(title="Patti di Cittadinanza"))
    assert practice.id is not None
    return practice.id


@HOSTILE
@given(field=st.sampled_from(ONE_LINE_PRACTICE), value=hostile_text())
@example(field="host_comune", value="Comune\ud800di Monza")
@example(field="title", value="\u200b\u200f")
@example(field="contact_name", value="Anna\x00Rossi")
@example(field="sector", value="Servizi\uffff")
@example(field="office", value="Ufficio\tSegreteria\r\n\u2028")
def test_practice_one_line_fields(db: Database, practice_id: int, field: str, value: str) -> None:
    check_round_trip(
        field,
        value,
        expected_line(value, required=field == "title"),
        lambda v: getattr(practices.update_practice(db, practice_id, **{field: v}), field),
        lambda: getattr(practices.get_practice(db, practice_id), field),
    )


@HOSTILE
@given(field=st.sampled_from(MULTILINE_PRACTICE), value=hostile_text())
@example(field="description", value="riga\r\nriga\rriga\x1b[31m")
@example(field="aim", value='<b>&amp;</b>\n=HYPERLINK("http://x","y")\ud83d')
def test_practice_multiline_fields(db: Database, practice_id: int, field: str, value: str) -> None:
    check_round_trip(
        field,
        value,
        expected_text(value),
        lambda v: getattr(practices.update_practice(db, practice_id, **{field: v}), field),
        lambda: getattr(practices.get_practice(db, practice_id), field),
    )


@HOSTILE
@given(value=hostile_text())
@example(value="Anna\x00Rossi@comune.it")
@example(value="anna\ud800@comune.it")
@example(value="'; DROP TABLE participants; --@x.it")
def test_practice_contact_email(db: Database, practice_id: int, value: str) -> None:
    """An address with a control character is refused; an accepted one is stored trimmed."""
    try:
        saved = practices.update_practice(db, practice_id, contact_email=value)
    except ValidationError as error:
        assert "contact_email" in error.errors
        return
    assert saved.contact_email == normalize_email(value)
    assert not _forbidden(saved.contact_email, multiline=False)
    assert practices.get_practice(db, practice_id).contact_email == normalize_email(value)


@HOSTILE
@given(profiles=st.lists(hostile_text(), max_size=4))
def test_practice_profiles(db: Database, practice_id: int, profiles: list[str]) -> None:
    try:
        saved = practices.update_practice(db, practice_id, profiles=profiles)
    except ValidationError as error:
        assert "profiles" in error.errors
        return
    for profile in saved.profiles:
        assert expected_line(profile) == profile
    assert practices.get_practice(db, practice_id).profiles == saved.profiles


@HOSTILE
@given(value=printable_text())
def test_printable_hostile_text_is_always_accepted(
    db: Database, practice_id: int, value: str
) -> None:
    """Markup, formulas, quotes, SQL, emoji and bidi marks are ordinary text: never refused."""
    title = normalize_line(value)
    saved = practices.update_practice(
        db, practice_id, title=value if _visible(title) else "x", description=value
    )
    assert saved.description == normalize_multiline(value)
    if _visible(title):
        assert saved.title == title


# --- programme, sessions, Enti, participants --------------------------------------------------


@HOSTILE
@given(field=st.sampled_from(["title", "text", "speakers"]), value=hostile_text())
@example(field="title", value="Accoglienza\x00")
@example(field="speakers", value="Rossi\ud800")
@example(field="text", value="</para><para>&amp;")
def test_programme_items(db: Database, practice_id: int, field: str, value: str) -> None:
    (item,) = programme.add_item(db, practice_id, ProgrammeItem(title="Accoglienza"))
    assert item.id is not None
    expected = (
        expected_text(value, fold=False)
        if field == "text"
        else expected_line(value, required=field == "title", fold=False)
    )
    check_round_trip(
        field,
        value,
        expected,
        lambda v: getattr(programme.update_item(db, item.id, **{field: v}), field),
        lambda: getattr(programme.list_items(db, practice_id)[0], field),
    )
    programme.replace_programme(db, practice_id, [])


@pytest.fixture
def session_id(db: Database, practice_id: int) -> int:
    session = scheduling.add_candidate_date(db, practice_id, date(2026, 4, 20))
    assert session.id is not None
    return session.id


@HOSTILE
@given(field=st.sampled_from(["venue", "room", "webinar_link", "notes"]), value=hostile_text())
@example(field="venue", value="Palazzo\x1bComunale")
@example(field="notes", value="nota\r\n\ud800")
def test_session_fields(db: Database, session_id: int, field: str, value: str) -> None:
    expected = expected_text(value, 5000) if field == "notes" else expected_line(value)
    check_round_trip(
        field,
        value,
        expected,
        lambda v: getattr(scheduling.update_session(db, session_id, **{field: v}), field),
        lambda: getattr(scheduling.get_session(db, session_id), field),
    )


@HOSTILE
@given(field=st.sampled_from(["name", "kind", "contact_name", "phone"]), value=hostile_text())
@example(field="name", value="Comune di Forlì\x00")
@example(field="name", value="'; DROP TABLE participants; --")
def test_organisation_fields(db: Database, field: str, value: str) -> None:
    existing = organisations.list_organisations(db)
    if not existing:
        existing = [organisations.add_organisation(db, Organisation(name="Comune di Lissone"))]
    organisation_id = existing[0].id
    assert organisation_id is not None
    expected = expected_line(value, required=field == "name")
    others = {o.name.casefold() for o in existing[1:]}
    if field == "name" and expected is not None and expected.casefold() in others:
        return
    check_round_trip(
        field,
        value,
        expected,
        lambda v: getattr(
            organisations.update_organisation(db, organisation_id, **{field: v}), field
        ),
        lambda: getattr(organisations.get_organisation(db, organisation_id), field),
    )


@pytest.fixture
def participant_id(db: Database, session_id: int) -> int:
    outcome = roster.register(db, session_id, Participant(surname="Rossi", name="Anna"))
    return outcome.row.participant_id


@HOSTILE
@given(field=st.sampled_from(["surname", "name", "role", "phone"]), value=hostile_text())
@example(field="surname", value="D'Angelo\u202e")
@example(field="name", value="👩\u200d💻\ud83d")
@example(field="role", value="<b>Dirigente</b>\x07")
def test_participant_fields(db: Database, participant_id: int, field: str, value: str) -> None:
    check_round_trip(
        field,
        value,
        expected_line(value, required=field in {"surname", "name"}),
        lambda v: getattr(roster.update_participant(db, participant_id, **{field: v}), field),
        lambda: getattr(roster.get_participant(db, participant_id), field),
    )


@HOSTILE
@given(value=hostile_text())
@example(value="anna.rossi@comune.it\x00")
@example(value=" anna.rossi@comune.it; ")
@example(value='=HYPERLINK("http://x")@comune.it')
def test_participant_email(db: Database, participant_id: int, value: str) -> None:
    try:
        saved = roster.update_participant(db, participant_id, email=value)
    except ValidationError as error:
        assert "email" in error.errors
        return
    assert saved.email == normalize_email(value)
    assert not _forbidden(saved.email, multiline=False)
    assert roster.get_participant(db, participant_id).email == normalize_email(value)


@HOSTILE
@given(value=hostile_text())
@example(value="RSSMRA85T10A562S\x00")
@example(value="rssmra85t10a562s")
def test_participant_fiscal_code(db: Database, participant_id: int, value: str) -> None:
    try:
        saved = roster.update_participant(db, participant_id, fiscal_code=value)
    except ValidationError as error:
        assert "fiscal_code" in error.errors
        return
    assert saved.fiscal_code == "".join(value.split()).upper()
    assert roster.get_participant(db, participant_id).fiscal_code == saved.fiscal_code
