"""The guard around the spreadsheet reader (issue #14): time and peak memory of refusing a
sheet with one value in its last cell, and of reading files just under 10 MB.

Each case runs ``read_table`` alone, then ``python main.py import-participants``, each as a
fresh process; the peak is the resident set of the largest process in the tree (the command
or its reader child), from ``getrusage(RUSAGE_CHILDREN)`` of a wrapper process that runs one
case only, so cases do not mask each other.  Targets: the last-cell refusal under 2 s and
300 MB; any file under 10 MB under 500 MB.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from _common import REPO_ROOT, child_env, machine

sys.path.insert(0, str(REPO_ROOT / "tests"))
from sheet_generators import HEADER, people_xlsx, write_xlsx

_WRAPPER = """
import resource, subprocess, sys, time
start = time.perf_counter()
code = subprocess.run(sys.argv[1:], capture_output=True).returncode
elapsed = time.perf_counter() - start
peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(code, elapsed, peak_kb)
"""


_READ_ONLY = """
import sys
from pathlib import Path
from exchange_desktop.imports.spreadsheet import read_table
try:
    print(len(read_table(Path(sys.argv[1])).rows))
except Exception:
    sys.exit(1)
"""


def _measure(
    db: Path, sheet: Path, env: dict[str, str], *, read_only: bool
) -> tuple[int, float, float]:
    if read_only:
        command = [sys.executable, "-c", _READ_ONLY, str(sheet)]
    else:
        command = [sys.executable, str(REPO_ROOT / "main.py"), "import-participants"]
        command += ["--db", str(db), "--session", "1", "--skip-invalid", str(sheet)]
    out = subprocess.run(
        [sys.executable, "-c", _WRAPPER, *command],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    ).stdout.split()
    return int(out[0]), float(out[1]), int(out[2]) / 1024


def main() -> None:
    runs = 3 if "--quick" in sys.argv else 5
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        env = child_env(root / "data")
        db = root / "archivio.sqlite"
        subprocess.run(
            [sys.executable, str(REPO_ROOT / "main.py"), "sample", "--db", str(db)],
            env=env,
            check=True,
            capture_output=True,
        )
        people = [
            [f"Cognome{n}", "Anna", "Comune di Lodi", f"a{n}@x.it"] + ["valore"] * 6
            for n in range(199_998)
        ]
        cases = {
            "value in XFD1048576 (refused)": people_xlsx(
                root / "xfd.xlsx", far_cell=(1048576, 16384)
            ),
            "value in H1048576 (refused)": people_xlsx(root / "h.xlsx", far_cell=(1048576, 8)),
            "value in Y100000, 2.5 M cells (read)": people_xlsx(
                root / "y.xlsx", far_cell=(100_000, 25)
            ),
            "200,000 rows x 10 full (read)": write_xlsx(
                root / "dense.xlsx", [HEADER[:4] + ["x"] * 6, *people]
            ),
        }
        print("read = read_table only (parent + reader child); command = import-participants")
        print(f"{'case':42} {'what':>7} {'MB file':>8} {'exit':>4} {'median s':>9} {'peak MB':>8}")
        for name, sheet in cases.items():
            for read_only in (True, False):
                results = [_measure(db, sheet, env, read_only=read_only) for _ in range(runs)]
                seconds = statistics.median([r[1] for r in results])
                peak = max(r[2] for r in results)
                size = sheet.stat().st_size / 1e6
                what = "read" if read_only else "command"
                print(
                    f"{name:42} {what:>7} {size:8.2f} {results[0][0]:4d} {seconds:9.2f} {peak:8.0f}"
                )
        print(f"runs per case: {runs}; {machine()}")


if __name__ == "__main__":
    main()
