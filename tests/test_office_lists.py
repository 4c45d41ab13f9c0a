"""Lists as offices really send them: the whole name in one column, people who withdrew
hidden in the workbook, a form's consent and sign-up time, addresses pasted as links and
phone numbers with decimals.  Each file is written by :mod:`office_lists`, read as the
window and the command line read it, imported into the sample session (10 seats)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from office_lists import (
    CONTACTS,
    FORM_OPENED,
    NOME_E_COGNOME,
    NOMINATIVI,
    WITHDRAWN,
    libreoffice_contacts_csv,
    ms_forms_full_name_xlsx,
    nome_e_cognome_csv,
    nominativo_xlsx,
    withdrawn_hidden_ods,
    withdrawn_hidden_xls,
    withdrawn_hidden_xlsx,
)
from scheduling_helpers import sample

from exchange_desktop.domain.enums import RegistrationStatus
from exchange_desktop.domain.errors import DomainError
from exchange_desktop.domain.roster_rows import RosterEntry
from exchange_desktop.imports.spreadsheet import read_table
from exchange_desktop.services import roster as roster_service
from exchange_desktop.services.importing.import_mapping import apply_map_option, table_mapping
from exchange_desktop.services.importing.participant_import import (
    ImportChoices,
    import_rows,
    preview,
)
from exchange_desktop.storage.database import Database

pytestmark = pytest.mark.both_backends

CONFIRMED, WAITING = RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING


@pytest.fixture
def session(db: Database) -> tuple[int, int]:
    practice, session = sample(db)
    assert session.capacity == 10
    return practice.id, session.id  # type: ignore[return-value]


def entries(db: Database, session: tuple[int, int]) -> list[RosterEntry]:
    """The session's people in the order they signed up (the roster sorts the seats by name)."""
    people = roster_service.roster(db, *session)
    return sorted(people, key=lambda p: (p.registered_at, p.registration_id))


def test_nominativo_surname_first_split_by_capitals_and_particles(
    db: Database, session: tuple[int, int], tmp_path: Path
) -> None:
    table = read_table(nominativo_xlsx(tmp_path / "elenco desio.xlsx"))
    mapping = table_mapping(table)
    assert mapping[table.headers.index("Nominativo")] == "full_name"
    rows = preview(db, session[1], table, mapping)
    assert [(r.values["surname"], r.values["name"]) for r in rows] == [
        (surname, name) for _whole, surname, name, _ente, _role in NOMINATIVI
    ]
    assert all(r.status == "new" and r.split for r in rows)
    assert [r.row_number for r in rows] == list(range(4, 16))  # Excel's row numbers

    summary = import_rows(db, session[1], table, mapping)
    assert (summary.imported, summary.waiting) == (12, 2)
    people = entries(db, session)
    assert [(p.surname, p.name, p.organisation, p.role, p.email, p.status) for p in people] == [
        (
            surname,
            name,
            ente,
            role,
            f"{name}.{surname}".lower().replace("'", "").replace(" ", "") + "@comune.example.it",
            CONFIRMED if n < 10 else WAITING,
        )
        for n, (_whole, surname, name, ente, role) in enumerate(NOMINATIVI)
    ]
    assert [p.surname for p in people if p.status is WAITING] == ["Riva", "La Rosa"]


def test_a_guessed_split_is_noted_and_the_clerks_correction_is_imported(
    db: Database, session: tuple[int, int], tmp_path: Path
) -> None:
    table = read_table(nominativo_xlsx(tmp_path / "elenco.xlsx"))
    table.rows[0][1] = "Rossi Bianchi Ornella"  # a double surname, or two given names?
    mapping = table_mapping(table)
    first = preview(db, session[1], table, mapping)[0]
    assert (first.values["surname"], first.values["name"]) == ("Rossi", "Bianchi Ornella")
    assert "controllare" in str(first.notes) and "«Rossi Bianchi Ornella»" in str(first.notes)
    choices = ImportChoices(name_edits={4: ("Rossi Bianchi", "Ornella")})
    first = preview(db, session[1], table, mapping, choices)[0]
    assert (first.values["surname"], first.values["name"], first.notes) == (
        "Rossi Bianchi",
        "Ornella",
        None,
    )
    import_rows(db, session[1], table, mapping, choices=choices)
    assert (entries(db, session)[0].surname, entries(db, session)[0].name) == (
        "Rossi Bianchi",
        "Ornella",
    )


def test_map_option_splits_a_column_of_any_heading(
    db: Database, session: tuple[int, int], tmp_path: Path
) -> None:
    table = read_table(nominativo_xlsx(tmp_path / "elenco.xlsx"))
    table.headers[1] = "Dipendente"  # a heading no rule knows
    mapping = apply_map_option(table, table_mapping(table), "Cognome e nome=Dipendente")
    rows = preview(db, session[1], table, mapping)
    assert (rows[1].values["surname"], rows[1].values["name"]) == ("Di Stefano", "Anna Rita")
    with pytest.raises(DomainError, match="due volte"):
        preview(db, session[1], table, apply_map_option(table, mapping, "Cognome=Qualifica"))


def test_google_form_name_first_consent_and_time_order_the_waiting_list(
    db: Database, session: tuple[int, int], tmp_path: Path
) -> None:
    table = read_table(nome_e_cognome_csv(tmp_path / "risposte.csv"))
    mapping = table_mapping(table)
    assert sorted(name for name in mapping.values() if name) == [
        "email",
        "name_surname",
        "organisation",
        "privacy_consent",
        "registered_at",
    ]
    summary = import_rows(db, session[1], table, mapping)
    assert (summary.imported, summary.waiting) == (12, 2)
    by_time = sorted(NOME_E_COGNOME, key=lambda person: person[5])
    people = entries(db, session)
    assert [(p.surname, p.name, p.organisation, p.status) for p in people] == [
        (surname, name, ente, CONFIRMED if n < 10 else WAITING)
        for n, (_w, surname, name, ente, _c, _m) in enumerate(by_time)
    ]
    # The two who signed up last wait, whatever their place in the file.
    assert [(p.surname, p.waiting_position) for p in people if p.status is WAITING] == [
        ("Riva", 1),
        ("Van Acker", 2),
    ]
    consent = {p.surname: p.privacy_consent for p in people}
    assert consent == {s: c == "Acconsento" for _w, s, _n, _e, c, _m in NOME_E_COGNOME}
    first = next(p for p in people if p.surname == "Colombo")
    assert first.registered_at == FORM_OPENED + timedelta(minutes=2, seconds=2)
    assert first.privacy_consent_date == FORM_OPENED.date()


def test_ms_forms_full_name_completion_time_and_i_agree(
    db: Database, session: tuple[int, int], tmp_path: Path
) -> None:
    table = read_table(ms_forms_full_name_xlsx(tmp_path / "Form1.xlsx"))
    mapping = table_mapping(table)
    assert mapping[2] == "registered_at" and mapping[4] is None  # the account's name: never
    assert mapping[5] == "name_surname" and mapping[8] == "privacy_consent"
    import_rows(db, session[1], table, mapping)
    people = entries(db, session)
    assert [(p.surname, p.name, p.privacy_consent) for p in people] == [
        ("Colombo", "Giulia", True),  # 2 minutes: the first to finish the form
        ("D'Amico", "Paolo", False),
        ("Bianchi", "Luca", True),
        ("Di Stefano", "Anna Rita", True),
    ]


@pytest.mark.parametrize(
    ("writer", "suffix"),
    [
        (withdrawn_hidden_xlsx, ".xlsx"),
        (withdrawn_hidden_xls, ".xls"),
        (withdrawn_hidden_ods, ".ods"),
    ],
)
def test_hidden_rows_and_columns_are_not_imported_unless_ticked(
    db: Database, session: tuple[int, int], tmp_path: Path, writer: object, suffix: str
) -> None:
    table = read_table(writer(tmp_path / f"iscritti{suffix}"))  # type: ignore[operator]
    assert table.hidden_rows == {3, 6, 7}
    assert table.hidden_columns == {4}
    mapping = table_mapping(table)
    assert mapping[4] is None  # "Note interne", hidden: not even guessed
    rows = preview(db, session[1], table, mapping)
    assert [(r.values["surname"], r.status, r.hidden) for r in rows] == [
        (surname, "hidden" if hidden else "new", hidden) for surname, _n, _e, hidden in WITHDRAWN
    ]
    assert str(rows[1].reason).startswith("Nascosta nel file")
    summary = import_rows(db, session[1], table, mapping, choices=ImportChoices(hidden_rows={6}))
    assert summary.imported == 5
    assert [row for row, _why in summary.hidden] == [3, 7]
    assert [p.surname for p in entries(db, session)] == [
        "Bianchi",
        "D'Amico",
        "Fumagalli",
        "Riva",
        "Dal Molin",
    ]


def test_mailto_angle_brackets_phone_decimals_cleaned_domain_typos_noted(
    db: Database, session: tuple[int, int], tmp_path: Path
) -> None:
    table = read_table(libreoffice_contacts_csv(tmp_path / "contatti.csv"))
    mapping = table_mapping(table)
    rows = preview(db, session[1], table, mapping)
    assert [r.status for r in rows] == ["new"] * len(CONTACTS)
    assert [str(r.notes or "") for r in rows] == [
        "",
        "",
        "Email: il dominio «gmial.com» sembra scritto male (forse «gmail.com»?); "
        "importata così com'è.",
        "Email: il dominio «libero.ti» sembra scritto male (forse «libero.it»?); "
        "importata così com'è.",
        "",
    ]
    summary = import_rows(db, session[1], table, mapping)
    assert [n for n, _note in summary.notes] == [4, 5]
    people = entries(db, session)
    assert [(p.email, p.phone) for p in people] == [
        ("luca.bianchi@comune.desio.mb.it", "3471234567"),
        ("giulia.colombo@comune.desio.mb.it", "0362 392 1"),
        ("elisabetta.riva@gmial.com", "3389876543"),  # never changed silently
        ("benedetta.sala@libero.ti", "+393331112223"),
        ("pietro.mauri@comune.cantu.co.it", ""),
    ]


def test_a_list_of_only_nominativo_and_ente_is_found(
    db: Database, session: tuple[int, int], tmp_path: Path
) -> None:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Partecipante"])  # a title line, not the header
    sheet.append(["Nominativo", "Ente"])
    sheet.append(["VERDI Anna Maria", "Comune di Desio"])
    sheet.append(["Lo Iacono Pietro", "Comune di Seregno"])
    workbook.save(tmp_path / "breve.xlsx")
    table = read_table(tmp_path / "breve.xlsx")
    assert table.header_row == 2
    rows = preview(db, session[1], table, table_mapping(table))
    assert [(r.values["surname"], r.values["name"], r.values["organisation"]) for r in rows] == [
        ("Verdi", "Anna Maria", "Comune di Desio"),
        ("Lo Iacono", "Pietro", "Comune di Seregno"),
    ]
