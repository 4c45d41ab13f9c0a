"""``python main.py [--db FILE|URL] [COMMAND ...]``: no command opens the window.

This module holds the parser's skeleton and what every command shares (the database, ids,
exit codes, error handling); the commands themselves are in ``commands_practices``,
``commands_documents``, ``commands_scheduling``, ``commands_roster``, ``commands_import`` and
``commands_attendance``, each adding its subparsers through ``register``.

A command runs in a fresh process, so its start-up is most of its time: this module and the
command modules import only the standard library and the program's light modules at the
top; SQLAlchemy, the services, reportlab, openpyxl and Qt are imported inside the handler
that needs them (``tests/test_cli_imports.py`` keeps it so).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from exchange_desktop import __version__
from exchange_desktop.cli import argparse_it
from exchange_desktop.domain.errors import DomainError
from exchange_desktop.i18n import MESSAGES_CONTEXT, QT_TRANSLATE_NOOP, Message
from exchange_desktop.imports.child_process import remove_leftovers
from exchange_desktop.language import chosen_language, install_command_line_language, translate
from exchange_desktop.logging_setup import configure_logging
from exchange_desktop.paths import default_database_path
from exchange_desktop.storage.location import (
    ENV_DATABASE_URL,
    as_location,
    configured_location,
    is_server_url,
)
from exchange_desktop.translation import describe_error

if TYPE_CHECKING:
    from exchange_desktop.storage.database import Database

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_DATA = 1
EXIT_USAGE = 2


def tr(text: str) -> str:
    """``text`` in the interface language, in context "CommandLine".

    lupdate files these calls (module functions, no class around them) under an empty
    context; ``scripts/translations.py`` renames it to "CommandLine".
    """
    return translate("CommandLine", text)


class CliError(Exception):
    """A problem to report on one line of stderr with exit code 1."""


def db_argument(parser: argparse.ArgumentParser, *, default: object) -> None:
    parser.add_argument(
        "--db",
        metavar=tr("FILE|URL"),
        type=db_location,
        default=default,
        help=tr(
            "file del database SQLite (predefinito: {path}) oppure database condiviso "
            "postgresql+psycopg://utente@server/database (anche dalla variabile {env})"
        ).format(path=default_database_path(), env=ENV_DATABASE_URL),
    )


#: The largest id SQLite can store; a larger number cannot name anything.
MAX_ID = 2**63 - 1


def positive_int(text: str) -> int:
    """An argparse type: a whole number from 1 up (an id), in plain digits.

    ``int`` would also take " 1", "1_000" or Arabic-Indic digits; an id is typed as shown.
    """
    value = int(text) if text.isascii() and text.isdigit() else 0
    if value < 1:
        raise argparse.ArgumentTypeError(
            tr("'{value}' non è un numero intero positivo").format(value=text)
        )
    if value > MAX_ID:
        raise argparse.ArgumentTypeError(
            tr("'{value}' è troppo grande per essere un id").format(value=text)
        )
    return value


def file_path(text: str) -> Path:
    """An argparse type: a file's path; an empty one is wrong usage, not the current folder."""
    if not text.strip():
        raise argparse.ArgumentTypeError(tr("manca il nome del file"))
    return Path(text)


def db_location(text: str) -> str | Path:
    """An argparse type: a database file's path or a server's URL."""
    file_path(text)  # an empty one is wrong usage
    return as_location(text)


def chosen_location(args: argparse.Namespace) -> str | Path:
    """``--db``, else the server the IT office named in the environment, else the file."""
    return args.db or configured_location() or default_database_path()


def session_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--session",
        metavar="ID",
        type=positive_int,
        required=True,
        help=tr("id della sessione (vedi il comando sessions)"),
    )


def program_name() -> str:
    """How the user started the program, for the usage line and the error messages."""
    return "python main.py" if Path(sys.argv[0]).name == "main.py" else "exchange-desktop"


def build_parser() -> argparse.ArgumentParser:
    # The command modules import this one for the shared helpers, hence here.
    from exchange_desktop.cli import (
        commands_attendance,
        commands_backup,
        commands_documents,
        commands_import,
        commands_practices,
        commands_roster,
        commands_roster_export,
        commands_scheduling,
    )

    argparse_it.install()
    parser = argparse_it.ItalianArgumentParser(
        prog=program_name(),
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
    db_argument(parser, default=None)
    commands = parser.add_subparsers(
        dest="command", metavar=tr("COMANDO"), parser_class=argparse_it.ItalianArgumentParser
    )
    commands_practices.register(commands)
    commands_documents.register(commands)
    commands_scheduling.register(commands)
    commands_roster.register(commands)
    commands_roster_export.register(commands)
    commands_import.register(commands)
    commands_attendance.register(commands)
    commands_backup.register(commands)
    return parser


@contextmanager
def database(
    args: argparse.Namespace, *, create: bool = False, read_only: bool = False
) -> Iterator[Database]:
    """The database a command works on, closed afterwards.

    Only ``sample`` may create the file, and only where none exists (a zero-byte file is
    damaged, not new); the other commands use what is there, so a typo in ``--db`` is
    reported instead of leaving an empty database behind.  ``read_only`` commands (lists,
    exports) also work where nothing may be written — a read-only share, folder or file —
    by opening the file read-only there; elsewhere they open it as usual (which upgrades an
    older schema).  A damaged file's message names the latest backup.
    """
    location = chosen_location(args)
    if is_server_url(location):
        from exchange_desktop.storage.database import open_database

        server = open_database(location)
        try:
            yield server
        finally:
            server.close()
        return
    path = Path(location)
    if not create and not os.path.exists(path):
        raise DomainError(
            Message(
                MESSAGES_CONTEXT,
                QT_TRANSLATE_NOOP("Messages", "Il database {path} non esiste."),
                path=str(path),
            )
        )
    from exchange_desktop.storage.database import open_database, open_database_read_only
    from exchange_desktop.storage.db_files import UnreadableDatabaseError, writable_place

    try:
        if read_only and os.path.exists(path) and not writable_place(path):
            db = open_database_read_only(path)
        else:
            db = open_database(path)
    except UnreadableDatabaseError as error:  # (not for a newer schema: update the program)
        from exchange_desktop.cli.commands_backup import with_backup_hint

        raise with_backup_hint(error, path) from error
    try:
        yield db
    finally:
        db.close()


def _use_utf8_when_piped() -> None:
    """On Windows a pipe defaults to the ANSI code page, which cannot hold every name.

    The windowed program (pythonw, the installed .exe) has no streams at all: None.
    """
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and not stream.isatty() and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")


def _run_command(handler: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    try:
        return handler(args)
    except DomainError as error:
        print(argparse_it.one_line(describe_error(error)), file=sys.stderr)
        return EXIT_DATA
    except Exception as error:  # no traceback reaches the user; the log keeps it
        log.exception("unexpected error in command %s", args.command)
        message = tr("Errore imprevisto: {error}").format(error=error)
        print(argparse_it.one_line(message), file=sys.stderr)
        return EXIT_DATA


def run(argv: list[str]) -> int:
    """Parse ``argv`` and run the command, or start the GUI when there is none."""
    _use_utf8_when_piped()
    configure_logging()
    install_command_line_language(chosen_language())
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_request:  # --help, --version, usage errors
        return int(exit_request.code or 0)
    if args.command is None:
        from exchange_desktop.ui.window.app import run_gui

        return run_gui(args.db or configured_location())
    # What a command killed while reading a spreadsheet left in the temporary folder.
    remove_leftovers()
    return _run_command(args.handler, args)
