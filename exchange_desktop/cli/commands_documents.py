"""The export commands: ``export-card`` and ``export-programme`` (PDF of a practice),
``export-ics`` (calendar file of a session), ``export-signin`` and ``export-certificates``
(the sign-in sheet and the certificates of a session, these optionally signed digitally).
The PDF, calendar and signing modules are imported only when a file is written."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from exchange_desktop.cli import argparse_it
from exchange_desktop.cli.common import (
    EXIT_OK,
    CliError,
    database,
    db_argument,
    file_path,
    positive_int,
    session_argument,
    tr,
)
from exchange_desktop.cli.document_options import (
    accept_timetable_argument,
    signer_of_arguments,
    signing_arguments,
    timetable_refusal,
)

if TYPE_CHECKING:
    pass


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``export-card``, ``export-programme``, ``export-ics``, ``export-signin`` and
    ``export-certificates`` to the command line."""
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
        type=file_path,
        help=tr(
            "file .ics da scrivere (con un'altra estensione è rifiutato; se esiste viene "
            "sostituito)"
        ),
    )
    export_ics.set_defaults(handler=_cmd_export_ics)
    _register_day_documents(commands)


def _register_day_documents(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``export-signin`` and ``export-certificates``: the papers of the exchange day."""
    export_signin = commands.add_parser(
        "export-signin",
        help=tr("esporta in PDF il foglio firme (registro presenze) di una sessione"),
        description=tr(
            "Scrive in un file PDF il foglio firme di una sessione: intestazione con il Comune; "
            "pratica, data, orario e luogo ripetuti su ogni pagina; i partecipanti confermati "
            "in ordine di cognome con la firma e l'ora di entrata e di uscita per ogni seduta "
            "della giornata (dal programma: una pausa di almeno 45 minuti separa mattina e "
            "pomeriggio; pagine orizzontali se le sedute non stanno in verticale); righe vuote "
            "numerate per chi arriva "
            "senza iscrizione; un riquadro per il personale dell'Ente ospitante e i relatori; "
            "a piè di pagina l'informativa privacy e la firma del responsabile. Un foglio per "
            "giornata se la sessione dura più giorni. Una sessione senza data confermata è "
            "rifiutata (codice di uscita 1). Stampa il percorso del file scritto."
        ),
    )
    db_argument(export_signin, default=argparse.SUPPRESS)
    session_argument(export_signin)
    _pdf_argument(export_signin)
    export_signin.add_argument(
        "--blank-rows",
        metavar="N",
        type=_blank_rows,
        default=3,
        help=tr(
            "righe vuote numerate per chi arriva senza iscrizione, da 0 a 200 (predefinito: 3)"
        ),
    )
    export_signin.add_argument(
        "--landscape", action="store_true", help=tr("pagine orizzontali invece che verticali")
    )
    export_signin.add_argument(
        "--two-sittings",
        action="store_true",
        help=tr(
            "mattina e pomeriggio anche se la giornata ha una sola seduta: la divide alla "
            "pausa più lunga, o aggiunge due sedute senza orari"
        ),
    )
    export_signin.add_argument(
        "--paper",
        action="store_true",
        help=tr(
            "il foglio firme cartaceo anche per una sessione in webinar (senza, è rifiutato: "
            "il registro di un webinar è quello di export-webinar-register)"
        ),
    )
    accept_timetable_argument(export_signin)
    export_signin.set_defaults(handler=_cmd_export_signin)

    export_certificates = commands.add_parser(
        "export-certificates",
        help=tr("esporta in PDF gli attestati di partecipazione di una sessione"),
        description=tr(
            "Scrive in un file PDF un attestato di partecipazione (una pagina) per ogni persona "
            "segnata presente nella sessione: stemma e numero di protocollo se indicati, nome, "
            "Ente, pratica, date, ore di presenza su quelle previste, luogo e data, nome e "
            "qualifica del firmatario (quelli della pratica, altrimenti quelli delle "
            "preferenze). Chi è sotto la presenza minima della pratica non riceve l'attestato: "
            "una riga per persona in stderr. Una sessione senza data confermata, senza presenti "
            "o in cui nessuno raggiunge la presenza minima è rifiutata (codice di uscita 1). "
            "Stampa il percorso del file scritto. Con --sign il file è firmato digitalmente "
            "(PAdES) con il certificato di un file PKCS#12; la password è chiesta al terminale, "
            "letta dalla prima riga dello standard input o da --password-file, e mai salvata."
        ),
    )
    db_argument(export_certificates, default=argparse.SUPPRESS)
    session_argument(export_certificates)
    _pdf_argument(export_certificates, optional=True)
    export_certificates.add_argument(
        "--each",
        metavar=tr("CARTELLA"),
        type=file_path,
        help=tr(
            "invece di un solo PDF, un file per persona nella cartella indicata (creata se "
            "manca), «Attestato - Cognome Nome.pdf», ciascuno firmato con --sign"
        ),
    )
    signing_arguments(export_certificates)
    export_certificates.add_argument(
        "--digital",
        action="store_true",
        help=tr(
            "per attestati da firmare digitalmente: «Documento firmato digitalmente ai sensi "
            "del D.Lgs. 82/2005» invece della riga per la firma a mano"
        ),
    )
    accept_timetable_argument(export_certificates)
    export_certificates.set_defaults(handler=_cmd_export_certificates)


def _pdf_argument(parser: argparse.ArgumentParser, *, optional: bool = False) -> None:
    parser.add_argument(
        "out",
        metavar="OUT.pdf",
        type=file_path,
        nargs="?" if optional else None,
        help=tr(
            "file .pdf da scrivere (con un'altra estensione è rifiutato; se esiste viene "
            "sostituito)"
        ),
    )


def _blank_rows(text: str) -> int:
    """An argparse type: how many blank rows, 0 to 200."""
    from exchange_desktop.services.documents.day_documents import MAX_BLANK_ROWS

    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 <= value <= MAX_BLANK_ROWS:
        raise argparse.ArgumentTypeError(
            tr("'{value}' non è un numero da 0 a {max}").format(value=text, max=MAX_BLANK_ROWS)
        )
    return value


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
    _pdf_argument(parser)


def _cmd_export_document(args: argparse.Namespace) -> int:
    """export-card and export-programme: write the PDF, print where."""
    from exchange_desktop.services.documents import practice_documents as documents

    writer = {
        "export-card": documents.export_practice_card,
        "export-programme": documents.export_programme,
    }[args.command]
    with database(args, read_only=True) as db:
        written = writer(db, args.practice, args.out)
    print(written)
    return EXIT_OK


def _cmd_export_ics(args: argparse.Namespace) -> int:
    from exchange_desktop.services.scheduling.calendar import export_ics

    with database(args, read_only=True) as db:
        written = export_ics(db, args.session, args.out)
    print(written)
    return EXIT_OK


def _cmd_export_signin(args: argparse.Namespace) -> int:
    from exchange_desktop.domain.enums import Modality
    from exchange_desktop.preferences import default_signer
    from exchange_desktop.services.attendance.timetable_check import TimetableError
    from exchange_desktop.services.documents.day_documents import export_signin_sheet
    from exchange_desktop.services.scheduling.sessions import get_session

    with database(args, read_only=True) as db:
        if not args.paper and get_session(db, args.session).modality is Modality.WEBINAR:
            raise CliError(
                tr(
                    "La sessione n. {id} si tiene in webinar: il suo registro presenze è "
                    "quello di export-webinar-register (dal report di Teams o Zoom); per un "
                    "foglio firme cartaceo comunque, aggiungere --paper."
                ).format(id=args.session)
            )
        try:
            written = export_signin_sheet(
                db,
                args.session,
                args.out,
                blank_rows=args.blank_rows,
                landscape=args.landscape,
                two_sittings=args.two_sittings,
                default_signer=default_signer(),
                accept_timetable=args.accept_timetable,
            )
        except TimetableError as error:
            raise timetable_refusal(error) from error
    print(written)
    return EXIT_OK


def _cmd_export_certificates(args: argparse.Namespace) -> int:
    """Write the attestati; say on stderr who got none and why (exit 0 all the same)."""
    from exchange_desktop.domain.certificates import Signer
    from exchange_desktop.services.attendance.timetable_check import TimetableError
    from exchange_desktop.services.documents.certificate_signer import SignerMismatchError
    from exchange_desktop.services.documents.day_documents import (
        certificate_check,
        export_certificates,
        export_certificates_each,
    )
    from exchange_desktop.translation import describe_error, tr_message

    if (args.out is None) == (args.each is None):
        raise CliError(tr("Indicare il file PDF da scrivere oppure --each CARTELLA (uno dei due)."))
    if args.signer_from_certificate and args.sign is None:
        raise CliError(tr("--signer-from-certificate serve solo insieme a --sign."))
    pdf_signer = signer_of_arguments(args)
    if args.signer_name is None and args.signer_title is None:
        from exchange_desktop.preferences import default_signer

        names = default_signer()
    else:
        names = Signer(args.signer_name or "", args.signer_title or "")
    with database(args, read_only=True) as db:
        check = certificate_check(db, args.session)
        try:
            if args.each is not None:
                written = export_certificates_each(
                    db,
                    args.session,
                    args.each,
                    default_signer=names,
                    digitally_signed=args.digital,
                    signer=pdf_signer,
                    signer_from_certificate=args.signer_from_certificate,
                    accept_timetable=args.accept_timetable,
                )
            else:
                written = [
                    export_certificates(
                        db,
                        args.session,
                        args.out,
                        default_signer=names,
                        digitally_signed=args.digital,
                        signer=pdf_signer,
                        signer_from_certificate=args.signer_from_certificate,
                        accept_timetable=args.accept_timetable,
                    )
                ]
        except SignerMismatchError as error:
            raise CliError(
                tr("{message} Dalla riga di comando: --signer-from-certificate.").format(
                    message=describe_error(error)
                )
            ) from error
        except TimetableError as error:
            raise timetable_refusal(error) from error
    for note in check.notes():
        print(argparse_it.one_line(tr_message(note)), file=sys.stderr)
    for path in written:
        print(path)
    return EXIT_OK
