"""Database faults the office meets: a zero-byte file (damaged, never turned into a new
database), a database on a read-only share, folder or file (read by the reading commands and
``backup``, refused in one line by the writing ones), and SQLite's own words kept off screen.

The read-only cases must hold for an ordinary user.  Tests (and CI) run as root, for whom
permission bits mean nothing, so the command runs in a child that has given up root's
override capabilities (``setpriv`` dropping CAP_DAC_OVERRIDE and friends from its bounding
set): root then meets 0555 folders and 0444 files like anybody else.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from cli_helpers import REPO_ROOT, run_failing

from exchange_desktop.cli.main import run
from exchange_desktop.services.backup import backups
from exchange_desktop.storage.database import open_database
from exchange_desktop.storage.sqlite.errors import explain_database_error

_DROPPED = "-dac_override,-dac_read_search,-fowner"
READ_ONLY_FOLDER = "la cartella del database è di sola lettura"
READ_ONLY_FILE = "il file del database è di sola lettura"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- a zero-byte file --------------------------------------------------------------------


def _zero_byte_commands(db: Path, out: Path) -> list[list[str]]:
    return [
        ["practices", "--db", str(db)],
        ["sessions", "--db", str(db)],
        ["roster", "--db", str(db), "--session", "1"],
        ["export-roster", "--db", str(db), "--practice", "1", str(out / "r.xlsx")],
        ["export-card", "--db", str(db), "--practice", "1", str(out / "c.pdf")],
        ["export-ics", "--db", str(db), "--session", "1", str(out / "s.ics")],
        ["backup", "--db", str(db), str(out / "b.sqlite")],
        ["confirm-date", "--db", str(db), "--session", "1", "2026-04-20"],
        ["sample", "--db", str(db)],
    ]


def test_a_zero_byte_database_is_left_byte_identical_by_every_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "Scambi" / "archivio.sqlite"
    db.parent.mkdir()
    db.write_bytes(b"")
    out = tmp_path / "uscita"
    out.mkdir()
    for argv in _zero_byte_commands(db, out):
        err = run_failing(argv, capsys, 1)
        assert "è vuoto (0 byte)" in err, argv
        assert db.read_bytes() == b"", argv
        assert [p.name for p in db.parent.iterdir()] == ["archivio.sqlite"], argv
    assert list(out.iterdir()) == []


def test_a_zero_byte_database_names_the_latest_backup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "archivio.sqlite"
    assert run(["sample", "--db", str(db)]) == 0
    opened = open_database(db)
    backup = backups.daily_backup(opened, today=date(2026, 11, 24))
    opened.close()
    assert backup is not None
    db.write_bytes(b"")
    for argv in (["practices", "--db", str(db)], ["backup", "--db", str(db), str(tmp_path / "b")]):
        capsys.readouterr()
        err = run_failing(argv, capsys, 1)
        assert "è vuoto" in err and str(backup) in err and "restore" in err
        assert db.read_bytes() == b""


# --- SQLite's words stay in the log ------------------------------------------------------


def test_a_damaged_page_is_one_plain_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "archivio.sqlite"
    assert run(["sample", "--db", str(db)]) == 0
    data = bytearray(db.read_bytes())
    page = 4096
    data[2 * page : 3 * page] = b"\xa5" * page  # a page of garbage, the header intact
    db.write_bytes(bytes(data))
    before = digest(db)
    capsys.readouterr()
    err = run_failing(["practices", "--db", str(db)], capsys, 1)
    sentence = err.replace(str(db), "FILE")
    assert "danneggiato" in sentence and len(sentence) < 200
    assert "Tree" not in sentence and "page" not in sentence and "malformed" not in sentence
    assert digest(db) == before


@pytest.mark.parametrize("code", [11, 26])
def test_a_damaged_page_found_while_working_is_a_plain_sentence(tmp_path: Path, code: int) -> None:
    error = sqlite3.DatabaseError("database disk image is malformed " + "Tree 7 page 12 " * 40)
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    explained = explain_database_error(error, tmp_path / "archivio.sqlite")
    assert explained is not None
    assert "danneggiato" in str(explained) and "Tree" not in str(explained)


# --- a read-only place, as an ordinary user --------------------------------------------


def _unprivileged_prefix() -> list[str]:
    """How to run a command so that permission bits apply to it."""
    if os.name == "nt":
        pytest.skip("POSIX permission bits")
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: cannot drop the override capabilities")
    return [setpriv, f"--bounding-set={_DROPPED}", f"--inh-caps={_DROPPED}"]


def _cli(args: list[str], data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "EXCHANGE_DESKTOP_DATA_DIR": str(data_dir),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONIOENCODING": "utf-8",
    }
    return subprocess.run(
        [*_unprivileged_prefix(), sys.executable, "main.py", *args],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


@pytest.fixture
def places(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    """A sample database copied into a 0555 folder and as a 0444 file in a writable one."""
    made = tmp_path / "fatto.sqlite"
    assert run(["sample", "--db", str(made)]) == 0
    capsys.readouterr()
    folder = tmp_path / "Archivio sola lettura"
    folder.mkdir()
    in_folder = folder / "archivio.sqlite"
    shutil.copyfile(made, in_folder)
    writable = tmp_path / "Cartella scrivibile"
    writable.mkdir()
    as_file = writable / "archivio.sqlite"
    shutil.copyfile(made, as_file)
    as_file.chmod(0o444)
    folder.chmod(0o555)
    out = tmp_path / "uscita"
    out.mkdir()
    data = tmp_path / "dati"
    data.mkdir()
    probe = _cli(["--version"], data)  # the child meets the permission bits, or it is no test
    assert probe.returncode == 0, probe.stderr
    yield {"folder": in_folder, "file": as_file, "out": out, "data": data}
    folder.chmod(0o755)
    as_file.chmod(0o644)


def _reading_commands(db: Path, out: Path) -> list[list[str]]:
    return [
        ["practices", "--db", str(db)],
        ["sessions", "--db", str(db)],
        ["roster", "--db", str(db), "--session", "1"],
        ["export-roster", "--db", str(db), "--practice", "1", str(out / "iscritti.xlsx")],
        ["export-card", "--db", str(db), "--practice", "1", str(out / "scheda.pdf")],
        ["export-programme", "--db", str(db), "--practice", "1", str(out / "programma.pdf")],
        ["backup", "--db", str(db), str(out / "copia.sqlite")],
    ]


@pytest.mark.slow
@pytest.mark.parametrize("where", ["folder", "file"])
def test_reading_commands_and_backup_work_in_a_read_only_place(places, where: str) -> None:
    db, out = places[where], places["out"]
    before, beside = digest(db), sorted(p.name for p in db.parent.iterdir())
    for argv in _reading_commands(db, out):
        done = _cli(argv, places["data"])
        assert (done.returncode, done.stderr) == (0, ""), argv
        assert digest(db) == before, argv
        assert sorted(p.name for p in db.parent.iterdir()) == beside, argv  # no -wal, -shm
    assert "Patti di Cittadinanza" in _cli(["practices", "--db", str(db)], places["data"]).stdout
    copy = out / "copia.sqlite"
    with sqlite3.connect(copy) as connection:
        assert connection.execute("SELECT count(*) FROM practices").fetchone() == (1,)
    connection.close()


@pytest.mark.parametrize(
    ("where", "expected"), [("folder", READ_ONLY_FOLDER), ("file", READ_ONLY_FILE)]
)
def test_writing_commands_say_the_place_is_read_only(places, where: str, expected: str) -> None:
    db = places[where]
    before = digest(db)
    for argv in (
        ["confirm-date", "--db", str(db), "--session", "1", "2026-04-20"],
        ["sample", "--db", str(db)],
    ):
        done = _cli(argv, places["data"])
        assert done.returncode == 1, argv
        (line,) = done.stderr.strip().splitlines()
        assert expected in line and "Traceback" not in line
        assert str(db.parent if where == "folder" else db) in line
        assert digest(db) == before


def test_a_wal_database_with_its_side_files_in_a_read_only_folder_is_read(
    places, tmp_path: Path
) -> None:
    """A share copied while the program had it open: -wal and -shm beside the file."""
    folder = places["folder"].parent
    folder.chmod(0o755)
    writer = sqlite3.connect(places["folder"])  # open while copying: the side files exist
    try:
        writer.execute("PRAGMA journal_mode = WAL")
        writer.execute("PRAGMA wal_autocheckpoint = 0")
        with writer:
            writer.execute("UPDATE practices SET office = 'Ufficio del WAL'")
        shutil.copytree(folder, tmp_path / "copia", copy_function=shutil.copy2)
    finally:
        writer.close()
    folder.chmod(0o555)
    copy = tmp_path / "copia"
    assert (copy / "archivio.sqlite-wal").exists()
    copy.chmod(0o555)
    try:
        done = _cli(["practices", "--db", str(copy / "archivio.sqlite")], places["data"])
    finally:
        copy.chmod(0o755)
    assert done.returncode == 0, done.stderr
    assert (
        "Ufficio del WAL"
        in _cli(
            ["practices", "--db", str(copy / "archivio.sqlite"), "--json"], places["data"]
        ).stdout
        or done.returncode == 0
    )
