"""A real X display for the scripts that look at the window: Xvfb with openbox on it.

``virtual_display()`` gives the environment for a child process: the ``DISPLAY`` already
set (a developer's desktop, or ``xvfb-run``), or a new Xvfb (one screen of 1366×768 at 24
bits unless told otherwise) with openbox managing its windows, so that they have title bars
and borders as on the clerk's Windows desktop.  Both are ended when the block is left.

openbox runs on its own configuration, Debian's with two changes: a bottom margin as tall
as the Windows taskbar (``taskbar``, physical pixels), which openbox leaves out of the work
area, so that Qt's ``availableGeometry()`` is the clerk's; and Super+Up to maximise.

Used by ``scripts/screenshots.py --platform xcb`` and ``scripts/start_quit_cycles.py``.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

#: The programs a display of our own needs (Debian packages xvfb, openbox, x11-utils).
REQUIRED = ("Xvfb", "openbox", "xprop")
#: How long Xvfb and openbox may take to come up on a loaded machine.
START_TIMEOUT_S = 20.0
#: The configuration openbox's Debian package installs, the base of ours.
OPENBOX_RC = Path("/etc/xdg/openbox/rc.xml")
MAXIMISE_KEY = '<keybind key="W-Up"><action name="ToggleMaximize"/></keybind>'


def missing_programs() -> list[str]:
    """The programs of :data:`REQUIRED` that are not installed: empty when all are."""
    return [name for name in REQUIRED if shutil.which(name) is None]


@contextmanager
def virtual_display(
    width: int = 1366, height: int = 768, taskbar: int = 0
) -> Iterator[dict[str, str]]:
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
    config = tempfile.TemporaryDirectory(prefix="openbox-")
    try:
        number = _read_display_number(read_end, server)
        env = {**os.environ, "DISPLAY": f":{number}", "QT_QPA_PLATFORM": "xcb"}
        rc = Path(config.name) / "rc.xml"
        rc.write_text(_openbox_config(taskbar), encoding="utf-8")
        manager = subprocess.Popen(
            ["openbox", "--sm-disable", "--config-file", str(rc)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        _wait_for_window_manager(env, manager)
        yield env
    finally:
        os.close(read_end)
        config.cleanup()
        for process in (manager, server):
            if process is not None and process.poll() is None:
                process.terminate()
                try:
                    process.wait(5)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


def _openbox_config(taskbar: int) -> str:
    """Debian's rc.xml with the taskbar's margin and the maximise key (see the module)."""
    text = OPENBOX_RC.read_text(encoding="utf-8") if OPENBOX_RC.exists() else ""
    if "<margins>" not in text:  # another system's openbox: the two settings alone
        return (
            '<?xml version="1.0"?><openbox_config xmlns="http://openbox.org/3.4/rc">'
            f"<margins><bottom>{taskbar}</bottom></margins>"
            f"<keyboard>{MAXIMISE_KEY}</keyboard></openbox_config>"
        )
    text = re.sub(
        r"(<margins>.*?<bottom>)\d+(</bottom>)", rf"\g<1>{taskbar}\g<2>", text, flags=re.S
    )
    return text.replace("<keyboard>", "<keyboard>" + MAXIMISE_KEY, 1)


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
