"""What a successful use case changed, said once for every screen and listener.

Every transaction that writes announces one :class:`Change` when it commits: which areas of
the data (the practice's fields, its programme, its sessions and dates, the roster…) and,
where known, which practices, sessions and registrations.  The tabs of the window mark
themselves stale from it; a change log (who changed what, when) would subscribe to the same
announcements, so nothing a use case does can escape either.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import Enum


class Area(Enum):
    """A part of the data that screens show together."""

    PRACTICE = "practice"  # the fields of the scheda
    PROGRAMME = "programme"  # topics and breaks of the day
    SESSIONS = "sessions"  # sessions, sittings, candidate dates and their changes
    AVAILABILITY = "availability"  # which Enti can come on which date
    ORGANISATIONS = "organisations"  # the shared list of Enti
    PARTICIPANTS = "participants"  # people and their personal data
    REGISTRATIONS = "registrations"  # seats and the waiting list
    ATTENDANCE = "attendance"  # presence and times on the day


@dataclass(frozen=True)
class Change:
    """One commit's worth of changes.

    An empty id set with its area present means "some, not known which": a listener must
    then assume its own practice or session is among them.
    """

    areas: frozenset[Area]
    practice_ids: frozenset[int] = field(default_factory=frozenset)
    session_ids: frozenset[int] = field(default_factory=frozenset)
    registration_ids: frozenset[int] = field(default_factory=frozenset)

    @classmethod
    def everything(cls) -> Change:
        """All data replaced at once (a restore, another database)."""
        return cls(frozenset(Area))

    def touches(self, areas: Iterable[Area]) -> bool:
        return not self.areas.isdisjoint(areas)

    def may_concern_practice(self, practice_id: int | None) -> bool:
        """Whether a screen showing ``practice_id`` may show changed data."""
        return practice_id is not None and (
            not self.practice_ids or practice_id in self.practice_ids
        )

    def __bool__(self) -> bool:
        return bool(self.areas)
