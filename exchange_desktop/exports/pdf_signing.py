"""Digital signatures (PAdES) on the PDFs the office issues, with pyHanko.

Why PAdES: an attestato sent by email is worth as much as a paper one only when it carries a
qualified electronic signature (D.Lgs. 82/2005, the *Codice dell'amministrazione digitale*);
PAdES keeps it a normal PDF that any reader opens and Acrobat or Dike can verify.

Two steps, kept apart on purpose.  *Where the key comes from* is a provider that returns a
pyHanko :class:`~pyhanko.sign.signers.Signer`: :func:`load_signer` reads a PKCS#12 file
(.p12/.pfx) the official chooses.  A PKCS#11 provider (the smart card or USB token of a
qualified certificate, through ``pyhanko.sign.pkcs11``) would plug in here, beside it, and
nothing else would change.  *Signing* is :func:`sign_pdf`, which takes any ``Signer``.

The password is never stored: the API takes it as bytes and forgets it;
:func:`read_password_file` serves scripts that keep it in a protected file.
"""

from __future__ import annotations

import warnings
from datetime import datetime, timezone
from functools import cache
from io import BytesIO
from pathlib import Path

from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.utils import CryptographyDeprecationWarning

# pyHanko still imports cryptography's DSA types (deprecated since cryptography 51) to
# recognise such keys; we never make DSA signatures, so that notice is not the user's.
with warnings.catch_warnings():
    warnings.filterwarnings("ignore", category=CryptographyDeprecationWarning, module="pyhanko")
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.text import TextBoxStyle
    from pyhanko.sign import fields, signers
    from pyhanko.sign.general import SigningError
    from pyhanko.stamp import TextStampStyle

from exchange_desktop.domain.errors import DomainError
from exchange_desktop.i18n import MESSAGES_CONTEXT, QT_TRANSLATE_NOOP, Message
from exchange_desktop.resources import resource_path

__all__ = [
    "DEFAULT_REASON",
    "SIGNATURE_FIELD",
    "load_signer",
    "read_password_file",
    "sign_pdf",
]

DEFAULT_REASON = "Attestato di partecipazione"
SIGNATURE_FIELD = "FirmaResponsabile"
#: The stamp in the visible field; the PDF itself is Italian, like the attestato.
STAMP_TEXT = "Firmato digitalmente da\n%(signer)s\nData: %(ts)s"
STAMP_DATE_FORMAT = "%d/%m/%Y %H:%M"
#: pyHanko's default frame (3 points) would hide the signature line under it.
STAMP_BORDER = 1
#: The glyph space of a PDF font: widths in thousandths of an em.
PDF_GLYPH_UNITS = 1000

Box = tuple[float, float, float, float]


def _error(template: str, **params: object) -> DomainError:
    return DomainError(Message(MESSAGES_CONTEXT, template, **params))


# --- the password --------------------------------------------------------------------------


def read_password_file(path: Path | str) -> bytes:
    """The first line of ``path`` (its line ending dropped), for unattended signing.

    Only the line ending is removed: a password may begin or end with spaces.
    """
    file = Path(path)
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Messages", "Impossibile leggere il file della password {path}: {detail}"
            ),
            path=str(file),
            detail=exc.strerror or str(exc),
        ) from exc
    password = data.split(b"\n", 1)[0].removesuffix(b"\r")
    if not password:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Messages", "Il file della password {path} è vuoto: la prima riga deve contenerla."
            ),
            path=str(file),
        )
    return password


# --- the PKCS#12 provider ------------------------------------------------------------------


def _looks_like_pkcs12(data: bytes) -> bool:
    """Whether ``data`` is a PKCS#12 structure at all (then a refusal means a wrong password)."""
    from asn1crypto import pkcs12 as asn1_pkcs12

    try:
        pfx = asn1_pkcs12.Pfx.load(data, strict=True)
        version: str = pfx["version"].native
        content_type: str = pfx["auth_safe"]["content_type"].native
        return version == "v3" and content_type == "data"
    except (ValueError, TypeError, KeyError):
        return False


def _check_validity(not_before: datetime, not_after: datetime, now: datetime) -> None:
    day = "%d/%m/%Y"
    if now < not_before:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Il certificato di firma non è ancora valido: lo sarà dal {date}.",
            ),
            date=not_before.strftime(day),
        )
    if now > not_after:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Il certificato di firma è scaduto il {date}: rinnovarlo o sceglierne un altro.",
            ),
            date=not_after.strftime(day),
        )


def load_signer(
    p12_path: Path | str, password: bytes, *, now: datetime | None = None
) -> signers.SimpleSigner:
    """A pyHanko signer from a PKCS#12 file (.p12/.pfx) protected by ``password``.

    This is the file-based provider; a PKCS#11 provider for smart cards would return its own
    ``Signer`` here and :func:`sign_pdf` would take it as it is.  Raises
    :class:`DomainError` when the file is missing or unreadable, is not a PKCS#12 file, the
    password is wrong, the file holds no private key or no certificate, or the certificate is
    not valid at ``now`` (the present moment by default): better to refuse before signing
    than to issue attestati with a signature every reader marks as invalid.
    """
    path = Path(p12_path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Messages", "Impossibile leggere il file del certificato {path}: {detail}"
            ),
            path=str(path),
            detail=exc.strerror or str(exc),
        ) from exc
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(data, password or None)
    except (ValueError, TypeError) as exc:
        if _looks_like_pkcs12(data):
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Messages", "Password errata per il file del certificato {path}."
                ),
                path=str(path),
            ) from exc
        raise _error(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{path} non è un file di certificato PKCS#12 (.p12 o .pfx) valido.",
            ),
            path=str(path),
        ) from exc
    if key is None or cert is None:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Il file {path} non contiene una chiave privata con il suo certificato: "
                "serve il file esportato con la chiave privata.",
            ),
            path=str(path),
        )
    _check_validity(
        cert.not_valid_before_utc, cert.not_valid_after_utc, now or datetime.now(timezone.utc)
    )
    del key, extra  # pyHanko reads the file again into its own key objects
    try:
        signer: signers.SimpleSigner = signers.SimpleSigner.load_pkcs12_data(
            data, (), passphrase=password or None
        )
        return signer
    except ValueError as exc:  # a key type pyHanko cannot sign with
        raise _error(
            QT_TRANSLATE_NOOP(
                "Messages", "La chiave del file {path} non può essere usata per firmare."
            ),
            path=str(path),
        ) from exc


# --- signing -------------------------------------------------------------------------------


@cache
def _stamp_font_bytes() -> bytes:
    """The documents' font scaled to 1000 units per em, once per run.

    pyHanko writes the glyphs' widths in the font's own units where PDF expects thousandths
    of an em: with DejaVu's 2048 the stamp's letters came out spaced apart and cut off."""
    from fontTools.ttLib import TTFont
    from fontTools.ttLib.scaleUpem import scale_upem

    from exchange_desktop.exports.pdf_base import FONT_FILE

    font = TTFont(str(resource_path("fonts", FONT_FILE)))
    if font["head"].unitsPerEm != PDF_GLYPH_UNITS:
        scale_upem(font, PDF_GLYPH_UNITS)
    scaled = BytesIO()
    font.save(scaled)
    return scaled.getvalue()


def _stamp_text_style() -> TextBoxStyle:
    """The stamp's text in the documents' own font, embedded (pyHanko's default is Courier,
    not embedded, and has no glyph for a name such as "Łukasz")."""
    from pyhanko.pdf_utils.font.opentype import GlyphAccumulator, GlyphAccumulatorFactory
    from pyhanko.pdf_utils.writer import BasePdfFileWriter

    from exchange_desktop.exports.pdf_base import FONT_FILE

    class _InMemoryFont(GlyphAccumulatorFactory):
        """pyHanko's factory opens the font file and never closes it: read it whole."""

        def create_font_engine(
            self, writer: BasePdfFileWriter, obj_stream: object = None
        ) -> GlyphAccumulator:
            if obj_stream is None and writer.stream_xrefs and self.create_objstream_if_needed:
                obj_stream = writer.prepare_object_stream()  # type: ignore[no-untyped-call]
            return GlyphAccumulator(
                writer=writer,
                font_handle=BytesIO(_stamp_font_bytes()),
                font_size=self.font_size,
                ot_script_tag=self.ot_script_tag,
                ot_language_tag=self.ot_language_tag,
                writing_direction=self.writing_direction,
                bcp47_lang_code=self.bcp47_lang_code,
                obj_stream=obj_stream,
            )

    return TextBoxStyle(font=_InMemoryFont(str(resource_path("fonts", FONT_FILE))))


def sign_pdf(
    pdf_bytes: bytes,
    signer: signers.Signer,
    *,
    field_box: Box,
    page: int = 0,
    reason: str = DEFAULT_REASON,
    location: str = "",
) -> bytes:
    """``pdf_bytes`` signed by ``signer`` (PAdES baseline B, SHA-256), as new bytes.

    The signature is an incremental update with a visible field at ``field_box`` (x1, y1,
    x2, y2 in PDF points, origin at the bottom left) on ``page`` (0 is the first), stamped
    with the signer's name and the date, so that a printed attestato still shows it is
    signed.  Raises :class:`DomainError` when the PDF cannot be read or signed.
    """
    meta = signers.PdfSignatureMetadata(
        field_name=SIGNATURE_FIELD,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        reason=reason or None,
        location=location or None,
    )
    stamp = TextStampStyle(
        stamp_text=STAMP_TEXT,
        timestamp_format=STAMP_DATE_FORMAT,
        border_width=STAMP_BORDER,
        text_box_style=_stamp_text_style(),
    )
    box = (round(field_box[0]), round(field_box[1]), round(field_box[2]), round(field_box[3]))
    field = fields.SigFieldSpec(SIGNATURE_FIELD, on_page=page, box=box)
    try:
        writer = IncrementalPdfFileWriter(BytesIO(pdf_bytes), strict=False)
        pdf_signer = signers.PdfSigner(meta, signer, stamp_style=stamp, new_field_spec=field)
        output = pdf_signer.sign_pdf(writer)
    except (PdfError, SigningError, ValueError) as exc:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Messages", "Impossibile firmare digitalmente il documento: {detail}"
            ),
            detail=str(exc),
        ) from exc
    signed: bytes = output.getvalue()
    return signed
