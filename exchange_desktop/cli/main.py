"""``python main.py [--db FILE] [COMMAND ...]``: no command opens the window."""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from exchange_desktop import __version__
from exchange_desktop.domain.errors import DomainError
from exchange_desktop.i18n import MESSAGES_CONTEXT, QT_TRANSLATE_NOOP, Message
from exchange_desktop.logging_setup import configure_logging
from exchange_desktop.paths import default_database_path
from exchange_desktop.storage.database import Database, open_database
from exchange_desktop.translation import describe_error

if TYPE_CHECKING:
    from exchange_desktop.services.scheduling import SessionOverview

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_DATA = 1
EXIT_USAGE = 2


def tr(text: str) -> str:
    return QCoreApplication.translate("CommandLine", text)


class CliError(Exception):
    """A problem to report on one line of stderr with exit code 1."""


def _db_argument(parser: argparse.ArgumentParser, *, default: object) -> None:
    parser.add_argument(
        "--db",
        metavar="FILE",
        type=Path,
        default=default,
        help=tr("file del database SQLite (predefinito: {path})").format(
            path=default_database_path()
        ),
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="exchange-desktop",
        description=tr(
            "Exchange Desktop: gestione degli scambi di buone pratiche tra Comuni. "
            "Senza comando apre la finestra del programma."
        ),
        epilog=tr(
            "Codici di uscita: 0 fatto; 1 dati errati o problema con il database "
            "(messaggio su una riga in stderr); 2 uso errato."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _db_argument(parser, default=None)
    commands = parser.add_subparsers(dest="command", metavar="COMANDO")

    sample = commands.add_parser(
        "sample",
        help=tr("aggiunge la pratica di esempio (Comune di Monza) e stampa il suo id"),
        description=tr(
            "Aggiunge al database la pratica di esempio del Comune di Monza, con programma "
            "e date proposte; crea il database se non esiste. Stampa l'id della nuova "
            "pratica da solo sulla prima riga."
        ),
    )
    _db_argument(sample, default=argparse.SUPPRESS)
    sample.set_defaults(handler=_cmd_sample)

    practices = commands.add_parser(
        "practices",
        help=tr("elenca le pratiche"),
        description=tr("Elenca le pratiche del database: id, titolo, Comune ospitante."),
    )
    _db_argument(practices, default=argparse.SUPPRESS)
    practices.add_argument(
        "--json",
        action="store_true",
        help=tr("stampa un array JSON di oggetti con id, title, host, updated_at"),
    )
    practices.set_defaults(handler=_cmd_practices)

    export_card = commands.add_parser(
        "export-card",
        help=tr("esporta in PDF la scheda della buona pratica"),
        description=tr(
            "Scrive in un file PDF la scheda della buona pratica (Comune ospitante, "
            "descrizione, modalità dello scambio, programma, partecipanti, durata, date). "
            "Stampa il percorso del file scritto."
        ),
    )
    _export_arguments(export_card)
    export_card.set_defaults(handler=_cmd_export_document)

    export_programme = commands.add_parser(
        "export-programme",
        help=tr("esporta in PDF il programma della giornata"),
        description=tr(
            "Scrive in un file PDF il programma della giornata di scambio (Comune ospitante, "
            "pratica, date e luogo, voci con orari e relatori, pause). Stampa il percorso del "
            "file scritto."
        ),
    )
    _export_arguments(export_programme)
    export_programme.set_defaults(handler=_cmd_export_document)
    _add_scheduling_commands(commands)
    return parser


def _add_scheduling_commands(commands: argparse._SubParsersAction) -> None:
    sessions = commands.add_parser(
        "sessions",
        help=tr("elenca le sessioni con le date e gli iscritti"),
        description=tr(
            "Elenca le sessioni (di tutte le pratiche, o di una sola con --practice) in ordine "
            "di data: modalità (date alternative O / più sessioni E), stato, data confermata "
            "o date proposte, posti e iscritti."
        ),
    )
    _db_argument(sessions, default=argparse.SUPPRESS)
    sessions.add_argument(
        "--practice",
        metavar="ID",
        type=_positive_int,
        help=tr("solo le sessioni di questa pratica (vedi il comando practices)"),
    )
    sessions.add_argument(
        "--json",
        action="store_true",
        help=tr(
            "stampa un array JSON di oggetti con id, practice_id, mode (alternative o "
            "multiple), status, date, candidate_dates, capacity, confirmed_count, waiting_count"
        ),
    )
    sessions.set_defaults(handler=_cmd_sessions)

    export_ics = commands.add_parser(
        "export-ics",
        help=tr("esporta il file di calendario (.ics) di una sessione"),
        description=tr(
            "Scrive il file di calendario (iCalendar, .ics) di una sessione con data "
            "confermata: un evento per giornata, orari in Europe/Rome, luogo o collegamento. "
            "Esportato di nuovo, aggiorna l'evento già importato in Outlook invece di "
            "duplicarlo. Stampa il percorso del file scritto."
        ),
    )
    _db_argument(export_ics, default=argparse.SUPPRESS)
    _session_argument(export_ics)
    export_ics.add_argument(
        "out",
        metavar="OUT.ics",
        type=Path,
        help=tr("file .ics da scrivere (se esiste viene sostituito)"),
    )
    export_ics.set_defaults(handler=_cmd_export_ics)

    confirm = commands.add_parser(
        "confirm-date",
        help=tr("conferma una delle date proposte di una sessione"),
        description=tr(
            "Conferma la sessione in una delle sue date proposte; le altre restano in elenco "
            "come scartate. Errore (codice 1) se la data non è tra quelle proposte."
        ),
    )
    _db_argument(confirm, default=argparse.SUPPRESS)
    _session_argument(confirm)
    confirm.add_argument(
        "day",
        metavar="AAAA-MM-GG",
        type=_iso_date,
        help=tr("la data da confermare, per esempio 2026-04-20"),
    )
    confirm.set_defaults(handler=_cmd_confirm_date)


def _positive_int(text: str) -> int:
    """An argparse type: a whole number from 1 up (an id)."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(
            tr("'{value}' non è un numero intero positivo").format(value=text)
        )
    return value


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _iso_date(text: str) -> date:
    """An argparse type: a calendar date written YYYY-MM-DD."""
    try:
        if not _ISO_DATE.match(text):
            raise ValueError(text)
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            tr("'{value}' non è una data valida nel formato AAAA-MM-GG").format(value=text)
        ) from None


def _session_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--session",
        metavar="ID",
        type=_positive_int,
        required=True,
        help=tr("id della sessione (vedi il comando sessions)"),
    )


def _export_arguments(parser: argparse.ArgumentParser) -> None:
    """The options every document export takes: the database, the practice, the file."""
    _db_argument(parser, default=argparse.SUPPRESS)
    parser.add_argument(
        "--practice",
        metavar="ID",
        type=_positive_int,
        required=True,
        help=tr("id della pratica (vedi il comando practices)"),
    )
    parser.add_argument(
        "out",
        metavar="OUT.pdf",
        type=Path,
        help=tr("file PDF da scrivere (se esiste viene sostituito)"),
    )


@contextmanager
def _database(args: argparse.Namespace, *, create: bool = False) -> Iterator[Database]:
    """The database a command works on, closed afterwards.

    Only ``sample`` may create the file; the other commands read what is there, so a typo
    in ``--db`` is reported instead of leaving an empty database behind.
    """
    path = Path(args.db or default_database_path())
    if not create and not path.exists():
        raise DomainError(
            Message(
                MESSAGES_CONTEXT,
                QT_TRANSLATE_NOOP("Messages", "Il database {path} non esiste."),
                path=str(path),
            )
        )
    db = open_database(path)
    try:
        yield db
    finally:
        db.close()


def _cmd_sample(args: argparse.Namespace) -> int:
    from exchange_desktop.services.sample import load_sample

    with _database(args, create=True) as db:
        practice = load_sample(db)
    print(practice.id)
    print(tr("Pratica di esempio aggiunta a {path}").format(path=db.path))
    return EXIT_OK


def _cmd_practices(args: argparse.Namespace) -> int:
    from exchange_desktop.services.practices import list_practices

    with _database(args) as db:
        practices = list_practices(db)
    if args.json:
        payload = [
            {
                "id": p.id,
                "title": p.title,
                "host": p.host,
                "updated_at": p.updated_at.isoformat(),
            }
            for p in practices
        ]
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        for p in practices:
            print(f"{p.id}\t{p.title}\t{p.host}")
    return EXIT_OK


def _cmd_export_document(args: argparse.Namespace) -> int:
    """export-card and export-programme: write the PDF, print where."""
    from exchange_desktop.services import documents

    writer = {
        "export-card": documents.export_practice_card,
        "export-programme": documents.export_programme,
    }[args.command]
    with _database(args) as db:
        written = writer(db, args.practice, args.out)
    print(written)
    return EXIT_OK


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
    return "\t".join((str(session.id), practice, mode, status, session_when(session), seats))


def _cmd_sessions(args: argparse.Namespace) -> int:
    from exchange_desktop.services.scheduling import session_overview

    with _database(args) as db:
        overview = session_overview(db, args.practice)
    if args.json:
        print(json.dumps([_session_json(item) for item in overview], ensure_ascii=False, indent=2))
    else:
        for item in overview:
            print(_session_line(item))
    return EXIT_OK


def _cmd_export_ics(args: argparse.Namespace) -> int:
    from exchange_desktop.services.calendar import export_ics

    with _database(args) as db:
        written = export_ics(db, args.session, args.out)
    print(written)
    return EXIT_OK


def _cmd_confirm_date(args: argparse.Namespace) -> int:
    from exchange_desktop.formatting import long_date
    from exchange_desktop.services.scheduling import confirm_date

    with _database(args) as db:
        session = confirm_date(db, args.session, args.day)
    print(tr("Sessione {id} confermata per {day}.").format(id=session.id, day=long_date(args.day)))
    return EXIT_OK


def _use_utf8_when_piped() -> None:
    """On Windows a pipe defaults to the ANSI code page, which cannot hold every name."""
    for stream in (sys.stdout, sys.stderr):
        if not stream.isatty() and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")


def _run_command(handler: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    try:
        return handler(args)
    except DomainError as error:
        print(describe_error(error).replace("\n", " "), file=sys.stderr)
        return EXIT_DATA
    except Exception as error:  # no traceback reaches the user; the log keeps it
        log.exception("unexpected error in command %s", args.command)
        print(tr("Errore imprevisto: {error}").format(error=error), file=sys.stderr)
        return EXIT_DATA


def run(argv: list[str]) -> int:
    """Parse ``argv`` and run the command, or start the GUI when there is none."""
    _use_utf8_when_piped()
    configure_logging()
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_request:  # --help, --version, usage errors
        return int(exit_request.code or 0)
    if args.command is None:
        from exchange_desktop.ui.app import run_gui

        return run_gui(args.db)
    return _run_command(args.handler, args)
