"""Before a restore on a shared server: what it would replace, said before it is done.

A restore on a server replaces the data of every office that works on it, not only the
clerk's own; the command line asks for ``--yes`` and says how much it replaces, so nobody
wipes colleagues' work with a command meant for their own file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from exchange_desktop.storage.database import Database
from exchange_desktop.storage.location import is_server_url
from exchange_desktop.storage.models import (
    AttendanceRow,
    CandidateDateRow,
    OrganisationRow,
    ParticipantRow,
    PracticeRow,
    ProgrammeItemRow,
    RegistrationRow,
    SessionRow,
)

#: The tables whose rows say who changed them (``changed_by``).
STAMPED = (
    PracticeRow,
    SessionRow,
    ProgrammeItemRow,
    CandidateDateRow,
    OrganisationRow,
    ParticipantRow,
    RegistrationRow,
    AttendanceRow,
)


@dataclass(frozen=True)
class SharedData:
    """What a restore on the server at ``label`` would replace."""

    label: str
    practices: int
    participants: int
    registrations: int
    #: Who changed those data (one database login per office), as far as recorded.
    authors: tuple[str, ...] = ()
    #: The logins of the other programs connected now, one per connection.
    connected: tuple[str, ...] = ()


def shared_data_at(location: str | Path) -> SharedData | None:
    """The shared data a restore at ``location`` replaces; None for a file of this PC."""
    if not is_server_url(location):
        return None
    from exchange_desktop.storage.database import open_database

    db = open_database(location)
    try:
        return shared_data(db)
    finally:
        db.close()


def shared_data(db: Database) -> SharedData:
    connected = tuple(db.other_connections())  # (first: it asks on a connection of its own)
    with db.read() as orm:

        def count(row: type[object]) -> int:
            return int(orm.scalar(select(func.count()).select_from(row)) or 0)

        authors: set[str] = set()
        for row in STAMPED:
            authors.update(orm.scalars(select(row.changed_by).distinct()))
        return SharedData(
            db.label,
            count(PracticeRow),
            count(ParticipantRow),
            count(RegistrationRow),
            tuple(sorted(author for author in authors if author)),
            connected,
        )
