"""A push-button face for a window action, so a tab can offer what the menus offer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolButton


def action_button(action: QAction) -> QToolButton:
    """A text button that triggers ``action`` and follows its enabled state and text."""
    button = QToolButton()
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return button
