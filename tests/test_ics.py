"""Calendar files: written by the service, parsed back with icalendar."""

from __future__ import annotations

from datetime import date, datetime, time, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from scheduling_helpers import APRIL_20, APRIL_27, MAY_4, sample

from exchange_desktop.domain.enums import CandidateStatus, Modality, SchedulingMode, SessionStatus
from exchange_desktop.domain.errors import DomainError
from exchange_desktop.domain.practice import Practice
from exchange_desktop.domain.programme import ProgrammeItem
from exchange_desktop.domain.scheduling import CandidateDate, Session
from exchange_desktop.exports.ics import host_slug, session_calendar
from exchange_desktop.services.practices import programme
from exchange_desktop.services.practices.catalogue import create_practice, update_practice
from exchange_desktop.services.scheduling import rescheduling
from exchange_desktop.services.scheduling import sessions as scheduling
from exchange_desktop.services.scheduling.calendar import export_ics, suggested_ics_file_name
from exchange_desktop.storage.database import Database

ROME = ZoneInfo("Europe/Rome")


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "calendari è"
    folder.mkdir()
    return folder


def events(path: Path) -> list[icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    assert str(calendar["method"]) == "PUBLISH"
    assert "Exchange Desktop" in str(calendar["prodid"])
    assert str(calendar["version"]) == "2.0"
    found = list(calendar.walk("VEVENT"))
    timed = any(isinstance(event.decoded("dtstart"), datetime) for event in found)
    zones = [str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")]
    assert zones == (["Europe/Rome"] if timed else [])  # whole-day events need no zone
    return found


@pytest.fixture
def confirmed(db: Database) -> int:
    """The sample, held in a room in Monza on 20 April from 9:30 to 16:00."""
    _practice, session = sample(db)
    scheduling.confirm_date(db, session.id, APRIL_20)
    scheduling.update_session(
        db,
        session.id,
        venue="Via Italia 1, Monza",
        room="Sala Maddalena",
        start_time=time(9, 30),
        end_time=time(16, 0),
    )
    return session.id  # type: ignore[return-value]


@pytest.mark.both_backends  # one run of this export on the server too
def test_the_sample_session_reads_back_from_its_calendar_file(
    db: Database, confirmed: int, out_dir: Path
) -> None:
    written = export_ics(db, confirmed, out_dir / "sessione è.ics")
    assert written == (out_dir / "sessione è.ics").absolute()
    assert sorted(p.name for p in out_dir.iterdir()) == ["sessione è.ics"]
    (event,) = events(written)
    assert str(event["summary"]) == "Scambio di buone pratiche: Patti di Cittadinanza"
    start = event.decoded("dtstart")
    assert start == datetime(2026, 4, 20, 9, 30, tzinfo=ROME)
    assert start.utcoffset().total_seconds() == 2 * 3600  # summer time in Rome
    assert event["dtstart"].params["TZID"] == "Europe/Rome"
    assert event.decoded("dtend") == datetime(2026, 4, 20, 16, 0, tzinfo=ROME)
    assert str(event["location"]) == "Via Italia 1, Monza, Sala Maddalena"
    assert str(event["status"]) == "CONFIRMED"
    assert int(event["sequence"]) == 0
    description = str(event["description"])
    assert "Comune di Monza" in description
    assert "\n1. Organismi partecipativi comunali\n" in description
    assert "\n6. I Patti di Cittadinanza" in description
    assert "Sede: Via Italia 1, Monza, Sala Maddalena" in description


def test_uid_is_stable_and_sequence_counts_the_reschedules(
    db: Database, confirmed: int, tmp_path: Path
) -> None:
    (first,) = events(export_ics(db, confirmed, tmp_path / "uno.ics"))
    (again,) = events(export_ics(db, confirmed, tmp_path / "due.ics"))
    assert str(first["uid"]) == str(again["uid"])
    assert str(first["uid"]) == "exchange-desktop-practice-1-session-1-day-1@comune-di-monza"

    rescheduling.reschedule(db, confirmed, MAY_4, reason="Sala occupata")
    (moved,) = events(export_ics(db, confirmed, tmp_path / "tre.ics"))
    assert str(moved["uid"]) == str(first["uid"])  # Outlook updates the same event
    assert int(moved["sequence"]) == 1
    assert moved.decoded("dtstart") == datetime(2026, 5, 4, 9, 30, tzinfo=ROME)
    rescheduling.reschedule(db, confirmed, APRIL_27)
    (twice,) = events(export_ics(db, confirmed, tmp_path / "quattro.ICS"))
    assert int(twice["sequence"]) == 2


def test_without_times_a_whole_day_event_and_a_webinar_is_located_at_its_link(
    db: Database, tmp_path: Path
) -> None:
    _practice, session = sample(db)  # neither the session nor the programme has times
    scheduling.confirm_date(db, session.id, APRIL_27)
    link = "https://meet.comune.monza.it/patti"
    scheduling.update_session(db, session.id, modality=Modality.WEBINAR, webinar_link=link)
    path = export_ics(db, session.id, tmp_path / "webinar.ics")
    (event,) = events(path)
    assert event.decoded("dtstart") == APRIL_27  # a DATE, not an invented 09:00
    assert event.decoded("dtend") == date(2026, 4, 28)
    assert b"DTSTART;VALUE=DATE:20260427" in path.read_bytes()
    assert str(event["location"]) == link
    assert str(event["url"]) == link
    assert "Modalità: webinar sincrono" in str(event["description"])


def test_a_session_of_several_days_has_one_event_per_working_day(
    db: Database, confirmed: int, tmp_path: Path
) -> None:
    update_practice(db, 1, duration_days=2)
    rescheduling.reschedule(db, confirmed, date(2026, 4, 24))  # a Friday before 25 April
    first, second = events(export_ics(db, confirmed, tmp_path / "due giorni.ics"))
    assert first.decoded("dtstart").date() == date(2026, 4, 24)
    assert second.decoded("dtstart").date() == date(2026, 4, 27)  # Saturday 25 April skipped
    assert str(first["summary"]).endswith("(giorno 1 di 2)")
    assert str(second["uid"]).endswith("-day-2@comune-di-monza")


def test_status_follows_the_session(db: Database, confirmed: int, tmp_path: Path) -> None:
    scheduling.update_session(db, confirmed, status=SessionStatus.CANCELLED)
    (event,) = events(export_ics(db, confirmed, tmp_path / "annullata.ics"))
    assert str(event["status"]) == "CANCELLED"


def test_an_e_session_is_exported_on_its_own_date_before_confirmation(
    db: Database, tmp_path: Path
) -> None:
    practice = create_practice(
        db, Practice(title="Bilancio partecipativo", scheduling_mode=SchedulingMode.SEVERAL)
    )
    session = scheduling.add_candidate_date(db, practice.id, APRIL_27)
    (event,) = events(export_ics(db, session.id, tmp_path / "e.ics"))
    assert event.decoded("dtstart") == APRIL_27  # no times anywhere: a whole-day event
    assert str(event["status"]) == "TENTATIVE"
    assert str(event["summary"]) == "Scambio di buone pratiche: Bilancio partecipativo"


def test_an_unconfirmed_alternative_is_refused_and_nothing_is_written(
    db: Database, out_dir: Path
) -> None:
    _practice, session = sample(db)
    with pytest.raises(DomainError) as caught:
        export_ics(db, session.id, out_dir / "x.ics")
    assert "la sessione non ha ancora una data confermata" in str(caught.value)
    assert list(out_dir.iterdir()) == []


@pytest.mark.parametrize("name", ["sessione.pdf", "sessione", "sessione.ics.txt"])
def test_the_target_must_be_an_ics_file(
    db: Database, confirmed: int, tmp_path: Path, name: str
) -> None:
    with pytest.raises(DomainError) as caught:
        export_ics(db, confirmed, tmp_path / name)
    assert ".ics" in str(caught.value)
    folder = tmp_path / "cartella.ics"
    folder.mkdir()
    with pytest.raises(DomainError) as caught:
        export_ics(db, confirmed, folder)
    assert "cartella" in str(caught.value)


def test_the_pure_export_is_deterministic_for_a_given_stamp() -> None:
    practice = Practice(id=7, title="Orti urbani – guida", host_comune="Comune di Forlì")
    items = [ProgrammeItem(title="Apertura"), ProgrammeItem(title="Visita agli orti")]
    session = Session(
        id=3,
        status=SessionStatus.CONFIRMED,
        candidate_dates=[CandidateDate(day=APRIL_20)],
    )
    stamp = datetime(2026, 3, 1, 8, 0, tzinfo=timezone.utc)
    content = session_calendar(practice, items, session, [APRIL_20], sequence=0, stamp=stamp)
    assert content == session_calendar(practice, items, session, [APRIL_20], stamp=stamp)
    assert b"UID:exchange-desktop-practice-7-session-3-day-1@comune-di-forli" in content
    assert b"SUMMARY:Scambio di buone pratiche: Orti urbani\r\n" in content
    assert b"LOCATION:Comune di Forl" in content  # no venue: the host Comune


def test_host_slug_and_suggested_file_name() -> None:
    assert host_slug("Comune di Forlì") == "comune-di-forli"
    assert host_slug("  ") == "exchange-desktop"
    practice = Practice(title="Patti di Cittadinanza: interventi", host_comune="Comune di Monza")
    session = Session(candidate_dates=[CandidateDate(day=APRIL_20)])
    assert suggested_ics_file_name(practice, session) == ("Scambio - Patti di Cittadinanza.ics")
    session.candidate_dates[0].status = CandidateStatus.CONFIRMED
    assert suggested_ics_file_name(practice, session) == (
        "Scambio - Patti di Cittadinanza - 2026-04-20.ics"
    )


def test_without_session_times_the_programme_gives_them(db: Database, tmp_path: Path) -> None:
    practice, session = sample(db)
    scheduling.confirm_date(db, session.id, APRIL_27)
    programme.replace_programme(
        db,
        practice.id,
        [
            ProgrammeItem(title="Mattina", start_time=time(9, 30), end_time=time(13)),
            ProgrammeItem(title="Pomeriggio", start_time=time(14), end_time=time(16, 30)),
        ],
    )
    (event,) = events(export_ics(db, session.id, tmp_path / "programma.ics"))
    assert event.decoded("dtstart") == datetime(2026, 4, 27, 9, 30, tzinfo=ROME)
    assert event.decoded("dtend") == datetime(2026, 4, 27, 16, 30, tzinfo=ROME)
