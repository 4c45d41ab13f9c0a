"""Services on a real database: the practices and the sample of the Comune di Monza."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from exchange_desktop.domain.enums import (
    CandidateStatus,
    ItemKind,
    Modality,
    RegistrationStatus,
    SchedulingMode,
    SessionStatus,
    TransferMode,
)
from exchange_desktop.domain.errors import DomainError, NotFoundError, ValidationError
from exchange_desktop.domain.practice import DEFAULT_DATES_NOTE, Practice
from exchange_desktop.services.practices import catalogue as service
from exchange_desktop.services.practices.sample import load_sample, sample_path
from exchange_desktop.services.scheduling.sessions import list_sessions
from exchange_desktop.storage.database import Database
from exchange_desktop.storage.models import (
    CandidateDateRow,
    OrganisationRow,
    ParticipantRow,
    PracticeRow,
    ProgrammeItemRow,
    RegistrationRow,
    SessionRow,
)

# The database matters here: every test runs on SQLite and on the PostgreSQL server.
pytestmark = pytest.mark.both_backends


SAMPLE_TITLE = (
    "Patti di Cittadinanza: interventi e progettualità su scala quartiere frutto di "
    "co-progettazione tra Comune, cittadini e stakeholders territoriali."
)
#: The six topics of the form's "Programma del Corso", bold part and plain part.
FORM_TOPICS = [
    (
        "Organismi partecipativi comunali",
        "cosa sono, chi può farne parte, come interagiscono con il Comune.",
    ),
    (
        "Partecipazione vs. rappresentanza – il ruolo degli organismi partecipativi e quello "
        "del Comune nel processo di attivazione della cittadinanza.",
        "",
    ),
    ("Strumenti di progettazione condivisa", "individuazione obiettivi e regolamentazione."),
    ("Strumenti di progettazione condivisa", "dialogo, supporto e gestione dei processi."),
    (
        "I Patti di Cittadinanza",
        "istanze su base quartiere, come supportare la trasformazione di idee in macro-proiezioni.",
    ),
    (
        "I Patti di Cittadinanza",
        "affiancamento nella realizzazione, co-valutazione e rendicontazione pubblica "
        "dell'impatto.",
    ),
]


def programme_of(db: Database, practice_id: int) -> list[tuple[ItemKind, str, str]]:
    with db.transaction() as session:
        rows = session.scalars(
            select(ProgrammeItemRow)
            .where(ProgrammeItemRow.practice_id == practice_id)
            .order_by(ProgrammeItemRow.position)
        ).all()
        return [(row.kind, row.title, row.text) for row in rows]


def count(db: Database, row_class: type) -> int:
    with db.transaction() as session:
        return session.scalar(select(func.count()).select_from(row_class)) or 0


def register(db: Database, session_id: int, people: int) -> None:
    with db.transaction() as session:
        organisation = OrganisationRow(name="Comune di Lecco")
        session.add(organisation)
        session.flush()
        for number in range(people):
            participant = ParticipantRow(
                surname=f"Rossi {number}", name="Anna", organisation_id=organisation.id
            )
            session.add(participant)
            session.flush()
            session.add(
                RegistrationRow(
                    participant_id=participant.id,
                    session_id=session_id,
                    status=RegistrationStatus.CONFIRMED,
                    registered_at=datetime(2026, 4, 1, 9, number),
                )
            )


# --- practices ------------------------------------------------------------------------------


def test_create_without_data_gives_an_empty_form_called_nuova_pratica(db: Database) -> None:
    created = service.create_practice(db)
    assert created.id is not None
    assert created.title == "Nuova pratica"
    assert created.dates_note == DEFAULT_DATES_NOTE
    assert created.created_at == created.updated_at
    assert service.get_practice(db, created.id) == created


def test_create_cleans_profiles_and_refuses_invalid_data(db: Database) -> None:
    created = service.create_practice(
        db, Practice(title="Patti", profiles=[" Tecnici ", "tecnici", "", "Legali"])
    )
    assert service.get_practice(db, created.id).profiles == ["Tecnici", "Legali"]
    with pytest.raises(ValidationError) as caught:
        service.create_practice(db, Practice(title="  ", max_participants=0))
    assert set(caught.value.errors) == {"title", "max_participants"}
    assert service.count_practices(db) == 1


def test_list_shows_id_title_and_host_most_recently_edited_first(db: Database) -> None:
    first = service.create_practice(db, Practice(title="Prima", host_comune="Comune di Lodi"))
    second = service.create_practice(db, Practice(title="Seconda", host_comune="Comune di Como"))
    listed = service.list_practices(db)
    assert [(p.id, p.title, p.host) for p in listed] == [
        (second.id, "Seconda", "Comune di Como"),
        (first.id, "Prima", "Comune di Lodi"),
    ]
    assert all(isinstance(p.updated_at, datetime) for p in listed)
    assert service.count_practices(db) == 2


def test_update_changes_only_the_given_fields_and_keeps_them(db: Database) -> None:
    created = service.create_practice(db, Practice(title="Patti", office="Servizio Giovani"))
    updated = service.update_practice(
        db,
        created.id,
        title="Patti di quartiere",
        max_participants=25,
        transfer_mode=TransferMode.WORKSHOP,
        profiles=["  Educatori ", "EDUCATORI"],
    )
    assert updated == service.get_practice(db, created.id)
    assert (updated.title, updated.max_participants) == ("Patti di quartiere", 25)
    assert updated.transfer_mode is TransferMode.WORKSHOP
    assert updated.profiles == ["Educatori"]
    assert updated.office == "Servizio Giovani"
    assert updated.created_at == created.created_at
    assert updated.updated_at >= created.updated_at


@pytest.mark.parametrize(
    "changes",
    [
        {"title": "   "},
        {"title": "x" * 10_000},
        {"max_participants": 1000},
        {"max_participants": True},
        {"duration_days": 0},
        {"contact_email": "mario@comune"},
        {"office": "Ufficio\x00Tecnico"},
        {"title": "Nuovo titolo valido", "contact_email": "non un indirizzo"},
    ],
    ids=",".join,
)
def test_invalid_update_leaves_the_database_untouched(
    db: Database, changes: dict[str, object]
) -> None:
    practice = load_sample(db)
    before = service.get_practice(db, practice.id)
    with pytest.raises(ValidationError):
        service.update_practice(db, practice.id, **changes)
    assert service.get_practice(db, practice.id) == before


def test_update_of_an_unknown_field_is_a_programming_error(db: Database) -> None:
    created = service.create_practice(db)
    with pytest.raises(KeyError):
        service.update_practice(db, created.id, id=99)
    assert service.get_practice(db, created.id) == created


def test_duplicate_copies_fields_and_programme_but_not_sessions(db: Database) -> None:
    source = load_sample(db)
    copy = service.duplicate_practice(db, source.id)
    assert copy.id != source.id
    assert copy.title == SAMPLE_TITLE + " (copia)"
    skip = {"id", "title", "created_at", "updated_at"}
    for field in dataclasses.fields(Practice):
        if field.name not in skip:
            assert getattr(copy, field.name) == getattr(source, field.name), field.name
    assert programme_of(db, copy.id) == programme_of(db, source.id)
    assert list_sessions(db, copy.id) == []
    assert len(list_sessions(db, source.id)) == 1
    assert service.count_practices(db) == 2


def test_duplicate_of_a_longest_title_stays_within_the_limit(db: Database) -> None:
    created = service.create_practice(db, Practice(title="T" * 300))
    copy = service.duplicate_practice(db, created.id)
    assert len(copy.title) == 300
    assert copy.title.endswith(" (copia)")


def test_practice_usage_counts_sessions_and_registrations(db: Database) -> None:
    practice = load_sample(db)
    other = load_sample(db)
    (session,) = list_sessions(db, practice.id)
    register(db, session.id, people=3)
    assert service.practice_usage(db, practice.id) == service.PracticeUsage(1, 3)
    assert service.practice_usage(db, other.id) == service.PracticeUsage(1, 0)
    empty = service.create_practice(db)
    assert service.practice_usage(db, empty.id) == service.PracticeUsage(0, 0)


def test_delete_takes_programme_sessions_dates_and_registrations_not_people(
    db: Database,
) -> None:
    practice = load_sample(db)
    kept = load_sample(db)
    (session,) = list_sessions(db, practice.id)
    register(db, session.id, people=2)

    service.delete_practice(db, practice.id)

    with pytest.raises(NotFoundError):
        service.get_practice(db, practice.id)
    assert [p.id for p in service.list_practices(db)] == [kept.id]
    assert count(db, ProgrammeItemRow) == 6
    assert count(db, SessionRow) == 1
    assert count(db, CandidateDateRow) == 2
    assert count(db, RegistrationRow) == 0
    assert count(db, ParticipantRow) == 2
    assert count(db, OrganisationRow) == 1


@pytest.mark.parametrize(
    "action",
    [
        lambda db: service.get_practice(db, 4242),
        lambda db: service.update_practice(db, 4242, title="x"),
        lambda db: service.duplicate_practice(db, 4242),
        lambda db: service.practice_usage(db, 4242),
        lambda db: service.delete_practice(db, 4242),
    ],
    ids=["get", "update", "duplicate", "usage", "delete"],
)
def test_missing_practice_raises_not_found(db: Database, action) -> None:
    service.create_practice(db)
    with pytest.raises(NotFoundError) as caught:
        action(db)
    assert str(caught.value) == "La pratica n. 4242 non esiste."
    assert service.count_practices(db) == 1


# --- the sample -------------------------------------------------------------------------------


def test_sample_describes_the_host_as_on_the_form(db: Database) -> None:
    practice = service.get_practice(db, load_sample(db).id)
    assert practice.host_comune == "Comune di Monza"
    assert practice.sector == "Settore Partecipazione, Politiche Abitative, Sport"
    assert practice.office == "Servizio Partecipazione, Giovani e Pari Opportunità"
    assert practice.title == SAMPLE_TITLE
    assert practice.description.startswith(
        "Il Comune di Monza mette a disposizione degli organismi partecipativi"
    )
    assert practice.aim.startswith("Il progetto di scambio è concepito per condividere")
    assert practice.transfer_mode is TransferMode.EITHER
    assert practice.transfer_notes.startswith("Il trasferimento delle competenze potrà avvenire")


def test_sample_has_capacity_profiles_duration_and_dates_note_of_the_form(db: Database) -> None:
    practice = service.get_practice(db, load_sample(db).id)
    assert practice.max_participants == 10
    assert practice.profiles == ["Personale amministrativo", "Progettisti di interventi sociali"]
    assert practice.duration_days == 1
    assert practice.scheduling_mode is SchedulingMode.ALTERNATIVE
    assert practice.dates_note == (
        "Le date possono essere soggette a modifiche in base alla disponibilità dell'Ente "
        "ospitante e degli Enti aderenti."
    )


def test_sample_programme_has_the_six_topics_of_the_form_in_order(db: Database) -> None:
    practice = load_sample(db)
    expected = [(ItemKind.TOPIC, title, text) for title, text in FORM_TOPICS]
    assert programme_of(db, practice.id) == expected


def test_sample_dates_are_two_candidates_of_one_session(db: Database) -> None:
    practice = load_sample(db)
    (session,) = list_sessions(db, practice.id)
    assert [c.day for c in session.candidate_dates] == [date(2026, 4, 20), date(2026, 4, 27)]
    assert all(c.status is CandidateStatus.CANDIDATE for c in session.candidate_dates)
    assert session.status is SessionStatus.PROPOSED
    assert session.capacity == 10
    assert session.modality is Modality.IN_PERSON
    assert session.confirmed_day is None


def test_loading_the_sample_twice_gives_two_practices(db: Database) -> None:
    first = load_sample(db)
    second = load_sample(db)
    assert first.id != second.id
    assert service.count_practices(db) == 2
    assert count(db, SessionRow) == 2
    assert count(db, ProgrammeItemRow) == 12
    assert {p.title for p in service.list_practices(db)} == {SAMPLE_TITLE}


def test_shipped_sample_file_is_not_modified_by_loading(db: Database) -> None:
    before = hashlib.sha256(sample_path().read_bytes()).hexdigest()
    load_sample(db)
    assert hashlib.sha256(sample_path().read_bytes()).hexdigest() == before


@pytest.mark.parametrize(
    "content",
    [b"", b"{not json", json.dumps({"format": "qualcos'altro"}).encode(), b"\xff\xfe\x00"],
    ids=["empty", "broken", "wrong-format", "not-utf8"],
)
def test_unreadable_sample_file_raises_domain_error_and_writes_nothing(
    db: Database, tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "esempio.json"
    path.write_bytes(content)
    with pytest.raises(DomainError) as caught:
        load_sample(db, path)
    assert "esempio.json" in str(caught.value)
    assert count(db, PracticeRow) == 0


def test_sample_with_invalid_practice_writes_nothing(db: Database, tmp_path: Path) -> None:
    data = json.loads(sample_path().read_text(encoding="utf-8"))
    data["practice"]["max_participants"] = 0
    path = tmp_path / "esempio.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValidationError):
        load_sample(db, path)
    assert count(db, PracticeRow) == 0
    assert count(db, SessionRow) == 0
