"""A real ``import-participants`` run, killed and watched through /proc (Linux): the
helpers of tests/test_reader_child.py and benchmarks/kill_import_benchmark.py."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
import time
from collections.abc import Callable
from pathlib import Path

from sheet_generators import HEADER, write_xlsx

from exchange_desktop.imports import child_process
from exchange_desktop.services.practices.sample import load_sample
from exchange_desktop.services.scheduling.sessions import list_sessions
from exchange_desktop.storage.database import open_database

ROWS = 5000


def _stat_fields(pid: int) -> list[str] | None:
    """The fields of /proc/PID/stat after the command name (state first), or None."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
    return text.rpartition(")")[2].split()


def process_children(pid: int) -> dict[int, str]:
    """The live child processes of ``pid``: their ids and start times (clock ticks)."""
    found = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            fields = _stat_fields(int(entry.name))
            if fields and fields[1] == str(pid) and fields[0] != "Z":
                found[int(entry.name)] = fields[19]
    return found


def is_reader(pid: int) -> bool:
    """Whether ``pid`` is a pool's worker (the resource tracker is the other child)."""
    try:
        return b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False


def reader_started(pid: int) -> bool:
    """Whether the worker ran its initializer: its stderr is the reader's temporary file."""
    with contextlib.suppress(OSError):
        return child_process.PREFIX in os.readlink(f"/proc/{pid}/fd/2")
    return False


def still_running(processes: dict[int, str]) -> list[int]:
    """Those of ``processes`` that still run (not ended, not a zombie, not a reused id)."""
    running = []
    for pid, started in processes.items():
        fields = _stat_fields(pid)
        if fields and fields[0] != "Z" and fields[19] == started:
            running.append(pid)
    return running


def wait_until(condition: Callable[[], bool], deadline_s: float) -> bool:
    """Whether ``condition`` came true before the deadline (looked at every 5 ms)."""
    end = time.monotonic() + deadline_s
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.005)
    return bool(condition())


def command_env(data_dir: Path, temp_dir: Path) -> dict[str, str]:
    return {
        **os.environ,
        "EXCHANGE_DESKTOP_DATA_DIR": str(data_dir),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONIOENCODING": "utf-8",
        "TMPDIR": str(temp_dir),
    }


def import_args(db_file: Path, session_id: int, source: Path) -> list[str]:
    return [
        sys.executable,
        "main.py",
        "import-participants",
        "--db",
        str(db_file),
        "--session",
        str(session_id),
        "--skip-invalid",
        str(source),
    ]


def big_list(path: Path, rows: int = ROWS) -> Path:
    people = [
        [f"Cognome{n:05d}", "Anna", f"Comune n. {n % 250}", f"persona{n}@comune{n % 250}.it"]
        for n in range(rows)
    ]
    return write_xlsx(path, [HEADER, *people])


def sample_database(path: Path) -> int:
    """A database holding the sample practice; its session's id."""
    db = open_database(path)
    try:
        (session,) = list_sessions(db, load_sample(db).id)
        return session.id
    finally:
        db.close()


def integrity(path: Path) -> str:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])
