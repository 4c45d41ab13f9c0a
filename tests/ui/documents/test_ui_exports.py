"""Esporta menu and tab buttons: save dialog with a sensible name, the PDF on disk, open it."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QToolButton
from ui_helpers import action, make_window

from exchange_desktop.services.practices.sample import load_sample
from exchange_desktop.storage.database import Database
from exchange_desktop.ui.documents import export_actions


@pytest.fixture
def window(qtbot, db: Database, tmp_path: Path):
    load_sample(db)
    return make_window(qtbot, db, tmp_path / "settings.ini")


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_export_menu_holds_both_documents(window) -> None:
    menu_actions = [a.objectName() for a in window.export_menu.actions()]
    assert menu_actions[:3] == ["exportCardAction", "exportProgrammeAction", "exportCalendarAction"]
    buttons = window.programme_tab.findChildren(QToolButton)
    assert {b.defaultAction().objectName() for b in buttons if b.defaultAction()} >= {
        "exportCardAction",
        "exportProgrammeAction",
    }


def test_programme_export_writes_pdf_and_offers_to_open(
    window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    suggested: list[str] = []
    target = tmp_path / "uscita con spazi" / "Programma Monza"  # no extension typed
    target.parent.mkdir()

    def save_dialog(_parent, _title, proposed, _filter):
        suggested.append(proposed)
        return str(target), "PDF"

    opened: list[Path] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: box.setProperty("shown", True) or 0)
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda box: box.defaultButton())
    monkeypatch.setattr(export_actions, "open_file", opened.append)

    action(window, "exportProgrammeAction").trigger()

    written = target.with_name("Programma Monza.pdf")
    assert Path(suggested[0]).name == "Programma - Patti di Cittadinanza.pdf"
    assert written.exists()
    text = _pdf_text(written)
    assert "Programma della giornata" in text and "Comune di Monza" in text
    assert "Organismi partecipativi comunali" in text
    assert opened == [written]


def test_card_export_remembers_folder_and_reports_failures(
    window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    proposals: list[str] = []
    answers = iter([str(tmp_path / "scheda.pdf"), str(tmp_path / "scheda.pdf" / "dentro.pdf")])

    def save_dialog(_parent, _title, proposed, _filter):
        proposals.append(proposed)
        return next(answers), "PDF"

    warnings: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    monkeypatch.setattr(export_actions, "open_file", lambda path: None)

    action(window, "exportCardAction").trigger()
    assert "Scheda della buona pratica" in _pdf_text(tmp_path / "scheda.pdf")

    action(window, "exportCardAction").trigger()  # a file where a folder should be
    assert Path(proposals[1]).parent == tmp_path
    assert warnings and "Traceback" not in warnings[0]


def test_first_export_opens_in_documents_then_where_the_last_one_went(
    window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    documents = tmp_path / "Documenti"
    documents.mkdir()
    real = QStandardPaths.writableLocation

    def location(kind):
        if kind == QStandardPaths.StandardLocation.DocumentsLocation:
            return str(documents)
        return real(kind)

    monkeypatch.setattr(QStandardPaths, "writableLocation", location)
    elsewhere = tmp_path / "chiavetta"
    elsewhere.mkdir()
    proposals: list[Path] = []

    def save_dialog(_parent, _title, proposed, _filter):
        proposals.append(Path(proposed))
        return str(elsewhere / "scheda.pdf"), "PDF"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    monkeypatch.setattr(export_actions, "open_file", lambda path: None)

    action(window, "exportCardAction").trigger()  # first export: Documents, not home
    action(window, "exportProgrammeAction").trigger()  # then the folder last used
    (elsewhere / "scheda.pdf").unlink()
    elsewhere.rmdir()  # the USB stick taken out: Documents again
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a: proposals.append(Path(a[2])) or ("", "")
    )
    action(window, "exportCardAction").trigger()
    assert [p.parent for p in proposals] == [documents, elsewhere, documents]


def test_cancelled_dialog_writes_nothing(window, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: ("", ""))
    action(window, "exportCardAction").trigger()
    assert list(tmp_path.glob("*.pdf")) == []


def test_exports_disabled_without_a_practice(qtbot, tmp_path: Path) -> None:
    from exchange_desktop.storage.database import open_database

    empty = open_database(tmp_path / "vuoto.sqlite")
    window = make_window(qtbot, empty, tmp_path / "s.ini")
    assert not action(window, "exportCardAction").isEnabled()
    assert not action(window, "exportProgrammeAction").isEnabled()
    window.close()
    empty.close()
