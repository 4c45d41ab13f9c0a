"""The messages of an exchange: their kinds, their states, and the placeholders they are
filled in with.

A message text is written by the clerk (or left as the default of
:mod:`exchange_desktop.domain.message_texts`) with Italian placeholders such as ``{nome}``;
filling it in for one recipient refuses an unknown placeholder and an empty one, naming the
field and the person, so that a batch never goes out with "Gentile ," or a raw ``{link}``.
"""

from __future__ import annotations

import hashlib
import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum

from exchange_desktop.domain.errors import DomainError
from exchange_desktop.i18n import MESSAGES_CONTEXT, QT_TRANSLATE_NOOP, Message


class MessageKind(str, Enum):
    """What a message is for; the value is the command line's KIND."""

    INVITE = "invito"
    CONFIRMATION = "conferma"
    WAITING = "attesa"
    SEAT = "posto"
    CHANGE = "variazione"
    REMINDER = "promemoria"
    CERTIFICATE = "attestato"
    AFTER = "dopo"


KIND_LABELS: dict[MessageKind, str] = {
    MessageKind.INVITE: QT_TRANSLATE_NOOP("Messages", "Invito agli Enti"),
    MessageKind.CONFIRMATION: QT_TRANSLATE_NOOP("Messages", "Conferma d'iscrizione"),
    MessageKind.WAITING: QT_TRANSLATE_NOOP("Messages", "Lista d'attesa"),
    MessageKind.SEAT: QT_TRANSLATE_NOOP("Messages", "Posto disponibile"),
    MessageKind.CHANGE: QT_TRANSLATE_NOOP("Messages", "Variazione di data o di orario"),
    MessageKind.REMINDER: QT_TRANSLATE_NOOP("Messages", "Promemoria"),
    MessageKind.CERTIFICATE: QT_TRANSLATE_NOOP("Messages", "Invio dell'attestato"),
    MessageKind.AFTER: QT_TRANSLATE_NOOP("Messages", "Dopo la giornata"),
}


class MessageState(str, Enum):
    """Where a message stands: recorded before it leaves, then sent or failed.

    ``DRAFTED`` is a message written as an .eml draft for Outlook: the clerk sends it from
    there, so the program cannot know more than that the draft exists.  ``SENDING`` is a
    message one batch has claimed and is handing to the server: another batch (a colleague's,
    at the same moment) leaves it alone until :data:`CLAIM_MINUTES` have passed.
    """

    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    DRAFTED = "drafted"


#: After this long a message still "sending" belongs to a batch that died: it is taken up.
CLAIM_MINUTES = 10

#: States that count as "already done" for the same kind, recipient and content.
DONE_STATES = (MessageState.SENT, MessageState.DRAFTED)


class Channel(str, Enum):
    """How messages leave: drafts for Outlook, or the Comune's mail server."""

    DRAFTS = "eml"
    SMTP = "smtp"


#: The placeholders a text may use, with what each holds (for the editor's help).
PLACEHOLDERS: dict[str, str] = {
    "saluto": QT_TRANSLATE_NOOP("Messages", "«Gentile Anna Rossi» o «Spett.le Comune di …»"),
    "saluto_en": QT_TRANSLATE_NOOP("Messages", "«Dear Anna Rossi» o «Dear colleagues of …»"),
    "nome": QT_TRANSLATE_NOOP("Messages", "nome della persona (per un Ente: il referente)"),
    "cognome": QT_TRANSLATE_NOOP("Messages", "cognome della persona"),
    "ente": QT_TRANSLATE_NOOP("Messages", "Ente della persona, o l'Ente invitato"),
    "titolo": QT_TRANSLATE_NOOP("Messages", "titolo della buona pratica"),
    "comune": QT_TRANSLATE_NOOP("Messages", "Comune ospitante"),
    "ufficio": QT_TRANSLATE_NOOP("Messages", "ufficio che organizza"),
    "firma": QT_TRANSLATE_NOOP("Messages", "referente, ufficio e Comune, uno per riga"),
    "data": QT_TRANSLATE_NOOP(
        "Messages",
        "data della sessione (lunedì 20 aprile 2026; in un testo in inglese, Monday 20 April 2026)",
    ),
    "date": QT_TRANSLATE_NOOP("Messages", "date proposte della sessione"),
    "orario": QT_TRANSLATE_NOOP(
        "Messages", "«dalle 9:30 alle 13:00» (in un testo in inglese, «from 9:30 to 13:00»)"
    ),
    "luogo": QT_TRANSLATE_NOOP("Messages", "sede e sala (in presenza)"),
    "link": QT_TRANSLATE_NOOP("Messages", "collegamento del webinar"),
    "dove": QT_TRANSLATE_NOOP("Messages", "«presso …» o «in modalità webinar»"),
    "accesso": QT_TRANSLATE_NOOP("Messages", "«Luogo: …» o «Collegamento: …»"),
    "posizione": QT_TRANSLATE_NOOP("Messages", "posizione in lista d'attesa"),
    "posti": QT_TRANSLATE_NOOP("Messages", "posti della sessione"),
    "ore": QT_TRANSLATE_NOOP("Messages", "ore di presenza (attestato)"),
    "variazione": QT_TRANSLATE_NOOP("Messages", "che cosa è cambiato (nuova data, annullamento)"),
}

#: Longest text of a message the program accepts (subject and body are checked apart).
MAX_SUBJECT = 300
MAX_BODY = 20_000


@dataclass(frozen=True)
class Template:
    """The subject and the body of one kind of message, with ``{placeholders}``."""

    kind: MessageKind
    subject: str
    body: str


@dataclass(frozen=True)
class Attachment:
    """A file attached to a message: its name as the recipient sees it, and its bytes."""

    name: str
    content: bytes
    mime_type: str = "application/octet-stream"

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.content).hexdigest()


@dataclass(frozen=True)
class Recipient:
    """One person (or one Ente) a message goes to, and the values of the placeholders.

    ``key`` is "p12" for participant 12, "o3" for Ente 3: the unit of "never twice".
    """

    key: str
    name: str
    address: str
    values: Mapping[str, str] = field(default_factory=dict)
    participant_id: int | None = None
    organisation_id: int | None = None


@dataclass(frozen=True)
class Mail:
    """One message ready to leave: one recipient, never a list."""

    kind: MessageKind
    recipient: Recipient
    sender_name: str
    sender_address: str
    subject: str
    body: str
    attachments: tuple[Attachment, ...] = ()
    copy_to_sender: bool = False

    def content_key(self) -> str:
        """What "the same message" means for "never twice": kind, address, subject, body
        and the attachments' names (not their bytes: a PDF written again differs in its
        creation date, a calendar file in its time stamp)."""
        digest = hashlib.sha256()
        for part in (
            self.kind.value,
            self.recipient.address.casefold(),
            self.subject,
            self.body,
            *(attachment.name for attachment in self.attachments),
        ):
            digest.update(part.encode("utf-8"))
            digest.update(b"\0")
        return digest.hexdigest()


class PlaceholderError(DomainError):
    """A text names a placeholder that does not exist, or one that is empty for someone."""

    def __init__(self, message: Message, field_name: str, person: str) -> None:
        super().__init__(message)
        self.field_name = field_name
        self.person = person


def _message(template: str, **params: object) -> Message:
    return Message(MESSAGES_CONTEXT, template, **params)


def placeholders_in(text: str) -> list[str]:
    """The placeholder names of ``text`` in order ("{{" and "}}" are literal braces).

    Raises :class:`DomainError` for a brace left open or closed alone.
    """
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError as exc:
        raise DomainError(
            _message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Il testo contiene una parentesi graffa senza la sua compagna ({error}): "
                    "scrivere i segnaposto come {{nome}}.",
                ),
                error=str(exc),
            )
        ) from exc
    return [name for _literal, name, _spec, _conv in parsed if name is not None]


def check_template(template: Template) -> None:
    """Refuse an unknown placeholder or a malformed one before the text is saved."""
    for text in (template.subject, template.body):
        for name in placeholders_in(text):
            if name not in PLACEHOLDERS:
                raise PlaceholderError(_unknown(name, template.kind, ""), name, "")


def _unknown(name: str, kind: MessageKind, person: str) -> Message:
    known = ", ".join("{" + key + "}" for key in PLACEHOLDERS)
    if person:
        return _message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Segnaposto sconosciuto «{field}» nel messaggio «{kind}» (destinatario: "
                "{person}). Quelli disponibili sono: {known}.",
            ),
            field=name,
            kind=_message(KIND_LABELS[kind]),
            person=person,
            known=known,
        )
    return _message(
        QT_TRANSLATE_NOOP(
            "Messages",
            "Segnaposto sconosciuto «{field}» nel messaggio «{kind}». Quelli disponibili "
            "sono: {known}.",
        ),
        field=name,
        kind=_message(KIND_LABELS[kind]),
        known=known,
    )


def fill(template: Template, recipient: Recipient) -> tuple[str, str]:
    """The subject and the body for ``recipient``.

    Raises :class:`PlaceholderError` naming the field and the person for an unknown
    placeholder, or one without a value for this person (an empty {link}, a {posizione}
    for someone not waiting).
    """
    filled = []
    for text in (template.subject, template.body):
        for name in placeholders_in(text):
            if name not in PLACEHOLDERS:
                raise PlaceholderError(
                    _unknown(name, template.kind, recipient.name), name, recipient.name
                )
            if not recipient.values.get(name, "").strip():
                raise PlaceholderError(
                    _message(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "Il segnaposto «{field}» del messaggio «{kind}» è vuoto per "
                            "{person}: completare il dato, o togliere il segnaposto dal "
                            "testo.",
                        ),
                        field=name,
                        kind=_message(KIND_LABELS[template.kind]),
                        person=recipient.name,
                    ),
                    name,
                    recipient.name,
                )
        filled.append(text.format_map(dict(recipient.values)))
    subject, body = filled
    return " ".join(subject.split()), body


def recipients_without_address(recipients: Sequence[Recipient]) -> list[Recipient]:
    """Who has no address to write to: listed to the clerk, never silently dropped."""
    return [recipient for recipient in recipients if not recipient.address.strip()]
