"""A small file beside the database saying who has it open, so that a second program (another
window, a colleague on the shared folder) can warn before both work on it at once.

Only a warning: SQLite's own locking keeps the file sound, and the forms refuse to overwrite
a field saved elsewhere.  So the marker must never stop anybody: one left by a program that
crashed or was killed is recognised as stale (not refreshed for a while, or its process gone
on this computer) and ignored, and a folder where it cannot be written just means no warning.
"""

from __future__ import annotations

import getpass
import json
import logging
import os
import socket
import time
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

log = logging.getLogger(__name__)

#: How often a running program refreshes its marker; one older than STALE_AFTER_S is dead.
HEARTBEAT_S = 60
STALE_AFTER_S = 3 * HEARTBEAT_S


@dataclass(frozen=True)
class Holder:
    """Who wrote a marker."""

    user: str
    host: str
    pid: int
    since: datetime

    def is_me(self) -> bool:
        return self.host == _host() and self.pid == os.getpid()


def _host() -> str:
    return socket.gethostname()


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no user name in the environment
        return "?"


def _process_gone(pid: int) -> bool:
    """True when no process ``pid`` runs on this computer (POSIX; Windows relies on age)."""
    if os.name == "nt":
        return False  # os.kill(pid, 0) would terminate it there
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:  # exists, owned by someone else
        return False
    return False


def marker_path(db_path: Path) -> Path:
    return db_path.with_name(f".{db_path.name}.in-uso")


class InstanceMarker:
    """This program's marker for one database file."""

    def __init__(self, db_path: Path) -> None:
        self.path = marker_path(Path(db_path))
        self._since = datetime.now().replace(microsecond=0)

    def read(self) -> Holder | None:
        """The live holder named in the marker, or None (no marker, stale, unreadable)."""
        try:
            age = time.time() - self.path.stat().st_mtime
            data = json.loads(self.path.read_text(encoding="utf-8"))
            holder = Holder(
                str(data["user"]),
                str(data["host"]),
                int(data["pid"]),
                datetime.fromisoformat(data["since"]),
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None
        if age > STALE_AFTER_S or (holder.host == _host() and _process_gone(holder.pid)):
            return None
        return holder

    def claim(self) -> Holder | None:
        """Write this program's marker; return another live holder found there first."""
        other = self.read()
        if other is not None and other.is_me():
            other = None
        self._write()
        return other

    def refresh(self) -> None:
        """The heartbeat: keep the marker fresh, unless another program has written its own
        since (it is then the one named; this one takes the marker back when it is gone)."""
        holder = self.read()
        if holder is None or holder.is_me():
            self._write()

    def release(self) -> None:
        """Remove the marker on closing, if it is still this program's."""
        holder = self.read()
        if holder is not None and holder.is_me():
            with suppress(OSError):
                self.path.unlink()

    def _write(self) -> None:
        data = {
            "user": _user(),
            "host": _host(),
            "pid": os.getpid(),
            "since": self._since.isoformat(),
        }
        partial = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        try:
            partial.write_text(json.dumps(data), encoding="utf-8")
            os.replace(partial, self.path)
        except OSError as exc:  # a read-only folder: no marker, no warning, no harm
            log.info("cannot write %s: %s", self.path, exc)
            with suppress(OSError):
                partial.unlink()
