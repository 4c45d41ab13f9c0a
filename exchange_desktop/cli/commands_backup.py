"""The ``backup`` and ``restore`` commands, and the hint naming the latest backup when the
database cannot be opened.  The backup service (and SQLAlchemy with it) is imported only when
one of them runs."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from exchange_desktop.cli.common import (
    EXIT_OK,
    chosen_location,
    database,
    db_argument,
    db_location,
    program_name,
    tr,
    with_backup_hint,
)
from exchange_desktop.domain.errors import DomainError
from exchange_desktop.i18n import MESSAGES_CONTEXT, QT_TRANSLATE_NOOP, Message

if TYPE_CHECKING:
    from exchange_desktop.services.backup.restore_check import SharedData


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``backup`` and ``restore`` to the command line."""
    backup = commands.add_parser(
        "backup",
        help=tr("salva una copia completa del database in un file"),
        description=tr(
            "Salva in OUT una copia coerente del database (anche mentre il programma è "
            "aperto). Stampa il percorso del file scritto."
        ),
    )
    db_argument(backup, default=argparse.SUPPRESS)
    backup.add_argument("output", metavar="OUT", type=Path, help=tr("il file da scrivere"))
    backup.set_defaults(handler=_cmd_backup)

    restore = commands.add_parser(
        "restore",
        help=tr("sostituisce i dati del database con quelli di un backup"),
        description=tr(
            "Controlla il backup, salva una copia dei dati attuali nella cartella backups "
            "accanto al database, poi sostituisce i dati con quelli del backup (tutto o "
            "niente). Un backup di una versione precedente viene aggiornato."
        ),
    )
    db_argument(restore, default=argparse.SUPPRESS)
    restore.add_argument(
        "backup", metavar="BACKUP", type=Path, help=tr("il file di backup da ripristinare")
    )
    restore.add_argument(
        "--yes",
        action="store_true",
        help=tr(
            "conferma il ripristino su un database condiviso (sostituisce i dati di tutti "
            "gli uffici)"
        ),
    )
    restore.set_defaults(handler=_cmd_restore)

    move = commands.add_parser(
        "migrate-to",
        help=tr("trasferisce tutti i dati in un altro database (ad es. il server condiviso)"),
        description=tr(
            "Copia tutti i dati del database (--db, il file locale) nel database DEST, che "
            "deve essere vuoto: il programma vi crea le tabelle e copia i dati in una sola "
            "transazione. Il database di partenza non viene modificato."
        ),
    )
    db_argument(move, default=argparse.SUPPRESS)
    move.add_argument(
        "target",
        metavar="DEST",
        type=db_location,
        help=tr("il database di destinazione, ad es. postgresql+psycopg://utente@server/db"),
    )
    move.set_defaults(handler=_cmd_migrate_to)


def _cmd_backup(args: argparse.Namespace) -> int:
    from exchange_desktop.services.backup import backups
    from exchange_desktop.storage.db_files import UnreadableDatabaseError

    location = chosen_location(args)
    try:
        written = backups.save_backup_at(location, args.output)
    except UnreadableDatabaseError as error:  # empty or damaged: offer the latest backup
        raise with_backup_hint(error, Path(location)) from error
    print(tr("Backup salvato: {path}").format(path=written))
    return EXIT_OK


def _shared_data_text(data: SharedData) -> str:
    text = tr(
        "i dati di tutti gli uffici che lavorano su {db} (pratiche: {practices}, "
        "partecipanti: {participants}, iscrizioni: {registrations})"
    ).format(
        db=data.label,
        practices=data.practices,
        participants=data.participants,
        registrations=data.registrations,
    )
    if data.authors:
        text += tr("; utenti del database che li hanno modificati: {count} ({names})").format(
            count=len(data.authors), names=", ".join(data.authors)
        )
    if data.connected:
        text += tr(
            "; connessioni di altri programmi al database in questo momento: {count} "
            "(utenti: {names})"
        ).format(count=len(data.connected), names=", ".join(sorted(set(data.connected))))
    return text


def _cmd_restore(args: argparse.Namespace) -> int:
    from exchange_desktop.services.backup import backups
    from exchange_desktop.services.backup.restore_check import shared_data_at

    location = chosen_location(args)
    shared = shared_data_at(location)
    if shared is not None and not args.yes:
        raise DomainError(
            Message(
                MESSAGES_CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Il ripristino sostituirebbe {what}. Nulla è stato modificato: per "
                    "confermare, ripetere il comando con --yes.",
                ),
                what=_shared_data_text(shared),
            )
        )
    result = backups.restore_backup_at(location, args.backup)
    if shared is not None:
        print(tr("Sostituiti {what}.").format(what=_shared_data_text(shared)))
    print(
        tr("Ripristinato in {db} il backup {backup} del {when} (pratiche: {count}).").format(
            db=result.database,
            backup=result.backup.path,
            when=backups.backup_moment(result.backup.made_at),
            count=result.backup.practices,
        )
    )
    if result.was_damaged:
        print(tr("Il file danneggiato è stato spostato in {path}").format(path=result.safety_copy))
    else:
        print(tr("Copia di sicurezza dei dati precedenti: {path}").format(path=result.safety_copy))
    return EXIT_OK


def _cmd_migrate_to(args: argparse.Namespace) -> int:
    from exchange_desktop.services.backup.database_move import move_data
    from exchange_desktop.storage.database import open_database

    with database(args, read_only=True) as source:
        target = open_database(args.target)
        try:
            copied = move_data(source, target)
            where, again = target.label, target.location  # (never the password)
        finally:
            target.close()
    print(
        tr(
            "Dati trasferiti in {target}: pratiche {practices}, sessioni {sessions}, "
            "partecipanti {participants}, iscrizioni {registrations}, presenze {attendance}."
        ).format(
            target=where,
            practices=copied["practices"],
            sessions=copied["sessions"],
            participants=copied["participants"],
            registrations=copied["registrations"],
            attendance=copied["attendances"],
        )
    )
    print(
        tr('Per lavorare sul nuovo database: {program} --db "{target}"').format(
            program=program_name(), target=again
        )
    )
    return EXIT_OK
