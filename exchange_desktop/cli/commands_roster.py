"""The ``roster`` command: the registrations of a session, one person per line or as JSON."""

from __future__ import annotations

import argparse
import json
from datetime import time
from typing import TYPE_CHECKING

from exchange_desktop.cli.common import EXIT_OK, database, db_argument, session_argument, tr

if TYPE_CHECKING:
    from exchange_desktop.domain.roster_rows import SittingAttendance
    from exchange_desktop.services.roster import RosterEntry


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``roster`` to the command line."""
    roster = commands.add_parser(
        "roster",
        help=tr("elenca gli iscritti di una sessione"),
        description=tr(
            "Elenca le iscrizioni di una sessione: prima i posti confermati, poi la lista "
            "d'attesa in ordine, poi le iscrizioni annullate; per ognuna cognome, nome, Ente, "
            "ruolo, email, stato e presenza."
        ),
    )
    db_argument(roster, default=argparse.SUPPRESS)
    session_argument(roster)
    roster.add_argument(
        "--json",
        action="store_true",
        help=tr(
            "stampa un array JSON di oggetti con registration_id, participant_id, surname, "
            "name, organisation, role, email, phone, status (confirmed, waiting o cancelled), "
            "waiting_position, present, minutes_attended, planned_minutes, registered_at, "
            "privacy_consent (true o false), privacy_consent_date, consent_media e "
            "consent_contact (consensi facoltativi a foto e video e a essere ricontattati: "
            "true, false o null se non chiesti) e sittings (per seduta: "
            "day, sitting, start, end, present, in, out, minutes_attended)"
        ),
    )
    roster.set_defaults(handler=_cmd_roster)


def _row_json(row: RosterEntry) -> dict[str, object]:
    return {
        "registration_id": row.registration_id,
        "participant_id": row.participant_id,
        "session_id": row.session_id,
        "surname": row.surname,
        "name": row.name,
        "organisation": row.organisation,
        "organisation_id": row.organisation_id,
        "role": row.role,
        "email": row.email,
        "phone": row.phone,
        "status": row.status.value,
        "waiting_position": row.waiting_position,
        "present": row.present,
        "minutes_attended": row.minutes_attended,
        "planned_minutes": row.planned_minutes,
        "sittings": [_sitting_json(sitting) for sitting in row.sittings],
        "registered_at": row.registered_at.isoformat(),
        "privacy_consent": row.privacy_consent,
        "privacy_consent_date": (
            row.privacy_consent_date.isoformat() if row.privacy_consent_date else None
        ),
        "consent_media": row.consent_media,
        "consent_contact": row.consent_contact,
    }


def _clock(value: time | None) -> str | None:
    return value.strftime("%H:%M") if value is not None else None


def _sitting_json(sitting: SittingAttendance) -> dict[str, object]:
    return {
        "day": sitting.day.isoformat() if sitting.day else None,
        "sitting": sitting.number,
        "start": _clock(sitting.start),
        "end": _clock(sitting.end),
        "present": sitting.present,
        "in": _clock(sitting.time_in),
        "out": _clock(sitting.time_out),
        "minutes_attended": sitting.minutes,
    }


def _status_text(row: RosterEntry) -> str:
    if row.status.value == "waiting":
        return tr("in lista d'attesa n. {position}").format(position=row.waiting_position)
    if row.status.value == "cancelled":
        return tr("annullato")
    return tr("confermato")


def _presence_text(row: RosterEntry) -> str:
    if row.present is None:
        return tr("presenza non segnata")
    if not row.present:
        return tr("assente")
    if row.minutes_attended:
        from exchange_desktop.domain.programme import format_duration

        return tr("presente ({hours})").format(hours=format_duration(row.minutes_attended))
    return tr("presente")


def _row_line(number: int, row: RosterEntry) -> str:
    fields = (
        str(number),
        f"{row.surname} {row.name}",
        row.organisation or tr("(nessun Ente)"),
        row.role,
        row.email,
        _status_text(row),
        _presence_text(row),
    )
    return "\t".join(fields)


def _cmd_roster(args: argparse.Namespace) -> int:
    from exchange_desktop.services.roster import roster
    from exchange_desktop.services.scheduling.sessions import get_session

    with database(args, read_only=True) as db:
        session = get_session(db, args.session)
        rows = roster(db, session.practice_id, args.session)  # type: ignore[arg-type]
    if args.json:
        print(json.dumps([_row_json(row) for row in rows], ensure_ascii=False, indent=2))
    else:
        for number, row in enumerate(rows, start=1):
            print(_row_line(number, row))
    return EXIT_OK
