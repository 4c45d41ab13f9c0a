"""Who changed a row and when: ``changed_by`` and ``changed_at`` on the rows clerks change.

On a shared server two clerks may mark the same person at the same moment; each must be
told of the other.  The author is the database role on PostgreSQL (one login per office,
as the README's IT page sets it up) and the Windows user@PC on a SQLite file; the moment is
the database's clock (:mod:`.clock`).  Stamped on every flush that changes such a row, so
no service can forget it.
"""

from __future__ import annotations

import getpass
import socket
from datetime import datetime
from typing import Any

from sqlalchemy import Text, event, text
from sqlalchemy.orm import Mapped, Session, mapped_column, sessionmaker

from exchange_desktop.storage.clock import ServerTime, server_now


class ChangeStamp:
    """The two columns of a row clerks change."""

    changed_by: Mapped[str] = mapped_column(Text, default="", server_default="")
    changed_at: Mapped[datetime | None] = mapped_column(ServerTime(), nullable=True)


def local_author() -> str:
    """The Windows user and the PC's name (user@PC), where no server names the clerk."""
    try:
        user = getpass.getuser()
    except (OSError, KeyError):  # no user name in the environment
        user = "?"
    return f"{user}@{socket.gethostname()}"


def author(orm: Session) -> str:
    """Who is writing in ``orm``'s transaction."""
    connection = orm.connection()
    if connection.dialect.name == "postgresql":
        return str(connection.execute(text("SELECT current_user")).scalar_one())
    return local_author()


def stamp_changes(sessions: sessionmaker[Session]) -> None:
    """Make every flush of ``sessions`` stamp the new and changed :class:`ChangeStamp` rows."""

    @event.listens_for(sessions, "before_flush")
    def _stamp(orm: Session, _context: object, _instances: Any) -> None:
        changed = [row for row in orm.new if isinstance(row, ChangeStamp)] + [
            row
            for row in orm.dirty
            if isinstance(row, ChangeStamp) and orm.is_modified(row, include_collections=False)
        ]
        if not changed:
            return
        who, when = author(orm), server_now(orm)
        for row in changed:
            row.changed_by = who
            row.changed_at = when
