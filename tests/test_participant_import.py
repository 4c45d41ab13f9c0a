"""Importing participants into a session: the column mapping, the preview (new, duplicate,
error), one transaction, the capacity rule, the Enti matched or added."""

from __future__ import annotations

import csv
import time
from pathlib import Path

import openpyxl
import pytest
from scheduling_helpers import ente, sample
from sqlalchemy import func, select

from exchange_desktop.domain.enums import RegistrationStatus, SessionStatus
from exchange_desktop.domain.errors import DomainError
from exchange_desktop.domain.roster import Participant
from exchange_desktop.imports.spreadsheet import ImportTable, read_table
from exchange_desktop.services import roster as roster_service
from exchange_desktop.services.importing.participant_import import (
    FIELDS,
    ImportSummary,
    field_label,
    guess_mapping,
    import_rows,
    preview,
)
from exchange_desktop.services.roster.organisations import list_organisations
from exchange_desktop.services.scheduling.sessions import update_session
from exchange_desktop.storage.database import Database
from exchange_desktop.storage.models import (
    OrganisationRow,
    ParticipantRow,
    RegistrationRow,
    SessionRow,
)

# The database matters here: every test runs on SQLite and on the PostgreSQL server.
pytestmark = pytest.mark.both_backends


HEADER = ["Informazioni cronologiche", "Cognome", "Nome", "Ente", "Email", "Codice fiscale"]
VALID_CF = "RSSMRA85T10A562S"


def table(rows: list[list[str]], header: list[str] | None = None) -> ImportTable:
    """A table as read from a sheet whose header is on row 1."""
    header = header or HEADER
    return ImportTable(header, [r + [""] * (len(header) - len(r)) for r in rows], "prova.xlsx")


def person(n: int, ente_name: str = "Comune di Lissone") -> list[str]:
    return ["01/03/2026 09:00", f"Cognome{n}", "Anna", ente_name, f"anna{n}@lissone.it", ""]


def counts(db: Database) -> tuple[int, int, int]:
    with db.read() as orm:
        return tuple(  # type: ignore[return-value]
            orm.scalar(select(func.count()).select_from(model)) or 0
            for model in (ParticipantRow, RegistrationRow, OrganisationRow)
        )


@pytest.fixture
def session_id(db: Database) -> int:
    _practice, session = sample(db)
    assert session.capacity == 10
    return session.id  # type: ignore[return-value]


def statuses(db: Database, session_id: int) -> list[tuple[str, RegistrationStatus]]:
    with db.read() as orm:
        rows = orm.execute(
            select(ParticipantRow.surname, RegistrationRow.status)
            .join(RegistrationRow, RegistrationRow.participant_id == ParticipantRow.id)
            .where(RegistrationRow.session_id == session_id)
            .order_by(RegistrationRow.id)
        ).all()
    return [(surname, status) for surname, status in rows]


# --- mapping ---------------------------------------------------------------------------------


def test_guess_mapping_italian_english_and_extra_columns() -> None:
    headers = [
        "Informazioni cronologiche",
        "Nome e cognome",
        "COGNOME",
        "Nome",
        "Comune di appartenenza",
        "E-mail",
        "Qualifica",
        "Cellulare",
        "C.F.",
        "Email address",  # a second email column: the first one wins
        "ID risposta",
    ]
    assert guess_mapping(headers) == {
        0: "registered_at",  # the form's time of sign-up orders the waiting list
        1: None,  # the whole name, unused beside separate Cognome and Nome
        2: "surname",
        3: "name",
        4: "organisation",
        5: "email",
        6: "role",
        7: "phone",
        8: "fiscal_code",
        9: None,
        10: None,
    }
    english = ["Last name", "First name", "Organization", "Job title", "Phone", "Tax code"]
    assert list(guess_mapping(english).values()) == [
        "surname",
        "name",
        "organisation",
        "role",
        "phone",
        "fiscal_code",
    ]


def test_field_labels_are_italian() -> None:
    assert [field_label(f) for f in FIELDS] == [
        "Cognome",
        "Nome",
        "Ente",
        "Email",
        "Ruolo",
        "Telefono",
        "Codice fiscale",
    ]


def test_a_mapping_without_surname_or_name_is_refused(db: Database, session_id: int) -> None:
    data = table([person(1)])
    with pytest.raises(DomainError, match="cognome"):
        preview(db, session_id, data, {1: None, 2: "name"})
    with pytest.raises(DomainError, match="nome"):
        import_rows(db, session_id, data, {1: "surname"})
    with pytest.raises(DomainError, match="entrambe"):
        preview(db, session_id, data, {1: "surname", 2: "name", 4: "name"})
    assert counts(db)[:2] == (0, 0)


# --- preview ---------------------------------------------------------------------------------


def test_preview_marks_new_duplicates_and_errors_with_excel_row_numbers(
    db: Database, session_id: int
) -> None:
    lissone = ente(db, "Comune di Lissone")
    roster_service.register(
        db,
        session_id,
        Participant(surname="Già", name="Iscritta", organisation_id=lissone, email="gia@x.it"),
    )
    rows = [
        person(1),
        ["", "Nuova", "Persona", "", "GIA@x.it", ""],  # same email as the registered person
        ["", "già", "ISCRITTA", "comune di lissone", "", ""],  # same name and Ente
        person(1),  # again, within the file
        ["", "", "Senza", "", "", ""],
        ["", "Bianchi", "Luca", "", "luca@", ""],
        ["", "Verdi", "Marta", "", "", "RSSMRA85T10A562X"],
        ["", "Neri", "Ugo", "", "", VALID_CF],
        ["01/03/2026", "", "", "", "", ""],  # only an unmapped cell: not a row to import
    ]
    data = ImportTable(HEADER, rows, "modulo.xlsx", [4, 5, 6, 8, 9, 10, 11, 12, 13], 3)

    result = preview(db, session_id, data, guess_mapping(HEADER))

    assert [(r.row_number, r.status) for r in result] == [
        (4, "new"),
        (5, "duplicate"),
        (6, "duplicate"),
        (8, "duplicate"),
        (9, "error"),
        (10, "error"),
        (11, "error"),
        (12, "new"),
    ]
    by_row = {r.row_number: str(r.reason or "") for r in result}  # the Italian text
    assert by_row[4] == ""  # a new row has no reason
    assert "Iscritta Già" in by_row[5] and "email" in by_row[5]
    assert "cognome, nome ed Ente" in by_row[6]
    assert "riga 4" in by_row[8]
    assert by_row[9] == "Manca il cognome."
    assert "Email" in by_row[10] and "non valido" in by_row[10]
    assert by_row[11].startswith("Codice fiscale non valido")
    assert result[-1].values["fiscal_code"] == VALID_CF
    assert result[0].values == {
        "surname": "Cognome1",
        "name": "Anna",
        "organisation": "Comune di Lissone",
        "email": "anna1@lissone.it",
        "fiscal_code": "",
        "registered_at": "01/03/2026 09:00:00",
    }
    assert counts(db) == (1, 1, 1)  # the preview writes nothing


def test_a_cancelled_registration_is_shown_and_not_signed_up_again_unless_chosen(
    db: Database, session_id: int
) -> None:
    outcome = roster_service.register(
        db, session_id, Participant(surname="Rossi", name="Anna", email="anna@x.it")
    )
    roster_service.cancel_registration(db, outcome.row.registration_id)
    data = table([["", "Rossi", "Anna", "", "anna@x.it", ""], person(1)])
    (cancelled, new) = preview(db, session_id, data, guess_mapping(HEADER))
    assert (cancelled.status, new.status) == ("cancelled", "new")
    assert str(cancelled.reason).startswith("Annullato in precedenza: Anna Rossi")

    summary = import_rows(db, session_id, data, guess_mapping(HEADER))
    assert (summary.imported, summary.reinstated, summary.cancelled) == (1, 0, [(2, "Anna Rossi")])
    assert statuses(db, session_id) == [
        ("Rossi", RegistrationStatus.CANCELLED),
        ("Cognome1", RegistrationStatus.CONFIRMED),
    ]

    again = import_rows(db, session_id, data, guess_mapping(HEADER), reinstate_rows={2})
    assert (again.imported, again.reinstated, again.duplicates) == (1, 1, 1)
    assert statuses(db, session_id)[0] == ("Rossi", RegistrationStatus.CONFIRMED)
    assert counts(db)[0] == 2  # the same person on file, not a new one


def test_include_cancelled_signs_them_all_up_again_in_the_file_order(
    db: Database, session_id: int
) -> None:
    for n in (1, 2):
        outcome = roster_service.register(
            db,
            session_id,
            Participant(surname=f"Cognome{n}", name="Anna", email=f"anna{n}@lissone.it"),
        )
        roster_service.cancel_registration(db, outcome.row.registration_id)
    rows = [person(n) for n in range(3, 12)] + [person(1), person(12), person(2)]
    summary = import_rows(
        db, session_id, table(rows), guess_mapping(HEADER), include_cancelled=True
    )
    assert (summary.imported, summary.waiting, summary.reinstated) == (12, 2, 2)
    rows = roster_service.roster(db, sample_practice_id(db, session_id), session_id)
    assert sorted((r.waiting_position, r.surname) for r in rows if r.waiting_position) == [
        (1, "Cognome12"),
        (2, "Cognome2"),
    ]


def test_preview_of_a_missing_session(db: Database) -> None:
    with pytest.raises(DomainError, match="non esiste"):
        preview(db, 999, table([person(1)]), guess_mapping(HEADER))


# --- import ----------------------------------------------------------------------------------


def test_twelve_rows_into_ten_seats(db: Database, session_id: int) -> None:
    summary = import_rows(
        db, session_id, table([person(n) for n in range(1, 13)]), guess_mapping(HEADER)
    )

    assert summary == ImportSummary(imported=12, waiting=2, duplicates=0, errors=[])
    result = statuses(db, session_id)
    assert result[:10] == [(f"Cognome{n}", RegistrationStatus.CONFIRMED) for n in range(1, 11)]
    assert result[10:] == [
        ("Cognome11", RegistrationStatus.WAITING),
        ("Cognome12", RegistrationStatus.WAITING),
    ]
    rows = roster_service.roster(db, sample_practice_id(db, session_id), session_id)
    assert [r.waiting_position for r in rows if r.status is RegistrationStatus.WAITING] == [1, 2]


def sample_practice_id(db: Database, session_id: int) -> int:
    with db.read() as orm:
        return orm.get(SessionRow, session_id).practice_id  # type: ignore[union-attr]


def test_bad_rows_leave_the_database_untouched(db: Database, session_id: int) -> None:
    ente(db, "Comune di Monza")
    before = counts(db)
    rows = [person(n, "Comune nuovo") for n in range(1, 8)]
    rows.insert(2, ["", "", "Anna", "", "", ""])
    rows.insert(5, ["", "Rossi", "Anna", "", "non-una-email", ""])

    with pytest.raises(DomainError) as caught:
        import_rows(db, session_id, table(rows), guess_mapping(HEADER))

    text = str(caught.value)
    assert "nessuna persona è stata aggiunta" in text
    assert "2 righe hanno errori" in text
    assert "Riga 4: Manca il cognome." in text
    assert "Riga 7:" in text
    assert counts(db) == before
    assert [o.name for o in list_organisations(db)] == ["Comune di Monza"]


def test_the_refusal_lists_the_first_errors_and_counts_the_rest(
    db: Database, session_id: int
) -> None:
    rows = [["", "", f"Nome{n}", "", "", ""] for n in range(8)]
    with pytest.raises(DomainError) as caught:
        import_rows(db, session_id, table(rows), guess_mapping(HEADER))
    text = str(caught.value)
    assert "Riga 6:" in text and "Riga 7:" not in text
    assert "(e altre 3 righe)" in text


def test_skip_invalid_imports_the_valid_rows_and_reports_the_others(
    db: Database, session_id: int
) -> None:
    rows = [person(1), ["", "", "Anna", "", "", ""], person(2), person(1)]

    summary = import_rows(db, session_id, table(rows), guess_mapping(HEADER), skip_invalid=True)

    assert (summary.imported, summary.waiting, summary.duplicates) == (2, 0, 1)
    assert [(row, str(why)) for row, why in summary.errors] == [(3, "Manca il cognome.")]
    assert [s for s, _status in statuses(db, session_id)] == ["Cognome1", "Cognome2"]


def test_duplicates_are_skipped_against_the_session_and_the_file(
    db: Database, session_id: int
) -> None:
    import_rows(db, session_id, table([person(1), person(2)]), guess_mapping(HEADER))

    again = [person(2), person(3), person(3), ["", "COGNOME1", "anna", "comune di lissone", "", ""]]
    summary = import_rows(db, session_id, table(again), guess_mapping(HEADER))

    assert summary == ImportSummary(imported=1, waiting=0, duplicates=3, errors=[])
    assert [s for s, _status in statuses(db, session_id)] == ["Cognome1", "Cognome2", "Cognome3"]


def test_enti_are_matched_without_case_or_accents_and_missing_ones_added_once(
    db: Database, session_id: int
) -> None:
    forli = ente(db, "Comune di Forlì")
    rows = [
        person(1, "COMUNE DI FORLI"),
        person(2, "  comune di  forlì "),
        person(3, "Unione Bassa Romagna"),
        person(4, "unione bassa romagna"),
        person(5, ""),
    ]

    import_rows(db, session_id, table(rows), guess_mapping(HEADER))

    organisations = list_organisations(db)
    assert [o.name for o in organisations] == ["Comune di Forlì", "Unione Bassa Romagna"]
    with db.read() as orm:
        ids = list(orm.scalars(select(ParticipantRow.organisation_id).order_by(ParticipantRow.id)))
    assert ids == [forli, forli, organisations[1].id, organisations[1].id, None]


def test_a_cancelled_session_takes_nobody(db: Database, session_id: int) -> None:
    update_session(db, session_id, status=SessionStatus.CANCELLED)
    with pytest.raises(DomainError, match="annullata"):
        import_rows(db, session_id, table([person(1)]), guess_mapping(HEADER))
    assert counts(db)[:2] == (0, 0)


def test_import_of_a_file_read_from_disk(db: Database, session_id: int, tmp_path: Path) -> None:
    path = tmp_path / "iscritti.csv"
    with path.open("w", newline="", encoding="cp1252") as stream:
        writer = csv.writer(stream, delimiter=";")
        writer.writerow(["Cognome", "Nome", "Ente", "Posta elettronica", "Ruolo"])
        writer.writerow(["Nicolò", "Agnès", "Comune di Forlì", "agnes@forli.it", "Istruttrice"])

    data = read_table(path)
    summary = import_rows(db, session_id, data, guess_mapping(data.headers))

    assert summary.imported == 1
    (row,) = roster_service.roster(db, sample_practice_id(db, session_id), session_id)
    assert (row.surname, row.name, row.organisation, row.role) == (
        "Nicolò",
        "Agnès",
        "Comune di Forlì",
        "Istruttrice",
    )


def test_speed_of_a_thousand_rows(db: Database, session_id: int, tmp_path: Path) -> None:
    """Prints the figures (``-s``); benchmarks/import_benchmark.py runs 10,000 rows."""
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet()
    sheet.append(HEADER)
    for n in range(1000):
        sheet.append(["", f"Cognome{n}", "Anna", f"Comune {n % 40}", f"p{n}@x.it", ""])
    path = tmp_path / "mille.xlsx"
    workbook.save(path)

    started = time.perf_counter()
    data = read_table(path)
    read_s = time.perf_counter() - started
    summary = import_rows(db, session_id, data, guess_mapping(data.headers))
    total_s = time.perf_counter() - started

    assert (summary.imported, summary.waiting) == (1000, 990)
    print(f"\n1,000 rows: read {read_s:.2f} s, read + import {total_s:.2f} s")


def test_the_bulk_import_counts_the_seats_already_taken_and_keeps_the_file_order(
    db: Database, session_id: int
) -> None:
    """Seats taken by hand and by an earlier import count; the queue follows the file's order
    and its first is the one promoted when a seat is freed."""
    by_hand = [
        roster_service.register(db, session_id, Participant(surname=f"Mano{n}", name="Luca"))
        for n in range(7)
    ]
    first = import_rows(db, session_id, table([person(1), person(2)]), guess_mapping(HEADER))
    second = import_rows(
        db, session_id, table([person(n) for n in (3, 4, 5)]), guess_mapping(HEADER)
    )

    assert (first.imported, first.waiting) == (2, 0)
    assert (second.imported, second.waiting) == (3, 2)
    result = statuses(db, session_id)
    assert result[7:] == [
        ("Cognome1", RegistrationStatus.CONFIRMED),
        ("Cognome2", RegistrationStatus.CONFIRMED),
        ("Cognome3", RegistrationStatus.CONFIRMED),
        ("Cognome4", RegistrationStatus.WAITING),
        ("Cognome5", RegistrationStatus.WAITING),
    ]
    rows = roster_service.roster(db, sample_practice_id(db, session_id), session_id)
    assert [(r.surname, r.waiting_position) for r in rows if r.waiting_position] == [
        ("Cognome4", 1),
        ("Cognome5", 2),
    ]
    outcome = roster_service.cancel_registration(db, by_hand[0].row.registration_id)
    assert outcome.promoted is not None
    assert outcome.promoted.surname == "Cognome4"


def test_the_bulk_rows_carry_their_author_time_and_ente(db: Database, session_id: int) -> None:
    """On the server the rows go in by COPY: each value as an INSERT would store it (the
    status by its value, the moments time-zone aware, the Ente's id, who wrote them)."""
    import_rows(db, session_id, table([person(n, "Comune di Vimercate") for n in (1, 2)]),
                guess_mapping(HEADER))  # fmt: skip

    with db.read() as orm:
        rows = orm.execute(
            select(ParticipantRow, RegistrationRow, OrganisationRow.name)
            .join(RegistrationRow, RegistrationRow.participant_id == ParticipantRow.id)
            .join(OrganisationRow, OrganisationRow.id == ParticipantRow.organisation_id)
            .where(RegistrationRow.session_id == session_id)
            .order_by(RegistrationRow.id)
        ).all()
        assert [(p.surname, p.email, name) for p, _r, name in rows] == [
            ("Cognome1", "anna1@lissone.it", "Comune di Vimercate"),
            ("Cognome2", "anna2@lissone.it", "Comune di Vimercate"),
        ]
        for participant, registration, _name in rows:
            assert participant.changed_by and participant.changed_by == registration.changed_by
            assert participant.changed_at is not None and registration.changed_at is not None
            assert registration.status is RegistrationStatus.CONFIRMED
        assert [r.registered_at for _p, r, _n in rows] == sorted(
            r.registered_at for _p, r, _n in rows
        )
