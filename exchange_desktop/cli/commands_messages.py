"""The message commands: ``compose`` (Outlook drafts, .eml), ``send`` (through the Comune's
mail server) and ``messages`` (the log of a session).  One message per recipient; a message
already sent is not sent again unless ``--again``; an interrupted batch resumes."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from exchange_desktop.cli.common import (
    EXIT_DATA,
    EXIT_OK,
    database,
    db_argument,
    file_path,
    positive_int,
    session_argument,
    tr,
)

if TYPE_CHECKING:
    from exchange_desktop.services.messaging.batch import Batch, BatchOutcome, Sender
    from exchange_desktop.services.messaging.smtp import SmtpSettings

KINDS = ("invito", "conferma", "attesa", "posto", "variazione", "promemoria", "attestato", "dopo")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``compose``, ``send`` and ``messages`` to the command line."""
    compose = commands.add_parser(
        "compose",
        help=tr("prepara i messaggi di una sessione come bozze per Outlook (.eml)"),
        description=tr(
            "Scrive nella cartella OUTDIR una bozza .eml per ogni destinatario (un messaggio "
            "per persona, con i suoi allegati e l'intestazione X-Unsent: 1, che Outlook apre "
            "come messaggio da controllare e inviare). Ogni bozza è registrata; una già "
            "preparata con lo stesso testo non viene riscritta senza --again. Un segnaposto "
            "sconosciuto o vuoto ferma tutto (codice di uscita 1) e nomina il campo e la "
            "persona."
        ),
    )
    _batch_arguments(compose)
    compose.add_argument(
        "out", metavar="OUTDIR", type=file_path, help=tr("cartella delle bozze (creata se manca)")
    )
    compose.set_defaults(handler=_cmd_compose)

    send = commands.add_parser(
        "send",
        help=tr("invia i messaggi di una sessione con il server di posta del Comune"),
        description=tr(
            "Invia un messaggio per destinatario con il server di posta indicato in "
            "Preferenze o con --smtp. Ogni messaggio è registrato prima dell'invio: uno già "
            "inviato non parte di nuovo senza --again; se il server si ferma, i messaggi "
            "rimasti sono inviati al comando successivo. Codice di uscita 1 per un segnaposto "
            "sconosciuto, un accesso rifiutato, un server irraggiungibile o un indirizzo "
            "rifiutato."
        ),
    )
    _batch_arguments(send)
    send.add_argument(
        "--smtp",
        metavar="URL",
        help=tr(
            "server di posta: smtp://, smtp+starttls:// o smtps://utente@host:porta "
            "(predefinito: quello delle Preferenze)"
        ),
    )
    send.add_argument(
        "--password-file",
        metavar="F",
        type=file_path,
        help=tr(
            "file la cui prima riga è la password del server (altrimenti quella salvata in "
            "Gestione credenziali, o chiesta al terminale)"
        ),
    )
    send.add_argument(
        "--dry-run",
        action="store_true",
        help=tr("mostra a chi andrebbe ogni messaggio, senza inviare né registrare nulla"),
    )
    send.add_argument(
        "--test",
        action="store_true",
        help=tr("invia solo una prova a se stessi: il primo messaggio, al mittente"),
    )
    send.set_defaults(handler=_cmd_send)

    log = commands.add_parser(
        "messages",
        help=tr("elenca i messaggi inviati o preparati per una sessione"),
        description=tr(
            "Il registro dei messaggi di una sessione, dal più recente: tipo, destinatario, "
            "oggetto, allegati, canale (eml o smtp), esito (pending, sending, sent, failed, "
            "drafted), ora ed eventuale errore."
        ),
    )
    db_argument(log, default=argparse.SUPPRESS)
    session_argument(log)
    log.add_argument(
        "--participant", metavar="PID", type=positive_int, help=tr("solo i messaggi di PID")
    )
    log.add_argument(
        "--json",
        action="store_true",
        help=tr(
            "stampa un array JSON di oggetti con id, session_id, kind, participant_id, "
            "organisation_id, recipient, address, subject, attachments (name, sha256), "
            "channel, state, created_at, done_at ed error"
        ),
    )
    log.set_defaults(handler=_cmd_messages)


def _batch_arguments(parser: argparse.ArgumentParser) -> None:
    db_argument(parser, default=argparse.SUPPRESS)
    session_argument(parser)
    parser.add_argument(
        "--kind",
        required=True,
        choices=KINDS,
        metavar="KIND",
        help=tr("tipo di messaggio: {kinds}").format(kinds=", ".join(KINDS)),
    )
    parser.add_argument(
        "--to",
        metavar="CHI",
        help=tr(
            "destinatari: confirmed, waiting, present, qualified o i numeri dei partecipanti "
            "separati da virgole (predefinito: quelli del tipo di messaggio)"
        ),
    )
    parser.add_argument(
        "--sign",
        metavar="FILE.p12",
        type=file_path,
        help=tr(
            "solo con --kind attestato: ogni attestato firmato digitalmente (PAdES) con il "
            "certificato di questo file PKCS#12"
        ),
    )
    parser.add_argument(
        "--sign-password-file",
        metavar="F",
        type=file_path,
        help=tr("file la cui prima riga è la password del certificato di --sign"),
    )
    parser.add_argument(
        "--again",
        action="store_true",
        help=tr("invia di nuovo anche i messaggi già inviati con lo stesso testo"),
    )


def _sender() -> Sender:
    from exchange_desktop.mail_preferences import mail_preferences
    from exchange_desktop.services.messaging.batch import Sender

    preferences = mail_preferences()
    return Sender(preferences.sender_name, preferences.sender_address, preferences.copy_to_self)


def _prepare(args: argparse.Namespace, db: object) -> Batch:
    from exchange_desktop.domain.messages import MessageKind
    from exchange_desktop.preferences import default_signer
    from exchange_desktop.services.messaging.batch import prepare_batch
    from exchange_desktop.services.messaging.recipients import Audience, parse_audience

    audience = parse_audience(args.to) if args.to else Audience()
    kind = MessageKind(args.kind)
    signer = default_signer() if kind is MessageKind.CERTIFICATE else None
    return prepare_batch(
        db,  # type: ignore[arg-type]
        args.session,
        kind,
        _sender(),
        audience,
        default_signer=signer,
        signer=_pdf_signer(args, kind),  # type: ignore[arg-type]
    )


def _pdf_signer(args: argparse.Namespace, kind: object) -> object:
    """The PAdES signer of --sign, only for attestati; loaded before anything is made."""
    from exchange_desktop.domain.errors import DomainError
    from exchange_desktop.domain.messages import MessageKind
    from exchange_desktop.i18n import MESSAGES_CONTEXT, QT_TRANSLATE_NOOP, Message

    if args.sign is None:
        return None
    if kind is not MessageKind.CERTIFICATE:
        raise DomainError(
            Message(
                MESSAGES_CONTEXT,
                QT_TRANSLATE_NOOP("Messages", "--sign vale solo per --kind attestato."),
            )
        )
    from exchange_desktop.exports.pdf_signing import load_signer, read_password_file

    if args.sign_password_file is None:
        import getpass

        password = getpass.getpass(tr("Password del certificato: ")).encode("utf-8")
    else:
        password = read_password_file(args.sign_password_file)
    return load_signer(args.sign, password)


def _report(outcome: BatchOutcome, batch: Batch, *, drafts: bool = False) -> int:
    """Print what went (stdout) and what did not (stderr, one line each); exit 1 if any."""
    from exchange_desktop.translation import tr_message

    for person in batch.without_address:
        print(
            tr("{person}: nessun indirizzo email, messaggio non preparato").format(
                person=person.name
            ),
            file=sys.stderr,
        )
    for skipped in outcome.skipped:
        print(
            tr("{person}: già fatto, non ripetuto (--again per farlo di nuovo)").format(
                person=skipped.recipient.name
            )
        )
    for mail, error in outcome.failed:
        print(f"{mail.recipient.name}: {error}", file=sys.stderr)
    if outcome.stopped is not None:
        print(tr_message(outcome.stopped.message), file=sys.stderr)
    summary = (
        tr("Bozze scritte: {done}; già preparate prima: {skipped}; rimaste: {left}.")
        if drafts
        else tr(
            "Messaggi inviati: {done}; già inviati prima: {skipped}; non riusciti: {failed}; "
            "ancora da inviare: {left}."
        )
    )
    print(
        summary.format(
            done=len(outcome.done),
            skipped=len(outcome.skipped),
            failed=len(outcome.failed),
            left=outcome.left,
        )
    )
    return EXIT_DATA if outcome.failed or outcome.stopped or outcome.left else EXIT_OK


def _cmd_compose(args: argparse.Namespace) -> int:
    from exchange_desktop.services.messaging.batch import write_drafts

    with database(args) as db:
        batch = _prepare(args, db)
        outcome = write_drafts(db, batch, Path(args.out), again=args.again)
    for path in outcome.files:
        print(path)
    return _report(outcome, batch, drafts=True)


def _password(settings: SmtpSettings, password_file: Path | None) -> SmtpSettings:
    from exchange_desktop.domain.errors import DomainError
    from exchange_desktop.exports.pdf_signing import read_password_file
    from exchange_desktop.i18n import MESSAGES_CONTEXT, QT_TRANSLATE_NOOP, Message
    from exchange_desktop.services.messaging.smtp import with_stored_password

    if password_file is not None:
        return settings.with_password(read_password_file(password_file).decode("utf-8"))
    settings = with_stored_password(settings)
    if settings.password or not settings.user:
        return settings
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        return settings.with_password(getpass.getpass(tr("Password del server di posta: ")))
    raise DomainError(
        Message(
            MESSAGES_CONTEXT,
            QT_TRANSLATE_NOOP(
                "Messages",
                "Manca la password del server di posta: salvarla in Preferenze o indicare "
                "--password-file.",
            ),
        )
    )


def _server(args: argparse.Namespace) -> SmtpSettings:
    from exchange_desktop.mail_preferences import mail_preferences
    from exchange_desktop.services.messaging.smtp import configured_server

    url = args.smtp or mail_preferences().server_url
    return _password(configured_server(url), args.password_file)


def _dry_run(db: object, batch: Batch) -> int:
    from exchange_desktop.domain.messages import Channel
    from exchange_desktop.services.messaging.outbox import already_done

    done = already_done(db, batch.session_id, batch.mails, Channel.SMTP)  # type: ignore[arg-type]
    for mail in batch.mails:
        files = ", ".join(attachment.name for attachment in mail.attachments)
        state = tr("già inviato") if mail.recipient.key in done else tr("da inviare")
        print(
            f"{mail.recipient.name} <{mail.recipient.address}>: {mail.subject} [{files}] ({state})"
        )
    for person in batch.without_address:
        print(tr("{person}: nessun indirizzo email").format(person=person.name), file=sys.stderr)
    return EXIT_OK


def _cmd_send(args: argparse.Namespace) -> int:
    from exchange_desktop.services.messaging.batch import send_batch, send_test, trial_mail

    with database(args) as db:
        batch = _prepare(args, db)
        if args.dry_run:
            return _dry_run(db, batch)
        settings = _server(args)
        if args.test:
            mail = trial_mail(batch)
            send_test(mail, settings)
            print(tr("Prova inviata a {address}.").format(address=mail.recipient.address))
            return EXIT_OK
        outcome = send_batch(db, batch, settings, again=args.again)
    return _report(outcome, batch)


def _cmd_messages(args: argparse.Namespace) -> int:
    from exchange_desktop.services.messaging.outbox import message_log

    with database(args, read_only=True) as db:
        entries = message_log(db, args.session, participant_id=args.participant)
    if args.json:
        print(json.dumps([entry.as_json() for entry in entries], ensure_ascii=False, indent=2))
        return EXIT_OK
    for entry in entries:
        when = (entry.done_at or entry.created_at).strftime("%Y-%m-%d %H:%M")
        error = f" – {entry.error}" if entry.error else ""
        print(
            f"{when}\t{entry.kind.value}\t{entry.recipient} <{entry.address}>\t"
            f"{entry.channel.value}\t{entry.state.value}{error}"
        )
    return EXIT_OK
