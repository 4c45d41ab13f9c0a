"""Calendar files of the sessions (.ics), for Outlook and the other calendars.

icalendar is imported only when a file is written (see ``exports.ics``), so importing this
module — the GUI does it for the file names — stays cheap.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from exchange_desktop.domain.calendar_rules import working_days_from
from exchange_desktop.domain.errors import DomainError
from exchange_desktop.domain.practice import Practice
from exchange_desktop.domain.scheduling import Session, session_day
from exchange_desktop.exports.files import atomic_write
from exchange_desktop.exports.wording import short_title
from exchange_desktop.i18n import MESSAGES_CONTEXT, QT_TRANSLATE_NOOP, Message
from exchange_desktop.services.documents import MAX_FILE_STEM, safe_name_part
from exchange_desktop.services.programme import items_of
from exchange_desktop.services.session_rows import session_row
from exchange_desktop.storage.database import Database
from exchange_desktop.storage.mapping import session_to_domain, to_domain
from exchange_desktop.storage.models import DateChangeRow

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
        items = items_of(orm, practice.id)
        changes = (
            orm.scalar(
                select(func.count())
                .select_from(DateChangeRow)
                .where(DateChangeRow.session_id == session_id)
            )
            or 0
        )
    days = calendar_days(practice, session)

    from exchange_desktop.exports.ics import session_calendar

    content = session_calendar(practice, items, session, days, sequence=changes)

    def write(temp: Path) -> None:
        temp.write_bytes(content)

    atomic_write(path, write)
    return path.absolute()
