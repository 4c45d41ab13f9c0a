"""Shared set-up of the Excel roster tests: a database with two sessions and tricky values,
the export, and roster rows made up without a database."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from datetime import time as clock
from pathlib import Path

from openpyxl.worksheet.worksheet import Worksheet
from roster_helpers import at, fill, person, two_sessions
from scheduling_helpers import ente

from exchange_desktop.domain.enums import RegistrationStatus
from exchange_desktop.domain.roster_rows import RosterEntry
from exchange_desktop.services import roster as service
from exchange_desktop.services.attendance import marks as attendance_service
from exchange_desktop.services.documents.roster_export import ROSTER_COLUMNS, export_roster_xlsx
from exchange_desktop.services.scheduling.sessions import confirm_date, update_session
from exchange_desktop.storage.database import Database

ALL_COLUMNS = [key for key, _label in ROSTER_COLUMNS]
LABELS = dict(ROSTER_COLUMNS)
FORLI = "Comune di Forlì"
APRIL_20 = "lunedì 20 aprile 2026"
SHEETS = ["2026-04-20", "2026-04-27", "Lista d'attesa", "Riepilogo"]


def fill_roster(db: Database) -> Database:
    """Two sessions.  20 April, confirmed, 3 seats, 09:30–16:00, Forlì's people: Rossi
    (present 3.5 hours), Zanetti and Abate (promoted when D'Angelo cancelled) seated, Özil
    waiting.  27 April: Bianchi of the Unione, with codice fiscale and consent date.  Values
    that look like formulas in several fields."""
    practice, first, second = two_sessions(db)
    confirm_date(db, first.id, date(2026, 4, 20))  # type: ignore[arg-type]
    update_session(db, first.id, capacity=3, start_time=clock(9, 30), end_time=clock(16, 0))  # type: ignore[arg-type]
    forli = ente(db, "Comune di Forlì")
    unione = ente(db, "Unione dei Comuni Lombarda")
    ids = fill(db, first.id, ["Rossi", "D'Angelo", "Zanetti", "Abate"], forli)  # type: ignore[arg-type]
    with db.transaction() as orm:
        service.add_registration(
            orm,
            first.id,  # type: ignore[arg-type]
            person(
                "Özil",
                "@x",
                role="=1+1",
                phone="+39 02 1234567",
                email="ozil@example.it",
                organisation_id=forli,
            ),
            at(10),
        )
        service.add_registration(
            orm,
            second.id,  # type: ignore[arg-type]
            person(
                "Bianchi",
                "-5",
                role="Funzionario",
                organisation_id=unione,
                fiscal_code="RSSMRA85T10A562S",
                privacy_consent=True,
                privacy_consent_date=date(2026, 3, 2),
            ),
            at(11),
        )
    attendance_service.set_attendance(db, ids[0], True, clock(9, 30), clock(13, 0))
    service.cancel_registration(db, ids[1])  # D'Angelo: Abate takes the seat
    assert practice.id == 1
    return db


def export(db: Database, tmp_path: Path, columns: list[str] | None = None) -> Path:
    return export_roster_xlsx(db, 1, tmp_path / "Partecipanti è.xlsx", columns)


def rows_of(sheet: Worksheet) -> list[list[object]]:
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def headers(sheet: Worksheet) -> list[object]:
    return [cell.value for cell in sheet[1]]


ROW = RosterEntry(
    registration_id=1,
    participant_id=1,
    session_id=1,
    session_label="x",
    surname="Rossi",
    name="Anna",
    organisation_id=None,
    organisation="",
    role="",
    email="anna.rossi@comune.it",
    phone="",
    fiscal_code="",
    privacy_consent=False,
    privacy_consent_date=None,
    status=RegistrationStatus.CONFIRMED,
    waiting_position=None,
    present=None,
    registered_at=datetime(2026, 3, 1, 9, 0),
)


def roster_row(**changes: object) -> RosterEntry:
    """A roster row made up for the writer's tests, with ``changes``."""
    return replace(ROW, **changes)  # type: ignore[arg-type]
