"""What every benchmark shares: timing, medians of alternated runs, peak memory, the table
printed at the end, and the environment the child processes run in.

These machines are noisy (several people run tests at once), so a figure is always the
median of several runs, and two things compared are run alternately (A B A B …) so that a
burst of load hits both alike.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

#: Runs per figure unless told (--runs); --quick uses QUICK_RUNS.
DEFAULT_RUNS = 5
QUICK_RUNS = 3


@dataclass
class Figure:
    """One measured thing: its samples (seconds) and, optionally, the target it must meet."""

    name: str
    samples: list[float] = field(default_factory=list)
    target_s: float | None = None
    note: str = ""

    @property
    def median(self) -> float:
        return statistics.median(self.samples) if self.samples else float("nan")

    def verdict(self) -> str:
        if self.target_s is None or not self.samples:
            return ""
        ratio = self.median / self.target_s
        return f"{'ok' if ratio <= 1 else 'MISSED'} ({ratio:.2f}× the target)"


def parser(description: str) -> argparse.ArgumentParser:
    """The options every script takes: --runs N and --quick (fewer runs, smaller data)."""
    result = argparse.ArgumentParser(description=description)
    result.add_argument("--runs", type=int, default=None, help="runs per figure (default 5)")
    result.add_argument("--quick", action="store_true", help="fewer runs, for a first look")
    return result


def runs_from(args: argparse.Namespace) -> int:
    if args.runs:
        return max(args.runs, 1)
    return QUICK_RUNS if args.quick else DEFAULT_RUNS


def timed(action: Callable[[], object]) -> tuple[float, object]:
    """Seconds ``action`` took, and what it returned."""
    started = time.perf_counter()
    result = action()
    return time.perf_counter() - started, result


def alternate(runs: int, figures: dict[str, Figure], actions: dict[str, Callable[[], float]]):
    """Run each action once per round, in turn, ``runs`` rounds; each returns its seconds."""
    for _round in range(runs):
        for name, action in actions.items():
            figures[name].samples.append(action())


@contextmanager
def traced_peak() -> Iterator[list[int]]:
    """Peak Python memory (bytes, via tracemalloc) of the block, in the yielded list's [0].

    tracemalloc slows allocation-heavy code down: never time a block traced this way.
    """
    holder = [0]
    tracemalloc.start()
    try:
        yield holder
    finally:
        holder[0] = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()


def max_rss_mb() -> float:
    """The process's peak resident memory so far, in MB (Linux reports kilobytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 if sys.platform != "darwin" else peak / (1024 * 1024)


def child_env(data_dir: Path, **extra: str) -> dict[str, str]:
    """A child process's environment: offscreen Qt, its own data folder, the repo importable."""
    return {
        **os.environ,
        "EXCHANGE_DESKTOP_DATA_DIR": str(data_dir),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONIOENCODING": "utf-8",
        "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO_ROOT), os.environ.get("PYTHONPATH")])),
        **extra,
    }


def machine() -> str:
    """One line on where the figures come from (kept with them in the README)."""
    from PySide6 import __version__ as pyside_version

    try:
        load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        load = "?"
    return (
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPU, "
        f"Python {platform.python_version()}, PySide6 {pyside_version}, load average {load}"
    )


def report(title: str, figures: list[Figure], extra: list[str] = ()) -> None:  # type: ignore[assignment]
    """Print the figures as a table: median, min, max, runs, and the verdict on the target."""
    print(f"\n== {title} ==")
    print(machine())
    width = max(len(f.name) for f in figures)
    for figure in figures:
        if not figure.samples:
            print(f"{figure.name:<{width}}  skipped {figure.note}".rstrip())
            continue
        target = f"target ≤ {_ms(figure.target_s)}" if figure.target_s else ""
        print(
            f"{figure.name:<{width}}  median {_ms(figure.median):>9}  "
            f"min {_ms(min(figure.samples)):>9}  max {_ms(max(figure.samples)):>9}  "
            f"n={len(figure.samples)}  {target} {figure.verdict()} {figure.note}".rstrip()
        )
    for line in extra:
        print(line)


def _ms(seconds: float | None) -> str:
    if seconds is None:
        return ""
    return f"{seconds * 1000:.0f} ms" if seconds < 10 else f"{seconds:.1f} s"
