"""Changing sessions and their dates from the command line: ``update-session``,
``add-date``, ``remove-date``, ``reopen-date`` and ``move-date`` — the services the Date
tab calls (listing and confirming are in ``commands_scheduling``)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from exchange_desktop.cli.common import (
    EXIT_OK,
    CliError,
    attendance_choice_arguments,
    attendance_refusal,
    clock_argument,
    database,
    db_argument,
    fields_error,
    iso_date,
    positive_int,
    session_argument,
    tr,
)

if TYPE_CHECKING:
    from exchange_desktop.services.attendance.attendance_days import AttendanceSettled

#: ``update-session``'s options and the session field each one sets.
_SESSION_OPTIONS = {
    "capacity": "capacity",
    "modality": "modality",
    "start": "start_time",
    "end": "end_time",
    "venue": "venue",
    "room": "room",
    "link": "webinar_link",
    "protocol": "protocol_number",
    "status": "status",
}


def _day_argument(parser: argparse.ArgumentParser, text: str) -> None:
    parser.add_argument("day", metavar="AAAA-MM-GG", type=iso_date, help=text)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the commands that change sessions and dates."""
    update = commands.add_parser(
        "update-session",
        help=tr("modifica posti, modalità, orari e luogo di una sessione"),
        description=tr(
            "Modifica i campi indicati di una sessione, con gli stessi controlli della scheda "
            "Date; se un valore non va bene non cambia nulla. Più posti fanno passare ai "
            "posti confermati chi è in lista d'attesa, in ordine di iscrizione. Se --status "
            "conferma un giorno e sono registrate presenze per un altro, indicare "
            "--keep-attendance (passano al nuovo giorno) o --clear-attendance (vengono "
            "cancellate); altrimenti errore (codice 1)."
        ),
    )
    db_argument(update, default=argparse.SUPPRESS)
    session_argument(update)
    update.add_argument("--capacity", metavar="N", type=positive_int, help=tr("posti"))
    update.add_argument(
        "--modality", choices=("in_person", "webinar"), help=tr("in presenza o webinar")
    )
    update.add_argument("--start", metavar="HH:MM", type=clock_argument, help=tr("ora di inizio"))
    update.add_argument("--end", metavar="HH:MM", type=clock_argument, help=tr("ora di fine"))
    update.add_argument("--venue", metavar=tr("TESTO"), help=tr("sede"))
    update.add_argument("--room", metavar=tr("TESTO"), help=tr("sala"))
    update.add_argument("--link", metavar="URL", help=tr("collegamento del webinar"))
    update.add_argument(
        "--protocol", metavar=tr("TESTO"), help=tr("numero di protocollo degli attestati")
    )
    update.add_argument(
        "--status",
        choices=("proposed", "confirmed", "cancelled", "held"),
        help=tr(
            "stato della sessione: confirmed o held confermano l'unica data rimasta in gioco; "
            "proposed riapre la scelta della data"
        ),
    )
    attendance_choice_arguments(update)
    update.add_argument(
        "--days",
        metavar="N",
        type=positive_int,
        help=tr(
            "giorni consecutivi della sessione (1-30); è la durata della pratica, "
            "uguale per tutte le sue sessioni"
        ),
    )
    update.set_defaults(handler=_cmd_update_session)

    add = commands.add_parser(
        "add-date",
        help=tr("propone una data (date alternative O) o aggiunge una sessione (più sessioni E)"),
        description=tr(
            "Propone una data per la pratica: con date alternative (O) si aggiunge alle date "
            "della sessione, con più sessioni (E) crea una nuova sessione in quella data. "
            "La pratica si indica con --practice oppure con una sua sessione (--session)."
        ),
    )
    db_argument(add, default=argparse.SUPPRESS)
    which = add.add_mutually_exclusive_group(required=True)
    which.add_argument("--practice", metavar="ID", type=positive_int, help=tr("id della pratica"))
    which.add_argument(
        "--session", metavar="ID", type=positive_int, help=tr("id di una sessione della pratica")
    )
    _day_argument(add, tr("la data da proporre, per esempio 2026-04-27"))
    add.set_defaults(handler=_cmd_add_date)

    remove = commands.add_parser(
        "remove-date",
        help=tr("toglie una data proposta"),
        description=tr(
            "Toglie una data proposta di una sessione (con più sessioni E, la sessione stessa, "
            "se non ha iscritti). La data confermata non si toglie: riaprire prima la scelta."
        ),
    )
    db_argument(remove, default=argparse.SUPPRESS)
    session_argument(remove)
    _day_argument(remove, tr("la data da togliere"))
    remove.set_defaults(handler=_cmd_remove_date)

    reopen = commands.add_parser(
        "reopen-date",
        help=tr("riapre la scelta della data di una sessione confermata"),
        description=tr(
            "Annulla la conferma: tutte le date tornano proposte e la sessione torna proposta."
        ),
    )
    db_argument(reopen, default=argparse.SUPPRESS)
    session_argument(reopen)
    reopen.set_defaults(handler=_cmd_reopen_date)

    move = commands.add_parser(
        "move-date",
        help=tr("sposta una sessione a un altro giorno"),
        description=tr(
            "Sposta la sessione al giorno indicato, tenendo le iscrizioni; il cambio resta "
            "registrato e il comando dice quante persone ed Enti vanno avvisati. Se sono già "
            "registrate presenze, indicare --keep-attendance (passano al nuovo giorno) o "
            "--clear-attendance (vengono cancellate); altrimenti errore (codice 1)."
        ),
    )
    db_argument(move, default=argparse.SUPPRESS)
    session_argument(move)
    _day_argument(move, tr("il nuovo giorno, per esempio 2026-05-04"))
    move.add_argument("--reason", default="", help=tr("il motivo del cambio di data"))
    attendance_choice_arguments(move)
    move.set_defaults(handler=_cmd_move_date)


def _cmd_update_session(args: argparse.Namespace) -> int:
    from exchange_desktop.domain.errors import ValidationError
    from exchange_desktop.services.attendance.attendance_days import (
        AttendanceChoice,
        AttendanceOnOtherDaysError,
    )
    from exchange_desktop.services.scheduling.sessions import update_session

    changes = {
        field: getattr(args, option)
        for option, field in _SESSION_OPTIONS.items()
        if getattr(args, option) is not None
    }
    if not changes and args.days is None:
        raise CliError(tr("Nessuna modifica: indicare almeno un campo (vedi --help)."))
    if args.days is not None:
        changes["days"] = args.days
    choice = AttendanceChoice(args.attendance) if args.attendance else None
    with database(args) as db:
        try:
            session = update_session(db, args.session, attendance=choice, **changes)
        except ValidationError as error:
            raise fields_error(error) from error
        except AttendanceOnOtherDaysError as error:
            raise attendance_refusal(error) from error
    print(
        tr("Sessione {id} aggiornata: {fields}.").format(id=session.id, fields=", ".join(changes))
    )
    return EXIT_OK


def _cmd_add_date(args: argparse.Namespace) -> int:
    from exchange_desktop.formatting import long_date
    from exchange_desktop.services.scheduling.sessions import add_candidate_date, get_session

    with database(args) as db:
        practice_id: int | None = args.practice or get_session(db, args.session).practice_id
        assert practice_id is not None  # a stored session belongs to a practice
        session = add_candidate_date(db, practice_id, args.day)
    print(tr("{day} proposta nella sessione {id}.").format(day=long_date(args.day), id=session.id))
    return EXIT_OK


def _cmd_remove_date(args: argparse.Namespace) -> int:
    from exchange_desktop.formatting import long_date
    from exchange_desktop.services.scheduling.sessions import get_session, remove_candidate_date

    with database(args) as db:
        session = get_session(db, args.session)
        found = [c.id for c in session.candidate_dates if c.day == args.day]
        if not found:
            raise CliError(
                tr("{day} non è tra le date della sessione {id}.").format(
                    day=long_date(args.day), id=args.session
                )
            )
        remove_candidate_date(db, found[0])  # type: ignore[arg-type]
    print(tr("{day} tolta dalle date proposte.").format(day=long_date(args.day)))
    return EXIT_OK


def _cmd_reopen_date(args: argparse.Namespace) -> int:
    from exchange_desktop.services.scheduling.sessions import reopen_dates

    with database(args) as db:
        session = reopen_dates(db, args.session)
    print(tr("Sessione {id}: scelta della data riaperta.").format(id=session.id))
    return EXIT_OK


def _cmd_move_date(args: argparse.Namespace) -> int:
    from exchange_desktop.formatting import long_date
    from exchange_desktop.services.attendance.attendance_days import (
        AttendanceChoice,
        AttendanceOnOtherDaysError,
    )
    from exchange_desktop.services.scheduling.rescheduling import reschedule

    choice = AttendanceChoice(args.attendance) if args.attendance else None
    with database(args) as db:
        try:
            result = reschedule(db, args.session, args.day, args.reason, attendance=choice)
        except AttendanceOnOtherDaysError as error:
            raise attendance_refusal(error) from error
    print(
        tr(
            "Sessione {id} spostata a {day}: da avvisare {people} persone e {organisations} Enti."
        ).format(
            id=result.session.id,
            day=long_date(args.day),
            people=len(result.people),
            organisations=len(result.organisations),
        )
    )
    _print_settled(result.attendance)
    return EXIT_OK


def _print_settled(settled: AttendanceSettled) -> None:
    """One line saying what happened to the presences, when something did."""
    if settled.moved:
        print(tr("Presenze passate al nuovo giorno: {count}.").format(count=settled.moved))
    if settled.cleared:
        print(tr("Presenze cancellate: {count}.").format(count=settled.cleared))
