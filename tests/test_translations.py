"""The English catalogue is complete and consistent, and documents stay Italian.

Every string lupdate extracts from the sources must have a finished English translation in
the committed .ts, keeping the source's placeholders and mnemonic, and the committed .qm
must give exactly those translations.  Document texts are not marked, so they are outside
this check by construction; the last tests show that English leaves the documents Italian.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path
from types import ModuleType

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QTranslator

from exchange_desktop import language
from exchange_desktop.domain.errors import DomainError
from exchange_desktop.formatting import long_date
from exchange_desktop.services.attendance import marks as attendance
from exchange_desktop.services.documents import practice_documents as documents
from exchange_desktop.services.documents.day_documents import (
    export_certificates,
    export_signin_sheet,
)
from exchange_desktop.services.documents.roster_export import export_roster_xlsx
from exchange_desktop.storage.database import Database
from exchange_desktop.translation import describe_error
from tests.day_helpers import APRIL_20, confirmed_session, pdf_text, sign_up, unconfirmed_session

ROOT = Path(__file__).resolve().parent.parent


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts/translations.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["translations"] = module
    spec.loader.exec_module(module)
    return module


translations = _load_script()


def test_every_string_shown_to_the_user_has_a_finished_english_translation() -> None:
    report = [
        item
        for item in translations.missing_report()
        if item["state"] not in ("vanished", "obsolete")
    ]
    listing = "\n".join(
        f"{', '.join(i['locations'])} [{i['context']}] {i['source']!r}: {i['problem']}"
        for i in report
    )
    assert not report, (
        "strings without English (python scripts/translations.py update, translate, build):\n"
        + listing
    )


def test_placeholders_and_mnemonics_match_between_italian_and_english() -> None:
    entries = [
        e
        for e in translations.read_entries(translations.TS_FILE)
        if e.translation and e.state not in ("vanished", "obsolete")
    ]
    assert len(entries) > 600
    wrong = [(e.context, e.source, p) for e in entries for p in translations.problems(e)]
    assert not wrong


def test_the_consistency_check_notices_a_lost_placeholder_or_mnemonic() -> None:
    entry = translations.Entry("Ctx", "&Salva {path}", "Save {file}", "finished", ())
    found = translations.problems(entry)
    assert any("placeholders" in p for p in found)
    assert any("mnemonic" in p for p in found)
    ok = translations.Entry("Ctx", "&Salva {path}", "&Save {path}", "finished", ())
    assert translations.problems(ok) == []


def test_the_committed_qm_gives_every_translation_of_the_ts() -> None:
    translator = QTranslator()
    assert translator.load(str(translations.QM_FILE))
    finished = [e for e in translations.read_entries(translations.TS_FILE) if e.state == "finished"]
    stale = [
        (e.context, e.source)
        for e in finished
        if translator.translate(e.context, e.source) != e.translation
    ]
    assert not stale, "run: python scripts/translations.py build"


@pytest.fixture
def english() -> Iterator[None]:
    language.install_translators("en")
    yield
    language.remove_translators()


def _documents(db: Database, practice_id: int, session_id: int, folder: Path) -> object:
    folder.mkdir()
    texts = [
        pdf_text(documents.export_practice_card(db, practice_id, folder / "scheda.pdf")),
        pdf_text(documents.export_programme(db, practice_id, folder / "programma.pdf")),
        pdf_text(export_signin_sheet(db, session_id, folder / "firme.pdf")),
        pdf_text(export_certificates(db, session_id, folder / "attestati.pdf")),
    ]
    book = load_workbook(export_roster_xlsx(db, practice_id, folder / "iscritti.xlsx"))
    cells = [  # the time of extraction aside
        [c for row in sheet.iter_rows(values_only=True) for c in row if not isinstance(c, datetime)]
        for sheet in book
    ]
    return "\n".join(texts), book.sheetnames, cells


def test_documents_are_the_same_italian_papers_whatever_the_interface_language(
    db: Database, tmp_path: Path, english: None
) -> None:
    practice, session_id = confirmed_session(db)
    assert practice.id is not None
    ids = sign_up(db, session_id, [("Rossi", "Anna"), ("Bianchi", "Luca")])
    attendance.set_attendance(db, ids[0], True, time(9, 30), time(13, 0))
    assert long_date(APRIL_20) == "Monday 20 April 2026"  # the screen speaks English
    in_english = _documents(db, practice.id, session_id, tmp_path / "en")
    language.remove_translators()
    in_italian = _documents(db, practice.id, session_id, tmp_path / "it")
    assert in_english == in_italian
    text = in_english[0]
    assert "lunedì 20 aprile 2026" in text
    assert "per complessive 3 ore e 30 minuti su 3 ore e 30 minuti previste." in text
    assert "April" not in text


def test_a_message_naming_a_document_is_english_throughout(db: Database, english: None) -> None:
    _practice, session_id = unconfirmed_session(db)
    with pytest.raises(DomainError) as raised:
        export_signin_sheet(db, session_id, Path("firme.pdf"))
    assert describe_error(raised.value).startswith("Cannot prepare the sign-in sheet: session")
    assert str(raised.value.message).startswith("Impossibile preparare il foglio firme")


def test_calls_lupdate_cannot_read_are_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "exchange_desktop"
    package.mkdir()
    (package / "widget.py").write_text(
        'CONTEXT = "Widget"\n'
        'a = translate(CONTEXT, "Salva")\n'
        'b = self.tr(f"Riga {n}")\n'
        'c = translate("Widget", "Chiudi")\n',
        encoding="utf-8",
    )
    monkeypatch.setattr(translations, "ROOT", tmp_path)
    monkeypatch.setattr(translations, "SOURCES", package)
    found = {(i["locations"][0], i["problem"][:14]) for i in translations.unextractable()}
    assert found == {
        ("exchange_desktop/widget.py:2", "the context mu"),
        ("exchange_desktop/widget.py:3", "an f-string ca"),
    }


def test_holidays_are_named_in_the_interface_language(english: None) -> None:
    from exchange_desktop.domain.calendar_rules import holiday_names

    assert holiday_names(date(2026, 4, 6)) == ["Easter Monday"]
    language.remove_translators()
    assert holiday_names(date(2026, 4, 6)) == ["Lunedì dell'Angelo"]


def test_joined_messages_are_translated_part_by_part_when_shown(english: None) -> None:
    """A row's reasons joined into one message: Italian as ``str``, each part in English
    through ``tr_message``; no part, no message; one part, that message."""
    from exchange_desktop.i18n import QT_TRANSLATE_NOOP, Message, joined
    from exchange_desktop.translation import tr_message

    missing = Message("ParticipantImport", QT_TRANSLATE_NOOP("ParticipantImport", "Manca il nome."))
    row = Message(
        "ParticipantImport",
        QT_TRANSLATE_NOOP("ParticipantImport", "Riga {row}: {reason}"),
        row=4,
        reason=missing,
    )
    both = joined([missing, None, row])
    assert both is not None
    assert str(both) == "Manca il nome. Riga 4: Manca il nome."
    assert tr_message(both) == "Name is missing. Row 4: Name is missing."
    assert joined([None]) is None
    assert joined([missing]) is missing
    braces = joined([missing, missing], separator=" {·} ")
    assert braces is not None and str(braces) == "Manca il nome. {·} Manca il nome."
