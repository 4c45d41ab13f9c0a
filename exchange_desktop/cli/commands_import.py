"""The ``import-participants`` command: a spreadsheet of people signed up to a session.

The spreadsheet reader and the import service are imported only when the command runs.
"""

from __future__ import annotations

import argparse

from exchange_desktop.cli.main import (
    EXIT_OK,
    database,
    db_argument,
    file_path,
    session_argument,
    tr,
)


def register(commands: argparse._SubParsersAction) -> None:
    """Add ``import-participants`` to the command line."""
    command = commands.add_parser(
        "import-participants",
        help=tr("importa i partecipanti di una sessione da un foglio di calcolo"),
        description=tr(
            "Iscrive a una sessione le persone elencate in un file .xlsx, .xls, .ods o .csv "
            "(UTF-8 o Windows-1252, separato da punto e virgola o da virgola). La riga di "
            "intestazione è riconosciuta dai nomi delle colonne (Cognome, Nome, Ente, Email, "
            "Ruolo, Telefono, Codice fiscale, anche in inglese); le altre colonne sono "
            "ignorate. I doppioni sono saltati; oltre i posti disponibili si va in lista "
            "d'attesa. Se una riga ha errori non viene scritto nulla e il codice di uscita è "
            "1, a meno di --skip-invalid."
        ),
    )
    db_argument(command, default=argparse.SUPPRESS)
    session_argument(command)
    command.add_argument(
        "--skip-invalid",
        action="store_true",
        help=tr("importa le righe valide e salta quelle con errori, elencandole"),
    )
    command.add_argument(
        "input",
        metavar="FILE",
        type=file_path,
        help=tr("il foglio di calcolo da importare (.xlsx, .xls, .ods, .csv)"),
    )
    command.set_defaults(handler=_cmd_import_participants)


def _cmd_import_participants(args: argparse.Namespace) -> int:
    from exchange_desktop.imports.spreadsheet import read_table
    from exchange_desktop.services.participant_import import guess_mapping, import_rows

    table = read_table(args.input)
    with database(args) as db:
        summary = import_rows(
            db, args.session, table, guess_mapping(table.headers), skip_invalid=args.skip_invalid
        )
    confirmed = summary.imported - summary.waiting
    print(
        tr("Importati: {imported} ({confirmed} confermati, {waiting} in lista d'attesa)").format(
            imported=summary.imported, confirmed=confirmed, waiting=summary.waiting
        )
    )
    print(tr("Doppioni saltati: {count}").format(count=summary.duplicates))
    print(tr("Righe con errori saltate: {count}").format(count=len(summary.errors)))
    for row_number, reason in summary.errors:
        print(tr("  riga {row}: {reason}").format(row=row_number, reason=reason))
    return EXIT_OK
