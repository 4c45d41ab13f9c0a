"""The roster: rows and their order, seats, duplicates, attendance, and a roster of 10,000."""

from __future__ import annotations

import time as clock
from datetime import date, datetime, time

import pytest
from roster_helpers import fill, person, sample, two_sessions
from scheduling_helpers import APRIL_20, APRIL_27, ente
from sqlalchemy import insert

from exchange_desktop.domain.enums import RegistrationStatus
from exchange_desktop.domain.errors import DomainError, NotFoundError, ValidationError
from exchange_desktop.services import roster as service
from exchange_desktop.services.attendance import marks as attendance_service
from exchange_desktop.services.practices.catalogue import create_practice
from exchange_desktop.services.roster.roster_rows import roster_row
from exchange_desktop.services.scheduling.sessions import confirm_date, update_session
from exchange_desktop.storage.database import Database
from exchange_desktop.storage.models import AttendanceRow, ParticipantRow, RegistrationRow

# The database matters here: every test runs on SQLite and on the PostgreSQL server.
pytestmark = pytest.mark.both_backends


# --- rows -------------------------------------------------------------------------------------


def test_rows_carry_the_person_the_ente_and_the_seat(db: Database) -> None:
    practice, session = sample(db)
    lissone = ente(db, "Comune di Lissone")
    service.register(
        db,
        session.id,
        person(
            "  Rossi ",
            "Anna  Maria",
            organisation_id=lissone,
            role="Personale amministrativo",
            phone="039 123456",
            fiscal_code="rssmra85t10a562s",
            privacy_consent=True,
            privacy_consent_date=date(2026, 3, 2),
        ),
    )
    (row,) = service.roster(db, practice.id)
    assert (row.surname, row.name, row.organisation, row.organisation_id) == (
        "Rossi",
        "Anna Maria",
        "Comune di Lissone",
        lissone,
    )
    assert (row.role, row.phone, row.fiscal_code) == (
        "Personale amministrativo",
        "039 123456",
        "RSSMRA85T10A562S",
    )
    assert (row.privacy_consent, row.privacy_consent_date) == (True, date(2026, 3, 2))
    assert (row.status, row.waiting_position, row.present, row.minutes_attended) == (
        RegistrationStatus.CONFIRMED,
        None,
        None,
        0,
    )
    assert row.session_label == "20 o 27 aprile 2026"
    assert isinstance(row.registered_at, datetime)
    confirm_date(db, session.id, APRIL_27)
    assert service.roster(db, practice.id)[0].session_label == "lunedì 27 aprile 2026"


def test_order_is_seats_then_queue_then_cancelled(db: Database) -> None:
    practice, session = sample(db)
    update_session(db, session.id, capacity=3)
    ids = fill(db, session.id, ["Zanetti", "élite", "Bassi", "Verdi", "Abate", "Conti"])
    service.cancel_registration(db, ids[3])  # a waiting one: the queue moves up
    rows = service.roster(db, practice.id, session.id)
    assert [(r.surname, r.status.value, r.waiting_position) for r in rows] == [
        ("Bassi", "confirmed", None),
        ("élite", "confirmed", None),  # accents do not send a name to the end
        ("Zanetti", "confirmed", None),
        ("Abate", "waiting", 1),
        ("Conti", "waiting", 2),
        ("Verdi", "cancelled", None),
    ]


def test_one_row_read_alone_is_the_row_of_the_whole_roster(db: Database) -> None:
    """A row redrawn alone (after a tick) keeps its place in the queue and its presence."""
    practice, session = sample(db)
    update_session(db, session.id, capacity=2)
    ids = fill(db, session.id, ["Rossi", "Bassi", "Verdi", "Abate", "Conti", "Neri"])
    service.cancel_registration(db, ids[3])
    confirm_date(db, session.id, APRIL_20)
    attendance_service.set_attendance(db, ids[0], True, time(9), time(13))
    whole = service.roster(db, practice.id, session.id)
    with db.read() as orm:
        alone = [roster_row(orm, row.registration_id) for row in whole]
    assert alone == whole
    assert [r.waiting_position for r in whole if r.waiting_position] == [1, 2, 3]


def test_all_sessions_in_date_order_and_seats_per_session(db: Database) -> None:
    practice, first, second = two_sessions(db)
    fill(db, second.id, ["Rossi"])
    fill(db, first.id, ["Verdi", "Bianchi"])
    rows = service.roster(db, practice.id)
    assert [(r.session_label, r.surname) for r in rows] == [
        ("lunedì 20 aprile 2026", "Bianchi"),
        ("lunedì 20 aprile 2026", "Verdi"),
        ("lunedì 27 aprile 2026", "Rossi"),
    ]
    assert service.seats(db, practice.id) == [
        service.SessionSeats(first.id, "lunedì 20 aprile 2026", 10, 2, 0),  # type: ignore[arg-type]
        service.SessionSeats(second.id, "lunedì 27 aprile 2026", 10, 1, 0),  # type: ignore[arg-type]
    ]


def test_unknown_practice_or_a_session_of_another_practice(db: Database) -> None:
    practice, session = sample(db)
    other = create_practice(db)
    with pytest.raises(NotFoundError, match=r"La pratica n\. 99 non esiste\."):
        service.roster(db, 99)
    with pytest.raises(NotFoundError):
        service.seats(db, 99)
    with pytest.raises(DomainError, match=f"non è della pratica n. {other.id}"):
        service.roster(db, other.id, session.id)  # type: ignore[arg-type]
    assert service.roster(db, practice.id, session.id) == []


# --- duplicates -------------------------------------------------------------------------------


def test_duplicates_by_email_whatever_the_capitals(db: Database) -> None:
    _practice, session = sample(db)
    fill(db, session.id, ["Rossi"])
    (found,) = service.find_duplicates(
        db, session.id, person("Russo", "Mario", email=" ANNA.Rossi@Comune.it ")
    )
    assert found.surname == "Rossi"
    assert service.find_duplicates(db, session.id, person("Russo", "Mario")) == []


def test_duplicates_by_name_and_ente_without_accents_or_capitals(db: Database) -> None:
    _practice, session = sample(db)
    forli = ente(db, "Comune di Forlì")
    lissone = ente(db, "Comune di Lissone")
    service.register(db, session.id, person("Niccolò", "Lucía", organisation_id=forli, email=""))
    twin = person(" NICCOLO ", "lucia", organisation_id=forli, email="")
    (found,) = service.find_duplicates(db, session.id, twin)
    assert found.surname == "Niccolò"
    other_ente = person("Niccolò", "Lucía", organisation_id=lissone, email="")
    assert service.find_duplicates(db, session.id, other_ente) == []
    # the person being edited is not their own duplicate; cancelled ones do not count
    assert service.find_duplicates(db, session.id, twin, found.participant_id) == []
    service.cancel_registration(db, found.registration_id)
    assert service.find_duplicates(db, session.id, twin) == []


# --- attendance -------------------------------------------------------------------------------


def test_attendance_with_times_gives_the_hours(db: Database) -> None:
    practice, session = sample(db)
    confirm_date(db, session.id, APRIL_20)
    first, second, third = fill(db, session.id, ["Rossi", "Verdi", "Bianchi"])
    row = attendance_service.set_attendance(db, first, True, time(9, 0), time(13, 30))
    assert (row.present, row.minutes_attended) == (True, 270)
    with pytest.raises(ValidationError, match="vale solo per chi è presente"):
        attendance_service.set_attendance(
            db, second, False, time(9, 0), time(10, 0)
        )  # never dropped
    assert attendance_service.set_attendance(db, second, False).minutes_attended == 0
    # A programme without times: present without times gives no hours to print.
    assert attendance_service.set_attendance(db, first, True).minutes_attended == 0
    by_name = {r.surname: r.present for r in service.roster(db, practice.id)}
    assert by_name == {"Rossi": True, "Verdi": False, "Bianchi": None}

    with pytest.raises(ValidationError) as caught:
        attendance_service.set_attendance(db, third, True, time(14, 0), time(9, 0))
    assert str(caught.value.errors["time_out"]) == (
        "L'ora di uscita deve essere successiva all'ora di entrata."
    )
    with pytest.raises(DomainError, match="non è un giorno della sessione"):
        attendance_service.set_attendance(db, third, True, day=APRIL_27)  # discarded date
    service.cancel_registration(db, third)
    with pytest.raises(DomainError, match="non si può segnare la presenza"):
        attendance_service.set_attendance(db, third, True)


def test_mark_all_present_takes_the_confirmed_only(db: Database) -> None:
    practice, session = sample(db)
    update_session(db, session.id, capacity=2)
    ids = fill(db, session.id, ["Rossi", "Verdi", "Bianchi"])
    attendance_service.set_attendance(db, ids[0], True, time(9, 0), time(11, 0))
    assert attendance_service.mark_all_present(db, session.id) == 2
    rows = {r.surname: r for r in service.roster(db, practice.id)}
    assert (rows["Rossi"].present, rows["Rossi"].minutes_attended) == (True, 120)  # times kept
    assert rows["Verdi"].present is True
    assert rows["Bianchi"].present is None  # on the waiting list


# --- a large roster ---------------------------------------------------------------------------


@pytest.mark.slow
def test_a_roster_of_ten_thousand_is_read_in_bulk(db: Database) -> None:
    practice, first, second = two_sessions(db)
    lissone = ente(db, "Comune di Lissone")
    size = 10_000
    with db.transaction() as orm:
        orm.execute(
            insert(ParticipantRow),
            [
                {
                    "id": n,
                    "surname": f"Cognome{n:05d}",
                    "name": "Nome",
                    "organisation_id": lissone if n % 2 else None,
                    "email": f"p{n}@comune.it",
                }
                for n in range(1, size + 1)
            ],
        )
        orm.execute(
            insert(RegistrationRow),
            [
                {
                    "id": n,
                    "participant_id": n,
                    "session_id": first.id if n % 2 else second.id,
                    "status": RegistrationStatus.CONFIRMED
                    if n <= 20
                    else RegistrationStatus.WAITING,
                    "registered_at": datetime(2026, 3, 1, 9, 0),
                }
                for n in range(1, size + 1)
            ],
        )
        orm.execute(
            insert(AttendanceRow),
            [
                {"registration_id": n, "day": APRIL_20, "present": True}
                for n in range(1, 21)
                if n % 2
            ],
        )
    started = clock.perf_counter()
    rows = service.roster(db, practice.id)
    elapsed = clock.perf_counter() - started
    print(f"roster of {len(rows)} rows in {elapsed:.3f} s")
    assert len(rows) == size
    assert rows[10].waiting_position == 1
    assert rows[-1].waiting_position == size // 2 - 10
