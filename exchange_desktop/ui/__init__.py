"""The Qt interface: windows, tabs, item models and dialogs.  Calls services; no SQL here."""

from exchange_desktop.ui.pyside_refcounts import pin_singletons

# Before any widget: PySide6 6.12 loses references to None on Python 3.11 (see the module).
pin_singletons()
