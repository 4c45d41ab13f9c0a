"""A child process that makes a known sequence of committed changes through the services
(practice edits, registrations, participant imports), reporting each commit on a line; and
the check that a database file holds every reported change, whole."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
IMPORT_ROWS = 200

CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from exchange_desktop.domain.roster import Participant
    from exchange_desktop.imports.spreadsheet import ImportTable
    from exchange_desktop.services.importing.participant_import import import_rows
    from exchange_desktop.services.practices.catalogue import update_practice
    from exchange_desktop.services.roster.registrations import register
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


def start_writer(args: list[str]) -> subprocess.Popen[str]:
    """Start a writer: ``args`` are the database, practice id, session id, first step,
    rows per import and number of steps; it prints "ready", then a line per commit."""
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
    return child


def kind_of(step: int) -> str:
    return ("edit", "reg", "import")[step % 3]


@dataclass
class Reported:
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


def check_file(path: Path, reported: Reported, unsure: set[int]) -> None:
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
