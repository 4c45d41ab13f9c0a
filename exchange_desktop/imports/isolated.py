"""Running the native spreadsheet reader in a child process, so its crash is not ours.

python-calamine is Rust: a failed allocation or a panic in it aborts the whole process,
which for the window means vanishing with the clerk's unsaved work and for a command no
message at all.  A child process started with "spawn" (the only way on Windows, and the same
everywhere so it is tested here) runs the function; its result or its DomainError comes back
pickled, and a child that dies becomes :class:`ReaderCrashedError`.  Whatever the native code
prints while dying (a Rust backtrace) goes to a temporary file that ends up in the log, not
on the clerk's terminal.

The child does not outlive a killed parent (a command stopped during an import), nor keep
its standard streams open, and a temporary file a killed parent leaves is removed at the
next read or command: see :mod:`exchange_desktop.imports.child_process`.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import TypeVar

from exchange_desktop.imports import child_process

log = logging.getLogger(__name__)

T = TypeVar("T")

#: What the log keeps of the child's last words.
_STDERR_KEPT = 2000


class ReaderCrashedError(Exception):
    """The child process reading the file died instead of answering."""


def _quiet_child(stderr_path: str, parent_pid: int) -> None:
    """In the child: stderr (file descriptor 2, where native code writes) to a file, the
    other standard streams to the null device, and its life tied to the parent's."""
    child_process.prepare_child(stderr_path, parent_pid)
    os.environ["RUST_BACKTRACE"] = "0"


def run_isolated(function: Callable[..., T], path: Path, *args: object) -> T:
    """``function(path, *args)`` in a fresh child process; its exceptions are raised here.

    ``function`` must be importable by name (a module-level function) and its result and
    exceptions picklable.  Raises :class:`ReaderCrashedError` when the child dies.
    """
    child_process.remove_leftovers()
    child_process.tie_children_to_this_process()
    stderr_name = str(child_process.stderr_file())
    try:
        with ProcessPoolExecutor(
            max_workers=1,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_quiet_child,
            initargs=(stderr_name, os.getpid()),
        ) as pool:
            try:
                return pool.submit(function, path, *args).result()
            except BrokenProcessPool as exc:
                said = Path(stderr_name).read_text(encoding="utf-8", errors="replace")
                log.error("reading %s: the reader process died: %s", path, said[-_STDERR_KEPT:])
                raise ReaderCrashedError(str(path)) from exc
    finally:
        Path(stderr_name).unlink(missing_ok=True)
