"""Announcing every committed write: the rows a transaction touched become one Change.

The collector listens to the ORM's flushes (rows added, changed, deleted) and to the ORM
statements that bypass them (``update``/``delete``/``insert`` on a table), and on commit
hands one :class:`~exchange_desktop.domain.changes.Change` to the database's
:class:`ChangeFeed`.  So no use case has to remember to announce, and none can forget: the
tabs of the window and a future change log hear of the command line's, the window's and a
background task's writes alike.  A rolled-back transaction announces nothing.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import event
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker
from sqlalchemy.orm.util import identity_key

from exchange_desktop.domain.changes import Area, Change
from exchange_desktop.storage.models import (
    AttendanceRow,
    AvailabilityRow,
    CandidateDateRow,
    DateChangeRow,
    OrganisationRow,
    ParticipantRow,
    PracticeRow,
    ProgrammeItemRow,
    RegistrationRow,
    SessionRow,
    SittingRow,
)

log = logging.getLogger(__name__)

Listener = Callable[[Change], None]

_AREAS: dict[type, Area] = {
    PracticeRow: Area.PRACTICE,
    ProgrammeItemRow: Area.PROGRAMME,
    SessionRow: Area.SESSIONS,
    SittingRow: Area.SESSIONS,
    CandidateDateRow: Area.SESSIONS,
    DateChangeRow: Area.SESSIONS,
    AvailabilityRow: Area.AVAILABILITY,
    OrganisationRow: Area.ORGANISATIONS,
    ParticipantRow: Area.PARTICIPANTS,
    RegistrationRow: Area.REGISTRATIONS,
    AttendanceRow: Area.ATTENDANCE,
}
_TABLE_AREAS = {row.__tablename__: area for row, area in _AREAS.items()}  # type: ignore[attr-defined]
_KEY = "exchange_desktop.touched"


class ChangeFeed:
    """The announcements of one open database: subscribe, and hear every commit."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` after every commit that wrote; returns the unsubscribe."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def publish(self, change: Change) -> None:
        """Tell every listener; a failing listener is logged and never undoes the commit."""
        if not change:
            return
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(change)
            except Exception:
                log.exception("a listener of the database's changes failed")


@dataclass
class _Touched:
    areas: set[Area] = field(default_factory=set)
    practices: set[int] = field(default_factory=set)
    sessions: set[int] = field(default_factory=set)
    registrations: set[int] = field(default_factory=set)
    #: Some row's practice could not be told: the change may concern any practice.
    any_practice: bool = False

    def change(self) -> Change:
        return Change(
            frozenset(self.areas),
            frozenset() if self.any_practice else frozenset(self.practices),
            frozenset(self.sessions),
            frozenset(self.registrations),
        )


def watch_writes(sessions: sessionmaker[Session], feed: ChangeFeed) -> None:
    """Make every transaction of ``sessions`` announce what it wrote to ``feed``."""

    @event.listens_for(sessions, "after_flush")
    def _flushed(orm: Session, _context: object) -> None:
        touched = orm.info.setdefault(_KEY, _Touched())
        for row in (*orm.new, *orm.deleted):
            _note(orm, touched, row)
        for row in orm.dirty:
            if orm.is_modified(row, include_collections=False):
                _note(orm, touched, row)

    @event.listens_for(sessions, "do_orm_execute")
    def _statement(state: ORMExecuteState) -> None:
        if not (state.is_update or state.is_delete or state.is_insert):
            return
        table = getattr(state.statement, "table", None)
        area = _TABLE_AREAS.get(getattr(table, "name", ""))
        if area is not None:
            touched = state.session.info.setdefault(_KEY, _Touched())
            touched.areas.add(area)
            touched.any_practice = True

    @event.listens_for(sessions, "after_commit")
    def _committed(orm: Session) -> None:
        touched: _Touched | None = orm.info.pop(_KEY, None)
        if touched is not None:
            feed.publish(touched.change())

    @event.listens_for(sessions, "after_rollback")
    def _rolled_back(orm: Session) -> None:
        orm.info.pop(_KEY, None)


def _note(orm: Session, touched: _Touched, row: object) -> None:
    area = _AREAS.get(type(row))
    if area is None:
        return
    touched.areas.add(area)
    practice_id: int | None = None
    if isinstance(row, PracticeRow):
        practice_id = row.id
    elif isinstance(row, (ProgrammeItemRow, SessionRow)):
        practice_id = row.practice_id
        if isinstance(row, SessionRow):
            touched.sessions.add(row.id)
    elif isinstance(row, (SittingRow, CandidateDateRow, DateChangeRow, RegistrationRow)):
        touched.sessions.add(row.session_id)
        practice_id = _practice_of_session(orm, row.session_id)
        if isinstance(row, RegistrationRow):
            touched.registrations.add(row.id)
    elif isinstance(row, AttendanceRow):
        touched.registrations.add(row.registration_id)
        registration = _loaded(orm, RegistrationRow, row.registration_id)
        if isinstance(registration, RegistrationRow):
            touched.sessions.add(registration.session_id)
            practice_id = _practice_of_session(orm, registration.session_id)
    else:  # Enti, people, availabilities: shared by every practice
        touched.any_practice = True
        return
    if practice_id is None:
        touched.any_practice = True
    else:
        touched.practices.add(practice_id)


def _loaded(orm: Session, row_class: type, row_id: int | None) -> object | None:
    """A row already in this session, without asking the database (we are in a flush)."""
    if row_id is None:
        return None
    return orm.identity_map.get(identity_key(row_class, row_id))


def _practice_of_session(orm: Session, session_id: int | None) -> int | None:
    session = _loaded(orm, SessionRow, session_id)
    return session.practice_id if isinstance(session, SessionRow) else None
