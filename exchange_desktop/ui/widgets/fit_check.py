"""What a small screen would hide: controls outside their window, clipped texts, actions
behind the toolbar's », tables too short to show a few of their rows.

Used by ``scripts/screenshots.py`` beside each picture, and by the tests that open every tab
and dialog at 1093×574 logical pixels (1366×768 at 125 % less the taskbar).  It reads the
laid-out geometry only; nothing is changed.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QLabel,
    QTabBar,
    QTableView,
    QToolButton,
    QWidget,
)

#: Slack for rounding in styles: one pixel short is not a clipped text.
_SLACK = 2
#: The rows a table must show whole when it has that many (the Date tab's grid of the
#: Enti had a row and a half on the laptop).
MIN_VISIBLE_ROWS = 4


def fit_problems(window: QWidget, available: QRect | None = None) -> list[str]:
    """Everything in ``window`` that the clerk could not see or read whole; empty when all fits.

    The window is measured by its frame, title bar and borders included (maximised, by its
    inside): against ``available``'s
    size, a screen the window is not on; else against the free part of its own screen,
    where the frame must lie whole.
    """
    problems = _frame_problems(window, available)
    for widget in window.findChildren(QWidget):
        if widget.isWindow() or not widget.isVisibleTo(window) or _scrolled(widget, window):
            continue
        problem = _problem(widget, window)
        if problem:
            problems.append(f"{_name(widget)}: {problem}")
    return problems


def _frame_problems(window: QWidget, available: QRect | None) -> list[str]:
    # A maximised window's borders lie outside the screen by design (Windows puts them
    # there, the title bar stays): its inside is what must fit.
    frame = window.geometry() if window.isMaximized() else window.frameGeometry()
    screen = available or window.screen().availableGeometry()
    size = f"{frame.width()}×{frame.height()}"
    if frame.width() > screen.width() or frame.height() > screen.height():
        where = f"the screen {screen.width()}×{screen.height()}"
        return [f"{_name(window)}: {size} with its frame, larger than {where}"]
    if available is None and not screen.contains(frame):
        where = f"{screen.x()},{screen.y()} {screen.width()}×{screen.height()}"
        at = f"{frame.x()},{frame.y()}"
        return [f"{_name(window)}: frame {size} at {at} not within the screen's {where}"]
    return []


def _problem(widget: QWidget, window: QWidget) -> str:
    if isinstance(widget, QToolButton) and widget.objectName() == "qt_toolbar_ext_button":
        bar = widget.parentWidget()
        actions = bar.actions() if bar is not None else []
        hidden = [a.text() for a in actions if not _on_bar(widget, a)]
        return "actions behind »: " + ", ".join(hidden)
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    if not window.rect().contains(rect):
        return f"outside the window ({rect.x()},{rect.y()} {rect.width()}×{rect.height()})"
    parent = widget.parentWidget()
    cut = parent is not None and not parent.rect().contains(widget.geometry())
    if cut and not isinstance(parent, QTabBar):  # a tab bar scrolls its tabs itself
        return "cut by its container"
    if isinstance(widget, QTableView):
        return _short_table(widget)
    return _clipped_text(widget)


def _short_table(table: QTableView) -> str:
    model = table.model()
    rows = model.rowCount() if model is not None else 0
    if rows < MIN_VISIBLE_ROWS:
        return ""
    needed = sum(table.rowHeight(row) for row in range(MIN_VISIBLE_ROWS))
    if needed > table.viewport().height() + _SLACK:
        has = table.viewport().height()
        return f"shows less than {MIN_VISIBLE_ROWS} of its {rows} rows ({needed} px needed, {has})"
    return ""


def _clipped_text(widget: QWidget) -> str:
    if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
        if widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height() + _SLACK:
                return f"text needs {needed} px of height, has {widget.height()}"
        elif widget.sizeHint().width() > widget.width() + _SLACK:
            return f"text needs {widget.sizeHint().width()} px, has {widget.width()}"
    if isinstance(widget, QAbstractButton) and widget.text():
        hint = widget.sizeHint()
        if hint.width() > widget.width() + _SLACK or hint.height() > widget.height() + _SLACK:
            has = f"{widget.width()}×{widget.height()}"
            return f"text needs {hint.width()}×{hint.height()}, has {has}"
    return ""


def _on_bar(extension: QToolButton, action: object) -> bool:
    toolbar = extension.parentWidget()
    button = toolbar.widgetForAction(action)  # type: ignore[union-attr]
    if button is None or action.isSeparator():  # type: ignore[attr-defined]
        return True
    return bool(button.isVisible())


def _scrolled(widget: QWidget, window: QWidget) -> bool:
    """Inside a scroll area's viewport (an item view's too): reachable by scrolling."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and parent is area.viewport():
            return True
        parent = area
    return False


def _name(widget: QWidget) -> str:
    title = widget.windowTitle() if widget.isWindow() else ""
    text = getattr(widget, "text", None)
    label = title or (text() if callable(text) else "")
    name = widget.objectName() or type(widget).__name__
    return f"{name} «{label}»" if label else name
