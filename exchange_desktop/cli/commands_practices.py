"""The ``sample``, ``practices`` and ``update-practice`` commands: add the sample practice,
list the practices, change fields of the form as the Pratica tab does."""

from __future__ import annotations

import argparse
import json
from dataclasses import fields
from typing import Any

from exchange_desktop.cli.common import (
    EXIT_OK,
    CliError,
    database,
    db_argument,
    fields_error,
    practice_argument,
    tr,
)
from exchange_desktop.domain.enums import SchedulingMode, TransferMode
from exchange_desktop.domain.practice import EDITABLE_FIELDS, Practice

#: The fields ``update-practice`` changes: the form's, by their domain names (the coat of
#: arms is an image, chosen in the window).
PRACTICE_FIELDS: tuple[str, ...] = tuple(
    name for name in EDITABLE_FIELDS if name not in {"coat_of_arms", "coat_of_arms_format"}
)
_TYPES = {f.name: str(f.type) for f in fields(Practice)}
_ENUMS: dict[str, type[TransferMode] | type[SchedulingMode]] = {
    "transfer_mode": TransferMode,
    "scheduling_mode": SchedulingMode,
}


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
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

    update = commands.add_parser(
        "update-practice",
        help=tr("modifica campi della pratica (CAMPO=VALORE)"),
        description=tr(
            "Modifica uno o più campi della scheda della pratica, con gli stessi controlli "
            "della scheda Pratica: se un valore non va bene non cambia nulla. Campi: {fields}. "
            "transfer_mode: workshop, webinar o either; scheduling_mode: O (date alternative) "
            "o E (più sessioni); profiles: profili separati da ';'."
        ).format(fields=", ".join(PRACTICE_FIELDS)),
    )
    db_argument(update, default=argparse.SUPPRESS)
    practice_argument(update)
    update.add_argument(
        "changes",
        metavar=tr("CAMPO=VALORE"),
        nargs="+",
        type=_change,
        help=tr("il campo (nome come sopra) e il nuovo valore, per esempio max_participants=12"),
    )
    update.set_defaults(handler=_cmd_update_practice)


def _change(text: str) -> tuple[str, str]:
    """An argparse type: ``FIELD=VALUE`` split at the first "="."""
    name, equals, value = text.partition("=")
    if not equals or not name.strip():
        raise argparse.ArgumentTypeError(
            tr("'{value}' non è nella forma CAMPO=VALORE").format(value=text)
        )
    return name.strip(), value


def _value(name: str, text: str) -> object:
    """The typed text as the field's domain value; a CliError naming the field if it is none."""
    kind = _TYPES[name]
    if name in _ENUMS:
        enum = _ENUMS[name]
        try:
            return enum(text.strip())
        except ValueError:
            raise CliError(
                tr("{field}: '{value}' non è tra i valori ammessi ({allowed}).").format(
                    field=name, value=text, allowed=", ".join(m.value for m in enum)
                )
            ) from None
    if kind == "int":
        digits = text.strip()
        if not (digits.isascii() and digits.isdigit() and len(digits) <= 18):
            raise CliError(
                tr("{field}: '{value}' non è un numero intero.").format(field=name, value=text)
            )
        return int(digits)
    if kind == "list[str]":
        return text.split(";")
    return text


def _cmd_update_practice(args: argparse.Namespace) -> int:
    from exchange_desktop.domain.errors import ValidationError
    from exchange_desktop.services.practices.catalogue import update_practice

    changes: dict[str, Any] = {}  # values of the fields' own types
    for name, text in args.changes:
        if name not in PRACTICE_FIELDS:
            raise CliError(
                tr("Il campo '{field}' non esiste; i campi sono: {fields}.").format(
                    field=name, fields=", ".join(PRACTICE_FIELDS)
                )
            )
        changes[name] = _value(name, text)
    with database(args) as db:
        try:
            practice = update_practice(db, args.practice, **changes)
        except ValidationError as error:
            raise fields_error(error) from error
    print(
        tr("Pratica {id} aggiornata: {fields}.").format(id=practice.id, fields=", ".join(changes))
    )
    return EXIT_OK


def _cmd_sample(args: argparse.Namespace) -> int:
    from exchange_desktop.services.practices.sample import load_sample

    with database(args, create=True) as db:
        practice = load_sample(db)
    print(practice.id)
    print(tr("Pratica di esempio aggiunta a {path}").format(path=db.label))
    return EXIT_OK


def _cmd_practices(args: argparse.Namespace) -> int:
    from exchange_desktop.services.practices.catalogue import list_practices

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
