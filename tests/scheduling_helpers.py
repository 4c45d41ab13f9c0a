"""Shared set-up of the scheduling tests: the sample, Enti, people signed up to sessions."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select

from exchange_desktop.domain.enums import AvailabilityAnswer, CandidateStatus, RegistrationStatus
from exchange_desktop.domain.practice import Practice
from exchange_desktop.domain.roster import Organisation
from exchange_desktop.domain.scheduling import Session
from exchange_desktop.services.practices.sample import load_sample
from exchange_desktop.services.roster.organisations import add_organisation
from exchange_desktop.services.scheduling import sessions as service
from exchange_desktop.storage.database import Database
from exchange_desktop.storage.models import ParticipantRow, RegistrationRow

APRIL_20, APRIL_27, MAY_4 = date(2026, 4, 20), date(2026, 4, 27), date(2026, 5, 4)
YES, MAYBE, NO = AvailabilityAnswer.YES, AvailabilityAnswer.MAYBE, AvailabilityAnswer.NO
ENTI = ("Comune di Sesto San Giovanni", "Unione dei Comuni Lombarda", "Comune di Lissone")


def sample(db: Database) -> tuple[Practice, Session]:
    practice = load_sample(db)
    (summary,) = service.session_summaries(db, practice.id)
    return practice, summary.session


def ente(db: Database, name: str, **fields: str) -> int:
    return add_organisation(db, Organisation(name=name, **fields)).id  # type: ignore[return-value]


def register(
    db: Database, session_id: int, surnames: list[str], organisation_id: int | None = None
) -> list[int]:
    """Participants signed up to a session one minute apart (no roster service yet)."""
    ids = []
    with db.transaction() as orm:
        for surname in surnames:
            person = ParticipantRow(
                surname=surname,
                name="Anna",
                organisation_id=organisation_id,
                email=f"anna.{surname.lower()}@comune.it",
            )
            orm.add(person)
            orm.flush()
            ids.append(person.id)
            minute = orm.scalar(select(func.count()).select_from(RegistrationRow)) or 0
            orm.add(
                RegistrationRow(
                    participant_id=person.id,
                    session_id=session_id,
                    status=RegistrationStatus.CONFIRMED,
                    registered_at=datetime(2026, 3, 1, 9, minute),
                )
            )
    return ids


def enrol(db: Database, session_id: int, participant_id: int, minute: int) -> None:
    with db.transaction() as orm:
        orm.add(
            RegistrationRow(
                participant_id=participant_id,
                session_id=session_id,
                status=RegistrationStatus.CONFIRMED,
                registered_at=datetime(2026, 3, 1, 8, minute),
            )
        )


def roster(db: Database, session_id: int) -> list[tuple[str, RegistrationStatus]]:
    with db.read() as orm:
        rows = orm.execute(
            select(ParticipantRow.surname, RegistrationRow.status)
            .join(RegistrationRow, RegistrationRow.participant_id == ParticipantRow.id)
            .where(RegistrationRow.session_id == session_id)
            .order_by(RegistrationRow.registered_at)
        ).all()
    return [(surname, status) for surname, status in rows]


def statuses(session: Session) -> list[tuple[date, CandidateStatus]]:
    return [(c.day, c.status) for c in session.candidate_dates]
