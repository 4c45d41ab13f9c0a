"""The sign-in sheet per sitting: boxes for each sitting's entry and exit, their minimum
size in every layout, the event band on every page, the staff block kept on the page, the
privacy notice, and the number column wide enough for "1000"."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path

import pytest
from day_helpers import (
    assert_in_order,
    confirmed_session,
    ente,
    flat,
    numbered_surnames,
    page_texts,
    pdf_text,
    sign_up,
)
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph, Table

from exchange_desktop.domain.enums import ItemKind, RegistrationStatus
from exchange_desktop.domain.practice import Practice
from exchange_desktop.domain.programme import ProgrammeItem
from exchange_desktop.domain.roster_rows import RosterEntry
from exchange_desktop.domain.scheduling import Session
from exchange_desktop.domain.sittings import DayPlan, Sitting
from exchange_desktop.exports.pdf_base import FONT
from exchange_desktop.exports.signin_columns import (
    SheetSitting,
    content_width,
    needs_landscape,
    sheet_sittings,
    sitting_groups,
)
from exchange_desktop.exports.signin_sheet import SigninOptions, signin_story
from exchange_desktop.exports.signin_tables import CELL_PADDING
from exchange_desktop.services.documents.day_documents import export_signin_sheet
from exchange_desktop.services.practices.catalogue import update_practice
from exchange_desktop.services.practices.programme import replace_programme
from exchange_desktop.services.scheduling import sessions as scheduling
from exchange_desktop.storage.database import Database

BOXES = ["Firma entrata", "Ora", "Firma uscita", "Ora"]


def _topic(title: str, start: time, end: time) -> ProgrammeItem:
    return ProgrammeItem(title=title, start_time=start, end_time=end)


def _pause(title: str, start: time, end: time) -> ProgrammeItem:
    return ProgrammeItem(title=title, kind=ItemKind.BREAK, start_time=start, end_time=end)


MORNING_AND_AFTERNOON = [
    _topic("Accoglienza", time(9), time(11)),
    _pause("Pausa caffè", time(11), time(11, 15)),
    _topic("Laboratorio", time(11, 15), time(13)),
    _pause("Pranzo", time(13), time(14)),
    _topic("Patti", time(14), time(16, 30)),
]


def _programme(db: Database, practice: Practice, session_id: int, items: list) -> None:
    assert practice.id is not None
    scheduling.update_session(db, session_id, start_time=None, end_time=None)
    replace_programme(db, practice.id, items)


def _rows(count: int, ente: str = "Comune di Lissone") -> list[RosterEntry]:
    return [
        RosterEntry(
            registration_id=n,
            participant_id=n,
            session_id=1,
            session_label="",
            surname=f"Cognome{n:04d}",
            name="Anna",
            organisation_id=None,
            organisation=ente,
            role="Istruttore amministrativo",
            email="",
            phone="",
            fiscal_code="",
            privacy_consent=False,
            privacy_consent_date=None,
            status=RegistrationStatus.CONFIRMED,
            waiting_position=None,
            present=None,
            registered_at=datetime(2026, 3, 1, 9, 0),
        )
        for n in range(1, count + 1)
    ]


def _tables(story: list) -> list[Table]:
    return [item for item in story if isinstance(item, Table)]


def _plan(*spans: tuple[time, time]) -> DayPlan:
    return DayPlan(tuple(Sitting(start, end) for start, end in spans))


# --- the sittings -------------------------------------------------------------------------


def test_each_sitting_of_the_programme_has_its_boxes_and_heading(
    db: Database, tmp_path: Path
) -> None:
    practice, session_id = confirmed_session(db)
    _programme(db, practice, session_id, MORNING_AND_AFTERNOON)
    sign_up(db, session_id, [("Rossi", "Anna")], ente(db, "Comune di Lissone"))
    path = export_signin_sheet(db, session_id, tmp_path / "foglio.pdf")
    text = pdf_text(path)
    assert_in_order(
        text,
        ["Mattina 09:00–13:00", "Pomeriggio 14:00–16:30", *BOXES, *BOXES, "1 Rossi Anna"],
    )
    (page,) = PdfReader(path).pages
    assert float(page.mediabox.width) > float(page.mediabox.height)  # two sittings: landscape
    assert text.count("Ora ") >= 8  # four time boxes for the people, four for the staff


def test_a_day_of_one_sitting_is_portrait_with_one_set_of_boxes(
    db: Database, tmp_path: Path
) -> None:
    _practice, session_id = confirmed_session(db)  # the session's 09:30–13:00, no programme
    sign_up(db, session_id, [("Rossi", "Anna")])
    path = export_signin_sheet(db, session_id, tmp_path / "foglio.pdf")
    (page,) = PdfReader(path).pages
    assert float(page.mediabox.width) < float(page.mediabox.height)
    text = flat(page.extract_text())
    assert_in_order(text, ["Giornata 09:30–13:00", *BOXES, "1 Rossi Anna"])
    assert "Mattina" not in text


def test_two_sittings_cut_a_single_sitting_at_its_break() -> None:
    plan = DayPlan((Sitting(time(9), time(17)),), breaks=((13 * 60, 14 * 60),))
    assert sheet_sittings(plan, two_sittings=True) == [
        SheetSitting("Mattina", "09:00–13:00"),
        SheetSitting("Pomeriggio", "14:00–17:00"),
    ]
    assert sheet_sittings(plan) == [SheetSitting("Giornata", "09:00–17:00")]


def test_two_sittings_without_a_break_give_untimed_morning_and_afternoon() -> None:
    assert sheet_sittings(_plan((time(9, 30), time(13))), two_sittings=True) == [
        SheetSitting("Mattina"),
        SheetSitting("Pomeriggio"),
    ]
    assert sheet_sittings(None, two_sittings=True)[1].heading == "Pomeriggio"


def test_a_plan_of_several_sittings_is_kept_whatever_two_sittings_says() -> None:
    plan = _plan((time(9), time(11)), (time(12), time(13)), (time(14, 30), time(16)))
    expected = [
        SheetSitting("Parte 1", "09:00–11:00"),
        SheetSitting("Parte 2", "12:00–13:00"),
        SheetSitting("Parte 3", "14:30–16:00"),
    ]
    assert sheet_sittings(plan) == expected
    assert sheet_sittings(plan, two_sittings=True) == expected


@pytest.mark.both_backends  # one run of this export on the server too
def test_three_sittings_print_as_two_sheets_of_the_day(db: Database, tmp_path: Path) -> None:
    practice, session_id = confirmed_session(db)
    items = [
        _topic("Uno", time(9), time(11)),
        _topic("Due", time(12), time(13)),
        _topic("Tre", time(14, 30), time(16)),
    ]
    _programme(db, practice, session_id, items)
    sign_up(db, session_id, [("Rossi", "Anna")])
    pages = [
        flat(text) for text in page_texts(export_signin_sheet(db, session_id, tmp_path / "f.pdf"))
    ]
    assert len(pages) == 2
    assert_in_order(pages[0], ["Parte 1 09:00–11:00", "Parte 2 12:00–13:00", "1 Rossi Anna"])
    assert "Parte 3" not in pages[0]
    assert_in_order(pages[1], ["Parte 3 14:30–16:00", "1 Rossi Anna", "Pagina 1 di 1"])
    assert "Foglio firme del 20/04/2026 (Parte 3)" in pages[1]


# --- sizes --------------------------------------------------------------------------------

LAYOUTS = {
    "portrait, one sitting": (SigninOptions(), _plan((time(9), time(13)))),
    "landscape, one sitting": (SigninOptions(landscape=True), _plan((time(9), time(13)))),
    "two sittings": (SigninOptions(), _plan((time(9), time(13)), (time(14), time(17)))),
    "two sittings asked": (SigninOptions(two_sittings=True), None),
    "landscape, two sittings": (
        SigninOptions(landscape=True),
        _plan((time(9), time(13)), (time(14), time(17))),
    ),
    "three sittings": (
        SigninOptions(),
        _plan((time(9), time(11)), (time(12), time(13)), (time(14, 30), time(16))),
    ),
}


@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_signature_box_is_at_least_35_by_10_mm(layout: str) -> None:
    """Measured on the tables of the story: people's and staff's, of every group."""
    options, plan = LAYOUTS[layout]
    practice = Practice(host_comune="Comune di Monza", title="Patti")
    story = signin_story(practice, Session(), [date(2026, 4, 20)], _rows(4), "", options, plan)
    sittings = sheet_sittings(plan, options.two_sittings)
    width = content_width(options.landscape or needs_landscape(len(sittings)))
    groups = iter(sitting_groups(sittings, width))
    measured = 0
    for table, group in _every_table(story, groups):
        table.wrap(width, 100_000)
        widths = table._colWidths
        assert sum(widths) <= width + 0.01
        boxes = widths[-len(BOXES) * len(group) :]  # firma, ora, firma, ora per sitting
        signatures, times = boxes[0::2], boxes[1::2]
        assert min(signatures) >= 35 * mm, layout
        assert min(times) >= 10 * mm, layout
        assert min(table._rowHeights[table.repeatRows :]) >= 10 * mm, layout
        measured += 1
    assert measured >= 2


def _every_table(story: list, groups: Iterator[tuple[SheetSitting, ...]]) -> Iterator:
    """The people's tables and every variant of the staff block, each with its sittings."""
    group: tuple[SheetSitting, ...] = ()
    for item in story:
        if isinstance(item, Table):
            group = next(groups)
            yield item, group
        for block in getattr(item, "blocks", []):
            yield from ((table, group) for table in block if isinstance(table, Table))


def test_the_number_column_holds_1000_on_one_line() -> None:
    practice = Practice(title="Patti")
    story = signin_story(
        practice, Session(), [date(2026, 4, 20)], _rows(997), "", SigninOptions(blank_rows=3)
    )
    (table,) = _tables(story)
    table.wrap(content_width(False), 100_000)
    cell = table._cellvalues[-1][0]
    assert isinstance(cell, Paragraph)
    assert cell.text == "1000"
    room = table._colWidths[0] - 2 * CELL_PADDING
    assert pdfmetrics.stringWidth("1000", FONT, cell.style.fontSize) <= room
    cell.wrap(room, 1000)
    assert len(cell.blPara.lines) == 1
    assert table._rowHeights[-1] == pytest.approx(10 * mm)


# --- pages --------------------------------------------------------------------------------


def test_the_event_band_is_on_every_page(db: Database, tmp_path: Path) -> None:
    practice, session_id = confirmed_session(db)
    _programme(db, practice, session_id, MORNING_AND_AFTERNOON)
    sign_up(db, session_id, numbered_surnames(40), ente(db, "Comune di Lissone"))
    pages = page_texts(export_signin_sheet(db, session_id, tmp_path / "foglio.pdf"))
    assert len(pages) >= 3
    for text in pages:
        assert_in_order(
            flat(text),
            [
                "Patti di Cittadinanza: interventi e progettualità",
                "Data lunedì 20 aprile 2026",
                "Orario 09:00–16:30",
                "Luogo Palazzo Comunale, Sala Giunta",
                "Mattina 09:00–13:00",
                "Pomeriggio 14:00–16:30",
            ],
        )
    assert all("Registro presenze – Foglio firme" in text for text in pages)


@pytest.mark.parametrize(("count", "landscape"), [(10, False), (5, True)])
def test_the_staff_block_stays_on_the_page_the_people_fit(
    db: Database, tmp_path: Path, count: int, landscape: bool
) -> None:
    _practice, session_id = confirmed_session(db)
    sign_up(db, session_id, numbered_surnames(count), ente(db, "Comune di Lissone"))
    path = export_signin_sheet(db, session_id, tmp_path / "foglio.pdf", landscape=landscape)
    (page,) = page_texts(path)
    assert_in_order(
        flat(page),
        [
            f"{count + 3}",
            "Personale dell'Ente ospitante e relatori",
            "Pagina 1 di 1",
        ],
    )
    # compact or not, the staff box names the sitting as the people's table does
    heading = "Giornata 09:30–13:00"
    assert flat(page).count(heading) == 2


# --- privacy ------------------------------------------------------------------------------


def test_the_default_privacy_notice_names_basis_controller_dpo_and_informativa(
    db: Database, tmp_path: Path
) -> None:
    _practice, session_id = confirmed_session(db)
    text = pdf_text(export_signin_sheet(db, session_id, tmp_path / "foglio.pdf"))
    assert_in_order(
        text,
        [
            "Titolare del trattamento: Comune di Monza.",
            "Responsabile della protezione dei dati (RPD): contatti sul sito istituzionale",
            "compito di interesse pubblico (art. 6, par. 1, lett. e) GDPR e art. 2-ter "
            "D.Lgs. 196/2003)",
            "attestato di partecipazione",
            "la firma è necessaria a tal fine e non richiede il consenso",
            "L'informativa completa è pubblicata sul sito istituzionale del Comune.",
        ],
    )


def test_the_privacy_notice_takes_the_practice_fields(db: Database, tmp_path: Path) -> None:
    practice, session_id = confirmed_session(db)
    assert practice.id is not None
    update_practice(
        db,
        practice.id,
        privacy_controller="Comune di Monza, piazza Trento e Trieste",
        privacy_dpo="rpd@comune.monza.it",
        privacy_info="www.comune.monza.it/privacy",
    )
    text = pdf_text(export_signin_sheet(db, session_id, tmp_path / "foglio.pdf"))
    assert "Titolare del trattamento: Comune di Monza, piazza Trento e Trieste." in text
    assert "Responsabile della protezione dei dati (RPD): rpd@comune.monza.it." in text
    assert "Informativa completa: www.comune.monza.it/privacy." in text
