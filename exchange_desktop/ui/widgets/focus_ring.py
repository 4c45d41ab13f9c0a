"""A focus indicator everyone can see: a 2-pixel ring around whatever has the keyboard focus.

The native styles mark the focus faintly (a dotted line at 1.7:1 on the action bar's
buttons, a tab's 1.15:1); EN 301 549 11.1.4.11 asks for 3:1.  One ring follows the focus
through the whole program in the window's text colour (black, white in the dark palette,
the theme's in high contrast), so every control, ours or Qt's, gets it.  A control whose
tooltip explains something shows it when the keyboard brings the focus, too.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QFocusFrame,
    QProxyStyle,
    QStyle,
    QToolTip,
    QWidget,
)

from exchange_desktop.ui.widgets.contrast import (
    NON_TEXT_CONTRAST,
    contrast,
    readable_placeholders,
)

#: The ring's width in logical pixels, and how far out of the control it stands.
RING_WIDTH = 2
MARGIN = RING_WIDTH + 1


def ring_colour(palette: QPalette) -> QColor:
    """The window's text colour, as Windows 11 draws its focus rectangle: it stands out
    from the window, from the fields and from the highlight (a calendar's title bar, a
    selected row) alike, and follows a high-contrast theme; black or white otherwise."""
    text = palette.color(QPalette.ColorRole.WindowText)
    window = palette.color(QPalette.ColorRole.Window)
    if contrast(text, window) >= NON_TEXT_CONTRAST:
        return text
    black, white = QColor("#000000"), QColor("#ffffff")
    return black if contrast(black, window) >= contrast(white, window) else white


class _AboveStyle(QProxyStyle):
    """The ring stands :data:`MARGIN` pixels around its control, above the others, as a
    child of the window (or of the scroll area's viewport, which then clips it): a field
    flush with its holder would clip a ring that was a child of the holder."""

    def styleHint(self, hint: QStyle.StyleHint, *args: object) -> int:
        if hint == QStyle.StyleHint.SH_FocusFrame_AboveWidget:
            return 1
        if hint == QStyle.StyleHint.SH_FocusFrame_Mask:
            return 0  # painted as a ring; no mask cut from the style's own margins
        return super().styleHint(hint, *args)  # type: ignore[arg-type]

    def pixelMetric(self, metric: QStyle.PixelMetric, *args: object) -> int:
        if metric in (
            QStyle.PixelMetric.PM_FocusFrameHMargin,
            QStyle.PixelMetric.PM_FocusFrameVMargin,
        ):
            return MARGIN
        return super().pixelMetric(metric, *args)  # type: ignore[arg-type]


class FocusRing(QFocusFrame):
    """The ring; :func:`install_focus_ring` moves it to each newly focused control."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("focusRing")
        self._style = _AboveStyle()
        self.setStyle(self._style)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        pen = QPen(ring_colour(self.palette()), RING_WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        inset = RING_WIDTH / 2
        painter.drawRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset))


class _Follower(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._ring: FocusRing | None = None
        app.focusChanged.connect(self._moved)

    def _moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._ring is not None and not _alive(self._ring):
            self._ring = None  # deleted with the window it was in
        if new is None or new.isWindow():
            if self._ring is not None:
                self._ring.setWidget(None)  # type: ignore[arg-type]  # (Qt takes none)
            return
        if self._ring is None:
            self._ring = FocusRing()
        self._ring.setWidget(new)
        _explain(new)


def _explain(widget: QWidget) -> None:
    """A tooltip that explains something shows when the keyboard brings the focus too
    (Qt shows it only under the mouse); the screen reader has it as the description."""
    tip = widget.toolTip()
    if not tip or tip == widget.accessibleName() or QApplication.mouseButtons():
        QToolTip.hideText()
        return
    QToolTip.showText(widget.mapToGlobal(QPoint(0, widget.height())), tip, widget)


def _alive(widget: QWidget) -> bool:
    try:
        widget.objectName()
    except RuntimeError:  # deleted with the window it was in
        return False
    return True


_followers: list[_Follower] = []  # the application's, kept from Python's collector


def install_focus_ring(app: QApplication) -> None:
    """Once per application: the ring follows the focus from now on."""
    if app.property("focusRingInstalled"):
        return
    app.setProperty("focusRingInstalled", True)
    _followers.append(_Follower(app))
    _read_placeholders()
    # Windows switched to dark mode (or high contrast) while the program runs: again.
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: _read_placeholders())


def _read_placeholders() -> None:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        palette = app.palette()
        readable = readable_placeholders(QPalette(palette))
        if readable != palette:
            app.setPalette(readable)
