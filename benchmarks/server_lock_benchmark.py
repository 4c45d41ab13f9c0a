"""Issue #27: how long a big import holds the writers' lock on a PostgreSQL server, and how
long a reading command takes meanwhile.

Starts the tests' own PostgreSQL (tests/pg_server.py, Unix socket, in a temporary folder),
imports a CSV of ROWS people (50,000 by default) into a session several times, each into a
fresh database, and measures from the writing transaction's BEGIN (which takes the lock) to
its COMMIT, beside the whole import; then `practices` in its own process while another
connection holds the lock. Target: a colleague's save waits at most the lock timeout (5 s).
"""

from __future__ import annotations

import csv
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import REPO_ROOT, Figure, child_env, parser, report, runs_from

sys.path.insert(0, str(REPO_ROOT / "tests"))


def _people_file(folder: Path, rows: int) -> Path:
    out = folder / "iscrizioni.csv"
    with out.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Cognome", "Nome", "Ente", "Email"])
        for i in range(rows):
            writer.writerow([f"Cognome{i}", f"Nome{i}", f"Comune {i % 300}", f"p{i}@c{i % 300}.it"])
    return out


def _one_run(url: str, table: object, mapping: object, data: Path) -> tuple[float, float, float]:
    """One import into the fresh database at ``url``: lock held, whole import, a reader."""
    from sqlalchemy import event

    from exchange_desktop.services.importing import participant_import as imports
    from exchange_desktop.services.practices.sample import load_sample
    from exchange_desktop.services.scheduling.sessions import update_session
    from exchange_desktop.storage.database import open_database
    from exchange_desktop.storage.postgres.server_database import WRITE_LOCK_KEY

    db = open_database(url)
    try:
        load_sample(db)
        update_session(db, 1, capacity=100)
        marks: list[float] = []
        event.listen(db.engine, "begin", lambda _c: marks.append(time.perf_counter()))
        event.listen(db.engine, "commit", lambda _c: marks.append(time.perf_counter()))
        start = time.perf_counter()
        imports.import_rows(db, 1, table, mapping)  # type: ignore[arg-type]
        whole = time.perf_counter() - start
        locked = marks[-1] - marks[-2]
        with db.engine.connect() as holder:
            holder.exec_driver_sql(f"SELECT pg_advisory_lock({WRITE_LOCK_KEY})")
            start = time.perf_counter()
            done = subprocess.run(
                [sys.executable, "main.py", "practices", "--db", url],
                cwd=REPO_ROOT, env=child_env(data), capture_output=True, check=False,
            )  # fmt: skip
            reading = time.perf_counter() - start
            holder.exec_driver_sql(f"SELECT pg_advisory_unlock({WRITE_LOCK_KEY})")
        assert done.returncode == 0, done.stderr
        return locked, whole, reading
    finally:
        db.close()


def main() -> int:
    args_parser = parser(__doc__.split("\n", 1)[0])
    args_parser.add_argument("rows", nargs="?", type=int, default=50_000)
    args = args_parser.parse_args()
    runs = runs_from(args)
    rows = 5_000 if args.quick else args.rows
    from pg_server import TestServer, binaries

    from exchange_desktop.imports.spreadsheet import read_table
    from exchange_desktop.services.importing import import_mapping
    from exchange_desktop.storage.postgres.server_database import LOCK_TIMEOUT_MS

    bin_dir = binaries()
    if bin_dir is None:
        print("PostgreSQL (initdb, pg_ctl) not installed: nothing measured")
        return 0
    folder = Path(tempfile.mkdtemp(prefix="exchange-lock-bench-"))
    os.environ["EXCHANGE_DESKTOP_DATA_DIR"] = str(folder / "dati")
    table = read_table(_people_file(folder, rows))
    mapping = import_mapping.table_mapping(table)
    locked = Figure(f"lock held by an import of {rows:,} rows", target_s=LOCK_TIMEOUT_MS / 1000)
    whole = Figure(f"the whole import of {rows:,} rows")
    reader = Figure("`practices` in its own process while the lock is held", target_s=2.0)
    server = TestServer(bin_dir)
    server.start()
    try:
        server.build_template()
        for _run in range(runs):
            url = server.url(server.new_database())
            lock_s, whole_s, reader_s = _one_run(url, table, mapping, folder / "dati")
            locked.samples.append(lock_s)
            whole.samples.append(whole_s)
            reader.samples.append(reader_s)
    finally:
        server.stop()
    report("Writers' lock on a PostgreSQL server (issue #27)", [locked, whole, reader])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
