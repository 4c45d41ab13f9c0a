"""The optional-use consents of a sign-up form (photos and videos of the day, being contacted
again), beside the privacy consent: read from a Comune's form export written by
:mod:`office_lists`, stored (None when not asked), shown by ``roster --json``, in the
personal-data export and, when asked for, in the Excel roster."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
from cli_helpers import run_ok
from office_lists import (
    CONTACT_QUESTION,
    MEDIA_QUESTION,
    OPTIONAL_CONSENTS,
    PRIVACY_QUESTION,
    optional_consents_csv,
)
from roster_helpers import fill

from exchange_desktop.cli.main import run
from exchange_desktop.imports.extra_columns import extra_field_for_header
from exchange_desktop.imports.spreadsheet import read_table
from exchange_desktop.services import roster as roster_service
from exchange_desktop.services.documents.roster_columns import DEFAULT_ROSTER_COLUMNS
from exchange_desktop.services.documents.roster_export import export_roster_xlsx
from exchange_desktop.services.importing.import_mapping import table_mapping
from exchange_desktop.services.importing.participant_import import preview
from exchange_desktop.storage.database import open_database

pytestmark = pytest.mark.both_backends

#: What each answer of the sample is stored as: "Forse" and an empty answer for a question
#: asked are both read; the first says neither (None, noted), the second is a no.
EXPECTED = {
    "Colombo": (True, True, True),
    "Bianchi": (True, False, False),
    "Di Stefano": (True, True, False),
    "Riva": (True, None, True),
    "La Rosa": (False, False, False),
}


@pytest.mark.parametrize(
    ("heading", "field"),
    [
        (PRIVACY_QUESTION, "privacy_consent"),
        (MEDIA_QUESTION, "consent_media"),
        (CONTACT_QUESTION, "consent_contact"),
        ("Consenso all'utilizzo delle immagini (foto e riprese video)", "consent_media"),
        ("Acconsento a essere contattato per i prossimi scambi", "consent_contact"),
        ("Liberatoria per l'uso di foto e riprese video", "consent_media"),
        ("I agree to the processing of my personal data", "privacy_consent"),
        ("I agree to photos and videos of the day being published", "consent_media"),
        ("I agree to be contacted about future exchanges", "consent_contact"),
    ],
)
def test_the_consent_questions_are_told_apart(heading: str, field: str) -> None:
    assert extra_field_for_header(heading) == field


@pytest.fixture
def source(tmp_path: Path) -> Path:
    return optional_consents_csv(tmp_path / "iscrizioni.csv")


@pytest.fixture
def imported(db_location: str | Path, source: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """The sample's file with the form imported into session 1 from the command line, and
    Verdi signed up by hand (never asked about the optional uses)."""
    assert run(["sample", "--db", str(db_location)]) == 0
    capsys.readouterr()
    run_ok(["import-participants", "--db", str(db_location), "--session", "1", str(source)], capsys)
    db = open_database(db_location)
    try:
        fill(db, 1, ["Verdi"])
    finally:
        db.close()
    return str(db_location)


def test_the_preview_shows_each_answer_and_notes_the_unclear_one(
    db_location: str | Path, source: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["sample", "--db", str(db_location)]) == 0
    capsys.readouterr()
    table = read_table(source)
    mapping = table_mapping(table)
    assert [mapping[i] for i in (5, 6, 7)] == [
        "privacy_consent",
        "consent_media",
        "consent_contact",
    ]
    db = open_database(db_location)
    try:
        report = preview(db, 1, table, mapping)
    finally:
        db.close()
    shown = {
        row.values["surname"]: (row.values["consent_media"], row.values["consent_contact"])
        for row in report
    }
    assert shown == {
        "Colombo": ("Sì", "Sì"),
        "Bianchi": ("No", "No"),
        "Di Stefano": ("Sì", "No"),
        "Riva": ("", "Sì"),
        "La Rosa": ("No", "No"),
    }
    notes = {row.values["surname"]: str(row.notes) for row in report if row.notes}
    assert notes == {
        "Riva": "Consenso foto e video: la risposta «Forse» non dice né sì né no; registrato "
        "come non indicato."
    }


def test_roster_json_shows_every_consent_null_when_not_asked(
    imported: str, capsys: pytest.CaptureFixture[str]
) -> None:
    people = json.loads(run_ok(["roster", "--db", imported, "--session", "1", "--json"], capsys))
    read = {
        p["surname"]: (p["privacy_consent"], p["consent_media"], p["consent_contact"])
        for p in people
    }
    assert len(OPTIONAL_CONSENTS) == len(EXPECTED)
    assert read == {**EXPECTED, "Verdi": (False, None, None)}


def test_personal_data_export_and_erase_hold_the_optional_consents(imported: str) -> None:
    db = open_database(imported)
    try:
        entries = roster_service.roster(db, 1, 1)
        riva = next(e for e in entries if e.surname == "Riva")
        exported = roster_service.export_personal_data(db, riva.participant_id)["participant"]
        assert (exported["consent_media"], exported["consent_contact"]) == (None, True)
        colombo = next(e for e in entries if e.surname == "Colombo").participant_id
        exported = roster_service.export_personal_data(db, colombo)["participant"]
        assert (exported["consent_media"], exported["consent_contact"]) == (True, True)
        roster_service.erase_personal_data(db, colombo)
        erased = roster_service.export_personal_data(db, colombo)["participant"]
        assert (erased["consent_media"], erased["consent_contact"]) == (None, None)
    finally:
        db.close()


def test_the_excel_roster_has_the_optional_consent_columns_when_asked(
    imported: str, tmp_path: Path
) -> None:
    db = open_database(imported)
    try:
        assert "consent_media" not in DEFAULT_ROSTER_COLUMNS
        default = openpyxl.load_workbook(export_roster_xlsx(db, 1, tmp_path / "base.xlsx"))
        columns = ["surname", "consent_media", "consent_contact"]
        workbook = openpyxl.load_workbook(export_roster_xlsx(db, 1, tmp_path / "c.xlsx", columns))
    finally:
        db.close()
    headers = [cell.value for cell in next(default.worksheets[0].iter_rows(max_row=1))]
    assert "Consenso foto e video" not in headers
    rows = list(workbook.worksheets[0].iter_rows(values_only=True))
    assert rows[0] == ("Cognome", "Consenso foto e video", "Consenso a essere ricontattato")
    cells = {row[0]: row[1:] for row in rows[1:]}
    assert cells == {
        "Bianchi": ("No", "No"),
        "Colombo": ("Sì", "Sì"),
        "Di Stefano": ("Sì", "No"),
        "La Rosa": ("No", "No"),
        "Riva": (None, "Sì"),  # an empty cell: not known
        "Verdi": (None, None),
    }
