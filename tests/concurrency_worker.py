"""A clerk's program in a process of its own, registering people at the same moment as
another: used by the last-seat test (spawned, so it must be importable)."""

from __future__ import annotations

from multiprocessing.synchronize import Barrier


def register_at_once(
    location: str, session_ids: list[int], surname: str, barrier: Barrier
) -> list[str]:
    """For each session, wait for the other clerk, then sign ``surname`` up; the statuses."""
    from exchange_desktop.domain.roster import Participant
    from exchange_desktop.services.roster.registrations import register
    from exchange_desktop.storage.database import open_database

    db = open_database(location)
    statuses = []
    try:
        for session_id in session_ids:
            barrier.wait(timeout=60)
            outcome = register(
                db,
                session_id,
                Participant(surname=surname, name="Anna", email=f"{surname}@ente.it"),
            )
            statuses.append(outcome.row.status.value)
    finally:
        db.close()
    return statuses
