"""Capacity and waiting list: register, cancel, promote, move, delete."""

from __future__ import annotations

import pytest
from roster_helpers import at, fill, person, sample, two_sessions
from scheduling_helpers import ente
from sqlalchemy import func, select

from exchange_desktop.domain.enums import RegistrationStatus, SessionStatus
from exchange_desktop.domain.errors import DomainError, NotFoundError, ValidationError
from exchange_desktop.services import roster as service
from exchange_desktop.services.practices.catalogue import create_practice
from exchange_desktop.services.scheduling.sessions import add_candidate_date, update_session
from exchange_desktop.storage.database import Database
from exchange_desktop.storage.models import ParticipantRow, RegistrationRow, SessionRow

# The database matters here: every test runs on SQLite and on the PostgreSQL server.
pytestmark = pytest.mark.both_backends


CONFIRMED = RegistrationStatus.CONFIRMED
WAITING = RegistrationStatus.WAITING
CANCELLED = RegistrationStatus.CANCELLED
TEN = [f"Persona{n:02d}" for n in range(10)]


def states(db: Database, practice_id: int, session_id: int) -> list[tuple[str, object, object]]:
    return [
        (row.surname, row.status.value, row.waiting_position)
        for row in service.roster(db, practice_id, session_id)
    ]


def count(db: Database, table: type) -> int:
    with db.read() as orm:
        return orm.scalar(select(func.count()).select_from(table)) or 0


# --- capacity ---------------------------------------------------------------------------------


def test_the_eleventh_goes_to_the_waiting_list_and_is_told(db: Database) -> None:
    practice, session = sample(db)
    lissone = ente(db, "Comune di Lissone")
    for surname in TEN:
        outcome = service.register(db, session.id, person(surname, organisation_id=lissone))
        assert outcome.row.status is CONFIRMED
        assert str(outcome.message) == f"Anna {surname}: iscrizione confermata."

    eleventh = service.register(db, session.id, person("Rossi"))
    assert eleventh.row.status is WAITING
    assert eleventh.row.waiting_position == 1
    assert str(eleventh.message) == "Anna Rossi: sessione al completo, in lista d'attesa n. 1."
    twelfth = service.register(db, session.id, person("Verdi", "Marco"))
    assert str(twelfth.message) == "Marco Verdi: sessione al completo, in lista d'attesa n. 2."

    (gauge,) = service.seats(db, practice.id)
    assert (gauge.capacity, gauge.confirmed, gauge.waiting) == (10, 10, 2)
    assert gauge.label == "20 o 27 aprile 2026"


def test_registering_checks_the_fields_and_writes_nothing_when_wrong(db: Database) -> None:
    _practice, session = sample(db)
    with pytest.raises(ValidationError) as caught:
        service.register(db, session.id, person(" ", email="non-un-indirizzo"))
    assert set(caught.value.errors) == {"surname", "email"}
    assert count(db, ParticipantRow) == 0


def test_a_cancelled_session_accepts_nobody(db: Database) -> None:
    _practice, session = sample(db)
    update_session(db, session.id, status=SessionStatus.CANCELLED)
    with pytest.raises(DomainError, match="è annullata: non accetta iscrizioni"):
        service.register(db, session.id, person("Rossi"))


def test_missing_session_and_ente_are_reported(db: Database) -> None:
    _practice, session = sample(db)
    with pytest.raises(NotFoundError, match=r"La sessione n\. 999 non esiste\."):
        service.register(db, 999, person("Rossi"))
    with pytest.raises(NotFoundError, match=r"L'Ente n\. 77 non esiste\."):
        service.register(db, session.id, person("Rossi", organisation_id=77))


def test_add_registration_works_inside_the_callers_transaction(db: Database) -> None:
    """The import adds a whole file in one transaction: one bad row leaves nothing behind."""
    _practice, session = sample(db)
    with pytest.raises(ValidationError), db.transaction() as orm:
        for minute, surname in enumerate([*TEN, "Rossi"]):
            row = service.add_registration(orm, session.id, person(surname), at(minute))
            assert row.status is (WAITING if surname == "Rossi" else CONFIRMED)
        service.add_registration(orm, session.id, person("Bianchi", email="sbagliata"))
    assert count(db, RegistrationRow) == count(db, ParticipantRow) == 0


def test_a_person_on_file_can_join_another_session_once(db: Database) -> None:
    practice, first, second = two_sessions(db)
    (registration_id,) = fill(db, first.id, ["Rossi"])
    (row,) = service.roster(db, practice.id, first.id)
    existing = service.get_participant(db, row.participant_id)
    outcome = service.register(db, second.id, existing)
    assert outcome.row.participant_id == row.participant_id
    with pytest.raises(DomainError) as caught:
        service.register(db, second.id, existing)
    assert str(caught.value) == (
        "Anna Rossi ha già un'iscrizione alla sessione di lunedì 27 aprile 2026."
    )
    service.cancel_registration(db, registration_id)
    again = service.register(db, first.id, existing)  # a cancelled registration comes back
    assert again.row.registration_id == registration_id
    assert again.row.status is CONFIRMED


# --- cancelling and promotion -----------------------------------------------------------------


def test_cancelling_a_seat_promotes_the_first_registered_and_says_who(db: Database) -> None:
    practice, session = sample(db)
    seated = fill(db, session.id, TEN)
    with db.transaction() as orm:  # registered later, but signed up earlier: first in line
        late_id = service.add_registration(orm, session.id, person("Verdi"), at(30)).id
        service.add_registration(orm, session.id, person("Bianchi", "Carla"), at(20))

    outcome = service.cancel_registration(db, seated[3])
    assert outcome.promoted is not None
    assert (outcome.promoted.surname, outcome.promoted.status) == ("Bianchi", CONFIRMED)
    assert str(outcome.message) == (
        "Anna Persona03: iscrizione annullata. Dalla lista d'attesa passa ai posti "
        "confermati: Carla Bianchi."
    )
    rows = states(db, practice.id, session.id)
    assert ("Verdi", "waiting", 1) in rows
    assert rows[-1] == ("Persona03", "cancelled", None)
    assert service.seats(db, practice.id)[0].confirmed == 10

    with pytest.raises(DomainError, match="è già annullata"):
        service.cancel_registration(db, seated[3])
    waiting = service.cancel_registration(db, late_id)
    assert waiting.promoted is None
    assert str(waiting.message) == "Anna Verdi: iscrizione annullata."


def test_promote_by_hand_only_with_a_free_seat(db: Database) -> None:
    practice, session = sample(db)
    ids = fill(db, session.id, [*TEN, "Rossi", "Verdi"])
    with pytest.raises(DomainError) as caught:
        service.promote(db, ids[11])
    assert str(caught.value) == (
        "La sessione di 20 o 27 aprile 2026 è al completo (10 posti su 10): per confermare "
        "Anna Verdi liberare prima un posto, oppure aumentare i posti della sessione."
    )
    with pytest.raises(DomainError, match="è già confermata"):
        service.promote(db, ids[0])
    with db.transaction() as orm:  # one more seat, left free (the service would fill it)
        orm.get(SessionRow, session.id).capacity = 11  # type: ignore[union-attr]
    outcome = service.promote(db, ids[11])  # by hand: not necessarily the first in line
    assert str(outcome.message) == "Anna Verdi: iscrizione confermata, dalla lista d'attesa."
    assert outcome.row.status is CONFIRMED
    assert ("Rossi", "waiting", 1) in states(db, practice.id, session.id)


def test_delete_promotes_and_removes_a_person_left_without_registrations(db: Database) -> None:
    practice, first, second = two_sessions(db)
    ids = fill(db, first.id, [*TEN, "Rossi"])
    (row,) = [r for r in service.roster(db, practice.id, first.id) if r.surname == "Persona00"]
    service.register(db, second.id, service.get_participant(db, row.participant_id))

    outcome = service.delete_registration(db, ids[0])
    assert outcome.promoted is not None and outcome.promoted.surname == "Rossi"
    assert str(outcome.message).startswith("Anna Persona00: iscrizione eliminata. Dalla lista")
    assert service.get_participant(db, row.participant_id).surname == "Persona00"  # still in 27/4

    outcome = service.delete_registration(db, ids[1])
    assert outcome.promoted is None
    assert str(outcome.message) == "Anna Persona01: iscrizione eliminata."
    assert count(db, ParticipantRow) == 11 - 1
    with pytest.raises(NotFoundError, match=r"L'iscrizione n\. "):
        service.delete_registration(db, ids[1])


# --- moving between sessions ------------------------------------------------------------------


def test_move_respects_the_target_capacity_and_fills_the_freed_seat(db: Database) -> None:
    practice, first, second = two_sessions(db)
    update_session(db, first.id, capacity=2)
    update_session(db, second.id, capacity=2)
    a, _b, _c = fill(db, first.id, ["Alfa", "Beta", "Gamma"])
    fill(db, second.id, ["Delta"])

    outcome = service.move_registration(db, a, second.id)  # one seat left there
    assert outcome.row.session_id == second.id
    assert outcome.row.status is CONFIRMED
    assert str(outcome.message) == (
        "Anna Alfa: iscrizione spostata alla sessione di lunedì 27 aprile 2026, posto "
        "confermato. Nella sessione di lunedì 20 aprile 2026 dalla lista d'attesa passa ai "
        "posti confermati: Anna Gamma."
    )
    assert states(db, practice.id, first.id) == [
        ("Beta", "confirmed", None),
        ("Gamma", "confirmed", None),
    ]

    beta = next(r for r in service.roster(db, practice.id, first.id) if r.surname == "Beta")
    moved = service.move_registration(db, beta.registration_id, second.id)  # now full
    assert (moved.row.status, moved.row.waiting_position) == (WAITING, 1)
    assert str(moved.message) == (
        "Anna Beta: iscrizione spostata alla sessione di lunedì 27 aprile 2026, al completo: "
        "in lista d'attesa n. 1."
    )
    assert [s.confirmed for s in service.seats(db, practice.id)] == [1, 2]


def test_move_refuses_other_practices_same_session_and_cancelled(db: Database) -> None:
    _practice, first, second = two_sessions(db)
    other = create_practice(db)
    elsewhere = add_candidate_date(db, other.id, at(0).date())
    (registration_id,) = fill(db, first.id, ["Rossi"])
    with pytest.raises(DomainError, match="è di un'altra pratica"):
        service.move_registration(db, registration_id, elsewhere.id)  # type: ignore[arg-type]
    with pytest.raises(DomainError, match="è già nella sessione di lunedì 20 aprile 2026"):
        service.move_registration(db, registration_id, first.id)  # type: ignore[arg-type]
    service.cancel_registration(db, registration_id)
    with pytest.raises(DomainError, match="è annullata: non si può spostare"):
        service.move_registration(db, registration_id, second.id)  # type: ignore[arg-type]


def test_move_onto_an_old_cancelled_registration_of_the_same_person(db: Database) -> None:
    practice, first, second = two_sessions(db)
    (registration_id,) = fill(db, first.id, ["Rossi"])
    (row,) = service.roster(db, practice.id, first.id)
    again = service.register(db, second.id, service.get_participant(db, row.participant_id))
    with pytest.raises(DomainError, match="ha già un'iscrizione alla sessione di lunedì 27"):
        service.move_registration(db, registration_id, second.id)  # type: ignore[arg-type]
    service.cancel_registration(db, again.row.registration_id)
    moved = service.move_registration(db, registration_id, second.id)  # type: ignore[arg-type]
    assert moved.row.status is CONFIRMED
    assert service.roster(db, practice.id, first.id) == []
    assert len(service.roster(db, practice.id, second.id)) == 1
