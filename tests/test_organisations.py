"""The Enti aderenti: one shared list, in dictionary order, without twins."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from exchange_desktop.domain.enums import AvailabilityAnswer
from exchange_desktop.domain.errors import DomainError, NotFoundError, ValidationError
from exchange_desktop.domain.roster import Organisation
from exchange_desktop.services.practices.sample import load_sample
from exchange_desktop.services.roster import organisations as service
from exchange_desktop.services.scheduling.availability import availability_matrix, set_availability
from exchange_desktop.storage.database import Database
from exchange_desktop.storage.models import AvailabilityRow, ParticipantRow

# The database matters here: every test runs on SQLite and on the PostgreSQL server.
pytestmark = pytest.mark.both_backends


def add(db: Database, name: str, **fields: str) -> Organisation:
    return service.add_organisation(db, Organisation(name=name, **fields))


def names(db: Database) -> list[str]:
    return [o.name for o in service.list_organisations(db)]


def test_add_trims_the_name_and_keeps_the_contacts(db: Database) -> None:
    added = add(
        db,
        "  Comune di   Sesto San Giovanni ",
        kind="Comune",
        pec=" protocollo@pec.sestosg.net ",
        email="partecipazione@sestosg.net",
        contact_name="Giulia  Bianchi",
        phone="02 2496 1",
    )
    assert added.id is not None
    assert added.name == "Comune di Sesto San Giovanni"
    assert added.pec == "protocollo@pec.sestosg.net"
    assert added.contact_name == "Giulia Bianchi"
    assert service.get_organisation(db, added.id) == added


def test_list_is_sorted_without_regard_to_case_or_accents(db: Database) -> None:
    for name in ("Unione dei Comuni Lombarda", "comune di Lissone", "Comune di Forlì", "ASST"):
        add(db, name)
    assert names(db) == [
        "ASST",
        "Comune di Forlì",
        "comune di Lissone",
        "Unione dei Comuni Lombarda",
    ]


@pytest.mark.parametrize("twin", ["COMUNE DI FORLI", "comune di forlì", " Comune  di Forlì "])
def test_the_same_ente_cannot_be_added_twice(db: Database, twin: str) -> None:
    first = add(db, "Comune di Forlì")
    with pytest.raises(DomainError) as caught:
        add(db, twin)
    assert str(caught.value) == f"L'Ente «Comune di Forlì» è già nell'elenco (n. {first.id})."
    assert names(db) == ["Comune di Forlì"]


def test_invalid_ente_is_refused(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        add(db, "   ", email="non-un-indirizzo")
    assert set(caught.value.errors) == {"name", "email"}
    assert names(db) == []


def test_update_changes_fields_and_checks_twins_except_itself(db: Database) -> None:
    lissone = add(db, "Comune di Lissone")
    add(db, "Comune di Seregno")
    updated = service.update_organisation(db, lissone.id, name="COMUNE DI LISSONE ", email="a@b.it")
    assert (updated.name, updated.email) == ("COMUNE DI LISSONE", "a@b.it")
    with pytest.raises(DomainError):
        service.update_organisation(db, lissone.id, name="comune di seregno")
    with pytest.raises(ValidationError):
        service.update_organisation(db, lissone.id, pec="pec@")
    with pytest.raises(KeyError):
        service.update_organisation(db, lissone.id, id=7)
    assert service.get_organisation(db, lissone.id) == updated


def test_delete_takes_the_availability_answers_with_it(db: Database) -> None:
    practice = load_sample(db)
    ente = add(db, "Comune di Lissone")
    candidate = availability_matrix(db, practice.id).candidates[0]
    set_availability(db, ente.id, candidate.id, AvailabilityAnswer.YES)
    service.delete_organisation(db, ente.id)
    assert names(db) == []
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(AvailabilityRow)) == 0


@pytest.mark.parametrize(
    ("people", "text"),
    [
        (1, "1 partecipante vi appartiene"),
        (3, "3 partecipanti vi appartengono"),
    ],
)
def test_delete_is_refused_while_people_belong_to_it(db: Database, people: int, text: str) -> None:
    ente = add(db, "Comune di Lissone")
    with db.transaction() as session:
        for number in range(people):
            session.add(
                ParticipantRow(surname=f"Rossi {number}", name="Anna", organisation_id=ente.id)
            )
    with pytest.raises(DomainError) as caught:
        service.delete_organisation(db, ente.id)
    assert text in str(caught.value)
    assert "Comune di Lissone" in str(caught.value)
    assert names(db) == ["Comune di Lissone"]


@pytest.mark.parametrize(
    "action",
    [
        lambda db: service.get_organisation(db, 99),
        lambda db: service.update_organisation(db, 99, name="x"),
        lambda db: service.delete_organisation(db, 99),
    ],
    ids=["get", "update", "delete"],
)
def test_missing_ente_is_not_found(db: Database, action) -> None:
    with pytest.raises(NotFoundError) as caught:
        action(db)
    assert str(caught.value) == "L'Ente n. 99 non esiste."
