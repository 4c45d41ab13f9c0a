"""The date scheduler: the "O" sample, "E" sessions, availability, confirmation, fields."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from scheduling_helpers import (
    APRIL_20,
    APRIL_27,
    ENTI,
    MAY_4,
    MAYBE,
    NO,
    YES,
    ente,
    register,
    roster,
    sample,
    statuses,
)
from sqlalchemy import select

from exchange_desktop.domain.enums import (
    CandidateStatus,
    RegistrationStatus,
    SchedulingMode,
    SessionStatus,
)
from exchange_desktop.domain.errors import DomainError, NotFoundError, ValidationError
from exchange_desktop.domain.practice import Practice
from exchange_desktop.domain.roster import Registration, seats_by_arrival
from exchange_desktop.domain.scheduling import (
    CandidateDate,
    Session,
    capacity_warning,
    change_status,
    session_day,
)
from exchange_desktop.services.practices.catalogue import create_practice
from exchange_desktop.services.practices.sample import load_sample
from exchange_desktop.services.scheduling import availability, rescheduling
from exchange_desktop.services.scheduling import sessions as service
from exchange_desktop.storage.database import Database
from exchange_desktop.storage.models import RegistrationRow

# The database matters here: every test runs on SQLite and on the PostgreSQL server.
pytestmark = pytest.mark.both_backends


# --- the sample: one "O" session, three Enti, suggestion and confirmation ---------------------


def test_sample_is_one_alternative_session_with_the_two_april_dates(db: Database) -> None:
    practice, session = sample(db)
    assert practice.scheduling_mode is SchedulingMode.ALTERNATIVE
    assert [c.day for c in session.candidate_dates] == [APRIL_20, APRIL_27]
    assert service.get_session(db, session.id) == session
    register(db, session.id, ["Rossi", "Verdi"])
    (summary,) = service.session_summaries(db, practice.id)
    assert (summary.confirmed_count, summary.waiting_count) == (2, 0)


def test_availability_of_three_enti_suggests_the_date_most_can_attend(db: Database) -> None:
    practice, session = sample(db)
    sesto, unione, lissone = (ente(db, name) for name in ENTI)
    first, second = (c.id for c in session.candidate_dates)
    for organisation, answers in (
        (sesto, (YES, MAYBE)),
        (unione, (NO, YES)),
        (lissone, (MAYBE, YES)),
    ):
        availability.set_availability(db, organisation, first, answers[0])
        availability.set_availability(db, organisation, second, answers[1])

    matrix = availability.availability_matrix(db, practice.id)
    assert [o.name for o in matrix.organisations] == [ENTI[2], ENTI[0], ENTI[1]]
    assert [c.day for c in matrix.candidates] == [APRIL_20, APRIL_27]
    assert matrix.answers[(unione, first)] is NO
    assert matrix.totals == {first: (1, 1, 1), second: (2, 1, 0)}
    assert matrix.suggested == second

    availability.set_availability(db, unione, second, None)  # cleared
    availability.set_availability(db, lissone, second, MAYBE)  # changed
    matrix = availability.availability_matrix(db, practice.id)
    assert (unione, second) not in matrix.answers
    assert matrix.totals[second] == (0, 2, 0)
    assert matrix.suggested == first  # one sì beats two forse

    confirmed = service.confirm_date(db, session.id, APRIL_20)
    assert confirmed.status is SessionStatus.CONFIRMED
    assert confirmed.confirmed_day == APRIL_20
    assert statuses(confirmed) == [
        (APRIL_20, CandidateStatus.CONFIRMED),
        (APRIL_27, CandidateStatus.DISCARDED),  # kept, visibly
    ]
    assert len(availability.availability_matrix(db, practice.id).candidates) == 2


def test_forse_breaks_a_tie_of_si_and_nobody_answering_suggests_nothing(db: Database) -> None:
    practice, session = sample(db)
    first, second = (c.id for c in session.candidate_dates)
    assert availability.availability_matrix(db, practice.id).suggested is None
    sesto, unione, _lissone = (ente(db, name) for name in ENTI)
    availability.set_availability(db, sesto, first, YES)
    availability.set_availability(db, sesto, second, YES)
    availability.set_availability(db, unione, second, MAYBE)
    assert availability.availability_matrix(db, practice.id).suggested == second
    availability.set_availability(db, unione, first, MAYBE)
    assert availability.availability_matrix(db, practice.id).suggested == first  # earliest wins


def test_discarded_dates_are_not_suggested(db: Database) -> None:
    practice, session = sample(db)
    first, second = (c.id for c in session.candidate_dates)
    availability.set_availability(db, ente(db, ENTI[0]), second, YES)
    service.confirm_date(db, session.id, APRIL_20)
    assert availability.availability_matrix(db, practice.id).suggested is None
    assert service.reopen_dates(db, session.id).status is SessionStatus.PROPOSED
    assert availability.availability_matrix(db, practice.id).suggested == second
    assert first != second


def test_confirming_a_date_that_is_not_a_candidate_is_refused(db: Database) -> None:
    _practice, session = sample(db)
    with pytest.raises(DomainError) as caught:
        service.confirm_date(db, session.id, date(2026, 4, 21))
    assert str(caught.value) == (
        f"Martedì 21 aprile 2026 non è tra le date proposte della sessione n. {session.id}."
    )
    assert service.get_session(db, session.id) == session


def test_a_confirmed_session_is_moved_by_rescheduling_not_by_confirming(db: Database) -> None:
    _practice, session = sample(db)
    service.confirm_date(db, session.id, APRIL_20)
    assert service.confirm_date(db, session.id, APRIL_20).confirmed_day == APRIL_20
    with pytest.raises(DomainError) as caught:
        service.confirm_date(db, session.id, APRIL_27)
    assert "già confermata per lunedì 20 aprile 2026" in str(caught.value)
    reopened = service.reopen_dates(db, session.id)
    assert all(c.status is CandidateStatus.CANDIDATE for c in reopened.candidate_dates)
    assert service.confirm_date(db, session.id, APRIL_27).confirmed_day == APRIL_27


# --- adding and removing dates ----------------------------------------------------------------


def test_several_sessions_practice_gets_one_session_per_date(db: Database) -> None:
    practice = create_practice(
        db, Practice(title="Bilancio partecipativo", scheduling_mode=SchedulingMode.SEVERAL)
    )
    first = service.add_candidate_date(db, practice.id, date(2026, 5, 11))
    assert first.capacity == practice.max_participants
    service.update_session(db, first.id, venue="Villa Reale", capacity=8)
    service.add_candidate_date(db, practice.id, date(2026, 5, 25))
    service.add_candidate_date(db, practice.id, date(2026, 5, 4))
    summaries = service.session_summaries(db, practice.id)
    assert [s.session.candidate_dates[0].day for s in summaries] == [
        date(2026, 5, 4),
        date(2026, 5, 11),
        date(2026, 5, 25),
    ]
    assert all((s.session.venue, s.session.capacity) == ("Villa Reale", 8) for s in summaries)
    with pytest.raises(DomainError) as caught:
        service.add_candidate_date(db, practice.id, date(2026, 5, 11))
    assert "C'è già una sessione lunedì 11 maggio 2026" in str(caught.value)
    assert len(service.session_summaries(db, practice.id)) == 3


def test_alternative_dates_go_to_the_one_session(db: Database) -> None:
    practice, session = sample(db)
    updated = service.add_candidate_date(db, practice.id, MAY_4)
    assert updated.id == session.id
    assert [c.day for c in updated.candidate_dates] == [APRIL_20, APRIL_27, MAY_4]
    with pytest.raises(DomainError) as caught:
        service.add_candidate_date(db, practice.id, APRIL_27)
    assert str(caught.value) == "Lunedì 27 aprile 2026 è già tra le date proposte."
    empty = create_practice(db, Practice(title="Nuova", max_participants=15))
    created = service.add_candidate_date(db, empty.id, MAY_4)
    assert created.capacity == 15
    assert [c.day for c in created.candidate_dates] == [MAY_4]


def test_removing_dates(db: Database) -> None:
    practice, session = sample(db)
    first, second = session.candidate_dates
    service.confirm_date(db, session.id, APRIL_20)
    with pytest.raises(DomainError) as caught:
        service.remove_candidate_date(db, first.id)
    assert "è quella confermata" in str(caught.value)
    availability.set_availability(db, ente(db, ENTI[0]), second.id, YES)
    service.remove_candidate_date(db, second.id)
    (summary,) = service.session_summaries(db, practice.id)
    assert [c.day for c in summary.session.candidate_dates] == [APRIL_20]
    assert availability.availability_matrix(db, practice.id).answers == {}
    with pytest.raises(NotFoundError):
        service.remove_candidate_date(db, second.id)


def test_removing_the_date_of_an_e_session_removes_it_unless_people_are_registered(
    db: Database,
) -> None:
    practice = create_practice(db, Practice(title="E", scheduling_mode=SchedulingMode.SEVERAL))
    kept = service.add_candidate_date(db, practice.id, APRIL_20)
    gone = service.add_candidate_date(db, practice.id, APRIL_27)
    register(db, kept.id, ["Rossi", "Verdi"])
    with pytest.raises(DomainError) as caught:
        service.remove_candidate_date(db, kept.candidate_dates[0].id)
    assert "la sessione ha 2 iscrizioni" in str(caught.value)
    service.remove_candidate_date(db, gone.candidate_dates[0].id)
    assert [s.session.id for s in service.session_summaries(db, practice.id)] == [kept.id]
    with pytest.raises(NotFoundError):
        service.get_session(db, gone.id)


# --- the session's fields ----------------------------------------------------------------------


def test_update_session_fields_and_validation(db: Database) -> None:
    _practice, session = sample(db)
    updated = service.update_session(
        db,
        session.id,
        venue="  Via  Italia 1, Monza ",
        room="Sala Maddalena",
        start_time=time(9, 30),
        end_time=time(16, 0),
        notes="Portare il badge\r\n",
    )
    assert (updated.venue, updated.notes) == ("Via Italia 1, Monza", "Portare il badge\n")
    assert service.get_session(db, session.id) == updated
    with pytest.raises(ValidationError) as caught:
        service.update_session(db, session.id, start_time=time(17, 0))
    assert set(caught.value.errors) == {"end_time"}
    with pytest.raises(ValidationError):
        service.update_session(db, session.id, capacity=0)
    with pytest.raises(ValidationError) as caught:
        service.update_session(db, session.id, status=SessionStatus.CONFIRMED)
    assert str(caught.value.errors["status"]) == "Confermare prima una delle date proposte."
    with pytest.raises(KeyError):
        service.update_session(db, session.id, practice_id=3)
    assert service.get_session(db, session.id) == updated


def test_status_changes_keep_the_dates_consistent(db: Database) -> None:
    practice = create_practice(db, Practice(title="E", scheduling_mode=SchedulingMode.SEVERAL))
    session = service.add_candidate_date(db, practice.id, APRIL_20)
    confirmed = service.update_session(db, session.id, status=SessionStatus.CONFIRMED)
    assert confirmed.confirmed_day == APRIL_20  # the only date is confirmed with the status
    held = service.update_session(db, session.id, status="held")
    assert (held.status, held.confirmed_day) == (SessionStatus.HELD, APRIL_20)
    proposed = service.update_session(db, session.id, status=SessionStatus.PROPOSED)
    assert proposed.confirmed_day is None
    assert service.update_session(db, session.id, status="cancelled").candidate_dates == (
        proposed.candidate_dates
    )


def test_fewer_seats_drop_nobody_and_more_seats_promote_the_waiting_list(db: Database) -> None:
    _practice, session = sample(db)
    register(db, session.id, ["A", "B", "C", "D"])
    service.update_session(db, session.id, capacity=2)
    assert [s for _, s in roster(db, session.id)] == [RegistrationStatus.CONFIRMED] * 4
    assert capacity_warning(2, 4) is not None
    assert "nessuno perde il posto" in str(capacity_warning(2, 4))
    assert capacity_warning(4, 4) is None
    with db.transaction() as orm:
        for registration in orm.scalars(select(RegistrationRow)).all()[2:]:
            registration.status = RegistrationStatus.WAITING
    service.update_session(db, session.id, capacity=3)
    assert [s for _, s in roster(db, session.id)] == [RegistrationStatus.CONFIRMED] * 3 + [
        RegistrationStatus.WAITING
    ]


@pytest.mark.parametrize(
    ("action", "text"),
    [
        (lambda db: service.get_session(db, 99), "La sessione n. 99 non esiste."),
        (lambda db: service.confirm_date(db, 99, APRIL_20), "La sessione n. 99 non esiste."),
        (lambda db: rescheduling.reschedule(db, 99, APRIL_20), "La sessione n. 99 non esiste."),
        (lambda db: rescheduling.date_changes(db, 99), "La sessione n. 99 non esiste."),
        (lambda db: service.session_summaries(db, 99), "La pratica n. 99 non esiste."),
        (lambda db: availability.availability_matrix(db, 99), "La pratica n. 99 non esiste."),
        (lambda db: service.remove_candidate_date(db, 99), "La data proposta n. 99 non esiste."),
        (lambda db: availability.set_availability(db, 99, 1, YES), "L'Ente n. 99 non esiste."),
    ],
)
def test_missing_records_are_not_found(db: Database, action, text: str) -> None:
    load_sample(db)
    with pytest.raises(NotFoundError) as caught:
        action(db)
    assert str(caught.value) == text


# --- the domain rules behind them --------------------------------------------------------------


def test_session_day_in_o_and_e_mode() -> None:
    one = Session(candidate_dates=[CandidateDate(day=APRIL_20)])
    two = Session(candidate_dates=[CandidateDate(day=APRIL_20), CandidateDate(day=APRIL_27)])
    assert session_day(one, SchedulingMode.SEVERAL) == APRIL_20
    assert session_day(one, SchedulingMode.ALTERNATIVE) is None
    assert session_day(two, SchedulingMode.SEVERAL) is None
    change_status(two, SessionStatus.CANCELLED)
    assert two.status is SessionStatus.CANCELLED
    with pytest.raises(DomainError):
        change_status(two, SessionStatus.HELD)
    with pytest.raises(DomainError) as caught:
        change_status(Session(), SessionStatus.CONFIRMED)
    assert "non ha date" in str(caught.value)


def test_seats_go_to_the_first_registered_and_cancelled_stay_cancelled() -> None:
    def at(minute: int, status: RegistrationStatus, number: int) -> Registration:
        return Registration(id=number, status=status, registered_at=datetime(2026, 3, 1, 9, minute))

    registrations = [
        at(5, RegistrationStatus.CONFIRMED, 1),
        at(1, RegistrationStatus.CANCELLED, 2),
        at(2, RegistrationStatus.WAITING, 3),
        at(9, RegistrationStatus.CONFIRMED, 4),
    ]
    assert seats_by_arrival(registrations, 2) == {
        1: RegistrationStatus.CONFIRMED,
        2: RegistrationStatus.CANCELLED,
        3: RegistrationStatus.CONFIRMED,
        4: RegistrationStatus.WAITING,
    }
