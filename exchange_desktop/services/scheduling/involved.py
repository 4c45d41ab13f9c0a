"""The Enti a change of a session concerns: those of the people seated or waiting, and
those who answered the availability of its candidate dates.

One function for *Persone da informare* (``rescheduling``) and for the change notice
(``messaging.recipients``), so that the two lists cannot disagree.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from exchange_desktop.domain.roster import Organisation
from exchange_desktop.services.roster.organisations import sorted_organisations
from exchange_desktop.services.scheduling.session_rows import ACTIVE
from exchange_desktop.storage.models import (
    AvailabilityRow,
    CandidateDateRow,
    OrganisationRow,
    ParticipantRow,
    RegistrationRow,
)


def involved_organisations(orm: OrmSession, session_id: int) -> list[Organisation]:
    """The Enti involved in session ``session_id``, in name order, each once."""
    of_people = (
        select(ParticipantRow.organisation_id)
        .join(RegistrationRow, RegistrationRow.participant_id == ParticipantRow.id)
        .where(RegistrationRow.session_id == session_id, RegistrationRow.status.in_(ACTIVE))
    )
    answered = (
        select(AvailabilityRow.organisation_id)
        .join(CandidateDateRow, AvailabilityRow.candidate_date_id == CandidateDateRow.id)
        .where(CandidateDateRow.session_id == session_id)
    )
    rows = orm.scalars(
        select(OrganisationRow).where(
            OrganisationRow.id.in_(of_people) | OrganisationRow.id.in_(answered)
        )
    )
    return sorted_organisations(list(rows))
