"""reportlab's classes that this code subclasses, with the types it relies on.

reportlab has no type information, so its classes are ``Any`` to the type checker and a
class built on one would not be checked at all.  The checker sees instead the few
attributes and methods the subclasses use, typed; at run time they are reportlab's own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:

    class FlowableBase:
        """``reportlab.platypus.Flowable``: something laid out in a frame."""

        #: The canvas it draws on while :meth:`draw` runs (reportlab's ``Canvas``).
        canv: Any
        width: float
        height: float

        def wrap(self, width: float, height: float, /) -> tuple[float, float]: ...
        def draw(self) -> None: ...
        def drawOn(self, canvas: Any, x: float, y: float, /) -> None: ...

    class CanvasBase:
        """``reportlab.pdfgen.canvas.Canvas``: the pages of a PDF being drawn."""

        _pagesize: tuple[float, float]

        def __init__(self, *args: Any, **kwargs: Any) -> None: ...
        def showPage(self) -> None: ...
        def save(self) -> None: ...
        def _startPage(self) -> None: ...
        def saveState(self) -> None: ...
        def restoreState(self) -> None: ...
        def setFont(self, name: str, size: float) -> None: ...
        def setFillColor(self, color: Any) -> None: ...
        def setStrokeColor(self, color: Any) -> None: ...
        def setLineWidth(self, width: float) -> None: ...
        def line(self, x1: float, y1: float, x2: float, y2: float) -> None: ...
        def drawString(self, x: float, y: float, text: str) -> None: ...
        def drawRightString(self, x: float, y: float, text: str) -> None: ...

    class TTFontBase:
        """``reportlab.pdfbase.ttfonts.TTFont``: a TrueType font embedded in subsets."""

        #: Per document, the subsets of the font's glyphs that document uses.
        state: dict[Any, Any]
        #: The font file read (reportlab's ``TTFontFace``).
        face: Any

        def __init__(self, name: str, filename: str) -> None: ...
        def addObjects(self, doc: Any) -> None: ...

else:
    from reportlab.pdfbase.ttfonts import TTFont as TTFontBase
    from reportlab.pdfgen.canvas import Canvas as CanvasBase
    from reportlab.platypus import Flowable as FlowableBase

__all__ = ["CanvasBase", "FlowableBase", "TTFontBase"]
