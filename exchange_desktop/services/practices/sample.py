"""The sample practice (Comune di Monza, "Patti di Cittadinanza"), shipped as data."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from exchange_desktop.domain.enums import (
    ItemKind,
    Modality,
    SchedulingMode,
    TransferMode,
)
from exchange_desktop.domain.errors import DomainError
from exchange_desktop.domain.practice import EDITABLE_FIELDS, Practice
from exchange_desktop.domain.programme import ProgrammeItem
from exchange_desktop.domain.programme import validate as validate_item
from exchange_desktop.domain.scheduling import Session, sessions_for_dates
from exchange_desktop.i18n import MESSAGES_CONTEXT, QT_TRANSLATE_NOOP, Message
from exchange_desktop.resources import resource_path
from exchange_desktop.services.practices.catalogue import add_practice
from exchange_desktop.storage.database import Database
from exchange_desktop.storage.mapping import to_domain
from exchange_desktop.storage.models import CandidateDateRow, ProgrammeItemRow, SessionRow

SAMPLE_FILE = ("sample", "monza-patti-di-cittadinanza.json")


def sample_path() -> Path:
    return resource_path(*SAMPLE_FILE)


def _sample_error(path: Path, detail: object) -> DomainError:
    return DomainError(
        Message(
            MESSAGES_CONTEXT,
            QT_TRANSLATE_NOOP(
                "Messages", "Impossibile leggere la pratica di esempio {path}: {detail}"
            ),
            path=str(path),
            detail=str(detail),
        )
    )


def _practice_from(data: dict[str, Any]) -> Practice:
    fields = {name: data[name] for name in EDITABLE_FIELDS if name in data}
    fields["transfer_mode"] = TransferMode(fields.get("transfer_mode", "either"))
    fields["scheduling_mode"] = SchedulingMode(fields.get("scheduling_mode", "O"))
    return Practice(**fields)


def _read_sample(path: Path) -> SampleData:
    """Parse the sample file; anything malformed is one clear error, never a traceback."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("format") != "exchange-desktop-sample":
            raise ValueError("formato non riconosciuto")
        practice = _practice_from(data["practice"])
        items = [
            ProgrammeItem(
                position=index,
                kind=ItemKind(item.get("kind", "topic")),
                title=item["title"],
                text=item.get("text", ""),
            )
            for index, item in enumerate(data.get("programme", []))
        ]
        session = data.get("session", {})
        sessions = sessions_for_dates(
            practice.scheduling_mode,
            [date.fromisoformat(day) for day in data.get("dates", [])],
            capacity=practice.max_participants,
            modality=Modality(session.get("modality", "in_person")),
        )
        extras = {"venue": str(session.get("venue", "")), "notes": str(session.get("notes", ""))}
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise _sample_error(path, exc) from exc
    for item in items:
        validate_item(item)
    return SampleData(practice, items, sessions, extras)


@dataclass
class SampleData:
    practice: Practice
    items: list[ProgrammeItem]
    sessions: list[Session]
    session_extras: dict[str, str]


def load_sample(db: Database, path: Path | None = None) -> Practice:
    """Add the sample practice with its programme and proposed dates; return it."""
    sample = _read_sample(path or sample_path())
    with db.transaction() as orm:
        row = add_practice(orm, sample.practice)
        for item in sample.items:
            orm.add(
                ProgrammeItemRow(
                    practice_id=row.id,
                    position=item.position,
                    kind=item.kind,
                    title=item.title,
                    text=item.text,
                )
            )
        for planned in sample.sessions:
            session_row = SessionRow(
                practice_id=row.id,
                capacity=planned.capacity,
                modality=planned.modality,
                venue=sample.session_extras["venue"],
                notes=sample.session_extras["notes"],
                candidate_dates=[CandidateDateRow(day=c.day) for c in planned.candidate_dates],
            )
            orm.add(session_row)
        orm.flush()
        return to_domain(row, Practice)
