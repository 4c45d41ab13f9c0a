"""The papers of the day from the Esporta menu and the roster tab: sign-in sheet,
certificates of attendance, the roster in Excel, and printing the sign-in sheet."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from exchange_desktop.domain.errors import DomainError
from exchange_desktop.preferences import default_signer
from exchange_desktop.services.attendance.certificate_check import CertificateCheck
from exchange_desktop.services.practices.catalogue import get_practice
from exchange_desktop.services.scheduling.sessions import get_session
from exchange_desktop.storage.database import Database
from exchange_desktop.translation import tr_message
from exchange_desktop.ui.documents.day_export_dialogs import (
    RosterColumnsDialog,
    SigninOptionsDialog,
)
from exchange_desktop.ui.documents.export_actions import (
    DocumentExports,
    export_folder,
    open_file,
    remember_export_folder,
)
from exchange_desktop.ui.documents.webinar_exports import (
    export_webinar_register,
    paper_sheet_wanted,
    timetable_accepted,
)
from exchange_desktop.ui.widgets.dialogs import confirm, literal, show_error

if TYPE_CHECKING:
    from pyhanko.sign.signers import Signer

SETTINGS_PRIVACY = "signin/privacy_notice"
SETTINGS_COLUMNS = "roster/export_columns"


class DayExports(QObject):
    """Actions that need a session (asked through ``choose_session``) or the practice."""

    def __init__(
        self,
        db: Database,
        settings: QSettings,
        documents: DocumentExports,
        current_practice: Callable[[], int | None],
        choose_session: Callable[[], int | None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._settings = settings
        self._documents = documents
        self._current_practice = current_practice
        self._choose_session = choose_session
        self._window = parent
        self.signin_action = self._action(
            "exportSigninAction",
            self.tr("&Foglio firme (PDF)…"),
            self.tr("Foglio firme…"),
            self.export_signin,
        )
        self.print_action = self._action(
            "printSigninAction",
            self.tr("S&tampa il foglio firme…"),
            self.tr("Stampa…"),
            self.print_signin,
        )
        self.certificates_action = self._action(
            "exportCertificatesAction",
            self.tr("&Attestati di partecipazione (PDF)…"),
            self.tr("Attestati…"),
            self.export_certificates,
        )
        self.signed_certificates_action = self._action(
            "exportSignedCertificatesAction",
            self.tr("Attestati con firma &digitale (PDF)…"),
            self.tr("Attestati firmati…"),
            self.export_signed_certificates,
        )
        self.certificates_each_action = self._action(
            "exportCertificatesEachAction",
            self.tr("Attestati, un file per pe&rsona…"),
            self.tr("Attestati in cartella…"),
            self.export_certificates_each,
        )
        self.webinar_register_action = self._action(
            "exportWebinarRegisterAction",
            self.tr("Registro del &webinar (PDF)…"),
            self.tr("Registro webinar…"),
            lambda: self._export_webinar_register(signed=False),
        )
        self.signed_webinar_register_action = self._action(
            "exportSignedWebinarRegisterAction",
            self.tr("Registro del webinar con firma di&gitale (PDF)…"),
            self.tr("Registro webinar firmato…"),
            lambda: self._export_webinar_register(signed=True),
        )
        self.roster_action = self._action(
            "exportRosterAction",
            self.tr("&Elenco partecipanti (Excel)…"),
            self.tr("Excel…"),
            self.export_roster,
        )

    @property
    def actions(self) -> list[QAction]:
        """The buttons of the roster tab."""
        return [
            self.signin_action,
            self.print_action,
            self.certificates_action,
            self.certificates_each_action,
            self.roster_action,
        ]

    @property
    def menu_actions(self) -> list[QAction]:
        """The Esporta menu's entries: the buttons, and the signed attestati, which would
        make the roster tab's row of buttons (and the window's least width) wider."""
        menu = self.actions
        menu.insert(menu.index(self.certificates_action) + 1, self.signed_certificates_action)
        menu.insert(menu.index(self.print_action) + 1, self.webinar_register_action)
        menu.insert(
            menu.index(self.webinar_register_action) + 1, self.signed_webinar_register_action
        )
        return menu

    def set_enabled(self, enabled: bool) -> None:
        for action in self.menu_actions:
            action.setEnabled(enabled)

    def _action(self, name: str, text: str, short: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setIconText(short)
        action.triggered.connect(slot)
        return action

    def _signin_options(self) -> SigninOptionsDialog | None:
        dialog = SigninOptionsDialog(str(self._settings.value(SETTINGS_PRIVACY, "")), self._window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        self._settings.setValue(SETTINGS_PRIVACY, dialog.privacy.toPlainText())
        return dialog

    def _write_signin(
        self, session_id: int, options: SigninOptionsDialog, target: Path, accepted: bool
    ) -> Path:
        from exchange_desktop.services.documents.day_documents import export_signin_sheet

        return export_signin_sheet(
            self._db,
            session_id,
            target,
            blank_rows=options.blank_rows.value(),
            landscape=options.landscape.isChecked(),
            two_sittings=options.two_sittings.isChecked(),
            privacy_notice=options.privacy.toPlainText().strip() or None,
            default_signer=default_signer(self._settings),
            accept_timetable=accepted,
        )

    def _names(self, session_id: int) -> tuple[object, object]:
        return get_practice(self._db, self._current_practice()), get_session(self._db, session_id)  # type: ignore[arg-type]

    def export_signin(self) -> None:
        from exchange_desktop.services.documents.day_documents import suggested_signin_name

        session_id = self._choose_session()
        if session_id is None or not paper_sheet_wanted(self._window, self._db, session_id):
            return
        accepted = timetable_accepted(self._window, self._db, session_id)
        if accepted is None:
            return
        options = self._signin_options()
        if options is None:
            return
        try:
            name = suggested_signin_name(*self._names(session_id))  # type: ignore[arg-type]
        except DomainError as error:
            show_error(self._window, error)
            return
        self._documents.save_as(
            self.tr("Esporta il foglio firme"),
            name,
            self.tr("Documenti PDF (*.pdf)"),
            ".pdf",
            lambda target, _progress: self._write_signin(session_id, options, target, accepted),
        )

    def print_signin(self) -> None:
        """Open the sheet in the PDF viewer, whose Print command knows the office printer."""
        session_id = self._choose_session()
        if session_id is None or not paper_sheet_wanted(self._window, self._db, session_id):
            return
        accepted = timetable_accepted(self._window, self._db, session_id)
        if accepted is None:
            return
        options = self._signin_options()
        if options is None:
            return
        target = Path(tempfile.mkdtemp(prefix="exchange-desktop-")) / "Foglio firme.pdf"
        self._documents.write_in_background(
            self.tr("Creazione del foglio firme…"),
            lambda _progress: self._write_signin(session_id, options, target, accepted),
            open_file,
            self.tr("Foglio firme non creato"),
        )

    def _certificate_check(self, session_id: int) -> CertificateCheck | None:
        """Who gets an attestato; None (after saying why) when nobody can get one."""
        from exchange_desktop.services.documents.day_documents import certificate_check

        try:
            check = certificate_check(self._db, session_id)
        except DomainError as error:
            show_error(self._window, error, self.tr("Attestati non creati"))
            return None
        if not check.issued:
            show_error(
                self._window, DomainError(check.nobody_message()), self.tr("Attestati non creati")
            )
            return None
        return check

    def _tell_left_out(self, check: CertificateCheck) -> None:
        """After the export: who got no attestato and why, missing hours, a missing signer."""
        lines = [tr_message(note) for note in check.notes()]
        if lines:
            QMessageBox.information(
                self._window, self.tr("Attestati: da sapere"), literal("\n\n".join(lines))
            )

    def _signer_settled(
        self, session_id: int, pdf_signer: Signer | None, *, register: bool = False
    ) -> bool | None:
        """Whether to print the certificate holder as signer (False: the configured one);
        None, after telling why, when the attestati (or, with ``register``, the webinar
        register) cannot be signed as things stand."""
        from exchange_desktop.services.documents.certificate_signer import (
            SignerMismatchError,
            session_signer,
        )

        refused = (
            self.tr("Registro del webinar non creato")
            if register
            else self.tr("Attestati non creati")
        )
        default = default_signer(self._settings)
        try:
            session_signer(self._db, session_id, default, pdf_signer)
        except SignerMismatchError as mismatch:
            if register:
                question = self.tr(
                    "Il certificato di firma è di {certificate}, ma il registro del webinar "
                    "riporta come firmatario {printed}. Stampare come firmatario "
                    "{certificate}, il titolare del certificato?"
                )
            else:
                question = self.tr(
                    "Il certificato di firma è di {certificate}, ma gli attestati riportano "
                    "come firmatario {printed}. Stampare come firmatario {certificate}, il "
                    "titolare del certificato?"
                )
            question = question.format(
                certificate=mismatch.certificate.name, printed=mismatch.printed.name
            )
            if not confirm(self._window, self.tr("Firmatario diverso dal certificato"), question):
                return None
            try:
                session_signer(self._db, session_id, default, pdf_signer, from_certificate=True)
            except DomainError as error:
                show_error(self._window, error, refused)
                return None
            return True
        except DomainError as error:
            show_error(self._window, error, refused)
            return None
        return False

    def _export_webinar_register(self, *, signed: bool) -> None:
        """The webinar register, unsigned (the responsabile signs the printed line) or
        signed digitally (PAdES) with the .p12 the official picks, as the attestati."""

        def settle_signer(session_id: int) -> tuple[Signer | None, bool] | None:
            pdf_signer = None
            if signed:
                from exchange_desktop.ui.documents.signing_dialogs import ask_signer

                pdf_signer = ask_signer(self._window, self._settings)
                if pdf_signer is None:
                    return None
            from_certificate = self._signer_settled(session_id, pdf_signer, register=True)
            if from_certificate is None:
                return None
            return pdf_signer, from_certificate

        export_webinar_register(
            self._window,
            self._db,
            self._settings,
            self._documents,
            self._choose_session,
            settle_signer,
        )

    def export_certificates(self) -> None:
        self._export_certificates(signed=False)

    def export_signed_certificates(self) -> None:
        """The attestati in one PDF signed digitally (PAdES) with a .p12 file the official
        picks; the password is asked each time and not kept."""
        self._export_certificates(signed=True)

    def _export_certificates(self, *, signed: bool) -> None:
        from exchange_desktop.services.documents.day_documents import (
            export_certificates,
            suggested_certificates_name,
        )

        session_id = self._choose_session()
        if session_id is None:
            return
        check = self._certificate_check(session_id)
        if check is None:
            return
        pdf_signer = None
        if signed:
            from exchange_desktop.ui.documents.signing_dialogs import ask_signer

            pdf_signer = ask_signer(self._window, self._settings)
            if pdf_signer is None:
                return
        from_certificate = self._signer_settled(session_id, pdf_signer)
        if from_certificate is None:
            return
        accepted = timetable_accepted(self._window, self._db, session_id)
        if accepted is None:
            return
        try:
            name = suggested_certificates_name(*self._names(session_id))  # type: ignore[arg-type]
        except DomainError as error:
            show_error(self._window, error)
            return
        signer = default_signer(self._settings)
        self._documents.save_as(
            self.tr("Esporta gli attestati di partecipazione"),
            name,
            self.tr("Documenti PDF (*.pdf)"),
            ".pdf",
            lambda target, _progress: export_certificates(
                self._db,
                session_id,
                target,
                default_signer=signer,
                signer=pdf_signer,
                signer_from_certificate=from_certificate,
                accept_timetable=accepted,
            ),
            then=lambda _path: self._tell_left_out(check),
        )

    def export_certificates_each(self) -> None:
        """One PDF per person present, in a folder the clerk picks (to send them by email),
        written one by one off the GUI thread with a progress bar and *Annulla*."""
        from exchange_desktop.services.documents.day_documents import export_certificates_each

        session_id = self._choose_session()
        if session_id is None:
            return
        check = self._certificate_check(session_id)
        if check is None or self._signer_settled(session_id, None) is None:
            return
        accepted = timetable_accepted(self._window, self._db, session_id)
        if accepted is None:
            return
        folder = QFileDialog.getExistingDirectory(
            self._window, self.tr("Cartella per gli attestati"), str(export_folder(self._settings))
        )
        if not folder:
            return
        remember_export_folder(self._settings, Path(folder))
        signer = default_signer(self._settings)

        def written(paths: list[Path]) -> None:
            QMessageBox.information(
                self._window,
                self.tr("Attestati creati"),
                self.tr("{n} attestati salvati in:\n{folder}").format(n=len(paths), folder=folder),
            )
            self._tell_left_out(check)

        self._documents.write_in_background(
            self.tr("Creazione degli attestati…"),
            lambda progress: export_certificates_each(
                self._db,
                session_id,
                Path(folder),
                default_signer=signer,
                accept_timetable=accepted,
                progress=progress,
            ),
            written,
            self.tr("Attestati non creati"),
        )

    def export_roster(self) -> None:
        from exchange_desktop.services.documents.roster_export import (
            DEFAULT_ROSTER_COLUMNS,
            ROSTER_COLUMNS,
            export_roster_xlsx,
            suggested_roster_name,
        )

        practice_id = self._current_practice()
        if practice_id is None:
            return
        saved = self._settings.value(SETTINGS_COLUMNS, "")
        chosen = str(saved).split(",") if saved else list(DEFAULT_ROSTER_COLUMNS)
        dialog = RosterColumnsDialog(list(ROSTER_COLUMNS), chosen, self._window)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.chosen():
            return
        columns = dialog.chosen()
        self._settings.setValue(SETTINGS_COLUMNS, ",".join(columns))
        name = suggested_roster_name(get_practice(self._db, practice_id))
        self._documents.save_as(
            self.tr("Esporta l'elenco dei partecipanti"),
            name,
            self.tr("Cartella di Excel (*.xlsx)"),
            ".xlsx",
            lambda target, _progress: export_roster_xlsx(self._db, practice_id, target, columns),
        )
