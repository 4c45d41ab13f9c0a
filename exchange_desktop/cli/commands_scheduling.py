"""The ``sessions`` and ``confirm-date`` commands: list the sessions, confirm a date."""

from __future__ import annotations

import argparse
import json
from datetime import date, time
from typing import TYPE_CHECKING

from exchange_desktop.cli.common import (
    EXIT_OK,
    attendance_choice_arguments,
    attendance_refusal,
    database,
    db_argument,
    iso_date,
    positive_int,
    session_argument,
    tr,
)

if TYPE_CHECKING:
    from exchange_desktop.services.scheduling.sessions import SessionOverview


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``sessions`` and ``confirm-date`` to the command line."""
    sessions = commands.add_parser(
        "sessions",
        help=tr("elenca le sessioni con le date e gli iscritti"),
        description=tr(
            "Elenca le sessioni (di tutte le pratiche, o di una sola con --practice) in ordine "
            "di data: modalità (date alternative O / più sessioni E), stato, data confermata "
            "o date proposte, posti e iscritti."
        ),
    )
    db_argument(sessions, default=argparse.SUPPRESS)
    sessions.add_argument(
        "--practice",
        metavar="ID",
        type=positive_int,
        help=tr("solo le sessioni di questa pratica (vedi il comando practices)"),
    )
    sessions.add_argument(
        "--json",
        action="store_true",
        help=tr(
            "stampa un array JSON di oggetti con id, practice_id, mode (alternative o "
            "multiple), status, date, days (tutti i giorni di una sessione confermata), "
            "candidate_dates, capacity, confirmed_count, waiting_count"
        ),
    )
    sessions.set_defaults(handler=_cmd_sessions)

    confirm = commands.add_parser(
        "confirm-date",
        help=tr("conferma una delle date proposte di una sessione"),
        description=tr(
            "Conferma la sessione in una delle sue date proposte; le altre restano in elenco "
            "come scartate. Errore (codice 1) se la data non è tra quelle proposte, o se ci "
            "sono presenze registrate per un altro giorno e non si indica --keep-attendance "
            "(passano al giorno confermato) o --clear-attendance (vengono cancellate)."
        ),
    )
    db_argument(confirm, default=argparse.SUPPRESS)
    session_argument(confirm)
    confirm.add_argument(
        "day",
        metavar="AAAA-MM-GG",
        type=iso_date,
        help=tr("la data da confermare, per esempio 2026-04-20"),
    )
    attendance_choice_arguments(confirm)
    confirm.set_defaults(handler=_cmd_confirm_date)


_MODES = {"O": "alternative", "E": "multiple"}


def _session_json(item: SessionOverview) -> dict[str, object]:
    session = item.summary.session
    confirmed = session.confirmed_day

    def clock(value: time | None) -> str | None:
        return value.strftime("%H:%M") if value else None

    return {
        "id": session.id,
        "practice_id": item.practice_id,
        "mode": _MODES[item.mode.value],
        "status": session.status.value,
        "date": confirmed.isoformat() if confirmed else None,
        "days": [day.isoformat() for day in _held_days(item)],
        "candidate_dates": [c.day.isoformat() for c in session.candidate_dates],
        "candidates": [
            {"id": c.id, "date": c.day.isoformat(), "status": c.status.value}
            for c in session.candidate_dates
        ],
        "capacity": session.capacity,
        "confirmed_count": item.summary.confirmed_count,
        "waiting_count": item.summary.waiting_count,
        "modality": session.modality.value,
        "venue": session.venue,
        "room": session.room,
        "webinar_link": session.webinar_link,
        "start_time": clock(session.start_time),
        "end_time": clock(session.end_time),
    }


def _held_days(item: SessionOverview) -> list[date]:
    """Every day of a confirmed session (its first and the following working days)."""
    from exchange_desktop.domain.calendar_rules import working_days_from

    confirmed = item.summary.session.confirmed_day
    if confirmed is None:
        return []
    return working_days_from(confirmed, item.duration_days, item.patron_day)


def _session_line(item: SessionOverview) -> str:
    from exchange_desktop.exports.wording import session_when

    session = item.summary.session
    mode = tr("date alternative (O)") if item.mode.value == "O" else tr("più sessioni (E)")
    status = {
        "proposed": tr("proposta"),
        "confirmed": tr("confermata"),
        "cancelled": tr("annullata"),
        "held": tr("svolta"),
    }[session.status.value]
    seats = tr("{confirmed}/{capacity} posti occupati, {waiting} in lista d'attesa").format(
        confirmed=item.summary.confirmed_count,
        capacity=session.capacity,
        waiting=item.summary.waiting_count,
    )
    practice = tr("pratica {id}").format(id=item.practice_id)
    when = session_when(session, item.duration_days, item.patron_day)
    return "\t".join((str(session.id), practice, mode, status, when, seats))


def _cmd_sessions(args: argparse.Namespace) -> int:
    from exchange_desktop.services.scheduling.sessions import session_overview

    with database(args, read_only=True) as db:
        overview = session_overview(db, args.practice)
    if args.json:
        print(json.dumps([_session_json(item) for item in overview], ensure_ascii=False, indent=2))
    else:
        for item in overview:
            print(_session_line(item))
    return EXIT_OK


def _cmd_confirm_date(args: argparse.Namespace) -> int:
    from exchange_desktop.formatting import long_date
    from exchange_desktop.services.attendance.attendance_days import (
        AttendanceChoice,
        AttendanceOnOtherDaysError,
    )
    from exchange_desktop.services.scheduling.sessions import confirm_date

    choice = AttendanceChoice(args.attendance) if args.attendance else None
    with database(args) as db:
        try:
            session = confirm_date(db, args.session, args.day, attendance=choice)
        except AttendanceOnOtherDaysError as error:
            raise attendance_refusal(error) from error
    print(tr("Sessione {id} confermata per {day}.").format(id=session.id, day=long_date(args.day)))
    return EXIT_OK
