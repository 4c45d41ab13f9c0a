"""Windows that fit the screen they are on: a 1366×768 laptop at 125 % has 1093×574 logical
pixels once the taskbar is taken.

- A dialog never opens larger than the available screen, and is centred on its parent
  within it, so its **OK** and **Annulla** are always in sight.
- A dialog whose content grows (an error under a field, a warning under a calendar) grows
  with it, up to the screen, instead of squeezing its labels.
- A window restored onto a different screen (closed on the laptop, opened docked at
  1920×1080, or the other way) falls back to 80 % of the screen, centred.
- Labels keep two pixels of room after their text: at a fractional scale (125 %, 150 %)
  the rendered text may be a pixel or two wider than its measured size ("Telefonc").
- Sizes count the window's frame, title bar and borders, which the clerk needs to see too.
  On X11 the window manager adds the frame only once the window is shown: until a frame
  has been measured a typical one is assumed, and a dialog is fitted again once its own
  frame is known ("Importa" and "Annulla" on the screen's bottom edge, cut).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QMargins, QRect, QSize, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from exchange_desktop.ui.widgets.accessibility import prepare_dialog

#: At a fractional scale the painted text outgrows its measure; the padding absorbs it.
APPLICATION_STYLE = "QLabel { padding-right: 2px; }"
#: The share of the screen a window takes when its remembered place does not fit.
FALLBACK_SHARE = 0.8
#: A title bar and borders, assumed until a window's real frame has been seen (Windows 11
#: at 100 %: 31 px of title and 8 px borders; openbox: 21 px of title and 1 px borders).
ASSUMED_FRAME = QMargins(8, 32, 8, 8)
#: Platforms that draw no frame around windows: the frame is the window.
_FRAMELESS_PLATFORMS = frozenset({"minimal"})
_seen_frame: list[QMargins] = []  # the last frame measured on a shown window


def install_screen_fit(app: QApplication) -> None:
    """Once per application: the labels' room (the dialogs are :class:`FittedDialog`)."""
    if app.property("screenFitInstalled"):
        return
    app.setProperty("screenFitInstalled", True)
    app.setStyleSheet(APPLICATION_STYLE + app.styleSheet())


def available_geometry(widget: QWidget) -> QRect:
    """The free part of the screen ``widget`` (or its parent window) is on."""
    parent = widget.parentWidget()
    anchor = parent.window() if parent is not None else widget
    screen = anchor.screen() or QApplication.primaryScreen()
    return screen.availableGeometry()


def frame_margins(window: QWidget) -> QMargins:
    """The title bar and borders around ``window``: its own once known, else an estimate.

    The platform is asked once the native window exists (created here if need be: Windows
    and offscreen know the frame then); on X11 the window manager tells only after the
    window is shown, and until then the estimate is the last frame measured on any window
    (they are all alike), or :data:`ASSUMED_FRAME` before the first.
    """
    if window.isWindow() and not window.internalWinId():
        window.winId()  # (an enumeration for the attribute would cost the first paint 20 ms)
    frame, inner = window.frameGeometry(), window.geometry()
    if frame != inner:
        margins = QMargins(
            inner.left() - frame.left(),
            inner.top() - frame.top(),
            frame.right() - inner.right(),
            frame.bottom() - inner.bottom(),
        )
        _seen_frame[:] = [margins]
        return margins
    if QApplication.platformName() in _FRAMELESS_PLATFORMS:
        return QMargins()
    return _seen_frame[0] if _seen_frame else ASSUMED_FRAME


def frame_known(window: QWidget) -> bool:
    """Whether the window manager has put its frame around ``window`` (or there is none)."""
    return (
        window.frameGeometry() != window.geometry()
        or QApplication.platformName() in _FRAMELESS_PLATFORMS
    )


def fit_into(window: QWidget, area: QRect, *, centre_on: QRect | None = None) -> None:
    """No larger than ``area`` with its frame, inside it; centred on ``centre_on`` if given."""
    margins = frame_margins(window)
    frame_extra = QSize(margins.left() + margins.right(), margins.top() + margins.bottom())
    size = window.size().boundedTo(area.size() - frame_extra)
    if size != window.size():
        window.resize(size)
    frame = QRect(window.pos(), size + frame_extra)  # a window's pos() is its frame's
    if centre_on is not None:
        frame.moveCenter(centre_on.center())
    frame.moveLeft(max(area.left(), min(frame.left(), area.right() - frame.width() + 1)))
    frame.moveTop(max(area.top(), min(frame.top(), area.bottom() - frame.height() + 1)))
    if frame.topLeft() != window.pos():
        window.move(frame.topLeft())


def fits_on_screen(window: QWidget) -> bool:
    """Whether a restored window lies whole on one of the screens there are now."""
    frame = window.frameGeometry()
    return any(screen.availableGeometry().contains(frame) for screen in QApplication.screens())


def fall_back_to_share(window: QWidget) -> None:
    """80 % of the screen the window is on, centred: a sensible size on any screen."""
    area = (window.screen() or QApplication.primaryScreen()).availableGeometry()
    size = QSize(int(area.width() * FALLBACK_SHARE), int(area.height() * FALLBACK_SHARE))
    window.resize(size.expandedTo(window.minimumSizeHint()).boundedTo(area.size()))
    fit_into(window, area, centre_on=area)


def first_start_place(window: QWidget, roomy: QSize) -> None:
    """``roomy`` where the screen allows (all of a small laptop's), centred."""
    area = (window.screen() or QApplication.primaryScreen()).availableGeometry()
    window.resize(roomy)
    fit_into(window, area, centre_on=area)


def restore_place(window: QWidget, geometry: object, roomy: QSize) -> None:
    """The place, size and state (maximised) a window was closed with, from ``geometry``
    (``saveGeometry()``); ``roomy`` on the first start, 80 % if it no longer fits.

    A window already on screen (the main window, again once its tabs are built) is not
    restored twice, which would undo what the window manager has done (on X11 a maximised
    window came back un-maximised, or at 80 %): it is only brought within the screen if
    its content made it outgrow it.
    """
    if window.isVisible():
        if not (window.isMaximized() or window.isFullScreen() or fits_on_screen(window)):
            fit_into(window, available_geometry(window))
    elif not isinstance(geometry, QByteArray) or geometry.isEmpty():
        first_start_place(window, roomy)  # within a 1366×768 screen, or one at 125 %
    elif not window.restoreGeometry(geometry) or not (
        window.isMaximized() or fits_on_screen(window)
    ):  # remembered on a screen that is not there now (undocked, another monitor)
        fall_back_to_share(window)


class FittedDialog(QDialog):
    """The program's dialogs: within the screen on show, grown to their content after.

    (A base class rather than an application-wide event filter: a Python filter on every
    event of every object costs time and wraps objects while Qt destroys them.)
    """

    _frame_pending = False  # shown, and the window manager's frame not yet seen

    def showEvent(self, event: QShowEvent) -> None:
        # Qt opens a dialog at most 2/3 of the screen wide, even when its content asks for
        # more: the whole of it, as far as the screen goes.
        self.resize(self.size().expandedTo(self.sizeHint()))
        area = available_geometry(self)
        parent = self.parentWidget()
        fit_into(self, area, centre_on=parent.window().frameGeometry() if parent else area)
        self._frame_pending = not frame_known(self)
        prepare_dialog(self)
        super().showEvent(event)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        kind = event.type()
        if kind == QEvent.Type.LayoutRequest and self.isVisible():
            QTimer.singleShot(0, self, lambda: _grow_to_content(self))
        elif (
            self._frame_pending
            and kind in (QEvent.Type.Move, QEvent.Type.Resize)
            and frame_known(self)
        ):  # the frame has come: fitted again with it, once
            self._frame_pending = False
            QTimer.singleShot(0, self, lambda: _keep_within(self))
        return handled


def _keep_within(dialog: QDialog) -> None:
    """The dialog's frame within the screen's free area, its size and place kept if so."""
    area = available_geometry(dialog)
    if dialog.isVisible() and not area.contains(dialog.frameGeometry()):
        fit_into(dialog, area)


def _grow_to_content(dialog: QDialog) -> None:
    """Wider or taller, never smaller: what the clerk resized stays."""
    wanted = dialog.size().expandedTo(dialog.sizeHint())
    if wanted != dialog.size():
        area = available_geometry(dialog)
        dialog.resize(wanted)
        fit_into(dialog, area)
