"""The sign-in sheet as a records officer reads it: the Comune and the title on every page,
the responsabile's name and qualifica under the line, the programme's speakers pre-printed
in the staff box, the sittings named in every staff box, and ten people with a morning and
an afternoon on one landscape page."""

from __future__ import annotations

from datetime import time
from pathlib import Path

from day_helpers import (
    SIGNER,
    confirmed_session,
    ente,
    flat,
    numbered_surnames,
    page_texts,
    sign_up,
)

from exchange_desktop.domain.enums import ItemKind
from exchange_desktop.domain.programme import ProgrammeItem
from exchange_desktop.services.documents.day_documents import export_signin_sheet
from exchange_desktop.services.practices.programme import replace_programme
from exchange_desktop.services.scheduling.sessions import update_session
from exchange_desktop.storage.database import Database

TEN = [
    ("Rossi", "Anna"),
    ("Bianchi", "Ugo"),
    ("Verdi", "Carla"),
    ("D'Angelo", "Maria"),
    ("Colombo", "Luca"),
    ("Ricci", "Sara"),
    ("Marino", "Paolo"),
    ("Greco", "Elena"),
    ("Bruno", "Nicolò"),
    ("Gallo", "Chiara"),
]
DAY = [
    ProgrammeItem(
        title="Il Patto",
        start_time=time(9),
        end_time=time(13),
        speakers="Laura Ferrari, Dirigente; Marco Bianchi (Funzionario)",
    ),
    ProgrammeItem(kind=ItemKind.BREAK, title="Pranzo", start_time=time(13), end_time=time(14)),
    ProgrammeItem(
        title="Laboratorio", start_time=time(14), end_time=time(17), speakers="laura ferrari"
    ),
]


def _sheet(
    db: Database, tmp_path: Path, people: int, role: str = "Istruttore", **options: object
) -> list[str]:
    practice, session_id = confirmed_session(db)
    assert practice.id is not None
    replace_programme(db, practice.id, DAY)
    # the session's times are the programme's: the timetable holds, no warning to accept
    update_session(db, session_id, start_time=time(9), end_time=time(17))
    names = TEN[:people] if people <= len(TEN) else numbered_surnames(people)
    sign_up(db, session_id, names, ente(db, "Comune di Lissone"), role)
    path = export_signin_sheet(db, session_id, tmp_path / "foglio.pdf", **options)  # type: ignore[arg-type]
    return [flat(text) for text in page_texts(path)]


def test_the_signer_is_named_under_the_line_and_the_speakers_are_printed(
    db: Database, tmp_path: Path
) -> None:
    (page,) = _sheet(db, tmp_path, 3)
    assert f"Il/La responsabile {SIGNER[0]} – {SIGNER[1]}" in page
    assert "Laura Ferrari Dirigente" in page
    assert "Marco Bianchi Funzionario" in page
    assert page.count("Laura Ferrari") == 1  # named twice in the programme, printed once


def test_ten_people_and_two_sittings_fit_one_landscape_page(db: Database, tmp_path: Path) -> None:
    """One line each: the people, the speakers and the staff on one page, not a second page
    for the staff box."""
    pages = _sheet(db, tmp_path, 10, role="", landscape=True, blank_rows=0)
    assert len(pages) == 1
    (page,) = pages
    assert "Pagina 1 di 1" in page
    # the staff box names the sittings too, not only the people's table
    assert page.count("Mattina 09:00–13:00") == 2
    assert page.count("Pomeriggio 14:00–17:00") == 2
    assert "Laura Ferrari" in page


def test_ten_people_whose_ente_and_role_are_long_fit_one_landscape_page(
    db: Database, tmp_path: Path
) -> None:
    """Realistic rows: "Comune di San Giovanni in Persiceto", "Istruttore direttivo
    amministrativo".  One page, each Ente and role on a line of its own, rows of 10 mm and
    signature boxes 35 mm wide at the least (what the sheet is drawn with)."""
    from pypdf import PdfReader
    from reportlab.lib.units import mm

    from exchange_desktop.exports.signin_columns import columns, content_width, sheet_sittings
    from exchange_desktop.services.attendance.sittings import session_plan

    practice, session_id = confirmed_session(db)
    assert practice.id is not None
    replace_programme(db, practice.id, DAY)
    update_session(db, session_id, start_time=time(9), end_time=time(17))
    ente_name, role = "Comune di San Giovanni in Persiceto", "Istruttore direttivo amministrativo"
    sign_up(db, session_id, TEN, ente(db, ente_name), role)
    path = export_signin_sheet(
        db, session_id, tmp_path / "foglio.pdf", landscape=True, blank_rows=0
    )
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    lines = reader.pages[0].extract_text().splitlines()
    assert sum(line.strip() == ente_name for line in lines) == 10  # never wrapped
    assert sum(line.strip() == role for line in lines) == 10
    page = flat(page_texts(path)[0])
    assert "Pagina 1 di 1" in page and "Laura Ferrari" in page and "Marco Bianchi" in page
    assert page.count("Mattina 09:00–13:00") == 2  # the people's heads and the staff box
    sittings = sheet_sittings(session_plan(db, session_id))
    widths = columns(content_width(True), sittings)
    signature_columns = widths.widths[widths.text_columns :: 2]
    assert len(signature_columns) == 4
    assert min(signature_columns) >= 35 * mm - 0.01


def test_every_page_has_the_comune_and_the_title(db: Database, tmp_path: Path) -> None:
    pages = _sheet(db, tmp_path, 40)
    assert len(pages) > 1
    for page in pages:
        assert "Comune di Monza" in page
        assert "Registro presenze – Foglio firme · Scambio di buone pratiche" in page
