"""The outbox: every message is a row before it leaves, and its result after.

"Never twice, never lost": a message whose kind, recipient and content were already sent
(or drafted) is skipped unless the clerk asks again; one recorded but never finished
(pending, or failed) is taken up again by the next batch instead of being added twice.
Times are taken as the registrations' are (``session_rows.now``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select, update

from exchange_desktop.domain.messages import (
    CLAIM_MINUTES,
    DONE_STATES,
    Channel,
    Mail,
    MessageKind,
    MessageState,
    Recipient,
)
from exchange_desktop.services.scheduling.session_rows import now, session_row
from exchange_desktop.storage.database import Database
from exchange_desktop.storage.models import MessageRow


@dataclass(frozen=True)
class Queued:
    """A message recorded in the outbox, to be sent now."""

    message_id: int
    mail: Mail


@dataclass(frozen=True)
class AlreadyDone:
    """A message skipped because the same one went out before."""

    recipient: Recipient
    when: datetime | None
    channel: Channel


@dataclass(frozen=True)
class LogEntry:
    """One line of the log: what went to whom, when, how, with what result."""

    message_id: int
    session_id: int
    kind: MessageKind
    participant_id: int | None
    organisation_id: int | None
    recipient: str
    address: str
    subject: str
    attachments: tuple[tuple[str, str], ...]
    channel: Channel
    state: MessageState
    created_at: datetime
    done_at: datetime | None
    error: str

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.message_id,
            "session_id": self.session_id,
            "kind": self.kind.value,
            "participant_id": self.participant_id,
            "organisation_id": self.organisation_id,
            "recipient": self.recipient,
            "address": self.address,
            "subject": self.subject,
            "attachments": [{"name": n, "sha256": h} for n, h in self.attachments],
            "channel": self.channel.value,
            "state": self.state.value,
            "created_at": self.created_at.isoformat(),
            "done_at": self.done_at.isoformat() if self.done_at else None,
            "error": self.error,
        }


def _attachments(mail: Mail) -> list[dict[str, str]]:
    return [{"name": a.name, "sha256": a.sha256} for a in mail.attachments]


def enqueue(
    db: Database, session_id: int, mails: Sequence[Mail], channel: Channel, *, again: bool = False
) -> tuple[list[Queued], list[AlreadyDone]]:
    """Record ``mails`` as pending (one transaction) and return those to send now, and
    those skipped because they already went out (unless ``again``)."""
    # a draft may never have left Outlook: only a message sent counts for the server
    done_states = DONE_STATES if channel is Channel.DRAFTS else (MessageState.SENT,)
    queued: list[Queued] = []
    skipped: list[AlreadyDone] = []
    with db.transaction() as orm:
        session_row(orm, session_id)
        moment = now(orm)
        for mail in mails:
            key = mail.content_key()
            earlier = list(
                orm.scalars(
                    select(MessageRow)
                    .where(
                        MessageRow.session_id == session_id,
                        MessageRow.kind == mail.kind,
                        MessageRow.recipient_key == mail.recipient.key,
                        MessageRow.content_key == key,
                    )
                    .order_by(MessageRow.id)
                )
            )
            done = [row for row in earlier if row.state in done_states]
            if done and not again:
                skipped.append(AlreadyDone(mail.recipient, done[-1].done_at, done[-1].channel))
                continue
            busy = [row for row in earlier if _claimed(row, moment)]
            if busy:  # another batch is handing it to the server right now
                skipped.append(AlreadyDone(mail.recipient, busy[-1].done_at, busy[-1].channel))
                continue
            unfinished = [row for row in earlier if row.state not in DONE_STATES]
            if channel is Channel.SMTP:  # a draft is not a message sent: send it now
                unfinished += [row for row in earlier if row.state is MessageState.DRAFTED]
            row = unfinished[-1] if unfinished else None
            if row is None:
                row = MessageRow(
                    session_id=session_id,
                    kind=mail.kind,
                    recipient_key=mail.recipient.key,
                    participant_id=mail.recipient.participant_id,
                    organisation_id=mail.recipient.organisation_id,
                    content_key=key,
                    created_at=moment,  # the database's clock, as for registrations
                )
                orm.add(row)
            row.recipient_name = mail.recipient.name
            row.address = mail.recipient.address
            row.subject = mail.subject
            row.attachments = _attachments(mail)
            row.channel = channel
            row.state = MessageState.PENDING
            row.error = ""
            orm.flush()
            queued.append(Queued(row.id, mail))
    return queued, skipped


def _claimed(row: MessageRow, moment: datetime) -> bool:
    """Claimed by a batch that may still be sending it at ``moment`` (the database's clock:
    a dead batch's claim runs out)."""
    return (
        row.state is MessageState.SENDING
        and row.done_at is not None
        and row.done_at > moment - timedelta(minutes=CLAIM_MINUTES)
    )


def claim(db: Database, message_id: int) -> bool:
    """Take the message for this batch, just before it goes to the server; False when
    another batch took it (or sent it) since it was queued.  The one UPDATE decides, so two
    clerks sending the same batch at once never send one message twice."""
    with db.transaction() as orm:
        result = orm.execute(
            update(MessageRow)
            .where(
                MessageRow.id == message_id,
                MessageRow.state.in_((MessageState.PENDING, MessageState.FAILED)),
            )
            .values(state=MessageState.SENDING, done_at=now(orm))
        )
        return bool(getattr(result, "rowcount", 0))


def finish(db: Database, message_id: int, state: MessageState, error: str = "") -> None:
    """Record how one message ended (its own short transaction, right after it left)."""
    with db.transaction() as orm:
        orm.execute(
            update(MessageRow)
            .where(MessageRow.id == message_id)
            .values(state=state, error=error[:2000], done_at=now(orm))
        )


def message_log(
    db: Database, session_id: int, *, participant_id: int | None = None
) -> list[LogEntry]:
    """The session's messages, newest first (one person's with ``participant_id``)."""
    with db.read() as orm:
        session_row(orm, session_id)
        query = select(MessageRow).where(MessageRow.session_id == session_id)
        if participant_id is not None:
            query = query.where(MessageRow.participant_id == participant_id)
        rows = orm.scalars(query.order_by(MessageRow.id.desc()))
        return [
            LogEntry(
                message_id=row.id,
                session_id=row.session_id,
                kind=row.kind,
                participant_id=row.participant_id,
                organisation_id=row.organisation_id,
                recipient=row.recipient_name,
                address=row.address,
                subject=row.subject,
                attachments=tuple((a["name"], a["sha256"]) for a in row.attachments),
                channel=row.channel,
                state=row.state,
                created_at=row.created_at,
                done_at=row.done_at,
                error=row.error,
            )
            for row in rows
        ]


def pending_count(db: Database, session_id: int) -> int:
    """Messages recorded but not finished: a batch interrupted, to be resumed."""
    with db.read() as orm:
        return (
            orm.scalar(
                select(func.count())
                .select_from(MessageRow)
                .where(
                    MessageRow.session_id == session_id,
                    MessageRow.state.in_(
                        (MessageState.PENDING, MessageState.FAILED, MessageState.SENDING)
                    ),
                )
            )
            or 0
        )


def already_done(
    db: Database, session_id: int, mails: Sequence[Mail], channel: Channel
) -> set[str]:
    """The recipient keys of ``mails`` that :func:`enqueue` would skip (nothing written)."""
    done_states = DONE_STATES if channel is Channel.DRAFTS else (MessageState.SENT,)
    with db.read() as orm:
        keys = {
            (key, kind, content)
            for key, kind, content in orm.execute(
                select(MessageRow.recipient_key, MessageRow.kind, MessageRow.content_key).where(
                    MessageRow.session_id == session_id, MessageRow.state.in_(done_states)
                )
            )
        }
    return {
        mail.recipient.key
        for mail in mails
        if (mail.recipient.key, mail.kind, mail.content_key()) in keys
    }
