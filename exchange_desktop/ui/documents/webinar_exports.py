"""Esporta → *Registro del webinar* (unsigned, or signed with a .p12 as the attestati): the
register made from the imported reports, and the question before a paper sign-in sheet is
made for a webinar."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QMessageBox, QWidget

from exchange_desktop.domain.enums import Modality
from exchange_desktop.domain.errors import DomainError
from exchange_desktop.preferences import default_signer
from exchange_desktop.services.practices.catalogue import get_practice
from exchange_desktop.services.scheduling.sessions import get_session
from exchange_desktop.storage.database import Database
from exchange_desktop.ui.documents.export_actions import DocumentExports
from exchange_desktop.ui.widgets.dialogs import confirm, literal, show_error

if TYPE_CHECKING:
    from pyhanko.sign.signers import Signer as PdfSigner


def paper_sheet_wanted(parent: QWidget, db: Database, session_id: int) -> bool:
    """True for an in-person session; for a webinar, whether the clerk still wants a paper
    sheet (its register is the webinar's, from the attendance report)."""
    if get_session(db, session_id).modality is not Modality.WEBINAR:
        return True
    return confirm(
        parent,
        QCoreApplication.translate("WebinarExports", "Sessione in webinar"),
        QCoreApplication.translate(
            "WebinarExports",
            "La sessione si tiene in webinar: il suo registro presenze è il registro del "
            "webinar (Esporta → Registro del webinar), fatto dal report di Teams o Zoom. "
            "Preparare comunque un foglio firme cartaceo?",
        ),
    )


def export_webinar_register(
    parent: QWidget,
    db: Database,
    settings: QSettings,
    documents: DocumentExports,
    choose_session: Callable[[], int | None],
    settle_signer: Callable[[int], tuple[PdfSigner | None, bool] | None],
) -> None:
    """Choose the session, then settle who signs (``settle_signer``: the digital signer,
    None for the printed line, and whether the certificate holder is printed as signer; None
    when the clerk gives up), then where to save its register."""
    from exchange_desktop.services.documents.webinar_register import (
        export_webinar_register as write_register,
    )
    from exchange_desktop.services.documents.webinar_register import suggested_register_name

    session_id = choose_session()
    if session_id is None:
        return
    try:
        session = get_session(db, session_id)
        practice = get_practice(db, session.practice_id)  # type: ignore[arg-type]
    except DomainError as error:
        show_error(parent, error)
        return
    if session.modality is not Modality.WEBINAR:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("WebinarExports", "Registro del webinar non creato"),
            literal(
                QCoreApplication.translate(
                    "WebinarExports",
                    "La sessione si tiene in presenza: il suo registro è il foglio firme "
                    "(Esporta → Foglio firme).",
                )
            ),
        )
        return
    settled = settle_signer(session_id)
    if settled is None:
        return
    pdf_signer, from_certificate = settled
    accepted = timetable_accepted(parent, db, session_id)
    if accepted is None:
        return
    name = suggested_register_name(session.confirmed_day, practice.title)
    signer = default_signer(settings)
    documents.save_as(
        QCoreApplication.translate("WebinarExports", "Esporta il registro del webinar"),
        name,
        QCoreApplication.translate("WebinarExports", "Documenti PDF (*.pdf)"),
        ".pdf",
        lambda target, _progress: write_register(
            db,
            session_id,
            target,
            default_signer=signer,
            signer=pdf_signer,
            signer_from_certificate=from_certificate,
            accept_timetable=accepted,
        ),
    )


def timetable_accepted(parent: QWidget, db: Database, session_id: int) -> bool | None:
    """False when the timetable holds; True when it does not and the clerk confirms it as
    it is (the question lists what does not hold); None when the clerk goes back to fix it."""
    from exchange_desktop.services.attendance.timetable_check import timetable_problems
    from exchange_desktop.translation import tr_message

    try:
        problems = timetable_problems(db, session_id)
    except DomainError as error:
        show_error(parent, error)
        return None
    if not problems:
        return False
    lines = "\n".join(f"• {tr_message(problem)}" for problem in problems)
    question = QCoreApplication.translate(
        "WebinarExports",
        "L'orario della giornata non torna:\n{lines}\n\nLe ore previste e le sedute del "
        "documento ne dipendono. Correggere prima il programma o l'orario della sessione "
        "(scheda Date), oppure preparare il documento così com'è?",
    ).format(lines=lines)
    title = QCoreApplication.translate("WebinarExports", "Orario da verificare")
    return True if confirm(parent, title, question) else None
