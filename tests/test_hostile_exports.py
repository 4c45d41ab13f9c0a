"""Hostile text that validation accepts, through every export: it comes out exactly as it
went in (Excel cell, .ics field) or, in a PDF, printed literally; never a crash, never a
formula, never markup interpreted.  File names built from user text are always valid."""

from __future__ import annotations

import json
import re
import tempfile
import unicodedata
from datetime import time
from pathlib import Path

import icalendar
import pytest
from day_helpers import confirmed_session, page_texts
from hostile_text import LONE_SURROGATES, WINDOWS_NAMES, hostile_text, long_text, printable_text
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from exchange_desktop.domain.errors import ValidationError
from exchange_desktop.domain.programme import ProgrammeItem
from exchange_desktop.domain.roster import Organisation, Participant
from exchange_desktop.exports.wording import short_title
from exchange_desktop.services import roster
from exchange_desktop.services.attendance import marks as attendance_service
from exchange_desktop.services.documents import day_documents, roster_export
from exchange_desktop.services.documents import practice_documents as documents
from exchange_desktop.services.documents.practice_documents import MAX_FILE_STEM, safe_name_part
from exchange_desktop.services.practices import catalogue as practices
from exchange_desktop.services.practices import programme
from exchange_desktop.services.roster import organisations
from exchange_desktop.services.scheduling import calendar
from exchange_desktop.services.scheduling import sessions as scheduling
from exchange_desktop.storage.database import Database

HOSTILE = settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
FORMULA_STARTS = ("=", "+", "-", "@")
_SAFE = re.compile(r"[A-Za-z0-9<>/&;=+\-@\"'`()%_{}\[\]\\.,:!?|*#$^~àèéìòùÈ]")


def printed(text: str) -> str:
    """The characters every PDF must show literally: ASCII (markup, formulas, quotes, SQL)
    and Italian accents; without white space, as wrapping moves it."""
    return "".join(ch for ch in unicodedata.normalize("NFC", text) if _SAFE.fullmatch(ch))


def assert_printed(value: str, pdf: Path) -> None:
    text = printed("".join(page_texts(pdf)))
    assert printed(value) in text


@pytest.fixture
def day(db: Database) -> tuple[int, int, int, int]:
    """The sample practice held on 20 April; one person signed up and present; one Ente.

    Returns the ids of the practice, the session, the registration and the participant.
    """
    practice, session_id = confirmed_session(db)
    assert practice.id is not None
    ente = organisations.add_organisation(db, Organisation(name="Comune di Lissone"))
    outcome = roster.register(
        db,
        session_id,
        Participant(surname="Rossi", name="Anna", organisation_id=ente.id, role="Istruttore"),
    )
    attendance_service.set_attendance(
        db, outcome.row.registration_id, True, time(9, 30), time(13, 0)
    )
    return practice.id, session_id, outcome.row.registration_id, outcome.row.participant_id


def accepted(save: object) -> bool:
    """Run a save; False when validation refused the value (covered elsewhere)."""
    try:
        save()  # type: ignore[operator]
    except ValidationError:
        return False
    return True


# --- Excel roster ------------------------------------------------------------------------------


@HOSTILE
@given(value=st.one_of(printable_text(), hostile_text()))
@example(value='=HYPERLINK("http://x","y")')
@example(value="+cmd|' /C calc'!A0")
@example(value="-1+1")
@example(value="@SUM(1)")
@example(value="#N/A")
@example(value="Ω\uffff")
def test_excel_roster_cells_equal_and_never_formulas(
    db: Database, tmp_path: Path, day: tuple[int, int, int, int], value: str
) -> None:
    practice_id, _session_id, _registration_id, participant_id = day
    if not accepted(
        lambda: roster.update_participant(db, participant_id, surname=value, name=value, role=value)
    ):
        return
    accepted(lambda: practices.update_practice(db, practice_id, title=f"Pratica {value}"))
    stored = roster.get_participant(db, participant_id)
    path = roster_export.export_roster_xlsx(
        db, practice_id, tmp_path / "Partecipanti.xlsx", ["surname", "name", "role"]
    )
    sheet = load_workbook(path).worksheets[0]
    header = [cell.value for cell in sheet[1]]
    person = list(sheet[2])
    for key, label in (("surname", "Cognome"), ("name", "Nome"), ("role", "Ruolo")):
        cell = person[header.index(label)]
        assert cell.data_type != "f"
        assert cell.value == getattr(stored, key)
        if str(cell.value).startswith(FORMULA_STARTS):
            assert cell.data_type == "s"
    for row in load_workbook(path).worksheets[-1].iter_rows():
        assert all(cell.data_type != "f" for cell in row)
    # The title in the printed page header: every "&" doubled, never a header code (&P…).
    assert "&" not in sheet.oddHeader.center.text.replace("&&", "")


# --- PDFs ---------------------------------------------------------------------------------


@pytest.mark.slow
@HOSTILE
@given(value=printable_text())
@example(value="<b>Grassetto</b> &amp; </para><para>")
@example(value='=HYPERLINK("http://x","y") \u202eevil\u202c')
@example(value="'; DROP TABLE participants; -- «»“”‘’")
def test_practice_card_and_programme_print_text_literally(
    db: Database, tmp_path: Path, day: tuple[int, int, int, int], value: str
) -> None:
    practice_id = day[0]
    practices.update_practice(db, practice_id, host_comune=value, description=value)
    programme.replace_programme(db, practice_id, [ProgrammeItem(title=f"Tema {value}", text=value)])
    card = documents.export_practice_card(db, practice_id, tmp_path / "scheda.pdf")
    assert_printed(value, card)
    day_programme = documents.export_programme(db, practice_id, tmp_path / "programma.pdf")
    assert_printed(value, day_programme)


@pytest.mark.slow
@HOSTILE
@given(value=printable_text())
@example(value="<b>Rossi</b>&amp;")
@example(value="</para>D'Angelo")
def test_signin_sheet_and_certificates_print_names_literally(
    db: Database, tmp_path: Path, day: tuple[int, int, int, int], value: str
) -> None:
    _practice_id, session_id, _registration_id, participant_id = day
    if not accepted(lambda: roster.update_participant(db, participant_id, surname=value)):
        return
    surname = roster.get_participant(db, participant_id).surname
    sheet = day_documents.export_signin_sheet(db, session_id, tmp_path / "firme.pdf")
    assert_printed(surname, sheet)
    certificates = day_documents.export_certificates(db, session_id, tmp_path / "attestati.pdf")
    assert_printed(surname, certificates)


@pytest.mark.slow
@settings(HOSTILE, max_examples=3)
@given(value=long_text())
def test_long_texts_do_not_break_the_pdfs(
    db: Database, tmp_path: Path, day: tuple[int, int, int, int], value: str
) -> None:
    """10,000 characters in a description and a programme item: printed over several pages
    (whose headers and footers cut the text, hence the count), never a crash."""
    practice_id, session_id = day[0], day[1]
    piece = printed(value[:12])
    expected = printed(value).count(piece)
    practices.update_practice(db, practice_id, description=value)
    programme.replace_programme(db, practice_id, [ProgrammeItem(title="Titolo", text=value)])
    for pdf in (
        documents.export_practice_card(db, practice_id, tmp_path / "s.pdf"),
        documents.export_programme(db, practice_id, tmp_path / "p.pdf"),
    ):
        pages = [printed(text) for text in page_texts(pdf)]
        assert sum(text.count(piece) for text in pages) >= expected - 2 * len(pages)
    scheduling.update_session(db, session_id, notes=value[:5000])
    day_documents.export_signin_sheet(db, session_id, tmp_path / "f.pdf")


# --- calendar file --------------------------------------------------------------------------


@HOSTILE
@given(
    title=printable_text(),
    venue=printable_text(),
    notes=st.one_of(printable_text(), long_text().map(lambda t: t[:5000])),
)
@example(title="Patti; di, Cittadinanza\\n", venue='Sala "Giunta"; piano 1, lato \\', notes="a\nb")
@example(title="Forlì", venue="\ufeff", notes="")
@example(title="<b>x</b> &amp;", venue='=HYPERLINK("x")', notes="\u202e👩‍💻🇮🇹")
def test_ics_fields_equal_the_input(
    db: Database,
    tmp_path: Path,
    day: tuple[int, int, int, int],
    title: str,
    venue: str,
    notes: str,
) -> None:
    practice_id, session_id = day[0], day[1]
    if not accepted(
        lambda: practices.update_practice(db, practice_id, title=title, host_comune=title)
    ):
        return
    if not accepted(lambda: scheduling.update_session(db, session_id, venue=venue, room="")):
        return
    scheduling.update_session(db, session_id, notes=notes)
    practice = practices.get_practice(db, practice_id)
    session = scheduling.get_session(db, session_id)
    path = calendar.export_ics(db, session_id, tmp_path / "scambio.ics")
    (event,) = icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    assert str(event["SUMMARY"]) == f"Scambio di buone pratiche: {short_title(practice.title)}"
    assert str(event["LOCATION"]) == (session.venue or practice.host_comune)
    description = str(event["DESCRIPTION"])
    assert f"Scambio di buone pratiche: {' '.join(practice.title.split())}" in description
    assert f"Ente ospitante: {practice.host_comune}" in description
    assert str(event["UID"]).isascii()
    if session.notes.strip():
        assert description.endswith(session.notes.strip())


# --- file names ------------------------------------------------------------------------------

_RESERVED = re.compile(r"^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])(\..*)?$", re.IGNORECASE)


def assert_valid_file_name(name: str) -> None:
    assert name
    assert not re.search(r'[<>:"/\\|?*\x00-\x1f]', name), name
    assert not _RESERVED.match(name.split(".", maxsplit=1)[0].strip()), name
    assert not name.endswith((".", " ")), name
    assert len(name) <= MAX_FILE_STEM + 10, name
    assert not any(unicodedata.category(ch) in {"Cc", "Cs", "Cf"} for ch in name), name


@settings(HOSTILE, max_examples=60)
@given(value=st.one_of(hostile_text(), st.sampled_from(WINDOWS_NAMES + LONE_SURROGATES)))
@example(value="CON")
@example(value="com1.txt")
@example(value="nul .")
@example(value="Rossi.")
@example(value="gpj.\u202eexe")
@example(value="../../etc/passwd")
def test_safe_name_part_is_a_valid_windows_name(value: str) -> None:
    part = safe_name_part(value)
    if part:
        assert_valid_file_name(part)


@settings(HOSTILE, max_examples=40)
@given(surname=hostile_text(), name=hostile_text())
@example(surname="CON", name="")
@example(surname="..", name=".")
@example(surname="", name="<b>&amp;" * 1250)
def test_certificate_file_names_are_valid(surname: str, name: str) -> None:
    assert_valid_file_name(day_documents.suggested_certificate_file_name(surname, name))


@pytest.mark.slow
@settings(HOSTILE, max_examples=10)
@given(surnames=st.lists(printable_text(), min_size=2, max_size=3))
@example(surnames=["CON", "con", "../../etc/passwd"])
@example(surnames=["<b>&amp;" * 37, "\u202egpj.exe", "Rossi."])
def test_one_certificate_file_per_person_stays_in_the_folder(
    db: Database, tmp_path: Path, day: tuple[int, int, int, int], surnames: list[str]
) -> None:
    """Hostile names never make a file outside the folder, nor one overwrite another."""
    _practice_id, session_id, registration_id, participant_id = day
    roster.update_participant(db, participant_id, surname="Rossi")
    for registration in roster.roster(db, day[0], session_id):
        if registration.registration_id != registration_id:
            roster.delete_registration(db, registration.registration_id)
    ids = [registration_id]
    for surname in surnames:
        if not _visible(surname):
            continue
        outcome = roster.register(db, session_id, Participant(surname=surname, name="Anna"))
        attendance_service.set_attendance(db, outcome.row.registration_id, True)
        ids.append(outcome.row.registration_id)
    folder = Path(tempfile.mkdtemp(dir=tmp_path)) / "attestati è"
    written = day_documents.export_certificates_each(db, session_id, folder)
    assert len(written) == len(ids)
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in written)
    for path in written:
        assert path.parent == folder.absolute()
        assert_valid_file_name(path.name)
        assert path.read_bytes().startswith(b"%PDF-")


def _visible(text: str) -> bool:
    return any(not ch.isspace() and unicodedata.category(ch) != "Cf" for ch in text)


@HOSTILE
@given(value=printable_text())
@example(value='=HYPERLINK("http://x","y") </para> "\\u0000" \\')
def test_personal_data_json_holds_the_text_exactly(
    db: Database, tmp_path: Path, day: tuple[int, int, int, int], value: str
) -> None:
    participant_id = day[3]
    if not accepted(lambda: roster.update_participant(db, participant_id, role=value)):
        return
    stored = roster.get_participant(db, participant_id)
    path = roster.export_personal_data_file(db, participant_id, tmp_path / "dati è.json")
    text = path.read_text(encoding="utf-8")
    assert stored.role in text_values(json.loads(text))


def text_values(data: object) -> list[str]:
    """Every string anywhere in a JSON document."""
    if isinstance(data, str):
        return [data]
    if isinstance(data, dict):
        return [v for value in data.values() for v in text_values(value)]
    if isinstance(data, list):
        return [v for value in data for v in text_values(value)]
    return []
