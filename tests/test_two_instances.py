"""Two programs on one database file (two windows, a colleague on a shared folder).

Each side opens the file with its own :class:`Database`, as a second process would: an
autosaved form never overwrites unknowingly what the other saved after the form loaded it,
and a file held by the other for too long gives a clear message, not an unexpected error.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import time as clock
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QTableView
from ui_helpers import child, make_window
from writer_helpers import IMPORT_ROWS, Reported, check_file, start_writer

from exchange_desktop.cli.main import run
from exchange_desktop.domain.errors import ConflictError
from exchange_desktop.services.practices import catalogue as practice_service
from exchange_desktop.services.practices import programme as programme_service
from exchange_desktop.services.practices.sample import load_sample
from exchange_desktop.services.scheduling import sessions as scheduling_service
from exchange_desktop.services.scheduling.sessions import session_summaries
from exchange_desktop.storage.database import Database, open_database
from exchange_desktop.storage.sqlite import engine as database_module
from exchange_desktop.storage.sqlite.errors import DatabaseBusyError

CONFLICT = "Nel frattempo questo campo è stato modificato da un'altra finestra"
BUSY = "è occupato: è aperto in un'altra finestra o da un altro utente"
#: Short, so that waiting for the other side does not slow the tests down.
TEST_BUSY_MS = 300


@pytest.fixture
def colleague(db: Database, db_path: Path) -> Iterator[Database]:
    """The other program: its own connections to the same file."""
    load_sample(db)
    other = open_database(db_path)
    yield other
    other.close()


@pytest.fixture
def window(qtbot, db: Database, colleague: Database, tmp_path: Path):
    return make_window(qtbot, db, tmp_path / "settings.ini")


def _type(qtbot, widget, text: str) -> None:
    """Replace a one-line field's text as the clerk does, from the keyboard."""
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def _error_text(window, name: str) -> str:
    label = window.findChild(QLabel, f"{name}Error")
    return label.text() if label is not None and label.isVisibleTo(window) else ""


def test_practice_field_saved_elsewhere_is_not_overwritten(
    qtbot, window, db, colleague, no_unanswered_dialogs: list[str]
) -> None:
    practice_id = window.practice_tab.practice_id
    practice_service.update_practice(colleague, practice_id, aim="Scritto dalla collega.")

    aim = child(window, "aimEdit")
    aim.setPlainText("Scritto in questa finestra.")
    assert window.practice_tab.form.flush() is False

    assert practice_service.get_practice(db, practice_id).aim == "Scritto dalla collega."
    assert aim.toPlainText() == "Scritto dalla collega."  # the form shows what is stored
    status = child(window, "saveStateLabel").text()
    assert status.startswith("Non salvato: " + CONFLICT), status
    assert CONFLICT in _error_text(window, "aim")

    # Now that the clerk has seen it, an edit of the field is saved; so is any other field.
    aim.setPlainText("Deciso dopo aver letto la collega.")
    _type(qtbot, child(window, "officeEdit"), "Ufficio Europa")
    assert window.practice_tab.form.flush() is True
    stored = practice_service.get_practice(db, practice_id)
    assert (stored.aim, stored.office) == ("Deciso dopo aver letto la collega.", "Ufficio Europa")
    assert _error_text(window, "aim") == ""
    assert no_unanswered_dialogs == []


def test_only_the_field_changed_elsewhere_is_held_back(qtbot, window, db, colleague) -> None:
    practice_id = window.practice_tab.practice_id
    practice_service.update_practice(colleague, practice_id, sector="Area Servizi")
    _type(qtbot, child(window, "sectorEdit"), "Area Affari Generali")
    _type(qtbot, child(window, "officeEdit"), "Ufficio Partecipazione")
    window.practice_tab.form.flush()  # (leaving the field may have saved it already)
    assert window.practice_tab.form.flush() is True  # nothing is left pending
    stored = practice_service.get_practice(db, practice_id)
    assert (stored.sector, stored.office) == ("Area Servizi", "Ufficio Partecipazione")
    assert child(window, "sectorEdit").text() == "Area Servizi"
    assert CONFLICT in _error_text(window, "sector")
    assert _error_text(window, "office") == ""


def test_leaving_after_a_conflict_saves_the_rest_and_asks_nothing(
    window, db, colleague, no_unanswered_dialogs: list[str]
) -> None:
    practice_id = window.practice_tab.practice_id
    practice_service.update_practice(colleague, practice_id, aim="Scritto dalla collega.")
    child(window, "aimEdit").setPlainText("Scritto in questa finestra.")
    child(window, "descriptionEdit").setPlainText("Descrizione nuova.")

    assert window.may_leave_edits() is True  # no "valori non validi" question
    stored = practice_service.get_practice(db, practice_id)
    assert (stored.aim, stored.description) == ("Scritto dalla collega.", "Descrizione nuova.")
    assert CONFLICT in child(window, "saveStateLabel").text()
    assert no_unanswered_dialogs == []


def test_own_successive_saves_are_not_conflicts(window, db) -> None:
    """The base of the check is what was stored (tidied), not what was typed."""
    practice_id = window.practice_tab.practice_id
    title = child(window, "titleEdit")
    title.setPlainText("  Bilancio   partecipativo  ")
    assert window.practice_tab.form.flush() is True
    title.setPlainText("Bilancio partecipativo 2027")
    assert window.practice_tab.form.flush() is True
    assert practice_service.get_practice(db, practice_id).title == "Bilancio partecipativo 2027"


def test_session_field_saved_elsewhere_is_not_overwritten(qtbot, window, db, colleague) -> None:
    window.tabs.setCurrentWidget(window.schedule_tab)
    session_id = scheduling_service.list_sessions(db, window.practice_tab.practice_id)[0].id
    scheduling_service.update_session(colleague, session_id, capacity=12)

    capacity = child(window, "session_capacityEdit")
    _type(qtbot, capacity, "40")
    _type(qtbot, child(window, "session_venueEdit"), "Sala Consiliare")
    window.schedule_tab.form.flush()
    assert window.schedule_tab.form.flush() is True
    assert capacity.value() == 12
    assert CONFLICT in _error_text(window, "session_capacity")
    stored = scheduling_service.get_session(db, session_id)
    assert (stored.capacity, stored.venue) == (12, "Sala Consiliare")


def test_programme_item_saved_elsewhere_is_not_overwritten(window, db, colleague) -> None:
    window.tabs.setCurrentWidget(window.programme_tab)
    table = child(window, "programmeTable")
    assert isinstance(table, QTableView)
    table.setCurrentIndex(table.model().index(0, 1))
    item = window.programme_tab.current_item()
    programme_service.update_item(colleague, item.id, title="Titolo della collega")

    title = child(window, "item_titleEdit")
    title.setPlainText("Titolo di questa finestra")
    assert window.programme_tab.form.flush() is False
    assert title.toPlainText() == "Titolo della collega"
    stored = programme_service.list_items(db, window.programme_tab.practice_id)[0]
    assert stored.title == "Titolo della collega"


def test_conflict_check_in_the_service_writes_nothing(db, colleague) -> None:
    practice_id = practice_service.list_practices(db)[0].id
    practice_service.update_practice(colleague, practice_id, office="Ufficio A", sector="B")
    with pytest.raises(ConflictError) as caught:
        practice_service.update_practice(
            db,
            practice_id,
            expected={"office": "Ufficio Partecipazione", "sector": "B"},
            office="Ufficio C",
            sector="D",
        )
    assert caught.value.current == {"office": "Ufficio A"}
    stored = practice_service.get_practice(db, practice_id)
    assert (stored.office, stored.sector) == ("Ufficio A", "B")
    session_id = scheduling_service.list_sessions(db, practice_id)[0].id
    with pytest.raises(ConflictError):
        scheduling_service.update_session(
            db, session_id, expected={"start_time": clock(8, 0)}, start_time=clock(9, 0)
        )


@pytest.mark.slow
def test_two_programs_writing_at_the_same_time_lose_nothing(db: Database, db_path: Path) -> None:
    """Two processes edit, register and import into one file at once: each waits for the
    other's save (the busy timeout), and every change either reports is there, whole."""
    practice = load_sample(db)
    session_id = session_summaries(db, practice.id)[0].session.id
    base = [str(db_path), str(practice.id), str(session_id)]
    writers = [start_writer([*base, str(first), str(IMPORT_ROWS), "12"]) for first in (0, 1000)]
    reported = Reported()
    last_edits = []
    for writer in writers:
        out, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err
        before = len(reported.edits)
        for line in out.splitlines():
            reported.add(line)
        assert len(reported.edits) > before
        last_edits.append(f"Ufficio passo {reported.edits[-1]}")
    assert len(reported.edits + reported.registrations + reported.imports) == 24
    # The practice ends with the edit saved last, whichever program made it.
    assert practice_service.get_practice(db, practice.id).office in last_edits
    reported.edits.clear()  # (their order across the two programs is not known)
    check_file(db_path, reported, set())


# -- the file held by the other program ----------------------------------------------------


@pytest.fixture
def impatient(monkeypatch: pytest.MonkeyPatch) -> None:
    """Connections opened from now on wait only briefly for the other program."""
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", TEST_BUSY_MS)


@contextmanager
def _holding_the_write_lock(db: Database) -> Iterator[None]:
    """The other program in the middle of a long save (an import of thousands of rows)."""
    with db.transaction() as session:
        session.connection()  # the session begins lazily: take the lock now
        yield


def test_a_write_waits_briefly_then_says_the_database_is_busy(
    db_path: Path, colleague: Database, impatient: None
) -> None:
    mine = open_database(db_path)
    practice_id = practice_service.list_practices(mine)[0].id
    try:
        with _holding_the_write_lock(colleague):
            started = time.monotonic()
            with pytest.raises(DatabaseBusyError) as caught:
                practice_service.update_practice(mine, practice_id, office="Ufficio B")
            waited = time.monotonic() - started
            # Reading is never blocked by a writer.
            assert practice_service.get_practice(mine, practice_id).office != "Ufficio B"
        assert TEST_BUSY_MS / 1000 * 0.8 <= waited < 5
        assert BUSY in str(caught.value)
        practice_service.update_practice(mine, practice_id, office="Ufficio B")  # free again
        assert practice_service.get_practice(colleague, practice_id).office == "Ufficio B"
    finally:
        mine.close()


def test_busy_database_in_the_form_is_a_plain_status_then_saved(
    qtbot,
    db_path: Path,
    colleague: Database,
    impatient: None,
    tmp_path: Path,
    no_unanswered_dialogs: list[str],
) -> None:
    mine = open_database(db_path)
    try:
        window = make_window(qtbot, mine, tmp_path / "settings.ini")
        practice_id = window.practice_tab.practice_id
        office = child(window, "officeEdit")
        with _holding_the_write_lock(colleague):
            _type(qtbot, office, "Ufficio Europa")
            assert window.practice_tab.form.flush() is False
        assert BUSY in child(window, "saveStateLabel").text()
        assert window.practice_tab.form.has_pending_edits()  # kept, saved on the next round
        assert window.practice_tab.form.flush() is True
        assert practice_service.get_practice(colleague, practice_id).office == "Ufficio Europa"
        assert no_unanswered_dialogs == []  # no "unexpected error" box
        window.close()
    finally:
        mine.close()


def test_busy_database_on_the_command_line_is_a_one_line_message(
    db_path: Path, colleague: Database, impatient: None, capsys: pytest.CaptureFixture[str]
) -> None:
    with _holding_the_write_lock(colleague):
        # Reading goes on while the other program writes (WAL); writing has to wait.
        assert run(["practices", "--db", str(db_path)]) == 0
        capsys.readouterr()
        assert run(["sample", "--db", str(db_path)]) == 1
    err = capsys.readouterr().err
    assert BUSY in err
    assert "Traceback" not in err and "OperationalError" not in err
    assert err.count("\n") == 1
