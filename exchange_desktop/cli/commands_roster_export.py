"""The ``export-roster`` command: the roster of a practice as an Excel workbook.

openpyxl is imported only when the file is written; the column list comes from the light
``roster_columns`` module.
"""

from __future__ import annotations

import argparse

from exchange_desktop.cli.common import (
    EXIT_OK,
    database,
    db_argument,
    file_path,
    positive_int,
    tr,
)
from exchange_desktop.services.documents.roster_columns import (
    DEFAULT_ROSTER_COLUMNS,
    ROSTER_COLUMNS,
)


def _columns_help() -> str:
    available = ", ".join(f"{key} ({label})" for key, label in ROSTER_COLUMNS)
    return (
        tr(
            "colonne da esportare, separate da virgole, nell'ordine voluto. Disponibili: "
            "{available}. Predefinite: {default} (telefono e codice fiscale solo se richiesti)"
        )
        .format(available=available, default=", ".join(DEFAULT_ROSTER_COLUMNS))
        .replace("%", "%%")
    )


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``export-roster`` to the command line."""
    export_roster = commands.add_parser(
        "export-roster",
        help=tr("esporta in Excel (.xlsx) gli iscritti di una pratica"),
        description=tr(
            "Scrive in un file Excel (.xlsx) gli iscritti di tutte le sessioni di una "
            "pratica: un foglio per sessione, chiamato con la sua data (prima i posti "
            "confermati, poi la lista d'attesa in ordine; le iscrizioni annullate sono solo "
            'contate nel riepilogo), il foglio "Lista d\'attesa" con sessione e posizione '
            'di ognuno e il foglio "Riepilogo" con i conteggi per sessione, per Ente e per '
            "ruolo. Stampa il percorso del file scritto."
        ),
    )
    db_argument(export_roster, default=argparse.SUPPRESS)
    export_roster.add_argument(
        "--practice",
        metavar="ID",
        type=positive_int,
        required=True,
        help=tr("id della pratica (vedi il comando practices)"),
    )
    export_roster.add_argument(
        "--columns",
        metavar="CHIAVE,CHIAVE,...",
        help=_columns_help(),
    )
    export_roster.add_argument(
        "out",
        metavar="OUT.xlsx",
        type=file_path,
        help=tr(
            "file .xlsx da scrivere (con un'altra estensione è rifiutato; se esiste viene "
            "sostituito)"
        ),
    )
    export_roster.set_defaults(handler=_cmd_export_roster)


def _cmd_export_roster(args: argparse.Namespace) -> int:
    from exchange_desktop.services.documents.roster_export import export_roster_xlsx

    columns = None if args.columns is None else args.columns.split(",")
    with database(args, read_only=True) as db:
        written = export_roster_xlsx(db, args.practice, args.out, columns)
    print(written)
    return EXIT_OK
