"""The Partecipanti tab's imports: a ";" CSV from Italian Excel (Windows-1252) through the
preview and the column mapping, duplicates and bad rows, and a Zoom attendance report."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QInputDialog, QMessageBox, QTableView, QWidget
from roster_helpers import VALID_FISCAL_CODE, fill, two_sessions
from scheduling_helpers import APRIL_20, ente
from ui_helpers import child, make_window, run_action, settle

from exchange_desktop.domain.enums import RegistrationStatus
from exchange_desktop.services import roster as service
from exchange_desktop.services.roster import organisations as organisation_service
from exchange_desktop.services.scheduling.sessions import confirm_date
from exchange_desktop.storage.database import Database
from exchange_desktop.ui.roster.import_dialog import ImportDialog

DISPLAY = Qt.ItemDataRole.DisplayRole
CONFIRMED, WAITING = RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING
LISSONE, CANTU = "Comune di Lissone", "Comune di Cantù"

HEADER = "Informazioni cronologiche;Cognome;Nome;Ente;Indirizzo email;Qualifica;Codice fiscale"
PEOPLE = [
    ("Bernasconi", "Niccolò", CANTU),
    ("D’Amico", "Agnese", LISSONE),  # the typographic apostrophe Word and Excel put in
    ("Fumagalli", "Lucrezia", CANTU),
    ("Crippa", "Zoè", LISSONE),
    ("Galimberti", "José", CANTU),
    ("Perego", "Noè", LISSONE),
    ("Colzani", "Andrea", "comune di cantu"),  # the same Ente, written otherwise
    ("Riva", "Elisabetta", LISSONE),
    ("Mauri", "Pietro", CANTU),
    ("Sala", "Benedetta", LISSONE),
    ("Cazzaniga", "Ludovica", CANTU),
    ("Motta", "Gioele", LISSONE),
]


def _email(surname: str, name: str) -> str:
    ascii_only = re.sub(
        r"[^a-z]", "", f"{name}{surname}".lower().translate(str.maketrans("òèéù", "oeeu"))
    )
    return f"{ascii_only}@example.it"


def _csv(path: Path, people=PEOPLE, extra_lines: tuple[str, ...] = ()) -> Path:
    """The file as Italian Excel saves "CSV (delimitato dal separatore di elenco)"."""
    lines = [HEADER]
    for minute, (surname, name, organisation) in enumerate(people):
        cf = VALID_FISCAL_CODE if surname == "Riva" else ""
        lines.append(
            f"01/03/2026 09:{minute:02d};{surname};{name};{organisation};"
            f"{_email(surname, name)};Istruttore amministrativo;{cf}"
        )
    lines.extend(extra_lines)
    path.write_bytes("\r\n".join(lines).encode("cp1252") + b"\r\n")
    return path


def _plain(text: str) -> str:
    return html.unescape(re.sub(r"<br>", "\n", re.sub(r"</?p>", "", text)))


@pytest.fixture
def sessions(db: Database):
    practice, first, second = two_sessions(db)
    ente(db, LISSONE)
    return practice, first, second


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    shown: list[tuple[str, str, str]] = []

    def recorder(kind: str):
        def show(parent: object, title: str, text: str, *_a: object, **_k: object) -> object:
            assert parent is None or isinstance(parent, QWidget)  # as PySide demands
            shown.append((kind, title, _plain(text)))
            return QMessageBox.StandardButton.Ok

        return show

    monkeypatch.setattr(QMessageBox, "information", recorder("information"))
    monkeypatch.setattr(QMessageBox, "warning", recorder("warning"))
    return shown


@pytest.fixture
def window(qtbot, db: Database, tmp_path: Path, sessions, boxes):
    """The Partecipanti tab on the first session (20 April), still empty."""
    main = make_window(qtbot, db, tmp_path / "settings.ini")
    main.tabs.setCurrentWidget(main.roster_tab)
    combo = child(main, "rosterSessionCombo")
    combo.setCurrentIndex(combo.findData(sessions[1].id))  # type: ignore[attr-defined]
    return main


def _choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))


def _preview(dialog: ImportDialog) -> list[list[object]]:
    model = dialog.findChild(QTableView, "importPreview").model()
    return [
        [model.index(r, c).data(DISPLAY) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def _on_dialog(monkeypatch: pytest.MonkeyPatch, look, *, import_: bool = True) -> list:
    """The import dialog opens: ``look`` checks (and changes) it, then "Importa" is pressed."""
    seen: list = []

    def exec_(dialog: ImportDialog) -> int:
        seen.append(look(dialog))
        if import_:
            dialog._import()
            settle(dialog)
        return dialog.result()

    monkeypatch.setattr(ImportDialog, "exec", exec_)
    return seen


def _stored(db: Database, practice_id: int, session_id: int) -> dict[str, tuple]:
    return {
        r.surname: (r.name, r.organisation, r.status, r.waiting_position)
        for r in service.roster(db, practice_id, session_id)
    }


def test_semicolon_csv_in_windows_1252_is_previewed_and_imported(
    window, db, sessions, monkeypatch, tmp_path, boxes
) -> None:
    practice, first, _second = sessions
    _choose_file(monkeypatch, _csv(tmp_path / "iscritti modulo.csv"))

    def look(dialog: ImportDialog) -> tuple:
        combos = [dialog.findChild(QComboBox, f"mappingCombo{n}").currentText() for n in range(7)]
        rows = _preview(dialog)
        return (
            combos,
            [(row[0], row[1], row[2]) for row in rows],
            [(row[3], row[4]) for row in rows[:2]],
            child(dialog, "importCounts").text(),
            child(dialog, "importButton").isEnabled(),
        )

    seen = _on_dialog(monkeypatch, look)
    run_action(window, "importParticipantsAction")
    ((combos, verdicts, names, counts, enabled),) = seen
    assert combos == [
        "Data e ora di iscrizione",
        "Cognome",
        "Nome",
        "Ente",
        "Email",
        "Ruolo",
        "Codice fiscale",
    ]
    assert verdicts == [(n, "nuovo", "") for n in range(2, 14)]
    assert names == [("Bernasconi", "Niccolò"), ("D’Amico", "Agnese")]
    assert counts == "12 nuovi · 0 doppioni (saltati) · 0 con errori" and enabled
    assert boxes == [
        (
            "information",
            "Importazione completata",
            "Importati: 12\ndi cui in lista d'attesa: 2\nDoppioni saltati: 0",
        )
    ]
    stored = _stored(db, practice.id, first.id)
    assert len(stored) == 12
    assert [s for s, (_n, _o, status, _p) in stored.items() if status is WAITING] == [
        "Cazzaniga",
        "Motta",
    ]  # the last two rows of the file: first in the file, first seated
    assert stored["Bernasconi"] == ("Niccolò", CANTU, CONFIRMED, None)
    assert stored["D’Amico"] == ("Agnese", LISSONE, CONFIRMED, None)
    assert stored["Colzani"][1] == CANTU  # "comune di cantu" is the Ente just added
    assert sorted(o.name for o in organisation_service.list_organisations(db)) == [
        CANTU,
        LISSONE,
    ]
    gauge, queue = child(window, "rosterGauge"), child(window, "rosterQueueLabel")
    assert (gauge.text(), queue.text()) == ("10 / 10 posti", "2 in lista d'attesa")
    table = child(window, "rosterTable")
    assert table.model().rowCount() == 12  # type: ignore[attr-defined]


def test_unmapping_cognome_says_it_is_required_and_disables_import(
    window, db, sessions, monkeypatch, tmp_path, boxes
) -> None:
    practice, _first, _second = sessions
    _choose_file(monkeypatch, _csv(tmp_path / "iscritti.csv"))

    def look(dialog: ImportDialog) -> tuple:
        combo = dialog.findChild(QComboBox, "mappingCombo1")
        combo.setCurrentIndex(combo.findText("— non importare —"))
        unmapped = (
            child(dialog, "importCounts").text(),
            child(dialog, "importButton").isEnabled(),
            len(_preview(dialog)),
        )
        combo.setCurrentIndex(combo.findText("Cognome"))  # and back: the preview returns
        remapped = (child(dialog, "importButton").isEnabled(), len(_preview(dialog)))
        return unmapped, remapped

    seen = _on_dialog(monkeypatch, look, import_=False)
    run_action(window, "importParticipantsAction")
    (((counts, enabled, rows), remapped),) = seen
    assert "cognome" in counts and "non si può importare" in counts
    assert not enabled and rows == 0
    assert remapped == (True, 12)
    assert service.roster(db, practice.id) == [] and boxes == []


def test_same_column_twice_is_refused_in_the_preview(window, monkeypatch, tmp_path) -> None:
    _choose_file(monkeypatch, _csv(tmp_path / "iscritti.csv"))

    def look(dialog: ImportDialog) -> tuple:
        combo = dialog.findChild(QComboBox, "mappingCombo0")  # the timestamp, as the surname
        combo.setCurrentIndex(combo.findText("Cognome"))
        return child(dialog, "importCounts").text(), child(dialog, "importButton").isEnabled()

    seen = _on_dialog(monkeypatch, look, import_=False)
    run_action(window, "importParticipantsAction")
    ((counts, enabled),) = seen
    assert "indicate entrambe come «Cognome»" in counts and not enabled


def test_importing_the_same_file_again_finds_only_duplicates(
    window, db, sessions, monkeypatch, tmp_path, boxes
) -> None:
    practice, first, _second = sessions
    path = _csv(tmp_path / "iscritti.csv")
    _choose_file(monkeypatch, path)
    _on_dialog(monkeypatch, lambda _d: None)
    run_action(window, "importParticipantsAction")
    seen = _on_dialog(
        monkeypatch,
        lambda d: (
            {row[1] for row in _preview(d)},
            _preview(d)[1][2],
            child(d, "importButton").isEnabled(),
        ),
        import_=False,
    )
    run_action(window, "importParticipantsAction")
    ((verdicts, reason, enabled),) = seen
    assert verdicts == {"doppione"} and not enabled
    assert (
        reason == "Già nell'elenco della sessione: Agnese D’Amico (stessi cognome, nome ed Ente)."
    )
    assert len(service.roster(db, practice.id, first.id)) == 12
    assert len(boxes) == 1


def test_a_bad_row_stops_the_import_unless_skipped(
    window, db, sessions, monkeypatch, tmp_path, boxes
) -> None:
    practice, first, _second = sessions
    bad = "01/03/2026 10:00;Brambilla;Rita;Comune di Lissone;rita.brambilla@;;"
    _choose_file(monkeypatch, _csv(tmp_path / "iscritti.csv", PEOPLE[:3], (bad,)))
    seen = _on_dialog(monkeypatch, lambda d: [row[:3] for row in _preview(d)])
    run_action(window, "importParticipantsAction")
    (rows,) = seen
    assert rows[3][:2] == [5, "errore"] and "Email" in rows[3][2]
    ((kind, title, text),) = boxes
    assert (kind, title) == ("warning", "Importazione non eseguita")
    assert "nessuna persona è stata aggiunta" in text and "Riga 5" in text
    assert service.roster(db, practice.id) == []  # the good rows are not written either
    boxes.clear()

    def skip(dialog: ImportDialog) -> None:
        child(dialog, "importSkipInvalid").setChecked(True)  # type: ignore[attr-defined]

    _on_dialog(monkeypatch, skip)
    run_action(window, "importParticipantsAction")
    ((kind, title, text),) = boxes
    assert (kind, title) == ("information", "Importazione completata")
    assert text.startswith("Importati: 3\n") and "Riga 5: Email" in text
    assert sorted(_stored(db, practice.id, first.id)) == ["Bernasconi", "D’Amico", "Fumagalli"]


def test_from_all_sessions_the_import_asks_which_session(
    window, db, sessions, monkeypatch, tmp_path
) -> None:
    practice, _first, second = sessions
    combo = child(window, "rosterSessionCombo")
    combo.setCurrentIndex(0)  # type: ignore[attr-defined]
    monkeypatch.setattr(
        QInputDialog, "getItem", lambda _p, _t, _l, items, *a, **k: (items[1], True)
    )
    _choose_file(monkeypatch, _csv(tmp_path / "iscritti.csv", PEOPLE[:2]))
    _on_dialog(monkeypatch, lambda _d: None)
    run_action(window, "importParticipantsAction")
    assert sorted(_stored(db, practice.id, second.id)) == ["Bernasconi", "D’Amico"]


def test_zoom_report_marks_the_people_found_present(
    window, db, sessions, monkeypatch, tmp_path, boxes
) -> None:
    practice, first, _second = sessions
    confirm_date(db, first.id, APRIL_20)
    fill(db, first.id, ["Rossi", "Bianchi", "Verdi"])
    window.roster_tab.show_practice(practice.id)
    report = tmp_path / "participants_8512345678.csv"
    report.write_text(
        "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest\n"
        "Anna R.,anna.rossi@comune.it,04/20/2026 09:02:30 AM,04/20/2026 12:30:59 PM,209,No\n"
        "Bianchi Anna (Comune di Lissone),,04/20/2026 09:10:00 AM,04/20/2026 12:00:00 PM,170,Yes\n"
        "Mario Sconosciuto,mario@x.it,04/20/2026 09:00:00 AM,04/20/2026 10:00:00 AM,60,Yes\n",
        encoding="utf-8",
    )
    _choose_file(monkeypatch, report)
    asked: list[str] = []

    def question(parent, _title, text, *_a, **_k):
        assert isinstance(parent, QWidget)
        asked.append(_plain(text))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    run_action(window, "importAttendanceAction")
    (text,) = asked
    assert "Riconosciute 2 persone" in text and "Mario Sconosciuto mario@x.it" in text
    present = {
        r.surname: (r.present, r.minutes_attended)
        for r in service.roster(db, practice.id, first.id)
    }
    # 9:02 to 12:30, 9:10 to 12:00: the minutes of each connection
    assert present == {"Bianchi": (True, 170), "Rossi": (True, 208), "Verdi": (None, 0)}
    assert boxes == []


def test_the_report_chooser_offers_every_format_and_an_unreadable_one_is_one_sentence(
    window, monkeypatch, tmp_path, boxes
) -> None:
    broken = tmp_path / "Presenze webinar.xlsx"
    broken.write_bytes(b"PK\x03\x04 non proprio un file di Excel")
    offered: list[str] = []

    def choose(_parent, _title, _folder, filters, *_a, **_k):
        offered.append(filters)
        return str(broken), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    run_action(window, "importAttendanceAction")
    (filters,) = offered
    first = filters.split(";;")[0]
    for pattern in ("*.csv", "*.txt", "*.tsv", "*.xlsx", "*.xls", "*.ods"):
        assert pattern in first.split("(")[1].rstrip(")").split()
    ((_kind, title, text),) = boxes
    assert title == "Report non letto"
    assert "danneggiato" in text and "Cannot" not in text and "detect" not in text
    assert text.endswith("salvarlo di nuovo e riprovare.")


@pytest.fixture
def english(qapp: object):
    """The interface in English (before the window is made)."""
    from exchange_desktop import language

    language.install_translators("en")
    yield
    language.remove_translators()


def test_in_english_the_preview_and_the_summary_say_why_in_english(
    english, window, db, sessions, monkeypatch, tmp_path, boxes
) -> None:
    """The reasons, notes and consent the import hands over are translated by the window
    (issue #23): in English neither the preview nor the summary says a word of Italian."""
    practice, first, _second = sessions
    lines = [
        "Cognome;Nome;Ente;Indirizzo email;Acconsento al trattamento dei dati personali",
        "Rossi;Anna;Comune di Lissone;anna.rossi@gmial.com;Sì",
        ";Luca;Comune di Lissone;luca@lissone.it;Sì",
        "Verdi;Marta;Comune di Lissone;marta.verdi@lissone.it;No",
        "Totale iscritti 3;;;;",
    ]
    path = tmp_path / "iscritti.csv"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    _choose_file(monkeypatch, path)

    def look(dialog: ImportDialog) -> list[list[object]]:
        child(dialog, "importSkipInvalid").setChecked(True)  # type: ignore[attr-defined]
        return _preview(dialog)

    seen = _on_dialog(monkeypatch, look)
    run_action(window, "importParticipantsAction")
    ((rossi, luca, verdi, totals),) = seen
    assert rossi[:3] == [
        2,
        "new, to check",
        "Email: the domain “gmial.com” looks mistyped (perhaps “gmail.com”?); imported as it is.",
    ]
    assert luca[:3] == [3, "error", "Surname is missing."]
    assert verdi[:3] == [4, "new", ""]
    assert totals[:3] == [5, "not a person", "Not a person: it is a totals row."]
    assert (rossi[-1], verdi[-1]) == ("Yes", "No")  # the consent column, in English too
    ((kind, title, text),) = boxes
    assert (kind, title) == ("information", "Import completed")
    assert "Row 3: Surname is missing." in text
    assert "To check, row 2: Email: the domain “gmial.com” looks mistyped" in text
    assert not any(word in text for word in ("Riga", "Manca", "dominio"))
    assert sorted(_stored(db, practice.id, first.id)) == ["Rossi", "Verdi"]


def test_one_of_a_kind_is_counted_in_the_singular(qtbot, db: Database) -> None:
    from scheduling_helpers import sample

    from exchange_desktop.imports.spreadsheet import ImportTable

    _practice, session = sample(db)
    assert session.id is not None
    fill(db, session.id, ["Rossi"])
    rows = [["Rossi", "Anna", ""], ["Bianchi", "Luca", "Comune di Desio"]]
    rows.append(["Totale", "", ""])
    table = ImportTable(["Cognome", "Nome", "Ente"], rows, "iscritti.xlsx")
    dialog = ImportDialog(db, session.id, table)
    qtbot.addWidget(dialog)
    counts = child(dialog, "importCounts").text()
    assert counts.startswith("1 nuovo · 1 doppione (saltato) · 0 con errori")
    assert "1 non è una persona (saltata)" in counts
