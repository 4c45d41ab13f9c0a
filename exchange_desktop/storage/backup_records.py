"""What a backup holds and what a restore did, the same on every backend."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path


@dataclass(frozen=True)
class BackupInfo:
    """What the clerk is told about a backup before restoring it."""

    path: Path
    revision: str
    made_at: datetime
    practices: int


@dataclass(frozen=True)
class RestoreResult:
    backup: BackupInfo
    #: Where the replaced data now is: a backup, or the damaged file's bytes moved aside.
    safety_copy: Path
    was_damaged: bool
    #: The database restored, as the clerk reads it (a file path, or user@server/database).
    database: str
