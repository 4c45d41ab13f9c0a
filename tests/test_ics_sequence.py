"""SEQUENCE rises on any change Outlook would show; the Europe/Rome VTIMEZONE in RRULE form."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from scheduling_helpers import APRIL_20, MAY_4, sample

from exchange_desktop.domain.enums import Modality, SessionStatus
from exchange_desktop.domain.practice import Practice
from exchange_desktop.domain.programme import ProgrammeItem
from exchange_desktop.domain.scheduling import CandidateDate, Session
from exchange_desktop.exports.ics import event_fingerprint, session_calendar
from exchange_desktop.services.scheduling import calendar, rescheduling
from exchange_desktop.services.scheduling import sessions as scheduling
from exchange_desktop.services.scheduling.calendar import (
    SequenceState,
    calendar_sequence,
    export_ics,
    next_sequence,
)
from exchange_desktop.storage.database import Database
from exchange_desktop.storage.models import SessionRow

PRACTICE = Practice(id=1, title="Patti di Cittadinanza", host_comune="Comune di Monza")
ITEMS = [ProgrammeItem(title="Organismi partecipativi"), ProgrammeItem(title="I Patti")]
SESSION = Session(
    id=2,
    venue="Via Italia 1, Monza",
    room="Sala Maddalena",
    start_time=time(9, 30),
    end_time=time(16, 0),
    status=SessionStatus.CONFIRMED,
    candidate_dates=[CandidateDate(day=APRIL_20)],
)


def fingerprint(
    session: Session = SESSION,
    practice: Practice = PRACTICE,
    items: list[ProgrammeItem] = ITEMS,
    days: tuple[date, ...] = (APRIL_20,),
) -> str:
    return event_fingerprint(practice, items, session, list(days))


def test_next_sequence_keeps_the_number_for_the_first_and_for_an_unchanged_export() -> None:
    assert next_sequence(0, "", "aaa") == (0, "aaa")
    assert next_sequence(3, "", "aaa") == (3, "aaa")
    assert next_sequence(3, "aaa", "aaa") == (3, "aaa")
    assert next_sequence(3, "aaa", "bbb") == (4, "bbb")


def test_the_same_event_has_the_same_fingerprint() -> None:
    again = dataclasses.replace(SESSION, candidate_dates=[CandidateDate(day=APRIL_20)])
    assert fingerprint() == fingerprint(again)
    assert len(fingerprint()) == 64
    assert int(fingerprint(), 16) >= 0  # sha256, in hex


@pytest.mark.parametrize(
    "change",
    [
        {"start_time": time(10, 0)},
        {"end_time": time(17, 0)},
        {"venue": "Piazza Trento e Trieste, Monza"},
        {"room": "Sala Giunta"},
        {"modality": Modality.WEBINAR, "webinar_link": "https://meet.example/patti"},
        {"status": SessionStatus.CANCELLED},
        {"notes": "Portare il documento"},
    ],
    ids="-".join,
)
def test_a_change_of_the_session_changes_the_fingerprint(change: dict[str, object]) -> None:
    assert fingerprint(dataclasses.replace(SESSION, **change)) != fingerprint()


def test_a_new_link_title_programme_or_date_changes_the_fingerprint() -> None:
    webinar = dataclasses.replace(
        SESSION, modality=Modality.WEBINAR, webinar_link="https://meet.example/patti"
    )
    moved_link = dataclasses.replace(webinar, webinar_link="https://meet.example/patti-2")
    assert fingerprint(moved_link) != fingerprint(webinar)
    retitled = dataclasses.replace(PRACTICE, title="Patti di Cittadinanza e beni comuni")
    assert fingerprint(practice=retitled) != fingerprint()
    renamed = [ITEMS[0], ProgrammeItem(title="I Patti di Cittadinanza")]
    assert fingerprint(items=renamed) != fingerprint()
    assert fingerprint(days=(MAY_4,)) != fingerprint()


def test_sequence_rises_once_per_changed_export_and_never_below_the_date_changes() -> None:
    first = calendar_sequence(SequenceState(), fingerprint(), date_changes=0)
    assert first == SequenceState(0, fingerprint())
    assert calendar_sequence(first, fingerprint(), date_changes=0) == first
    later = dataclasses.replace(SESSION, start_time=time(10, 0))
    second = calendar_sequence(first, fingerprint(later), date_changes=0)
    assert second == SequenceState(1, fingerprint(later))
    # two moves of the date between exports: the count of moves wins
    moved = calendar_sequence(second, fingerprint(days=(MAY_4,)), date_changes=3)
    assert moved.sequence == 3
    # a database from before fingerprints: the old rule, then one more per change
    upgraded = calendar_sequence(SequenceState(), fingerprint(), date_changes=2)
    assert upgraded.sequence == 2
    assert calendar_sequence(upgraded, fingerprint(later), date_changes=2).sequence == 3


def test_what_outlook_does_not_show_is_no_change() -> None:
    """Capacity and candidate dates not held are not in the file: no new version for them."""
    fuller = dataclasses.replace(
        SESSION,
        capacity=25,
        candidate_dates=[CandidateDate(day=APRIL_20), CandidateDate(day=MAY_4)],
    )
    assert fingerprint(fuller) == fingerprint()


@pytest.fixture
def remembered(monkeypatch: pytest.MonkeyPatch) -> dict[int, SequenceState]:
    """The seam connected to a dictionary, as the two columns of the session will be."""
    store: dict[int, SequenceState] = {}
    monkeypatch.setattr(calendar, "stored_sequence", lambda row: store.get(row.id, SequenceState()))
    monkeypatch.setattr(
        calendar, "store_sequence", lambda row, state: store.__setitem__(row.id, state)
    )
    return store


def sequence_of(path: Path) -> int:
    (event,) = icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    return int(event["sequence"])


def test_export_raises_sequence_on_every_visible_change(
    db: Database, tmp_path: Path, remembered: dict[int, SequenceState]
) -> None:
    _practice, session = sample(db)
    scheduling.confirm_date(db, session.id, APRIL_20)
    target = tmp_path / "sessione.ics"
    assert sequence_of(export_ics(db, session.id, target)) == 0
    assert sequence_of(export_ics(db, session.id, target)) == 0  # unchanged re-export
    scheduling.update_session(db, session.id, start_time=time(10, 0))
    assert sequence_of(export_ics(db, session.id, target)) == 1
    assert sequence_of(export_ics(db, session.id, target)) == 1
    scheduling.update_session(db, session.id, venue="Sala consiliare")
    assert sequence_of(export_ics(db, session.id, target)) == 2
    rescheduling.reschedule(db, session.id, MAY_4)
    assert sequence_of(export_ics(db, session.id, target)) == 3
    assert remembered[session.id].sequence == 3  # type: ignore[index]


@pytest.mark.both_backends  # one run of this export on the server too
@pytest.mark.skipif(
    not hasattr(SessionRow, "calendar_sequence"),
    reason="SessionRow.calendar_sequence / calendar_fingerprint not added yet",
)
def test_the_sequence_is_kept_in_the_database(db: Database, tmp_path: Path) -> None:
    """Fails once the columns exist until ``stored_sequence`` / ``store_sequence`` use them."""
    _practice, session = sample(db)
    scheduling.confirm_date(db, session.id, APRIL_20)
    target = tmp_path / "sessione.ics"
    assert sequence_of(export_ics(db, session.id, target)) == 0
    scheduling.update_session(db, session.id, end_time=time(13, 0))
    assert sequence_of(export_ics(db, session.id, target)) == 1
    assert sequence_of(export_ics(db, session.id, target)) == 1


def test_the_timezone_is_europe_rome_in_outlooks_rrule_form() -> None:
    content = session_calendar(PRACTICE, ITEMS, SESSION, [APRIL_20])
    parsed = icalendar.Calendar.from_ical(content)
    (zone,) = parsed.walk("VTIMEZONE")
    assert str(zone["tzid"]) == "Europe/Rome"
    (standard,) = zone.walk("STANDARD")
    (daylight,) = zone.walk("DAYLIGHT")
    for part, begins, offset_from, offset_to, month in (
        (standard, datetime(1970, 10, 25, 3, 0), 2, 1, 10),
        (daylight, datetime(1970, 3, 29, 2, 0), 1, 2, 3),
    ):
        assert part.decoded("dtstart") == begins
        assert part.decoded("tzoffsetfrom") == timedelta(hours=offset_from)
        assert part.decoded("tzoffsetto") == timedelta(hours=offset_to)
        assert part["rrule"] == {"FREQ": ["YEARLY"], "BYMONTH": [month], "BYDAY": ["-1SU"]}
        assert "RDATE" not in part
    text = content.decode()
    assert "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\n" in text
    assert "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\n" in text
    assert "DTSTART;TZID=Europe/Rome:20260420T093000\r\n" in text
    assert "DTEND;TZID=Europe/Rome:20260420T160000\r\n" in text


def test_the_timezone_rules_agree_with_the_tz_database_for_years_ahead() -> None:
    """The rules, read back on their own, give the offsets Python's Europe/Rome gives."""
    content = session_calendar(PRACTICE, ITEMS, SESSION, [APRIL_20])
    (zone,) = icalendar.Calendar.from_ical(content).walk("VTIMEZONE")
    from_file, rome = zone.to_tz(), ZoneInfo("Europe/Rome")
    for moment in (
        datetime(2026, 3, 29, 1, 59),
        datetime(2026, 3, 29, 3, 0),
        datetime(2026, 10, 25, 1, 0),
        datetime(2026, 10, 25, 4, 0),
        datetime(2035, 1, 15, 12, 0),
        datetime(2035, 7, 15, 12, 0),
    ):
        expected = moment.replace(tzinfo=rome).utcoffset()
        assert moment.replace(tzinfo=from_file).utcoffset() == expected, moment
