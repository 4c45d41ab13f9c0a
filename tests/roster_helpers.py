"""Shared set-up of the roster tests: the sample practice, people, full sessions."""

from __future__ import annotations

from datetime import datetime, timedelta

from scheduling_helpers import sample

from exchange_desktop.domain.enums import SchedulingMode
from exchange_desktop.domain.practice import Practice
from exchange_desktop.domain.roster import Participant
from exchange_desktop.domain.scheduling import Session
from exchange_desktop.services import roster as service
from exchange_desktop.services.scheduling.scheduling_modes import set_scheduling_mode
from exchange_desktop.storage.database import Database

__all__ = ["at", "fill", "person", "sample", "two_sessions"]

VALID_FISCAL_CODE = "RSSMRA85T10A562S"
START = datetime(2026, 3, 1, 9, 0)


def person(surname: str, name: str = "Anna", **fields: object) -> Participant:
    """A participant with an address made from the names, unless given."""
    fields.setdefault("email", f"{name}.{surname}@comune.it".lower().replace(" ", ""))
    return Participant(surname=surname, name=name, **fields)  # type: ignore[arg-type]


def at(minute: int) -> datetime:
    return START + timedelta(minutes=minute)


def fill(
    db: Database, session_id: int, surnames: list[str], organisation_id: int | None = None
) -> list[int]:
    """Sign people up one minute apart, in the order given; return the registration ids."""
    ids = []
    with db.transaction() as orm:
        for minute, surname in enumerate(surnames):
            row = service.add_registration(
                orm, session_id, person(surname, organisation_id=organisation_id), at(minute)
            )
            ids.append(row.id)
    return ids


def two_sessions(db: Database) -> tuple[Practice, Session, Session]:
    """The sample practice in "E" mode: a session on 20 April and one on 27 April."""
    practice, _session = sample(db)
    first, second = set_scheduling_mode(db, practice.id, SchedulingMode.SEVERAL)
    return practice, first, second
