"""Who is printed as the signer of the attestati, and that a digital signature is theirs.

An attestato signed with the certificate of one official but naming another as signer is
a false statement the reader cannot see; one that names nobody is no attestato.  Both are
refused here, before anything is written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from exchange_desktop.domain.certificates import Signer, same_signer, signer_of
from exchange_desktop.domain.errors import DomainError
from exchange_desktop.domain.practice import Practice
from exchange_desktop.i18n import QT_TRANSLATE_NOOP
from exchange_desktop.services.scheduling.session_rows import message, session_row
from exchange_desktop.storage.database import Database
from exchange_desktop.storage.mapping import to_domain

if TYPE_CHECKING:
    from pyhanko.sign.signers import Signer as PdfSigner


class SignerMismatchError(DomainError):
    """The certificate is someone else's than the signer printed on the attestati."""

    def __init__(self, printed: Signer, certificate: Signer) -> None:
        super().__init__(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Il certificato di firma è di {certificate}, ma gli attestati riportano "
                    "come firmatario {printed}: firmare solo con il certificato di chi è "
                    "indicato come firmatario, oppure stampare come firmatario il nome del "
                    "certificato.",
                ),
                certificate=certificate.name,
                printed=printed.name,
            )
        )
        self.printed = printed
        self.certificate = certificate


def certificate_holder(pdf_signer: PdfSigner) -> Signer:
    """The holder of the signing certificate: the subject's name and title (qualifica)."""
    cert = getattr(pdf_signer, "signing_cert", None)
    subject = cert.subject.native if cert is not None else {}
    name = str(subject.get("common_name") or "").strip()
    if not name:
        name = " ".join(
            str(subject.get(part) or "").strip() for part in ("given_name", "surname")
        ).strip()
    return Signer(" ".join(name.split()), " ".join(str(subject.get("title") or "").split()))


def printed_signer(
    practice: Practice,
    default: Signer | None,
    pdf_signer: PdfSigner | None = None,
    *,
    from_certificate: bool = False,
) -> Signer:
    """The signer to print: the practice's, else ``default`` (the preferences'), else, with
    ``from_certificate``, the certificate holder (name, and qualifica when the certificate
    has one).  Refused without a name or a qualifica, and when ``pdf_signer``'s certificate
    belongs to someone else (:class:`SignerMismatchError`; titles, accents and case ignored).
    """
    signer = signer_of(practice, default)
    if pdf_signer is not None:
        holder = certificate_holder(pdf_signer)
        if from_certificate:
            signer = Signer(holder.name or signer.name, holder.title or signer.title)
        elif signer.name and not same_signer(signer.name, holder.name):
            raise SignerMismatchError(signer, holder)
    if not signer.name:
        raise DomainError(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Gli attestati non possono essere preparati senza il nome del firmatario: "
                    "indicarlo nella scheda Pratica («Firmatario degli attestati») o, per tutte "
                    "le pratiche, in File → Preferenze (dalla riga di comando: --signer-name).",
                )
            )
        )
    if not signer.title:
        raise DomainError(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Manca la qualifica del firmatario ({name}) degli attestati: indicarla "
                    "nella scheda Pratica o in File → Preferenze (dalla riga di comando: "
                    "--signer-title).",
                ),
                name=signer.name,
            )
        )
    return signer


def session_signer(
    db: Database,
    session_id: int,
    default: Signer | None,
    pdf_signer: PdfSigner | None = None,
    *,
    from_certificate: bool = False,
) -> Signer:
    """:func:`printed_signer` for the practice of a session: what the window checks before
    it asks where to save, so that a refusal comes before the file dialog."""
    with db.read() as orm:
        practice = to_domain(session_row(orm, session_id).practice, Practice)
    return printed_signer(practice, default, pdf_signer, from_certificate=from_certificate)
