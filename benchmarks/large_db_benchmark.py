"""The Partecipanti tab on years of data: ``python benchmarks/large_db_benchmark.py [--db FILE]
[--runs N] [--quick]``.

Without --db, :mod:`make_large_db` writes a database first (50 practices, 200 sessions,
10,000 people).  On practice 1, whose roster holds all 10,000 registrations (the worst
case), in an offscreen window: opening the roster of the whole practice (reading it, building
the model, the first paint), a filter keystroke, sorting by surname, ticking "Presente" on one
person, and the peak memory.  Targets: open ≤ 300 ms, keystroke ≤ 50 ms, sort ≤ 200 ms.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import (
    Figure,
    max_rss_mb,
    parser,
    report,
    runs_from,
    timed,
    traced_peak,
)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PRACTICE_ID = 1


def main() -> None:
    options = parser(__doc__.splitlines()[0])
    options.add_argument("--db", type=Path, help="a database made by make_large_db.py")
    args = options.parse_args()
    runs = runs_from(args)
    with tempfile.TemporaryDirectory() as folder:
        os.environ["EXCHANGE_DESKTOP_DATA_DIR"] = folder
        db_path = args.db
        if db_path is None:
            import make_large_db

            db_path = Path(folder) / "large.sqlite"
            make_large_db.build(db_path)
        measure(db_path, runs)


def measure(db_path: Path, runs: int) -> None:
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QApplication

    from exchange_desktop.services.roster import roster
    from exchange_desktop.storage.database import open_database
    from exchange_desktop.ui.roster.roster_model import COL_NUMBER, COL_PRESENT, COL_SURNAME
    from exchange_desktop.ui.roster.roster_tab import RosterTab

    app = QApplication.instance() or QApplication([])
    db = open_database(db_path)
    tab = RosterTab(db)
    tab.resize(1280, 700)
    tab.show()
    figures = {
        "read": Figure("roster() from the database (10,000 rows)"),
        "open": Figure("open the practice's roster (read, model, paint)", target_s=0.3),
        "key": Figure("filter keystroke ('ross' → 'rossi')", target_s=0.05),
        "sort": Figure("sort by surname (first click after opening)", target_s=0.2),
        "tick": Figure("tick «Presente» on one person"),
    }

    def paint() -> None:
        """Until the event loop is idle: the repaint the clerk waits for included."""
        QCoreApplication.processEvents()

    def open_roster() -> None:
        tab.show_practice(None)
        tab.search.clear()
        tab.table.sortByColumn(COL_NUMBER, Qt.SortOrder.AscendingOrder)
        paint()
        seconds, _ = timed(lambda: (tab.show_practice(PRACTICE_ID), paint()))
        figures["open"].samples.append(seconds)

    def tick(present: bool) -> float:
        proxy_row = next(
            r
            for r in range(tab.proxy.rowCount())
            if tab.proxy.index(r, COL_PRESENT).flags() & Qt.ItemFlag.ItemIsUserCheckable
        )
        index = tab.proxy.index(proxy_row, COL_PRESENT)
        state = Qt.CheckState.Checked if present else Qt.CheckState.Unchecked
        seconds, _ = timed(
            lambda: (tab.proxy.setData(index, state, Qt.ItemDataRole.CheckStateRole), paint())
        )
        return seconds

    for n in range(runs):
        figures["read"].samples.append(timed(lambda: roster(db, PRACTICE_ID))[0])
        open_roster()
        tab.search.setText("ross")
        paint()
        figures["key"].samples.append(timed(lambda: (tab.search.setText("rossi"), paint()))[0])
        tab.search.clear()
        paint()
        order = Qt.SortOrder.AscendingOrder if n % 2 == 0 else Qt.SortOrder.DescendingOrder
        figures["sort"].samples.append(
            timed(lambda: (tab.table.sortByColumn(COL_SURNAME, order), paint()))[0]  # noqa: B023
        )
        figures["tick"].samples.append(tick(n % 2 == 0))
    tab.show_practice(None)
    paint()
    with traced_peak() as peak:
        tab.show_practice(PRACTICE_ID)
        paint()
    rows = tab.model.rowCount()
    db.close()
    report(
        f"Large database: roster of practice {PRACTICE_ID} ({rows:,} registrations)",
        list(figures.values()),
        [
            f"peak Python memory while opening the roster: {peak[0] / 2**20:.0f} MB",
            f"peak resident memory of the process: {max_rss_mb():.0f} MB",
        ],
    )
    del app


if __name__ == "__main__":
    main()
