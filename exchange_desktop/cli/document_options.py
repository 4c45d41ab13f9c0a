"""Options the document commands share: the certificate for a digital signature (and its
password, never stored), and the confirmation of a timetable that does not hold."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from exchange_desktop.cli.common import CliError, tr
from exchange_desktop.domain.errors import DomainError
from exchange_desktop.i18n import MESSAGES_CONTEXT, QT_TRANSLATE_NOOP, Message

if TYPE_CHECKING:
    from pyhanko.sign.signers import Signer


def timetable_refusal(error: DomainError) -> CliError:
    """The service's refusal of a timetable that does not hold, with the option to confirm."""
    from exchange_desktop.translation import describe_error

    return CliError(
        tr("{message} Dalla riga di comando: --accept-timetable.").format(
            message=describe_error(error)
        )
    )


def signing_arguments(parser: argparse.ArgumentParser) -> None:
    """The certificate for a digital signature and the signer printed, as the attestati and
    the webinar register take them."""
    from exchange_desktop.cli.common import file_path

    parser.add_argument(
        "--sign",
        metavar="P12",
        type=file_path,
        help=tr("firma digitalmente il PDF con il certificato del file .p12 o .pfx indicato"),
    )
    parser.add_argument(
        "--password-file",
        metavar="F",
        type=file_path,
        help=tr("file la cui prima riga è la password del certificato (solo con --sign)"),
    )
    parser.add_argument(
        "--signer-name",
        metavar=tr("NOME"),
        default=None,
        help=tr(
            "firmatario quando la pratica non ne indica uno (predefinito: quello delle preferenze)"
        ),
    )
    parser.add_argument(
        "--signer-title",
        metavar=tr("QUALIFICA"),
        default=None,
        help=tr("qualifica del firmatario indicato con --signer-name"),
    )
    parser.add_argument(
        "--signer-from-certificate",
        action="store_true",
        help=tr(
            "con --sign: stampa come firmatario il nome (e la qualifica, se c'è) del "
            "titolare del certificato"
        ),
    )


def accept_timetable_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--accept-timetable",
        action="store_true",
        help=tr(
            "scrive il documento anche se l'orario della giornata non torna (voci fuori "
            "dall'orario della sessione, voci senza orario senza spazio): senza, errore"
        ),
    )


def _password(password_file: Path | None) -> bytes:
    """The certificate's password: from the file, else asked on the terminal, else the first
    line of a piped standard input (a script).  Never stored, never echoed."""
    from exchange_desktop.exports.pdf_signing import read_password_file

    if password_file is not None:
        return read_password_file(password_file)
    stdin = sys.stdin
    if stdin is not None and stdin.isatty():
        import getpass

        text = getpass.getpass(tr("Password del certificato: "))
    else:
        text = stdin.readline() if stdin is not None else ""
    password = text.removesuffix("\n").removesuffix("\r").encode("utf-8")
    if not password:
        raise DomainError(
            Message(
                MESSAGES_CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Messages", "Manca la password del certificato: il documento non è firmato."
                ),
            )
        )
    return password


def signer_of_arguments(args: argparse.Namespace) -> Signer | None:
    """The signer --sign asks for, loaded before anything is written."""
    if args.sign is None:
        if args.password_file is not None:
            raise DomainError(
                Message(
                    MESSAGES_CONTEXT,
                    QT_TRANSLATE_NOOP("Messages", "--password-file serve solo insieme a --sign."),
                )
            )
        return None
    from exchange_desktop.exports.pdf_signing import load_signer

    return load_signer(args.sign, _password(args.password_file))
