"""Issue 23: the roster changed from the command line (register, cancel-registration,
promote, move-participant) with the window's seats and waiting list; the use cases on both
backends, the refusals (the domain's rules) on SQLite."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_helpers import run_failing, run_ok

from exchange_desktop.services.roster import roster
from exchange_desktop.services.roster.organisations import list_organisations
from exchange_desktop.storage.database import Database, open_database

HUGE = "x" * 100_000


@pytest.fixture
def db_args(db_location: str | Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    """The sample in "E" (sessions 1 and 2), session 1 with 2 seats."""
    args = ["--db", str(db_location)]
    run_ok(["sample", *args], capsys)
    run_ok(["update-practice", *args, "--practice", "1", "scheduling_mode=E"], capsys)
    run_ok(["update-session", *args, "--session", "1", "--capacity", "2"], capsys)
    return args


@pytest.fixture
def read(db_location: str | Path) -> Iterator[Database]:
    db = open_database(db_location)
    yield db
    db.close()


def statuses(db: Database, session_id: int) -> dict[str, str]:
    return {row.surname: row.status.value for row in roster(db, 1, session_id)}


def sign_up(args: list[str], capsys, surname: str, session: str = "1") -> str:
    return run_ok(
        [
            "register", *args, "--session", session, "--surname", surname, "--name", "Zoë",
            "--organisation", "Comune di Forlì",
        ],
        capsys,
    )  # fmt: skip


@pytest.mark.both_backends
def test_register_seats_then_queues_and_finds_the_ente_by_name(
    db_args: list[str], read: Database, capsys
) -> None:
    assert "confermata" in sign_up(db_args, capsys, "Città")
    run_ok(
        [
            "register", *db_args, "--session", "1", "--surname", "D'Angelo 😀", "--name", "Nicolò",
            "--organisation", "comune di forli", "--email", "n.dangelo@comune.forli.fc.it",
            "--role", "Progettista", "--phone", "0543 712111",
        ],
        capsys,
    )  # fmt: skip
    assert "lista d'attesa n. 1" in sign_up(db_args, capsys, "Verdi")
    assert statuses(read, 1) == {
        "Città": "confirmed",
        "D'Angelo 😀": "confirmed",
        "Verdi": "waiting",
    }
    assert [o.name for o in list_organisations(read)].count("Comune di Forlì") == 1
    row = next(r for r in roster(read, 1, 1) if r.surname == "D'Angelo 😀")
    assert (row.email, row.role, row.organisation) == (
        "n.dangelo@comune.forli.fc.it",
        "Progettista",
        "Comune di Forlì",
    )


@pytest.mark.parametrize(
    ("extra", "code"),
    [
        (["--surname", "", "--name", "A", "--organisation", "Ente"], 1),
        (["--surname", HUGE, "--name", "A", "--organisation", "Ente"], 1),
        (["--surname", "R", "--name", "A", "--organisation", ""], 1),
        (["--surname", "R", "--name", "A", "--organisation", HUGE], 1),
        (["--surname", "R", "--name", "A", "--organisation", "Ente", "--email", "no"], 1),
        (["--surname", "R", "--name", "A", "--organisation", "Ente", "--fiscal-code", "X"], 1),
        (["--surname", "R", "--name", "A"], 2),
    ],
)
def test_register_refusals_add_nobody_and_no_ente(
    db_args: list[str], read: Database, capsys, extra: list[str], code: int
) -> None:
    enti = list_organisations(read)
    run_failing(["register", *db_args, "--session", "1", *extra], capsys, code)
    assert roster(read, 1, 1) == []
    assert list_organisations(read) == enti


def test_register_to_an_unknown_session(db_args: list[str], capsys) -> None:
    err = run_failing(
        ["register", *db_args, "--session", "99", "--surname", "R", "--name", "A",
         "--organisation", "Ente"],
        capsys,
        1,
    )  # fmt: skip
    assert "99" in err


@pytest.mark.both_backends
def test_cancel_promotes_the_first_in_line(db_args: list[str], read: Database, capsys) -> None:
    for surname in ("Bianchi", "Rossi", "Verdi", "Neri"):
        sign_up(db_args, capsys, surname)
    out = run_ok(["cancel-registration", *db_args, "--session", "1", "--participant", "1"], capsys)
    assert "Verdi" in out
    assert statuses(read, 1) == {
        "Bianchi": "cancelled",
        "Rossi": "confirmed",
        "Verdi": "confirmed",
        "Neri": "waiting",
    }
    rossi = next(r for r in roster(read, 1, 1) if r.surname == "Rossi")
    run_ok(["cancel-registration", *db_args, "--registration", str(rossi.registration_id)], capsys)
    assert statuses(read, 1)["Neri"] == "confirmed"
    err = run_failing(
        ["cancel-registration", *db_args, "--registration", str(rossi.registration_id)], capsys, 1
    )
    assert "già annullata" in err


def _queue_with_free_seats(db: Database, surnames: list[str]) -> None:
    """Put these people on the waiting list while seats are free (as after a hand edit of
    the seats elsewhere): the state in which the window's *Conferma* button is enabled."""
    from sqlalchemy import select

    from exchange_desktop.domain.enums import RegistrationStatus
    from exchange_desktop.storage.models import ParticipantRow, RegistrationRow

    with db.transaction() as orm:
        for surname in surnames:
            row = orm.scalar(
                select(RegistrationRow)
                .join(ParticipantRow, RegistrationRow.participant_id == ParticipantRow.id)
                .where(ParticipantRow.surname == surname)
            )
            row.status = RegistrationStatus.WAITING


@pytest.mark.both_backends
def test_promote_the_first_in_line_or_the_one_named(
    db_args: list[str], read: Database, capsys
) -> None:
    for surname in ("Bianchi", "Rossi"):
        sign_up(db_args, capsys, surname)
    _queue_with_free_seats(read, ["Bianchi", "Rossi"])
    out = run_ok(["promote", *db_args, "--session", "1"], capsys)
    assert "Bianchi" in out
    assert statuses(read, 1) == {"Bianchi": "confirmed", "Rossi": "waiting"}
    _queue_with_free_seats(read, ["Bianchi"])
    out = run_ok(["promote", *db_args, "--session", "1", "--participant", "1"], capsys)
    assert "Bianchi" in out
    assert statuses(read, 1) == {"Bianchi": "confirmed", "Rossi": "waiting"}


def test_promote_refusals(db_args: list[str], read: Database, capsys) -> None:
    sign_up(db_args, capsys, "Bianchi")
    sign_up(db_args, capsys, "Rossi")
    sign_up(db_args, capsys, "Verdi")
    run_failing(["promote", *db_args, "--session", "1", "--participant", "1"], capsys, 1)
    run_failing(["promote", *db_args, "--session", "1", "--participant", "99"], capsys, 1)
    run_failing(["promote", *db_args, "--session", "99"], capsys, 1)
    run_failing(["promote", *db_args], capsys, 2)
    assert statuses(read, 1)["Verdi"] == "waiting"
    run_ok(["cancel-registration", *db_args, "--session", "1", "--participant", "1"], capsys)
    err = run_failing(["promote", *db_args, "--session", "1"], capsys, 1)
    assert "Nessuno" in err


@pytest.mark.both_backends
def test_move_participant_to_another_session(db_args: list[str], read: Database, capsys) -> None:
    sign_up(db_args, capsys, "Bianchi")
    sign_up(db_args, capsys, "Rossi")
    sign_up(db_args, capsys, "Verdi")
    out = run_ok(
        ["move-participant", *db_args, "--session", "1", "--participant", "1", "--to", "2"],
        capsys,
    )
    assert "Verdi" in out
    assert statuses(read, 2) == {"Bianchi": "confirmed"}
    assert statuses(read, 1) == {"Rossi": "confirmed", "Verdi": "confirmed"}


@pytest.mark.parametrize(
    ("extra", "code"),
    [
        (["--registration", "1", "--to", "99"], 1),
        (["--registration", "99", "--to", "2"], 1),
        (["--session", "1", "--participant", "99", "--to", "2"], 1),
        (["--session", "1", "--to", "2"], 1),
        (["--registration", "1", "--session", "1", "--to", "2"], 1),
        (["--registration", "1"], 2),
        (["--registration", "uno", "--to", "2"], 2),
    ],
)
def test_move_participant_refusals(
    db_args: list[str], read: Database, capsys, extra: list[str], code: int
) -> None:
    sign_up(db_args, capsys, "Bianchi")
    run_failing(["move-participant", *db_args, *extra], capsys, code)
    assert statuses(read, 1) == {"Bianchi": "confirmed"}
    assert statuses(read, 2) == {}
