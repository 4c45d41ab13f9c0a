"""The tables, as typed SQLAlchemy models.  Changing one needs a migration in ``migrations/``."""

from __future__ import annotations

from datetime import date, datetime, time
from enum import Enum as PyEnum
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from exchange_desktop.domain.enums import (
    AvailabilityAnswer,
    CandidateStatus,
    ItemKind,
    Modality,
    RegistrationStatus,
    SchedulingMode,
    SessionStatus,
    TransferMode,
)
from exchange_desktop.domain.messages import Channel, MessageKind, MessageState
from exchange_desktop.storage.authorship import ChangeStamp
from exchange_desktop.storage.clock import ServerTime

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _enum(enum_class: type[PyEnum]) -> Enum:
    """Store an enum by its value as plain text, so new values need no table rebuild."""
    return Enum(
        enum_class,
        native_enum=False,
        create_constraint=False,
        length=20,
        values_callable=lambda members: [member.value for member in members],
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: dict[Any, Any] = {  # noqa: RUF012 - SQLAlchemy's own hook
        str: Text,
        datetime: DateTime,
        date: Date,
        time: Time,
    }


class PracticeRow(ChangeStamp, Base):
    __tablename__ = "practices"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    host_comune: Mapped[str] = mapped_column(default="")
    sector: Mapped[str] = mapped_column(default="")
    office: Mapped[str] = mapped_column(default="")
    title: Mapped[str]
    description: Mapped[str] = mapped_column(default="")
    aim: Mapped[str] = mapped_column(default="")
    transfer_mode: Mapped[TransferMode] = mapped_column(
        _enum(TransferMode), default=TransferMode.EITHER
    )
    transfer_notes: Mapped[str] = mapped_column(default="")
    max_participants: Mapped[int] = mapped_column(default=10)
    profiles: Mapped[list[str]] = mapped_column(JSON, default=list)
    duration_days: Mapped[int] = mapped_column(default=1)
    scheduling_mode: Mapped[SchedulingMode] = mapped_column(
        _enum(SchedulingMode), default=SchedulingMode.ALTERNATIVE
    )
    dates_note: Mapped[str] = mapped_column(default="")
    # Added by migration 0002: existing rows get "" (server_default) when upgraded.
    patron_day: Mapped[str] = mapped_column(default="", server_default="")
    patron_name: Mapped[str] = mapped_column(default="", server_default="")
    contact_name: Mapped[str] = mapped_column(default="")
    contact_email: Mapped[str] = mapped_column(default="")
    contact_phone: Mapped[str] = mapped_column(default="")
    # Added by migration 0003: who signs the attestati, the minimum attendance, the privacy
    # notice's parts and the coat of arms printed on the documents.
    signer_name: Mapped[str] = mapped_column(default="", server_default="")
    signer_title: Mapped[str] = mapped_column(default="", server_default="")
    min_attendance_percent: Mapped[int] = mapped_column(default=0, server_default="0")
    privacy_controller: Mapped[str] = mapped_column(default="", server_default="")
    privacy_dpo: Mapped[str] = mapped_column(default="", server_default="")
    privacy_info: Mapped[str] = mapped_column(default="", server_default="")
    coat_of_arms: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    coat_of_arms_format: Mapped[str] = mapped_column(default="", server_default="")
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    programme_items: Mapped[list[ProgrammeItemRow]] = relationship(
        back_populates="practice",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="ProgrammeItemRow.position",
    )
    sessions: Mapped[list[SessionRow]] = relationship(
        back_populates="practice",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="SessionRow.id",
    )


class ProgrammeItemRow(ChangeStamp, Base):
    __tablename__ = "programme_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    practice_id: Mapped[int] = mapped_column(
        ForeignKey("practices.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int]
    kind: Mapped[ItemKind] = mapped_column(_enum(ItemKind), default=ItemKind.TOPIC)
    title: Mapped[str]
    text: Mapped[str] = mapped_column(default="")
    start_time: Mapped[time | None]
    end_time: Mapped[time | None]
    speakers: Mapped[str] = mapped_column(default="")

    practice: Mapped[PracticeRow] = relationship(back_populates="programme_items")


class SessionRow(ChangeStamp, Base):
    __tablename__ = "sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    practice_id: Mapped[int] = mapped_column(
        ForeignKey("practices.id", ondelete="CASCADE"), index=True
    )
    capacity: Mapped[int] = mapped_column(default=10)
    modality: Mapped[Modality] = mapped_column(_enum(Modality), default=Modality.IN_PERSON)
    venue: Mapped[str] = mapped_column(default="")
    room: Mapped[str] = mapped_column(default="")
    webinar_link: Mapped[str] = mapped_column(default="")
    start_time: Mapped[time | None]
    end_time: Mapped[time | None]
    status: Mapped[SessionStatus] = mapped_column(
        _enum(SessionStatus), default=SessionStatus.PROPOSED
    )
    notes: Mapped[str] = mapped_column(default="")
    # Added by migration 0003: the attestati's protocol number; the calendar file's SEQUENCE
    # and a digest of the event it was last exported with (a change raises the sequence).
    protocol_number: Mapped[str] = mapped_column(default="", server_default="")
    calendar_sequence: Mapped[int] = mapped_column(default=0, server_default="0")
    calendar_fingerprint: Mapped[str] = mapped_column(default="", server_default="")

    practice: Mapped[PracticeRow] = relationship(back_populates="sessions")
    candidate_dates: Mapped[list[CandidateDateRow]] = relationship(
        back_populates="session",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="CandidateDateRow.day",
    )
    date_changes: Mapped[list[DateChangeRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="DateChangeRow.id"
    )
    registrations: Mapped[list[RegistrationRow]] = relationship(
        back_populates="session", cascade="all, delete-orphan", passive_deletes=True
    )
    sittings: Mapped[list[SittingRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="SittingRow.position"
    )


class SittingRow(Base):
    """A sitting the clerk set by hand; a session without any takes the programme's."""

    __tablename__ = "session_sittings"
    __table_args__ = (UniqueConstraint("session_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    position: Mapped[int]
    start_time: Mapped[time]
    end_time: Mapped[time]


class CandidateDateRow(ChangeStamp, Base):
    __tablename__ = "candidate_dates"
    __table_args__ = (UniqueConstraint("session_id", "day"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    day: Mapped[date]
    status: Mapped[CandidateStatus] = mapped_column(
        _enum(CandidateStatus), default=CandidateStatus.CANDIDATE
    )

    session: Mapped[SessionRow] = relationship(back_populates="candidate_dates")


class DateChangeRow(Base):
    __tablename__ = "date_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    old_day: Mapped[date | None]
    new_day: Mapped[date | None]
    changed_at: Mapped[datetime] = mapped_column(ServerTime())
    reason: Mapped[str] = mapped_column(default="")


class OrganisationRow(ChangeStamp, Base):
    __tablename__ = "organisations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(index=True)
    kind: Mapped[str] = mapped_column(default="")
    pec: Mapped[str] = mapped_column(default="")
    email: Mapped[str] = mapped_column(default="")
    contact_name: Mapped[str] = mapped_column(default="")
    phone: Mapped[str] = mapped_column(default="")


class AvailabilityRow(Base):
    __tablename__ = "availabilities"

    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), primary_key=True
    )
    candidate_date_id: Mapped[int] = mapped_column(
        ForeignKey("candidate_dates.id", ondelete="CASCADE"), primary_key=True
    )
    answer: Mapped[AvailabilityAnswer] = mapped_column(_enum(AvailabilityAnswer))


class ParticipantRow(ChangeStamp, Base):
    __tablename__ = "participants"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    surname: Mapped[str] = mapped_column(String(300), index=True)
    name: Mapped[str] = mapped_column(String(300))
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT"), index=True
    )
    role: Mapped[str] = mapped_column(default="")
    email: Mapped[str] = mapped_column(default="", index=True)
    phone: Mapped[str] = mapped_column(default="")
    fiscal_code: Mapped[str] = mapped_column(default="")
    privacy_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    privacy_consent_date: Mapped[date | None]
    #: Optional-use consents (photos/videos, future contacts); NULL: not asked.
    consent_media: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    consent_contact: Mapped[bool | None] = mapped_column(Boolean, nullable=True)


class RegistrationRow(ChangeStamp, Base):
    __tablename__ = "registrations"
    __table_args__ = (UniqueConstraint("participant_id", "session_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id", ondelete="CASCADE"))
    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[RegistrationStatus] = mapped_column(
        _enum(RegistrationStatus), default=RegistrationStatus.CONFIRMED
    )
    #: From the database's clock (:mod:`.clock`): it orders the waiting list.
    registered_at: Mapped[datetime] = mapped_column(ServerTime())

    session: Mapped[SessionRow] = relationship(back_populates="registrations")


class AttendanceRow(ChangeStamp, Base):
    __tablename__ = "attendances"
    __table_args__ = (UniqueConstraint("registration_id", "day", "sitting"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    registration_id: Mapped[int] = mapped_column(ForeignKey("registrations.id", ondelete="CASCADE"))
    day: Mapped[date]
    present: Mapped[bool] = mapped_column(Boolean, default=False)
    time_in: Mapped[time | None]
    time_out: Mapped[time | None]
    #: The sitting (1 for the first of the day); migration 0003 split the one pair per day.
    sitting: Mapped[int] = mapped_column(default=1)
    #: Minutes a webinar report credits (its connections summed); None: from the times.
    credited_minutes: Mapped[int | None]


class MessageTemplateRow(Base):
    """A practice's own text for one kind of message (migration 0004); none: the default."""

    __tablename__ = "message_templates"
    __table_args__ = (UniqueConstraint("practice_id", "kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    practice_id: Mapped[int] = mapped_column(ForeignKey("practices.id", ondelete="CASCADE"))
    kind: Mapped[MessageKind] = mapped_column(_enum(MessageKind))
    subject: Mapped[str]
    body: Mapped[str]


class MessageRow(Base):
    """One message to one recipient (migration 0004), written before it leaves.

    The log of what was sent; ``content_key`` (see ``domain.messages.Mail.content_key``)
    with kind and recipient tells "the same message again" from a new one.  The person and
    the Ente are kept by name and address too: the log outlives a participant's erasure.
    """

    __tablename__ = "messages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[MessageKind] = mapped_column(_enum(MessageKind))
    recipient_key: Mapped[str] = mapped_column(String(40))
    participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participants.id", ondelete="SET NULL")
    )
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL")
    )
    recipient_name: Mapped[str] = mapped_column(default="")
    address: Mapped[str] = mapped_column(default="")
    subject: Mapped[str] = mapped_column(default="")
    #: [{"name": "Attestato - Rossi Anna.pdf", "sha256": "…"}, …]
    attachments: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    content_key: Mapped[str] = mapped_column(String(64), default="")
    channel: Mapped[Channel] = mapped_column(_enum(Channel))
    state: Mapped[MessageState] = mapped_column(_enum(MessageState), default=MessageState.PENDING)
    created_at: Mapped[datetime] = mapped_column(ServerTime())
    done_at: Mapped[datetime | None] = mapped_column(ServerTime())
    error: Mapped[str] = mapped_column(default="")


class WebinarReportRow(Base):
    """An attendance report imported for a session (migration 0006): the evidence the
    webinar register names (file, SHA-256) and its connections."""

    __tablename__ = "webinar_reports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    file_name: Mapped[str]
    sha256: Mapped[str] = mapped_column(String(64))
    imported_at: Mapped[datetime] = mapped_column(ServerTime())
    day: Mapped[date]

    lines: Mapped[list[WebinarReportLineRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="WebinarReportLineRow.id"
    )


class WebinarReportLineRow(Base):
    """One connection of a report: who (matched to a registration, or to nobody), from–to."""

    __tablename__ = "webinar_report_lines"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    report_id: Mapped[int] = mapped_column(
        ForeignKey("webinar_reports.id", ondelete="CASCADE"), index=True
    )
    registration_id: Mapped[int | None] = mapped_column(
        ForeignKey("registrations.id", ondelete="SET NULL")
    )
    name: Mapped[str] = mapped_column(default="", server_default="")
    email: Mapped[str] = mapped_column(default="", server_default="")
    joined: Mapped[datetime | None]
    left: Mapped[datetime | None]
