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
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget

#: At a fractional scale the painted text outgrows its measure; the padding absorbs it.
APPLICATION_STYLE = "QLabel { padding-right: 2px; }"
#: The share of the screen a window takes when its remembered place does not fit.
FALLBACK_SHARE = 0.8


def install_screen_fit(app: QApplication) -> None:
    """Once per application: the labels' room (the dialogs are :class:`FittedDialog`)."""
    if app.property("screenFitInstalled"):
        return
    app.setProperty("screenFitInstalled", True)
    app.setStyleSheet(APPLICATION_STYLE + app.styleSheet())


def available_geometry(widget: QWidget) -> QRect:
    """The free part of the screen ``widget`` (or its parent window) is on."""
    anchor = widget.parentWidget().window() if widget.parentWidget() else widget
    screen = anchor.screen() or QApplication.primaryScreen()
    return screen.availableGeometry()


def fit_into(window: QWidget, area: QRect, *, centre_on: QRect | None = None) -> None:
    """No larger than ``area``, inside it; centred on ``centre_on`` if given."""
    frame_extra = window.frameGeometry().size() - window.size()  # title bar and borders
    size = window.size().boundedTo(area.size() - frame_extra)
    if size != window.size():
        window.resize(size)
    frame = window.frameGeometry()
    if centre_on is not None:
        frame.moveCenter(centre_on.center())
    frame.moveLeft(max(area.left(), min(frame.left(), area.right() - frame.width() + 1)))
    frame.moveTop(max(area.top(), min(frame.top(), area.bottom() - frame.height() + 1)))
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
    window.resize(roomy.boundedTo(area.size() - (window.frameGeometry().size() - window.size())))
    fit_into(window, area, centre_on=area)


class FittedDialog(QDialog):
    """The program's dialogs: within the screen on show, grown to their content after.

    (A base class rather than an application-wide event filter: a Python filter on every
    event of every object costs time and wraps objects while Qt destroys them.)
    """

    def showEvent(self, event: QShowEvent) -> None:
        # Qt opens a dialog at most 2/3 of the screen wide, even when its content asks for
        # more: the whole of it, as far as the screen goes.
        self.resize(self.size().expandedTo(self.sizeHint()))
        area = available_geometry(self)
        parent = self.parentWidget()
        fit_into(self, area, centre_on=parent.window().frameGeometry() if parent else area)
        super().showEvent(event)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest and self.isVisible():
            QTimer.singleShot(0, self, lambda: _grow_to_content(self))
        return handled


def _grow_to_content(dialog: QDialog) -> None:
    """Wider or taller, never smaller: what the clerk resized stays."""
    wanted = dialog.size().expandedTo(dialog.sizeHint())
    if wanted != dialog.size():
        area = available_geometry(dialog)
        dialog.resize(wanted.boundedTo(area.size()))
        fit_into(dialog, area)
