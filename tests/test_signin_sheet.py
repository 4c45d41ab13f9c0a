"""The sign-in sheet read back with pypdf: header, order, pages, blank rows, literal names."""

from __future__ import annotations

import re
from datetime import date, datetime, time
from pathlib import Path

import pytest
from day_helpers import (
    HOSTILE,
    LONG_ENTE,
    assert_in_order,
    confirmed_session,
    ente,
    flat,
    numbered_surnames,
    page_texts,
    pdf_text,
    sign_up,
    unconfirmed_session,
)
from pypdf import PdfReader
from reportlab.lib.units import cm
from reportlab.platypus import Table

from exchange_desktop.domain.enums import Modality, RegistrationStatus, SchedulingMode
from exchange_desktop.domain.errors import DomainError
from exchange_desktop.domain.practice import Practice
from exchange_desktop.domain.programme import ProgrammeItem
from exchange_desktop.domain.roster_rows import RosterEntry
from exchange_desktop.domain.scheduling import CandidateDate, Session
from exchange_desktop.exports.signin_sheet import SigninOptions, signin_story
from exchange_desktop.services import roster
from exchange_desktop.services.documents.day_documents import (
    export_signin_sheet,
    suggested_signin_name,
)
from exchange_desktop.services.practices.programme import replace_programme
from exchange_desktop.services.scheduling import sessions as scheduling
from exchange_desktop.storage.database import Database

COLUMNS = [
    "N.",
    "Cognome e nome",
    "Ente di appartenenza – Ruolo / qualifica",
    "Giornata 09:30–13:00",
    "Firma entrata",
    "Ora",
    "Firma uscita",
    "Ora",
]
BAND = [
    "Attività Patti di Cittadinanza: interventi e progettualità su scala quartiere",
    "Data lunedì 20 aprile 2026",
    "Orario 09:30–13:00",
    "Luogo Palazzo Comunale, Sala Giunta",
]


def numbers_on(text: str) -> list[int]:
    """The row numbers of a page: the lines holding a number alone."""
    return [int(line) for line in text.splitlines() if re.fullmatch(r"\s*\d+\s*", line)]


@pytest.fixture
def three(db: Database, tmp_path: Path) -> Path:
    _practice, session_id = confirmed_session(db)
    lissone = ente(db, "Comune di Lissone")
    sign_up(
        db, session_id, [("Zanetti", "Chiara"), ("Éboli", "Luca"), ("Bianchi", "Anna")], lissone
    )
    return export_signin_sheet(db, session_id, tmp_path / "foglio.pdf")


def test_three_people_fit_one_page_with_the_whole_header(three: Path) -> None:
    (page,) = page_texts(three)
    # the header is drawn on every page with the footer, so it is read after the content
    assert_in_order(
        flat(page),
        [
            "Comune di Monza",
            "Settore Partecipazione, Politiche Abitative, Sport",
            "Servizio Partecipazione, Giovani e Pari Opportunità",
            "Registro presenze – Foglio firme",
            "Scambio di buone pratiche",
        ],
    )
    assert_in_order(
        flat(page),
        [
            *BAND,
            *COLUMNS,
            "1 Bianchi Anna Comune di Lissone Istruttore amministrativo",
            "2 Éboli Luca Comune di Lissone",
            "3 Zanetti Chiara",
            "Personale dell'Ente ospitante e relatori",
            "Informativa sul trattamento dei dati personali (art. 13 Reg. UE 2016/679 – GDPR)",
            "Titolare del trattamento: Comune di Monza",
            "Il/La responsabile",
            "Pagina 1 di 1",
        ],
    )
    assert numbers_on(page) == [1, 2, 3, 4, 5, 6]  # three people, three blank rows


def test_the_sheet_is_a4_portrait_with_embedded_dejavu(three: Path) -> None:
    reader = PdfReader(three)
    page = reader.pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)
    for reference in page["/Resources"]["/Font"].values():
        font = reference.get_object()
        assert "DejaVuSans" in font["/BaseFont"]
        assert "/FontFile2" in font["/FontDescriptor"].get_object()
    assert reader.metadata is not None
    assert reader.metadata.author == "Comune di Monza"
    assert reader.metadata.title == "Foglio firme – Patti di Cittadinanza – 20/04/2026"


def test_forty_people_run_over_pages_with_the_column_header_on_each(
    db: Database, tmp_path: Path
) -> None:
    _practice, session_id = confirmed_session(db)
    sign_up(db, session_id, numbered_surnames(40), ente(db, "Comune di Lissone"))
    pages = page_texts(export_signin_sheet(db, session_id, tmp_path / "foglio.pdf"))
    assert len(pages) == 3
    for number, text in enumerate(pages, start=1):
        assert f"Pagina {number} di 3" in text
        assert_in_order(flat(text), [*BAND, *COLUMNS])
        assert "Il/La responsabile" in text
        assert "Reg. UE 2016/679" in text
        assert "Foglio firme del 20/04/2026 · Comune di Monza – Patti di Cittadinanza" in text
    # the Comune and the title head every page, not only the first
    assert all("Registro presenze – Foglio firme" in text for text in pages)
    assert all("Comune di Monza" in text for text in pages)
    text = flat("\n".join(pages))
    assert_in_order(text, [f"{n} Cognome{n:03d} Anna" for n in range(1, 41)])
    numbers = [n for page in pages for n in numbers_on(page)]
    assert numbers == list(range(1, 44))
    assert "Personale dell'Ente ospitante e relatori" in pages[-1]


@pytest.mark.both_backends  # one run of this export on the server too
def test_only_confirmed_people_are_listed(db: Database, tmp_path: Path) -> None:
    _practice, session_id = confirmed_session(db)
    scheduling.update_session(db, session_id, capacity=2)
    ids = sign_up(db, session_id, [("Alfa", "Anna"), ("Beta", "Bruno"), ("Gamma", "Carla")])
    roster.cancel_registration(db, ids[0])  # Gamma, first in line, takes the seat
    sign_up(db, session_id, [("Delta", "Dario")])  # waits
    text = pdf_text(export_signin_sheet(db, session_id, tmp_path / "foglio.pdf", blank_rows=0))
    assert_in_order(text, ["1 Beta Bruno", "2 Gamma Carla"])
    assert "Alfa" not in text
    assert "Delta" not in text


def test_surnames_follow_the_italian_order(db: Database, tmp_path: Path) -> None:
    _practice, session_id = confirmed_session(db)
    names = [("rossi", "Bruno"), ("Àlberti", "Zeno"), ("Rossi", "Anna"), ("Emiliani", "Ugo")]
    sign_up(db, session_id, [*names, ("ÉBOLI", "Luca"), ("Zanetti", "Chiara")])
    text = pdf_text(export_signin_sheet(db, session_id, tmp_path / "foglio.pdf"))
    assert_in_order(
        text,
        [
            "1 Àlberti Zeno",
            "2 ÉBOLI Luca",
            "3 Emiliani Ugo",
            "4 Rossi Anna",
            "5 rossi Bruno",
            "6 Zanetti Chiara",
        ],
    )


def test_hostile_names_and_a_long_ente_print_literally(db: Database, tmp_path: Path) -> None:
    _practice, session_id = confirmed_session(db)
    sign_up(db, session_id, HOSTILE, ente(db, LONG_ENTE), role="Ruolo <i>corsivo</i> & co.")
    path = export_signin_sheet(db, session_id, tmp_path / "foglio.pdf")
    text = pdf_text(path)
    spaceless = "".join(text.split())  # a narrow name column may wrap "</b>"
    for surname, name in HOSTILE:
        assert f"{surname}{name}" in spaceless, surname
    assert "Ruolo <i>corsivo</i> & co." in text
    assert flat(LONG_ENTE) in text
    lines = "\n".join(page_texts(path)).splitlines()
    assert LONG_ENTE not in lines, "the long Ente wraps inside its cell"
    assert any(line.startswith("Unione dei Comuni") for line in lines)


def test_blank_rows_can_be_many_or_none(db: Database, tmp_path: Path) -> None:
    _practice, session_id = confirmed_session(db)
    sign_up(db, session_id, [("Rossi", "Anna")])
    none = page_texts(export_signin_sheet(db, session_id, tmp_path / "a.pdf", blank_rows=0))
    assert [n for page in none for n in numbers_on(page)] == [1]
    many = page_texts(export_signin_sheet(db, session_id, tmp_path / "b.pdf", blank_rows=30))
    assert [n for page in many for n in numbers_on(page)] == list(range(1, 32))
    assert len(many) >= 2


@pytest.mark.parametrize("blank_rows", [-1, 201])
def test_blank_rows_out_of_range_are_refused(db: Database, tmp_path: Path, blank_rows: int) -> None:
    _practice, session_id = confirmed_session(db)
    with pytest.raises(DomainError, match="da 0 a 200"):
        export_signin_sheet(db, session_id, tmp_path / "foglio.pdf", blank_rows=blank_rows)
    assert not (tmp_path / "foglio.pdf").exists()


def test_a_session_without_a_confirmed_date_is_refused(db: Database, tmp_path: Path) -> None:
    _practice, session_id = unconfirmed_session(db)
    with pytest.raises(DomainError, match="non ha ancora una data confermata"):
        export_signin_sheet(db, session_id, tmp_path / "foglio.pdf")
    assert {p.name for p in tmp_path.iterdir()} <= {"Scambi 2026"}  # the SQLite file's folder


def test_two_days_give_two_sheets_numbered_apart(db: Database, tmp_path: Path) -> None:
    _practice, session_id = confirmed_session(db, duration_days=2)
    sign_up(db, session_id, [("Rossi", "Anna"), ("Bianchi", "Bruno")])
    pages = page_texts(export_signin_sheet(db, session_id, tmp_path / "foglio.pdf"))
    assert len(pages) == 2
    first, second = (flat(page) for page in pages)
    assert "Data lunedì 20 aprile 2026 (giornata 1 di 2)" in first
    assert "Data martedì 21 aprile 2026 (giornata 2 di 2)" in second
    for text, day in ((first, "20/04/2026"), (second, "21/04/2026")):
        assert "Pagina 1 di 1" in text
        assert f"Foglio firme del {day}" in text
        assert_in_order(text, ["1 Bianchi Bruno", "2 Rossi Anna", "Il/La responsabile"])


def test_two_sittings_in_landscape(db: Database, tmp_path: Path) -> None:
    _practice, session_id = confirmed_session(db)
    sign_up(db, session_id, [("Rossi", "Anna")])
    path = export_signin_sheet(
        db, session_id, tmp_path / "foglio.pdf", landscape=True, two_sittings=True
    )
    page = PdfReader(path).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (842, 595)
    text = flat(page.extract_text())
    assert_in_order(
        text,
        [
            "Ruolo / qualifica",
            "Mattina",
            "Pomeriggio",
            "Firma entrata",
            "Firma uscita",
            "Firma entrata",
            "Firma uscita",
        ],
    )


def test_two_sittings_turn_the_page_and_put_the_role_under_the_ente(
    db: Database, tmp_path: Path
) -> None:
    _practice, session_id = confirmed_session(db)
    sign_up(db, session_id, [("Rossi", "Anna")], ente(db, "Comune di Lissone"))
    path = export_signin_sheet(db, session_id, tmp_path / "foglio.pdf", two_sittings=True)
    text = pdf_text(path)
    assert "Ente di appartenenza – Ruolo / qualifica" in text
    assert "1 Rossi Anna Comune di Lissone Istruttore amministrativo" in text
    assert text.count("Firma entrata") == 4  # people and staff, morning and afternoon
    page = PdfReader(path).pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)  # no room in portrait


def test_the_clerk_privacy_notice_replaces_the_default(db: Database, tmp_path: Path) -> None:
    _practice, session_id = confirmed_session(db)
    notice = "Informativa <b>breve</b> & completa all'albo."
    path = export_signin_sheet(db, session_id, tmp_path / "foglio.pdf", privacy_notice=notice)
    text = pdf_text(path)
    assert notice in text
    assert "2016/679" not in text


def test_a_privacy_notice_too_long_for_the_footer_is_refused(db: Database, tmp_path: Path) -> None:
    _practice, session_id = confirmed_session(db)
    target = tmp_path / "foglio.pdf"
    with pytest.raises(DomainError, match="informativa privacy è troppo lunga"):
        export_signin_sheet(db, session_id, target, privacy_notice="Riga.\n" * 40)
    assert not target.exists()
    export_signin_sheet(db, session_id, target, privacy_notice="Riga.\n" * 8)
    assert target.exists()


def test_a_webinar_says_so_and_leaves_a_line_for_a_missing_time(tmp_path: Path) -> None:
    from exchange_desktop.exports.signin_sheet import write_signin_sheet

    session = Session(modality=Modality.WEBINAR, webinar_link="https://meet.example.org/x")
    session.candidate_dates = [CandidateDate(day=date(2026, 5, 4))]
    practice = Practice(title="Orti urbani", scheduling_mode=SchedulingMode.SEVERAL)
    path = write_signin_sheet(
        tmp_path / "w.pdf", practice, session, [date(2026, 5, 4)], [], hours=""
    )
    text = pdf_text(path)
    assert "Data lunedì 4 maggio 2026 Orario ____________ Luogo Webinar N." in text
    assert "meet.example.org" not in text
    assert "Titolare del trattamento: l'Ente ospitante." in text


def test_without_session_times_the_programme_gives_them(db: Database, tmp_path: Path) -> None:
    practice, session_id = confirmed_session(db)
    assert practice.id is not None
    scheduling.update_session(db, session_id, start_time=None, end_time=None)
    replace_programme(
        db,
        practice.id,
        [
            ProgrammeItem(title="Accoglienza", start_time=time(9), end_time=time(9, 30)),
            ProgrammeItem(title="Laboratorio", start_time=time(14), end_time=time(16, 45)),
        ],
    )
    text = pdf_text(export_signin_sheet(db, session_id, tmp_path / "foglio.pdf"))
    assert "Orario 09:00–16:45" in text


def test_rows_are_at_least_one_centimetre_tall() -> None:
    practice = Practice(host_comune="Comune di Monza", title="Patti")
    rows = [
        RosterEntry(
            registration_id=n,
            participant_id=n,
            session_id=1,
            session_label="",
            surname=f"Cognome{n}",
            name="Anna",
            organisation_id=None,
            organisation=LONG_ENTE if n % 2 else "ASST",
            role="Assistente sociale",
            email="",
            phone="",
            fiscal_code="",
            privacy_consent=True,
            privacy_consent_date=None,
            status=RegistrationStatus.CONFIRMED,
            waiting_position=None,
            present=None,
            registered_at=datetime(2026, 3, 1, 9, n),
        )
        for n in range(1, 5)
    ]
    for options in (SigninOptions(), SigninOptions(landscape=True, two_sittings=True)):
        story = signin_story(practice, Session(), [date(2026, 4, 20)], rows, "", options)
        (people,) = [item for item in story if isinstance(item, Table)]
        people.wrap(20 * cm, 30 * cm)
        heights = people._rowHeights[3:]  # under the band and the two rows of heads
        assert len(heights) == 4 + 3
        assert min(heights) >= 1 * cm
        assert max(heights) > 1.2 * cm  # the long Ente made its row taller


def test_suggested_names(db: Database) -> None:
    practice, session_id = unconfirmed_session(db)
    session = scheduling.get_session(db, session_id)
    assert suggested_signin_name(practice, session) == "Foglio firme - Patti di Cittadinanza.pdf"
    session = scheduling.confirm_date(db, session_id, date(2026, 4, 27))
    assert suggested_signin_name(practice, session) == (
        "Foglio firme 2026-04-27 - Patti di Cittadinanza.pdf"
    )
    odd = Practice(title='Orti <urbani> "2026" a/b: il modello ' + "x" * 120)
    name = suggested_signin_name(odd, session)
    assert not re.search(r'[<>:"/\\|?*]', name)
    assert len(name.removesuffix(".pdf")) <= 80
