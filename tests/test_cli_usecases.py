"""Issue 23: the practice, its programme and its sessions changed from the command line,
through the same services the window calls; rows read back through the services, and bad
input refused with one line (exit 1) or as wrong usage (exit 2), nothing changed.

The use cases run on both backends (both_backends); the refusals, which are the domain's
rules, on SQLite."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, time
from pathlib import Path

import pytest
from cli_helpers import run_failing, run_ok

from exchange_desktop.domain.enums import CandidateStatus, ItemKind, Modality, SchedulingMode
from exchange_desktop.services.practices.catalogue import get_practice
from exchange_desktop.services.practices.programme import list_items
from exchange_desktop.services.scheduling.sessions import get_session
from exchange_desktop.storage.database import Database, open_database

HUGE = "x" * 100_000


@pytest.fixture
def sample(db_location: str | Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    """The sample practice (id 1, "O", session 1 on 20 or 27 April 2026); ``--db`` for it."""
    run_ok(["sample", "--db", str(db_location)], capsys)
    return ["--db", str(db_location)]


@pytest.fixture
def read(db_location: str | Path) -> Iterator[Database]:
    db = open_database(db_location)
    yield db
    db.close()


# --- update-practice -------------------------------------------------------------------------


@pytest.mark.both_backends
def test_update_practice_sets_typed_fields(
    sample: list[str], read: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    out = run_ok(
        [
            "update-practice",
            *sample,
            "--practice",
            "1",
            "title=Patti di Città 😀",
            "max_participants=12",
            "transfer_mode=webinar",
            "profiles=Personale amministrativo;Progettisti",
            "description=riga uno\nriga due",
        ],
        capsys,
    )
    assert out.startswith("Pratica 1 aggiornata")
    practice = get_practice(read, 1)
    assert practice.title == "Patti di Città 😀"
    assert practice.max_participants == 12
    assert practice.transfer_mode.value == "webinar"
    assert practice.profiles == ["Personale amministrativo", "Progettisti"]
    assert practice.description == "riga uno\nriga due"


@pytest.mark.both_backends
def test_update_practice_scheduling_mode_splits_the_sessions(
    sample: list[str], read: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    run_ok(["update-practice", *sample, "--practice", "1", "scheduling_mode=E"], capsys)
    assert get_practice(read, 1).scheduling_mode is SchedulingMode.SEVERAL
    overview = json.loads(run_ok(["sessions", *sample, "--json"], capsys))
    assert len(overview) == 2


@pytest.mark.parametrize(
    ("change", "named"),
    [
        ("nope=1", "'nope'"),
        ("coat_of_arms=x", "'coat_of_arms'"),
        ("max_participants=0", "max_participants"),
        ("max_participants=1000", "max_participants"),
        ("max_participants=abc", "max_participants"),
        ("max_participants=" + "9" * 5000, "max_participants"),
        ("duration_days=-1", "duration_days"),
        ("title=", "title"),
        ("title=" + HUGE, "title"),
        ("contact_email=non-una-email", "contact_email"),
        ("scheduling_mode=X", "scheduling_mode"),
        ("transfer_mode=", "transfer_mode"),
    ],
)
def test_update_practice_refuses_a_bad_field_on_one_line(
    sample: list[str],
    read: Database,
    capsys: pytest.CaptureFixture[str],
    change: str,
    named: str,
) -> None:
    before = get_practice(read, 1)
    err = run_failing(
        ["update-practice", *sample, "--practice", "1", "title=Nuovo", change], capsys, 1
    )
    assert named in err
    assert get_practice(read, 1) == before


def test_update_practice_usage_errors(
    sample: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    run_failing(["update-practice", *sample, "--practice", "1"], capsys, 2)
    run_failing(["update-practice", *sample, "--practice", "1", "title"], capsys, 2)
    run_failing(["update-practice", *sample, "--practice", "0", "title=x"], capsys, 2)
    err = run_failing(["update-practice", *sample, "--practice", "99", "title=x"], capsys, 1)
    assert "99" in err


def test_update_practice_help_lists_the_fields(capsys: pytest.CaptureFixture[str]) -> None:
    out = run_ok(["update-practice", "--help"], capsys)
    for name in ("host_comune", "max_participants", "scheduling_mode", "privacy_info"):
        assert name in out


# --- the programme ---------------------------------------------------------------------------


@pytest.mark.both_backends
def test_programme_lists_in_order(sample: list[str], read: Database, capsys) -> None:
    rows = json.loads(run_ok(["programme", *sample, "--practice", "1", "--json"], capsys))
    assert [row["id"] for row in rows] == [item.id for item in list_items(read, 1)]
    assert rows[0]["position"] == 1
    lines = run_ok(["programme", *sample, "--practice", "1"], capsys).splitlines()
    assert len(lines) == len(rows)


@pytest.mark.both_backends
def test_add_item_with_times_and_a_break(sample: list[str], read: Database, capsys) -> None:
    count = len(list_items(read, 1))
    out = run_ok(
        [
            "add-item", *sample, "--practice", "1", "--title", "Pausa caffè ☕",
            "--start", "9.30", "--end", "09:45", "--break", "--speakers", "Nicolò",
        ],
        capsys,
    )  # fmt: skip
    assert f"riga {count + 1}" in out
    added = list_items(read, 1)[-1]
    assert (added.title, added.kind, added.speakers) == ("Pausa caffè ☕", ItemKind.BREAK, "Nicolò")
    assert (added.start_time, added.end_time) == (time(9, 30), time(9, 45))


@pytest.mark.parametrize(
    ("extra", "code"),
    [
        (["--title", ""], 1),
        (["--title", HUGE], 1),
        (["--title", "x", "--start", "09:30"], 1),
        (["--title", "x", "--start", "10:00", "--end", "09:00"], 1),
        (["--title", "x", "--start", "25:00", "--end", "26:00"], 2),
        (["--title", "x", "--start", "nove"], 2),
        ([], 2),
    ],
)
def test_add_item_refusals_change_nothing(
    sample: list[str], read: Database, capsys, extra: list[str], code: int
) -> None:
    before = list_items(read, 1)
    run_failing(["add-item", *sample, "--practice", "1", *extra], capsys, code)
    assert list_items(read, 1) == before


@pytest.mark.both_backends
def test_move_and_remove_items_by_line_or_id(sample: list[str], read: Database, capsys) -> None:
    ids = [item.id for item in list_items(read, 1)]
    run_ok(["move-item", *sample, "--practice", "1", "--item", "1", "--to", "3"], capsys)
    assert [item.id for item in list_items(read, 1)] == [ids[1], ids[2], ids[0], *ids[3:]]
    run_ok(
        ["move-item", *sample, "--practice", "1", "--item-id", str(ids[0]), "--to", "99"], capsys
    )
    assert [item.id for item in list_items(read, 1)][-1] == ids[0]
    out = run_ok(["remove-item", *sample, "--practice", "1", "--item-id", str(ids[0])], capsys)
    assert "tolta" in out
    run_ok(["remove-item", *sample, "--practice", "1", "--item", "1"], capsys)
    remaining = [item.id for item in list_items(read, 1)]
    assert remaining == ids[2:]
    assert [item.position for item in list_items(read, 1)] == list(range(len(remaining)))


@pytest.mark.parametrize(
    ("argv", "code"),
    [
        (["remove-item", "--practice", "1", "--item", "99"], 1),
        (["remove-item", "--practice", "1", "--item-id", "9999"], 1),
        (["remove-item", "--practice", "99", "--item", "1"], 1),
        (["remove-item", "--practice", "1"], 2),
        (["remove-item", "--practice", "1", "--item", "1", "--item-id", "1"], 2),
        (["move-item", "--practice", "1", "--item", "1", "--to", "0"], 2),
        (["move-item", "--practice", "1", "--item", "1"], 2),
    ],
)
def test_item_refusals(
    sample: list[str], read: Database, capsys, argv: list[str], code: int
) -> None:
    before = list_items(read, 1)
    run_failing([argv[0], *sample, *argv[1:]], capsys, code)
    assert list_items(read, 1) == before


# --- sessions and dates ----------------------------------------------------------------------


@pytest.mark.both_backends
def test_update_session_fields(sample: list[str], read: Database, capsys) -> None:
    out = run_ok(
        [
            "update-session", *sample, "--session", "1", "--capacity", "3",
            "--modality", "webinar", "--start", "9:00", "--end", "17.30",
            "--venue", "Sala «Città» 🏛", "--room", "2", "--link", "https://meet.example/x",
            "--protocol", "n. 12/2026",
        ],
        capsys,
    )  # fmt: skip
    assert out.startswith("Sessione 1 aggiornata")
    session = get_session(read, 1)
    assert (session.capacity, session.modality) == (3, Modality.WEBINAR)
    assert (session.start_time, session.end_time) == (time(9, 0), time(17, 30))
    assert (session.venue, session.room) == ("Sala «Città» 🏛", "2")
    assert (session.webinar_link, session.protocol_number) == (
        "https://meet.example/x",
        "n. 12/2026",
    )


@pytest.mark.parametrize(
    ("extra", "code"),
    [
        ([], 1),
        (["--start", "18:00", "--end", "17:00"], 1),
        (["--venue", HUGE], 1),
        (["--capacity", "1000"], 1),
        (["--capacity", "0"], 2),
        (["--modality", "presenza"], 2),
        (["--end", "24:00"], 2),
    ],
)
def test_update_session_refusals(
    sample: list[str], read: Database, capsys, extra: list[str], code: int
) -> None:
    before = get_session(read, 1)
    run_failing(["update-session", *sample, "--session", "1", *extra], capsys, code)
    assert get_session(read, 1) == before


@pytest.mark.both_backends
def test_dates_added_confirmed_reopened_moved_removed(
    sample: list[str], read: Database, capsys
) -> None:
    run_ok(["add-date", *sample, "--session", "1", "2026-05-04"], capsys)
    run_ok(["add-date", *sample, "--practice", "1", "2026-05-11"], capsys)
    days = [c.day for c in get_session(read, 1).candidate_dates]
    assert {date(2026, 5, 4), date(2026, 5, 11)} <= set(days)
    run_ok(["remove-date", *sample, "--session", "1", "2026-05-11"], capsys)
    assert date(2026, 5, 11) not in [c.day for c in get_session(read, 1).candidate_dates]
    run_ok(["confirm-date", *sample, "--session", "1", "2026-05-04"], capsys)
    assert get_session(read, 1).confirmed_day == date(2026, 5, 4)
    run_ok(["reopen-date", *sample, "--session", "1"], capsys)
    session = get_session(read, 1)
    assert session.confirmed_day is None
    assert {c.status for c in session.candidate_dates} == {CandidateStatus.CANDIDATE}
    run_ok(["confirm-date", *sample, "--session", "1", "2026-04-20"], capsys)
    out = run_ok(
        ["move-date", *sample, "--session", "1", "2026-06-08", "--reason", "sciopero ⚡"], capsys
    )
    assert "8 giugno 2026" in out
    assert get_session(read, 1).confirmed_day == date(2026, 6, 8)


@pytest.mark.parametrize(
    ("argv", "code"),
    [
        (["add-date", "--session", "1", "2026-04-20"], 1),  # already proposed
        (["add-date", "--session", "99", "2026-05-04"], 1),
        (["add-date", "--practice", "99", "2026-05-04"], 1),
        (["add-date", "--session", "1", "2026-02-30"], 2),
        (["add-date", "--session", "1", "20/04/2026"], 2),
        (["add-date", "2026-05-04"], 2),
        (["remove-date", "--session", "1", "2026-05-04"], 1),
        (["reopen-date", "--session", "99"], 1),
        (["move-date", "--session", "99", "2026-05-04"], 1),
        (["move-date", "--session", "1", "2026-05-04", "--reason", HUGE], 1),
        (["move-date", "--session", "1", ""], 2),
    ],
)
def test_date_refusals(
    sample: list[str], read: Database, capsys, argv: list[str], code: int
) -> None:
    before = get_session(read, 1)
    run_failing([argv[0], *sample, *argv[1:]], capsys, code)
    assert get_session(read, 1) == before
