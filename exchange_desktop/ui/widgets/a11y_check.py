"""What a screen-reader or keyboard user would miss in a window: focusable controls and
tables without an accessible name, Tab traps, scroll areas that take the focus unseen,
text below 4.5:1 against what it is drawn on, focus indicators below 3:1.

Read through ``QAccessible`` (what Qt hands to Windows' UI Automation and to AT-SPI), the
palette and the painted pixels.  Used by ``scripts/screenshots.py`` beside each picture
and by the accessibility tests; :func:`tab_traps` and :func:`focus_problems` move the focus
and press Tab, nothing else is changed.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface, QBrush, QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QScrollArea,
    QToolTip,
    QWidget,
)

from exchange_desktop.ui.widgets.contrast import NON_TEXT_CONTRAST, TEXT_CONTRAST, contrast, over

#: The rows of a table whose colours are checked (the first screenful is what is seen).
ROWS_CHECKED = 60
_CONTAINER_ROLES = {
    QAccessible.Role.Table,
    QAccessible.Role.List,
    QAccessible.Role.Tree,
    QAccessible.Role.ComboBox,
    QAccessible.Role.SpinBox,
}
#: Fields that say what they hold: two of them with one name cannot be told apart.
_FIELD_ROLES = {
    QAccessible.Role.CheckBox,
    QAccessible.Role.EditableText,
    QAccessible.Role.SpinBox,
    QAccessible.Role.ComboBox,
    QAccessible.Role.RadioButton,
}
_TABULAR_ROLES = {QAccessible.Role.Table, QAccessible.Role.List, QAccessible.Role.Tree}


def accessibility_problems(
    window: QWidget, *, interactive: bool = True, measured: set[str] | None = None
) -> list[str]:
    """Every problem of ``window`` (see the module); ``interactive`` adds the checks that
    move the focus (traps, focus indicators), for the controls not in ``measured`` yet
    (a window taken again and again: each control is pressed and painted once)."""
    problems = name_problems(window) + focus_stop_problems(window) + contrast_problems(window)
    if interactive:
        done = measured if measured is not None else set()
        problems += tab_traps(window, done) + focus_problems(window, done)
        done.update(_key(w) for w in window.findChildren(QWidget) if _focusable(w, window))
        QToolTip.hideText()  # shown as the focus moved by keyboard: not for the next picture
    return problems


def _label(widget: QWidget) -> str:
    return widget.objectName() or type(widget).__name__


def _key(widget: QWidget) -> str:
    """Where ``widget`` is, from its window down: the same control in every picture."""
    parts = []
    current: QWidget | None = widget
    while current is not None:
        parent = current.parentWidget()
        index = parent.children().index(current) if parent is not None else 0
        parts.append(f"{_label(current)}#{index}")
        current = parent
    return "/".join(reversed(parts))


def _shown(widget: QWidget, window: QWidget) -> bool:
    return widget is window or widget.isVisibleTo(window)


def _walk(interface: QAccessibleInterface | None, found: list[QAccessibleInterface]) -> None:
    if interface is None or not interface.isValid():
        return
    found.append(interface)
    if interface.role() in _CONTAINER_ROLES:
        return  # the cells are named by their text; the view itself is checked
    for index in range(interface.childCount()):
        _walk(interface.child(index), found)


def name_problems(window: QWidget) -> list[str]:
    """Focusable controls and tables (and the seat gauge) that a screen reader cannot name."""
    found: list[QAccessibleInterface] = []
    _walk(QAccessible.queryAccessibleInterface(window), found)
    problems = []
    named: dict[tuple[QAccessible.Role, str], list[str]] = {}
    for interface in found:
        widget = interface.object()
        if not isinstance(widget, QWidget) or not _shown(widget, window):
            continue  # (a control whose focus goes to a proxy is still read, so named)
        state = interface.state()
        role = interface.role()
        name = interface.text(QAccessible.Text.Name).strip()
        wants_name = (
            (state.focusable and not state.disabled)
            or role in _TABULAR_ROLES
            or role == QAccessible.Role.ProgressBar
        )
        if wants_name and not name:
            problems.append(f"{_label(widget)}: {role.name} without an accessible name")
        elif (
            role == QAccessible.Role.ComboBox
            and not widget.accessibleName()
            and name == interface.text(QAccessible.Text.Value)
        ):
            problems.append(f"{_label(widget)}: a combo box named by its value {name!r}")
        if wants_name and name and role not in _TABULAR_ROLES:
            named.setdefault((role, name), []).append(_label(widget))
        if role == QAccessible.Role.ProgressBar:
            value = interface.text(QAccessible.Text.Value)
            shown = widget.text() if hasattr(widget, "text") else ""
            if shown and shown not in f"{name} {value}":
                problems.append(f"{_label(widget)}: shows {shown!r}, says {name!r} {value!r}")
    for (role, name), widgets in named.items():
        if len(widgets) > 1 and role in _FIELD_ROLES:
            problems.append(f"{', '.join(widgets)}: {len(widgets)} controls named {name!r}")
    return problems


def _focusable(widget: QWidget, window: QWidget) -> bool:
    try:
        widget.objectName()
    except RuntimeError:  # deleted meanwhile: a tab rebuilt as the focus moved
        return False
    return (
        widget.isVisibleTo(window)
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.focusProxy() is None
        and not widget.isWindow()
    )


def focus_stop_problems(window: QWidget) -> list[str]:
    """Scroll areas that take the focus while drawing none (an invisible Tab stop)."""
    return [
        f"{_label(area)}: a scroll area takes the focus and shows none"
        for area in window.findChildren(QScrollArea)
        if type(area) is QScrollArea and _focusable(area, window)
    ]


def _within(widget: QWidget | None, owner: QWidget) -> bool:
    while widget is not None:
        if widget is owner:
            return True
        widget = widget.parentWidget()
    return False


def tab_traps(window: QWidget, measured: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """Controls that Tab does not leave (a table moving from cell to cell, a text box
    typing a tab)."""
    from PySide6.QtTest import QTest

    window.activateWindow()
    QApplication.processEvents()
    before = window.focusWidget()
    problems: list[str] = []
    controls = [w for w in window.findChildren(QWidget) if _focusable(w, window)]
    if len(controls) < 2:
        return problems  # a box with one button: Tab has nowhere else to go
    for widget in controls:
        if _key(widget) in measured:
            continue
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        QApplication.processEvents()
        if window.focusWidget() is not widget:
            continue  # refused the focus (hidden inside a closed page)
        QTest.keyClick(widget, Qt.Key.Key_Tab)
        QApplication.processEvents()
        if _focusable(widget, window) and _within(window.focusWidget(), widget):
            problems.append(f"{_label(widget)}: Tab does not leave it (a keyboard trap)")
    if before is not None:
        before.setFocus(Qt.FocusReason.OtherFocusReason)
    return problems


def _background(widget: QWidget) -> QColor:
    """The colour ``widget`` is drawn on: its own when it fills it, else its parents'."""
    current: QWidget | None = widget
    while current is not None:
        if current.autoFillBackground() or current.isWindow():
            return current.palette().color(current.backgroundRole())
        current = current.parentWidget()
    return widget.palette().color(QPalette.ColorRole.Window)


def _text_widgets(window: QWidget) -> list[QWidget]:
    texts: list[QWidget] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if (
            (isinstance(widget, QLabel) and widget.text().strip() and widget.pixmap().isNull())
            or (isinstance(widget, QAbstractButton) and widget.text().strip())
            or (isinstance(widget, QGroupBox) and widget.title().strip())
        ):
            texts.append(widget)
    return texts


def contrast_problems(window: QWidget) -> list[str]:
    """Text below 4.5:1: labels (disabled ones too: a hint must be read), buttons, and the
    colours a table's model gives its cells, and the placeholders that say what to type."""
    problems = []
    for widget in _text_widgets(window):
        if isinstance(widget, QAbstractButton) and not widget.isEnabled():
            continue  # an unavailable control is exempt (WCAG 1.4.3)
        group = QPalette.ColorGroup.Active if widget.isEnabled() else QPalette.ColorGroup.Disabled
        text = widget.palette().color(group, widget.foregroundRole())
        ratio = contrast(text, _background(widget))
        if ratio < TEXT_CONTRAST:
            problems.append(f"{_label(widget)}: text {text.name()} at {ratio:.2f}:1")
    for edit in window.findChildren(QLineEdit):
        if edit.isVisibleTo(window) and edit.isEnabled() and edit.placeholderText():
            palette = edit.palette()
            base = palette.color(QPalette.ColorRole.Base)
            hint = over(palette.color(QPalette.ColorRole.PlaceholderText), base)
            ratio = contrast(hint, base)
            if ratio < TEXT_CONTRAST:
                problems.append(f"{_label(edit)}: placeholder {hint.name()} at {ratio:.2f}:1")
    for view in window.findChildren(QAbstractItemView):
        if view.isVisibleTo(window):
            problems += _cell_problems(view)
    return problems


def _colour(value: object, fallback: QColor) -> QColor:
    if isinstance(value, QBrush):
        return value.color()
    if isinstance(value, QColor):
        return value
    return fallback


def _cell_problems(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:  # (Qt returns None for a view without one)
        return []  # type: ignore[unreachable]
    palette = view.palette()
    problems: list[str] = []
    columns = 1 if isinstance(view, QListView) else model.columnCount(QModelIndex())
    for row in range(min(model.rowCount(QModelIndex()), ROWS_CHECKED)):
        for column in range(columns):
            index = model.index(row, column, QModelIndex())
            if not str(index.data(Qt.ItemDataRole.DisplayRole) or "").strip():
                continue
            base = palette.color(
                QPalette.ColorRole.AlternateBase
                if view.alternatingRowColors() and row % 2
                else QPalette.ColorRole.Base
            )
            back = _colour(index.data(Qt.ItemDataRole.BackgroundRole), base)
            text = _colour(
                index.data(Qt.ItemDataRole.ForegroundRole),
                palette.color(QPalette.ColorRole.Text),
            )
            ratio = contrast(text, back)
            if ratio < TEXT_CONTRAST:
                where = f"row {row + 1}, column {column + 1}"
                problems.append(
                    f"{_label(view)}: {where}, {text.name()} on {back.name()} at {ratio:.2f}:1"
                )
                return problems  # one per table says enough
    return problems


def _band(image: QImage, rect: QRect, width: int) -> list[QPoint]:
    """The pixels within ``width`` of ``rect``'s edge, inside and out, clipped to the image."""
    points = []
    outer = rect.adjusted(-width, -width, width, width).intersected(image.rect())
    inner = rect.adjusted(width, width, -width, -width)
    for y in range(outer.top(), outer.bottom() + 1):
        for x in range(outer.left(), outer.right() + 1):
            if not inner.contains(x, y):
                points.append(QPoint(x, y))
    return points


def focus_problems(window: QWidget, measured: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """Controls whose focus indicator changes fewer pixels than a one-pixel outline by 3:1.

    The pixels around the control's edge are painted without and with the focus (the
    method of WCAG 2.2's focus appearance): enough of them must differ by at least 3:1.
    """
    window.activateWindow()
    QApplication.processEvents()
    before_focus = window.focusWidget()
    problems = []
    for widget in window.findChildren(QWidget):
        if not _focusable(widget, window) or widget.width() < 4 or widget.height() < 4:
            continue
        if _key(widget) in measured:
            continue
        if widget.visibleRegion().boundingRect() != widget.rect():
            continue  # partly scrolled out of sight: measured where it is seen whole
        rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        area = rect.adjusted(-4, -4, 4, 4).intersected(window.rect())
        if window.focusWidget() is not None:
            window.focusWidget().clearFocus()
        QApplication.processEvents()
        unfocused = window.grab(area).toImage()
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        QApplication.processEvents()
        if window.focusWidget() is not widget or not _focusable(widget, window):
            continue
        focused = window.grab(area).toImage()
        ratio = focused.width() / max(area.width(), 1)  # the device pixel ratio
        local = QRect(
            int((rect.x() - area.x()) * ratio),
            int((rect.y() - area.y()) * ratio),
            int(rect.width() * ratio),
            int(rect.height() * ratio),
        )
        band = _band(focused, local, max(2, int(3 * ratio)))
        changed = sum(
            1
            for point in band
            if contrast(QColor(unfocused.pixel(point)), QColor(focused.pixel(point)))
            >= NON_TEXT_CONTRAST
        )
        outline = 2 * (local.width() + local.height())
        if changed < outline:
            problems.append(
                f"{_label(widget)}: focus changes {changed} pixels by 3:1, "
                f"less than its outline of {outline}"
            )
    if before_focus is not None:
        before_focus.setFocus(Qt.FocusReason.OtherFocusReason)
    return problems
