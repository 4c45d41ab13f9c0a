"""In English, no Italian word of the interface is left anywhere the clerk can look.

The window is opened on the sample practice with two people signed up; every tab is visited
and every dialog the menus and buttons open is shown (the import dialog on a small CSV with a
duplicate, an error and a totals line), and every text on screen is collected: labels,
buttons, group boxes, tabs, combo box items, table headers, placeholders, window titles,
menus and actions, message boxes.  Italian words of the interface fail the test; the
practice's own texts, the people's names and the Enti (user data) are taken out first.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

from exchange_desktop import language
from exchange_desktop.domain.roster import Organisation, Participant
from exchange_desktop.services import roster as roster_service
from exchange_desktop.services.practices.sample import load_sample, sample_path
from exchange_desktop.services.roster import organisations as organisation_service
from exchange_desktop.services.scheduling import rescheduling
from exchange_desktop.services.scheduling.sessions import confirm_date
from exchange_desktop.storage.database import Database
from exchange_desktop.ui.roster.import_dialog import ImportDialog
from exchange_desktop.ui.schedule.people_to_inform_dialog import PeopleToInformDialog
from tests.ui_helpers import action, make_window

APRIL_20, MAY_4 = date(2026, 4, 20), date(2026, 5, 4)

#: Words (or beginnings of words) only the Italian interface uses; none is English.
ITALIAN_WORDS = (
    "Cognome",
    "Nome",
    "Ente",
    "Enti",
    "Sessione",
    "Sessioni",
    "Aggiungi",
    "Annulla",
    "Salva",
    "Esporta",
    "Importa",
    "Presente",
    "Presenze",
    "Ruolo",
    "gg/mm",
    "Iscritt",
    "Attesa",
    "Elimina",
    "Chiudi",
    "Conferma",
    "Orario",
    "Programma",
    "Partecipant",
    "Seduta",
    "Sedute",
    "Modifica",
    "Cerca",
    "Pratica",
    "Giornata",
    "Scheda",
    "Stampa",
    "Doppion",
    "Riga",
    "Motivo",
    "Esito",
    "nuovo",
    "errore",
    "Manca",
    "Mancano",
    "stessa",
    "stessi",
    "della",
    "delle",
    "degli",
    "nessun",
    "Telefono",
    "Codice fiscale",
    "Data del",
    "non importare",
    "Preferenze",
    "Informazioni",
    "Benvenuti",
)
_ITALIAN = re.compile(r"(?<![\w/])(" + "|".join(map(re.escape, ITALIAN_WORDS)) + r")", re.I)

PEOPLE = (("Rossi", "Anna", "anna.rossi@example.it"), ("Bianchi", "Luca", "luca@example.it"))
ENTE = "Comune di Lissone"
ROLE = "Istruttore amministrativo"
#: English headings (the file's own headings are user data, shown beside each combo box).
CSV_LINES = (
    "Surname,First name,Organisation,Email",
    "Rossi,Anna,Comune di Lissone,anna.rossi@example.it",  # already signed up
    "Verdi,Carla,Comune di Lissone,carla@example.it",
    "Verdi,Carla,Comune di Lissone,carla@example.it",  # repeats the row above
    "Neri,,Comune di Lissone,not an address",  # no first name, a wrong email
    "Totale iscritti 3,,,",  # not a person
)


@pytest.fixture
def english(qapp: object) -> Iterator[None]:
    language.install_translators("en")
    yield
    language.remove_translators()


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _user_data() -> list[str]:
    """The texts that belong to the clerk, not to the interface: longest first."""
    sample = json.loads(sample_path().read_text(encoding="utf-8"))
    data = {s.strip() for s in _strings(sample) if len(s.strip()) > 2}
    data |= {part for line in CSV_LINES for part in line.split(",") if part}
    for surname, name, email in PEOPLE:
        data |= {surname, name, email, f"{surname} {name}", f"{name} {surname}"}
    data |= {ENTE, ROLE, "Lissone", "iscritti.csv"}
    return sorted(data, key=len, reverse=True)


def _plain(text: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", text)).replace("&", "")


def _menu_texts(actions: list[QAction]) -> Iterator[str]:
    for item in actions:
        yield item.text()
        yield item.iconText()
        menu = item.menu()
        if isinstance(menu, QMenu):
            yield menu.title()
            yield from _menu_texts(menu.actions())


def _shown_texts(window: QWidget) -> Iterator[str]:
    """What the clerk reads on the visible widgets of ``window`` (a window or a dialog)."""
    if isinstance(window, QMainWindow):
        yield from _menu_texts(window.menuBar().actions())
    yield from _menu_texts(window.findChildren(QAction))
    yield window.windowTitle()
    if isinstance(window, QMessageBox):
        yield window.text()
        yield window.informativeText()
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield widget.text()
        if isinstance(widget, QGroupBox):
            yield widget.title()
        if isinstance(widget, QTabWidget):
            yield from (widget.tabText(i) for i in range(widget.count()))
        if isinstance(widget, QComboBox):
            yield from (widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, (QLineEdit, QPlainTextEdit)):
            yield widget.placeholderText()
        if isinstance(widget, (QTableView, QTreeView)) and widget.model() is not None:
            header = (
                widget.horizontalHeader() if isinstance(widget, QTableView) else widget.header()
            )
            for column in range(header.count()):
                yield str(widget.model().headerData(column, Qt.Orientation.Horizontal) or "")


class Seen:
    """Every text shown, by where it was shown; the Italian ones, user data taken out."""

    def __init__(self) -> None:
        self.texts: dict[str, set[str]] = {}
        self._user_data = _user_data()

    def add(self, where: str, texts: Iterable[object]) -> None:
        self.texts.setdefault(where, set()).update(str(t) for t in texts if t)

    def widget(self, where: str, widget: QWidget) -> None:
        QApplication.processEvents()
        self.add(where, _shown_texts(widget))

    def italian(self) -> list[str]:
        left = []
        for where, texts in sorted(self.texts.items()):
            for text in sorted(texts):
                rest = _plain(text)
                for data in self._user_data:
                    rest = rest.replace(data, " ")
                found = _ITALIAN.findall(rest)
                if found:
                    left.append(f"{where}: {text!r} ({', '.join(found)})")
        return left


@pytest.fixture
def seen(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Seen:
    """Every dialog and message box is shown, read and answered "cancel" / "No"."""
    seen = Seen()

    def exec_(dialog: QDialog) -> int:
        dialog.show()
        seen.widget(dialog.objectName() or dialog.windowTitle(), dialog)
        if isinstance(dialog, ImportDialog):
            model = dialog.preview_model
            seen.add(
                "importDialog preview",
                (model.index(r, c).data() for r in range(model.rowCount()) for c in (1, 2)),
            )
        dialog.hide()
        return QDialog.DialogCode.Rejected.value

    def box(answer: object):
        def show(_parent: object, title: str, text: str = "", *_a: object, **_k: object) -> object:
            seen.add(f"message box {title!r}", (title, text))
            return answer

        return show

    def get_item(_parent: object, title: str, label: str, items: list[str], *_a, **_k):
        seen.add(f"choice {title!r}", (title, label, *items))
        return (items[0] if items else "", bool(items))

    def get_text(_parent: object, title: str, label: str, *_a, **_k):
        seen.add(f"question {title!r}", (title, label))
        return ("", False)

    monkeypatch.setattr(QDialog, "exec", exec_)
    monkeypatch.setattr(QMessageBox, "exec", exec_)
    monkeypatch.setattr(QMessageBox, "question", box(QMessageBox.StandardButton.No))
    for name in ("information", "warning", "critical", "about"):
        monkeypatch.setattr(QMessageBox, name, box(QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    monkeypatch.setattr(QInputDialog, "getText", get_text)
    csv = tmp_path / "iscritti.csv"
    csv.write_text("\r\n".join(CSV_LINES) + "\r\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(csv), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: "")
    return seen


#: The actions that open a dialog or a question and change nothing once it is cancelled.
ACTIONS = (
    "preferencesAction",
    "aboutAction",
    "importParticipantsAction",
    "addParticipantAction",
    "editParticipantAction",
    "attendanceTimesAction",
    "sittingsAction",
    "organisationsAction",
    "exportSigninAction",
    "printSigninAction",
    "exportRosterAction",
    "exportCertificatesAction",
    "exportCertificatesEachAction",
    "exportCardAction",
    "exportProgrammeAction",
    "exportCalendarAction",
    "exportPersonalDataAction",
    "cancelRegistrationAction",
    "deleteRegistrationAction",
    "erasePersonalDataAction",
    "deletePracticeAction",
    "rescheduleAction",
    "backupAction",
)


def test_no_italian_is_left_in_the_english_interface(
    qtbot: object, db: Database, tmp_path: Path, english: None, seen: Seen
) -> None:
    practice = load_sample(db)
    ente_id = organisation_service.add_organisation(db, Organisation(name=ENTE)).id
    session_id = roster_service.seats(db, practice.id)[0].session_id
    for surname, name, email in PEOPLE:
        roster_service.register(
            db,
            session_id,
            Participant(
                surname=surname, name=name, email=email, role=ROLE, organisation_id=ente_id
            ),
        )
    window = make_window(qtbot, db, tmp_path / "settings.ini")
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(10)  # type: ignore[attr-defined]
        seen.widget(f"tab {window.tabs.tabText(index)!r}", window)
    # Every action before the date is confirmed (what is refused says why), then after.
    for confirmed in (False, True):
        if confirmed:
            confirm_date(db, session_id, APRIL_20)
            window.reload_practices()
        window.tabs.setCurrentWidget(window.roster_tab)
        window.roster_tab.table.selectRow(0)
        for name in ACTIONS:
            found = action(window, name)
            if found.isEnabled():
                found.trigger()
                QApplication.processEvents()
    # Moving the session: who to tell.
    moved = rescheduling.reschedule(db, session_id, MAY_4, "")
    PeopleToInformDialog(moved, window).exec()
    assert {
        "attendanceDialog",
        "importDialog",
        "importDialog preview",
        "organisationsDialog",
        "participantDialog",
        "peopleToInformDialog",
        "preferencesDialog",
        "rosterColumnsDialog",
        "signinOptionsDialog",
        "sittingsDialog",
        "message box 'About Exchange Desktop'",
    } <= set(seen.texts), sorted(seen.texts)
    left = seen.italian()
    assert not left, "Italian left in the English interface:\n" + "\n".join(left)


def test_the_first_start_question_is_english(
    qtbot: object, db: Database, tmp_path: Path, english: None, seen: Seen
) -> None:
    window = make_window(qtbot, db, tmp_path / "settings.ini")
    seen.widget("empty window", window)
    window.offer_sample_if_empty()
    assert any(where.startswith("message box") for where in seen.texts), sorted(seen.texts)
    left = seen.italian()
    assert not left, "Italian left in the English interface:\n" + "\n".join(left)
