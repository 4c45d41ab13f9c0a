"""The files each kind of message carries, made with the program's own exports.

The invitation carries the practice card; a confirmation and a freed seat the programme and
the calendar file; a change the calendar file again (its SEQUENCE raised, so Outlook updates
the event; ``METHOD:CANCEL`` for a cancelled session, so Outlook removes it); an attestato
the person's own PDF, signed when a signer is given.  Files are written in a temporary
folder and read back: the same code as File → Esporta, so the attachment is the export.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from exchange_desktop.domain.certificates import Signer as CertificateSigner
from exchange_desktop.domain.enums import SessionStatus
from exchange_desktop.domain.messages import Attachment, MessageKind
from exchange_desktop.domain.practice import Practice
from exchange_desktop.domain.roster_rows import RosterEntry
from exchange_desktop.domain.scheduling import Session
from exchange_desktop.services.documents.day_documents import export_certificates_each
from exchange_desktop.services.documents.practice_documents import (
    DocumentKind,
    export_practice_card,
    export_programme,
    suggested_file_name,
)
from exchange_desktop.services.scheduling.calendar import export_ics, suggested_ics_file_name
from exchange_desktop.storage.database import Database

if TYPE_CHECKING:
    from pyhanko.sign.signers import Signer

PDF = "application/pdf"
ICS = "text/calendar"


def _calendar(db: Database, practice: Practice, session: Session, folder: Path) -> Attachment:
    name = suggested_ics_file_name(practice, session)
    content = export_ics(db, session.id or 0, folder / name).read_bytes()
    if session.status is SessionStatus.CANCELLED:
        content = content.replace(b"METHOD:PUBLISH", b"METHOD:CANCEL", 1)
    method = "CANCEL" if session.status is SessionStatus.CANCELLED else "PUBLISH"
    return Attachment(name, content, f"{ICS}; method={method}")


def shared_attachments(
    db: Database, kind: MessageKind, practice: Practice, session: Session
) -> tuple[Attachment, ...]:
    """The files every recipient of ``kind`` gets (the same bytes for all)."""
    with tempfile.TemporaryDirectory(prefix="exchange-messaggi-") as temp:
        folder = Path(temp)
        practice_id = practice.id or 0
        if kind is MessageKind.INVITE:
            name = suggested_file_name(practice, DocumentKind.PRACTICE_CARD)
            path = export_practice_card(db, practice_id, folder / name)
            return (Attachment(name, path.read_bytes(), PDF),)
        if kind in (MessageKind.CONFIRMATION, MessageKind.SEAT):
            name = suggested_file_name(practice, DocumentKind.PROGRAMME)
            path = export_programme(db, practice_id, folder / name)
            return (
                Attachment(name, path.read_bytes(), PDF),
                _calendar(db, practice, session, folder),
            )
        if kind is MessageKind.CHANGE:
            return (_calendar(db, practice, session, folder),)
    return ()


def certificate_files(
    db: Database,
    session_id: int,
    people: Sequence[RosterEntry],
    *,
    default_signer: CertificateSigner | None = None,
    signer: Signer | None = None,
) -> dict[int, Attachment]:
    """Each qualifying person's own attestato, by participant id.

    Written with :func:`export_certificates_each` (the order of its files is the order of
    :func:`~exchange_desktop.exports.signin_sheet.sorted_people`), so the attachment is
    exactly the file File → Esporta → Attestati, un file per persona would write.
    """
    from exchange_desktop.exports.signin_sheet import sorted_people

    with tempfile.TemporaryDirectory(prefix="exchange-attestati-") as temp:
        paths = export_certificates_each(
            db, session_id, temp, default_signer=default_signer, signer=signer
        )
        ordered = sorted_people(list(people))
        return {
            row.participant_id: Attachment(path.name, path.read_bytes(), PDF)
            for row, path in zip(ordered, paths, strict=True)
        }
