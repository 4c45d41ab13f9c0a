"""Killing the program (power cut, Task Manager) loses at most the change in flight.

A child process makes a known sequence of committed changes through the services — practice
edits, registrations, participant imports of a few hundred rows — and prints a line after
each commit; the test kills it at a random moment (``Popen.kill``: SIGKILL on POSIX,
TerminateProcess on Windows), checks the file, and starts the next child, many times over.
The GUI's own case (killed during an autosave) is in test_ui_practice_tab.py.
"""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
import textwrap
import time
from dataclasses import dataclass, field
from pathlib import Path

from exchange_desktop.services.sample import load_sample
from exchange_desktop.services.scheduling import session_summaries
from exchange_desktop.storage.database import open_database

REPO = Path(__file__).resolve().parent.parent
KILLS = 20
IMPORT_ROWS = 200
#: The child is killed this long (at most) after it is ready: most moments fall in an import.
MAX_LIFE_S = 0.6
STEPS_PER_CHILD = 1000

CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from exchange_desktop.domain.roster import Participant
    from exchange_desktop.imports.spreadsheet import ImportTable
    from exchange_desktop.services.participant_import import import_rows
    from exchange_desktop.services.practices import update_practice
    from exchange_desktop.services.registrations import register
    from exchange_desktop.storage.database import open_database

    path, practice_id, session_id, first, rows, count = sys.argv[1:7]
    db = open_database(Path(path))
    print("ready", flush=True)
    header = ["Cognome", "Nome", "Ente", "Email"]
    mapping = {0: "surname", 1: "name", 2: "organisation", 3: "email"}
    for step in range(int(first), int(first) + int(count)):
        kind = ("edit", "reg", "import")[step % 3]
        if kind == "edit":
            update_practice(db, int(practice_id), office=f"Ufficio passo {step}")
        elif kind == "reg":
            person = Participant(surname=f"Passo{step}", name="Anna", email=f"p{step}@e.it")
            register(db, int(session_id), person)
        else:
            table = [
                [f"Imp{step}x{i}", "Anna", f"Comune n. {i % 40}", f"imp{step}.{i}@e.it"]
                for i in range(int(rows))
            ]
            import_rows(db, int(session_id), ImportTable(header, table, "f.xlsx"), mapping)
        print(kind, step, flush=True)
    """
)


def _kind(step: int) -> str:
    return ("edit", "reg", "import")[step % 3]


@dataclass
class _Reported:
    """What the children said they committed."""

    edits: list[int] = field(default_factory=list)
    registrations: list[int] = field(default_factory=list)
    imports: list[int] = field(default_factory=list)

    def add(self, line: str) -> int:
        kind, step = line.split()
        {"edit": self.edits, "reg": self.registrations, "import": self.imports}[kind].append(
            int(step)
        )
        return int(step)


def _run_child_and_kill(
    args: list[str], rng: random.Random, reported: _Reported
) -> tuple[int | None, int]:
    """Start a child, kill it at a random moment; the last step it reported, its exit code."""
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, *args],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    assert child.stdout is not None
    ready = child.stdout.readline()
    assert ready.strip() == "ready", child.communicate()[1]
    time.sleep(rng.uniform(0, MAX_LIFE_S))
    child.kill()
    out, err = child.communicate(timeout=30)
    assert "Traceback" not in err, err
    last = None
    for line in out.splitlines():
        last = reported.add(line)
    return last, child.returncode


def _check_file(path: Path, reported: _Reported, unsure: set[int]) -> None:
    """The file is sound and holds every reported change; the steps in flight at each kill
    (``unsure``) may or may not be there, each of them whole."""
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        connection.execute("PRAGMA foreign_keys = ON")
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        office = connection.execute("SELECT office FROM practices").fetchone()[0]
        if reported.edits:
            stored_step = int(office.rsplit(" ", 1)[1])
            later = {step for step in unsure if step > reported.edits[-1]}
            assert stored_step in {reported.edits[-1]} | later, (office, reported.edits)
        registered = {
            row[0]
            for row in connection.execute(
                "SELECT p.surname FROM participants p JOIN registrations r"
                " ON r.participant_id = p.id WHERE p.surname LIKE 'Passo%'"
            )
        }
        expected = {f"Passo{step}" for step in reported.registrations}
        assert expected <= registered
        assert registered - expected <= {f"Passo{step}" for step in unsure}
        imported: dict[int, int] = {}
        for (email,) in connection.execute(
            "SELECT p.email FROM participants p JOIN registrations r"
            " ON r.participant_id = p.id WHERE p.email LIKE 'imp%'"
        ):
            step = int(email[3:].split(".", 1)[0])
            imported[step] = imported.get(step, 0) + 1
    # All or nothing: every import present is whole; every reported one is present.
    assert all(count == IMPORT_ROWS for count in imported.values()), imported
    assert set(reported.imports) <= set(imported)
    assert set(imported) - set(reported.imports) <= unsure
    connection.close()


def test_killing_the_process_loses_at_most_the_change_in_flight(db_path: Path) -> None:
    db = open_database(db_path)
    practice = load_sample(db)
    session_id = session_summaries(db, practice.id)[0].session.id
    db.close()
    seed = random.randrange(1_000_000)
    rng = random.Random(seed)
    reported = _Reported()
    unsure: set[int] = set()
    started = time.monotonic()
    for child_number in range(KILLS):
        first = child_number * STEPS_PER_CHILD
        args = [str(db_path), str(practice.id), str(session_id), str(first)]
        last, code = _run_child_and_kill(
            [*args, str(IMPORT_ROWS), str(STEPS_PER_CHILD)], rng, reported
        )
        assert code != 0, f"seed {seed}: the child ended before being killed"
        unsure.add(first if last is None else last + 1)
        _check_file(db_path, reported, unsure)
    elapsed = time.monotonic() - started
    kinds = ("edit", "reg", "import")
    during = {kind: sum(_kind(step) == kind for step in unsure) for kind in kinds}
    print(f"{KILLS} kills in {elapsed:.1f} s (seed {seed}), in flight {during}: {reported}")
    # The runs did cover every kind of change, and the check above saw each of them.
    assert reported.edits and reported.registrations and reported.imports, f"seed {seed}"
    reopened = open_database(db_path)  # the program opens the file as usual afterwards
    reopened.close()
