"""``export-webinar-register``: the register of a webinar, from its imported reports (one
section per day), signed like the attestati."""

from __future__ import annotations

import argparse

from exchange_desktop.cli.common import (
    EXIT_OK,
    CliError,
    database,
    db_argument,
    file_path,
    session_argument,
    tr,
)
from exchange_desktop.cli.document_options import signing_arguments


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``export-webinar-register`` to the command line."""
    command = commands.add_parser(
        "export-webinar-register",
        help=tr("esporta in PDF il registro presenze di un webinar"),
        description=tr(
            "Scrive il registro presenze del webinar della sessione, fatto dai report delle "
            "presenze importati (import-attendance): una sezione per ogni giornata della "
            "sessione che ne ha uno (l'ultimo importato per quella giornata), e le giornate "
            "senza report nominate in testa; per persona e seduta i collegamenti "
            "(da–a), i minuti e l'esito; le righe del report non abbinate a iscritti (ospiti, "
            "collegamenti telefonici); nome, giornata e impronta SHA-256 del report; la riga "
            "per la firma del responsabile con nome e qualifica, oppure con --sign la firma "
            "digitale (PAdES) come per gli attestati. Errore (codice 1) per una sessione in "
            "presenza, senza report importato, senza firmatario o con un certificato di "
            "un'altra persona (vedi --signer-from-certificate)."
        ),
    )
    db_argument(command, default=argparse.SUPPRESS)
    session_argument(command)
    command.add_argument(
        "out",
        metavar="OUT.pdf",
        type=file_path,
        help=tr(
            "file .pdf da scrivere (con un'altra estensione è rifiutato; se esiste viene "
            "sostituito)"
        ),
    )
    signing_arguments(command)
    command.add_argument(
        "--accept-timetable",
        action="store_true",
        help=tr(
            "scrive il documento anche se l'orario della giornata non torna (voci fuori "
            "dall'orario della sessione, voci senza orario senza spazio): senza, errore"
        ),
    )
    command.set_defaults(handler=_cmd_export_webinar_register)


def _cmd_export_webinar_register(args: argparse.Namespace) -> int:
    from exchange_desktop.cli.document_options import signer_of_arguments, timetable_refusal
    from exchange_desktop.domain.certificates import Signer
    from exchange_desktop.services.attendance.timetable_check import TimetableError
    from exchange_desktop.services.documents.certificate_signer import SignerMismatchError
    from exchange_desktop.services.documents.webinar_register import export_webinar_register
    from exchange_desktop.translation import describe_error

    if args.signer_from_certificate and args.sign is None:
        raise CliError(tr("--signer-from-certificate serve solo insieme a --sign."))
    pdf_signer = signer_of_arguments(args)
    if args.signer_name is None and args.signer_title is None:
        from exchange_desktop.preferences import default_signer

        names = default_signer()
    else:
        names = Signer(args.signer_name or "", args.signer_title or "")
    with database(args, read_only=True) as db:
        try:
            written = export_webinar_register(
                db,
                args.session,
                args.out,
                default_signer=names,
                signer=pdf_signer,
                signer_from_certificate=args.signer_from_certificate,
                accept_timetable=args.accept_timetable,
            )
        except TimetableError as error:
            raise timetable_refusal(error) from error
        except SignerMismatchError as error:
            raise CliError(
                tr("{message} Dalla riga di comando: --signer-from-certificate.").format(
                    message=describe_error(error)
                )
            ) from error
    print(written)
    return EXIT_OK
