"""Killing the program (power cut, Task Manager) loses at most the change in flight.

A child process makes a known sequence of committed changes through the services — practice
edits, registrations, participant imports of a few hundred rows — and prints a line after
each commit; the test kills it at a random moment (``Popen.kill``: SIGKILL on POSIX,
TerminateProcess on Windows), checks the file, and starts the next child, many times over.
The GUI's own case (killed during an autosave) is in test_ui_practice_tab.py.
"""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest
from writer_helpers import IMPORT_ROWS, Reported, check_file, kind_of, start_writer

from exchange_desktop.services.practices.sample import load_sample
from exchange_desktop.services.scheduling.sessions import session_summaries
from exchange_desktop.storage.database import open_database

# Real processes killed many times over: seconds.
pytestmark = pytest.mark.slow

KILLS = 20
#: The child is killed this long (at most) after it is ready: most moments fall in an import.
MAX_LIFE_S = 0.5
STEPS_PER_CHILD = 1000


def _run_child_and_kill(
    args: list[str], rng: random.Random, reported: Reported
) -> tuple[int | None, int]:
    """Start a child, kill it at a random moment; the last step it reported, its exit code."""
    child = start_writer(args)
    time.sleep(rng.uniform(0, MAX_LIFE_S))
    child.kill()
    out, err = child.communicate(timeout=30)
    assert "Traceback" not in err, err
    last = None
    for line in out.splitlines():
        last = reported.add(line)
    return last, child.returncode


def test_killing_the_process_loses_at_most_the_change_in_flight(db_path: Path) -> None:
    db = open_database(db_path)
    practice = load_sample(db)
    session_id = session_summaries(db, practice.id)[0].session.id
    db.close()
    seed = random.randrange(1_000_000)
    rng = random.Random(seed)
    reported = Reported()
    unsure: set[int] = set()
    started = time.monotonic()
    # A first run left to finish: an edit, a registration and an import that every later
    # check must find, however slow the machine is.
    first_run = start_writer(
        [str(db_path), str(practice.id), str(session_id), "0", str(IMPORT_ROWS), "3"]
    )
    out, err = first_run.communicate(timeout=120)
    assert first_run.returncode == 0, err
    for line in out.splitlines():
        reported.add(line)
    for child_number in range(1, KILLS + 1):
        first = child_number * STEPS_PER_CHILD
        args = [str(db_path), str(practice.id), str(session_id), str(first)]
        last, code = _run_child_and_kill(
            [*args, str(IMPORT_ROWS), str(STEPS_PER_CHILD)], rng, reported
        )
        assert code != 0, f"seed {seed}: the child ended before being killed"
        unsure.add(first if last is None else last + 1)
        check_file(db_path, reported, unsure)
    elapsed = time.monotonic() - started
    kinds = ("edit", "reg", "import")
    during = {kind: sum(kind_of(step) == kind for step in unsure) for kind in kinds}
    print(f"{KILLS} kills in {elapsed:.1f} s (seed {seed}), in flight {during}: {reported}")
    reopened = open_database(db_path)  # the program opens the file as usual afterwards
    reopened.close()
