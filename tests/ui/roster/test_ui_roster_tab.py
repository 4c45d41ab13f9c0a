"""The Partecipanti tab: 40 people in two sessions, seats and queue, Italian sort, search as
you type, the participant form (checks beside the fields, duplicates, waiting list), cancel
and promotion, attendance, the GDPR rights, the Enti, and a roster of 10,000."""

from __future__ import annotations

import html
import json
import re
import time as clock
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QWidget,
)
from roster_helpers import VALID_FISCAL_CODE, at, fill, two_sessions
from scheduling_helpers import APRIL_20, ente
from sqlalchemy import insert, select
from ui_helpers import child, make_window, run_action

from exchange_desktop.domain.enums import RegistrationStatus
from exchange_desktop.domain.roster import Participant
from exchange_desktop.domain.roster_rows import RosterEntry
from exchange_desktop.services import roster as service
from exchange_desktop.services.roster import organisations as organisation_service
from exchange_desktop.storage.database import Database, open_database
from exchange_desktop.storage.models import AttendanceRow, ParticipantRow, RegistrationRow
from exchange_desktop.ui.roster.organisations_dialog import OrganisationForm, OrganisationsDialog
from exchange_desktop.ui.roster.participant_dialog import ParticipantDialog
from exchange_desktop.ui.roster.roster_model import RosterTableModel

DISPLAY = Qt.ItemDataRole.DisplayRole
CHECK = Qt.ItemDataRole.CheckStateRole
CONFIRMED, WAITING = RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING
CANCELLED = RegistrationStatus.CANCELLED
# The roster's columns, looked up by name: the tests do not depend on their order.
NUMBER, SURNAME, NAME, ENTE, ROLE, EMAIL, PHONE, STATUS, PRESENT, SESSION = (
    RosterTableModel.column(key)
    for key in (
        "number", "surname", "name", "organisation", "role", "email", "phone", "status",
        "present", "session",
    )
)  # fmt: skip

LISSONE, SESTO, UNIONE, ASST = (
    "Comune di Lissone",
    "Comune di Sesto San Giovanni",
    "Unione dei Comuni Lombarda",
    "ASST Brianza",
)
DOMAINS = {
    LISSONE: "comune.lissone.mb.it",
    SESTO: "sestosg.net",
    UNIONE: "unionelombarda.it",
    ASST: "asst-brianza.it",
}
# Five surnames in D and E that a code-point sort scatters (capitals, apostrophe, accent);
# every other surname starts with another letter.
D_AND_E = ["D'Angelo", "de Luca", "De Rosa", "Èrcole", "Esposito"]
SURNAMES = [
    "Rossi", "Bianchi", "Colombo", "Ferrari", "Russo", "Romano", "Gallo", "Costa",
    "Fontana", "Conti", "Ricci", "Bruno", "Moretti", "Marino", "Greco", "Barbieri",
    "Lombardi", "Giordano", "Cassani", "Rinaldi", "Caruso", "Ferrara", "Galli", "Martini",
    "Leone", "Longo", "Gentile", "Martinelli", "Vitale", "Lombardo", "Serra", "Coppola",
    "Villa", "Marchi", "Parisi", *D_AND_E,
]  # fmt: skip
NAMES = ["Anna", "Marco", "Giulia", "Luca", "Chiara", "Paolo", "Sara", "Davide"]
ENTI = [LISSONE, SESTO, UNIONE, ASST]


def _ascii(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.lower().replace("è", "e"))


def _email(n: int) -> str:
    return f"{_ascii(NAMES[n % 8])}.{_ascii(SURNAMES[n])}@{DOMAINS[ENTI[n % 4]]}"


# --- fixtures and helpers ---------------------------------------------------------------------


@pytest.fixture
def sessions(db: Database):
    """The sample practice in "E" mode, with the four Enti on file."""
    practice, first, second = two_sessions(db)
    enti = {name: ente(db, name) for name in ENTI}
    return practice, first, second, enti


def _box(parent: object, title: str, text: str) -> tuple[str, str]:
    """What a static QMessageBox call shows; like PySide, refuse a parent that is no widget."""
    if parent is not None and not isinstance(parent, QWidget):
        raise TypeError(f"QMessageBox parent must be a QWidget, not {type(parent).__name__}")
    return title, _plain(text)


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    """Every information and warning box shown: (kind, title, plain text)."""
    shown: list[tuple[str, str, str]] = []

    def recorder(kind: str):
        def show(parent: object, title: str, text: str, *_a: object, **_k: object) -> object:
            shown.append((kind, *_box(parent, title, text)))
            return QMessageBox.StandardButton.Ok

        return show

    monkeypatch.setattr(QMessageBox, "information", recorder("information"))
    monkeypatch.setattr(QMessageBox, "warning", recorder("warning"))
    return shown


def _answering(monkeypatch: pytest.MonkeyPatch, answer: object) -> list[tuple[str, str]]:
    """Every question from now on gets ``answer``; returns the (title, plain text) asked."""
    asked: list[tuple[str, str]] = []

    def question(parent: object, title: str, text: str, *_a: object, **_k: object) -> object:
        asked.append(_box(parent, title, text))
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every question asked, answered "Sì": (title, plain text)."""
    return _answering(monkeypatch, QMessageBox.StandardButton.Yes)


def _plain(text: str) -> str:
    return html.unescape(re.sub(r"<br>", "\n", re.sub(r"</?p>", "", text)))


def _open(qtbot, db: Database, tmp_path: Path):
    main = make_window(qtbot, db, tmp_path / "settings.ini")
    main.tabs.setCurrentWidget(main.roster_tab)
    return main


@pytest.fixture
def window(qtbot, db: Database, tmp_path: Path, sessions, boxes):
    """The window on the two sessions, nobody signed up yet."""
    return _open(qtbot, db, tmp_path)


@pytest.fixture
def crowded(qtbot, db: Database, tmp_path: Path, sessions, boxes):
    """The window after 40 people signed up, 20 to each session, through the service."""
    _practice, first, second, enti = sessions
    for n, surname in enumerate(SURNAMES):
        target = first if n < 20 else second
        service.register(
            db,
            target.id,
            Participant(
                surname=surname,
                name=NAMES[n % 8],
                organisation_id=enti[ENTI[n % 4]],
                role="Personale amministrativo",
                email=_email(n),
                phone=f"039 {n:07d}",
            ),
        )
    # They signed up a minute apart, last week: the service stamps whole seconds, and a
    # later move must not tie with them (see test_moving_to_a_full_session…).
    with db.transaction() as orm:
        for registration in orm.scalars(select(RegistrationRow)):
            registration.registered_at = at(registration.id)
    return _open(qtbot, db, tmp_path)


def _table(window) -> QTableView:
    table = child(window, "rosterTable")
    assert isinstance(table, QTableView)
    return table


def _column(window, column: int) -> list[object]:
    """One column of the table as on screen (sorted and filtered)."""
    model = _table(window).model()
    return [model.index(row, column).data(DISPLAY) for row in range(model.rowCount())]


def _row(window, surname: str) -> dict[int, object]:
    model = _table(window).model()
    row = _column(window, SURNAME).index(surname)
    columns = range(model.columnCount())
    return {column: model.index(row, column).data(DISPLAY) for column in columns}


def _seats(window) -> tuple[str, str, str]:
    gauge = child(window, "rosterGauge")
    return (
        gauge.text(),  # type: ignore[attr-defined]
        child(window, "rosterQueueLabel").text(),  # type: ignore[attr-defined]
        child(window, "rosterSummary").text(),  # type: ignore[attr-defined]
    )


def _show_session(window, session_id: int | None) -> None:
    combo = child(window, "rosterSessionCombo")
    assert isinstance(combo, QComboBox)
    index = combo.findData(session_id)
    assert index >= 0
    combo.setCurrentIndex(index)


def _select(window, surname: str) -> None:
    table = _table(window)
    row = _column(window, SURNAME).index(surname)
    table.setCurrentIndex(table.model().index(row, SURNAME))


def _stored(db: Database, practice_id: int, session_id: int | None = None) -> dict[str, object]:
    """Surname → (status, waiting position, present) as the database has them."""
    return {
        r.surname: (r.status, r.waiting_position, r.present)
        for r in service.roster(db, practice_id, session_id)
    }


def _fill_form(monkeypatch: pytest.MonkeyPatch, opened: list[ParticipantDialog], **values: str):
    """The next participant forms are filled with ``values`` and saved, as the clerk would."""

    def exec_(dialog: ParticipantDialog) -> int:
        opened.append(dialog)
        for name in ("surname", "name", "email", "fiscal_code", "phone"):
            if name in values:
                edit = dialog.findChild(QLineEdit, f"participant_{name}Edit")
                assert edit is not None
                edit.setText(values[name])
        organisation = dialog.findChild(QComboBox, "participantOrganisation")
        if "organisation" in values:
            organisation.setCurrentIndex(organisation.findText(values["organisation"]))
            assert organisation.currentText() == values["organisation"]
        if "role" in values:
            dialog.findChild(QComboBox, "participantRole").setCurrentText(values["role"])
        dialog._accept()
        return dialog.result()

    monkeypatch.setattr(ParticipantDialog, "exec", exec_)


def _error_beside(dialog: QDialog, field: str) -> str:
    """The message under a field of the form ("privacy_consent": under the consent row,
    whether the label is named after the box or its date), "" when none is shown."""
    labels = [
        label
        for label in dialog.findChildren(QLabel)
        if label.objectName().startswith(f"participant_{field}")
        and label.objectName().endswith("Error")
    ]
    assert labels, f"no message label for {field}"
    return " ".join(label.text() for label in labels if label.isVisibleTo(dialog))


# --- the roster on screen ---------------------------------------------------------------------


def test_forty_people_fill_both_sessions_and_their_queues(crowded, db, sessions) -> None:
    practice, first, second, _enti = sessions
    assert _seats(crowded) == (
        "20 / 20 posti",
        "20 in lista d'attesa",
        "40 iscrizioni · 20 confermate · 20 in attesa · 0 presenti",
    )
    for session in (first, second):
        _show_session(crowded, session.id)
        assert _seats(crowded)[:2] == ("10 / 10 posti", "10 in lista d'attesa")
        stored = list(_stored(db, practice.id, session.id).values())
        assert [s for s, _p, _x in stored].count(CONFIRMED) == 10
        assert [p for s, p, _x in stored if s is WAITING] == list(range(1, 11))
    _show_session(crowded, None)
    statuses = _column(crowded, STATUS)
    assert statuses[:11] == ["confermato"] * 10 + ["in lista d'attesa n. 1"]
    assert statuses[-1] == "in lista d'attesa n. 10"
    # the seats in alphabetical order, then the queue in its order, session by session
    surnames = _column(crowded, SURNAME)
    assert surnames[:11] == [*sorted(SURNAMES[:10]), "Ricci"]
    assert surnames[20] == "Caruso" and statuses[20] == "confermato"


def test_session_combo_switches_between_all_and_each_session(crowded, sessions) -> None:
    _practice, first, second, _enti = sessions
    combo = child(crowded, "rosterSessionCombo")
    assert [combo.itemText(i) for i in range(combo.count())] == [  # type: ignore[attr-defined]
        "Tutte le sessioni",
        "lunedì 20 aprile 2026",
        "lunedì 27 aprile 2026",
    ]
    assert combo.currentText() == "Tutte le sessioni"  # type: ignore[attr-defined]
    table = _table(crowded)
    assert len(_column(crowded, SURNAME)) == 40 and not table.isColumnHidden(SESSION)
    assert set(_column(crowded, SESSION)) == {"lunedì 20 aprile 2026", "lunedì 27 aprile 2026"}
    _show_session(crowded, first.id)
    assert set(_column(crowded, SURNAME)) == set(SURNAMES[:20]) and table.isColumnHidden(SESSION)
    _show_session(crowded, second.id)
    assert set(_column(crowded, SURNAME)) == set(SURNAMES[20:])
    _show_session(crowded, None)
    assert len(_column(crowded, SURNAME)) == 40


def test_sorting_by_surname_follows_the_italian_dictionary(crowded) -> None:
    table = _table(crowded)
    table.sortByColumn(SURNAME, Qt.SortOrder.AscendingOrder)
    surnames = _column(crowded, SURNAME)
    assert [s for s in surnames if s[0] in "DdEeÈè"] == D_AND_E
    assert surnames[0] == "Barbieri" and surnames[-2:] == ["Villa", "Vitale"]
    table.sortByColumn(SURNAME, Qt.SortOrder.DescendingOrder)
    assert [s for s in _column(crowded, SURNAME) if s[0] in "DdEeÈè"] == D_AND_E[::-1]
    table.sortByColumn(NUMBER, Qt.SortOrder.AscendingOrder)
    assert _column(crowded, NUMBER) == list(range(1, 41))


def test_search_filters_as_you_type_over_name_ente_and_email(qtbot, crowded) -> None:
    search = child(crowded, "rosterSearch")
    qtbot.keyClicks(search, "lissone")
    shown = _column(crowded, ENTE)
    assert len(shown) == 10 and set(shown) == {LISSONE}
    search.clear()  # type: ignore[attr-defined]
    assert len(_column(crowded, SURNAME)) == 40
    qtbot.keyClicks(search, "ercole")  # no accent typed: Èrcole is found all the same
    assert _column(crowded, SURNAME) == ["Èrcole"]
    search.clear()  # type: ignore[attr-defined]
    qtbot.keyClicks(search, "sestosg")  # a piece of the email address
    assert set(_column(crowded, ENTE)) == {SESTO}
    search.clear()  # type: ignore[attr-defined]
    qtbot.keyClicks(search, "Marco Bianchi")  # name then surname
    assert _column(crowded, SURNAME) == ["Bianchi"]
    search.clear()  # type: ignore[attr-defined]
    qtbot.keyClicks(search, "d'ang")
    assert _column(crowded, SURNAME) == ["D'Angelo"]


# --- adding and editing through the form ------------------------------------------------------


def test_participant_added_through_the_form_is_saved(
    window, db, sessions, monkeypatch, no_unanswered_dialogs
) -> None:
    practice, first, _second, _enti = sessions
    _show_session(window, first.id)
    opened: list[ParticipantDialog] = []
    _fill_form(
        monkeypatch,
        opened,
        surname="  Bianchi ",
        name="Giulia",
        organisation=LISSONE,
        role="Progettisti di interventi sociali",
        email="giulia.bianchi@comune.lissone.mb.it",
        fiscal_code="rssmra85t10a562s",
    )
    run_action(window, "addParticipantAction")
    assert opened[0].result() == QDialog.DialogCode.Accepted
    (row,) = service.roster(db, practice.id, first.id)
    assert (row.surname, row.name, row.organisation, row.role, row.email, row.fiscal_code) == (
        "Bianchi",
        "Giulia",
        LISSONE,
        "Progettisti di interventi sociali",
        "giulia.bianchi@comune.lissone.mb.it",
        VALID_FISCAL_CODE,
    )
    assert row.status is CONFIRMED
    shown = _row(window, "Bianchi")
    assert (shown[ENTE], shown[EMAIL], shown[STATUS]) == (
        LISSONE,
        "giulia.bianchi@comune.lissone.mb.it",
        "confermato",
    )
    assert _seats(window)[:2] == ("1 / 10 posti", "0 in lista d'attesa")
    assert _status_bar(window) == "Giulia Bianchi: iscrizione confermata."
    assert window.roster_tab.current_row().surname == "Bianchi"
    assert no_unanswered_dialogs == []


def _status_bar(window) -> str:
    return window.statusBar().currentMessage()


def test_the_eleventh_person_is_told_about_the_waiting_list(
    window, db, sessions, monkeypatch, boxes
) -> None:
    practice, first, _second, _enti = sessions
    fill(db, first.id, [f"Posto{n}" for n in range(10)])
    _show_session(window, first.id)
    window.roster_tab.reload()
    assert _seats(window)[0] == "10 / 10 posti"
    _fill_form(monkeypatch, [], surname="Undicesimo", name="Mario", email="mario@lissone.it")
    run_action(window, "addParticipantAction")
    assert boxes == [
        (
            "information",
            "Lista d'attesa",
            "Mario Undicesimo: sessione al completo, in lista d'attesa n. 1.",
        )
    ]
    assert _stored(db, practice.id, first.id)["Undicesimo"] == (WAITING, 1, None)
    assert _row(window, "Undicesimo")[STATUS] == "in lista d'attesa n. 1"
    assert _seats(window)[:2] == ("10 / 10 posti", "1 in lista d'attesa")


def test_from_all_sessions_the_form_asks_which_session(window, db, sessions, monkeypatch) -> None:
    practice, _first, second, _enti = sessions
    asked: list[list[str]] = []

    def get_item(_parent, _title, _label, items, *_a, **_k):
        asked.append(list(items))
        return items[1], True

    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    _fill_form(monkeypatch, [], surname="Verdi", name="Carla")
    run_action(window, "addParticipantAction")
    assert asked == [["lunedì 20 aprile 2026", "lunedì 27 aprile 2026"]]
    assert list(_stored(db, practice.id, second.id)) == ["Verdi"]


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("email", "giulia.bianchi@comune", "Indirizzo email non valido"),
        ("fiscal_code", "RSSMRA85T10A562X", "Codice fiscale non valido"),  # wrong check letter
        ("fiscal_code", "RSSMRA85T10", "Codice fiscale non valido"),  # too short
    ],
)
def test_a_wrong_field_is_explained_beside_it_and_nothing_is_saved(
    window, db, sessions, monkeypatch, boxes, field, value, expected
) -> None:
    practice, first, _second, _enti = sessions
    _show_session(window, first.id)
    opened: list[ParticipantDialog] = []
    _fill_form(monkeypatch, opened, surname="Bianchi", name="Giulia", **{field: value})
    run_action(window, "addParticipantAction")
    (dialog,) = opened
    assert dialog.result() == QDialog.DialogCode.Rejected  # the form stays open
    assert expected in _error_beside(dialog, field)
    assert _error_beside(dialog, "surname") == ""
    assert boxes == []  # beside the field, not in a box
    assert service.roster(db, practice.id) == []
    assert _column(window, SURNAME) == []


def test_missing_names_are_required_beside_the_fields(window, db, sessions, monkeypatch) -> None:
    practice, first, _second, _enti = sessions
    _show_session(window, first.id)
    opened: list[ParticipantDialog] = []
    _fill_form(monkeypatch, opened, surname="   ", name="")
    run_action(window, "addParticipantAction")
    assert _error_beside(opened[0], "surname") == "Campo obbligatorio."
    assert _error_beside(opened[0], "name") == "Campo obbligatorio."
    assert service.roster(db, practice.id) == []


def test_duplicate_email_asks_first_and_no_saves_nothing(
    crowded, db, sessions, monkeypatch
) -> None:
    practice, first, _second, _enti = sessions
    _show_session(crowded, first.id)
    asked = _answering(monkeypatch, QMessageBox.StandardButton.No)
    opened: list[ParticipantDialog] = []
    _fill_form(monkeypatch, opened, surname="Rossetti", name="Anna", email=_email(0).upper())
    run_action(crowded, "addParticipantAction")
    ((title, text),) = asked
    assert title == "Possibile doppione"
    assert f"Rossi Anna — {LISSONE} — {_email(0)}" in text
    assert opened[0].result() == QDialog.DialogCode.Rejected
    assert "Rossetti" not in _stored(db, practice.id)
    assert len(_column(crowded, SURNAME)) == 20


def test_duplicate_saved_when_the_clerk_says_so(crowded, db, sessions, monkeypatch, questions):
    practice, first, _second, enti = sessions
    _show_session(crowded, first.id)
    _fill_form(monkeypatch, [], surname="ROSSI", name="anna", organisation=LISSONE)
    run_action(crowded, "addParticipantAction")
    assert [title for title, _text in questions] == ["Possibile doppione"]
    rows = [r for r in service.roster(db, practice.id, first.id) if r.surname == "ROSSI"]
    assert [(r.status, r.waiting_position, r.organisation_id) for r in rows] == [
        (WAITING, 11, enti[LISSONE])
    ]


def test_editing_changes_the_person_and_keeps_the_seat(crowded, db, sessions, monkeypatch) -> None:
    practice, first, _second, _enti = sessions
    _show_session(crowded, first.id)
    _select(crowded, "Colombo")
    opened: list[ParticipantDialog] = []
    _fill_form(monkeypatch, opened, email="g.colombo@comune.lissone.mb.it", phone="333 1234567")
    run_action(crowded, "editParticipantAction")
    assert opened[0].windowTitle() == "Modifica partecipante"
    (row,) = [r for r in service.roster(db, practice.id, first.id) if r.surname == "Colombo"]
    assert (row.email, row.phone, row.status) == (
        "g.colombo@comune.lissone.mb.it",
        "333 1234567",
        CONFIRMED,
    )
    assert _row(crowded, "Colombo")[EMAIL] == "g.colombo@comune.lissone.mb.it"
    assert _current_surname(crowded) == "Colombo"


def _edit_colombo_after_a_colleague(
    window, db_path: Path, sessions, monkeypatch: pytest.MonkeyPatch, **colleague: str
) -> tuple[ParticipantDialog, RosterEntry]:
    """Two windows on one database: Colombo's dialog opens, a colleague saves ``colleague``
    in the meantime, then the clerk types a new email and saves.  Returns the dialog and
    Colombo's row as stored afterwards."""
    practice, first, _second, _enti = sessions
    _show_session(window, first.id)
    _select(window, "Colombo")
    db = window.db
    (before,) = [r for r in service.roster(db, practice.id, first.id) if r.surname == "Colombo"]
    other = open_database(db_path)
    opened: list[ParticipantDialog] = []

    def exec_(dialog: ParticipantDialog) -> int:
        opened.append(dialog)
        for name, value in colleague.items():
            service.update_participant(other, before.participant_id, **{name: value})
        dialog.findChild(QLineEdit, "participant_emailEdit").setText("g.colombo@lissone.it")
        dialog._accept()
        return dialog.result()

    monkeypatch.setattr(ParticipantDialog, "exec", exec_)
    try:
        run_action(window, "editParticipantAction")
    finally:
        other.close()
    (after,) = [r for r in service.roster(db, practice.id, first.id) if r.surname == "Colombo"]
    return opened[0], after


def test_editing_a_person_changed_meanwhile_elsewhere_overwrites_nothing(
    crowded, db_path, sessions, monkeypatch, boxes
) -> None:
    dialog, after = _edit_colombo_after_a_colleague(
        crowded, db_path, sessions, monkeypatch, email="colombo@altro.it", phone="02 111"
    )
    assert dialog.result() != QDialog.DialogCode.Accepted  # stays open
    assert [(kind, text[:40]) for kind, _title, text in boxes] == [
        ("warning", "Nel frattempo i dati di questa persona s")
    ]
    assert (after.email, after.phone) == ("colombo@altro.it", "02 111")


def test_editing_one_field_leaves_the_others_saved_meanwhile_elsewhere(
    crowded, db_path, sessions, monkeypatch
) -> None:
    dialog, after = _edit_colombo_after_a_colleague(
        crowded, db_path, sessions, monkeypatch, phone="02 111"
    )
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert (after.email, after.phone) == ("g.colombo@lissone.it", "02 111")


def _current_surname(window) -> str | None:
    row = window.roster_tab.current_row()
    return row.surname if row is not None else None


def test_editing_with_a_wrong_codice_fiscale_says_so_beside_it(
    crowded, db, sessions, monkeypatch, boxes
) -> None:
    practice, first, _second, _enti = sessions
    _show_session(crowded, first.id)
    _select(crowded, "Colombo")
    opened: list[ParticipantDialog] = []
    _fill_form(monkeypatch, opened, fiscal_code="RSSMRA85T10A562X")
    run_action(crowded, "editParticipantAction")
    assert "carattere di controllo" in _error_beside(opened[0], "fiscal_code")
    assert opened[0].result() == QDialog.DialogCode.Rejected and boxes == []
    (row,) = [r for r in service.roster(db, practice.id, first.id) if r.surname == "Colombo"]
    assert row.fiscal_code == ""


def test_consent_dated_in_the_future_is_refused_beside_it(
    window, db, sessions, monkeypatch, boxes
) -> None:
    practice, first, _second, _enti = sessions
    _show_session(window, first.id)
    opened: list[ParticipantDialog] = []

    def exec_(dialog: ParticipantDialog) -> int:
        opened.append(dialog)
        dialog.findChild(QLineEdit, "participant_surnameEdit").setText("Bianchi")
        dialog.findChild(QLineEdit, "participant_nameEdit").setText("Giulia")
        child(dialog, "participantConsent").setChecked(True)  # type: ignore[attr-defined]
        consent_date = child(dialog, "participantConsentDate")
        consent_date.setDate(QDate.currentDate().addDays(7))  # type: ignore[attr-defined]
        dialog._accept()
        return dialog.result()

    monkeypatch.setattr(ParticipantDialog, "exec", exec_)
    run_action(window, "addParticipantAction")
    assert "futuro" in _error_beside(opened[0], "privacy_consent")
    assert boxes == [] and service.roster(db, practice.id) == []


def test_an_ente_added_on_the_spot_is_chosen_and_saved(
    window, db, sessions, monkeypatch, no_unanswered_dialogs
) -> None:
    practice, first, _second, _enti = sessions
    _show_session(window, first.id)
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: (" Comune di  Cantù ", True))
    chosen: list[str] = []

    def exec_(dialog: ParticipantDialog) -> int:
        child(dialog, "newOrganisationButton").click()  # type: ignore[attr-defined]
        chosen.append(dialog.findChild(QComboBox, "participantOrganisation").currentText())
        dialog.findChild(QLineEdit, "participant_surnameEdit").setText("Brambilla")
        dialog.findChild(QLineEdit, "participant_nameEdit").setText("Rita")
        dialog._accept()
        return dialog.result()

    monkeypatch.setattr(ParticipantDialog, "exec", exec_)
    run_action(window, "addParticipantAction")
    assert chosen == ["Comune di Cantù"]
    (row,) = service.roster(db, practice.id, first.id)
    assert (row.surname, row.organisation) == ("Brambilla", "Comune di Cantù")
    assert "Comune di Cantù" in [o.name for o in organisation_service.list_organisations(db)]
    assert no_unanswered_dialogs == []


def test_an_ente_already_in_the_list_is_chosen_not_added_again(
    window, db, sessions, monkeypatch, no_unanswered_dialogs
) -> None:
    practice, first, _second, enti = sessions
    _show_session(window, first.id)
    # Other capitals, an accent left out, spaces around and doubled: the same Ente.
    typed = "  comune  di sesto san GIOVANNI "
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: (typed, True))
    seen: list[tuple[str, str, bool]] = []

    def exec_(dialog: ParticipantDialog) -> int:
        combo = dialog.findChild(QComboBox, "participantOrganisation")
        count = combo.count()
        child(dialog, "newOrganisationButton").click()  # type: ignore[attr-defined]
        note = _error_beside(dialog, "organisation_id")
        seen.append((combo.currentText(), note, combo.count() == count))
        dialog.findChild(QLineEdit, "participant_surnameEdit").setText("Brambilla")
        dialog.findChild(QLineEdit, "participant_nameEdit").setText("Rita")
        dialog._accept()
        return dialog.result()

    monkeypatch.setattr(ParticipantDialog, "exec", exec_)
    run_action(window, "addParticipantAction")
    assert seen == [
        (
            SESTO,
            f"«{SESTO}» è già nell'elenco degli Enti: è stato scelto quello.",
            True,
        )
    ]
    (row,) = service.roster(db, practice.id, first.id)
    assert (row.surname, row.organisation_id) == ("Brambilla", enti[SESTO])
    names = [o.name for o in organisation_service.list_organisations(db)]
    assert sorted(names) == sorted(ENTI)  # nothing added
    assert no_unanswered_dialogs == []


def test_the_optional_uses_are_ticked_saved_and_shown_again(
    window, db, sessions, monkeypatch, no_unanswered_dialogs
) -> None:
    practice, first, _second, _enti = sessions
    _show_session(window, first.id)
    shown: list[tuple[bool, bool, str, str]] = []

    def add(dialog: ParticipantDialog) -> int:
        dialog.findChild(QLineEdit, "participant_surnameEdit").setText("Brambilla")
        dialog.findChild(QLineEdit, "participant_nameEdit").setText("Rita")
        media = dialog.findChild(QCheckBox, "participantConsentMedia")
        contact = dialog.findChild(QCheckBox, "participantConsentContact")
        shown.append(
            (media.isChecked(), contact.isChecked(), media.accessibleName(), contact.text())
        )
        media.setChecked(True)  # photos yes; contact left: never asked
        dialog._accept()
        return dialog.result()

    monkeypatch.setattr(ParticipantDialog, "exec", add)
    run_action(window, "addParticipantAction")
    (row,) = service.roster(db, practice.id, first.id)
    assert (row.consent_media, row.consent_contact) == (True, None)

    def edit(dialog: ParticipantDialog) -> int:
        media = dialog.findChild(QCheckBox, "participantConsentMedia")
        contact = dialog.findChild(QCheckBox, "participantConsentContact")
        shown.append((media.isChecked(), contact.isChecked(), "", ""))
        media.setChecked(False)  # withdrawn: a no, not "not asked"
        contact.setChecked(True)
        dialog._accept()
        return dialog.result()

    monkeypatch.setattr(ParticipantDialog, "exec", edit)
    _select(window, "Brambilla")
    run_action(window, "editParticipantAction")
    (row,) = service.roster(db, practice.id, first.id)
    assert (row.consent_media, row.consent_contact) == (False, True)
    assert shown == [
        (
            False,
            False,
            "Consenso a foto e video della giornata",
            "Essere r&icontattato per futuri scambi",
        ),
        (True, False, "", ""),
    ]
    assert no_unanswered_dialogs == []


# --- seats: cancel, promote ---------------------------------------------------------------------


def test_cancelling_a_seat_promotes_the_first_in_line_and_says_who(
    crowded, db, sessions, questions, boxes
) -> None:
    practice, first, _second, _enti = sessions
    _show_session(crowded, first.id)
    _select(crowded, "Colombo")
    first_in_line = _column(crowded, SURNAME)[10]
    assert first_in_line == "Ricci" and _row(crowded, "Ricci")[STATUS] == "in lista d'attesa n. 1"
    run_action(crowded, "cancelRegistrationAction")
    assert questions == [("Annulla iscrizione", "Annullare l'iscrizione di Giulia Colombo?")]
    assert boxes == [
        (
            "information",
            "Posto assegnato",
            "Giulia Colombo: iscrizione annullata. Dalla lista d'attesa passa ai posti "
            "confermati: Giulia Ricci.",
        )
    ]
    stored = _stored(db, practice.id, first.id)
    assert stored["Colombo"][0] is CANCELLED
    assert stored["Ricci"] == (CONFIRMED, None, None)
    assert stored["Bruno"] == (WAITING, 1, None)
    assert _row(crowded, "Ricci")[STATUS] == "confermato"
    assert _row(crowded, "Colombo")[STATUS] == "annullato"
    assert _row(crowded, "Bruno")[STATUS] == "in lista d'attesa n. 1"
    assert _seats(crowded)[:2] == ("10 / 10 posti", "9 in lista d'attesa")


def test_cancel_answered_no_changes_nothing(crowded, db, sessions, no_unanswered_dialogs) -> None:
    practice, first, _second, _enti = sessions
    _show_session(crowded, first.id)
    _select(crowded, "Colombo")
    run_action(crowded, "cancelRegistrationAction")
    assert no_unanswered_dialogs == ["Annulla iscrizione"]
    assert _stored(db, practice.id, first.id)["Colombo"][0] is CONFIRMED


def test_deleting_asks_then_removes_and_promotes(crowded, db, sessions, questions, boxes) -> None:
    practice, first, _second, _enti = sessions
    _show_session(crowded, first.id)
    _select(crowded, "Rossi")
    run_action(crowded, "deleteRegistrationAction")
    ((title, text),) = questions
    assert title == "Elimina iscrizione" and "Anna Rossi" in text
    stored = _stored(db, practice.id, first.id)
    assert "Rossi" not in stored and stored["Ricci"][0] is CONFIRMED
    assert [(kind, title) for kind, title, _text in boxes] == [("information", "Posto assegnato")]
    assert "Rossi" not in _column(crowded, SURNAME)
    assert _seats(crowded)[:2] == ("10 / 10 posti", "9 in lista d'attesa")


def test_moving_to_a_full_session_joins_its_queue_and_frees_the_seat(
    crowded, db, sessions, monkeypatch
) -> None:
    practice, first, second, _enti = sessions
    _show_session(crowded, first.id)
    _select(crowded, "Colombo")
    monkeypatch.setattr(
        QInputDialog, "getItem", lambda _p, _t, _l, items, *_a, **_k: (items[1], True)
    )
    run_action(crowded, "moveAction")
    assert _stored(db, practice.id, second.id)["Colombo"] == (WAITING, 11, None)
    assert _stored(db, practice.id, first.id)["Ricci"][0] is CONFIRMED
    assert "Colombo" not in _column(crowded, SURNAME)
    assert _status_bar(crowded) == (
        "Giulia Colombo: iscrizione spostata alla sessione di lunedì 27 aprile 2026, al "
        "completo: in lista d'attesa n. 11. Nella sessione di lunedì 20 aprile 2026 dalla "
        "lista d'attesa passa ai posti confermati: Giulia Ricci."
    )


def test_promote_by_hand_is_refused_while_the_session_is_full(crowded, db, sessions, boxes) -> None:
    practice, first, _second, _enti = sessions
    _show_session(crowded, first.id)
    _select(crowded, "Greco")  # waiting, not first in line
    run_action(crowded, "promoteAction")
    ((kind, _title, text),) = boxes
    assert kind == "warning" and "al completo (10 posti su 10)" in text
    assert _stored(db, practice.id, first.id)["Greco"][0] is WAITING


# --- attendance --------------------------------------------------------------------------------


def test_ticking_presente_records_attendance(crowded, db, sessions) -> None:
    practice, first, _second, _enti = sessions
    _show_session(crowded, first.id)
    proxy = _table(crowded).model()
    row = _column(crowded, SURNAME).index("Colombo")
    source = proxy.mapToSource(proxy.index(row, PRESENT))
    model = proxy.sourceModel()
    assert model.flags(source) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.setData(source, Qt.CheckState.Checked.value, CHECK)
    assert _stored(db, practice.id, first.id)["Colombo"] == (CONFIRMED, None, True)
    row = _column(crowded, SURNAME).index("Colombo")
    assert proxy.index(row, PRESENT).data(CHECK) == Qt.CheckState.Checked
    assert _seats(crowded)[2].endswith("1 presenti")
    # a waiting person cannot be ticked
    waiting = proxy.mapToSource(proxy.index(_column(crowded, SURNAME).index("Greco"), PRESENT))
    assert not model.flags(waiting) & Qt.ItemFlag.ItemIsUserCheckable
    # and unticking records the absence
    row = _column(crowded, SURNAME).index("Colombo")
    model.setData(proxy.mapToSource(proxy.index(row, PRESENT)), Qt.CheckState.Unchecked, CHECK)
    assert _stored(db, practice.id, first.id)["Colombo"] == (CONFIRMED, None, False)


def test_ticking_presente_repaints_the_row_without_reading_the_roster_again(
    crowded, db, sessions, monkeypatch
) -> None:
    """A tick changes one row in place: the sort, the search and the selection stay."""
    practice, first, _second, _enti = sessions
    _show_session(crowded, first.id)
    table = _table(crowded)
    table.sortByColumn(SURNAME, Qt.SortOrder.DescendingOrder)
    before = _column(crowded, SURNAME)
    _select(crowded, "Colombo")
    reads: list[object] = []
    monkeypatch.setattr(service, "roster", lambda *args: reads.append(args) or [])
    proxy = table.model()
    row = before.index("Colombo")
    assert proxy.setData(proxy.index(row, PRESENT), Qt.CheckState.Checked.value, CHECK)

    assert reads == []
    assert _column(crowded, SURNAME) == before
    assert proxy.index(row, PRESENT).data(CHECK) == Qt.CheckState.Checked
    assert _seats(crowded)[2].endswith("1 presenti")
    selected = table.selectionModel().selectedRows()
    assert [proxy.index(i.row(), SURNAME).data(DISPLAY) for i in selected] == ["Colombo"]
    monkeypatch.undo()
    assert _stored(db, practice.id, first.id)["Colombo"] == (CONFIRMED, None, True)


def test_a_number_stays_with_its_person_whatever_the_sort(crowded, sessions) -> None:
    _practice, first, _second, _enti = sessions
    _show_session(crowded, first.id)
    table = _table(crowded)
    numbers = dict(zip(_column(crowded, SURNAME), _column(crowded, NUMBER), strict=True))
    table.sortByColumn(SURNAME, Qt.SortOrder.AscendingOrder)
    assert dict(zip(_column(crowded, SURNAME), _column(crowded, NUMBER), strict=True)) == numbers
    child(crowded, "rosterSearch").setText("co")  # type: ignore[attr-defined]
    shown = dict(zip(_column(crowded, SURNAME), _column(crowded, NUMBER), strict=True))
    assert shown and all(numbers[surname] == number for surname, number in shown.items())


def test_clicking_the_presente_box_records_attendance(qtbot, crowded, db, sessions) -> None:
    practice, first, _second, _enti = sessions
    _show_session(crowded, first.id)
    table = _table(crowded)
    row = _column(crowded, SURNAME).index("Rossi")
    rect = table.visualRect(table.model().index(row, PRESENT))
    point = rect.topLeft() + (rect.bottomLeft() - rect.topLeft()) / 2
    point.setX(rect.left() + 10)  # the check box sits at the left of the cell
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert _stored(db, practice.id, first.id)["Rossi"][2] is True


def test_all_present_marks_every_confirmed_person(crowded, db, sessions) -> None:
    practice, first, _second, _enti = sessions
    _show_session(crowded, first.id)
    run_action(crowded, "allPresentAction")
    stored = _stored(db, practice.id, first.id)
    assert sorted(s for s, (status, _p, present) in stored.items() if present) == sorted(
        SURNAMES[:10]
    )
    assert all(present is None for status, _p, present in stored.values() if status is WAITING)
    assert _seats(crowded)[2].endswith("10 presenti")
    with db.read() as orm:
        days = {a.day for a in orm.query(AttendanceRow)}
    assert days == {APRIL_20}


def test_all_present_from_all_sessions_asks_which(crowded, db, sessions, monkeypatch) -> None:
    practice, _first, _second, _enti = sessions
    monkeypatch.setattr(
        QInputDialog, "getItem", lambda _p, _t, _l, items, *a, **k: (items[1], True)
    )
    run_action(crowded, "allPresentAction")
    stored = _stored(db, practice.id)
    assert sorted(s for s, (_st, _p, present) in stored.items() if present) == sorted(
        SURNAMES[20:30]
    )


# --- personal data -----------------------------------------------------------------------------


def test_erasing_personal_data_anonymises_the_person(
    crowded, db, sessions, questions, boxes
) -> None:
    _practice, first, _second, enti = sessions
    _show_session(crowded, first.id)
    _select(crowded, "Colombo")
    participant_id = crowded.roster_tab.current_row().participant_id
    run_action(crowded, "erasePersonalDataAction")
    ((title, text),) = questions
    assert title == "Cancella dati personali" and "Giulia Colombo" in text
    person = service.get_participant(db, participant_id)
    assert (person.surname, person.name, person.email, person.phone, person.fiscal_code) == (
        "Partecipante",
        f"cancellato n. {participant_id}",
        "",
        "",
        "",
    )
    assert person.organisation_id == enti[UNIONE]  # the counts per Ente still add up
    assert "Colombo" not in _column(crowded, SURNAME)
    shown = _row(crowded, "Partecipante")
    assert (shown[NAME], shown[EMAIL], shown[STATUS]) == (
        f"cancellato n. {participant_id}",
        "",
        "confermato",
    )
    assert _seats(crowded)[0] == "10 / 10 posti"
    assert boxes == []


def test_exporting_personal_data_writes_a_json_file(
    crowded, db, sessions, monkeypatch, boxes, tmp_path
) -> None:
    _practice, first, _second, _enti = sessions
    _show_session(crowded, first.id)
    _select(crowded, "Bianchi")
    target = tmp_path / "esportazioni" / "Bianchi.json"
    target.parent.mkdir()
    suggested: list[str] = []

    def save_name(_parent, _caption, directory, _filter, *_a, **_k):
        suggested.append(directory)
        return str(target), "JSON (*.json)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    run_action(crowded, "exportPersonalDataAction")
    assert suggested[0].endswith("Dati personali - Bianchi Marco.json")
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["participant"]["email"] == _email(1)
    assert data["organisation"]["name"] == SESTO
    assert [r["status"] for r in data["registrations"]] == ["confirmed"]
    ((kind, title, text),) = boxes
    assert (kind, title) == ("information", "Dati esportati") and str(target) in text


# --- the Enti ----------------------------------------------------------------------------------


def test_enti_dialog_adds_an_ente_through_its_form(qtbot, db, sessions, monkeypatch) -> None:
    dialog = OrganisationsDialog(db)
    qtbot.addWidget(dialog)
    values = {
        "name": "Comune di Cantù",
        "kind": "Comune",
        "pec": "protocollo@pec.comune.cantu.co.it",
        "email": "sociali@comune.cantu.co.it",
        "contact_name": "Rita Brambilla",
        "phone": "031 717111",
    }
    monkeypatch.setattr(OrganisationForm, "exec", lambda _form: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(OrganisationForm, "values", lambda _form: dict(values))
    qtbot.mouseClick(child(dialog, "addOrganisationDialogButton"), Qt.MouseButton.LeftButton)
    names = [dialog.model.index(r, 0).data(DISPLAY) for r in range(dialog.model.rowCount())]
    assert names == [ASST, "Comune di Cantù", LISSONE, SESTO, UNIONE]
    (stored,) = [o for o in organisation_service.list_organisations(db) if o.name.endswith("Cantù")]
    assert (stored.kind, stored.pec, stored.contact_name) == (
        "Comune",
        values["pec"],
        "Rita Brambilla",
    )


def test_enti_dialog_offers_the_ente_already_there_without_its_number(
    qtbot, db, sessions, monkeypatch, boxes
) -> None:
    dialog = OrganisationsDialog(db)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(OrganisationForm, "exec", lambda _form: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(OrganisationForm, "values", lambda _form: {"name": " comune di lissone "})
    qtbot.mouseClick(child(dialog, "addOrganisationDialogButton"), Qt.MouseButton.LeftButton)
    ((kind, _title, text),) = boxes
    assert kind == "warning"
    assert text == (
        f"L'Ente «{LISSONE}» è già nell'elenco: sceglierlo dall'elenco invece di aggiungerlo "
        "di nuovo."
    )
    assert "n." not in text
    assert dialog.table.currentIndex().data(DISPLAY) == LISSONE  # the one there, selected
    assert [o.name for o in organisation_service.list_organisations(db)].count(LISSONE) == 1


def test_enti_dialog_refuses_to_delete_an_ente_with_participants(
    qtbot, crowded, db, sessions, questions, boxes
) -> None:
    dialog = OrganisationsDialog(db)
    qtbot.addWidget(dialog)
    names = [dialog.model.index(r, 0).data(DISPLAY) for r in range(dialog.model.rowCount())]
    dialog.table.setCurrentIndex(dialog.model.index(names.index(LISSONE), 0))
    qtbot.mouseClick(child(dialog, "deleteOrganisationButton"), Qt.MouseButton.LeftButton)
    assert questions == [("Elimina Ente", f"Eliminare «{LISSONE}» dall'elenco?")]
    ((kind, _title, text),) = boxes
    assert kind == "warning"
    assert f"Impossibile eliminare l'Ente «{LISSONE}»: 10 partecipanti" in text
    assert LISSONE in [o.name for o in organisation_service.list_organisations(db)]


def test_enti_button_opens_the_shared_list(crowded, monkeypatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(OrganisationsDialog, "exec", lambda d: opened.append(d.windowTitle()) or 0)
    run_action(crowded, "organisationsAction")
    assert opened == ["Enti aderenti"]


# --- a large roster ---------------------------------------------------------------------------


# The search box's proxy calls the deprecated invalidateRowsFilter (see the search test):
# ignored here, so that the timings are measured all the same.
@pytest.mark.slow
@pytest.mark.filterwarnings("ignore:Function.*invalidateRowsFilter:DeprecationWarning")
def test_a_roster_of_ten_thousand_opens_and_filters(qtbot, db, sessions, tmp_path, boxes) -> None:
    practice, first, second, enti = sessions
    size = 10_000
    with db.transaction() as orm:
        orm.execute(
            insert(ParticipantRow),
            [
                {
                    "id": n,
                    "surname": f"Cognome{n:05d}",
                    "name": "Nome",
                    "organisation_id": enti[LISSONE] if n % 2 else None,
                    "email": f"p{n}@comune.it",
                }
                for n in range(1, size + 1)
            ],
        )
        orm.execute(
            insert(RegistrationRow),
            [
                {
                    "id": n,
                    "participant_id": n,
                    "session_id": first.id if n % 2 else second.id,
                    "status": CONFIRMED if n <= 20 else WAITING,
                    "registered_at": datetime(2026, 3, 1, 9, 0),
                }
                for n in range(1, size + 1)
            ],
        )
    started = clock.perf_counter()
    window = _open(qtbot, db, tmp_path)
    QApplication.processEvents()
    opened = clock.perf_counter() - started
    assert len(_column(window, SURNAME)) == size
    assert _seats(window)[:2] == ("20 / 20 posti", "9980 in lista d'attesa")
    started = clock.perf_counter()
    qtbot.keyClicks(child(window, "rosterSearch"), "cognome0999")
    QApplication.processEvents()
    filtered = clock.perf_counter() - started
    assert sorted(_column(window, SURNAME)) == [f"Cognome0999{n}" for n in range(10)]
    started = clock.perf_counter()
    _table(window).sortByColumn(SURNAME, Qt.SortOrder.DescendingOrder)
    child(window, "rosterSearch").clear()  # type: ignore[attr-defined]
    QApplication.processEvents()
    resorted = clock.perf_counter() - started
    assert _column(window, SURNAME)[0] == "Cognome10000"
    started = clock.perf_counter()
    _show_session(window, first.id)
    QApplication.processEvents()
    switched = clock.perf_counter() - started
    assert len(_column(window, SURNAME)) == size // 2
    proxy = _table(window).model()
    row = _column(window, SURNAME).index("Cognome00001")
    started = clock.perf_counter()
    proxy.setData(proxy.index(row, PRESENT), Qt.CheckState.Checked.value, CHECK)
    ticked = clock.perf_counter() - started
    assert _stored(db, practice.id, first.id)["Cognome00001"][2] is True
    print(
        f"\nroster of {size}: window opened in {opened:.2f} s, 11 keystrokes filtered in "
        f"{filtered:.2f} s, sorted and cleared in {resorted:.2f} s, one session in "
        f"{switched:.2f} s, one Presente ticked in {ticked:.2f} s"
    )


# --- how it looks ------------------------------------------------------------------------------


def test_screenshot_of_forty_people(crowded) -> None:
    crowded.resize(1280, 800)
    QApplication.processEvents()
    assert crowded.grab().save("/tmp/review-roster.png")


def test_entry_and_exit_times_give_the_hours(qtbot, db, tmp_path, monkeypatch) -> None:
    from ui_helpers import make_window

    from exchange_desktop.domain.roster import Participant
    from exchange_desktop.services import roster as roster_service
    from exchange_desktop.services.practices.sample import load_sample
    from exchange_desktop.ui.roster.attendance_dialog import AttendanceDialog

    practice = load_sample(db)
    session_id = roster_service.seats(db, practice.id)[0].session_id
    roster_service.register(db, session_id, Participant(surname="Rossi", name="Anna"))
    window = make_window(qtbot, db, tmp_path / "orari.ini")
    window.tabs.setCurrentWidget(window.roster_tab)
    window.roster_tab.table.selectRow(0)

    def fill(dialog: AttendanceDialog) -> int:
        dialog.present.setChecked(True)
        dialog.time_in.setText("9:30")
        dialog.time_out.setText("13.00")
        dialog._accept()
        return dialog.result()

    monkeypatch.setattr(AttendanceDialog, "exec", fill)
    run_action(window, "attendanceTimesAction")
    row = roster_service.roster(db, practice.id)[0]
    assert row.present is True
    assert row.minutes_attended == 210
    model = window.roster_tab.model
    assert model.index(0, model.column("present")).data() == "3 h 30 min"
