"""The ``import-participants`` command: a spreadsheet of people signed up to a session.

The spreadsheet reader and the import service are imported only when the command runs.
"""

from __future__ import annotations

import argparse

from exchange_desktop.cli.common import (
    EXIT_OK,
    database,
    db_argument,
    file_path,
    session_argument,
    tr,
)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``import-participants`` to the command line."""
    command = commands.add_parser(
        "import-participants",
        help=tr("importa i partecipanti di una sessione da un foglio di calcolo"),
        description=tr(
            "Iscrive a una sessione le persone elencate in un file .xlsx, .xls, .ods o .csv "
            "(UTF-8 o Windows-1252, separato da punto e virgola o da virgola). La riga di "
            "intestazione è riconosciuta dai nomi delle colonne (Cognome, Nome, Ente, Email, "
            "Ruolo, Telefono, Codice fiscale, anche in inglese); le altre colonne sono "
            "ignorate, come le colonne di servizio di Microsoft Forms e quelle che dicono solo "
            "«anonymous». I doppioni sono saltati, le righe di totale non sono persone, chi "
            "era stato annullato non viene iscritto di nuovo se non con --include-cancelled; "
            "oltre i posti disponibili si va in lista d'attesa. Se una riga ha errori non "
            "viene scritto nulla e il codice di uscita è 1, a meno di --skip-invalid."
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
        "--include-cancelled",
        action="store_true",
        help=tr("iscrive di nuovo anche le persone la cui iscrizione era stata annullata"),
    )
    command.add_argument(
        "--map",
        metavar="CAMPO=COLONNA,…",
        action="append",
        default=[],
        help=tr(
            "quale colonna del file è quale campo, come nell'anteprima della finestra "
            '(esempio: --map "Cognome=Surname of participant,Ente=Comune / Ente"; '
            '"-=COLONNA" non la importa; COLONNA può essere il numero, 1 la prima)'
        ),
    )
    command.add_argument(
        "--sheet",
        metavar="FOGLIO",
        help=tr("il foglio da leggere in una cartella di lavoro di più fogli"),
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
    from exchange_desktop.services.importing.import_mapping import apply_map_option, table_mapping
    from exchange_desktop.services.importing.participant_import import import_rows

    table = read_table(args.input, args.sheet)
    mapping = table_mapping(table)
    for option in args.map:
        mapping = apply_map_option(table, mapping, option)
    with database(args) as db:
        summary = import_rows(
            db,
            args.session,
            table,
            mapping,
            skip_invalid=args.skip_invalid,
            include_cancelled=args.include_cancelled,
        )
    confirmed = summary.imported - summary.waiting
    print(
        tr("Importati: {imported} ({confirmed} confermati, {waiting} in lista d'attesa)").format(
            imported=summary.imported, confirmed=confirmed, waiting=summary.waiting
        )
    )
    if summary.reinstated:
        print(
            tr("  di cui annullati in precedenza e iscritti di nuovo: {count}").format(
                count=summary.reinstated
            )
        )
    print(tr("Doppioni saltati: {count}").format(count=summary.duplicates))
    print(tr("Righe con errori saltate: {count}").format(count=len(summary.errors)))
    _rows(summary.errors)
    if summary.not_people:
        print(
            tr("Righe che non sono persone, saltate: {count}").format(count=len(summary.not_people))
        )
        _rows(summary.not_people)
    if summary.cancelled:
        print(
            tr(
                "Annullati in precedenza, non iscritti di nuovo (--include-cancelled per "
                "iscriverli): {count}"
            ).format(count=len(summary.cancelled))
        )
        _rows(summary.cancelled)
    return EXIT_OK


def _rows(rows: list[tuple[int, str]]) -> None:
    for row_number, reason in rows:
        print(tr("  riga {row}: {reason}").format(row=row_number, reason=reason))
