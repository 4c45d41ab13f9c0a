"""The reader's child process dies with its parent and leaves nothing behind.

A command killed during an import (SIGKILL, Task Manager) cannot stop its child: the child
then waits forever on the pool's pipes, of which it holds both ends, and keeps the dead
command's stdout and stderr open, so whoever waits for that output hangs.  Here:

* :func:`prepare_child`, first thing in the child: standard input and output go to the null
  device, standard error to the temporary file; the child is tied to its parent — on Linux
  the kernel kills it when the parent dies (``PR_SET_PDEATHSIG``), on Windows the parent's
  job object does (kill on close), and everywhere a watchdog thread ends it when the parent
  is gone (the fallback: it needs the interpreter's lock, which native code may hold);
* :func:`stderr_file` names the temporary file after the parent's process id and
  :func:`remove_leftovers`, at the next start, deletes the files of processes that are gone
  (never those of a running instance).
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

PREFIX = "exchange-reader-"
_NAME = re.compile(rf"{PREFIX}(\d+)-[^-]*\.txt")
#: Files of the older naming (no process id) are someone's only while a file is read.
_UNNAMED_AGE_S = 3600.0
#: How often the watchdog looks at the parent where it cannot wait for it.
_WATCH_INTERVAL_S = 0.25
#: The child's exit status when it ends because its parent is gone.
_ORPHANED = 70


def stderr_file() -> Path:
    """A new empty temporary file for the child's standard error, named after this process."""
    handle, name = tempfile.mkstemp(prefix=f"{PREFIX}{os.getpid()}-", suffix=".txt")
    os.close(handle)
    return Path(name)


def remove_leftovers(folder: Path | None = None) -> int:
    """Delete the reader's temporary files left by processes that no longer run; how many.

    A file of a running process (this one, another window) is kept; one that cannot be
    deleted (another user's, still open on Windows) is left for a later start.
    """
    removed = 0
    try:
        candidates = list(Path(folder or tempfile.gettempdir()).glob(f"{PREFIX}*.txt"))
    except OSError:
        return 0
    for path in candidates:
        match = _NAME.fullmatch(path.name)
        try:
            if match is None:
                stale = time.time() - path.stat().st_mtime > _UNNAMED_AGE_S
            else:
                stale = not process_alive(int(match.group(1)))
            if stale:
                path.unlink()
                removed += 1
        except OSError:
            continue
    return removed


def process_alive(pid: int) -> bool:
    """Whether process ``pid`` runs (a zombie does not; one we may not look at does)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _windows_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return True  # no /proc (macOS): kill() said it exists
    return stat.rpartition(")")[2].split()[:1] != ["Z"]


def job_name(parent_pid: int) -> str:
    """The name of the Windows job object that a reader of process ``parent_pid`` joins."""
    return f"Local\\ExchangeDesktopReader-{parent_pid}"


def tie_children_to_this_process() -> None:
    """In the parent, before starting a child: on Windows, the job its children join.

    The job kills its processes when its last handle closes, and only this process keeps
    one (for its whole life: one handle whatever the number of reads).  Elsewhere nothing.
    """
    if sys.platform == "win32":
        _windows_job()


def prepare_child(stderr_path: str, parent_pid: int) -> None:
    """In the child, first thing: no inherited standard streams, and death with the parent."""
    devnull = os.open(os.devnull, os.O_RDWR)
    os.dup2(devnull, 0)
    os.dup2(devnull, 1)
    os.close(devnull)
    descriptor = os.open(stderr_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.dup2(descriptor, 2)
    os.close(descriptor)
    if sys.platform == "win32":
        _windows_join_job(parent_pid)
        _start_watchdog(_windows_wait_for(parent_pid))
    else:
        if sys.platform.startswith("linux"):
            _linux_death_signal()
        # After the death signal is set: a parent that died before it is seen here.
        if os.getppid() != parent_pid:
            os._exit(_ORPHANED)
        _start_watchdog(lambda: _poll_parent(parent_pid))


def _start_watchdog(wait: Callable[[], None] | None) -> None:
    """A daemon thread that runs ``wait`` (returns when the parent is gone), then exits."""
    if wait is None:
        os._exit(_ORPHANED)  # the parent is already gone

    def watch() -> None:
        wait()
        os._exit(_ORPHANED)

    threading.Thread(target=watch, name="parent-watchdog", daemon=True).start()


def _poll_parent(parent_pid: int) -> None:
    """POSIX: an orphan is adopted by another process, so its parent id changes."""
    while os.getppid() == parent_pid:
        time.sleep(_WATCH_INTERVAL_S)


def _linux_death_signal() -> None:
    """Linux: the kernel sends SIGKILL to this process when the thread that started it ends.

    That thread is the one that called :func:`run_isolated`, which waits for the child.
    """
    import ctypes
    import signal

    pr_set_pdeathsig = 1
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(pr_set_pdeathsig, int(signal.SIGKILL), 0, 0, 0)


if sys.platform == "win32":
    import ctypes
    from ctypes import wintypes

    _kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    _kernel32.OpenProcess.argtypes = [wintypes.DWORD, wintypes.BOOL, wintypes.DWORD]
    _kernel32.OpenProcess.restype = wintypes.HANDLE
    _kernel32.GetExitCodeProcess.argtypes = [wintypes.HANDLE, ctypes.POINTER(wintypes.DWORD)]
    _kernel32.GetExitCodeProcess.restype = wintypes.BOOL
    _kernel32.WaitForSingleObject.argtypes = [wintypes.HANDLE, wintypes.DWORD]
    _kernel32.WaitForSingleObject.restype = wintypes.DWORD
    _kernel32.CloseHandle.argtypes = [wintypes.HANDLE]
    _kernel32.CloseHandle.restype = wintypes.BOOL
    _kernel32.GetCurrentProcess.restype = wintypes.HANDLE
    _kernel32.GetProcessTimes.argtypes = [wintypes.HANDLE, *[ctypes.POINTER(wintypes.FILETIME)] * 4]
    _kernel32.GetProcessTimes.restype = wintypes.BOOL
    _kernel32.CreateJobObjectW.argtypes = [wintypes.LPVOID, wintypes.LPCWSTR]
    _kernel32.CreateJobObjectW.restype = wintypes.HANDLE
    _kernel32.OpenJobObjectW.argtypes = [wintypes.DWORD, wintypes.BOOL, wintypes.LPCWSTR]
    _kernel32.OpenJobObjectW.restype = wintypes.HANDLE
    _kernel32.SetInformationJobObject.argtypes = [
        wintypes.HANDLE,
        ctypes.c_int,
        wintypes.LPVOID,
        wintypes.DWORD,
    ]
    _kernel32.SetInformationJobObject.restype = wintypes.BOOL
    _kernel32.AssignProcessToJobObject.argtypes = [wintypes.HANDLE, wintypes.HANDLE]
    _kernel32.AssignProcessToJobObject.restype = wintypes.BOOL

    _SYNCHRONIZE = 0x00100000
    _QUERY_LIMITED = 0x1000
    _STILL_ACTIVE = 259
    _ACCESS_DENIED = 5
    _INFINITE = 0xFFFFFFFF
    _JOB_ASSIGN = 0x0001
    _KILL_ON_JOB_CLOSE = 0x2000
    _EXTENDED_LIMITS = 9
    _job: list[int] = []

    class _BasicLimits(ctypes.Structure):
        _fields_ = [
            ("PerProcessUserTimeLimit", ctypes.c_int64),
            ("PerJobUserTimeLimit", ctypes.c_int64),
            ("LimitFlags", wintypes.DWORD),
            ("MinimumWorkingSetSize", ctypes.c_size_t),
            ("MaximumWorkingSetSize", ctypes.c_size_t),
            ("ActiveProcessLimit", wintypes.DWORD),
            ("Affinity", ctypes.c_size_t),
            ("PriorityClass", wintypes.DWORD),
            ("SchedulingClass", wintypes.DWORD),
        ]

    class _IoCounters(ctypes.Structure):
        _fields_ = [(name, ctypes.c_uint64) for name in ("r", "w", "o", "rb", "wb", "ob")]

    class _ExtendedLimits(ctypes.Structure):
        _fields_ = [
            ("BasicLimitInformation", _BasicLimits),
            ("IoInfo", _IoCounters),
            ("ProcessMemoryLimit", ctypes.c_size_t),
            ("JobMemoryLimit", ctypes.c_size_t),
            ("PeakProcessMemoryUsed", ctypes.c_size_t),
            ("PeakJobMemoryUsed", ctypes.c_size_t),
        ]

    def _windows_alive(pid: int) -> bool:
        handle = _kernel32.OpenProcess(_QUERY_LIMITED, False, pid)
        if not handle:
            return ctypes.get_last_error() == _ACCESS_DENIED
        try:
            code = wintypes.DWORD()
            if not _kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
                return True
            return code.value == _STILL_ACTIVE
        finally:
            _kernel32.CloseHandle(handle)

    def _windows_job() -> None:
        if _job:
            return
        handle = _kernel32.CreateJobObjectW(None, job_name(os.getpid()))
        if not handle:
            return
        limits = _ExtendedLimits()
        limits.BasicLimitInformation.LimitFlags = _KILL_ON_JOB_CLOSE
        size = ctypes.sizeof(limits)
        if not _kernel32.SetInformationJobObject(
            handle, _EXTENDED_LIMITS, ctypes.byref(limits), size
        ):
            _kernel32.CloseHandle(handle)
            return
        _job.append(handle)  # kept open until this process ends: that is the point

    def _windows_join_job(parent_pid: int) -> bool:
        """Join the parent's job (then the kernel ends this process with the parent)."""
        handle = _kernel32.OpenJobObjectW(_JOB_ASSIGN, False, job_name(parent_pid))
        if not handle:
            return False
        try:
            return bool(_kernel32.AssignProcessToJobObject(handle, _kernel32.GetCurrentProcess()))
        finally:
            _kernel32.CloseHandle(handle)  # the parent's handle is the one that keeps it

    def _created(handle: int) -> int:
        times = [wintypes.FILETIME() for _ in range(4)]
        if not _kernel32.GetProcessTimes(handle, *map(ctypes.byref, times)):
            return 0
        return (times[0].dwHighDateTime << 32) | times[0].dwLowDateTime

    def _windows_wait_for(parent_pid: int) -> Callable[[], None] | None:
        """A function returning when the parent ends; None when it already has.

        A parent id already taken by a newer process (ids are reused) counts as ended.
        """
        handle = _kernel32.OpenProcess(_SYNCHRONIZE | _QUERY_LIMITED, False, parent_pid)
        if not handle:
            return None
        if _created(handle) > _created(_kernel32.GetCurrentProcess()):
            _kernel32.CloseHandle(handle)
            return None

        def wait() -> None:
            _kernel32.WaitForSingleObject(handle, _INFINITE)

        return wait
