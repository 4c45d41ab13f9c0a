"""The certificates of attendance read back with pypdf: one page per person present."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from day_helpers import (
    HOSTILE,
    assert_in_order,
    confirmed_session,
    ente,
    flat,
    page_texts,
    pdf_text,
    sign_up,
    unconfirmed_session,
)
from pypdf import PdfReader

from exchange_desktop.domain.enums import Modality
from exchange_desktop.domain.errors import DomainError
from exchange_desktop.formatting import plain_date
from exchange_desktop.services import roster
from exchange_desktop.services.attendance import marks as attendance_service
from exchange_desktop.services.documents.day_documents import (
    export_certificates,
    export_certificates_each,
    suggested_certificate_file_name,
    suggested_certificates_name,
)
from exchange_desktop.services.practices.catalogue import update_practice
from exchange_desktop.services.scheduling import sessions as scheduling
from exchange_desktop.storage.database import Database

MORNING = (time(9, 30), time(13, 0))


@pytest.mark.both_backends  # one run of this export on the server too
def test_one_page_per_person_present_in_surname_order(db: Database, tmp_path: Path) -> None:
    _practice, session_id = confirmed_session(db)
    lissone = ente(db, "Comune di Lissone")
    ids = sign_up(
        db,
        session_id,
        [("Zanetti", "Chiara"), ("Assente", "Aldo"), ("Bianchi", "Anna"), ("Rossi", "Ugo")],
        lissone,
    )
    attendance_service.set_attendance(db, ids[0], True, *MORNING)
    attendance_service.set_attendance(db, ids[1], False)
    attendance_service.set_attendance(db, ids[2], True, time(9, 30), time(11, 15))
    attendance_service.set_attendance(db, ids[3], True)  # present, no times: the whole sitting
    path = export_certificates(db, session_id, tmp_path / "attestati.pdf")
    pages = [flat(text) for text in page_texts(path)]
    assert len(pages) == 3
    bianchi, rossi, zanetti = pages
    for text in pages:
        assert_in_order(
            text,
            [
                "Comune di Monza",
                "Servizio Partecipazione, Giovani e Pari Opportunità",
                "ATTESTATO DI PARTECIPAZIONE",
                "Si attesta che",
                "Ente di appartenenza: Comune di Lissone",
                "ha partecipato all'attività di scambio di buone pratiche",
                "Patti di Cittadinanza: interventi e progettualità su scala quartiere",
                "organizzata dal Comune di Monza e svoltasi lunedì 20 aprile 2026 presso "
                "Palazzo Comunale, Sala Giunta,",
                "per complessive",
                f"Monza, {plain_date(date.today())}",
                "Maria Rossi",
                "Responsabile del Servizio Partecipazione",
            ],
        )
        assert "Pagina" not in text
        assert "Firma autografa" not in text
        assert "Assente" not in text
    assert "Anna Bianchi" in bianchi
    assert "per complessive 1 ora e 45 minuti su 3 ore e 30 minuti previste." in bianchi
    assert "Ugo Rossi" in rossi
    assert "per complessive 3 ore e 30 minuti su 3 ore e 30 minuti previste." in rossi
    assert "Chiara Zanetti" in zanetti
    assert "per complessive 3 ore e 30 minuti su 3 ore e 30 minuti previste." in zanetti
    reader = PdfReader(path)
    assert {round(float(page.mediabox.width)) for page in reader.pages} == {595}
    assert reader.metadata is not None
    assert reader.metadata.title == "Attestato di partecipazione – Patti di Cittadinanza"


def test_nobody_present_is_refused(db: Database, tmp_path: Path) -> None:
    _practice, session_id = confirmed_session(db)
    ids = sign_up(db, session_id, [("Rossi", "Anna"), ("Bianchi", "Bruno")])
    attendance_service.set_attendance(db, ids[0], False)
    with pytest.raises(DomainError, match="nessun partecipante segnato presente"):
        export_certificates(db, session_id, tmp_path / "attestati.pdf")
    with pytest.raises(DomainError, match="nessun partecipante segnato presente"):
        export_certificates_each(db, session_id, tmp_path / "cartella")
    assert not (tmp_path / "attestati.pdf").exists()
    assert not (tmp_path / "cartella").exists()


def test_a_cancelled_registration_gets_no_certificate(db: Database, tmp_path: Path) -> None:
    _practice, session_id = confirmed_session(db)
    ids = sign_up(db, session_id, [("Rossi", "Anna"), ("Bianchi", "Bruno")])
    attendance_service.mark_all_present(db, session_id)
    roster.cancel_registration(db, ids[0])
    pages = page_texts(export_certificates(db, session_id, tmp_path / "attestati.pdf"))
    assert len(pages) == 1
    assert "Bruno Bianchi" in flat(pages[0])


def test_a_session_without_a_confirmed_date_is_refused(db: Database, tmp_path: Path) -> None:
    _practice, session_id = unconfirmed_session(db)
    with pytest.raises(DomainError, match="non ha ancora una data confermata"):
        export_certificates(db, session_id, tmp_path / "attestati.pdf")


def test_two_days_give_both_dates_and_the_hours_of_both(db: Database, tmp_path: Path) -> None:
    _practice, session_id = confirmed_session(db, duration_days=2)
    (registration,) = sign_up(db, session_id, [("Rossi", "Anna")])
    attendance_service.set_attendance(db, registration, True, *MORNING, day=date(2026, 4, 20))
    attendance_service.set_attendance(
        db, registration, True, time(10), time(12), day=date(2026, 4, 21)
    )
    text = pdf_text(export_certificates(db, session_id, tmp_path / "attestati.pdf"))
    assert "svoltasi nei giorni lunedì 20 e martedì 21 aprile 2026 presso" in text
    assert "per complessive 5 ore e 30 minuti su 7 ore previste." in text


def test_hostile_names_print_literally(db: Database, tmp_path: Path) -> None:
    _practice, session_id = confirmed_session(db)
    organisation = ente(db, 'Ente <i>Prova</i> & "Figli"')
    sign_up(db, session_id, HOSTILE, organisation)
    attendance_service.mark_all_present(db, session_id)
    pages = [
        flat(text) for text in page_texts(export_certificates(db, session_id, tmp_path / "a.pdf"))
    ]
    assert len(pages) == len(HOSTILE)
    text = " ".join(pages)
    for surname, name in HOSTILE:
        assert f"{name} {surname}" in text, surname
    assert 'Ente di appartenenza: Ente <i>Prova</i> & "Figli"' in text


def test_a_webinar_and_a_huge_title_still_fit_one_page(db: Database, tmp_path: Path) -> None:
    practice, session_id = confirmed_session(db)
    assert practice.id is not None
    longest = ("Titolo lunghissimo " * 20)[:300].strip()
    update_practice(db, practice.id, title=longest, sector=longest, office=longest)
    scheduling.update_session(db, session_id, modality=Modality.WEBINAR)
    sign_up(db, session_id, [("Rossi", "Anna"), ("Bianchi", "Bruno")], ente(db, longest))
    attendance_service.mark_all_present(db, session_id)
    pages = page_texts(export_certificates(db, session_id, tmp_path / "attestati.pdf"))
    assert len(pages) == 2
    for text in pages:
        assert "svoltasi lunedì 20 aprile 2026 in modalità webinar, per complessive" in flat(text)
        assert "Responsabile del Servizio Partecipazione" in text


def test_one_file_each_named_after_the_person(db: Database, tmp_path: Path) -> None:
    _practice, session_id = confirmed_session(db)
    people = [("Rossi", "Anna"), ("D'Angelo", "Maria"), ("rossi", "anna"), ("A/B: c?", "Łukasz")]
    sign_up(db, session_id, people)
    attendance_service.mark_all_present(db, session_id)
    folder = tmp_path / "attestati è" / "aprile"
    written = export_certificates_each(db, session_id, folder)
    assert [path.name for path in written] == [
        "Attestato - A B c Łukasz.pdf",
        "Attestato - D'Angelo Maria.pdf",
        "Attestato - Rossi Anna.pdf",
        "Attestato - rossi anna (2).pdf",
    ]
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in written)
    for path in written:
        assert path.is_absolute()
        assert len(PdfReader(path).pages) == 1
    assert "Maria D'Angelo" in pdf_text(written[1])
    written_again = export_certificates_each(db, session_id, folder)  # replaced, not added
    assert written_again == written
    assert len(list(folder.iterdir())) == 4


def test_one_file_each_refuses_a_file_as_folder(db: Database, tmp_path: Path) -> None:
    _practice, session_id = confirmed_session(db)
    sign_up(db, session_id, [("Rossi", "Anna")])
    attendance_service.mark_all_present(db, session_id)
    not_a_folder = tmp_path / "file.txt"
    not_a_folder.write_text("x")
    with pytest.raises(DomainError, match="non è una cartella"):
        export_certificates_each(db, session_id, not_a_folder)


def test_suggested_names(db: Database) -> None:
    practice, session_id = confirmed_session(db)
    session = scheduling.get_session(db, session_id)
    assert suggested_certificates_name(practice, session) == (
        "Attestati 2026-04-20 - Patti di Cittadinanza.pdf"
    )
    assert suggested_certificate_file_name("Rossi", "Anna") == "Attestato - Rossi Anna.pdf"
    assert suggested_certificate_file_name(" ", "") == "Attestato.pdf"
    assert suggested_certificate_file_name("Dots...", "") == "Attestato - Dots.pdf"
