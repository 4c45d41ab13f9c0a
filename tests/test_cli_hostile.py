"""Hostile arguments on the command line: bad ids, missing files, wrong extensions, folders
instead of files, empty strings, names too long, files that are not databases.

Every one ends with exit 1 (a data problem) or 2 (wrong usage) and one line on stderr,
never a traceback nor an "unexpected error"; nothing is half-written and the database is
left as it was.  Paths with accents and spaces work.  A file of the wrong type is refused
(OUT.txt for a PDF), as the help of each command says.
"""

from __future__ import annotations

import shutil
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from cli_helpers import run_process
from day_helpers import confirmed_session, sign_up
from hostile_text import hostile_text
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from exchange_desktop.cli.main import run
from exchange_desktop.services.attendance import marks as attendance_service
from exchange_desktop.storage.database import open_database

ID_COMMANDS = {
    "export-card": ["--practice={id}", "{out}/scheda.pdf"],
    "export-programme": ["--practice={id}", "{out}/programma.pdf"],
    "sessions": ["--practice={id}"],
    "export-roster": ["--practice={id}", "{out}/iscritti.xlsx"],
    "export-ics": ["--session={id}", "{out}/scambio.ics"],
    "export-signin": ["--session={id}", "{out}/firme.pdf"],
    "export-certificates": ["--session={id}", "{out}/attestati.pdf"],
    "roster": ["--session={id}"],
    "confirm-date": ["--session={id}", "2026-04-20"],
    "import-participants": ["--session={id}", "{csv}"],
}
BAD_IDS = ["0", "-1", "abc", "99999999999999999999", "", "1.5", " 1", "1_0", "١", "0x1"]
CSV = "Cognome;Nome;Ente\nRossi;Anna;Comune di Forlì\n"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample practice, confirmed on 20 April, two people signed up, one present."""
    path = tmp_path_factory.mktemp("modello") / "archivio.sqlite"
    db = open_database(path)
    _practice, session_id = confirmed_session(db)
    ids = sign_up(db, session_id, [("Rossi", "Anna"), ("D'Angelo", "Maria")])
    attendance_service.set_attendance(db, ids[0], True)
    db.close()
    return path


class Workspace:
    """A copy of the template database in a folder with accents and spaces, an output
    folder, and an input file; remembers what was there to prove nothing was left."""

    def __init__(self, root: Path, template: Path) -> None:
        self.db = root / "Scambi 2026" / "archivio è.sqlite"
        self.db.parent.mkdir(parents=True)
        shutil.copy(template, self.db)
        self.out = root / "documenti è"
        self.out.mkdir()
        self.csv = root / "elenchi è" / "iscritti è.csv"
        self.csv.parent.mkdir()
        self.csv.write_text(CSV, encoding="utf-8")
        self.before = self.snapshot()

    def snapshot(self) -> dict[str, bytes]:
        return {
            str(p): p.read_bytes()
            for p in (self.db.parent, self.out, self.csv.parent)
            for p in sorted(p.rglob("*"))
            if p.is_file()
        }

    def argv(self, command: str, args: list[str], **values: str) -> list[str]:
        fill = {"out": str(self.out), "csv": str(self.csv), "id": "1", **values}
        return [command, "--db", str(self.db), *(a.format(**fill) for a in args)]


@pytest.fixture
def ws(tmp_path: Path, template: Path) -> Workspace:
    return Workspace(tmp_path, template)


def run_failing(
    argv: list[str], capsys: pytest.CaptureFixture[str], codes: tuple[int, ...] = (1, 2)
) -> str:
    """Run ``argv`` expecting a failure; return its one line of stderr."""
    code = run(argv)
    captured = capsys.readouterr()
    assert code in codes, (code, captured.err)
    assert captured.out == ""
    assert "Traceback" not in captured.err
    assert "Errore imprevisto" not in captured.err, captured.err
    assert len(captured.err.strip().splitlines()) == 1, captured.err
    return captured.err.strip()


def assert_untouched(ws: Workspace) -> None:
    """Nothing half-written: no new file, no temporary file, the database as it was."""
    assert ws.snapshot() == ws.before


# --- ids ---------------------------------------------------------------------------------


@pytest.mark.parametrize("bad", BAD_IDS)
@pytest.mark.parametrize("command", sorted(ID_COMMANDS))
def test_bad_ids_are_wrong_usage(
    ws: Workspace, capsys: pytest.CaptureFixture[str], command: str, bad: str
) -> None:
    error = run_failing(ws.argv(command, ID_COMMANDS[command], id=bad), capsys, (2,))
    assert "(vedere --help)" in error
    assert_untouched(ws)


@pytest.mark.parametrize("command", sorted(ID_COMMANDS))
def test_ids_of_nothing_or_of_another_kind_exit_1(
    ws: Workspace, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    """Participant 2 exists, practice and session 2 do not; nor does the largest id."""
    for missing in ("2", "9223372036854775807"):
        error = run_failing(ws.argv(command, ID_COMMANDS[command], id=missing), capsys, (1,))
        assert "non esiste" in error
    assert_untouched(ws)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(value=st.one_of(st.text(max_size=25), st.integers().map(str)))
@example(value="9" * 400)
@example(value="\x1b[31m1")
@example(value="1\u202e")
@example(value="\x85")
@example(value="\n\x1b[31m")
def test_any_id_gives_an_answer_never_a_crash(
    ws: Workspace, capsys: pytest.CaptureFixture[str], value: str
) -> None:
    code = run(ws.argv("roster", ["--session={id}"], id=value))
    captured = capsys.readouterr()
    assert code in (0, 1, 2)
    assert "Traceback" not in captured.err
    assert "Errore imprevisto" not in captured.err
    if code:
        assert len(captured.err.strip().splitlines()) == 1
    else:
        assert value == "1"


# --- output files ----------------------------------------------------------------------------

EXPORTS = {
    "export-card": (["--practice=1"], ".pdf"),
    "export-programme": (["--practice=1"], ".pdf"),
    "export-roster": (["--practice=1"], ".xlsx"),
    "export-ics": (["--session=1"], ".ics"),
    "export-signin": (["--session=1"], ".pdf"),
    "export-certificates": (["--session=1"], ".pdf"),
}
LONG_NAME = "a" * 300


def bad_targets(out: Path, suffix: str) -> dict[str, tuple[str, int]]:
    wrong = ".txt" if suffix != ".txt" else ".pdf"
    return {
        "wrong extension": (str(out / f"documento{wrong}"), 1),
        "no extension": (str(out / "documento"), 1),
        "a folder": (str(out), 1),
        "missing folder": (str(out / "manca" / f"documento{suffix}"), 1),
        "a file as folder": (str(out / "appunti.txt" / f"x{suffix}"), 1),
        "name too long": (str(out / f"{LONG_NAME}{suffix}"), 1),
        "empty": ("", 2),
        "blank": ("   ", 2),
    }


@pytest.mark.parametrize("case", list(bad_targets(Path(), ".pdf")))
@pytest.mark.parametrize("command", sorted(EXPORTS))
def test_bad_output_files_are_refused_and_nothing_is_written(
    ws: Workspace, capsys: pytest.CaptureFixture[str], command: str, case: str
) -> None:
    args, suffix = EXPORTS[command]
    (ws.out / "appunti.txt").write_text("appunti", encoding="utf-8")
    ws.before = ws.snapshot()
    target, code = bad_targets(ws.out, suffix)[case]
    run_failing([*ws.argv(command, args), target], capsys, (code,))
    assert_untouched(ws)


@pytest.mark.parametrize("command", sorted(EXPORTS))
def test_output_with_accents_spaces_and_quotes_is_written(
    ws: Workspace, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    args, suffix = EXPORTS[command]
    target = ws.out / f"Città di Forlì 'prova' «2026» 👩‍💻{suffix.upper()}"
    assert run([*ws.argv(command, args), str(target)]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    assert captured.out.strip().splitlines()[-1] == str(target)
    assert target.stat().st_size > 0
    assert [p.name for p in ws.out.iterdir()] == [target.name]


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(name=hostile_text())
@example(name="a\nb")
@example(name="\x1b[2J\x1b[31mrosso")
@example(name="\x85\u2028\r")
@example(name="../../fuori")
@example(name="\udce9")
def test_hostile_file_names_give_one_plain_line(
    ws: Workspace, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    """A wrong target named with control characters: the message shows them escaped."""
    if "\x00" in name or "/" in name:
        name = name.replace("\x00", "").replace("/", "_")
    code = run([*ws.argv("export-card", ["--practice=1"]), str(ws.out / f"{name}.txt")])
    captured = capsys.readouterr()
    assert code in (1, 2)
    assert "Traceback" not in captured.err
    assert "Errore imprevisto" not in captured.err
    assert len(captured.err.strip().splitlines()) == 1, captured.err
    assert not any(unicodedata.category(ch) in {"Cc", "Cs"} for ch in captured.err.strip())
    assert_untouched(ws)


# --- input files -----------------------------------------------------------------------------


def bad_inputs(ws: Workspace) -> dict[str, tuple[str, int]]:
    wrong = ws.csv.with_suffix(".pdf")
    wrong.write_text(CSV, encoding="utf-8")
    empty = ws.out / "vuoto.csv"
    empty.write_bytes(b"")
    binary = ws.out / "foglio.csv"
    binary.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 4)
    garbage = ws.out / "rotto.xlsx"
    garbage.write_bytes(bytes(range(256)) * 4)
    ws.before = ws.snapshot()
    return {
        "missing": (str(ws.out / "manca.csv"), 1),
        "a folder": (str(ws.out), 1),
        "wrong extension": (str(wrong), 1),
        "empty file": (str(empty), 1),
        "xlsx renamed csv": (str(binary), 1),
        "damaged xlsx": (str(garbage), 1),
        "the database": (str(ws.db), 1),
        "name too long": (str(ws.out / f"{LONG_NAME}.csv"), 1),
        "empty": ("", 2),
    }


@pytest.mark.parametrize(
    "case",
    [
        "missing",
        "a folder",
        "wrong extension",
        "empty file",
        "xlsx renamed csv",
        "damaged xlsx",
        "the database",
        "name too long",
        "empty",
    ],
)
def test_bad_input_files_are_refused_and_nothing_is_imported(
    ws: Workspace, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    target, code = bad_inputs(ws)[case]
    run_failing(ws.argv("import-participants", ["--session=1", target]), capsys, (code,))
    assert_untouched(ws)


def test_input_with_accents_and_spaces_is_imported(
    ws: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(ws.argv("import-participants", ["--session=1", "{csv}"])) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    assert "1" in captured.out


# --- the database ----------------------------------------------------------------------------

DB_COMMANDS: dict[str, list[str]] = {
    "practices": [],
    "roster": ["--session=1"],
    "export-card": ["--practice=1", "{out}/scheda.pdf"],
    "import-participants": ["--session=1", "{csv}"],
}


def bad_databases(ws: Workspace) -> dict[str, tuple[str, int]]:
    text = ws.out / "appunti.sqlite"
    text.write_text("Appunti: città, perché.\n" * 50, encoding="utf-8")
    sheet = ws.out / "iscritti.xlsx"
    sheet.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 8)
    half = ws.out / "mezzo.sqlite"
    half.write_bytes(ws.db.read_bytes()[:3000])
    ws.before = ws.snapshot()
    return {
        "missing": (str(ws.out / "manca.sqlite"), 1),
        "a folder": (str(ws.out), 1),
        "a text file": (str(text), 1),
        "a spreadsheet": (str(sheet), 1),
        "a truncated database": (str(half), 1),
        "name too long": (str(ws.out / f"{LONG_NAME}.sqlite"), 1),
        "empty": ("", 2),
    }


@pytest.mark.parametrize(
    "case",
    [
        "missing",
        "a folder",
        "a text file",
        "a spreadsheet",
        "a truncated database",
        "name too long",
        "empty",
    ],
)
@pytest.mark.parametrize("command", sorted(DB_COMMANDS))
def test_bad_databases_are_refused_and_left_alone(
    ws: Workspace, capsys: pytest.CaptureFixture[str], command: str, case: str
) -> None:
    target, code = bad_databases(ws)[case]
    fill = {"out": str(ws.out), "csv": str(ws.csv)}
    argv = [command, "--db", target, *(a.format(**fill) for a in DB_COMMANDS[command])]
    run_failing(argv, capsys, (code,))
    assert_untouched(ws)


# --- as a real process -----------------------------------------------------------------------

PROCESS_CASES: dict[str, tuple[Callable[[Workspace], list[str]], int]] = {
    "huge id": (lambda ws: ws.argv("roster", ["--session=99999999999999999999"]), 2),
    "empty OUT": (lambda ws: ws.argv("export-card", ["--practice=1", ""]), 2),
    "OUT.txt for a PDF": (
        lambda ws: ws.argv("export-card", ["--practice=1", "{out}/scheda.txt"]),
        1,
    ),
    "name too long": (
        lambda ws: ws.argv("export-roster", ["--practice=1", f"{{out}}/{LONG_NAME}.xlsx"]),
        1,
    ),
    "db is a folder": (lambda ws: ["roster", "--db", str(ws.out), "--session=1"], 1),
}


@pytest.mark.parametrize("case", sorted(PROCESS_CASES))
def test_process_fails_on_one_line_without_traceback(ws: Workspace, case: str) -> None:
    make, code = PROCESS_CASES[case]
    result = run_process(make(ws), ws.out.parent / "dati")
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr
    assert "Errore imprevisto" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert result.stdout == ""
    assert_untouched(ws)
