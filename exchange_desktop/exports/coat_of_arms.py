"""The coat of arms at the top of an attestato: a PNG through reportlab's Image, an SVG
through svglib (Comuni often publish theirs as SVG), scaled to fit a small box.

An image that cannot be read is a :class:`DomainError` with a message, never a crash in the
middle of a document.
"""

from __future__ import annotations

import io
import logging
import tempfile

from reportlab.graphics.shapes import Drawing
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image

from exchange_desktop.domain.errors import DomainError
from exchange_desktop.i18n import MESSAGES_CONTEXT, QT_TRANSLATE_NOOP, Message


def _unreadable(kind: str) -> DomainError:
    return DomainError(
        Message(
            MESSAGES_CONTEXT,
            QT_TRANSLATE_NOOP(
                "Messages",
                "Lo stemma non è un'immagine {kind} leggibile: sceglierne un altro file o "
                "toglierlo dalla pratica.",
            ),
            kind=kind,
        )
    )


def _png(data: bytes, max_width: float, max_height: float) -> Image:
    try:
        reader = ImageReader(io.BytesIO(data))
        width, height = reader.getSize()
        reader.getRGBData()  # a truncated file fails here, not half-way through the PDF
    except Exception as exc:  # PIL raises many kinds for a broken file
        raise _unreadable("PNG") from exc
    if width <= 0 or height <= 0:
        raise _unreadable("PNG")
    factor = min(max_width / width, max_height / height)
    image = Image(io.BytesIO(data), width=width * factor, height=height * factor)
    image.hAlign = "CENTER"
    return image


def _svg(data: bytes, max_width: float, max_height: float) -> Drawing:
    from svglib.svglib import svg2rlg

    svglib_log = logging.getLogger("svglib.svglib")
    level = svglib_log.level
    svglib_log.setLevel(logging.CRITICAL)  # a broken file is reported below, not logged
    try:
        # External references (<image href="file:…">) are refused: the file comes from
        # wherever the clerk found it, and only its own content belongs on the page.
        with tempfile.TemporaryDirectory() as nowhere:
            drawing = svg2rlg(io.BytesIO(data), external_reference_root=nowhere)
    except Exception as exc:  # lxml and svglib raise many kinds
        raise _unreadable("SVG") from exc
    finally:
        svglib_log.setLevel(level)
    if drawing is None or drawing.width <= 0 or drawing.height <= 0:
        raise _unreadable("SVG")
    factor = min(max_width / drawing.width, max_height / drawing.height)
    drawing.scale(factor, factor)
    drawing.width *= factor
    drawing.height *= factor
    drawing.hAlign = "CENTER"
    return drawing


def coat_of_arms(data: bytes, image_format: str, max_width: float, max_height: float) -> Flowable:
    """The image, centred, as large as fits ``max_width`` × ``max_height`` points."""
    if image_format == "svg":
        return _svg(data, max_width, max_height)
    return _png(data, max_width, max_height)
