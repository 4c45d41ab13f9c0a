"""Draw the application icon: two overlapping speech bubbles on the PDFs' dark blue.

Run ``python packaging/make_icon.py`` after changing the design; it rewrites
``resources/icons/exchange-desktop.ico`` (16-256 px, each size drawn on its own so the small
ones stay sharp) and ``exchange-desktop-<size>.png``.  The outputs are committed, so neither
the build nor the program needs this script.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QBuffer, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

ICONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
PNG_SIZES = (16, 32, 48, 64, 128, 256)
ACCENT = QColor("#1F3A5F")  # the titles and rules of the PDFs (exports/pdf_base.py)
LIGHT = QColor("#B8C4D6")  # the PDFs' table rules
WHITE = QColor("#FFFFFF")


def _bubble(x: float, y: float, w: float, h: float, tail_left: bool) -> QPainterPath:
    """A rounded speech bubble with its tail pointing down on one side."""
    path = QPainterPath()
    path.addRoundedRect(QRectF(x, y, w, h), h * 0.32, h * 0.32)
    tail = QPainterPath()
    if tail_left:
        tail.moveTo(x + w * 0.18, y + h * 0.7)
        tail.lineTo(x + w * 0.08, y + h * 1.32)
        tail.lineTo(x + w * 0.48, y + h * 0.9)
    else:
        tail.moveTo(x + w * 0.82, y + h * 0.7)
        tail.lineTo(x + w * 0.92, y + h * 1.32)
        tail.lineTo(x + w * 0.52, y + h * 0.9)
    tail.closeSubpath()
    return path.united(tail)


def draw(size: int) -> QImage:
    """The icon at ``size`` pixels, drawn on a 100-unit grid."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 100, size / 100)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(ACCENT)
    painter.drawRoundedRect(QRectF(2, 2, 96, 96), 20, 20)
    back = _bubble(12, 16, 56, 40, tail_left=True)
    front = _bubble(34, 42, 56, 40, tail_left=False)
    painter.setBrush(LIGHT)
    painter.drawPath(back)
    # A dark outline separates the two bubbles where they overlap.
    painter.setPen(QPen(ACCENT, 5))
    painter.setBrush(WHITE)
    painter.drawPath(front)
    painter.setPen(Qt.PenStyle.NoPen)
    if size >= 32:  # three dots of "talking" where there is room for them
        painter.setBrush(ACCENT)
        for cx in (50, 62, 74):
            painter.drawEllipse(QPointF(cx, 62), 4.2, 4.2)
    painter.end()
    return image


def _as_pillow(image: QImage) -> Image.Image:
    buffer = QBuffer()
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGBA")


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    del app
    ICONS_DIR.mkdir(parents=True, exist_ok=True)
    for size in PNG_SIZES:
        draw(size).save(str(ICONS_DIR / f"exchange-desktop-{size}.png"))
    images = [_as_pillow(draw(size)) for size in ICO_SIZES]
    largest = images[-1]
    largest.save(
        ICONS_DIR / "exchange-desktop.ico",
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=images[:-1],
    )
    print(ICONS_DIR)
    return 0


if __name__ == "__main__":
    sys.exit(main())
