"""``python main.py [--db FILE|URL] [COMMAND ...]``: no command opens the window.

This module only builds the parser from :data:`COMMAND_MODULES` (each adds its subparsers
through ``register``) and runs the chosen command; what the commands share (the database,
ids, exit codes, ``tr``) is in ``cli.common``, which they import instead of this module, so
the command line's modules form no cycle.  Only the entry points import this module.

A command runs in a fresh process, so its start-up is most of its time: this module and the
command modules import only the standard library and the program's light modules at the
top; SQLAlchemy, the services, reportlab, openpyxl and Qt are imported inside the handler
that needs them (``tests/test_cli_imports.py`` keeps it so).
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable
from types import ModuleType

from exchange_desktop import __version__
from exchange_desktop.cli import (
    argparse_it,
    commands_attendance,
    commands_backup,
    commands_documents,
    commands_import,
    commands_messages,
    commands_practices,
    commands_programme,
    commands_registrations,
    commands_roster,
    commands_roster_export,
    commands_scheduling,
    commands_sessions,
    commands_webinar,
)
from exchange_desktop.cli.common import EXIT_DATA, CliError, db_argument, program_name, tr
from exchange_desktop.domain.errors import DomainError
from exchange_desktop.imports.child_process import remove_leftovers
from exchange_desktop.language import chosen_language, install_command_line_language
from exchange_desktop.logging_setup import configure_logging
from exchange_desktop.storage.location import configured_location
from exchange_desktop.translation import describe_error

log = logging.getLogger(__name__)

#: The command modules in the order their commands appear in ``--help``.
COMMAND_MODULES: tuple[ModuleType, ...] = (
    commands_practices,
    commands_programme,
    commands_documents,
    commands_webinar,
    commands_scheduling,
    commands_sessions,
    commands_roster,
    commands_registrations,
    commands_roster_export,
    commands_import,
    commands_attendance,
    commands_messages,
    commands_backup,
)


def build_parser() -> argparse.ArgumentParser:
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
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


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
    except CliError as error:
        print(argparse_it.one_line(str(error)), file=sys.stderr)
        return EXIT_DATA
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
