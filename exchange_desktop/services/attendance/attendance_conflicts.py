"""Two clerks marking the same person at once: the second is told of the first.

Compare-and-set, as for the forms' edits: the screen says what it showed (the sittings
the *Orari…* dialog loaded, the roster's *Presente* box); when the stored marks no longer
match, nothing is written and the clerk reads who changed them and when (``changed_by`` and
``changed_at``, :mod:`storage.authorship`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, time

from exchange_desktop.domain.errors import ConflictError
from exchange_desktop.domain.sittings import SittingPresence
from exchange_desktop.i18n import QT_TRANSLATE_NOOP
from exchange_desktop.services.scheduling.session_rows import message
from exchange_desktop.storage.models import AttendanceRow


class AttendanceConflictError(ConflictError):
    """The marks changed since the screen showed them; the screen reloads them."""


def _stored(records: Mapping[int, AttendanceRow], sitting: int) -> tuple[object, ...]:
    row = records.get(sitting)
    if row is None:
        return (False, None, None)
    return (bool(row.present), row.time_in, row.time_out)


def _conflict(records: Mapping[int, AttendanceRow], person: str) -> AttendanceConflictError:
    latest = max(
        (row for row in records.values() if row.changed_at is not None),
        key=lambda row: row.changed_at or 0,
        default=None,
    )
    if latest is None or not latest.changed_by:
        text = message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Nel frattempo la presenza di {person} è stata modificata da un altro utente: "
                "ora è mostrato quanto salvato. Ripetere la modifica se serve ancora.",
            ),
            person=person,
        )
    else:
        text = message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Nel frattempo {author} ha modificato la presenza di {person} (alle {when}): "
                "ora è mostrato quanto salvato. Ripetere la modifica se serve ancora.",
            ),
            author=latest.changed_by,
            person=person,
            when=latest.changed_at.strftime("%H:%M:%S") if latest.changed_at else "",
        )
    return AttendanceConflictError(text, {})


def check_marks_unchanged(
    records: Mapping[int, AttendanceRow], expected: Sequence[SittingPresence], person: str
) -> None:
    """Refuse when a sitting no longer holds what the screen showed."""
    for shown in expected:
        if _stored(records, shown.sitting) != (shown.present, shown.time_in, shown.time_out):
            raise _conflict(records, person)


def check_presence_unchanged(
    records: Mapping[int, AttendanceRow], shown_present: bool, person: str
) -> None:
    """The *Presente* box: refuse when the stored day no longer reads as it showed."""
    if any(bool(row.present) for row in records.values()) != shown_present:
        raise _conflict(records, person)


@dataclass(frozen=True)
class ReplacedMark:
    """A mark a colleague made that this write replaces (the command line says so)."""

    sitting: int
    author: str
    changed_at: datetime | None
    present: bool
    time_in: time | None
    time_out: time | None


def marks_replaced(
    records: Mapping[int, AttendanceRow], presences: Sequence[SittingPresence], writer: str
) -> list[ReplacedMark]:
    """The stored marks that ``presences`` change and that someone else than ``writer``
    made (known authors only)."""
    replaced = []
    for presence in presences:
        row = records.get(presence.sitting)
        if row is None or not row.changed_by or row.changed_by == writer:
            continue
        if _stored(records, presence.sitting) == (
            presence.present,
            presence.time_in,
            presence.time_out,
        ):
            continue
        replaced.append(
            ReplacedMark(
                presence.sitting,
                row.changed_by,
                row.changed_at,
                bool(row.present),
                row.time_in,
                row.time_out,
            )
        )
    return replaced
