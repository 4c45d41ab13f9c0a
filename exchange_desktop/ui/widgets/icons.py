"""The application icon, from the shipped PNGs (found from source and from the bundle alike)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from exchange_desktop.resources import resource_path

ICON_SIZES = (16, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    """Every drawn size, so Qt picks a sharp one for the title bar, taskbar and Alt+Tab."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(resource_path("icons", f"exchange-desktop-{size}.png")))
    return icon
