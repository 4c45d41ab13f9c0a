"""A batch: one kind of message for the recipients of one session, prepared, then written
as Outlook drafts or sent through the server.

Preparing fills every text first, so an unknown or empty placeholder stops the batch before
anything is recorded or sent; then each message is recorded (``outbox.enqueue``) and only
then written or sent, its result recorded right after.  A server that fails stops the batch:
what was not sent stays pending and the next batch takes it up.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from exchange_desktop.domain.certificates import Signer as CertificateSigner
from exchange_desktop.domain.errors import DomainError, raise_if_any
from exchange_desktop.domain.message_texts import template_language
from exchange_desktop.domain.messages import (
    Channel,
    Mail,
    MessageKind,
    MessageState,
    Recipient,
    fill,
)
from exchange_desktop.domain.practice import Practice
from exchange_desktop.domain.roster_rows import RosterEntry
from exchange_desktop.domain.validation import check_email
from exchange_desktop.exports.eml import EML_SUFFIX, eml_bytes, envelope_address, mime_message
from exchange_desktop.files import atomic_write, explain_os_error
from exchange_desktop.i18n import MESSAGES_CONTEXT, QT_TRANSLATE_NOOP, Message
from exchange_desktop.services.documents.practice_documents import safe_name_part
from exchange_desktop.services.messaging.outbox import (
    AlreadyDone,
    Queued,
    claim,
    enqueue,
    finish,
)
from exchange_desktop.services.messaging.recipients import Audience, read_facts, recipients
from exchange_desktop.services.messaging.smtp import (
    MailServerError,
    RecipientRefusedError,
    SmtpConnection,
    SmtpSettings,
)
from exchange_desktop.services.messaging.templates import template_for
from exchange_desktop.storage.database import Database

if TYPE_CHECKING:
    from pyhanko.sign.signers import Signer

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class Sender:
    """Who the messages are from (Preferenze), and whether a copy goes back to them."""

    name: str
    address: str
    copy_to_self: bool = False


@dataclass(frozen=True)
class Batch:
    """The messages of one kind for one session, filled in, not yet recorded."""

    session_id: int
    kind: MessageKind
    mails: tuple[Mail, ...]
    without_address: tuple[Recipient, ...] = ()

    @property
    def attachment_count(self) -> int:
        return sum(len(mail.attachments) for mail in self.mails)


@dataclass
class BatchOutcome:
    """What a batch did: sent (or drafted), skipped as already done, failed, left pending."""

    done: list[Mail] = field(default_factory=list)
    skipped: list[AlreadyDone] = field(default_factory=list)
    failed: list[tuple[Mail, str]] = field(default_factory=list)
    left: int = 0
    files: list[Path] = field(default_factory=list)
    stopped: DomainError | None = None
    #: queued here, but claimed by another batch before this one could send them
    taken: int = 0


def _error(template: str, **params: object) -> DomainError:
    return DomainError(Message(MESSAGES_CONTEXT, template, **params))


def check_sender(sender: Sender) -> Sender:
    """The sender with a checked address; refused when there is none."""
    address = sender.address.strip()
    if not address:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Manca l'indirizzo del mittente: indicarlo in File → Preferenze (Messaggi) o "
                "nel referente della pratica.",
            )
        )
    errors: dict[str, Message] = {}
    check_email(errors, "sender", address)
    raise_if_any(errors)
    return replace(sender, address=address, name=" ".join(sender.name.split()))


def sender_or_contact(sender: Sender, practice: Practice) -> Sender:
    """The preferences' sender, else the practice's contact person (Pratica tab)."""
    if sender.address.strip():
        return sender
    name = sender.name or practice.contact_name or practice.office or practice.host_comune
    return replace(sender, name=name, address=practice.contact_email)


def prepare_batch(
    db: Database,
    session_id: int,
    kind: MessageKind,
    sender: Sender,
    audience: Audience | None = None,
    *,
    default_signer: CertificateSigner | None = None,
    signer: Signer | None = None,
) -> Batch:
    """Fill the practice's text of ``kind`` for each recipient and attach their files.

    Raises :class:`~exchange_desktop.domain.messages.PlaceholderError` (field and person
    named) before any file is made; recipients without an address are set apart.
    """
    facts = read_facts(db, session_id)
    sender = check_sender(sender_or_contact(sender, facts.practice))
    qualified: list[int] = []
    issued: tuple[RosterEntry, ...] = ()
    if kind is MessageKind.CERTIFICATE:
        from exchange_desktop.services.documents.day_documents import certificate_check

        issued = certificate_check(db, session_id).issued
        qualified = [row.registration_id for row in issued]
    template = template_for(db, facts.practice.id or 0, kind)
    language = template_language(template)
    people = recipients(facts, kind, audience or Audience(), qualified, language)
    reachable = [person for person in people if person.address]
    filled = [(person, *fill(template, person)) for person in reachable]
    from exchange_desktop.services.messaging.attachments import (
        certificate_files,
        shared_attachments,
    )

    shared = shared_attachments(db, kind, facts.practice, facts.session) if filled else ()
    own = (
        certificate_files(db, session_id, issued, default_signer=default_signer, signer=signer)
        if kind is MessageKind.CERTIFICATE and filled
        else {}
    )
    mails = tuple(
        Mail(
            kind=kind,
            recipient=person,
            sender_name=sender.name,
            sender_address=sender.address,
            subject=subject,
            body=body,
            attachments=(
                (own[person.participant_id],)
                if kind is MessageKind.CERTIFICATE and person.participant_id is not None
                else shared
            ),
            copy_to_sender=sender.copy_to_self,
        )
        for person, subject, body in filled
    )
    without = tuple(person for person in people if not person.address)
    return Batch(session_id, kind, mails, without)


def trial_mail(batch: Batch, index: int = 0) -> Mail:
    """The ``index``-th message of the batch, addressed to the sender: "invia una prova a me"."""
    if not batch.mails:
        raise _error(
            QT_TRANSLATE_NOOP("Messages", "Nessun destinatario: nessuna prova da inviare.")
        )
    mail = batch.mails[min(index, len(batch.mails) - 1)]
    me = Recipient(key="prova", name=mail.sender_name, address=mail.sender_address)
    return replace(mail, recipient=me, subject=f"[PROVA] {mail.subject}", copy_to_sender=False)


def draft_file_name(mail: Mail, number: int) -> str:
    """ "003 - Rossi Anna - Conferma.eml": sorted as the batch, valid on Windows."""
    person = safe_name_part(mail.recipient.name)[:60].strip(" .") or "destinatario"
    return f"{number:03d} - {person} - {mail.kind.value}{EML_SUFFIX}"


def _folder(out_dir: Path) -> Path:
    if out_dir.exists() and not out_dir.is_dir():
        raise _error(
            QT_TRANSLATE_NOOP(
                "Messages", "{path} non è una cartella: indicare la cartella delle bozze."
            ),
            path=str(out_dir),
        )
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise explain_os_error(exc, out_dir / "bozza.eml") from exc
    return out_dir


def _writer(content: bytes) -> Callable[[Path], None]:
    def write(temp: Path) -> None:
        temp.write_bytes(content)

    return write


def write_drafts(
    db: Database,
    batch: Batch,
    out_dir: Path | str,
    *,
    again: bool = False,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> BatchOutcome:
    """One .eml per recipient in ``out_dir`` (created if missing), each recorded as drafted;
    ``cancel`` set between two drafts stops there, the rest left pending."""
    folder = _folder(Path(out_dir))
    queued, skipped = enqueue(db, batch.session_id, batch.mails, Channel.DRAFTS, again=again)
    outcome = BatchOutcome(skipped=skipped)
    for number, item in enumerate(queued, start=1):
        if cancel is not None and cancel.is_set():
            break
        path = folder / draft_file_name(item.mail, number)
        atomic_write(path, _writer(eml_bytes(item.mail)))
        finish(db, item.message_id, MessageState.DRAFTED)
        outcome.done.append(item.mail)
        outcome.files.append(path.absolute())
        if progress is not None:
            progress(number, len(queued), item.mail.recipient.name)
    outcome.left = len(queued) - len(outcome.done)
    return outcome


def _envelope(mail: Mail) -> list[str]:
    to = [envelope_address(mail.recipient.address)]
    if mail.copy_to_sender and mail.sender_address.casefold() != mail.recipient.address.casefold():
        to.append(envelope_address(mail.sender_address))
    return to


def send_batch(
    db: Database,
    batch: Batch,
    settings: SmtpSettings,
    *,
    again: bool = False,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> BatchOutcome:
    """Send the batch through ``settings``'s server, one message per recipient.

    A refused recipient is recorded as failed and the batch goes on; a refused login or a
    server that stops answering ends it (``outcome.stopped``), the rest left pending;
    ``cancel`` set between two messages ends it the same way.
    """
    queued, skipped = enqueue(db, batch.session_id, batch.mails, Channel.SMTP, again=again)
    outcome = BatchOutcome(skipped=skipped)
    if not queued:
        return outcome
    try:
        with SmtpConnection(settings) as server:
            _send_each(db, server, queued, outcome, progress, cancel)
    except MailServerError as exc:
        outcome.stopped = exc
    outcome.left = len(queued) - len(outcome.done) - len(outcome.failed) - outcome.taken
    return outcome


def _send_each(
    db: Database,
    server: SmtpConnection,
    queued: list[Queued],
    outcome: BatchOutcome,
    progress: Progress | None,
    cancel: threading.Event | None,
) -> None:
    for number, item in enumerate(queued, start=1):
        if cancel is not None and cancel.is_set():
            return
        if not claim(db, item.message_id):  # a colleague's batch took it meanwhile
            outcome.skipped.append(AlreadyDone(item.mail.recipient, None, Channel.SMTP))
            outcome.taken += 1
            continue
        try:
            server.send(mime_message(item.mail), _envelope(item.mail))
        except RecipientRefusedError as exc:
            finish(db, item.message_id, MessageState.FAILED, str(exc))
            outcome.failed.append((item.mail, str(exc)))
        except MailServerError as exc:
            finish(db, item.message_id, MessageState.FAILED, str(exc))
            outcome.failed.append((item.mail, str(exc)))
            raise
        else:
            finish(db, item.message_id, MessageState.SENT)
            outcome.done.append(item.mail)
        if progress is not None:
            progress(number, len(queued), item.mail.recipient.name)


def send_test(mail: Mail, settings: SmtpSettings) -> None:
    """Send one message (a test to oneself) without recording it."""
    with SmtpConnection(settings) as server:
        server.send(mime_message(mail), _envelope(mail))
