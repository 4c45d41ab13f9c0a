"""The preview of a batch with a text not yet saved: each recipient's subject and body, or
the reason their message cannot be filled in, and the names of the files they would get.
No file is made here (that is for the batch itself), so it can follow the clerk's typing.
"""

from __future__ import annotations

from dataclasses import dataclass

from exchange_desktop.domain.errors import DomainError
from exchange_desktop.domain.message_texts import template_language
from exchange_desktop.domain.messages import MessageKind, Recipient, Template, fill
from exchange_desktop.services.documents.day_documents import suggested_certificate_file_name
from exchange_desktop.services.documents.practice_documents import DocumentKind, suggested_file_name
from exchange_desktop.services.messaging.recipients import (
    Audience,
    SessionFacts,
    read_facts,
    recipients,
)
from exchange_desktop.services.scheduling.calendar import suggested_ics_file_name
from exchange_desktop.storage.database import Database


@dataclass(frozen=True)
class PreviewLine:
    """One recipient's message as it would go, or why it cannot."""

    recipient: Recipient
    subject: str = ""
    body: str = ""
    attachments: tuple[str, ...] = ()
    problem: str = ""


def _files(facts: SessionFacts, kind: MessageKind, recipient: Recipient) -> tuple[str, ...]:
    practice, session = facts.practice, facts.session
    if kind is MessageKind.INVITE:
        return (suggested_file_name(practice, DocumentKind.PRACTICE_CARD),)
    if kind in (MessageKind.CONFIRMATION, MessageKind.SEAT):
        return (
            suggested_file_name(practice, DocumentKind.PROGRAMME),
            suggested_ics_file_name(practice, session),
        )
    if kind is MessageKind.CHANGE:
        return (suggested_ics_file_name(practice, session),)
    if kind is MessageKind.CERTIFICATE:
        surname = recipient.values.get("cognome", "")
        return (suggested_certificate_file_name(surname, recipient.values.get("nome", "")),)
    return ()


def qualified_ids(db: Database, session_id: int) -> list[int]:
    """The registration ids of those who get an attestato (none while nobody is present)."""
    from exchange_desktop.services.documents.day_documents import certificate_check

    try:
        return [row.registration_id for row in certificate_check(db, session_id).issued]
    except DomainError:
        return []


def preview_batch(
    db: Database,
    session_id: int,
    kind: MessageKind,
    template: Template,
    audience: Audience | None = None,
) -> list[PreviewLine]:
    """Each recipient of ``kind`` with ``template`` filled in (or the problem, in words)."""
    facts = read_facts(db, session_id)
    qualified = qualified_ids(db, session_id) if kind is MessageKind.CERTIFICATE else []
    lines = []
    language = template_language(template)
    for recipient in recipients(facts, kind, audience or Audience(), qualified, language):
        files = _files(facts, kind, recipient)
        if not recipient.address:
            lines.append(PreviewLine(recipient, attachments=files, problem="address"))
            continue
        try:
            subject, body = fill(template, recipient)
        except DomainError as error:
            lines.append(PreviewLine(recipient, attachments=files, problem=str(error)))
            continue
        lines.append(PreviewLine(recipient, subject, body, files))
    return lines
