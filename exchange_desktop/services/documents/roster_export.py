"""The roster of a practice as an Excel workbook, with the columns the clerk picks.

Every copy of personal data is a risk, so the default columns are only what colleagues
need to organise the day (no phone, no codice fiscale).  Each session's sheet lists the
people with a seat and then the waiting list in order; cancelled registrations appear only
as a count in the summary.  openpyxl is imported only when a file is written, so that the
GUI can import this module for the column list and the file name at no cost.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from exchange_desktop.domain.enums import RegistrationStatus, SessionStatus
from exchange_desktop.domain.errors import DomainError
from exchange_desktop.domain.practice import Practice
from exchange_desktop.domain.roster_rows import RosterEntry
from exchange_desktop.domain.scheduling import Session
from exchange_desktop.domain.validation import name_key
from exchange_desktop.exports.wording import footer_subject, short_title
from exchange_desktop.files import atomic_write
from exchange_desktop.i18n import MESSAGES_CONTEXT, QT_TRANSLATE_NOOP, Message
from exchange_desktop.services.attendance.attendance_days import (
    check_attendance_days,
    session_days_from,
)
from exchange_desktop.services.documents.practice_documents import MAX_FILE_STEM, safe_name_part
from exchange_desktop.services.documents.roster_columns import (
    COLUMN_SPECS,
    DEFAULT_ROSTER_COLUMNS,
    NOT_IN_WAITING_LIST,
    ROSTER_COLUMNS,
    SPEC_BY_KEY,
    ColumnSpec,
    check_columns,
)
from exchange_desktop.services.roster.roster_rows import build_rows, session_label
from exchange_desktop.services.scheduling.session_rows import practice_row, sessions_in_date_order
from exchange_desktop.storage.database import Database
from exchange_desktop.storage.mapping import session_to_domain, to_domain

if TYPE_CHECKING:
    from exchange_desktop.exports.roster_xlsx import CountTable, RosterBook
    from exchange_desktop.exports.xlsx_sheets import Column

__all__ = [
    "COLUMN_SPECS",
    "DEFAULT_ROSTER_COLUMNS",
    "ROSTER_COLUMNS",
    "build_roster_book",
    "check_columns",
    "check_xlsx_path",
    "export_roster_xlsx",
    "suggested_roster_name",
]

XLSX_SUFFIX = ".xlsx"
_ROSTER_PREFIX = "Partecipanti"
_MAX_SHEET_TITLE = 31
_NO_ORGANISATION = "(nessun Ente)"
_NO_ROLE = "(ruolo non indicato)"

_SESSION_STATUS_TEXT = {
    SessionStatus.PROPOSED: "Proposta",
    SessionStatus.CONFIRMED: "Confermata",
    SessionStatus.CANCELLED: "Annullata",
    SessionStatus.HELD: "Svolta",
}


def _error(template: str, **params: object) -> DomainError:
    return DomainError(Message(MESSAGES_CONTEXT, template, **params))


def check_xlsx_path(out_path: Path | str) -> Path:
    """The target as a path, or a clear error: it must be an ``.xlsx`` file, not a folder."""
    path = Path(out_path)
    if os.path.isdir(path):  # False, not an exception, for a name too long
        raise _error(
            QT_TRANSLATE_NOOP(
                "Messages", "{path} è una cartella: indicare il nome del file Excel da creare."
            ),
            path=str(path),
        )
    if path.suffix.lower() != XLSX_SUFFIX:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Il file {path} deve avere l'estensione .xlsx (per esempio partecipanti.xlsx).",
            ),
            path=str(path),
        )
    return path


def suggested_roster_name(practice: Practice) -> str:
    """ "Partecipanti - Patti di Cittadinanza.xlsx": valid on Windows, about 80 characters."""
    title = safe_name_part(short_title(practice.title)).strip(" .")
    stem = f"{_ROSTER_PREFIX} - {title}" if title else _ROSTER_PREFIX
    if len(stem) > MAX_FILE_STEM:
        cut = stem[:MAX_FILE_STEM]
        word_end = cut.rfind(" ")
        stem = cut[:word_end] if word_end > len(_ROSTER_PREFIX) + 3 else cut
    return stem.rstrip(" .-–—,;") + XLSX_SUFFIX


# --- the workbook's content -----------------------------------------------------------------


def session_day(session: Session) -> date | None:
    """The one day of the session: confirmed, or the only date still in play."""
    days = [session.confirmed_day] if session.confirmed_day else session.open_days
    return days[0] if len(days) == 1 else None


def sheet_name(session: Session, length: int = 1) -> str:
    """ "2026-04-20"; "2026-04-20 (2 giorni)" for a session of several days; "2026-04-20 o
    2026-04-27" while a choice is open (or "2026-04-20 (da confermare)" when that is too
    long for a sheet name); "Senza data"; "… (annullata)" for a cancelled session.
    """
    suffix = " (annullata)" if session.status is SessionStatus.CANCELLED else ""
    day = session.confirmed_day
    days = [day] if day else session.open_days
    if not days:
        return "Senza data" + suffix
    if day and length > 1:
        return f"{day.isoformat()} ({length} giorni){suffix}"
    name = " o ".join(d.isoformat() for d in days)
    if len(name + suffix) > _MAX_SHEET_TITLE:
        name = days[0].isoformat() + ("" if suffix else " (da confermare)")
    return name + suffix


def _count_table(title: str, heading: str, groups: list[list[str]], placeholder: str) -> CountTable:
    """Rows "Ente → count per session", sorted the Italian way, the placeholder last."""
    from exchange_desktop.exports.roster_xlsx import CountTable

    labels = {label for group in groups for label in group}
    ordered = sorted(labels, key=lambda text: (text == placeholder, name_key(text), text))
    rows = [(label, [group.count(label) for group in groups]) for label in ordered]
    return CountTable(title=title, heading=heading, rows=rows)


def build_roster_book(
    practice: Practice,
    sessions: Sequence[tuple[Session, str]],
    rows: Sequence[RosterEntry],
    columns: Sequence[str],
    extracted_at: datetime,
) -> RosterBook:
    """What the workbook shows: ``sessions`` in date order with their labels, ``rows`` in
    roster order, ``columns`` already checked."""
    from exchange_desktop.exports.roster_xlsx import RosterBook, SessionSheet
    from exchange_desktop.exports.xlsx_sheets import Column

    specs = [SPEC_BY_KEY[key] for key in columns]
    waiting_specs = [spec for spec in specs if spec.key not in NOT_IN_WAITING_LIST]
    by_session: dict[int, list[RosterEntry]] = {}
    for row in rows:
        by_session.setdefault(row.session_id, []).append(row)

    sheets, waiting_rows = [], []
    organisations: list[list[str]] = []
    roles: list[list[str]] = []
    for session, label in sessions:
        registrations = by_session.get(session.id or 0, [])
        listed = [r for r in registrations if r.status is not RegistrationStatus.CANCELLED]
        seated = [r for r in listed if r.status is RegistrationStatus.CONFIRMED]
        day = session_day(session)
        sheets.append(
            SessionSheet(
                title=sheet_name(session, max(practice.duration_days, 1)),
                label=label,
                day=day,
                start=session.start_time,
                end=session.end_time,
                status=_SESSION_STATUS_TEXT[session.status],
                capacity=session.capacity,
                confirmed=len(seated),
                waiting=len(listed) - len(seated),
                cancelled=len(registrations) - len(listed),
                present=sum(
                    1 for r in listed if r.present and r.status is RegistrationStatus.CONFIRMED
                ),
                rows=[
                    [spec.value(number, row) for spec in specs]
                    for number, row in enumerate(listed, start=1)
                ],
            )
        )
        waiting_rows += [
            [label, day, row.waiting_position, *(spec.value(0, row) for spec in waiting_specs)]
            for row in listed
            if row.status is RegistrationStatus.WAITING
        ]
        organisations.append([r.organisation.strip() or _NO_ORGANISATION for r in seated])
        roles.append([r.role.strip() or _NO_ROLE for r in seated])

    def column(spec: ColumnSpec) -> Column:
        return Column(spec.label, spec.kind, spec.max_width)

    return RosterBook(
        subject=footer_subject(practice),
        extracted_at=extracted_at,
        columns=[column(spec) for spec in specs],
        sessions=sheets,
        waiting_columns=[
            Column("Sessione", max_width=40),
            Column("Data", "date"),
            Column("Posizione", "integer"),
            *(column(spec) for spec in waiting_specs),
        ],
        waiting_rows=waiting_rows,
        counts=[
            _count_table(
                "Iscritti con posto confermato, per Ente", "Ente", organisations, _NO_ORGANISATION
            ),
            _count_table("Iscritti con posto confermato, per ruolo", "Ruolo", roles, _NO_ROLE),
        ],
    )


def export_roster_xlsx(
    db: Database, practice_id: int, out_path: Path | str, columns: list[str] | None = None
) -> Path:
    """Write the practice's roster as an Excel workbook; return the file's absolute path.

    One sheet per session (named by its date), "Lista d'attesa" and "Riepilogo".
    ``columns`` are keys of :data:`ROSTER_COLUMNS` (None: :data:`DEFAULT_ROSTER_COLUMNS`).
    Raises :class:`DomainError` for a missing practice, an unknown column, a target that is
    not an ``.xlsx`` file or cannot be written; an existing file is replaced only once the
    new one is complete.
    """
    path = check_xlsx_path(out_path)
    keys = check_columns(columns)
    with db.read() as orm:
        practice = to_domain(practice_row(orm, practice_id), Practice)
        session_rows = sessions_in_date_order(orm, practice_id)
        sessions = [
            (session_to_domain(row), session_label(row, document=True)) for row in session_rows
        ]
        for row, (session, _label) in zip(session_rows, sessions, strict=True):
            start = session_day(session)
            if start is not None:
                check_attendance_days(
                    orm,
                    row,
                    session_days_from(row, start),
                    Message(MESSAGES_CONTEXT, QT_TRANSLATE_NOOP("Messages", "l'elenco in Excel")),
                )
        rows = build_rows(orm, session_rows, document=True)
    book = build_roster_book(practice, sessions, rows, keys, datetime.now())

    from exchange_desktop.exports.roster_xlsx import write_roster_workbook

    atomic_write(path, lambda temp: write_roster_workbook(temp, book))
    return path.absolute()
