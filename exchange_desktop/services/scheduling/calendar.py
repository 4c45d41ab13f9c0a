"""Calendar files of the sessions (.ics), for Outlook and the other calendars.

icalendar is imported only when a file is written (see ``exports.ics``), so importing this
module — the GUI does it for the file names — stays cheap.

SEQUENCE: Outlook replaces its copy of an event only when the new file's SEQUENCE is higher,
so it must rise on *any* change Outlook would show (time, place, link, title, programme,
status), not only on a move of the date.  Each export hashes the events
(:func:`~exchange_desktop.exports.ics.event_fingerprint`) and compares the hash with the one
stored for the session at the previous export: a different hash means one version more.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from exchange_desktop.domain.calendar_rules import working_days_from
from exchange_desktop.domain.errors import DomainError
from exchange_desktop.domain.practice import Practice
from exchange_desktop.domain.scheduling import Session, session_day
from exchange_desktop.exports.wording import short_title
from exchange_desktop.files import atomic_write
from exchange_desktop.i18n import MESSAGES_CONTEXT, QT_TRANSLATE_NOOP, Message
from exchange_desktop.services.documents.practice_documents import MAX_FILE_STEM, safe_name_part
from exchange_desktop.services.practices.programme import items_of
from exchange_desktop.services.scheduling.session_rows import session_row
from exchange_desktop.storage.database import Database
from exchange_desktop.storage.mapping import session_to_domain, to_domain
from exchange_desktop.storage.models import DateChangeRow, SessionRow

ICS_SUFFIX = ".ics"
FILE_PREFIX = "Scambio"


def _error(template: str, **params: object) -> DomainError:
    return DomainError(Message(MESSAGES_CONTEXT, template, **params))


def check_ics_path(out_path: Path | str) -> Path:
    """The target as a path, or a clear error: it must be an ``.ics`` file, not a folder."""
    path = Path(out_path)
    if os.path.isdir(path):  # False, not an exception, for a name too long
        raise _error(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{path} è una cartella: indicare il nome del file di calendario da creare.",
            ),
            path=str(path),
        )
    if path.suffix.lower() != ICS_SUFFIX:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Il file {path} deve avere l'estensione .ics (per esempio sessione.ics).",
            ),
            path=str(path),
        )
    return path


def calendar_days(practice: Practice, session: Session) -> list[date]:
    """The days the session is held on: the confirmed date and, when the practice lasts
    longer, the following working days.  A session without a date cannot go in a calendar.
    """
    start = session_day(session, practice.scheduling_mode)
    if start is None:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Impossibile esportare il calendario della sessione n. {id}: la sessione non "
                "ha ancora una data confermata.",
            ),
            id=session.id,
        )
    return working_days_from(start, max(practice.duration_days, 1), practice.patron_day)


@dataclass(frozen=True)
class SequenceState:
    """The SEQUENCE last written for a session and the fingerprint of the events it went with.

    An empty fingerprint means no calendar file has been written since this was recorded.
    """

    sequence: int = 0
    fingerprint: str = ""


def next_sequence(
    previous_sequence: int, previous_fingerprint: str, current_fingerprint: str
) -> tuple[int, str]:
    """The SEQUENCE to write now and the fingerprint to remember with it.

    The first export keeps the previous number (nothing to supersede); the same events again
    keep it too, so re-exporting an unchanged session does not make Outlook ask to update;
    any difference adds exactly one.
    """
    if previous_fingerprint and previous_fingerprint != current_fingerprint:
        return previous_sequence + 1, current_fingerprint
    return previous_sequence, current_fingerprint


def calendar_sequence(
    stored: SequenceState, current_fingerprint: str, date_changes: int
) -> SequenceState:
    """Combine the stored version with the count of date changes (the rule before
    fingerprints), taking the larger: a database that never stored a fingerprint still
    writes what it wrote before, and two moves between exports still count as two.
    """
    sequence, fingerprint = next_sequence(stored.sequence, stored.fingerprint, current_fingerprint)
    return SequenceState(max(sequence, date_changes), fingerprint)


def stored_sequence(row: SessionRow) -> SequenceState:
    """The SEQUENCE and the event's fingerprint the session's last calendar file had."""
    return SequenceState(row.calendar_sequence, row.calendar_fingerprint)


def store_sequence(row: SessionRow, state: SequenceState) -> None:
    """Remember ``state`` on the session's row (inside a write transaction)."""
    row.calendar_sequence = state.sequence
    row.calendar_fingerprint = state.fingerprint


def _date_changes(orm: OrmSession, session_id: int) -> int:
    return (
        orm.scalar(
            select(func.count())
            .select_from(DateChangeRow)
            .where(DateChangeRow.session_id == session_id)
        )
        or 0
    )


def suggested_ics_file_name(practice: Practice, session: Session) -> str:
    """ "Scambio - Patti di Cittadinanza - 2026-04-20.ics", valid on Windows."""
    title = safe_name_part(short_title(practice.title)).strip(" .")
    stem = f"{FILE_PREFIX} - {title}" if title else FILE_PREFIX
    if len(stem) > MAX_FILE_STEM:
        stem = stem[:MAX_FILE_STEM].rstrip(" .-–—,;")
    day = session_day(session, practice.scheduling_mode)
    if day is not None:
        stem += f" - {day.isoformat()}"
    return stem + ICS_SUFFIX


def export_ics(db: Database, session_id: int, out_path: Path | str) -> Path:
    """Write the calendar file of a session; return the file's absolute path.

    Raises :class:`DomainError` for a missing session, a session without a confirmed date,
    a wrong target or a file that cannot be written; an existing file is replaced only once
    the new one is complete.
    """
    path = check_ics_path(out_path)
    with db.read() as orm:
        row = session_row(orm, session_id)
        session = session_to_domain(row)
        practice = to_domain(row.practice, Practice)
        items = items_of(orm, row.practice_id)
        changes = _date_changes(orm, session_id)
        stored = stored_sequence(row)
    days = calendar_days(practice, session)

    from exchange_desktop.exports.ics import event_fingerprint, session_calendar

    fingerprint = event_fingerprint(practice, items, session, days)
    state = calendar_sequence(stored, fingerprint, changes)
    content = session_calendar(practice, items, session, days, sequence=state.sequence)

    def write(temp: Path) -> None:
        temp.write_bytes(content)

    atomic_write(path, write)
    if state != stored:  # only once the file is in place: a failed export changes nothing
        with db.transaction() as orm:
            store_sequence(session_row(orm, session_id), state)
    return path.absolute()
