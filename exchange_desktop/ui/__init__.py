"""The Qt interface: windows, tabs, item models and dialogs.  Calls services; no SQL here."""
