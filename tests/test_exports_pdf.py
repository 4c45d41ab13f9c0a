"""The two PDF documents read back with pypdf, their wording and their file names."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date, time
from pathlib import Path

import pytest
from pypdf import PdfReader

from exchange_desktop.domain.enums import (
    ItemKind,
    Modality,
    SchedulingMode,
    SessionStatus,
    TransferMode,
)
from exchange_desktop.domain.errors import DomainError, NotFoundError
from exchange_desktop.domain.practice import Practice
from exchange_desktop.domain.programme import ProgrammeItem
from exchange_desktop.domain.scheduling import (
    CandidateDate,
    Session,
    confirm_date,
    sessions_for_dates,
)
from exchange_desktop.exports.wording import (
    duration_text,
    participants_text,
    short_title,
    topic_heading,
)
from exchange_desktop.services.documents.practice_documents import (
    DocumentKind,
    export_practice_card,
    export_programme,
    suggested_file_name,
)
from exchange_desktop.services.practices.catalogue import create_practice
from exchange_desktop.services.practices.programme import list_items, replace_programme
from exchange_desktop.services.practices.sample import load_sample
from exchange_desktop.storage.database import Database

REPO_ROOT = Path(__file__).resolve().parent.parent
SAMPLE_TITLE = (
    "Patti di Cittadinanza: interventi e progettualità su scala quartiere frutto di "
    "co-progettazione tra Comune, cittadini e stakeholders territoriali."
)
SAMPLE_TOPICS = [
    "1. Organismi partecipativi comunali: cosa sono, chi può farne parte, come interagiscono "
    "con il Comune.",
    "2. Partecipazione vs. rappresentanza – il ruolo degli organismi partecipativi e quello del "
    "Comune nel processo di attivazione della cittadinanza.",
    "3. Strumenti di progettazione condivisa: individuazione obiettivi e regolamentazione.",
    "4. Strumenti di progettazione condivisa: dialogo, supporto e gestione dei processi.",
    "5. I Patti di Cittadinanza: istanze su base quartiere, come supportare la trasformazione "
    "di idee in macro-proiezioni.",
    "6. I Patti di Cittadinanza: affiancamento nella realizzazione, co-valutazione e "
    "rendicontazione pubblica dell'impatto.",
]
LITERAL_TEXTS = [
    "<b>non grassetto</b>",
    "Ricerca &amp; sviluppo",
    "a < b > c",
    '"virgolette" e l\'apostrofo',
    "àèéìòù ÀÈÌÒÙ",
    "Щербаков",
    "Łukasz Wałęsa",
    "Straße",
]


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


@pytest.fixture
def sample(db: Database) -> Practice:
    return load_sample(db)


@pytest.fixture
def card(db: Database, sample: Practice, tmp_path: Path) -> Path:
    assert sample.id is not None
    return export_practice_card(db, sample.id, tmp_path / "scheda.pdf")


@pytest.fixture
def programme(db: Database, sample: Practice, tmp_path: Path) -> Path:
    assert sample.id is not None
    return export_programme(db, sample.id, tmp_path / "programma.pdf")


# --- the sample documents -------------------------------------------------------------------


@pytest.mark.parametrize("document", ["card", "programme"])
def test_sample_documents_list_the_six_topics_in_order_with_their_texts(
    document: str, request: pytest.FixtureRequest
) -> None:
    path: Path = request.getfixturevalue(document)
    assert_in_order(pdf_text(path), SAMPLE_TOPICS)


@pytest.mark.parametrize("document", ["card", "programme"])
def test_sample_documents_name_the_host_office_and_title(
    document: str, request: pytest.FixtureRequest
) -> None:
    text = pdf_text(request.getfixturevalue(document))
    assert "Comune di Monza" in text
    assert "Settore Partecipazione, Politiche Abitative, Sport" in text
    assert "Servizio Partecipazione, Giovani e Pari Opportunità" in text
    assert flat(SAMPLE_TITLE) in text


@pytest.mark.parametrize("document", ["card", "programme"])
def test_sample_documents_give_both_alternative_dates_in_italian(
    document: str, request: pytest.FixtureRequest
) -> None:
    text = pdf_text(request.getfixturevalue(document))
    assert "lunedì 20 aprile 2026 o lunedì 27 aprile 2026" in text.lower()


def test_card_follows_the_sections_of_the_form(card: Path) -> None:
    assert_in_order(
        pdf_text(card),
        [
            "Scheda della buona pratica",
            "Chi propone lo scambio",
            "Comune ospitante",
            "Comune di Monza",
            "Area, Settore, Ufficio ospitante",
            "Descrizione della pratica/soluzione",
            "Titolo buona pratica",
            SAMPLE_TITLE,
            "Il Comune di Monza mette a disposizione degli organismi partecipativi",
            "Obiettivo dello scambio",
            "Il progetto di scambio è concepito per condividere le buone pratiche",
            "Le modalità dello scambio",
            "Modalità del trasferimento",
            "Workshop in presenza o webinar sincrono.",
            "Il trasferimento delle competenze potrà avvenire attraverso un workshop",
            "Programma del Corso",
            SAMPLE_TOPICS[0],
            "Massimo 10 persone, tra personale amministrativo e/o progettisti di interventi "
            "sociali",
            "organizzata in 1 giornata di scambio e formazione",
            "Date disponibili",
            "Date alternative (“O”): lo scambio si terrà in una sola delle date seguenti.",
            "Lunedì 20 aprile 2026 o lunedì 27 aprile 2026",
            "N.B.: Le date possono essere soggette a modifiche",
        ],
    )


def test_documents_are_a4_with_embedded_dejavu_and_metadata(card: Path, programme: Path) -> None:
    for path in (card, programme):
        reader = PdfReader(path)
        for page in reader.pages:
            assert round(float(page.mediabox.width)) == 595
            assert round(float(page.mediabox.height)) == 842
            fonts = page["/Resources"]["/Font"]
            for reference in fonts.values():
                font = reference.get_object()
                assert "DejaVuSans" in font["/BaseFont"]
                descriptor = font["/FontDescriptor"].get_object()
                assert "/FontFile2" in descriptor, "the TrueType font is embedded"
        assert reader.metadata is not None
        assert reader.metadata.author == "Comune di Monza"
        assert "Patti di Cittadinanza" in (reader.metadata.title or "")


def test_sample_documents_number_their_pages(card: Path, programme: Path) -> None:
    for path in (card, programme):
        pages = page_texts(path)
        for number, text in enumerate(pages, start=1):
            assert f"Pagina {number} di {len(pages)}" in text


# --- long programmes ------------------------------------------------------------------------


def long_programme(count: int) -> list[ProgrammeItem]:
    items = []
    for index in range(count):
        start = time(8 + index // 12, (index % 12) * 5)
        end = time(8 + index // 12, (index % 12) * 5 + 4)
        kind = ItemKind.BREAK if index % 10 == 9 else ItemKind.TOPIC
        items.append(
            ProgrammeItem(
                kind=kind,
                title=f"Argomento lungo numero {index + 1} sulla co-progettazione",
                text=" ".join(["Testo di prova per verificare che le righe vadano a capo."] * 6),
                start_time=start,
                end_time=end,
                speakers="Anna Bianchi, Marco Verdi" if index % 3 == 0 else "",
            )
        )
    return items


@pytest.mark.parametrize("export", [export_practice_card, export_programme])
def test_a_long_programme_flows_onto_several_numbered_pages(
    db: Database, sample: Practice, tmp_path: Path, export: object
) -> None:
    assert sample.id is not None
    replace_programme(db, sample.id, long_programme(80))
    path = export(db, sample.id, tmp_path / "lungo.pdf")  # type: ignore[operator]
    pages = page_texts(path)
    assert len(pages) >= 4
    for number, text in enumerate(pages, start=1):
        assert f"Pagina {number} di {len(pages)}" in text
        assert f"Pagina {number + 1} di" not in text
    text = flat("\n".join(pages))
    assert_in_order(text, [f"Argomento lungo numero {n} sulla" for n in range(1, 81)])
    assert "72. Argomento lungo numero 79" in text  # the seven breaks before have no number
    assert "73. Argomento lungo numero 80" not in text  # nor has this one


def test_a_huge_text_and_an_endless_word_wrap_instead_of_failing(
    db: Database, sample: Practice, tmp_path: Path
) -> None:
    assert sample.id is not None
    endless = "https://esempio.it/" + "x" * 250
    huge = "\n\n".join(f"Paragrafo {n}: " + "parola " * 300 for n in range(1, 10))
    replace_programme(db, sample.id, [ProgrammeItem(title=endless, text=huge)])
    for export in (export_practice_card, export_programme):
        path = export(db, sample.id, tmp_path / f"{export.__name__}.pdf")
        pages = page_texts(path)
        assert len(pages) >= 3
        assert_in_order(flat("".join(pages)), [f"Paragrafo {n}:" for n in range(1, 10)])


# --- user text is printed literally ---------------------------------------------------------


@pytest.mark.both_backends  # one run of this export on the server too
def test_user_text_is_printed_literally_not_as_markup(db: Database, tmp_path: Path) -> None:
    joined = " | ".join(LITERAL_TEXTS)
    practice = create_practice(
        db,
        Practice(
            host_comune='Comune di <i>Prova</i> & "Figli"',
            sector=LITERAL_TEXTS[0],
            office=LITERAL_TEXTS[1],
            title=f"Titolo {joined}",
            description=f"Prima riga {LITERAL_TEXTS[2]}\nSeconda riga\n\nNuovo paragrafo Щ ł ß",
            aim=joined,
            profiles=["Personale <amministrativo>"],
            contact_name="Łucja O'Brien",
        ),
    )
    assert practice.id is not None
    replace_programme(
        db,
        practice.id,
        [
            ProgrammeItem(title="<b>Apertura</b> & saluti", text=joined, speakers="Ščerba & C."),
            ProgrammeItem(kind=ItemKind.BREAK, title="Pausa <caffè>", text='Sala "verde"'),
        ],
    )
    for export in (export_practice_card, export_programme):
        path = export(db, practice.id, tmp_path / f"{export.__name__}.pdf")
        raw_lines = "\n".join(page_texts(path)).splitlines()
        text = pdf_text(path)
        for literal in LITERAL_TEXTS:
            assert literal in text, literal
        assert 'Comune di <i>Prova</i> & "Figli"' in text
        assert "<b>Apertura</b> & saluti" in text
        assert 'Pausa <caffè> Sala "verde"' in text
        if export is export_practice_card:
            assert "Prima riga a < b > c" in raw_lines
            assert "Seconda riga" in raw_lines
            assert "Nuovo paragrafo Щ ł ß" in raw_lines
            assert "Massimo 10 persone: personale <amministrativo>" in text
            assert "Łucja O'Brien" in text
        else:
            assert "A cura di: Ščerba & C." in text


# --- what the data says, worded right -------------------------------------------------------


def test_several_sessions_are_listed_one_date_each(tmp_path: Path) -> None:
    from exchange_desktop.exports.practice_card import write_practice_card

    practice = Practice(
        title="Scambio E",
        scheduling_mode=SchedulingMode.SEVERAL,
        duration_days=2,
        max_participants=1,
        profiles=["Assistente sociale"],
        transfer_mode=TransferMode.WEBINAR,
    )
    days = [date(2026, 5, 11), date(2026, 4, 20)]
    sessions = sessions_for_dates(SchedulingMode.SEVERAL, days, 10, Modality.WEBINAR)
    path = write_practice_card(tmp_path / "e.pdf", practice, [], sessions)
    assert_in_order(
        pdf_text(path),
        [
            "Webinar sincrono.",
            "Programma da definire.",
            "Massimo 1 persona: assistente sociale",
            "in 2 giornate di scambio e formazione",
            "Più sessioni (“E”): ogni data è una sessione di scambio a sé.",
            "Lunedì 20 e martedì 21 aprile 2026",  # both days of a session of two
            "Lunedì 11 e martedì 12 maggio 2026",
        ],
    )


def test_programme_shows_times_speakers_venue_and_unnumbered_breaks(tmp_path: Path) -> None:
    from exchange_desktop.exports.programme_pdf import write_programme

    practice = Practice(host_comune="Comune di Monza", title="Patti", duration_days=1)
    items = [
        ProgrammeItem(
            title="Accoglienza", start_time=time(9, 30), end_time=time(10), speakers="A. Rossi"
        ),
        ProgrammeItem(
            kind=ItemKind.BREAK, title="Pausa pranzo", start_time=time(12), end_time=time(13)
        ),
        ProgrammeItem(
            title="Laboratorio", text="in gruppi", start_time=time(13), end_time=time(15)
        ),
    ]
    session = Session(
        venue="Palazzo Comunale",
        room="Sala Giunta",
        candidate_dates=[
            CandidateDate(day=date(2026, 4, 20)),
            CandidateDate(day=date(2026, 4, 27)),
        ],
    )
    confirm_date(session, date(2026, 4, 27))
    cancelled = Session(
        status=SessionStatus.CANCELLED, candidate_dates=[CandidateDate(day=date(2026, 6, 1))]
    )
    path = write_programme(tmp_path / "p.pdf", practice, items, [session, cancelled])
    text = pdf_text(path)
    assert_in_order(
        text,
        [
            "Programma della giornata",
            "Data lunedì 27 aprile 2026",
            "Orario 09:30–15:00",
            "Luogo Palazzo Comunale, Sala Giunta",
            "09:30–10:00 1. Accoglienza",
            "A cura di: A. Rossi",
            "12:00–13:00 Pausa pranzo",
            "13:00–15:00 2. Laboratorio: in gruppi",
        ],
    )
    assert "20 aprile" not in text
    assert "giugno" not in text


def test_programme_of_a_webinar_gives_the_link(tmp_path: Path) -> None:
    from exchange_desktop.exports.programme_pdf import write_programme

    practice = Practice(title="Patti", duration_days=2)
    session = Session(
        modality=Modality.WEBINAR,
        webinar_link="https://meet.example.org/patti?a=1&b=2",
        candidate_dates=[CandidateDate(day=date(2026, 4, 20))],
    )
    path = write_programme(tmp_path / "w.pdf", practice, [], [session])
    text = pdf_text(path)
    assert "Programma delle giornate" in text
    assert "Luogo Webinar sincrono – https://meet.example.org/patti?a=1&b=2" in text
    annotations = PdfReader(path).pages[0]["/Annots"]
    uris = {a.get_object()["/A"]["/URI"] for a in annotations}
    assert uris == {"https://meet.example.org/patti?a=1&b=2"}


def test_wording_helpers() -> None:
    assert participants_text(10, []) == "Massimo 10 persone"
    assert participants_text(1, ["Tecnico"]) == "Massimo 1 persona: tecnico"
    assert participants_text(8, ["Personale amministrativo", "ASST", "Educatori"]) == (
        "Massimo 8 persone, tra personale amministrativo, ASST e/o educatori"
    )
    assert duration_text(1) == "1 giornata di scambio e formazione"
    assert duration_text(3) == "3 giornate di scambio e formazione"
    assert topic_heading("Titolo", followed_by_text=True) == "Titolo:"
    assert topic_heading("Titolo.", followed_by_text=True) == "Titolo."
    assert topic_heading("Titolo", followed_by_text=False) == "Titolo"
    assert short_title(SAMPLE_TITLE) == "Patti di Cittadinanza"
    assert short_title("Orti urbani - il modello Monza") == "Orti urbani"
    assert short_title("Co-progettazione") == "Co-progettazione"


# --- file names and targets -----------------------------------------------------------------


def test_suggested_file_names(sample: Practice) -> None:
    assert suggested_file_name(sample, DocumentKind.PRACTICE_CARD) == (
        "Scheda buona pratica - Patti di Cittadinanza.pdf"
    )
    assert suggested_file_name(sample, "programme") == "Programma - Patti di Cittadinanza.pdf"
    assert suggested_file_name(Practice(title="  "), "card") == "Scheda buona pratica.pdf"


@pytest.mark.parametrize(
    "title",
    [
        'Orti <urbani> "2026" a/b\\c|d?e*f\tg\x7f.',
        "Parola " * 40,
        "Titolo che finisce con punti...",
        "x" * 200,
    ],
)
def test_suggested_file_names_are_valid_on_windows(title: str) -> None:
    for kind in DocumentKind:
        name = suggested_file_name(Practice(title=title), kind)
        stem = name.removesuffix(".pdf")
        assert name.endswith(".pdf")
        assert not re.search(r'[<>:"/\\|?*\x00-\x1f\x7f]', name)
        assert len(stem) <= 80
        assert stem == stem.strip() and not stem.endswith(".")


def test_export_refuses_a_wrong_target_or_practice(
    db: Database, sample: Practice, tmp_path: Path
) -> None:
    assert sample.id is not None
    with pytest.raises(DomainError, match=r"estensione \.pdf"):
        export_practice_card(db, sample.id, tmp_path / "scheda.txt")
    folder = tmp_path / "cartella.pdf"
    folder.mkdir()
    with pytest.raises(DomainError, match="è una cartella"):
        export_programme(db, sample.id, folder)
    with pytest.raises(NotFoundError, match="non esiste"):
        export_programme(db, 999, tmp_path / "x.pdf")
    written = {p.name for p in tmp_path.iterdir()} - {"Scambi 2026"}  # the SQLite file's folder
    assert written == {"cartella.pdf"}


def test_export_accepts_upper_case_pdf_and_replaces_an_old_file(
    db: Database, sample: Practice, tmp_path: Path
) -> None:
    assert sample.id is not None
    target = tmp_path / "Programma.PDF"
    target.write_bytes(b"vecchio")
    written = export_programme(db, sample.id, target)
    assert written == target.absolute()
    assert target.read_bytes().startswith(b"%PDF-")
    assert list_items(db, sample.id)  # the database is only read


def test_importing_the_services_and_cli_does_not_load_reportlab() -> None:
    code = (
        "import sys, exchange_desktop.services.documents.practice_documents, "
        "exchange_desktop.cli.main; "
        "print(sorted(m for m in sys.modules if m.startswith('reportlab')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    assert result.stdout.strip() == "[]"
