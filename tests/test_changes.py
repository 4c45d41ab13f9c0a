"""Every committed write is announced once, with its areas and ids; a rollback says nothing."""

from __future__ import annotations

from datetime import date

import pytest
from roster_helpers import fill, person
from scheduling_helpers import ente, sample

from exchange_desktop.domain.changes import Area, Change
from exchange_desktop.domain.enums import ItemKind
from exchange_desktop.domain.errors import DomainError
from exchange_desktop.domain.programme import ProgrammeItem
from exchange_desktop.services.practices.catalogue import create_practice, update_practice
from exchange_desktop.services.practices.programme import add_item
from exchange_desktop.services.roster import registrations
from exchange_desktop.services.scheduling.sessions import confirm_date, update_session
from exchange_desktop.storage.database import Database

pytestmark = pytest.mark.both_backends


@pytest.fixture
def heard(db: Database) -> list[Change]:
    changes: list[Change] = []
    db.changes.subscribe(changes.append)
    return changes


def test_a_break_added_to_the_programme_names_the_practice(
    db: Database, heard: list[Change]
) -> None:
    practice, _session = sample(db)
    heard.clear()
    add_item(db, practice.id, ProgrammeItem(title="Pausa pranzo", kind=ItemKind.BREAK))
    assert heard == [Change(frozenset({Area.PROGRAMME}), frozenset({practice.id}))]


def test_a_session_edit_and_a_confirmation_name_session_and_practice(
    db: Database, heard: list[Change]
) -> None:
    practice, session = sample(db)
    heard.clear()
    update_session(db, session.id, capacity=12)
    confirm_date(db, session.id, date(2026, 4, 20))
    assert [c.areas for c in heard] == [frozenset({Area.SESSIONS})] * 2
    assert all(c.session_ids == {session.id} for c in heard)
    assert all(c.practice_ids == {practice.id} for c in heard)


def test_a_registration_names_session_and_registration_and_people(
    db: Database, heard: list[Change]
) -> None:
    _practice, session = sample(db)
    heard.clear()
    outcome = registrations.register(db, session.id, person("Rossi"))
    (change,) = heard
    assert {Area.REGISTRATIONS, Area.PARTICIPANTS} <= change.areas
    assert change.session_ids == {session.id}
    assert outcome.row.registration_id in change.registration_ids
    # a new person belongs to no practice: any practice's screens may show them
    assert change.may_concern_practice(12345)


def test_reading_and_a_refused_write_announce_nothing(db: Database, heard: list[Change]) -> None:
    practice = create_practice(db)
    heard.clear()
    with db.read() as orm:
        orm.get_bind()
    with pytest.raises(DomainError):
        update_practice(db, practice.id, title="x" * 100_000)
    with pytest.raises(RuntimeError), db.transaction() as orm:
        fill_in_transaction = orm  # a write, then a failure: rolled back
        del fill_in_transaction
        raise RuntimeError
    assert heard == []


def test_a_failing_listener_does_not_undo_the_commit(db: Database, heard: list[Change]) -> None:
    def broken(_change: Change) -> None:
        raise ValueError("listener bug")

    db.changes.subscribe(broken)
    practice = create_practice(db)
    assert [c.areas for c in heard] == [frozenset({Area.PRACTICE})]
    assert practice.id is not None


def test_unsubscribed_listeners_hear_no_more(db: Database) -> None:
    changes: list[Change] = []
    unsubscribe = db.changes.subscribe(changes.append)
    ente(db, "Comune di Desio")
    unsubscribe()
    ente(db, "Comune di Lissone")
    assert [c.areas for c in changes] == [frozenset({Area.ORGANISATIONS})]


def test_many_registrations_in_one_transaction_are_one_announcement(
    db: Database, heard: list[Change]
) -> None:
    _practice, session = sample(db)
    heard.clear()
    ids = fill(db, session.id, ["Rossi", "Bianchi", "Verdi"])
    (change,) = heard
    assert change.registration_ids == set(ids)
