"""Start-up against bare Qt: ``python benchmarks/startup_benchmark.py [--runs N] [--quick]``.

Spawns, alternately, a bare PySide6 script that shows an empty QMainWindow and the real
program (``main.py --db FILE`` on a database holding the sample practice), both offscreen,
through :mod:`_startup_child`, and measures from process start to the first paint of the
main window and to the practice's data on screen.  Targets: the program's first paint within
1.5× the bare window's, its data within 3×.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import Figure, alternate, child_env, parser, report, runs_from

CHILD = Path(__file__).with_name("_startup_child.py")


def spawn(mode: str, db_path: Path, data_dir: Path) -> dict[str, float]:
    """One start: seconds from spawning to the first paint and to the data on screen.

    The program's modules are compiled once, into a cache of this run (the warm-up start
    writes it), as an installed program ships them: an environment that forbids writing
    bytecode (PYTHONDONTWRITEBYTECODE) would otherwise have every start compile every module.
    """
    args = [sys.executable, str(CHILD), mode, "--db", str(db_path)]
    env = child_env(
        data_dir, PYTHONDONTWRITEBYTECODE="", PYTHONPYCACHEPREFIX=str(data_dir / "pycache")
    )
    started = time.time()
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=60, check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise SystemExit(f"{mode} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    marks = json.loads(lines[-1])
    if "data" not in marks:
        raise SystemExit(f"{mode}: the data never showed\n{done.stderr}")
    return {key: value - started for key, value in marks.items()}


def main() -> None:
    args = parser(__doc__.splitlines()[0]).parse_args()
    runs = runs_from(args)
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder)
        db_path = data_dir / "sample.sqlite"
        subprocess.run(
            [sys.executable, "main.py", "sample", "--db", str(db_path)],
            cwd=Path(__file__).resolve().parent.parent,
            env=child_env(data_dir),
            capture_output=True,
            check=True,
        )
        figures = {
            "bare: first paint": Figure("bare QMainWindow: first paint"),
            "app: first paint": Figure("Exchange Desktop: first paint"),
            "app: data": Figure("Exchange Desktop: data on screen"),
        }
        seen: dict[str, dict[str, float]] = {}

        def start(mode: str) -> dict[str, float]:
            seen[mode] = spawn(mode, db_path, data_dir)
            return seen[mode]

        spawn("bare", db_path, data_dir)  # warm-up: the disk cache, not measured
        spawn("app", db_path, data_dir)
        for _round in range(runs):
            alternate(
                1,
                figures,
                {
                    "bare: first paint": lambda: start("bare")["paint"],
                    "app: first paint": lambda: start("app")["paint"],
                },
            )
            figures["app: data"].samples.append(seen["app"]["data"])
    bare = figures["bare: first paint"].median
    figures["app: first paint"].target_s = 1.5 * bare
    figures["app: data"].target_s = 3 * bare
    report(
        "Start-up, from process start (targets: first paint ≤ 1.5× bare, data ≤ 3× bare)",
        list(figures.values()),
        [
            f"ratio first paint / bare: {figures['app: first paint'].median / bare:.2f}",
            f"ratio data on screen / bare: {figures['app: data'].median / bare:.2f}",
        ],
    )


if __name__ == "__main__":
    main()
