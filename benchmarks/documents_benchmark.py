"""The day's papers: ``python benchmarks/documents_benchmark.py [--runs N] [--quick]``.

- the sign-in sheet PDF of 10 and of 1,000 people, in-process (the first call of the
  process, which loads reportlab and registers the fonts, is shown apart and left out of
  the median);
- the whole command ``python main.py export-signin`` for the 10 people, end to end;
- LibreOffice turning the same 10-person roster (a CSV) into a PDF with
  ``soffice --headless --convert-to pdf`` in a fresh profile, alternated with the command
  (its first run, which builds the profile, is a warm-up left out); skipped with a note
  when soffice is not installed;
- the Excel roster of the 10,000 registrations of :mod:`make_large_db`'s practice 1;
- for scale, alternated with the command: the floor of any Python command, an interpreter
  that only starts (``python -c pass``) and one that only imports SQLAlchemy's ORM and
  reportlab, which the command needs.

Targets: the 10-person sheet ≤ 50 ms in-process, the command ≤ 0.3× LibreOffice's
conversion, the 10,000-row Excel roster ≤ 2 s.
"""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import REPO_ROOT, Figure, child_env, parser, report, runs_from, timed

from exchange_desktop.domain.enums import RegistrationStatus, SchedulingMode
from exchange_desktop.services.documents.day_documents import export_signin_sheet
from exchange_desktop.services.documents.roster_export import export_roster_xlsx
from exchange_desktop.services.practices.sample import load_sample
from exchange_desktop.services.roster import roster
from exchange_desktop.services.scheduling.scheduling_modes import set_scheduling_mode
from exchange_desktop.services.scheduling.sessions import confirm_date, update_session
from exchange_desktop.storage.database import Database, open_database
from exchange_desktop.storage.models import (
    OrganisationRow,
    ParticipantRow,
    RegistrationRow,
)


def two_sessions(db: Database, sizes: tuple[int, int]) -> tuple[int, list[int]]:
    """The sample in "E" mode, each session confirmed with ``sizes`` people in its seats."""
    practice = load_sample(db)
    sessions = set_scheduling_mode(db, practice.id, SchedulingMode.SEVERAL)
    ids = []
    person = 0
    with db.transaction() as orm:
        enti = [OrganisationRow(name=f"Comune di Prova {n}") for n in range(40)]
        orm.add_all(enti)
        orm.flush()
        ente_ids = [e.id for e in enti]
    for session, size in zip(sessions, sizes, strict=False):
        # at most 999 seats: the 1,000th person is written confirmed all the same
        update_session(db, session.id, capacity=min(size, 999))  # type: ignore[arg-type]
        confirm_date(db, session.id, session.open_days[0])  # type: ignore[arg-type]
        with db.transaction() as orm:
            for n in range(size):
                person += 1
                row = ParticipantRow(
                    surname=f"Cognome{person:05d}",
                    name=("Anna", "Luca", "Niccolò")[n % 3],
                    organisation_id=ente_ids[n % len(ente_ids)],
                    role="Istruttore amministrativo",
                    email=f"persona{person}@comune.it",
                    privacy_consent=True,
                    privacy_consent_date=date(2026, 3, 1),
                )
                orm.add(row)
                orm.flush()
                orm.add(
                    RegistrationRow(
                        participant_id=row.id,
                        session_id=session.id,
                        status=RegistrationStatus.CONFIRMED,
                        registered_at=datetime(2026, 3, 1, 9) + timedelta(minutes=n),
                    )
                )
        ids.append(session.id)  # type: ignore[arg-type]
    return practice.id, ids  # type: ignore[return-value]


def roster_csv(db: Database, practice_id: int, session_id: int, path: Path) -> None:
    """The roster as LibreOffice is given it: the sign-in sheet's columns, in a CSV."""
    rows = roster(db, practice_id, session_id)
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(["N.", "Cognome", "Nome", "Ente", "Firma entrata", "Firma uscita"])
        for n, row in enumerate(rows, start=1):
            out.writerow([n, row.surname, row.name, row.organisation, "", ""])


def main() -> None:
    args = parser(__doc__.splitlines()[0]).parse_args()
    runs = runs_from(args)
    figures = {
        "sheet10": Figure("sign-in sheet, 10 people, in-process", target_s=0.05),
        "sheet1000": Figure("sign-in sheet, 1,000 people, in-process"),
        "cli": Figure("python main.py export-signin (10 people), whole command"),
        "soffice": Figure("soffice --convert-to pdf of the same roster (CSV)"),
        "python": Figure("python -c pass (interpreter start, the floor)"),
        "libraries": Figure("python importing sqlalchemy.orm and reportlab only"),
        "xlsx": Figure("Excel roster, practice of 10,000 registrations", target_s=2.0),
    }
    extra: list[str] = []
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        db_path = folder / "documents.sqlite"
        db = open_database(db_path)
        try:
            practice_id, (small, large) = two_sessions(db, (10, 1000))
            cold, _ = timed(lambda: export_signin_sheet(db, small, folder / "cold.pdf"))
            extra.append(
                f"first sign-in sheet of the process (imports, fonts): {cold * 1000:.0f} ms"
            )
            for n in range(runs):
                figures["sheet10"].samples.append(
                    timed(lambda: export_signin_sheet(db, small, folder / f"s{n}.pdf"))[0]  # noqa: B023
                )
                figures["sheet1000"].samples.append(
                    timed(lambda: export_signin_sheet(db, large, folder / f"l{n}.pdf"))[0]  # noqa: B023
                )
            source = folder / "Foglio firme.csv"
            roster_csv(db, practice_id, small, source)
        finally:
            db.close()
        compare_with_libreoffice(figures, folder, db_path, small, source, runs, extra)
        excel_roster(figures, folder, runs)
    report("Documents: sign-in sheet, LibreOffice, Excel roster", list(figures.values()), extra)


def compare_with_libreoffice(
    figures: dict[str, Figure],
    folder: Path,
    db_path: Path,
    session_id: int,
    source: Path,
    runs: int,
    extra: list[str],
) -> None:
    """The command and soffice, alternated; soffice skipped (with a note) when missing."""
    soffice = shutil.which("soffice")
    command = [
        sys.executable,
        "main.py",
        "export-signin",
        "--db",
        str(db_path),
        "--session",
        str(session_id),
    ]
    profile = folder / "lo-profile"
    lo_command = [
        str(soffice),
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        str(folder / "lo"),
        str(source),
    ]

    def cli(n: int) -> float:
        out = folder / f"cli{n}.pdf"
        seconds, done = timed(
            lambda: subprocess.run(
                [*command, str(out)],
                cwd=REPO_ROOT,
                env=child_env(folder),
                capture_output=True,
                check=False,
            )
        )
        assert done.returncode == 0 and out.exists(), done.stderr  # type: ignore[attr-defined]
        return seconds

    def bare(code: str) -> float:
        seconds, done = timed(
            lambda: subprocess.run(
                [sys.executable, "-c", code],
                cwd=REPO_ROOT,
                env=child_env(folder),
                capture_output=True,
                check=False,
            )
        )
        assert done.returncode == 0, done.stderr  # type: ignore[attr-defined]
        return seconds

    def libreoffice() -> float:
        seconds, done = timed(
            lambda: subprocess.run(lo_command, capture_output=True, timeout=180, check=False)
        )
        assert (folder / "lo" / f"{source.stem}.pdf").exists(), done.stderr  # type: ignore[attr-defined]
        return seconds

    if soffice is None:
        figures["soffice"].note = "(soffice not installed: no comparison)"
    else:
        warm_up = libreoffice()
        extra.append(f"soffice warm-up run (new profile, left out): {warm_up:.1f} s")
    for n in range(runs):
        figures["cli"].samples.append(cli(n))
        figures["python"].samples.append(bare("pass"))
        figures["libraries"].samples.append(
            bare("import sqlalchemy.orm, reportlab.platypus, reportlab.pdfgen.canvas")
        )
        if soffice is not None:
            figures["soffice"].samples.append(libreoffice())
    if soffice is not None:
        figures["cli"].target_s = 0.3 * figures["soffice"].median
        extra.append(
            "ratio command / soffice: "
            f"{figures['cli'].median / figures['soffice'].median:.2f} (target ≤ 0.30)"
        )


def excel_roster(figures: dict[str, Figure], folder: Path, runs: int) -> None:
    import make_large_db

    db_path = folder / "large.sqlite"
    make_large_db.build(db_path)
    db = open_database(db_path)
    try:
        for n in range(runs):
            out = folder / f"Partecipanti {n}.xlsx"
            figures["xlsx"].samples.append(
                timed(lambda: export_roster_xlsx(db, make_large_db.PRACTICE_ONE, out))[0]  # noqa: B023
            )
    finally:
        db.close()


if __name__ == "__main__":
    started = time.perf_counter()
    main()
    print(f"(whole run {time.perf_counter() - started:.0f} s)")
