"""Shared set-up of the tests of the day's papers: a confirmed session, people signed up,
and the PDFs read back with pypdf."""

from __future__ import annotations

import re
from datetime import date, time
from pathlib import Path

from pypdf import PdfReader

from exchange_desktop.domain.practice import Practice
from exchange_desktop.domain.roster import Organisation, Participant
from exchange_desktop.services import roster
from exchange_desktop.services.practices.catalogue import update_practice
from exchange_desktop.services.practices.sample import load_sample
from exchange_desktop.services.roster.organisations import add_organisation
from exchange_desktop.services.scheduling import sessions as scheduling
from exchange_desktop.storage.database import Database

APRIL_20 = date(2026, 4, 20)
#: The signer of the attestati: the holder of the test certificate (signing_helpers).
SIGNER = ("Maria Rossi", "Responsabile del Servizio Partecipazione")
LONG_ENTE = (
    "Unione dei Comuni Lombarda della Valletta e del Parco Regionale di Montevecchia e della "
    "Valle del Curone"
)
HOSTILE = [
    ("<b>Grassetto</b>", "&amp;"),
    ("D'Angelo", "Maria"),
    ("Щербаков", "Иван"),
    ("Wałęsa", "Łukasz"),
    ("Straße", "Jürgen"),
    ("Őry", "Gábor"),
]


def unconfirmed_session(db: Database, *, duration_days: int = 1) -> tuple[Practice, int]:
    """The sample practice ("O": 20 or 27 April) with room for 60, no date confirmed, no
    minimum attendance, signed by :data:`SIGNER` (the test certificate's holder)."""
    practice = load_sample(db)
    assert practice.id is not None
    # No minimum attendance, unlike the sample: the tests that need one set it
    # (test_certificate_rules.py).  A signer, without whom no attestato is issued.
    practice = update_practice(
        db,
        practice.id,
        duration_days=duration_days,
        min_attendance_percent=0,
        signer_name=SIGNER[0],
        signer_title=SIGNER[1],
    )
    (summary,) = scheduling.session_summaries(db, practice.id)
    session_id = summary.session.id
    assert session_id is not None
    scheduling.update_session(
        db,
        session_id,
        capacity=60,
        venue="Palazzo Comunale",
        room="Sala Giunta",
        start_time=time(9, 30),
        end_time=time(13, 0),
    )
    return practice, session_id


def confirmed_session(db: Database, *, duration_days: int = 1) -> tuple[Practice, int]:
    """As :func:`unconfirmed_session`, held on Monday 20 April 2026."""
    practice, session_id = unconfirmed_session(db, duration_days=duration_days)
    scheduling.confirm_date(db, session_id, APRIL_20)
    return practice, session_id


def ente(db: Database, name: str) -> int:
    organisation = add_organisation(db, Organisation(name=name))
    assert organisation.id is not None
    return organisation.id


def sign_up(
    db: Database,
    session_id: int,
    names: list[tuple[str, str]],
    organisation_id: int | None = None,
    role: str = "Istruttore amministrativo",
) -> list[int]:
    """Register the people in the order given; return their registration ids."""
    ids = []
    for number, (surname, name) in enumerate(names):
        outcome = roster.register(
            db,
            session_id,
            Participant(
                surname=surname,
                name=name,
                organisation_id=organisation_id,
                role=role,
                email=f"persona{number}.{session_id}@comune.example.it",
            ),
        )
        ids.append(outcome.row.registration_id)
    return ids


def numbered_surnames(count: int) -> list[tuple[str, str]]:
    """ "Cognome001 Anna" … in reverse order, so that sorting is needed."""
    return [(f"Cognome{n:03d}", "Anna") for n in range(count, 0, -1)]


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def flat(text: str) -> str:
    """The text on one line: wraps become spaces, and a wrap after a hyphen disappears."""
    return re.sub(r"-\s+", "-", " ".join(text.split()))


def pdf_text(path: Path) -> str:
    return flat("\n".join(page_texts(path)))


def assert_in_order(text: str, parts: list[str]) -> None:
    position = 0
    for part in parts:
        found = text.find(flat(part), position)
        assert found >= 0, f"{part!r} missing (or out of order)"
        position = found + len(flat(part))
