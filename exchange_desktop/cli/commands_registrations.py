"""The roster's changes from the command line: ``register``, ``cancel-registration``,
``promote`` and ``move-participant`` — the services the Partecipanti tab calls, with the
same seats and waiting list; each prints the sentence the window shows."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from exchange_desktop.cli.argparse_it import one_line
from exchange_desktop.cli.common import (
    EXIT_OK,
    CliError,
    database,
    db_argument,
    fields_error,
    not_registered,
    positive_int,
    registration_of,
    session_argument,
    tr,
)

if TYPE_CHECKING:
    from exchange_desktop.storage.database import Database


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the commands that change the roster."""
    sign_up = commands.add_parser(
        "register",
        help=tr("iscrive una persona a una sessione"),
        description=tr(
            "Iscrive una persona nuova a una sessione: posto confermato finché ce ne sono, "
            "altrimenti in fondo alla lista d'attesa. L'Ente si indica per nome; se non è "
            "in elenco viene aggiunto."
        ),
    )
    db_argument(sign_up, default=argparse.SUPPRESS)
    session_argument(sign_up)
    sign_up.add_argument("--surname", required=True, help=tr("cognome"))
    sign_up.add_argument("--name", required=True, help=tr("nome"))
    sign_up.add_argument("--organisation", metavar=tr("ENTE"), required=True, help=tr("Ente"))
    sign_up.add_argument("--role", default="", help=tr("ruolo o profilo professionale"))
    sign_up.add_argument("--email", default="", help=tr("indirizzo email"))
    sign_up.add_argument("--phone", default="", help=tr("telefono"))
    sign_up.add_argument("--fiscal-code", default="", help=tr("codice fiscale"))
    sign_up.set_defaults(handler=_cmd_register)

    cancel = commands.add_parser(
        "cancel-registration",
        help=tr("annulla un'iscrizione"),
        description=tr(
            "Annulla un'iscrizione (resta in elenco come annullata); il posto liberato va al "
            "primo in lista d'attesa. L'iscrizione si indica con --registration oppure con "
            "--session e --participant."
        ),
    )
    _registration_arguments(cancel)
    cancel.set_defaults(handler=_cmd_cancel)

    promote = commands.add_parser(
        "promote",
        help=tr("dà un posto confermato a chi è in lista d'attesa"),
        description=tr(
            "Dà un posto confermato a una persona in lista d'attesa: la prima in ordine, "
            "o quella indicata con --participant. Rifiutato se la sessione è al completo."
        ),
    )
    db_argument(promote, default=argparse.SUPPRESS)
    session_argument(promote)
    promote.add_argument(
        "--participant", metavar="ID", type=positive_int, help=tr("id del partecipante")
    )
    promote.set_defaults(handler=_cmd_promote)

    move = commands.add_parser(
        "move-participant",
        help=tr("sposta un'iscrizione a un'altra sessione della pratica"),
        description=tr(
            "Sposta un'iscrizione a un'altra sessione della stessa pratica: posto confermato "
            "se ce n'è uno libero, altrimenti in fondo alla lista d'attesa."
        ),
    )
    _registration_arguments(move)
    move.add_argument(
        "--to", metavar="ID", type=positive_int, required=True, help=tr("la sessione di arrivo")
    )
    move.set_defaults(handler=_cmd_move)


def _registration_arguments(parser: argparse.ArgumentParser) -> None:
    db_argument(parser, default=argparse.SUPPRESS)
    parser.add_argument(
        "--registration",
        metavar="ID",
        type=positive_int,
        help=tr("id dell'iscrizione (registration_id del comando roster --json)"),
    )
    parser.add_argument("--session", metavar="ID", type=positive_int, help=tr("id della sessione"))
    parser.add_argument(
        "--participant", metavar="ID", type=positive_int, help=tr("id del partecipante")
    )


def _registration_id(db: Database, args: argparse.Namespace) -> int:
    """``--registration``, or the registration of ``--participant`` in ``--session``."""
    if args.registration is not None:
        if args.session is not None or args.participant is not None:
            raise CliError(tr("Indicare --registration oppure --session e --participant."))
        return int(args.registration)
    if args.session is None or args.participant is None:
        raise CliError(tr("Indicare --registration oppure --session e --participant."))
    found = registration_of(db, args.session, args.participant)
    if found is None:
        raise not_registered(args.session, args.participant)
    return found


def _say(message: object) -> None:
    from exchange_desktop.translation import tr_message

    print(one_line(tr_message(message)))  # type: ignore[arg-type]


def _cmd_register(args: argparse.Namespace) -> int:
    from exchange_desktop.domain.errors import ValidationError
    from exchange_desktop.domain.roster import Participant
    from exchange_desktop.services.roster.registrations import register_with_organisation

    person = Participant(
        surname=args.surname,
        name=args.name,
        role=args.role,
        email=args.email,
        phone=args.phone,
        fiscal_code=args.fiscal_code,
    )
    with database(args) as db:
        try:
            outcome = register_with_organisation(db, args.session, person, args.organisation)
        except ValidationError as error:
            raise fields_error(error) from error
    _say(outcome.message)
    return EXIT_OK


def _cmd_cancel(args: argparse.Namespace) -> int:
    from exchange_desktop.services.roster.registrations import cancel_registration

    with database(args) as db:
        outcome = cancel_registration(db, _registration_id(db, args))
    _say(outcome.message)
    return EXIT_OK


def _cmd_promote(args: argparse.Namespace) -> int:
    from exchange_desktop.services.roster import roster
    from exchange_desktop.services.roster.registrations import promote
    from exchange_desktop.services.scheduling.sessions import get_session

    with database(args) as db:
        practice_id = get_session(db, args.session).practice_id
        waiting = sorted(
            (row for row in roster(db, practice_id, args.session) if row.status.value == "waiting"),  # type: ignore[arg-type]
            key=lambda row: row.waiting_position or 0,
        )
        if args.participant is not None:
            waiting = [row for row in waiting if row.participant_id == args.participant]
            if not waiting:
                raise CliError(
                    tr(
                        "Il partecipante n. {participant} non è in lista d'attesa nella "
                        "sessione n. {session}."
                    ).format(participant=args.participant, session=args.session)
                )
        if not waiting:
            raise CliError(
                tr("Nessuno in lista d'attesa nella sessione n. {session}.").format(
                    session=args.session
                )
            )
        outcome = promote(db, waiting[0].registration_id)
    _say(outcome.message)
    return EXIT_OK


def _cmd_move(args: argparse.Namespace) -> int:
    from exchange_desktop.services.roster.registration_moves import move_registration

    with database(args) as db:
        outcome = move_registration(db, _registration_id(db, args), args.to)
    _say(outcome.message)
    return EXIT_OK
