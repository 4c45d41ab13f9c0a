"""The sittings from the timetable as the clerk wrote it: times on some items only, the
session's times, the breaks; the contradictions in words."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest
from cli_helpers import run_failing, run_ok

from exchange_desktop.cli.main import run
from exchange_desktop.domain.enums import ItemKind
from exchange_desktop.domain.programme import ProgrammeItem
from exchange_desktop.domain.sittings import day_plan
from exchange_desktop.domain.timetable import timetable_warnings
from exchange_desktop.translation import tr_message


def _topic(title: str, start: time | None = None, end: time | None = None) -> ProgrammeItem:
    return ProgrammeItem(title=title, start_time=start, end_time=end)


def _pause(title: str, start: time, end: time) -> ProgrammeItem:
    return ProgrammeItem(title=title, kind=ItemKind.BREAK, start_time=start, end_time=end)


def _sittings(plan) -> list[str]:
    return [f"{s.start:%H:%M}–{s.end:%H:%M}" for s in plan.sittings]


#: The issue's case: times on the first item and on lunch only, the day 09:30–16:30.
PARTIAL = [
    _topic("Organismi partecipativi", time(9, 30), time(10, 30)),
    _topic("Partecipazione vs. rappresentanza"),
    _pause("Pausa pranzo", time(13), time(14)),
    _topic("Strumenti di progettazione condivisa"),
]


def test_partial_times_and_the_session_make_morning_and_afternoon() -> None:
    plan = day_plan(PARTIAL, time(9, 30), time(16, 30))
    assert _sittings(plan) == ["09:30–13:00", "14:00–16:30"]
    assert plan.total_planned_minutes == 6 * 60  # 7 hours less the lunch
    assert timetable_warnings(PARTIAL, time(9, 30), time(16, 30)) == []


def test_timed_ends_with_untimed_items_between_are_one_sitting() -> None:
    items = [
        _topic("Apertura", time(9, 30), time(10, 30)),
        _topic("Lavori di gruppo"),  # takes the time up to the closing
        _topic("Chiusura", time(16), time(16, 30)),
    ]
    assert _sittings(day_plan(items)) == ["09:30–16:30"]
    # without anything between them, a gap that long is a pause: two sittings
    assert _sittings(day_plan([items[0], items[2]])) == ["09:30–10:30", "16:00–16:30"]


def test_items_outside_the_session_times_are_a_warning() -> None:
    items = [_topic("Mattina", time(9), time(13)), _topic("Pomeriggio", time(14), time(17))]
    (first,) = [tr_message(m) for m in timetable_warnings(items, time(9, 30), time(17, 30))]
    assert first == "«Mattina» (09:00–13:00) è fuori dall'orario della sessione (09:30–17:30)."
    # the session's times are the day: the sittings follow them
    assert _sittings(day_plan(items, time(9, 30), time(17, 30))) == ["09:30–13:00", "14:00–17:30"]


def test_an_untimed_item_without_room_is_a_warning() -> None:
    items = [
        _topic("Uno", time(9), time(11)),
        _topic("Senza orario"),
        _topic("Due", time(11), time(13)),
    ]
    (warning,) = [tr_message(m) for m in timetable_warnings(items, None, None)]
    assert warning == (
        "«Senza orario» non ha orario e non c'è tempo per collocarlo tra «Uno» (fino alle "
        "11:00) e «Due» (dalle 11:00)."
    )


def test_no_times_anywhere_is_one_sitting_without_times() -> None:
    plan = day_plan([_topic("Uno"), _topic("Due")])
    assert len(plan.sittings) == 1 and plan.sittings[0].start is None


# --- the documents refuse a timetable that does not hold, until confirmed -----------------


def _contradiction(db_location) -> None:
    """The sample confirmed on 20 April, its session 09:30–17:30, a programme 09:00–17:00."""
    from datetime import date

    from roster_helpers import fill

    from exchange_desktop.services.attendance.marks import mark_all_present
    from exchange_desktop.services.practices.catalogue import update_practice
    from exchange_desktop.services.practices.programme import replace_programme
    from exchange_desktop.services.scheduling.sessions import confirm_date, update_session
    from exchange_desktop.storage.database import open_database

    db = open_database(db_location)
    try:
        update_practice(db, 1, signer_name="Laura Ferrari", signer_title="Dirigente")
        confirm_date(db, 1, date(2026, 4, 20))
        update_session(db, 1, start_time=time(9, 30), end_time=time(17, 30))
        replace_programme(
            db,
            1,
            [
                _topic("Mattina", time(9), time(13)),
                _pause("Pranzo", time(13), time(14)),
                _topic("Pomeriggio", time(14), time(17)),
            ],
        )
        fill(db, 1, ["Rossi"])
        mark_all_present(db, 1)
    finally:
        db.close()


@pytest.mark.both_backends
def test_the_documents_refuse_a_timetable_that_does_not_hold(
    db_location, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["sample", "--db", str(db_location)]) == 0
    _contradiction(db_location)
    capsys.readouterr()
    base = ["--db", str(db_location), "--session", "1"]
    for command in ("export-signin", "export-certificates"):
        out = tmp_path / f"{command}.pdf"
        err = run_failing([command, *base, str(out)], capsys, 1)
        assert "l'orario della giornata non torna" in err
        assert "«Mattina» (09:00–13:00) è fuori dall'orario della sessione (09:30–17:30)" in err
        assert "--accept-timetable" in err
        assert not out.exists()
        run_ok([command, *base, str(out), "--accept-timetable"], capsys)
        assert out.exists()
