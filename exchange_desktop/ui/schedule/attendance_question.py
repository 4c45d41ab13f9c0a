"""The question a change of day asks when presences are already recorded: keep them for the
new day, clear them, or leave the session as it is."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from exchange_desktop.services.attendance.attendance_days import (
    AttendanceChoice,
    AttendanceOnOtherDaysError,
)
from exchange_desktop.translation import describe_error
from exchange_desktop.ui.widgets.dialogs import literal

T = TypeVar("T")


def ask_attendance_choice(
    parent: QWidget | None, error: AttendanceOnOtherDaysError
) -> AttendanceChoice | None:
    """Keep, clear, or None for "Annulla" (the default: nothing changes)."""
    box = QMessageBox(parent)
    box.setObjectName("attendanceQuestion")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("AttendanceQuestion", "Presenze già registrate"))
    box.setText(literal(describe_error(error)))
    keep = box.addButton(
        QCoreApplication.translate("AttendanceQuestion", "&Tieni le presenze per il nuovo giorno"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    keep.setObjectName("keepAttendanceButton")
    clear = box.addButton(
        QCoreApplication.translate("AttendanceQuestion", "&Cancella le presenze"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    clear.setObjectName("clearAttendanceButton")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel.setObjectName("cancelAttendanceButton")
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is keep:
        return AttendanceChoice.KEEP
    if clicked is clear:
        return AttendanceChoice.CLEAR
    return None


def asking_about_attendance(
    parent: QWidget | None, change: Callable[[AttendanceChoice | None], T]
) -> T | None:
    """Run ``change`` without a choice; if presences are in the way, ask and run it again
    with the clerk's answer (None when the clerk cancels: nothing was changed)."""
    try:
        return change(None)
    except AttendanceOnOtherDaysError as error:
        choice = ask_attendance_choice(parent, error)
        if choice is None:
            return None
        return change(choice)
