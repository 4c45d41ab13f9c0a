"""Who changed it: every row clerks change carries ``changed_by`` (the database role on a
server, user@PC on a file) and ``changed_at`` (the database's clock), stamped by each flush
— practices, sessions, programme items, candidate dates and Enti as well as people,
registrations and attendances."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest
from scheduling_helpers import ente, sample
from sqlalchemy import select

from exchange_desktop.services.practices.catalogue import update_practice
from exchange_desktop.services.practices.programme import list_items, update_item
from exchange_desktop.services.roster.organisations import update_organisation
from exchange_desktop.services.scheduling.sessions import update_session
from exchange_desktop.storage.authorship import local_author
from exchange_desktop.storage.database import Database, open_database
from exchange_desktop.storage.models import (
    CandidateDateRow,
    OrganisationRow,
    PracticeRow,
    ProgrammeItemRow,
    SessionRow,
)

STAMPED = (PracticeRow, SessionRow, ProgrammeItemRow, CandidateDateRow, OrganisationRow)
DATA_DIR = Path(__file__).parent / "data"


def _author(db: Database) -> str:
    return "postgres" if db.shared else local_author()  # the test server's role


def _stamps(db: Database, model: type) -> list[tuple[str, datetime | None]]:
    with db.read() as orm:
        return [(row.changed_by, row.changed_at) for row in orm.scalars(select(model))]


@pytest.mark.both_backends
def test_new_rows_of_every_kind_carry_their_author_and_the_servers_time(db: Database) -> None:
    sample(db)
    ente(db, "Comune di Vimercate")
    for model in STAMPED:
        stamps = _stamps(db, model)
        assert stamps, model.__tablename__
        assert {who for who, _when in stamps} == {_author(db)}, model.__tablename__
        assert all(when is not None for _who, when in stamps), model.__tablename__


@pytest.mark.both_backends
def test_a_change_moves_the_stamp_of_that_row_only(db: Database) -> None:
    practice, session = sample(db)
    organisation = ente(db, "Comune di Vimercate")
    first_item = list_items(db, practice.id)[0]  # type: ignore[arg-type]
    before = {model: dict(_by_id(db, model)) for model in STAMPED}

    update_practice(db, practice.id, title="Patti di Cittadinanza (rivisti)")  # type: ignore[arg-type]
    update_session(db, session.id, capacity=12)  # type: ignore[arg-type]
    update_item(db, first_item.id, title="Apertura dei lavori")  # type: ignore[arg-type]
    update_organisation(db, organisation, name="Comune di Vimercate (MB)")

    changed = {
        PracticeRow: practice.id,
        SessionRow: session.id,
        ProgrammeItemRow: first_item.id,
        OrganisationRow: organisation,
    }
    for model, row_id in changed.items():
        after = dict(_by_id(db, model))
        old_when, new_when = before[model][row_id][1], after[row_id][1]
        assert old_when is not None and new_when is not None and new_when > old_when
        assert after[row_id][0] == _author(db)
        others = {key: value for key, value in after.items() if key != row_id}
        assert others == {key: value for key, value in before[model].items() if key != row_id}


def _by_id(db: Database, model: type) -> list[tuple[int, tuple[str, datetime | None]]]:
    with db.read() as orm:
        return [(row.id, (row.changed_by, row.changed_at)) for row in orm.scalars(select(model))]


def test_rows_of_an_older_file_were_changed_by_someone_unknown(tmp_path: Path) -> None:
    """Migration 0008 adds the columns and guesses nothing: an empty author, no moment."""
    path = tmp_path / "schema-0006.sqlite"
    shutil.copyfile(DATA_DIR / "schema-0006.sqlite", path)
    db = open_database(path)
    try:
        for model in STAMPED:
            stamps = _stamps(db, model)
            assert set(stamps) <= {("", None)}, model.__tablename__  # (the sample has no Ente)
            assert stamps or model is OrganisationRow
        practice_id = _by_id(db, PracticeRow)[0][0]
        update_practice(db, practice_id, title="Patti di Cittadinanza (rivisti)")
        assert _stamps(db, PracticeRow)[0][0] == local_author()
    finally:
        db.close()
