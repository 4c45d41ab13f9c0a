"""Running the native spreadsheet reader in a child process, so its crash is not ours.

python-calamine is Rust: a failed allocation or a panic in it aborts the whole process,
which for the window means vanishing with the clerk's unsaved work and for a command no
message at all.  A child process started with "spawn" (the only way on Windows, and the same
everywhere so it is tested here) runs the function; its result or its DomainError comes back
pickled, and a child that dies becomes :class:`ReaderCrashedError`.  Whatever the native code
prints while dying (a Rust backtrace) goes to a temporary file that ends up in the log, not
on the clerk's terminal.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import tempfile
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")

#: What the log keeps of the child's last words.
_STDERR_KEPT = 2000


class ReaderCrashedError(Exception):
    """The child process reading the file died instead of answering."""


def _quiet_child(stderr_path: str) -> None:
    """In the child: its stderr (file descriptor 2, where native code writes) to a file."""
    os.environ["RUST_BACKTRACE"] = "0"
    descriptor = os.open(stderr_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.dup2(descriptor, 2)
    os.close(descriptor)


def run_isolated(function: Callable[..., T], path: Path, *args: object) -> T:
    """``function(path, *args)`` in a fresh child process; its exceptions are raised here.

    ``function`` must be importable by name (a module-level function) and its result and
    exceptions picklable.  Raises :class:`ReaderCrashedError` when the child dies.
    """
    handle, stderr_name = tempfile.mkstemp(prefix="exchange-reader-", suffix=".txt")
    os.close(handle)
    try:
        with ProcessPoolExecutor(
            max_workers=1,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_quiet_child,
            initargs=(stderr_name,),
        ) as pool:
            try:
                return pool.submit(function, path, *args).result()
            except BrokenProcessPool as exc:
                said = Path(stderr_name).read_text(encoding="utf-8", errors="replace")
                log.error("reading %s: the reader process died: %s", path, said[-_STDERR_KEPT:])
                raise ReaderCrashedError(str(path)) from exc
    finally:
        Path(stderr_name).unlink(missing_ok=True)
