"""Start the program and quit it as the clerk does, N times, on a real X display; count how
each start ended.

Usage, from the project folder::

    python scripts/start_quit_cycles.py N [--how key|close] [--first-start] [--tabs]
                                          [--scale 1.25]

Each cycle copies a data folder made once with ``python main.py sample`` (so the first
start's question about the sample is not asked; with ``--first-start`` the folder is empty
and the question is answered with Enter, "Sì"), starts ``python main.py`` on it, waits
until the window is on screen and the data painted (the day's backup, which the program
starts once the data is painted, is in the data folder), with ``--tabs`` goes through the
four tabs with Ctrl+Tab, then quits: ``key`` presses
Ctrl+Q (File → Esci), ``close`` presses Alt+F4, which openbox turns into WM_DELETE_WINDOW as
the title bar's × does.  It counts the exit codes and every "Fatal Python error" or
"QObject" line on stderr, prints the figures, and exits 1 unless every cycle exited 0 clean.

Without ``DISPLAY`` it starts its own Xvfb (1366×768) and openbox (scripts/xdisplay.py);
needs xdotool as well.
"""

from __future__ import annotations

import argparse
import collections
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from xdisplay import virtual_display

ROOT = Path(__file__).resolve().parent.parent
#: Lines of stderr that tell of a crash or of Qt objects deleted the wrong way.
ALARMS = ("Fatal Python error", "QObject")
LOAD_TIMEOUT_S = 60.0
EXIT_TIMEOUT_S = 30.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("cycles", type=int)
    parser.add_argument("--how", choices=("key", "close"), default="key")
    parser.add_argument("--first-start", action="store_true", help="answer the sample question")
    parser.add_argument("--tabs", action="store_true", help="visit every tab before quitting")
    parser.add_argument("--scale", default="1.25", help="QT_SCALE_FACTOR (default 1.25)")
    args = parser.parse_args(argv)
    steps = _Steps(args.how, args.first_start, args.tabs)
    if shutil.which("xdotool") is None:
        print("xdotool is not installed", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="start-quit-") as folder:
        template = Path(folder) / "template"
        if args.first_start:
            template.mkdir()
        else:
            _make_template(template)
        with virtual_display() as display:
            env = {**display, "QT_SCALE_FACTOR": args.scale}
            results = [
                _cycle(number, template, Path(folder) / f"cycle-{number}", env, steps)
                for number in range(1, args.cycles + 1)
            ]
    return _report(results)


def _make_template(data: Path) -> None:
    env = {**os.environ, "EXCHANGE_DESKTOP_DATA_DIR": str(data)}
    command = [sys.executable, str(ROOT / "main.py"), "sample"]
    subprocess.run(command, env=env, check=True, capture_output=True)


class _Steps:
    """What the clerk does in each cycle."""

    def __init__(self, how: str, first_start: bool, tabs: bool) -> None:
        self.quit_keys = "ctrl+q" if how == "key" else "alt+F4"
        self.first_start = first_start
        self.tabs = tabs


class _Result:
    def __init__(self, code: int | None, alarms: list[str], loaded_s: float, quit_s: float):
        self.code = code  # None: did not end in time (killed)
        self.alarms = alarms
        self.loaded_s = loaded_s
        self.quit_s = quit_s


def _cycle(number: int, template: Path, data: Path, env: dict[str, str], steps: _Steps) -> _Result:
    shutil.copytree(template, data)
    env = {**env, "EXCHANGE_DESKTOP_DATA_DIR": str(data)}
    stderr_file = data.parent / f"cycle-{number}.stderr"
    started = time.monotonic()
    with stderr_file.open("wb") as stderr:
        program = subprocess.Popen(
            [sys.executable, str(ROOT / "main.py")],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
        window = _wait_until_loaded(program, data, env, steps.first_start)
        loaded_s = time.monotonic() - started
        if window and steps.tabs:
            for _ in range(4):
                _press(env, window, "ctrl+Tab")
                time.sleep(0.3)
        quitting = time.monotonic()
        if window:
            _press(env, window, steps.quit_keys)
        try:
            code: int | None = program.wait(EXIT_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            program.kill()
            program.wait()
            code = None
        quit_s = time.monotonic() - quitting
    text = stderr_file.read_text(encoding="utf-8", errors="replace")
    alarms = [line for line in text.splitlines() if any(a in line for a in ALARMS)]
    if not window:
        alarms.insert(0, "the window was not seen loaded in time")
    result = _Result(code, alarms, loaded_s, quit_s)
    mark = "ok" if code == 0 and not alarms else f"exit {code}: " + " | ".join(alarms[:3])
    print(f"cycle {number:3d}: loaded in {loaded_s:4.1f} s, quit in {quit_s:4.2f} s, {mark}")
    sys.stdout.flush()
    shutil.rmtree(data, ignore_errors=True)
    return result


def _wait_until_loaded(
    program: subprocess.Popen[bytes], data: Path, env: dict[str, str], question: bool
) -> str:
    """The window's id once it is visible and the day's backup exists; "" after the timeout.

    With ``question`` the sample's question is expected first (a second window): Enter.
    """
    deadline = time.monotonic() + LOAD_TIMEOUT_S
    window = ""
    while time.monotonic() < deadline and program.poll() is None:
        found = _xdotool(env, "search", "--onlyvisible", "--pid", str(program.pid)).split()
        window = window or (found[0] if found else "")
        if question and len(found) > 1:
            dialog = next(w for w in found if w != window)
            time.sleep(0.3)  # painted and given the focus
            _press(env, dialog, "Return")
            question = False
        if window and not question and _backed_up(data):
            time.sleep(0.3)  # the backup thread's copy and the last paints
            return window
        time.sleep(0.1)
    return ""


def _backed_up(data: Path) -> bool:
    """The day's copy is in the backups folder beside the database (storage/backups.py)."""
    return any(path.is_file() for path in data.rglob("backups/*"))


def _press(env: dict[str, str], window: str, keys: str) -> None:
    _xdotool(env, "windowactivate", "--sync", window, "key", "--clearmodifiers", keys)


def _xdotool(env: dict[str, str], *args: str) -> str:
    done = subprocess.run(["xdotool", *args], env=env, capture_output=True, text=True, check=False)
    return done.stdout


def _report(results: list[_Result]) -> int:
    codes = collections.Counter("not ended" if r.code is None else r.code for r in results)
    alarms = collections.Counter(line for r in results for line in r.alarms)
    clean = sum(1 for r in results if r.code == 0 and not r.alarms)
    print(f"\n{len(results)} cycles: {clean} exited 0 with a clean stderr")
    print("exit codes: " + ", ".join(f"{code} × {n}" for code, n in sorted(codes.items(), key=str)))
    for line, count in alarms.most_common():
        print(f"  {count} × {line}")
    loaded = [r.loaded_s for r in results]
    quits = [r.quit_s for r in results]
    if results:
        print(
            f"loaded in {statistics.median(loaded):.1f} s (median, max {max(loaded):.1f}); "
            f"quit in {statistics.median(quits):.2f} s (median, max {max(quits):.2f})"
        )
    return 0 if clean == len(results) else 1


if __name__ == "__main__":
    sys.exit(main())
