"""Signed attestati from the GUI: the .p12 and its password asked, the PDF signed and valid,
the password never written to the settings."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox
from signing_helpers import PASSWORD, SIGNER_NAME, SigningCA, make_ca, validate, write_p12
from ui_helpers import action, make_window, run_action

from exchange_desktop.domain.roster import Participant
from exchange_desktop.services import roster as roster_service
from exchange_desktop.services.attendance import marks as attendance_service
from exchange_desktop.services.practices.catalogue import update_practice
from exchange_desktop.services.practices.sample import load_sample
from exchange_desktop.services.scheduling import sessions as scheduling
from exchange_desktop.ui.documents import export_actions


@pytest.fixture
def ca() -> SigningCA:
    return make_ca()


@pytest.fixture
def window(qtbot, db, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    practice = load_sample(db)
    update_practice(db, practice.id, signer_name=SIGNER_NAME, signer_title="Responsabile")
    summary = scheduling.session_summaries(db, practice.id)[0]
    session_id = summary.session.id
    scheduling.confirm_date(db, session_id, summary.session.candidate_dates[0].day)
    for surname in ("Rossi", "Bianchi"):
        roster_service.register(db, session_id, Participant(surname=surname, name="Anna"))
    attendance_service.mark_all_present(db, session_id)
    main = make_window(qtbot, db, tmp_path / "s.ini")
    main.tabs.setCurrentWidget(main.roster_tab)
    monkeypatch.setattr(export_actions, "open_file", lambda path: None)
    return main


def _dialogs(
    monkeypatch: pytest.MonkeyPatch, p12: Path, password: str | None, target: Path
) -> list[str]:
    """Answer the file, password and save dialogs; return what was asked, in order."""
    asked: list[str] = []

    def open_file(_parent, _title, _proposed, file_filter):
        asked.append(f"open {file_filter}")
        return str(p12), ""

    def get_text(_parent, _title, label, echo):
        asked.append(f"password {label}")
        assert echo == QLineEdit.EchoMode.Password
        return (password or "", password is not None)

    def save(_parent, _title, proposed, _filter):
        asked.append(f"save {Path(proposed).name}")
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", open_file)
    monkeypatch.setattr(QInputDialog, "getText", get_text)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    return asked


def test_signed_certificates_from_the_gui(
    window, ca: SigningCA, tmp_path: Path, monkeypatch, no_unanswered_dialogs
) -> None:
    p12 = write_p12(tmp_path / "firma.p12", ca)
    target = tmp_path / "attestati firmati.pdf"
    asked = _dialogs(monkeypatch, p12, PASSWORD.decode(), target)
    run_action(window, "exportSignedCertificatesAction")
    assert asked == [
        "open Certificati PKCS#12 (*.p12 *.pfx);;Tutti i file (*)",
        "password Password del file firma.p12:",
        "save Attestati 2026-04-20 - Patti di Cittadinanza.pdf",
    ]
    status = validate(target.read_bytes(), ca)
    assert status.bottom_line
    assert no_unanswered_dialogs[0] == "Documento salvato"  # then, maybe, "da sapere"
    window._settings.sync()
    settings_text = (tmp_path / "s.ini").read_text(encoding="utf-8")
    assert "firma.p12" in settings_text  # the file is proposed next time …
    assert "segreta" not in settings_text  # … the password never kept


def test_a_wrong_password_is_explained_and_nothing_written(
    window, ca: SigningCA, tmp_path: Path, monkeypatch, no_unanswered_dialogs
) -> None:
    p12 = write_p12(tmp_path / "firma.p12", ca)
    target = tmp_path / "attestati.pdf"
    asked = _dialogs(monkeypatch, p12, "sbagliata", target)
    run_action(window, "exportSignedCertificatesAction")
    assert [entry.split()[0] for entry in asked] == ["open", "password"]  # no save dialog
    assert no_unanswered_dialogs == ["Firma digitale non possibile"]
    assert not target.exists()


def test_cancelling_the_password_stops_quietly(
    window, ca: SigningCA, tmp_path: Path, monkeypatch, no_unanswered_dialogs
) -> None:
    p12 = write_p12(tmp_path / "firma.p12", ca)
    target = tmp_path / "attestati.pdf"
    _dialogs(monkeypatch, p12, None, target)
    run_action(window, "exportSignedCertificatesAction")
    assert no_unanswered_dialogs == []
    assert not target.exists()


def test_the_unsigned_export_has_a_plain_signature_line(
    window, tmp_path: Path, monkeypatch, no_unanswered_dialogs
) -> None:
    from day_helpers import flat, page_texts

    target = tmp_path / "attestati.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    run_action(window, "exportCertificatesAction")
    texts = [flat(text) for text in page_texts(target)]
    assert texts and all("Firma autografa" not in text for text in texts)
    assert all("firmato digitalmente" not in text for text in texts)
    assert "Documento salvato" in no_unanswered_dialogs  # answered by the fixture


def test_the_signed_export_is_in_the_export_menu_only(window) -> None:
    signed = action(window, "exportSignedCertificatesAction")
    menu = [entry.objectName() for entry in window.export_menu.actions()]
    assert menu.index("exportCertificatesAction") + 1 == menu.index(signed.objectName())
    assert signed not in window.day_exports.actions  # the roster tab's row stays as wide
    assert signed.isEnabled()


def test_a_certificate_of_another_official_asks_naming_both(
    window, db, ca: SigningCA, tmp_path: Path, monkeypatch
) -> None:
    """Laura Ferrari printed, Maria Rossi's certificate: the window asks, naming both; "Sì"
    prints the certificate's holder; "No" writes nothing."""
    update_practice(db, 1, signer_name="Dott.ssa Laura Ferrari", signer_title="Dirigente")
    p12 = write_p12(tmp_path / "firma.p12", ca)
    target = tmp_path / "attestati.pdf"
    _dialogs(monkeypatch, p12, PASSWORD.decode(), target)
    questions: list[str] = []

    def answer(yes: bool):
        def question(_parent, _title, text, *_a, **_k):
            questions.append(text)
            return QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No

        monkeypatch.setattr(QMessageBox, "question", question)

    monkeypatch.setattr(QMessageBox, "exec", lambda _box: 0)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    answer(False)
    run_action(window, "exportSignedCertificatesAction")
    assert "Maria Rossi" in questions[0] and "Dott.ssa Laura Ferrari" in questions[0]
    assert not target.exists()
    answer(True)
    run_action(window, "exportSignedCertificatesAction")
    assert validate(target.read_bytes(), ca).bottom_line
    text = PdfReader(target).pages[0].extract_text()
    assert "Maria Rossi" in text and "Laura Ferrari" not in text
