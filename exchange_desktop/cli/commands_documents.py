"""The export commands: ``export-card`` and ``export-programme`` (PDF of a practice) and
``export-ics`` (calendar file of a session).  The PDF and calendar modules are imported only
when a file is written."""

from __future__ import annotations

import argparse
from pathlib import Path

from exchange_desktop.cli.main import (
    EXIT_OK,
    database,
    db_argument,
    positive_int,
    session_argument,
    tr,
)


def register(commands: argparse._SubParsersAction) -> None:
    """Add ``export-card``, ``export-programme`` and ``export-ics`` to the command line."""
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
    db_argument(export_ics, default=argparse.SUPPRESS)
    session_argument(export_ics)
    export_ics.add_argument(
        "out",
        metavar="OUT.ics",
        type=Path,
        help=tr("file .ics da scrivere (se esiste viene sostituito)"),
    )
    export_ics.set_defaults(handler=_cmd_export_ics)


def _export_arguments(parser: argparse.ArgumentParser) -> None:
    """The options every document export takes: the database, the practice, the file."""
    db_argument(parser, default=argparse.SUPPRESS)
    parser.add_argument(
        "--practice",
        metavar="ID",
        type=positive_int,
        required=True,
        help=tr("id della pratica (vedi il comando practices)"),
    )
    parser.add_argument(
        "out",
        metavar="OUT.pdf",
        type=Path,
        help=tr("file PDF da scrivere (se esiste viene sostituito)"),
    )


def _cmd_export_document(args: argparse.Namespace) -> int:
    """export-card and export-programme: write the PDF, print where."""
    from exchange_desktop.services import documents

    writer = {
        "export-card": documents.export_practice_card,
        "export-programme": documents.export_programme,
    }[args.command]
    with database(args) as db:
        written = writer(db, args.practice, args.out)
    print(written)
    return EXIT_OK


def _cmd_export_ics(args: argparse.Namespace) -> int:
    from exchange_desktop.services.calendar import export_ics

    with database(args) as db:
        written = export_ics(db, args.session, args.out)
    print(written)
    return EXIT_OK
