"""Who of those present gets an attestato, who does not and why: the clerk is told both.

Kept apart from the export so that the window and the command line can say it before and
after writing the file, and so that the rule is tested on rows without a PDF.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from exchange_desktop.domain.certificates import (
    meets_minimum,
    required_minutes,
    threshold_applies,
)
from exchange_desktop.domain.programme import format_duration
from exchange_desktop.domain.roster_rows import RosterEntry
from exchange_desktop.i18n import MESSAGES_CONTEXT, QT_TRANSLATE_NOOP, Message


@dataclass(frozen=True)
class Exclusion:
    """Someone present who attended less than the practice's minimum."""

    surname: str
    name: str
    minutes_attended: int
    planned_minutes: int
    min_percent: int

    @property
    def person(self) -> str:
        """ "Rossi Anna", as the roster lists people."""
        return " ".join(part for part in (self.surname.strip(), self.name.strip()) if part)

    @property
    def required_minutes(self) -> int:
        return required_minutes(self.planned_minutes, self.min_percent)

    @property
    def message(self) -> Message:
        """ "Rossi Anna: 4 h 30 min su 7 h previste, sotto il 75 %: nessun attestato"."""
        return Message(
            MESSAGES_CONTEXT,
            QT_TRANSLATE_NOOP(
                "Messages",
                "{person}: {attended} su {planned} previste, sotto il {percent} %: nessun "
                "attestato",
            ),
            person=self.person,
            attended=format_duration(self.minutes_attended),
            planned=format_duration(self.planned_minutes),
            percent=self.min_percent,
        )


@dataclass(frozen=True)
class CertificateCheck:
    """The people present split into those who get an attestato and those who do not."""

    session_id: int
    issued: tuple[RosterEntry, ...]
    excluded: tuple[Exclusion, ...]
    planned_minutes: int
    min_percent: int

    @property
    def hours_known(self) -> bool:
        """False when the programme has no times: the attestati then state no hours."""
        return self.planned_minutes > 0

    def notes(self) -> list[Message]:
        """What the clerk should read after the export: one line per person left out, and
        why the hours are missing when they are."""
        notes = [exclusion.message for exclusion in self.excluded]
        if not self.hours_known:
            template = (
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Il programma e la sessione non hanno orari: gli attestati non riportano "
                    "le ore e la presenza minima del {percent} % non si può applicare.",
                )
                if self.min_percent
                else QT_TRANSLATE_NOOP(
                    "Messages",
                    "Il programma e la sessione non hanno orari: gli attestati non riportano "
                    "le ore.",
                )
            )
            notes.append(Message(MESSAGES_CONTEXT, template, percent=self.min_percent))
        return notes

    def nobody_message(self) -> Message:
        """Why no attestato at all can be written (everybody present is below the minimum)."""
        return Message(
            MESSAGES_CONTEXT,
            QT_TRANSLATE_NOOP(
                "Messages",
                "Nessun attestato per la sessione n. {id}: nessuno dei presenti raggiunge la "
                "presenza minima del {percent} % delle ore previste ({planned}): {people}.",
            ),
            id=self.session_id,
            percent=self.min_percent,
            planned=format_duration(self.planned_minutes),
            people="; ".join(
                f"{e.person} {format_duration(e.minutes_attended)}" for e in self.excluded
            ),
        )


def check_rows(
    session_id: int, present: Sequence[RosterEntry], min_percent: int
) -> CertificateCheck:
    """Split ``present`` (in the order given) by the minimum attendance ``min_percent``."""
    planned = max((row.planned_minutes for row in present), default=0)
    if not threshold_applies(planned, min_percent):
        return CertificateCheck(session_id, tuple(present), (), planned, min_percent)
    issued: list[RosterEntry] = []
    excluded: list[Exclusion] = []
    for row in present:
        if meets_minimum(row.minutes_attended, row.planned_minutes, min_percent):
            issued.append(row)
        else:
            excluded.append(
                Exclusion(
                    row.surname, row.name, row.minutes_attended, row.planned_minutes, min_percent
                )
            )
    excluded.sort(key=lambda e: (e.surname.casefold(), e.name.casefold()))
    return CertificateCheck(session_id, tuple(issued), tuple(excluded), planned, min_percent)
