"""How long reading and importing a large participant list takes: ``python
benchmarks/import_benchmark.py [ROWS]`` (10,000 by default) prints the figures.

The spreadsheet is written with openpyxl into a temporary folder, with a title row above the
header and an extra timestamp column, as an online form's export looks; it is then read
with :func:`read_table`, previewed and imported into a fresh database holding the sample
practice (its session has 10 seats: everybody else joins the waiting list, which is the
heavier path).
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from exchange_desktop.imports.spreadsheet import read_table  # noqa: E402
from exchange_desktop.services.participant_import import (  # noqa: E402
    guess_mapping,
    import_rows,
    preview,
)
from exchange_desktop.services.sample import load_sample  # noqa: E402
from exchange_desktop.services.scheduling import list_sessions  # noqa: E402
from exchange_desktop.storage.database import open_database  # noqa: E402

HEADER = ["Informazioni cronologiche", "Cognome", "Nome", "Ente", "Email", "Ruolo", "Telefono"]


def write_workbook(path: Path, rows: int) -> None:
    import openpyxl

    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Risposte")
    sheet.append(["Iscrizioni allo scambio di buone pratiche"])
    sheet.append(HEADER)
    start = datetime(2026, 3, 1, 9, 0)
    for n in range(rows):
        sheet.append(
            [
                start + timedelta(minutes=n),
                f"Cognome{n:05d}",
                "Anna" if n % 2 else "Luca",
                f"Comune n. {n % 250}",
                f"persona{n}@comune{n % 250}.it",
                "Istruttore amministrativo",
                3470000000 + n,
            ]
        )
    workbook.save(path)


def main(rows: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "iscritti.xlsx"
        write_workbook(source, rows)
        db = open_database(Path(folder) / "benchmark.sqlite")
        try:
            practice = load_sample(db)
            (session,) = list_sessions(db, practice.id)

            started = time.perf_counter()
            table = read_table(source)
            read_s = time.perf_counter() - started

            mapping = guess_mapping(table.headers)
            started = time.perf_counter()
            previewed = preview(db, session.id, table, mapping)
            preview_s = time.perf_counter() - started

            started = time.perf_counter()
            summary = import_rows(db, session.id, table, mapping)
            import_s = time.perf_counter() - started
        finally:
            db.close()
    print(f"rows in the file:      {len(table.rows)}")
    print(f"read_table (.xlsx):    {read_s:6.2f} s")
    print(f"preview:               {preview_s:6.2f} s ({len(previewed)} rows)")
    print(
        f"import_rows:           {import_s:6.2f} s "
        f"({summary.imported} imported, {summary.waiting} on the waiting list)"
    )
    print(f"read + import:         {read_s + import_s:6.2f} s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
