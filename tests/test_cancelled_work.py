"""*Annulla* in the middle of long work: the import rolls back whole, the attestati written
one by one are taken away again, and the command line's NO_PROGRESS never stops anything."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest
from day_helpers import confirmed_session, sign_up
from scheduling_helpers import sample
from sqlalchemy import func, select

from exchange_desktop.domain.progress import NO_PROGRESS, Cancelled
from exchange_desktop.imports.spreadsheet import ImportTable
from exchange_desktop.services.attendance import marks as attendance
from exchange_desktop.services.documents.day_documents import export_certificates_each
from exchange_desktop.services.importing.participant_import import guess_mapping, import_rows
from exchange_desktop.storage.database import Database
from exchange_desktop.storage.models import OrganisationRow, ParticipantRow, RegistrationRow


class StopAt:
    """The clerk presses Annulla once ``at`` items are done."""

    def __init__(self, at: int) -> None:
        self.at = at
        self.seen: list[tuple[int, int]] = []

    def step(self, done: int, total: int) -> None:
        self.seen.append((done, total))
        if done >= self.at:
            raise Cancelled


def _counts(db: Database) -> tuple[int, ...]:
    with db.read() as orm:
        return tuple(
            orm.scalar(select(func.count()).select_from(model)) or 0
            for model in (ParticipantRow, RegistrationRow, OrganisationRow)
        )


def _table(people: int) -> ImportTable:
    header = ["Cognome", "Nome", "Ente", "Email"]
    rows = [[f"Cognomè{n}", "Anna", f"Comune n. {n}", f"anna{n}@esempio.it"] for n in range(people)]
    return ImportTable(header, rows, "iscritti.xlsx")


def test_an_import_cancelled_halfway_writes_nobody(db: Database) -> None:
    _practice, session = sample(db)
    assert session.id is not None
    data = _table(40)
    before = _counts(db)
    stop = StopAt(25)
    with pytest.raises(Cancelled):
        import_rows(db, session.id, data, guess_mapping(data.headers, data.rows), progress=stop)
    assert stop.seen[-1] == (25, 40)
    assert _counts(db) == before  # no person, registration or Ente of the 25 left behind
    summary = import_rows(
        db, session.id, data, guess_mapping(data.headers, data.rows), progress=NO_PROGRESS
    )
    assert (summary.imported, summary.waiting) == (40, 30)


def test_attestati_cancelled_halfway_leave_no_file_of_the_run(db: Database, tmp_path: Path) -> None:
    _practice, session_id = confirmed_session(db)
    names = [("Rossi", "Anna"), ("Bianchi", "Luca"), ("Verdi", "Carla"), ("Neri", "Paolo")]
    for registration in sign_up(db, session_id, names):
        attendance.set_attendance(db, registration, True, time(9, 30), time(13, 0))
    folder = tmp_path / "attestati"
    stop = StopAt(2)
    with pytest.raises(Cancelled):
        export_certificates_each(db, session_id, folder, progress=stop)
    assert stop.seen == [(0, 4), (1, 4), (2, 4)]
    assert list(folder.iterdir()) == []
    written = export_certificates_each(db, session_id, folder)
    assert sorted(p.name for p in written) == sorted(p.name for p in folder.iterdir())
    assert len(written) == 4
