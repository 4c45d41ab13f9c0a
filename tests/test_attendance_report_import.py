"""The one rule for attendance reports (services/attendance_report_import): confirmed people
marked; waiting, cancelled and unknown people listed with a reason and not written; --strict
and a failure half way write nothing at all."""

from __future__ import annotations

from pathlib import Path

import pytest
from attendance_reports import write_teams
from scheduling_helpers import APRIL_20, sample
from sqlalchemy import select

from exchange_desktop.domain.roster import Participant
from exchange_desktop.services.attendance import attendance_import
from exchange_desktop.services.attendance.attendance_report_import import (
    CANCELLED,
    UNKNOWN,
    WAITING,
    import_attendance_report,
)
from exchange_desktop.services.roster.registrations import cancel_registration, register
from exchange_desktop.services.scheduling.sessions import confirm_date, update_session
from exchange_desktop.storage.database import Database
from exchange_desktop.storage.models import AttendanceRow

# The database matters here: every test runs on SQLite and on the PostgreSQL server.
pytestmark = pytest.mark.both_backends

HEADER = [
    "1. Riepilogo",
    "",
    "2. Partecipanti",
    "Nome\tPrimo accesso\tUltima uscita\tDurata riunione\tE-mail\tRuolo",
]


def teams_report(path: Path, names: list[str]) -> Path:
    """A Teams report (Italian) in which each of ``names`` was there 09:00–11:00."""
    rows = [
        f"{name}\t20/04/26, 09:00:00\t20/04/26, 11:00:00\t2 h\t\tPartecipante" for name in names
    ]
    return write_teams(path, HEADER + rows)


#: Two confirmed (Rossi, Bianchi), one waiting (Verdi), one cancelled (Neri), one stranger.
REPORT_NAMES = ["Anna Rossi", "Luca Bianchi", "Marco Verdi", "Sara Neri", "Mario Sconosciuto"]


def seat_people(db: Database) -> tuple[int, dict[str, int]]:
    """The sample session on 20 April with two seats: Rossi and Bianchi seated, Verdi and
    Neri waiting, Neri then cancelled."""
    _practice, session = sample(db)
    assert session.id is not None
    confirm_date(db, session.id, APRIL_20)
    update_session(db, session.id, capacity=2)
    people = {
        "rossi": Participant(surname="Rossi", name="Anna"),
        "bianchi": Participant(surname="Bianchi", name="Luca"),
        "verdi": Participant(surname="Verdi", name="Marco"),
        "neri": Participant(surname="Neri", name="Sara"),
    }
    ids = {
        key: register(db, session.id, person).row.registration_id for key, person in people.items()
    }
    cancel_registration(db, ids["neri"])
    return session.id, ids


def attendance_rows(db: Database) -> list[tuple[object, ...]]:
    """Every attendance row, without its id: what two imports are compared by."""
    with db.read() as orm:
        rows = orm.scalars(
            select(AttendanceRow).order_by(AttendanceRow.registration_id, AttendanceRow.sitting)
        ).all()
        return [
            (
                r.registration_id,
                r.day,
                r.sitting,
                r.present,
                r.time_in,
                r.time_out,
                r.credited_minutes,
            )
            for r in rows
        ]


def test_confirmed_marked_the_others_listed_with_their_reason(db: Database, tmp_path: Path) -> None:
    session_id, ids = seat_people(db)
    report = teams_report(tmp_path / "report.csv", REPORT_NAMES)
    outcome = import_attendance_report(db, session_id, report)
    assert outcome.written and not outcome.refused
    assert {person.registration_id for person in outcome.marked} == {ids["rossi"], ids["bianchi"]}
    listed = [(line.name, line.reason.template) for line in outcome.not_marked]
    assert listed == [
        ("Marco Verdi", WAITING),
        ("Sara Neri", CANCELLED),
        ("Mario Sconosciuto", UNKNOWN),
    ]
    written = {row[0] for row in attendance_rows(db)}
    assert written == {ids["rossi"], ids["bianchi"]}
    assert str(outcome.message) == "Presenze segnate: 2. Non segnate: 3."


def test_strict_writes_nothing_when_a_line_is_not_marked(db: Database, tmp_path: Path) -> None:
    session_id, _ids = seat_people(db)
    report = teams_report(tmp_path / "report.csv", REPORT_NAMES)
    outcome = import_attendance_report(db, session_id, report, strict=True)
    assert outcome.refused and not outcome.written
    assert len(outcome.not_marked) == 3
    assert attendance_rows(db) == []


def test_a_dry_run_writes_nothing(db: Database, tmp_path: Path) -> None:
    session_id, _ids = seat_people(db)
    report = teams_report(tmp_path / "report.csv", REPORT_NAMES)
    outcome = import_attendance_report(db, session_id, report, dry_run=True)
    assert len(outcome.marked) == 2 and not outcome.written
    assert attendance_rows(db) == []


def test_a_failure_after_the_first_row_writes_nothing(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session_id, _ids = seat_people(db)
    report = teams_report(tmp_path / "report.csv", ["Anna Rossi", "Luca Bianchi"])
    real = attendance_import._apply_credit
    calls: list[int] = []

    def failing(*args: object, **kwargs: object) -> object:
        if calls:
            raise RuntimeError("the disk went away")
        calls.append(1)
        result = real(*args, **kwargs)  # type: ignore[arg-type]
        args[0].flush()  # type: ignore[attr-defined]  # the first row really reaches the database
        return result

    monkeypatch.setattr(attendance_import, "_apply_credit", failing)
    with pytest.raises(RuntimeError):
        import_attendance_report(db, session_id, report)
    assert calls == [1]
    assert attendance_rows(db) == []
