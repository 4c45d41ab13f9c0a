"""Import of a large participant list: ``python benchmarks/import_benchmark.py [ROWS]
[--runs N] [--quick]`` (10,000 rows by default; 2,000 with --quick) prints the medians.

The spreadsheet is written with openpyxl into a temporary folder, with a title row above the
header and an extra timestamp column, as an online form's export looks; it is then read
with :func:`read_table`, previewed and imported into a fresh database holding the sample
practice (its session has 10 seats: everybody else joins the waiting list, which is the
heavier path).
"""

from __future__ import annotations

import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import Figure, parser, report, runs_from, timed, traced_peak

from exchange_desktop.imports.spreadsheet import read_table
from exchange_desktop.services.importing.participant_import import (
    guess_mapping,
    import_rows,
    preview,
)
from exchange_desktop.services.practices.sample import load_sample
from exchange_desktop.services.scheduling.sessions import list_sessions
from exchange_desktop.storage.database import open_database

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


def once(source: Path, folder: Path, n: int) -> dict[str, float]:
    """Read, preview and import ``source`` into a fresh database; the seconds of each step."""
    db = open_database(folder / f"benchmark{n}.sqlite")
    try:
        practice = load_sample(db)
        (session,) = list_sessions(db, practice.id)
        read_s, table = timed(lambda: read_table(source))
        mapping = guess_mapping(table.headers)  # type: ignore[attr-defined]
        preview_s, _rows = timed(lambda: preview(db, session.id, table, mapping))  # type: ignore[arg-type]
        import_s, summary = timed(lambda: import_rows(db, session.id, table, mapping))  # type: ignore[arg-type]
        assert summary.imported == len(table.rows)  # type: ignore[attr-defined]
    finally:
        db.close()
    return {"read": read_s, "preview": preview_s, "import": import_s}


def main() -> None:
    options = parser(__doc__.splitlines()[0])
    options.add_argument("rows", nargs="?", type=int, default=None, help="rows (10,000)")
    args = options.parse_args()
    rows = args.rows or (2_000 if args.quick else 10_000)
    figures = {
        "read": Figure("read_table (.xlsx)"),
        "preview": Figure("preview"),
        "import": Figure("import_rows (one transaction)"),
        "total": Figure("read + preview + import", target_s=2.0 if rows == 10_000 else None),
    }
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "iscritti.xlsx"
        write_workbook(source, rows)
        for n in range(runs_from(args)):
            steps = once(source, Path(folder), n)
            for name, seconds in steps.items():
                figures[name].samples.append(seconds)
            figures["total"].samples.append(sum(steps.values()))
        with traced_peak() as peak:
            once(source, Path(folder), -1)
    report(
        f"Import of a {rows:,}-row .xlsx into a 10-seat session (the rest waits)",
        list(figures.values()),
        [f"peak Python memory of one read + preview + import: {peak[0] / 2**20:.0f} MB"],
    )


if __name__ == "__main__":
    main()
