"""Killing ``import-participants`` while its reader child lives: ``python
benchmarks/kill_import_benchmark.py [--kills N] [--rows R] [--seed S]`` (20 kills of a
5,000-row .xlsx import by default; Linux, as it watches the processes in /proc).

A calibration run, left to finish, measures how long the reader child lives; each of the
kills then starts the command, waits for its child process and sends SIGKILL after a random
fraction of that life (every other kill: of the part after the child has redirected its
streams, while it reads and sends its rows back).  After each kill: how long until the
killed command's stdout reaches its end, how long until its children (the reader and
multiprocessing's resource tracker) are gone, which still run after 10 s, and the database's
``PRAGMA integrity_check``.  The next command (the next kill's, then a last complete
import) must have removed the killed one's temporary file.  It prints the figures; it never
fails, but says MISSED where the issue's condition does not hold.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import REPO_ROOT, Figure, child_env, report

sys.path.insert(0, str(REPO_ROOT / "tests"))
from process_helpers import (
    big_list,
    import_args,
    integrity,
    is_reader,
    process_children,
    reader_started,
    sample_database,
    still_running,
    wait_until,
)

from exchange_desktop.imports import child_process

GONE_DEADLINE_S = 10.0


def reader_life(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from the reader child's appearance to its end, and from its streams'
    redirection (when it starts its work) to its end, in a run left to finish."""
    command = subprocess.Popen(args, cwd=REPO_ROOT, env=env, stdout=subprocess.DEVNULL)
    children: dict[int, str] = {}
    readers: list[int] = []

    def found() -> bool:
        children.update(process_children(command.pid))
        readers[:] = [pid for pid in children if is_reader(pid)]
        return bool(readers)

    wait_until(found, 60)
    appeared = time.monotonic()
    wait_until(lambda: reader_started(readers[0]), 60)
    working = time.monotonic()
    wait_until(lambda: not still_running({readers[0]: children[readers[0]]}), 120)
    ended = time.monotonic()
    command.wait(timeout=120)
    return ended - appeared, ended - working


@dataclass
class Kill:
    """What one kill left: its command's id, the seconds until its output ended and until its
    children were gone (None: not within the deadline), those still running, whether the
    reader had redirected its streams."""

    pid: int
    eof_s: float | None
    gone_s: float | None
    survivors: list[int]
    reading: bool


def kill_once(args: list[str], env: dict[str, str], delay_s: float, *, working: bool) -> Kill:
    """Start the command, wait for its reader child (``working``: until it has redirected its
    streams and so begun its work), SIGKILL the command ``delay_s`` later."""
    command = subprocess.Popen(
        args, cwd=REPO_ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    children: dict[int, str] = {}

    def appeared() -> bool:
        children.update(process_children(command.pid))
        readers = [pid for pid in children if is_reader(pid)]
        return bool(readers) and (not working or reader_started(readers[0]))

    wait_until(appeared, 60)
    time.sleep(delay_s)
    children.update(process_children(command.pid))
    reading = any(reader_started(pid) for pid in children if is_reader(pid))
    command.kill()
    killed = time.monotonic()
    eof_s: float | None = None
    try:
        command.communicate(timeout=60)
        eof_s = time.monotonic() - killed
    except subprocess.TimeoutExpired:
        command.stdout.close()  # type: ignore[union-attr]
        command.stderr.close()  # type: ignore[union-attr]
        command.wait()
    gone = wait_until(lambda: not still_running(children), GONE_DEADLINE_S)
    gone_s = time.monotonic() - killed if gone else None
    return Kill(command.pid, eof_s, gone_s, still_running(children), reading)


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--kills", type=int, default=20)
    options.add_argument("--rows", type=int, default=5000)
    options.add_argument("--seed", type=int, default=None)
    args = options.parse_args()
    seed = random.randrange(1_000_000) if args.seed is None else args.seed
    rng = random.Random(seed)
    kills: list[Kill] = []
    left_after_next: list[str] = []
    not_ok: list[str] = []
    with tempfile.TemporaryDirectory(prefix="kill-import-") as folder_name:
        folder = Path(folder_name)
        temp_dir = folder / "temp"
        temp_dir.mkdir()
        env = child_env(folder / "data", TMPDIR=str(temp_dir))
        db_file = folder / "scambi.sqlite"
        session_id = sample_database(db_file)
        command_args = import_args(
            db_file, session_id, big_list(folder / "iscritti.xlsx", args.rows)
        )
        life, work = reader_life(command_args, env)

        def left_by(kill: Kill) -> list[str]:
            return [p.name for p in temp_dir.glob(f"{child_process.PREFIX}{kill.pid}-*")]

        for number in range(args.kills):
            working = number % 2 == 1  # every other kill falls while the child works
            delay_s = rng.uniform(0, work if working else life)
            kills.append(kill_once(command_args, env, delay_s, working=working))
            if len(kills) > 1:  # this command started: the last one's file must be gone
                left_after_next += left_by(kills[-2])
            verdict = integrity(db_file)
            not_ok += [] if verdict == "ok" else [verdict]
        last = subprocess.run(
            command_args, cwd=REPO_ROOT, env=env, capture_output=True, check=False
        )
        left_after_next += left_by(kills[-1])
        left_at_end = sorted(p.name for p in temp_dir.glob(f"{child_process.PREFIX}*"))
        verdict = integrity(db_file)
        not_ok += [] if verdict == "ok" else [verdict]
    eof = Figure("killed command's stdout at its end, after the kill")
    eof.samples = [k.eof_s for k in kills if k.eof_s is not None]
    gone = Figure("its child processes gone, after the kill")
    gone.samples = [k.gone_s for k in kills if k.gone_s is not None]
    survivors = [pid for k in kills for pid in k.survivors]
    reading = sum(k.reading for k in kills)
    report(
        f"{args.kills} SIGKILLs of import-participants ({args.rows} rows, seed {seed})",
        [eof, gone],
        [
            f"outputs that never ended (60 s): {len(kills) - len(eof.samples)}",
            f"reader child's life in a complete run: {life * 1000:.0f} ms, of which "
            f"{work * 1000:.0f} ms after it redirected its streams (a kill falls uniformly in "
            f"the one or, every other kill, the other); {reading} of {len(kills)} kills came "
            "after the redirection",
            f"child processes still running {GONE_DEADLINE_S:.0f} s after a kill: "
            f"{len(survivors)} {'ok' if not survivors else 'MISSED'}",
            "killed commands' temporary files left after the next command: "
            f"{len(left_after_next)} {'ok' if not left_after_next else 'MISSED'}",
            f"temporary files after the last, complete import (exit {last.returncode}): "
            f"{len(left_at_end)} {'ok' if not left_at_end else 'MISSED'}",
            "PRAGMA integrity_check after every kill and at the end: "
            f"{'ok' if not not_ok else 'MISSED ' + '; '.join(not_ok)}",
        ],
    )
    for pid in survivors:  # leave the machine as it was
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)


if __name__ == "__main__":
    main()
