"""Two clerks marking the same person at once: the second is told of the first, by name,
and the first's marks stay; every change says who made it and when (the database's clock)."""

from __future__ import annotations

from datetime import time

import pytest
from roster_helpers import fill, sample
from scheduling_helpers import APRIL_20
from sqlalchemy import select, update

from exchange_desktop.domain.sittings import SittingPresence
from exchange_desktop.services import roster as service
from exchange_desktop.services.attendance import marks as attendance_service
from exchange_desktop.services.attendance.attendance_conflicts import AttendanceConflictError
from exchange_desktop.services.scheduling.sessions import confirm_date
from exchange_desktop.storage.authorship import local_author
from exchange_desktop.storage.database import Database
from exchange_desktop.storage.models import AttendanceRow, RegistrationRow

pytestmark = pytest.mark.both_backends


def _author(db: Database) -> str:
    return "postgres" if db.shared else local_author()  # the test server's role


def test_the_second_clerk_is_told_and_the_first_mark_stays(db: Database) -> None:
    _practice, session = sample(db)
    confirm_date(db, session.id, APRIL_20)
    (rossi,) = fill(db, session.id, ["Rossi"])
    shown_to_second = attendance_service.day_attendance(db, rossi).presences  # both dialogs open
    first = attendance_service.set_day_attendance(
        db, rossi, [SittingPresence(1, True, time(9), time(13))], expected=shown_to_second
    )
    assert first.minutes_attended == 240
    with pytest.raises(AttendanceConflictError) as caught:
        attendance_service.set_day_attendance(
            db, rossi, [SittingPresence(1, True, time(10), time(12))], expected=shown_to_second
        )
    said = str(caught.value)
    assert f"Nel frattempo {_author(db)} ha modificato la presenza di Anna Rossi" in said
    assert attendance_service.day_attendance(db, rossi).presences[0].time_in == time(9)  # kept
    with db.read() as orm:
        row = orm.scalars(select(AttendanceRow)).one()
        assert row.changed_by == _author(db) and row.changed_at is not None


def test_the_present_box_of_a_stale_roster_is_refused(db: Database) -> None:
    _practice, session = sample(db)
    confirm_date(db, session.id, APRIL_20)
    (verdi,) = fill(db, session.id, ["Verdi"])
    attendance_service.set_present_all_day(db, verdi, True, shown_present=False)  # the first clerk
    with pytest.raises(AttendanceConflictError, match="ha modificato la presenza di Anna Verdi"):
        attendance_service.set_present_all_day(db, verdi, False, shown_present=False)  # a stale box
    assert service.roster(db, session.practice_id)[0].present is True
    with db.read() as orm:
        registration = orm.get(RegistrationRow, verdi)
        assert registration is not None and registration.changed_by == _author(db)


def test_the_command_line_says_whose_mark_it_replaces(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    """mark-present writes what it is told, and says which colleague's mark it replaced."""
    from cli_helpers import run_ok

    _practice, session = sample(db)
    confirm_date(db, session.id, APRIL_20)
    (bianchi,) = fill(db, session.id, ["Bianchi"])
    attendance_service.set_attendance(db, bianchi, True, time(9), time(13))
    with db.engine.begin() as connection:  # as if a colleague (another login) had marked it
        connection.execute(update(AttendanceRow).values(changed_by="ufficio_formazione"))
    with db.read() as orm:
        person_id = orm.get(RegistrationRow, bianchi).participant_id  # type: ignore[union-attr]
    location = db.location
    base = ["mark-present", "--db", location, "--session", str(session.id)]
    out = run_ok([*base, "--participant", str(person_id), "--absent"], capsys)
    assert "Sostituisce quanto segnato da ufficio_formazione alle " in out
    assert ": presente 09:00–13:00." in out
    again = run_ok([*base, "--participant", str(person_id), "--absent"], capsys)
    assert "Sostituisce" not in again  # one's own mark, replaced by oneself: nothing to say
