"""Which Ente can come on which proposed date (sì / forse / no), and the best date."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlalchemy import select

from exchange_desktop.domain import scheduling as scheduling_rules
from exchange_desktop.domain.enums import AvailabilityAnswer, CandidateStatus
from exchange_desktop.domain.roster import Organisation
from exchange_desktop.domain.scheduling import Availability, CandidateDate
from exchange_desktop.services.roster.organisations import organisation_row, sorted_organisations
from exchange_desktop.services.scheduling.session_rows import (
    candidate_row,
    practice_row,
    sessions_in_date_order,
)
from exchange_desktop.storage.database import Database
from exchange_desktop.storage.mapping import to_domain
from exchange_desktop.storage.models import AvailabilityRow, OrganisationRow


@dataclass(frozen=True)
class AvailabilityMatrix:
    """Which Ente can come on which date (sì / forse / no), with totals and the best date."""

    organisations: list[Organisation]
    candidates: list[CandidateDate]
    answers: dict[tuple[int, int], AvailabilityAnswer]  # (organisation id, candidate id)
    totals: dict[int, tuple[int, int, int]]  # candidate id -> (yes, maybe, no)
    suggested: int | None


def set_availability(
    db: Database,
    organisation_id: int,
    candidate_date_id: int,
    answer: AvailabilityAnswer | None,
) -> None:
    """Record whether an Ente can come on a date (sì / forse / no); None clears the answer."""
    with db.transaction() as orm:
        organisation_row(orm, organisation_id)
        candidate_row(orm, candidate_date_id)
        row = orm.get(AvailabilityRow, (organisation_id, candidate_date_id))
        if answer is None:
            if row is not None:
                orm.delete(row)
            return
        answer = AvailabilityAnswer(answer)
        if row is None:
            orm.add(
                AvailabilityRow(
                    organisation_id=organisation_id,
                    candidate_date_id=candidate_date_id,
                    answer=answer,
                )
            )
        else:
            row.answer = answer


def availability_matrix(db: Database, practice_id: int) -> AvailabilityMatrix:
    """Every Ente × every date of the practice (all sessions, in date order).

    The suggestion is the date still in play with most "sì", then most "forse"; the
    earliest wins a tie, and there is none while nobody has answered sì or forse.
    """
    with db.read() as orm:
        practice_row(orm, practice_id)
        rows = sessions_in_date_order(orm, practice_id)
        candidate_rows = sorted(
            (c for row in rows for c in row.candidate_dates), key=lambda c: (c.day, c.id)
        )
        candidates = [to_domain(c, CandidateDate) for c in candidate_rows]
        organisations = sorted_organisations(list(orm.scalars(select(OrganisationRow))))
        ids = [c.id for c in candidates if c.id is not None]
        stored = orm.scalars(
            select(AvailabilityRow).where(AvailabilityRow.candidate_date_id.in_(ids))
        ).all()
    answers = {(a.organisation_id, a.candidate_date_id): a.answer for a in stored}
    given = Counter((cid, answer) for (_org, cid), answer in answers.items())
    totals = {
        cid: (
            given[(cid, AvailabilityAnswer.YES)],
            given[(cid, AvailabilityAnswer.MAYBE)],
            given[(cid, AvailabilityAnswer.NO)],
        )
        for cid in ids
    }
    in_play = [c.id for c in candidates if c.status is not CandidateStatus.DISCARDED]
    suggested = scheduling_rules.best_candidate(
        [cid for cid in in_play if cid is not None],
        [Availability(org, cid, answer) for (org, cid), answer in answers.items()],
    )
    return AvailabilityMatrix(
        organisations=organisations,
        candidates=candidates,
        answers=answers,
        totals=totals,
        suggested=suggested,
    )
