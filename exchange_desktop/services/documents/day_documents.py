"""The papers of the exchange day: the sign-in sheet and the certificates of attendance.

Both need the session's confirmed date (or, in "E" mode, its own date).  The PDF modules
(and reportlab with them) are imported only when a file is written, so that importing this
module — the GUI does it for the file names — stays cheap.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from exchange_desktop.domain.certificates import Signer as CertificateSigner
from exchange_desktop.domain.certificates import signer_of
from exchange_desktop.domain.enums import RegistrationStatus, SessionStatus
from exchange_desktop.domain.errors import DomainError
from exchange_desktop.domain.practice import Practice
from exchange_desktop.domain.programme import ProgrammeItem, programme_speakers
from exchange_desktop.domain.progress import NO_PROGRESS, Cancelled, Progress
from exchange_desktop.domain.roster_rows import RosterEntry
from exchange_desktop.domain.scheduling import Session, session_day
from exchange_desktop.domain.sittings import DayPlan
from exchange_desktop.exports.wording import (
    default_privacy_notice,
    session_hours,
    short_title,
    town_of,
)
from exchange_desktop.files import atomic_write, explain_os_error
from exchange_desktop.i18n import QT_TRANSLATE_NOOP, Message
from exchange_desktop.services.attendance.attendance_days import (
    check_attendance_days,
    session_days_from,
)
from exchange_desktop.services.attendance.certificate_check import CertificateCheck, check_rows
from exchange_desktop.services.attendance.sittings import plan_of
from exchange_desktop.services.attendance.timetable_check import check_timetable
from exchange_desktop.services.documents.certificate_signer import printed_signer
from exchange_desktop.services.documents.practice_documents import (
    MAX_FILE_STEM,
    PDF_SUFFIX,
    check_pdf_path,
    safe_name_part,
)
from exchange_desktop.services.practices.programme import items_of
from exchange_desktop.services.roster.roster_rows import rows_of_session
from exchange_desktop.services.scheduling.calendar import calendar_days
from exchange_desktop.services.scheduling.session_rows import message, session_row
from exchange_desktop.storage.database import Database
from exchange_desktop.storage.mapping import session_to_domain, to_domain

if TYPE_CHECKING:
    from pyhanko.sign.signers import Signer

__all__ = [
    "MAX_BLANK_ROWS",
    "certificate_check",
    "default_privacy_notice",
    "export_certificates",
    "export_certificates_each",
    "export_signin_sheet",
    "suggested_certificate_file_name",
    "suggested_certificates_name",
    "suggested_signin_name",
]

MAX_BLANK_ROWS = 200
SIGNIN_PREFIX = "Foglio firme"
CERTIFICATES_PREFIX = "Attestati"
CERTIFICATE_PREFIX = "Attestato"


@dataclass(frozen=True)
class _DayData:
    """What both documents read: the practice, the session, its days, programme, roster."""

    practice: Practice
    session: Session
    days: list[date]
    items: list[ProgrammeItem]
    rows: list[RosterEntry]
    plan: DayPlan


def _read(
    db: Database, session_id: int, document: Message, accept_timetable: bool = True
) -> _DayData:
    """Everything the day's documents need, or why the session has none to give yet (a
    timetable that contradicts itself too, unless ``accept_timetable``)."""
    with db.read() as orm:
        row = session_row(orm, session_id)
        session = session_to_domain(row)
        practice = to_domain(row.practice, Practice)
        items = items_of(orm, row.practice_id)
        rows = rows_of_session(orm, session_id)
        plan = plan_of(orm, row)
        start = session_day(session, practice.scheduling_mode)
        if start is not None:
            check_attendance_days(orm, row, session_days_from(row, start), document)
        check_timetable(orm, row, document, accept_timetable)
    if session.status is SessionStatus.CANCELLED:
        raise DomainError(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages", "Impossibile preparare {document}: la sessione n. {id} è annullata."
                ),
                document=document,
                id=session_id,
            )
        )
    if session_day(session, practice.scheduling_mode) is None:
        raise DomainError(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Impossibile preparare {document}: la sessione n. {id} non ha ancora una "
                    "data confermata. Confermare prima la data della sessione.",
                ),
                document=document,
                id=session_id,
            )
        )
    return _DayData(practice, session, calendar_days(practice, session), items, rows, plan)


def _stem(prefix: str, practice: Practice, session: Session) -> str:
    """ "Foglio firme 2026-04-20 - Patti di Cittadinanza": at most about 80 characters."""
    day = session_day(session, practice.scheduling_mode)
    head = f"{prefix} {day.isoformat()}" if day else prefix
    title = safe_name_part(short_title(practice.title)).strip(" .")
    stem = f"{head} - {title}" if title else head
    if len(stem) > MAX_FILE_STEM:
        cut = stem[:MAX_FILE_STEM]
        word_end = cut.rfind(" ")
        stem = cut[:word_end] if word_end > len(head) + 3 else cut
    return stem.rstrip(" .-–—,;")


def suggested_signin_name(practice: Practice, session: Session) -> str:
    """ "Foglio firme 2026-04-20 - Patti di Cittadinanza.pdf", valid on Windows."""
    return _stem(SIGNIN_PREFIX, practice, session) + PDF_SUFFIX


def suggested_certificates_name(practice: Practice, session: Session) -> str:
    """ "Attestati 2026-04-20 - Patti di Cittadinanza.pdf", valid on Windows."""
    return _stem(CERTIFICATES_PREFIX, practice, session) + PDF_SUFFIX


def suggested_certificate_file_name(surname: str, name: str) -> str:
    """ "Attestato - Rossi Anna.pdf": one person's certificate, valid on Windows."""
    room = MAX_FILE_STEM - len(CERTIFICATE_PREFIX) - 3
    person = safe_name_part(f"{surname} {name}")[:room].strip(" .")
    stem = f"{CERTIFICATE_PREFIX} - {person}" if person else CERTIFICATE_PREFIX
    return stem + PDF_SUFFIX


# --- the sign-in sheet ------------------------------------------------------------------------


def _check_blank_rows(blank_rows: int) -> None:
    if not 0 <= blank_rows <= MAX_BLANK_ROWS:
        raise DomainError(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Le righe vuote del foglio firme devono essere da 0 a {max} (indicate: "
                    "{value}).",
                ),
                max=MAX_BLANK_ROWS,
                value=blank_rows,
            )
        )


def export_signin_sheet(
    db: Database,
    session_id: int,
    out_path: Path | str,
    *,
    blank_rows: int = 3,
    landscape: bool = False,
    two_sittings: bool = False,
    privacy_notice: str | None = None,
    default_signer: CertificateSigner | None = None,
    accept_timetable: bool = False,
) -> Path:
    """Write the sign-in sheet of a session (one part per day); return the absolute path.

    The confirmed participants in the order of their surnames, ``blank_rows`` numbered empty
    rows (0–200) for walk-ins, a block for the host's staff and speakers; a signature and a
    time box for the entry and the exit of every sitting of the day plan (the programme's, or
    the clerk's own); ``two_sittings`` asks for a morning and an afternoon when that plan has
    a single sitting; a sheet whose sittings do not fit portrait is landscape whatever
    ``landscape`` says; ``privacy_notice`` replaces the notice built from the practice's
    privacy fields (None or blank keeps it).  Raises :class:`DomainError` for a missing or
    cancelled session, one without a confirmed date, a wrong target or a file that cannot be
    written; an existing file is replaced only once the new one is complete.
    """
    _check_blank_rows(blank_rows)
    path = check_pdf_path(out_path)
    data = _read(
        db, session_id, message(QT_TRANSLATE_NOOP("Messages", "il foglio firme")), accept_timetable
    )
    people = [row for row in data.rows if row.status is RegistrationStatus.CONFIRMED]

    from exchange_desktop.exports.signin_sheet import SigninOptions, Speaker, write_signin_sheet

    options = SigninOptions(
        blank_rows=blank_rows,
        landscape=landscape,
        two_sittings=two_sittings,
        privacy_notice=privacy_notice or "",
        signer=signer_of(data.practice, default_signer),
        speakers=tuple(Speaker(*pair) for pair in programme_speakers(data.items)),
    )
    hours = session_hours(data.session, data.items)
    atomic_write(
        path,
        lambda temp: write_signin_sheet(
            temp, data.practice, data.session, data.days, people, hours, options, data.plan
        ),
    )
    return path.absolute()


# --- the certificates -------------------------------------------------------------------------


def _present(
    db: Database, session_id: int, accept_timetable: bool = True
) -> tuple[_DayData, CertificateCheck]:
    """The day's data and who of those present gets an attestato; refused when nobody was
    marked present."""
    document = message(QT_TRANSLATE_NOOP("Messages", "gli attestati"))
    data = _read(db, session_id, document, accept_timetable)
    present = [
        row for row in data.rows if row.present and row.status is not RegistrationStatus.CANCELLED
    ]
    if not present:
        raise DomainError(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Impossibile preparare gli attestati della sessione n. {id}: nessun "
                    "partecipante segnato presente. Segnare prima le presenze.",
                ),
                id=session_id,
            )
        )
    return data, check_rows(session_id, present, data.practice.min_attendance_percent)


def _to_issue(
    db: Database, session_id: int, accept_timetable: bool
) -> tuple[_DayData, list[RosterEntry]]:
    """Those who get an attestato; refused when everybody present is below the minimum."""
    data, check = _present(db, session_id, accept_timetable)
    if not check.issued:
        raise DomainError(check.nobody_message())
    return data, list(check.issued)


def certificate_check(db: Database, session_id: int) -> CertificateCheck:
    """Who of those present would get an attestato, who would not (below the practice's
    minimum attendance) and whether the hours are known: for the clerk, before or after the
    export.  Raises as :func:`export_certificates` does, except when nobody qualifies.
    """
    return _present(db, session_id)[1]


@dataclass(frozen=True)
class _Options:
    signer: CertificateSigner
    digitally_signed: bool
    pdf_signer: Signer | None = None


def _options(
    practice: Practice,
    default_signer: CertificateSigner | None,
    digital: bool,
    pdf_signer: Signer | None,
    from_certificate: bool = False,
) -> _Options:
    signer = printed_signer(practice, default_signer, pdf_signer, from_certificate=from_certificate)
    return _Options(signer, digital or pdf_signer is not None, pdf_signer)


def _write_certificates(
    path: Path, data: _DayData, people: Sequence[RosterEntry], options: _Options
) -> None:
    """The certificates of ``people`` into one file, signed digitally when asked.

    The file is signed once, with the visible field over the first page's signature place:
    a PAdES signature covers the whole file, so every page in it is signed.  Signing
    happens on the temporary file, so a refused signature leaves no unsigned file behind.
    """
    from exchange_desktop.exports.certificates import SIGNATURE_BOX, write_certificates

    def write(temp: Path) -> None:
        write_certificates(
            temp,
            data.practice,
            data.session,
            data.days,
            people,
            issued_on=date.today(),
            signer=options.signer,
            digitally_signed=options.digitally_signed,
        )
        if options.pdf_signer is None:
            return

        from exchange_desktop.exports.pdf_signing import sign_pdf

        signed = sign_pdf(
            temp.read_bytes(),
            options.pdf_signer,
            field_box=SIGNATURE_BOX,
            page=0,
            location=town_of(data.practice.host_comune),
        )
        temp.write_bytes(signed)

    atomic_write(path, write)


def export_certificates(
    db: Database,
    session_id: int,
    out_path: Path | str,
    *,
    default_signer: CertificateSigner | None = None,
    digitally_signed: bool = False,
    signer: Signer | None = None,
    signer_from_certificate: bool = False,
    accept_timetable: bool = False,
) -> Path:
    """Write one PDF with a certificate page for each person marked present who reached the
    practice's minimum attendance; return its absolute path.

    The signer is the practice's, else ``default_signer`` (the preferences'); with
    ``digitally_signed`` the page says it is signed digitally instead of by hand; with
    ``signer`` (see :mod:`exchange_desktop.exports.pdf_signing`) the file is signed (PAdES).
    ``signer_from_certificate`` prints the certificate holder as signer.  Errors as for
    :func:`export_signin_sheet`, and when nobody is marked present, nobody reached the
    minimum, no signer is named, the certificate is another person's
    (:class:`~exchange_desktop.services.documents.certificate_signer.SignerMismatchError`) or the
    signing fails; :func:`certificate_check` tells who was left out.
    """
    path = check_pdf_path(out_path)
    data, people = _to_issue(db, session_id, accept_timetable)
    options = _options(
        data.practice, default_signer, digitally_signed, signer, signer_from_certificate
    )
    _write_certificates(path, data, people, options)
    return path.absolute()


def _unique_names(people: Sequence[RosterEntry]) -> list[str]:
    """A file name per person; namesakes get " (2)", " (3)"… (Windows ignores case)."""
    taken: set[str] = set()
    names = []
    for row in people:
        name = suggested_certificate_file_name(row.surname, row.name)
        stem = name.removesuffix(PDF_SUFFIX)
        number = 1
        while name.casefold() in taken:
            number += 1
            name = f"{stem} ({number}){PDF_SUFFIX}"
        taken.add(name.casefold())
        names.append(name)
    return names


def export_certificates_each(
    db: Database,
    session_id: int,
    out_dir: Path | str,
    *,
    default_signer: CertificateSigner | None = None,
    digitally_signed: bool = False,
    signer: Signer | None = None,
    signer_from_certificate: bool = False,
    accept_timetable: bool = False,
    progress: Progress = NO_PROGRESS,
) -> list[Path]:
    """Write one certificate file per person marked present (and above the minimum) into
    ``out_dir`` (created if missing), named "Attestato - Cognome Nome.pdf"; return the
    absolute paths in surname order.  Files of the same name are replaced.  Options and
    errors as for :func:`export_certificates`; with ``signer`` each file is signed.
    ``progress`` hears each file; when the clerk cancels, the files of this run are
    removed again (the folder holds a whole set or none of it).
    """
    folder = Path(out_dir)
    data, present = _to_issue(db, session_id, accept_timetable)
    options = _options(
        data.practice, default_signer, digitally_signed, signer, signer_from_certificate
    )

    from exchange_desktop.exports.signin_sheet import sorted_people

    people = sorted_people(present)
    if folder.exists() and not folder.is_dir():
        raise DomainError(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages", "{path} non è una cartella: indicare la cartella degli attestati."
                ),
                path=str(folder),
            )
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise explain_os_error(exc, folder / "x.pdf") from exc
    written: list[Path] = []
    try:
        for index, (row, name) in enumerate(zip(people, _unique_names(people), strict=True)):
            progress.step(index, len(people))
            path = folder / name
            _write_certificates(path, data, [row], options)
            written.append(path.absolute())
    except Cancelled:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    progress.step(len(people), len(people))
    return written
