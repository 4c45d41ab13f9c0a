"""The GDPR rights of a participant: access (everything stored about them, as a JSON file)
and erasure (the person anonymised in place, so that the counts of seats, Enti and
attendance stay right).  One transaction per function.
"""

from __future__ import annotations

import json
import os
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy import select

from exchange_desktop.domain.errors import DomainError
from exchange_desktop.files import atomic_write
from exchange_desktop.i18n import QT_TRANSLATE_NOOP
from exchange_desktop.services.roster.participants import participant_row
from exchange_desktop.services.roster.roster_rows import session_label
from exchange_desktop.services.scheduling.session_rows import message, now
from exchange_desktop.storage.database import Database
from exchange_desktop.storage.models import (
    AttendanceRow,
    OrganisationRow,
    RegistrationRow,
)

JSON_SUFFIX = ".json"
EXPORT_FORMAT = "exchange-desktop/dati-personali"
ERASED_SURNAME = "Partecipante"


def _iso(value: date | datetime | time | None) -> str | None:
    return value.isoformat() if value is not None else None


def _attendance(row: AttendanceRow) -> dict[str, object]:
    return {
        "day": _iso(row.day),
        "sitting": row.sitting,
        "present": row.present,
        "time_in": _iso(row.time_in),
        "time_out": _iso(row.time_out),
        "credited_minutes": row.credited_minutes,
    }


def export_personal_data(db: Database, participant_id: int) -> dict[str, Any]:
    """Everything stored about a person: their fields, their Ente, every registration with
    its session and practice, and the attendance.  Plain JSON values only.
    """
    with db.read() as orm:
        person = participant_row(orm, participant_id)
        organisation = (
            orm.get(OrganisationRow, person.organisation_id)
            if person.organisation_id is not None
            else None
        )
        registrations = list(
            orm.scalars(
                select(RegistrationRow)
                .where(RegistrationRow.participant_id == participant_id)
                .order_by(RegistrationRow.registered_at, RegistrationRow.id)
            )
        )
        attendance: dict[int, list[AttendanceRow]] = {}
        for row in orm.scalars(
            select(AttendanceRow)
            .where(AttendanceRow.registration_id.in_([r.id for r in registrations]))
            .order_by(AttendanceRow.day, AttendanceRow.sitting)
        ):
            attendance.setdefault(row.registration_id, []).append(row)
        return {
            "format": EXPORT_FORMAT,
            "exported_at": now().isoformat(),
            "participant": {
                "id": person.id,
                "surname": person.surname,
                "name": person.name,
                "role": person.role,
                "email": person.email,
                "phone": person.phone,
                "fiscal_code": person.fiscal_code,
                "privacy_consent": person.privacy_consent,
                "privacy_consent_date": _iso(person.privacy_consent_date),
                "consent_media": person.consent_media,
                "consent_contact": person.consent_contact,
            },
            "organisation": None
            if organisation is None
            else {
                "id": organisation.id,
                "name": organisation.name,
                "kind": organisation.kind,
                "pec": organisation.pec,
                "email": organisation.email,
                "contact_name": organisation.contact_name,
                "phone": organisation.phone,
            },
            "registrations": [
                {
                    "id": registration.id,
                    "status": registration.status.value,
                    "registered_at": _iso(registration.registered_at),
                    "session": {
                        "id": registration.session.id,
                        "date": session_label(registration.session, document=True),
                        "practice": registration.session.practice.title,
                        "host": registration.session.practice.host_comune,
                        "venue": registration.session.venue,
                    },
                    "attendance": [_attendance(a) for a in attendance.get(registration.id, [])],
                }
                for registration in registrations
            ],
        }


def check_json_path(out_path: Path | str) -> Path:
    """The target as a path, or a clear error: a ``.json`` file, not a folder."""
    path = Path(out_path)
    if os.path.isdir(path):  # False, not an exception, for a name too long
        raise DomainError(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages", "{path} è una cartella: indicare il nome del file JSON da creare."
                ),
                path=str(path),
            )
        )
    if path.suffix.lower() != JSON_SUFFIX:
        raise DomainError(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Il file {path} deve avere l'estensione .json (per esempio dati.json).",
                ),
                path=str(path),
            )
        )
    return path


def export_personal_data_file(db: Database, participant_id: int, out_path: Path | str) -> Path:
    """Write :func:`export_personal_data` as readable JSON (UTF-8); return the absolute path."""
    path = check_json_path(out_path)
    data = export_personal_data(db, participant_id)
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    atomic_write(path, lambda temp: temp.write_text(text, encoding="utf-8", newline="\n"))
    return path.absolute()


def erase_personal_data(db: Database, participant_id: int) -> None:
    """Anonymise a person in place: "Partecipante cancellato n. <id>", no contacts, no
    codice fiscale, no consent.  The Ente, the role, the registrations and the attendance
    stay, so that seats, Enti and hours still add up.
    """
    with db.transaction() as orm:
        person = participant_row(orm, participant_id)
        person.surname = ERASED_SURNAME
        person.name = f"cancellato n. {person.id}"
        person.email = ""
        person.phone = ""
        person.fiscal_code = ""
        person.privacy_consent = False
        person.privacy_consent_date = None
        person.consent_media = None
        person.consent_contact = None
