"""The sign-up sheets an office receives (tests/forms_samples.py), through the service and
the command line: each imports exactly the people it holds, 10 seats and the rest waiting."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from cli_helpers import run_failing, run_ok
from forms_samples import (
    PEOPLE,
    custom_questions_xlsx,
    excel_list_with_totals,
    google_forms_csv,
    ms_forms_xlsx,
    multi_sheet_xlsx,
)
from scheduling_helpers import sample

from exchange_desktop.domain.enums import RegistrationStatus
from exchange_desktop.imports.row_labels import not_a_person
from exchange_desktop.imports.spreadsheet import read_table
from exchange_desktop.services import roster as roster_service
from exchange_desktop.services.importing.participant_import import (
    import_rows,
    preview,
    table_mapping,
)
from exchange_desktop.storage.database import Database, open_database


def english_forms(path: Path) -> Path:
    return ms_forms_xlsx(path, english=True)


SAMPLES: dict[str, tuple[Callable[[Path], Path], str]] = {
    "ms-forms-it": (ms_forms_xlsx, "modulo.xlsx"),
    "ms-forms-en": (english_forms, "form.xlsx"),
    "google-forms": (google_forms_csv, "risposte.csv"),
    "excel-totals": (excel_list_with_totals, "elenco.xlsx"),
}


def expected_people() -> dict[str, tuple[str, str, str]]:
    return {p.surname: (p.name, p.ente, p.email) for p in PEOPLE}


@pytest.mark.both_backends  # one run of this export on the server too
@pytest.mark.parametrize("kind", list(SAMPLES))
def test_each_sheet_imports_exactly_its_people(db: Database, tmp_path: Path, kind: str) -> None:
    practice, session = sample(db)
    assert session.capacity == 10
    make, name = SAMPLES[kind]
    table = read_table(make(tmp_path / name))

    summary = import_rows(db, session.id, table, table_mapping(table))  # type: ignore[arg-type]

    assert (summary.imported, summary.waiting, summary.errors) == (13, 3, [])
    rows = roster_service.roster(db, practice.id, session.id)  # type: ignore[arg-type]
    assert {r.surname: (r.name, r.organisation, r.email) for r in rows} == expected_people()
    waiting = sorted((r.waiting_position, r.surname) for r in rows if r.waiting_position)
    assert waiting == [(1, "Cazzaniga"), (2, "Motta"), (3, "De Luca")]
    confirmed = [r for r in rows if r.status is RegistrationStatus.CONFIRMED]
    assert len(confirmed) == 10
    if kind == "excel-totals":
        assert [n for n, _why in summary.not_people] == [18, 19, 20, 21]
    else:
        assert summary.not_people == []


def test_ms_forms_account_columns_lose_to_the_answers(db: Database, tmp_path: Path) -> None:
    table = read_table(ms_forms_xlsx(tmp_path / "modulo.xlsx"))
    mapping = table_mapping(table)
    assert [table.headers[i] for i in sorted(mapping) if mapping[i]] == [
        "Ora di completamento",  # the time of sign-up: it orders the waiting list
        "Nome",  # the question (column G), not the account's display name (column E)
        "Cognome",
        "Ente di appartenenza",
        "Indirizzo email istituzionale",
        "Profilo professionale",
        "Acconsento al trattamento dei dati personali",  # into the privacy consent
    ]
    assert mapping[6] == "name" and mapping[3] is None and mapping[4] is None


def test_the_account_email_is_used_when_no_question_asks_for_one(tmp_path: Path) -> None:
    table = read_table(custom_questions_xlsx(tmp_path / "form.xlsx"))
    mapping = table_mapping(table)
    assert mapping[3] is None  # "Email" holds only "anonymous": absent
    table.rows[0][3] = "niccolo.bernasconi@comune.example.it"
    assert table_mapping(table)[3] == "email"


@pytest.mark.parametrize(
    ("surname", "name", "cells", "verdict"),
    [
        ("Totale iscritti 13", "", [], "totale"),
        ("Tot.", "13", [], "totale"),
        ("TOTALI", "", [], "totale"),
        ("Total", "", [], "totale"),
        ("13", "", [], "cifre"),
        ("13", "13", [], "cifre"),
        ("", "", ["Somma", "", ""], "totale"),
        ("Somma", "Anna", [], None),  # an Italian surname
        ("Totaro", "Luca", [], None),
        ("", "", ["", "13"], None),  # no names: an error, as before
        ("", "", ["@SUM(1)", "=SOMMA(B2:B9)"], None),  # a formula's text
    ],
)
def test_rows_that_are_not_people(
    surname: str, name: str, cells: list[str], verdict: str | None
) -> None:
    reason = not_a_person(surname, name, cells)
    assert (reason is None) == (verdict is None)
    if verdict:
        assert reason.startswith("Non è una persona") and verdict in reason  # type: ignore[union-attr]


def test_the_preview_of_a_totals_row_says_not_a_person(db: Database, tmp_path: Path) -> None:
    _practice, session = sample(db)
    table = read_table(excel_list_with_totals(tmp_path / "elenco.xlsx"))
    rows = preview(db, session.id, table, table_mapping(table))  # type: ignore[arg-type]
    assert [(r.row_number, r.status) for r in rows[-4:]] == [
        (18, "not_person"),
        (19, "not_person"),
        (20, "not_person"),
        (21, "not_person"),
    ]
    assert str(rows[-4].reason) == "Non è una persona: è una riga di totale."


# --- the command line ------------------------------------------------------------------------


@pytest.fixture
def db_file(db_location: str | Path, capsys: pytest.CaptureFixture[str]) -> str | Path:
    path = db_location  # a file, or a database on the test server
    run_ok(["sample", "--db", str(path)], capsys)
    return path


def roster_json(db_file: Path, capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    return json.loads(run_ok(["roster", "--db", str(db_file), "--session", "1", "--json"], capsys))


def importing(db_file: Path, *args: str) -> list[str]:
    return ["import-participants", "--db", str(db_file), "--session", "1", *args]


@pytest.mark.parametrize("kind", list(SAMPLES))
def test_cli_imports_each_sheet(
    db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    make, name = SAMPLES[kind]
    out = run_ok(importing(db_file, str(make(tmp_path / name))), capsys).splitlines()
    assert out[:3] == [
        "Importati: 13 (10 confermati, 3 in lista d'attesa)",
        "Doppioni saltati: 0",
        "Righe con errori saltate: 0",
    ]
    if kind == "excel-totals":
        assert out[3:] == [
            "Righe che non sono persone, saltate: 4",
            "  riga 18: Non è una persona: è una riga di totale.",
            "  riga 19: Non è una persona: è una riga di totale.",
            "  riga 20: Non è una persona: al posto del nome ci sono solo cifre.",
            "  riga 21: Non è una persona: è una riga di totale.",
        ]
    rows = roster_json(db_file, capsys)
    assert sorted(str(r["surname"]) for r in rows) == sorted(p.surname for p in PEOPLE)
    assert [r["status"] for r in rows].count("waiting") == 3


def test_cli_map_names_the_columns_no_rule_knows(
    db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = str(custom_questions_xlsx(tmp_path / "form.xlsx"))
    err = run_failing(importing(db_file, source), capsys, 1)
    assert "cognome" in err
    mapping = "Cognome=Your family name,Ente=Which municipality do you work for?"
    out = run_ok(importing(db_file, "--map", mapping, source), capsys)
    assert out.startswith("Importati: 13 (10 confermati, 3 in lista d'attesa)\n")
    assert {r["organisation"] for r in roster_json(db_file, capsys)} >= {"Comune di Cantù"}


@pytest.mark.parametrize(
    ("mapping", "needle"),
    [
        ("Cognome=Family", "non c'è la colonna «Family»"),
        ("Colore=Your family name", "«Colore» non è un campo"),
        ("Cognome", "CAMPO=COLONNA"),
    ],
)
def test_cli_map_mistakes_are_one_line(
    db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], mapping: str, needle: str
) -> None:
    source = str(custom_questions_xlsx(tmp_path / "form.xlsx"))
    assert needle in run_failing(importing(db_file, "--map", mapping, source), capsys, 1)
    assert roster_json(db_file, capsys) == []


def test_cli_map_picks_the_answer_of_two_columns_of_the_same_name(
    db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = str(ms_forms_xlsx(tmp_path / "modulo.xlsx"))
    out = run_ok(importing(db_file, "--map", "Nome=Nome,-=Profilo professionale", source), capsys)
    assert out.startswith("Importati: 13 ")
    rows = roster_json(db_file, capsys)
    assert {r["name"] for r in rows} == {p.name for p in PEOPLE}
    assert {r["role"] for r in rows} == {""}


def test_cli_sheet_chooses_the_worksheet(
    db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = str(multi_sheet_xlsx(tmp_path / "date.xlsx"))
    err = run_failing(importing(db_file, "--sheet", "4 maggio", source), capsys, 1)
    assert "non c'è un foglio di nome «4 maggio»: ci sono «20 aprile», «27 aprile»" in err
    out = run_ok(importing(db_file, "--sheet", "27 APRILE", source), capsys)
    assert out.startswith("Importati: 13 (10 confermati, 3 in lista d'attesa)\n")


def test_cli_re_import_leaves_the_cancelled_out_unless_asked(
    db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = str(ms_forms_xlsx(tmp_path / "modulo.xlsx"))
    run_ok(importing(db_file, source), capsys)
    rows = roster_json(db_file, capsys)
    bernasconi = next(r for r in rows if r["surname"] == "Bernasconi")
    db = open_database(db_file)
    try:
        roster_service.cancel_registration(db, int(bernasconi["registration_id"]))  # type: ignore[arg-type]
    finally:
        db.close()

    out = run_ok(importing(db_file, source), capsys).splitlines()
    assert out[0] == "Importati: 0 (0 confermati, 0 in lista d'attesa)"
    assert out[1] == "Doppioni saltati: 12"
    assert out[-2:] == [
        "Annullati in precedenza, non iscritti di nuovo (--include-cancelled per iscriverli): 1",
        "  riga 2: Niccolò Bernasconi",
    ]
    out = run_ok(importing(db_file, "--include-cancelled", source), capsys).splitlines()
    assert out[:2] == [
        "Importati: 1 (0 confermati, 1 in lista d'attesa)",
        "  di cui annullati in precedenza e iscritti di nuovo: 1",
    ]
