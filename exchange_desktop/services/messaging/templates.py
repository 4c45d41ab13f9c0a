"""A practice's texts of its messages: its own where the clerk wrote one, else the
default.  One transaction per function."""

from __future__ import annotations

from sqlalchemy import delete, select

from exchange_desktop.domain.errors import DomainError
from exchange_desktop.domain.message_texts import default_template
from exchange_desktop.domain.messages import (
    MAX_BODY,
    MAX_SUBJECT,
    MessageKind,
    Template,
    check_template,
)
from exchange_desktop.i18n import MESSAGES_CONTEXT, QT_TRANSLATE_NOOP, Message
from exchange_desktop.services.scheduling.session_rows import practice_row
from exchange_desktop.storage.database import Database
from exchange_desktop.storage.models import MessageTemplateRow


def template_for(db: Database, practice_id: int, kind: MessageKind) -> Template:
    """The practice's own text of ``kind``, or the Italian default."""
    with db.read() as orm:
        practice_row(orm, practice_id)
        row = orm.scalar(
            select(MessageTemplateRow).where(
                MessageTemplateRow.practice_id == practice_id, MessageTemplateRow.kind == kind
            )
        )
        if row is None:
            return default_template(kind)
        return Template(kind, row.subject, row.body)


def is_customised(db: Database, practice_id: int, kind: MessageKind) -> bool:
    with db.read() as orm:
        return (
            orm.scalar(
                select(MessageTemplateRow.id).where(
                    MessageTemplateRow.practice_id == practice_id,
                    MessageTemplateRow.kind == kind,
                )
            )
            is not None
        )


def _check_lengths(template: Template) -> None:
    if not template.subject.strip():
        raise DomainError(
            Message(
                MESSAGES_CONTEXT,
                QT_TRANSLATE_NOOP("Messages", "L'oggetto del messaggio non può essere vuoto."),
            )
        )
    if len(template.subject) > MAX_SUBJECT or len(template.body) > MAX_BODY:
        raise DomainError(
            Message(
                MESSAGES_CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Testo troppo lungo: l'oggetto può avere al massimo {subject} caratteri, "
                    "il testo {body}.",
                ),
                subject=MAX_SUBJECT,
                body=MAX_BODY,
            )
        )


def save_template(db: Database, practice_id: int, template: Template) -> Template:
    """Keep ``template`` as the practice's text of its kind; refused (nothing written) for
    an empty subject, a text too long or an unknown placeholder."""
    template = Template(
        template.kind, " ".join(template.subject.split()), template.body.replace("\r\n", "\n")
    )
    _check_lengths(template)
    check_template(template)
    with db.transaction() as orm:
        practice_row(orm, practice_id)
        row = orm.scalar(
            select(MessageTemplateRow).where(
                MessageTemplateRow.practice_id == practice_id,
                MessageTemplateRow.kind == template.kind,
            )
        )
        if row is None:
            row = MessageTemplateRow(practice_id=practice_id, kind=template.kind)
            orm.add(row)
        row.subject = template.subject
        row.body = template.body
    return template


def reset_template(db: Database, practice_id: int, kind: MessageKind) -> Template:
    """Go back to the default text of ``kind``."""
    with db.transaction() as orm:
        practice_row(orm, practice_id)
        orm.execute(
            delete(MessageTemplateRow).where(
                MessageTemplateRow.practice_id == practice_id, MessageTemplateRow.kind == kind
            )
        )
    return default_template(kind)
