"""Which database the window opens: ``--db``, else the server or the file it remembers.

The start (:mod:`.startup`) and the server actions (:mod:`.server_connection`) both read
and write these settings; they live here, below both.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from exchange_desktop.paths import default_database_path

#: The working copy made from a backup when the usual database could not be opened.
SETTINGS_DATABASE = "database/path"
#: The shared server chosen in File → Connetti a un database condiviso (no password in it).
SETTINGS_SERVER = "database/server"


def startup_location(given: str | Path | None, settings: QSettings) -> str | Path:
    """``--db`` (or EXCHANGE_DESKTOP_DB_URL) if given, else the server connected to last,
    else the file opened from a backup last time, else the default file."""
    if given is not None:
        return given
    server = str(settings.value(SETTINGS_SERVER, "") or "")
    if server:
        return server
    return local_location(settings)


def local_location(settings: QSettings) -> Path:
    """The file of this computer: the one opened from a backup last time, else the usual."""
    remembered = str(settings.value(SETTINGS_DATABASE, "") or "")
    if remembered and Path(remembered).is_file():
        return Path(remembered)
    return default_database_path()
