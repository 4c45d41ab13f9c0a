"""The register of a webinar: made from the attendance reports imported for the session (for
each of its days, the one imported last; one section per day, the days without a report
named) and the presences they wrote, signed like the attestati (signature line, or PAdES).

Refused for a session held in person (its register is the sign-in sheet), for one without
an imported report, without a signer, or whose presences belong to another day.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING

from exchange_desktop.domain.certificates import Signer
from exchange_desktop.domain.enums import Modality, RegistrationStatus
from exchange_desktop.domain.errors import DomainError
from exchange_desktop.domain.practice import Practice
from exchange_desktop.domain.roster_rows import RosterEntry
from exchange_desktop.domain.scheduling import session_day
from exchange_desktop.domain.sittings import DayPlan, Interval
from exchange_desktop.files import atomic_write
from exchange_desktop.formatting import DOCUMENT_LOCALE, long_date, long_dates
from exchange_desktop.i18n import QT_TRANSLATE_NOOP
from exchange_desktop.services.attendance.attendance_days import (
    check_attendance_days,
    session_days_from,
)
from exchange_desktop.services.attendance.sittings import plan_of
from exchange_desktop.services.attendance.timetable_check import check_timetable
from exchange_desktop.services.attendance.webinar_reports import latest_reports
from exchange_desktop.services.documents.certificate_signer import printed_signer
from exchange_desktop.services.documents.practice_documents import (
    MAX_FILE_STEM,
    PDF_SUFFIX,
    check_pdf_path,
    safe_name_part,
)
from exchange_desktop.services.roster.roster_rows import rows_of_session
from exchange_desktop.services.scheduling.session_rows import message, session_row
from exchange_desktop.storage.database import Database
from exchange_desktop.storage.mapping import session_to_domain, to_domain
from exchange_desktop.storage.models import WebinarReportLineRow

if TYPE_CHECKING:
    from pyhanko.sign.signers import Signer as PdfSigner

    from exchange_desktop.exports.webinar_register import (
        RegisterCell,
        RegisterDay,
        RegisterGuest,
        RegisterPerson,
        WebinarRegister,
    )

REGISTER_PREFIX = "Registro webinar"
_DOCUMENT = QT_TRANSLATE_NOOP("Messages", "il registro del webinar")


def suggested_register_name(day: date | None, title: str) -> str:
    """ "Registro webinar 2026-04-20 - Patti di Cittadinanza.pdf", valid on Windows."""
    head = f"{REGISTER_PREFIX} {day.isoformat()}" if day else REGISTER_PREFIX
    part = safe_name_part(title).strip(" .")
    stem = f"{head} - {part}" if part else head
    return stem[:MAX_FILE_STEM].rstrip(" .-") + PDF_SUFFIX


def _clock(minutes: int) -> str:
    hours, rest = divmod(min(minutes, 24 * 60 - 1), 60)
    return f"{hours:02d}:{rest:02d}"


def _intervals(day: date, lines: Iterable[WebinarReportLineRow]) -> list[Interval]:
    """The connections on ``day`` as minutes from midnight, in order."""
    found = []
    for line in lines:
        if line.joined is None or line.left is None:
            continue
        midnight = datetime.combine(day, time())
        start = max(0, int((line.joined - midnight).total_seconds() // 60))
        end = min(24 * 60, int((line.left - midnight).total_seconds() // 60))
        if end > start:
            found.append((start, end))
    return sorted(found)


def _text(intervals: Sequence[Interval]) -> str:
    return ", ".join(f"{_clock(start)}–{_clock(end)}" for start, end in intervals)


def _clipped(intervals: Sequence[Interval], bounds: Interval | None) -> list[Interval]:
    if bounds is None:
        return list(intervals)
    return [
        (max(start, bounds[0]), min(end, bounds[1]))
        for start, end in intervals
        if min(end, bounds[1]) > max(start, bounds[0])
    ]


def _person(
    entry: RosterEntry, day: date, plan: DayPlan, lines: list[WebinarReportLineRow]
) -> RegisterPerson:
    from exchange_desktop.exports.webinar_register import RegisterCell, RegisterPerson

    intervals = _intervals(day, lines)
    recorded = {s.number: s for s in entry.sittings if s.day == day}
    cells: list[RegisterCell] = []
    for number, sitting in enumerate(plan.sittings, start=1):
        mark = recorded.get(number)
        minutes = (mark.credited_minutes or mark.minutes) if mark and mark.present else 0
        present = mark.present if mark else None
        inside = _clipped(intervals, sitting.interval)
        cells.append(RegisterCell(_text(inside), minutes, present))
    marks = [cell.present for cell in cells]
    if marks and all(marks):
        outcome = "presente"
    elif any(marks):
        outcome = "presente in parte"
    elif all(mark is None for mark in marks):
        outcome = "non segnato"
    else:
        outcome = "assente"
    name = f"{entry.surname} {entry.name}".strip()
    total = sum(cell.minutes for cell in cells)
    return RegisterPerson(name, entry.organisation, tuple(cells), total, outcome)


def _guests(day: date, lines: Sequence[WebinarReportLineRow]) -> list[RegisterGuest]:
    from exchange_desktop.exports.webinar_register import RegisterGuest

    groups: dict[tuple[str, str], list[WebinarReportLineRow]] = {}
    for line in lines:
        if line.registration_id is None:
            groups.setdefault((line.name, line.email), []).append(line)
    guests = []
    for (name, email), rows in groups.items():
        intervals = _intervals(day, rows)
        minutes = sum(end - start for start, end in intervals)
        guests.append(RegisterGuest(name, email, _text(intervals), minutes))
    return guests


def _register(
    db: Database,
    session_id: int,
    default_signer: Signer | None,
    pdf_signer: PdfSigner | None,
    from_certificate: bool,
    accept_timetable: bool = False,
) -> WebinarRegister:
    from exchange_desktop.domain.programme import format_duration
    from exchange_desktop.exports.signin_sheet import sorted_people
    from exchange_desktop.exports.webinar_register import (
        RegisterDay,
        RegisterSource,
        WebinarRegister,
    )

    with db.read() as orm:
        row = session_row(orm, session_id)
        session = session_to_domain(row)
        practice = to_domain(row.practice, Practice)
        if session.modality is not Modality.WEBINAR:
            raise DomainError(
                message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "La sessione n. {id} si tiene in presenza: il suo registro è il foglio "
                        "firme, non il registro del webinar.",
                    ),
                    id=session_id,
                )
            )
        reports = latest_reports(orm, session_id)
        if not reports:
            raise DomainError(
                message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Per la sessione n. {id} non è stato importato nessun report delle "
                        "presenze: importarlo prima (Partecipanti → Presenze dal webinar, o "
                        "import-attendance).",
                    ),
                    id=session_id,
                )
            )
        start = session_day(session, practice.scheduling_mode)
        session_days = session_days_from(row, start) if start is not None else []
        if start is not None:
            check_attendance_days(orm, row, session_days, message(_DOCUMENT))
        if session_days:  # a report of a day outside the session's (a moved one) is not its
            reports = {day: report for day, report in reports.items() if day in session_days}
            if not reports:
                raise DomainError(
                    message(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "Per le giornate della sessione n. {id} ({days}) non è stato "
                            "importato nessun report delle presenze: importarlo prima "
                            "(Partecipanti → Presenze dal webinar, o import-attendance).",
                        ),
                        id=session_id,
                        days=long_dates(session_days, DOCUMENT_LOCALE),
                    )
                )
        check_timetable(orm, row, message(_DOCUMENT), accept_timetable)
        plan = plan_of(orm, row)
        entries = [
            entry
            for entry in rows_of_session(orm, session_id)
            if entry.status is RegistrationStatus.CONFIRMED
        ]
        sources = [
            (
                RegisterSource(report.file_name, report.sha256, report.imported_at, report.day),
                list(report.lines),
            )
            for report in reports.values()
        ]
    signer = printed_signer(practice, default_signer, pdf_signer, from_certificate=from_certificate)
    people_in_order = sorted_people(entries)
    days: list[RegisterDay] = []
    for source, lines in sources:
        by_registration: dict[int, list[WebinarReportLineRow]] = {}
        for line in lines:
            if line.registration_id is not None:
                by_registration.setdefault(line.registration_id, []).append(line)
        people = [
            _person(entry, source.day, plan, by_registration.get(entry.registration_id, []))
            for entry in people_in_order
        ]
        days.append(
            RegisterDay(
                day=long_date(source.day, DOCUMENT_LOCALE),
                people=tuple(people),
                guests=tuple(_guests(source.day, lines)),
                source=source,
            )
        )
    covered = [source.day for source, _lines in sources]
    all_days = session_days or covered
    headings = [
        f"{label} {_clock(s.interval[0])}–{_clock(s.interval[1])}" if s.interval else label
        for s, label in zip(plan.sittings, _labels(len(plan.sittings)), strict=True)
    ]
    planned = entries[0].planned_minutes if entries else 0
    return WebinarRegister(
        host=practice.host_comune,
        offices="\n".join(line for line in (practice.sector, practice.office) if line.strip()),
        title=practice.title,
        dates=long_dates(all_days, DOCUMENT_LOCALE),
        link=session.webinar_link,
        sittings=tuple(headings),
        planned=format_duration(planned) if planned else "non indicate",
        days=tuple(days),
        missing=tuple(long_date(day, DOCUMENT_LOCALE) for day in all_days if day not in covered),
        signer=signer,
        digitally_signed=pdf_signer is not None,
    )


def _labels(count: int) -> list[str]:
    if count == 1:
        return ["Giornata"]
    if count == 2:
        return ["Mattina", "Pomeriggio"]
    return [f"Seduta {n}" for n in range(1, count + 1)]


def export_webinar_register(
    db: Database,
    session_id: int,
    out_path: Path | str,
    *,
    default_signer: Signer | None = None,
    signer: PdfSigner | None = None,
    signer_from_certificate: bool = False,
    accept_timetable: bool = False,
) -> Path:
    """Write the webinar register of a session; return the file's absolute path.

    Signed digitally (PAdES, the stamp over the first page's signature line) with
    ``signer``; the printed signer checked as for the attestati.  An existing file is
    replaced only once the new one is complete (and signed).
    """
    path = check_pdf_path(out_path)
    register = _register(
        db, session_id, default_signer, signer, signer_from_certificate, accept_timetable
    )

    from exchange_desktop.exports.webinar_register import SIGNATURE_BOX, write_webinar_register

    def write(temp: Path) -> None:
        write_webinar_register(temp, register)
        if signer is None:
            return
        from exchange_desktop.exports.pdf_signing import sign_pdf
        from exchange_desktop.exports.wording import town_of

        signed = sign_pdf(
            temp.read_bytes(),
            signer,
            field_box=SIGNATURE_BOX,
            page=0,
            location=town_of(register.host),
            reason="Registro presenze del webinar",
        )
        temp.write_bytes(signed)

    atomic_write(path, write)
    return path.absolute()
