"""What a screen reader and a keyboard user need from a control, in one place for every form.

Qt names a field from its buddy label only when the two are siblings; our forms put each
field in a holder with its error line, so the name is given here.  Errors become the
field's accessible description and are announced; tables and scroll areas are set so that
Tab always leaves them (arrows move between cells) and nothing takes the focus unseen.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QWidget,
)

from exchange_desktop.ui.widgets.contrast import role_style

#: A required field's caption ends with this mark; the name says it in words instead.
REQUIRED_MARK = "*"
_MNEMONIC = re.compile(r"&(.)")


def plain_caption(caption: str) -> str:
    """A label's text as a screen reader should say it: no "&" mnemonic, no ":" or "*"."""
    text = _MNEMONIC.sub(r"\1", caption).replace("&&", "&")
    return text.rstrip().rstrip(":").rstrip(REQUIRED_MARK).rstrip().rstrip(":").strip()


def required_suffix() -> str:
    return QApplication.translate("Accessibility", "obbligatorio")


def name_field(widget: QWidget, caption: str, *, required: bool | None = None) -> None:
    """Give ``widget`` its caption as accessible name ("Cognome, obbligatorio").

    ``required`` defaults to whether the caption carries the "*" mark.
    """
    if required is None:
        required = caption.rstrip().rstrip(":").endswith(REQUIRED_MARK)
    name = plain_caption(caption)
    if required:
        name = f"{name}, {required_suffix()}"
    if name:
        widget.setAccessibleName(name)


def help_label(widget: QWidget) -> QLabel:
    """The explanation in ``widget``'s tooltip as a small line under it, for everyone: a
    tooltip shows for a moment only.  It is also the widget's description."""
    text = widget.toolTip()
    label = QLabel(text)
    label.setObjectName(f"{widget.objectName()}Help")
    label.setWordWrap(True)
    label.setStyleSheet(role_style("muted"))
    widget.setAccessibleDescription(text)
    return label


def announce(widget: QWidget, text: str) -> None:
    """Have the screen reader say ``text`` now (an error, "Salvato")."""
    if not text or not QAccessible.isActive():
        return
    QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))


def set_field_error(widget: QWidget, message: str | None) -> None:
    """Mark ``widget`` invalid with ``message`` as its description, or valid again.

    The style sheets draw the red border from the ``invalid`` property; the description
    is what a screen reader reads after the name ("Email, Errore: indirizzo non valido").
    The field's own description (its help) comes back once it is valid.
    """
    invalid = message is not None
    was_invalid = bool(widget.property("invalid"))
    if was_invalid != invalid:
        if invalid:
            widget.setProperty("helpDescription", widget.accessibleDescription())
        widget.setProperty("invalid", invalid)
        style = widget.style()
        style.unpolish(widget)
        style.polish(widget)
        widget.update()
    if invalid:
        prefix = QApplication.translate("Accessibility", "Errore:")
        widget.setAccessibleDescription(f"{prefix} {message}")
    elif was_invalid:
        widget.setAccessibleDescription(str(widget.property("helpDescription") or ""))
    else:
        return  # valid, and was: its own description stays
    if QAccessible.isActive():
        QAccessible.updateAccessibility(
            QAccessibleEvent(widget, QAccessible.Event.DescriptionChanged)
        )


def focus_and_announce(widget: QWidget, text: str) -> None:
    """Move the focus to the first invalid field and say what is wrong."""
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    announce(widget, text)


def keyboard_ready(root: QWidget) -> None:
    """Tab leaves every table and list of ``root`` (arrows move inside); a text box takes
    Tab as "next field"; a scroll area, which draws no focus, takes none."""
    for view in root.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)
    for text in root.findChildren(QPlainTextEdit):
        text.setTabChangesFocus(True)
    for rich in root.findChildren(QTextEdit):
        rich.setTabChangesFocus(True)
    for area in root.findChildren(QScrollArea):
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)


def name_from_buddies(root: QObject) -> None:
    """Name every unnamed field of ``root`` from its buddy label (a field wrapped with its
    error line, a combo box, which Qt names by its current value), and give every control
    whose tooltip explains something that text as its description too."""
    for label in root.findChildren(QLabel):
        buddy = _field_of(label.buddy())
        if buddy is not None and not buddy.accessibleName() and label.text().strip():
            name_field(buddy, label.text())
    for widget in root.findChildren(QWidget):
        tip = widget.toolTip()
        if tip and not widget.accessibleDescription() and tip != widget.accessibleName():
            widget.setAccessibleDescription(tip)


def _field_of(buddy: QWidget | None) -> QWidget | None:
    """The field a buddy stands for: itself, or the first field of a holder widget; none
    for a check box or button, which says its own text."""
    if isinstance(buddy, QAbstractButton) and buddy.text():
        return None
    if buddy is None or buddy.focusPolicy() != Qt.FocusPolicy.NoFocus:
        return buddy
    for child in buddy.findChildren(QWidget):
        if child.focusPolicy() != Qt.FocusPolicy.NoFocus:
            return child
    return None


def prepare_dialog(dialog: QWidget) -> None:
    """What every dialog gets as it opens: names, descriptions, Tab out of its tables, and
    the focus on its first field rather than on a scroll area or a button."""
    keyboard_ready(dialog)
    name_from_buddies(dialog)
