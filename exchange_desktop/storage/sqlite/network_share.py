"""Is the database on a network share?  SQLite's WAL mode must not be used there.

WAL keeps its index in shared memory (the -shm file), which processes on different
computers cannot share: two colleagues opening one file on a shared folder in WAL mode can
corrupt it.  The classic rollback journal relies only on file locks, which SMB and NFS
provide, so a database on a share is opened in that mode instead (slower, but safe).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

#: File-system types of network mounts on Linux (as /proc/mounts names them).
NETWORK_FILE_SYSTEMS = frozenset(
    {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "afs", "ceph", "glusterfs", "davfs"}
)
_WINDOWS_DRIVE_REMOTE = 4  # GetDriveTypeW


def is_network_path(path: Path) -> bool:
    """True when ``path`` lies on a network share (best effort; False when unknown)."""
    try:
        resolved = Path(os.path.abspath(path))
        if sys.platform == "win32":
            return _is_windows_network_path(resolved)
        mounts = Path("/proc/mounts")
        if not mounts.exists():
            return False
        return mount_type(resolved, mounts.read_text(encoding="utf-8")) in NETWORK_FILE_SYSTEMS
    except (OSError, ValueError):
        return False


def mount_type(path: Path, mounts_table: str) -> str:
    """The file-system type of the mount holding ``path``, from a /proc/mounts text."""
    best_point, best_type = "", ""
    text = path.as_posix()
    for line in mounts_table.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        # /proc/mounts writes a space in a mount point as \040.
        point = fields[1].replace("\\040", " ")
        inside = text == point or text.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best_point):
            best_point, best_type = point, fields[2]
    return best_type


def _is_windows_network_path(path: Path) -> bool:
    text = str(path)
    if text.startswith("\\\\"):  # \\server\share\... (UNC)
        return True
    import ctypes

    drive = path.drive
    if not drive:
        return False
    kind: int = ctypes.windll.kernel32.GetDriveTypeW(drive + "\\")  # type: ignore[attr-defined]
    return kind == _WINDOWS_DRIVE_REMOTE
