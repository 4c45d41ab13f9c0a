"""A session of several days shows every day on every document and listing: the programme
("Programma delle giornate"), ``sessions`` (text and --json), the Excel sheet's name and
title, the messages naming the session."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from cli_helpers import run_ok
from day_helpers import confirmed_session, pdf_text, sign_up
from openpyxl import load_workbook

from exchange_desktop.services.documents.practice_documents import export_programme
from exchange_desktop.services.documents.roster_export import export_roster_xlsx
from exchange_desktop.storage.database import Database, open_database


def test_the_programme_of_two_days_names_both(db: Database, tmp_path: Path) -> None:
    practice, _session_id = confirmed_session(db, duration_days=2)
    assert practice.id is not None
    text = pdf_text(export_programme(db, practice.id, tmp_path / "programma.pdf"))
    assert "Programma delle giornate" in text
    assert "lunedì 20 e martedì 21 aprile 2026" in text


def test_the_excel_sheet_of_two_days(db: Database, tmp_path: Path) -> None:
    practice, session_id = confirmed_session(db, duration_days=2)
    assert practice.id is not None
    sign_up(db, session_id, [("Rossi", "Anna")])
    book = load_workbook(export_roster_xlsx(db, practice.id, tmp_path / "elenco.xlsx"))
    sheet = book["2026-04-20 (2 giorni)"]
    header = " ".join(
        str(part.text or "")
        for part in (sheet.oddHeader.left, sheet.oddHeader.center, sheet.oddHeader.right)
    )
    assert "lunedì 20 e martedì 21 aprile 2026" in header  # the printed page's title


@pytest.mark.both_backends
def test_sessions_lists_every_day(
    db_location: str | Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = open_database(db_location)
    try:
        confirmed_session(db, duration_days=2)
    finally:
        db.close()
    out = run_ok(["sessions", "--db", str(db_location)], capsys)
    assert "lunedì 20 e martedì 21 aprile 2026" in out
    (item,) = json.loads(run_ok(["sessions", "--db", str(db_location), "--json"], capsys))
    assert item["date"] == "2026-04-20"
    assert item["days"] == ["2026-04-20", "2026-04-21"]
    assert date.fromisoformat(item["days"][-1]).weekday() == 1
