"""``python main.py [--db FILE] [COMMAND ...]``: no command opens the window."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from exchange_desktop import __version__
from exchange_desktop.domain.errors import DomainError
from exchange_desktop.i18n import MESSAGES_CONTEXT, QT_TRANSLATE_NOOP, Message
from exchange_desktop.logging_setup import configure_logging
from exchange_desktop.paths import default_database_path
from exchange_desktop.storage.database import Database, open_database
from exchange_desktop.translation import describe_error

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
    return parser


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
