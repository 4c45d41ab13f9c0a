"""The names of the copies the program makes beside a database, and their pruning.

Each kind of copy has its own file name pattern (the day, the revision, the moment), and
pruning only ever deletes files that match one of those patterns exactly: anything else in
the ``backups`` folder is the clerk's.  Opening a file (before a schema upgrade) and the
backups module both name and prune copies, so the rules live here, below both.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

log = logging.getLogger(__name__)

#: The folder beside the database that holds its automatic copies.
BACKUPS_DIR_NAME = "backups"
#: Automatic daily copies kept (two weeks of work).
DAILY_KEEP = 14
#: Copies made before a schema upgrade: one per program update, the last few are enough.
UPGRADE_KEEP = 5
#: Copies of the data a restore replaced.
SAFETY_KEEP = 14

STAMP_FORMAT = "%Y%m%d-%H%M%S"
DAILY = r"-giornaliero-(\d{4}-\d{2}-\d{2})\.sqlite"
UPGRADE = r"-prima-aggiornamento-(?:\w+)-(\d{8}-\d{6})\.sqlite"
SAFETY = r"-prima-ripristino-(\d{8}-\d{6}(?:-\d+)?)\.sqlite"
#: The copies worth restoring (a damaged file kept aside is not one of them).
RESTORABLE = (DAILY, UPGRADE, SAFETY)
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


def backups_dir(db_path: Path) -> Path:
    return Path(db_path).parent / BACKUPS_DIR_NAME


def matching(db_path: Path, pattern: str) -> list[tuple[str, Path]]:
    """This database's copies of one kind, oldest first (the name carries the date)."""
    folder = backups_dir(db_path)
    if not folder.is_dir():
        return []
    regex = re.compile(re.escape(Path(db_path).stem) + pattern)
    found = []
    for file in folder.iterdir():
        match = regex.fullmatch(file.name)
        if match and file.is_file():
            found.append((match.group(1), file))
    return sorted(found)


def prune(db_path: Path, pattern: str, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` copies of one kind; a failure is only logged."""
    removed = []
    for _key, file in matching(db_path, pattern)[:-keep]:
        try:
            file.unlink()
        except OSError as exc:
            log.warning("cannot remove old backup %s: %s", file, exc)
        else:
            removed.append(file)
    return removed


def prune_upgrade_backups(db_path: Path) -> list[Path]:
    return prune(db_path, UPGRADE, UPGRADE_KEEP)
