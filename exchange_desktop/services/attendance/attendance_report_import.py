"""One use case for a webinar's attendance report, the same for the window and the command line.

The rule: the confirmed people the report names are marked, sitting by sitting; the lines of
people on the waiting list, of cancelled registrations, of people not in the roster and of
confirmed people without a complete connection are listed, each with its reason, and nothing
is written for them.  With ``strict`` any listed line refuses the whole report: nothing is
written at all.  Matching and writing happen in one transaction, so the roster cannot change
in between and a failure half way writes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy.orm import Session as OrmSession

from exchange_desktop.domain.report_coverage import covered_sittings, report_span
from exchange_desktop.i18n import QT_TRANSLATE_NOOP, Message
from exchange_desktop.imports.attendance_report import AttendanceLine, read_attendance_report
from exchange_desktop.services.attendance.attendance_import import (
    AttendanceMatch,
    AttendanceResult,
    MarkedPerson,
    apply_in,
    match_in,
    report_day,
)
from exchange_desktop.services.attendance.marks import default_day
from exchange_desktop.services.attendance.report_absences import mark_absent_in
from exchange_desktop.services.attendance.sittings import plan_of
from exchange_desktop.services.attendance.webinar_reports import store_report
from exchange_desktop.services.scheduling.session_rows import message, session_row
from exchange_desktop.storage.database import Database
from exchange_desktop.storage.models import SessionRow

WAITING = QT_TRANSLATE_NOOP(
    "Messages",
    "in lista d'attesa, quindi non sul foglio firme: non segnata (confermarne prima "
    "l'iscrizione con Promuovi, nella scheda Partecipanti)",
)
CANCELLED = QT_TRANSLATE_NOOP("Messages", "iscrizione annullata: non segnata")
UNKNOWN = QT_TRANSLATE_NOOP("Messages", "non riconosciuta tra gli iscritti della sessione")
WITHOUT_TIMES = QT_TRANSLATE_NOOP(
    "Messages", "nel report senza orari di ingresso e di uscita: da segnare a mano"
)


@dataclass(frozen=True)
class NotMarkedLine:
    """A line of the report nothing was written for: who (the roster's name when the person
    was recognised, else the report's) and why."""

    name: str
    email: str
    reason: Message
    registration_id: int | None = None


@dataclass(frozen=True)
class AttendanceImportOutcome:
    """What the report did: the people marked and the lines left out.

    ``written`` is False for a trial run and for a report refused by ``strict``
    (``refused``); ``marked`` then says what would have been marked.
    """

    marked: list[MarkedPerson]
    not_marked: list[NotMarkedLine]
    written: bool
    refused: bool = False
    #: Confirmed people the report does not show: absent in the sittings it covers.
    absent: tuple[str, ...] = ()
    #: Those whose marks made by hand the report changed (present by hand, absent by it).
    changed: tuple[str, ...] = ()

    @property
    def message(self) -> Message:
        """One sentence for the status bar or stdout."""
        if self.refused:
            return message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Nessuna presenza segnata: il report ha righe che non si possono segnare "
                    "(in tutto {count}).",
                ),
                count=len(self.not_marked),
            )
        if not self.written:
            return message(
                QT_TRANSLATE_NOOP("Messages", "Prova, nulla è stato scritto: da segnare {count}."),
                count=len(self.marked),
            )
        return message(
            QT_TRANSLATE_NOOP("Messages", "Presenze segnate: {count}. Non segnate: {left}."),
            count=len(self.marked),
            left=len(self.not_marked),
        )


class _RefusedError(Exception):
    """Raised inside the transaction so that it rolls back; carries the outcome out."""

    def __init__(self, outcome: AttendanceImportOutcome) -> None:
        super().__init__("attendance report refused")
        self.outcome = outcome


def _line(line: AttendanceLine, reason: str, registration_id: int | None = None) -> NotMarkedLine:
    return NotMarkedLine(line.name, line.email, message(reason), registration_id)


def _listed(match: AttendanceMatch, result: AttendanceResult) -> list[NotMarkedLine]:
    """Every line not marked, in a fixed order: waiting, cancelled, unknown, without times.

    A recognised person is named as the roster has them, not as the platform shows them.
    """
    names = dict(result.waiting + result.without_times)
    emails = {rid: line.email for rid, line in match.matched}
    listed = [
        NotMarkedLine(names.get(rid, line.name), line.email, message(WAITING), rid)
        for rid, line in match.waiting
    ]
    listed += [_line(line, CANCELLED, rid) for rid, line in match.cancelled]
    listed += [_line(line, UNKNOWN) for line in match.unmatched]
    listed += [
        NotMarkedLine(name, emails[rid], message(WITHOUT_TIMES), rid)
        for rid, name in result.without_times
    ]
    return listed


def import_attendance_report(
    db: Database,
    session_id: int,
    path: Path,
    *,
    strict: bool = False,
    dry_run: bool = False,
) -> AttendanceImportOutcome:
    """Read the report at ``path``, match it to the session's roster and mark the confirmed
    people, in one transaction (the rule in the module's docstring).

    A file that is no report, a report of another day or a session that does not exist is a
    DomainError and writes nothing.  With ``dry_run`` the same is worked out and nothing is
    written; with ``strict`` a report with any line not marked writes nothing and comes
    back ``refused``.
    """
    lines = read_attendance_report(path)  # the file first: no transaction waits on a disk
    opened = db.read() if dry_run else db.transaction()
    try:
        with opened as orm:
            target = session_row(orm, session_id)
            match = match_in(orm, target.practice_id, session_id, lines)
            day, covered = _coverage(orm, target, lines)
            result = apply_in(orm, match.waiting + match.matched, dry_run=dry_run, covered=covered)
            seen = {rid for rid, _line in match.matched + match.waiting + match.cancelled}
            absences = mark_absent_in(orm, session_id, day, covered, seen, dry_run=dry_run)
            changed = dict(result.changed + absences.changed)
            outcome = AttendanceImportOutcome(
                result.marked,
                _listed(match, result),
                written=not dry_run,
                absent=tuple(name for _rid, name in absences.absent),
                changed=tuple(changed.values()),
            )
            if strict and outcome.not_marked:
                raise _RefusedError(outcome)
            if not dry_run and lines:
                kept = [*match.matched, *match.waiting, *match.cancelled]
                store_report(
                    orm, session_id, path, day, [*kept, *((None, line) for line in match.unmatched)]
                )
    except _RefusedError as refused:
        return AttendanceImportOutcome(
            refused.outcome.marked, refused.outcome.not_marked, written=False, refused=True
        )
    return outcome


def _coverage(
    orm: OrmSession, target: SessionRow, lines: list[AttendanceLine]
) -> tuple[date, set[int]]:
    """The report's day and the sittings it covers (none for a report without times)."""
    joined = [line for line in lines if line.first_join is not None]
    if not joined:
        return default_day(target), set()
    day = report_day(min(joined, key=lambda line: line.first_join or datetime.max), target)
    span = report_span(day, [c for line in lines for c in _connections(line)])
    return day, covered_sittings(plan_of(orm, target), span)


def _connections(line: AttendanceLine) -> tuple[tuple[datetime, datetime], ...]:
    """Each connection, or the first join and the last leave when the report has no more."""
    if line.connections:
        return tuple(line.connections)
    if line.first_join is not None and line.last_leave is not None:
        return ((line.first_join, line.last_leave),)
    return ()
