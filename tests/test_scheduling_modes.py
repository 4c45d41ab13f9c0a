"""Changing between "O" and "E", and moving a confirmed session to another day."""

from __future__ import annotations

import pytest
from scheduling_helpers import (
    APRIL_20,
    APRIL_27,
    ENTI,
    MAY_4,
    NO,
    enrol,
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
from exchange_desktop.domain.errors import DomainError
from exchange_desktop.domain.practice import Practice
from exchange_desktop.services.practices.catalogue import (
    create_practice,
    get_practice,
    update_practice,
)
from exchange_desktop.services.scheduling import availability, rescheduling, scheduling_modes
from exchange_desktop.services.scheduling import sessions as service
from exchange_desktop.storage.database import Database
from exchange_desktop.storage.models import ParticipantRow

# The database matters here: every test runs on SQLite and on the PostgreSQL server.
pytestmark = pytest.mark.both_backends


# --- changing the mode -------------------------------------------------------------------------


def test_mode_change_o_to_e_to_o_keeps_the_registrations(db: Database) -> None:
    practice, session = sample(db)
    register(db, session.id, ["Rossi", "Verdi", "Bianchi"])
    service.confirm_date(db, session.id, APRIL_27)

    preview = scheduling_modes.preview_mode_change(db, practice.id, SchedulingMode.SEVERAL)
    assert (preview.sessions_before, preview.sessions_after) == (1, 2)
    assert preview.registrations_affected == 3
    assert str(preview.text) == (
        "Ognuna delle 2 date diventerà una sessione a sé. Le 3 iscrizioni restano nella "
        "sessione della data confermata (o della prima data)."
    )
    split = scheduling_modes.set_scheduling_mode(db, practice.id, SchedulingMode.SEVERAL)
    assert get_practice(db, practice.id).scheduling_mode is SchedulingMode.SEVERAL
    assert [statuses(s) for s in split] == [
        [(APRIL_20, CandidateStatus.CANDIDATE)],
        [(APRIL_27, CandidateStatus.CONFIRMED)],
    ]
    by_day = {s.candidate_dates[0].day: s for s in split}
    assert by_day[APRIL_27].id == session.id  # the people stay with the confirmed date
    assert len(roster(db, session.id)) == 3
    assert roster(db, by_day[APRIL_20].id) == []

    # Meanwhile the other session fills up; Rossi signed up to both, earlier to April 20.
    register(db, by_day[APRIL_20].id, ["Neri", "Gialli"])
    with db.read() as orm:
        rossi = orm.scalar(select(ParticipantRow.id).where(ParticipantRow.surname == "Rossi"))
    enrol(db, by_day[APRIL_20].id, rossi, minute=0)

    preview = scheduling_modes.preview_mode_change(db, practice.id, SchedulingMode.ALTERNATIVE)
    assert (preview.sessions_before, preview.sessions_after) == (2, 1)
    assert preview.registrations_affected == 5  # Rossi counts once
    assert str(preview.text) == (
        "Le 2 sessioni diventeranno una sola, da tenere in una delle 2 date, che andrà scelta "
        "e confermata. Le 5 iscrizioni passano tutte in quella sessione, con il posto "
        "confermato."
    )

    (merged,) = scheduling_modes.set_scheduling_mode(db, practice.id, SchedulingMode.ALTERNATIVE)
    assert merged.id == by_day[APRIL_20].id  # the first date's session absorbs the others
    assert statuses(merged) == [
        (APRIL_20, CandidateStatus.CANDIDATE),
        (APRIL_27, CandidateStatus.CANDIDATE),
    ]
    assert merged.status is SessionStatus.PROPOSED
    people = roster(db, merged.id)
    assert sorted(name for name, _ in people) == ["Bianchi", "Gialli", "Neri", "Rossi", "Verdi"]
    assert all(status is RegistrationStatus.CONFIRMED for _, status in people)  # 10 seats


def test_merging_into_a_full_session_puts_the_latest_on_the_waiting_list(db: Database) -> None:
    practice = create_practice(db, Practice(title="E", scheduling_mode=SchedulingMode.SEVERAL))
    first = service.add_candidate_date(db, practice.id, APRIL_20)
    second = service.add_candidate_date(db, practice.id, APRIL_27)
    service.update_session(db, first.id, capacity=2)
    register(db, second.id, ["Anselmi"])  # signed up first, to the other date
    register(db, first.id, ["Bruni", "Conti"])
    preview = scheduling_modes.preview_mode_change(db, practice.id, SchedulingMode.ALTERNATIVE)
    assert str(preview.text) == (
        "Le 2 sessioni diventeranno una sola, da tenere in una delle 2 date, che andrà scelta "
        "e confermata. Le 3 iscrizioni passano in quella sessione: i primi 2 iscritti hanno il "
        "posto (2 posti), gli altri 1 vanno in lista d'attesa."
    )
    (merged,) = scheduling_modes.set_scheduling_mode(db, practice.id, SchedulingMode.ALTERNATIVE)
    assert roster(db, merged.id) == [
        ("Anselmi", RegistrationStatus.CONFIRMED),
        ("Bruni", RegistrationStatus.CONFIRMED),
        ("Conti", RegistrationStatus.WAITING),
    ]
    assert service.session_summaries(db, practice.id)[0].waiting_count == 1


def test_same_mode_and_updating_the_practice_mode(db: Database) -> None:
    practice, _session = sample(db)
    same = scheduling_modes.preview_mode_change(db, practice.id, SchedulingMode.ALTERNATIVE)
    assert (same.sessions_before, same.sessions_after, same.registrations_affected) == (1, 1, 0)
    assert "non cambia nulla" in str(same.text)
    update_practice(db, practice.id, scheduling_mode=SchedulingMode.SEVERAL)
    assert len(service.session_summaries(db, practice.id)) == 2  # the sessions follow
    update_practice(db, practice.id, scheduling_mode=SchedulingMode.ALTERNATIVE)
    assert len(service.session_summaries(db, practice.id)) == 1


# --- rescheduling -------------------------------------------------------------------------------


def test_reschedule_records_the_old_date_and_lists_who_to_tell(db: Database) -> None:
    _practice, session = sample(db)
    lissone = ente(
        db, ENTI[2], email="partecipazione@comune.lissone.mb.it", contact_name="Sara Riva"
    )
    sesto = ente(db, ENTI[0], pec="protocollo@pec.sestosg.net")
    ente(db, ENTI[1])  # no answer, nobody registered: not to be told
    register(db, session.id, ["Verdi", "Rossi"], organisation_id=lissone)
    availability.set_availability(db, sesto, session.candidate_dates[1].id, NO)
    service.confirm_date(db, session.id, APRIL_20)

    result = rescheduling.reschedule(db, session.id, MAY_4, reason="  Sala  non disponibile ")
    assert (result.old_day, result.new_day) == (APRIL_20, MAY_4)
    assert result.session.confirmed_day == MAY_4
    assert statuses(result.session) == [
        (APRIL_20, CandidateStatus.DISCARDED),
        (APRIL_27, CandidateStatus.DISCARDED),
        (MAY_4, CandidateStatus.CONFIRMED),
    ]
    assert result.people == [
        rescheduling.PersonToInform("Anna Rossi", ENTI[2], "anna.rossi@comune.it"),
        rescheduling.PersonToInform("Anna Verdi", ENTI[2], "anna.verdi@comune.it"),
    ]
    assert result.organisations == [
        rescheduling.PersonToInform("Sara Riva", ENTI[2], "partecipazione@comune.lissone.mb.it"),
        rescheduling.PersonToInform("", ENTI[0], "protocollo@pec.sestosg.net"),
    ]
    (change,) = rescheduling.date_changes(db, session.id)
    assert (change.old_day, change.new_day, change.reason) == (
        APRIL_20,
        MAY_4,
        "Sala non disponibile",
    )
    assert len(roster(db, session.id)) == 2  # registrations kept

    back = rescheduling.reschedule(db, session.id, APRIL_27)  # to a discarded candidate
    assert back.session.confirmed_day == APRIL_27
    assert len(back.session.candidate_dates) == 3
    assert [c.new_day for c in rescheduling.date_changes(db, session.id)] == [MAY_4, APRIL_27]
    with pytest.raises(DomainError) as caught:
        rescheduling.reschedule(db, session.id, APRIL_27)
    assert "è già fissata per lunedì 27 aprile 2026" in str(caught.value)


def test_rescheduling_an_unconfirmed_e_session_moves_its_only_date(db: Database) -> None:
    practice = create_practice(db, Practice(title="E", scheduling_mode=SchedulingMode.SEVERAL))
    session = service.add_candidate_date(db, practice.id, APRIL_20)
    result = rescheduling.reschedule(db, session.id, APRIL_27)
    assert (result.old_day, result.people, result.organisations) == (APRIL_20, [], [])
    assert service.update_session(db, session.id, status="held").status is SessionStatus.HELD
    with pytest.raises(DomainError):
        rescheduling.reschedule(db, session.id, MAY_4)
