"""How long the Excel roster of a large practice takes: ``python
benchmarks/roster_xlsx_benchmark.py [ROWS]`` (10,000 by default) prints the figures.

A fresh database holds the sample practice in "E" mode (two sessions of 400 seats), ROWS
people from 250 Enti signed up to them: the seats, then a long waiting list, whose people
are written twice (on their session's sheet and on "Lista d'attesa").  The figures, for the
default columns and for all of them: reading the roster from the database, laying out and
writing the workbook alone, and the whole :func:`export_roster_xlsx` as the clerk runs it.
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from exchange_desktop.domain.enums import RegistrationStatus, SchedulingMode  # noqa: E402
from exchange_desktop.exports.roster_xlsx import write_roster_workbook  # noqa: E402
from exchange_desktop.services.practices import get_practice  # noqa: E402
from exchange_desktop.services.roster import roster  # noqa: E402
from exchange_desktop.services.roster_export import (  # noqa: E402
    DEFAULT_ROSTER_COLUMNS,
    ROSTER_COLUMNS,
    build_roster_book,
    export_roster_xlsx,
)
from exchange_desktop.services.sample import load_sample  # noqa: E402
from exchange_desktop.services.scheduling import list_sessions, update_session  # noqa: E402
from exchange_desktop.services.scheduling_modes import set_scheduling_mode  # noqa: E402
from exchange_desktop.storage.database import Database, open_database  # noqa: E402
from exchange_desktop.storage.models import (  # noqa: E402
    OrganisationRow,
    ParticipantRow,
    RegistrationRow,
)

SEATS = 400


def fill(db: Database, rows: int) -> int:
    """The sample in "E" mode with ``rows`` registrations; return the practice id."""
    practice = load_sample(db)
    sessions = set_scheduling_mode(db, practice.id, SchedulingMode.SEVERAL)
    for session in sessions:
        update_session(db, session.id, capacity=SEATS)  # type: ignore[arg-type]
    start = datetime(2026, 3, 1, 9, 0)
    with db.transaction() as orm:
        enti = [OrganisationRow(name=f"Comune n. {n}") for n in range(250)]
        orm.add_all(enti)
        orm.flush()
        for n in range(rows):
            person = ParticipantRow(
                surname=f"Cognome{n:05d}",
                name="Anna" if n % 2 else "Luca",
                organisation_id=enti[n % 250].id,
                role=("Istruttore amministrativo", "Funzionario", "=Dirigente")[n % 3],
                email=f"persona{n}@comune{n % 250}.it",
                phone=f"+39 347 {n:07d}",
                fiscal_code="",
                privacy_consent=True,
                privacy_consent_date=date(2026, 3, 1),
            )
            orm.add(person)
            orm.flush()
            session = sessions[n % len(sessions)]
            orm.add(
                RegistrationRow(
                    participant_id=person.id,
                    session_id=session.id,
                    status=(
                        RegistrationStatus.CONFIRMED
                        if n < SEATS * len(sessions)
                        else RegistrationStatus.WAITING
                    ),
                    registered_at=start + timedelta(seconds=n),
                )
            )
    return practice.id  # type: ignore[return-value]


def main(rows: int) -> None:
    choices = {
        "default": list(DEFAULT_ROSTER_COLUMNS),
        "all": [key for key, _label in ROSTER_COLUMNS],
    }
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "benchmark.sqlite")
        try:
            practice_id = fill(db, rows)
            started = time.perf_counter()
            roster_rows = roster(db, practice_id)
            print(f"registrations:                 {len(roster_rows)}")
            print(f"roster() from the database:    {time.perf_counter() - started:6.2f} s")
            practice = get_practice(db, practice_id)
            sessions = [(s, s.open_days[0].isoformat()) for s in list_sessions(db, practice_id)]
            for name, columns in choices.items():
                started = time.perf_counter()
                book = build_roster_book(practice, sessions, roster_rows, columns, datetime.now())
                write_roster_workbook(Path(folder) / f"{name}.xlsx", book)
                write_s = time.perf_counter() - started
                written = sum(len(s.rows) for s in book.sessions) + len(book.waiting_rows)

                out = Path(folder) / f"Partecipanti {name}.xlsx"
                started = time.perf_counter()
                export_roster_xlsx(db, practice_id, out, columns)
                export_s = time.perf_counter() - started
                print(
                    f"{len(columns):2d} columns ({name}): lay out + write {write_s:5.2f} s, "
                    f"export_roster_xlsx {export_s:5.2f} s "
                    f"({written} rows written, {out.stat().st_size / 1024:.0f} KB)"
                )
        finally:
            db.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
