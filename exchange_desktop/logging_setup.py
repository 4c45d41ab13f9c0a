"""The log file: where unexpected errors go with their tracebacks, instead of to the clerk."""

from __future__ import annotations

import logging
from pathlib import Path

from exchange_desktop.paths import log_dir

LOG_FILE_NAME = "exchange-desktop.log"


def configure_logging() -> Path | None:
    """Log to a rotating file in the data folder; return its path, or None if unwritable."""
    # Imported here: logging.handlers brings sockets, pickle and queues, which the window's
    # start does not need before it paints.
    from logging.handlers import RotatingFileHandler

    root = logging.getLogger()
    if any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        return Path(
            next(h.baseFilename for h in root.handlers if isinstance(h, RotatingFileHandler))
        )
    path = log_dir() / LOG_FILE_NAME
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path
