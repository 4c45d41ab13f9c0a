"""The programme of the day from the command line: ``programme``, ``add-item``,
``remove-item`` and ``move-item``, the same services the Programma tab calls.

An item is named by its line in ``programme`` (``--item N``, 1 the first, breaks counted)
or by its id (``--item-id``), so a script can use either what it printed or what it stored.
"""

from __future__ import annotations

import argparse
import json
from datetime import time
from typing import TYPE_CHECKING

from exchange_desktop.cli.common import (
    EXIT_OK,
    CliError,
    clock_argument,
    database,
    db_argument,
    fields_error,
    positive_int,
    practice_argument,
    tr,
)

if TYPE_CHECKING:
    from exchange_desktop.domain.programme import ProgrammeItem
    from exchange_desktop.storage.database import Database


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``programme``, ``add-item``, ``remove-item`` and ``move-item``."""
    listing = commands.add_parser(
        "programme",
        help=tr("elenca le voci del programma di una pratica"),
        description=tr(
            "Elenca il programma della giornata in ordine: riga, id, numero dell'argomento "
            "(le pause non ne hanno), orari, titolo, relatori."
        ),
    )
    db_argument(listing, default=argparse.SUPPRESS)
    practice_argument(listing)
    listing.add_argument(
        "--json",
        action="store_true",
        help=tr(
            "stampa un array JSON di oggetti con position, id, number, kind (topic o break), "
            "title, text, start, end, speakers"
        ),
    )
    listing.set_defaults(handler=_cmd_programme)

    add = commands.add_parser(
        "add-item",
        help=tr("aggiunge una voce in fondo al programma"),
        description=tr(
            "Aggiunge un argomento (o una pausa con --break) in fondo al programma, con gli "
            "stessi controlli della scheda Programma."
        ),
    )
    db_argument(add, default=argparse.SUPPRESS)
    practice_argument(add)
    add.add_argument("--title", required=True, help=tr("titolo della voce (in grassetto)"))
    add.add_argument("--text", default="", help=tr("testo della voce"))
    add.add_argument("--start", metavar="HH:MM", type=clock_argument, help=tr("ora di inizio"))
    add.add_argument("--end", metavar="HH:MM", type=clock_argument, help=tr("ora di fine"))
    add.add_argument("--break", dest="is_break", action="store_true", help=tr("è una pausa"))
    add.add_argument("--speakers", default="", help=tr("relatori"))
    add.set_defaults(handler=_cmd_add_item)

    remove = commands.add_parser(
        "remove-item",
        help=tr("toglie una voce dal programma"),
        description=tr("Toglie una voce dal programma; le altre restano nel loro ordine."),
    )
    _item_arguments(remove)
    remove.set_defaults(handler=_cmd_remove_item)

    move = commands.add_parser(
        "move-item",
        help=tr("sposta una voce del programma in un'altra riga"),
        description=tr(
            "Sposta una voce del programma alla riga indicata (1 la prima; oltre l'ultima: "
            "in fondo); le altre restano nel loro ordine."
        ),
    )
    _item_arguments(move)
    move.add_argument(
        "--to", metavar="N", type=positive_int, required=True, help=tr("la nuova riga")
    )
    move.set_defaults(handler=_cmd_move_item)


def _item_arguments(parser: argparse.ArgumentParser) -> None:
    db_argument(parser, default=argparse.SUPPRESS)
    practice_argument(parser)
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--item",
        metavar="N",
        type=positive_int,
        help=tr("la riga della voce nel programma (vedi il comando programme)"),
    )
    which.add_argument("--item-id", metavar="ID", type=positive_int, help=tr("id della voce"))


def _clock(value: time | None) -> str | None:
    return value.strftime("%H:%M") if value is not None else None


def _chosen(db: Database, args: argparse.Namespace) -> ProgrammeItem:
    """The item ``--item`` or ``--item-id`` names, in the practice ``--practice``."""
    from exchange_desktop.services.practices.programme import list_items

    items = list_items(db, args.practice)
    if args.item is not None:
        if args.item > len(items):
            raise CliError(
                tr(
                    "Il programma della pratica {practice} ha {count} voci: non c'è la riga {n}."
                ).format(practice=args.practice, count=len(items), n=args.item)
            )
        line: int = args.item
        return items[line - 1]
    for item in items:
        if item.id == args.item_id:
            return item
    raise CliError(
        tr("La voce n. {id} non è nel programma della pratica {practice}.").format(
            id=args.item_id, practice=args.practice
        )
    )


def _cmd_programme(args: argparse.Namespace) -> int:
    from exchange_desktop.domain.programme import item_numbers
    from exchange_desktop.services.practices.programme import list_items

    with database(args, read_only=True) as db:
        items = list_items(db, args.practice)
    numbers = item_numbers(items)
    if args.json:
        payload = [
            {
                "position": position,
                "id": item.id,
                "number": number,
                "kind": item.kind.value,
                "title": item.title,
                "text": item.text,
                "start": _clock(item.start_time),
                "end": _clock(item.end_time),
                "speakers": item.speakers,
            }
            for position, (item, number) in enumerate(zip(items, numbers, strict=True), 1)
        ]
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return EXIT_OK
    for position, (item, number) in enumerate(zip(items, numbers, strict=True), start=1):
        times = f"{_clock(item.start_time)}–{_clock(item.end_time)}" if item.start_time else ""
        label = str(number) if number is not None else tr("pausa")
        print("\t".join((str(position), str(item.id), label, times, item.title, item.speakers)))
    return EXIT_OK


def _cmd_add_item(args: argparse.Namespace) -> int:
    from exchange_desktop.domain.enums import ItemKind
    from exchange_desktop.domain.errors import ValidationError
    from exchange_desktop.domain.programme import ProgrammeItem
    from exchange_desktop.services.practices.programme import add_item

    item = ProgrammeItem(
        kind=ItemKind.BREAK if args.is_break else ItemKind.TOPIC,
        title=args.title,
        text=args.text,
        start_time=args.start,
        end_time=args.end,
        speakers=args.speakers,
    )
    with database(args) as db:
        try:
            items = add_item(db, args.practice, item)
        except ValidationError as error:
            raise fields_error(error) from error
    added = items[-1]
    print(
        tr("Voce {id} aggiunta alla riga {position} del programma.").format(
            id=added.id, position=len(items)
        )
    )
    return EXIT_OK


def _cmd_remove_item(args: argparse.Namespace) -> int:
    from exchange_desktop.services.practices.programme import remove_item

    with database(args) as db:
        item = _chosen(db, args)
        remove_item(db, item.id)  # type: ignore[arg-type]
    print(tr("Voce «{title}» tolta dal programma.").format(title=item.title))
    return EXIT_OK


def _cmd_move_item(args: argparse.Namespace) -> int:
    from exchange_desktop.services.practices.programme import move_item

    with database(args) as db:
        item = _chosen(db, args)
        items = move_item(db, item.id, args.to - 1)  # type: ignore[arg-type]
    position = next(n for n, other in enumerate(items, start=1) if other.id == item.id)
    print(
        tr("Voce «{title}» spostata alla riga {position}.").format(
            title=item.title, position=position
        )
    )
    return EXIT_OK
