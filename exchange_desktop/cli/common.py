"""What every command shares: the database, argument types, exit codes and ``tr``.

The command modules import this module (never ``cli.main``), and ``cli.main`` imports the
command modules: so the command line's modules form no cycle.  Like them, it imports only
the standard library and the program's light modules at the top; SQLAlchemy and the
services are imported inside the functions that need them (``tests/test_cli_imports.py``).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, time
from pathlib import Path
from typing import TYPE_CHECKING

from exchange_desktop.domain.errors import DomainError
from exchange_desktop.i18n import MESSAGES_CONTEXT, QT_TRANSLATE_NOOP, Message
from exchange_desktop.language import translate
from exchange_desktop.paths import default_database_path
from exchange_desktop.storage.location import (
    ENV_DATABASE_URL,
    as_location,
    configured_location,
    is_server_url,
)
from exchange_desktop.translation import describe_error

if TYPE_CHECKING:
    from exchange_desktop.domain.errors import ValidationError
    from exchange_desktop.storage.database import Database

EXIT_OK = 0
EXIT_DATA = 1
EXIT_USAGE = 2


class CliError(Exception):
    """A problem to report on one line of stderr with exit code 1 (already in words)."""


def tr(text: str) -> str:
    """``text`` in the interface language, in context "CommandLine".

    lupdate files these calls (module functions, no class around them) under an empty
    context; ``scripts/translations.py`` renames it to "CommandLine".
    """
    return translate("CommandLine", text)


def program_name() -> str:
    """How the user started the program, for the usage line and the error messages."""
    return "python main.py" if Path(sys.argv[0]).name == "main.py" else "exchange-desktop"


# --- argument types --------------------------------------------------------------------------

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


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def iso_date(text: str) -> date:
    """An argparse type: a calendar date written YYYY-MM-DD."""
    try:
        if not _ISO_DATE.match(text):
            raise ValueError(text)
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            tr("'{value}' non è una data valida nel formato AAAA-MM-GG").format(value=text)
        ) from None


_CLOCK = re.compile(r"^(\d{1,2})[:.](\d{2})$")


def clock(text: str | None) -> time | None:
    """ "9:30", "09:30" or "9.30" as a time; ValueError for anything else."""
    if text is None:
        return None
    found = _CLOCK.match(text.strip())
    hour, minute = (int(found.group(1)), int(found.group(2))) if found else (99, 99)
    if hour > 23 or minute > 59:
        raise ValueError(text)
    return time(hour, minute)


def clock_argument(text: str) -> time:
    """An argparse type over :func:`clock`: a time of day, HH:MM."""
    try:
        value = clock(text)
    except ValueError:
        value = None
    if value is None:
        raise argparse.ArgumentTypeError(
            tr("'{value}' non è un orario valido: scriverlo come HH:MM, per esempio 09:30.").format(
                value=text
            )
        )
    return value


# --- arguments shared by several commands ----------------------------------------------------


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


def session_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--session",
        metavar="ID",
        type=positive_int,
        required=True,
        help=tr("id della sessione (vedi il comando sessions)"),
    )


def practice_argument(parser: argparse.ArgumentParser, *, required: bool = True) -> None:
    parser.add_argument(
        "--practice",
        metavar="ID",
        type=positive_int,
        required=required,
        help=tr("id della pratica (vedi il comando practices)"),
    )


def chosen_location(args: argparse.Namespace) -> str | Path:
    """``--db``, else the server the IT office named in the environment, else the file."""
    return args.db or configured_location() or default_database_path()


# --- the database ----------------------------------------------------------------------------


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
        raise with_backup_hint(error, path) from error
    try:
        yield db
    finally:
        db.close()


def with_backup_hint(error: DomainError, db_path: Path) -> DomainError:
    """``error`` (the database cannot be opened) plus the latest backup and how to restore it."""
    from exchange_desktop.services.backup import backups

    latest = backups.latest_backup(db_path)
    if latest is None:
        return error
    command = f'{program_name()} restore --db "{db_path}" "{latest.path}"'
    return DomainError(
        Message(
            MESSAGES_CONTEXT,
            QT_TRANSLATE_NOOP(
                "Messages",
                "{problem} L'ultimo backup è {backup}, del {when}; per ripristinarlo: {command}",
            ),
            problem=describe_error(error),
            backup=str(latest.path),
            when=backups.backup_moment(latest.made_at),
            command=command,
        )
    )


# --- shared by the commands that change data -------------------------------------------------


def fields_error(error: ValidationError) -> CliError:
    """A refused change as one line naming each wrong field, as typed on the command line
    (the window shows the message beside the field; here the name says which)."""
    from exchange_desktop.translation import tr_message

    return CliError("; ".join(f"{name}: {tr_message(text)}" for name, text in error.errors.items()))


def registration_of(db: Database, session_id: int, participant_id: int) -> int | None:
    """The participant's registration in the session (a live one before a cancelled one)."""
    from exchange_desktop.services.roster import roster
    from exchange_desktop.services.scheduling.sessions import get_session

    practice_id = get_session(db, session_id).practice_id
    rows = [
        row
        for row in roster(db, practice_id, session_id)  # type: ignore[arg-type]
        if row.participant_id == participant_id
    ]
    rows.sort(key=lambda row: row.status.value == "cancelled")
    return rows[0].registration_id if rows else None


def not_registered(session_id: int, participant_id: int) -> CliError:
    return CliError(
        tr(
            "Il partecipante n. {participant} non è iscritto alla sessione n. {session} "
            "(vedi il comando roster)."
        ).format(participant=participant_id, session=session_id)
    )


# --- presences and a change of day -----------------------------------------------------------


def attendance_choice_arguments(parser: argparse.ArgumentParser) -> None:
    """``--keep-attendance`` / ``--clear-attendance``: what a change of day does with the
    presences already recorded (without either, a change that would strand them is refused)."""
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--keep-attendance",
        dest="attendance",
        action="store_const",
        const="keep",
        help=tr("le presenze già registrate passano al nuovo giorno"),
    )
    group.add_argument(
        "--clear-attendance",
        dest="attendance",
        action="store_const",
        const="clear",
        help=tr("le presenze già registrate vengono cancellate"),
    )


def attendance_refusal(error: DomainError) -> CliError:
    """The service's refusal, with the options that settle it."""
    return CliError(
        tr("{message} Ripetere il comando con --keep-attendance o --clear-attendance.").format(
            message=describe_error(error)
        )
    )
