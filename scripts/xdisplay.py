"""A real X display for the scripts that look at the window: Xvfb with openbox on it.

``virtual_display()`` gives the environment for a child process: the ``DISPLAY`` already
set (a developer's desktop, or ``xvfb-run``), or a new Xvfb (one screen of 1366×768 at 24
bits unless told otherwise) with openbox managing its windows, so that they have title bars
and borders as on the clerk's Windows desktop.  Both are ended when the block is left.

Used by ``scripts/screenshots.py --platform xcb`` and ``scripts/start_quit_cycles.py``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager

#: The programs a display of our own needs (Debian packages xvfb, openbox, x11-utils).
REQUIRED = ("Xvfb", "openbox", "xprop")
#: How long Xvfb and openbox may take to come up on a loaded machine.
START_TIMEOUT_S = 20.0


def missing_programs() -> list[str]:
    """The programs of :data:`REQUIRED` that are not installed: empty when all are."""
    return [name for name in REQUIRED if shutil.which(name) is None]


@contextmanager
def virtual_display(width: int = 1366, height: int = 768) -> Iterator[dict[str, str]]:
    """The environment of a process that opens windows on a real X display (see the module)."""
    if os.environ.get("DISPLAY"):
        yield {**os.environ, "QT_QPA_PLATFORM": "xcb"}
        return
    missing = missing_programs()
    if missing:
        raise RuntimeError("not installed: " + ", ".join(missing))
    read_end, write_end = os.pipe()
    screen = f"{width}x{height}x24"
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", screen, "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    manager: subprocess.Popen[bytes] | None = None
    try:
        number = _read_display_number(read_end, server)
        env = {**os.environ, "DISPLAY": f":{number}", "QT_QPA_PLATFORM": "xcb"}
        manager = subprocess.Popen(
            ["openbox", "--sm-disable"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        _wait_for_window_manager(env, manager)
        yield env
    finally:
        os.close(read_end)
        for process in (manager, server):
            if process is not None and process.poll() is None:
                process.terminate()
                try:
                    process.wait(5)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


def _read_display_number(read_end: int, server: subprocess.Popen[bytes]) -> str:
    """Xvfb writes the number it took (the first free one) once it accepts connections."""
    deadline = time.monotonic() + START_TIMEOUT_S
    text = b""
    os.set_blocking(read_end, False)
    while not text.endswith(b"\n"):
        if server.poll() is not None:
            raise RuntimeError(f"Xvfb ended at start (exit {server.returncode})")
        if time.monotonic() > deadline:
            raise RuntimeError("Xvfb did not start in time")
        try:
            text += os.read(read_end, 16)
        except BlockingIOError:
            time.sleep(0.05)
    return text.decode().strip()


def _wait_for_window_manager(env: dict[str, str], manager: subprocess.Popen[bytes]) -> None:
    """openbox is ready once it names itself on the root window (EWMH's check window)."""
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if manager.poll() is not None:
            raise RuntimeError(f"openbox ended at start (exit {manager.returncode})")
        done = subprocess.run(
            ["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        if "window id" in done.stdout:
            return
        time.sleep(0.1)
    raise RuntimeError("openbox did not start in time")
