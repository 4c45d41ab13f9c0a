"""The ``sample`` and ``practices`` commands: add the sample practice, list the practices."""

from __future__ import annotations

import argparse
import json

from exchange_desktop.cli.common import EXIT_OK, database, db_argument, tr


def register(commands: argparse._SubParsersAction) -> None:
    """Add ``sample`` and ``practices`` to the command line."""
    sample = commands.add_parser(
        "sample",
        help=tr("aggiunge la pratica di esempio (Comune di Monza) e stampa il suo id"),
        description=tr(
            "Aggiunge al database la pratica di esempio del Comune di Monza, con programma "
            "e date proposte; crea il database se non esiste. Stampa l'id della nuova "
            "pratica da solo sulla prima riga."
        ),
    )
    db_argument(sample, default=argparse.SUPPRESS)
    sample.set_defaults(handler=_cmd_sample)

    practices = commands.add_parser(
        "practices",
        help=tr("elenca le pratiche"),
        description=tr("Elenca le pratiche del database: id, titolo, Comune ospitante."),
    )
    db_argument(practices, default=argparse.SUPPRESS)
    practices.add_argument(
        "--json",
        action="store_true",
        help=tr("stampa un array JSON di oggetti con id, title, host, updated_at"),
    )
    practices.set_defaults(handler=_cmd_practices)


def _cmd_sample(args: argparse.Namespace) -> int:
    from exchange_desktop.services.sample import load_sample

    with database(args, create=True) as db:
        practice = load_sample(db)
    print(practice.id)
    print(tr("Pratica di esempio aggiunta a {path}").format(path=db.label))
    return EXIT_OK


def _cmd_practices(args: argparse.Namespace) -> int:
    from exchange_desktop.services.practices import list_practices

    with database(args, read_only=True) as db:
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
