"""``export-signin`` and ``export-certificates`` on the command line: exit codes 0, 1 and 2."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest
from cli_helpers import run_process
from day_helpers import confirmed_session, pdf_text, sign_up, unconfirmed_session
from pypdf import PdfReader

from exchange_desktop.cli.main import run
from exchange_desktop.domain.certificates import Signer
from exchange_desktop.services.attendance import marks as attendance_service
from exchange_desktop.services.documents.day_documents import certificate_check
from exchange_desktop.services.practices.catalogue import update_practice
from exchange_desktop.storage.database import open_database


@pytest.fixture
def db_file(db_location: str | Path) -> str | Path:
    """The database file, or a database on the test server: these commands run on both."""
    return db_location


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "documenti è"
    folder.mkdir()
    return folder


def _no_practice_signer(db_file: str | Path) -> None:
    """The practice names no signer: the command line's or the preferences' is printed."""
    db = open_database(db_file)
    try:
        update_practice(db, 1, signer_name="", signer_title="")
    finally:
        db.close()


def make_database(db_file: Path, *, confirmed: bool = True, present: bool = True) -> int:
    """The sample practice with two people signed up; returns the session's id."""
    db = open_database(db_file)
    try:
        make = confirmed_session if confirmed else unconfirmed_session
        _practice, session_id = make(db)
        ids = sign_up(db, session_id, [("Rossi", "Anna"), ("D'Angelo", "Maria")])
        if present and confirmed:
            attendance_service.set_attendance(db, ids[0], True)
        return session_id
    finally:
        db.close()


def run_ok(argv: list[str], capsys: pytest.CaptureFixture[str]) -> Path:
    assert run(argv) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    written = Path(captured.out.strip())
    assert written.read_bytes().startswith(b"%PDF-")
    return written


def run_failing(argv: list[str], capsys: pytest.CaptureFixture[str], code: int) -> str:
    """Run ``argv`` expecting exit ``code``; return stderr after the common checks."""
    assert run(argv) == code
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "Traceback" not in captured.err
    assert len(captured.err.strip().splitlines()) == 1
    return captured.err


# --- exit 0 ---------------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.both_backends  # one run of this export on the server too
def test_process_export_signin_writes_the_sheet_and_prints_its_path(
    db_file: Path, out_dir: Path, tmp_path: Path
) -> None:
    session_id = make_database(db_file)
    out = out_dir / "Foglio firme è.pdf"
    result = run_process(
        ["export-signin", "--db", str(db_file), "--session", str(session_id), str(out)],
        tmp_path / "dati processo",
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.strip() == str(out)
    text = pdf_text(out)
    assert "1 D'Angelo Maria" in text
    assert "2 Rossi Anna" in text
    assert "Pagina 1 di 1" in text
    assert sorted(p.name for p in out_dir.iterdir()) == [out.name]


@pytest.mark.both_backends  # one run of this export on the server too
def test_export_signin_options(
    db_file: Path, out_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    session_id = make_database(db_file)
    argv = ["export-signin", "--db", str(db_file), "--session", str(session_id)]
    out = out_dir / "orizzontale.pdf"
    written = run_ok(
        [*argv, str(out), "--blank-rows", "0", "--landscape", "--two-sittings"], capsys
    )
    assert written == out.absolute()
    page = PdfReader(written).pages[0]
    assert round(float(page.mediabox.width)) == 842
    text = pdf_text(written)
    assert "Mattina" in text and "Pomeriggio" in text
    assert " 3 " not in text.split("Personale")[0]  # no blank rows after the two people
    many = run_ok([*argv, str(out_dir / "righe.pdf"), "--blank-rows", "200"], capsys)
    assert "202" in pdf_text(many)


@pytest.mark.both_backends  # one run of this export on the server too
def test_export_certificates_writes_a_page_per_person_present(
    db_file: Path, out_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    session_id = make_database(db_file)
    out = out_dir / "attestati.pdf"
    written = run_ok(
        ["export-certificates", "--db", str(db_file), "--session", str(session_id), str(out)],
        capsys,
    )
    assert len(PdfReader(written).pages) == 1
    assert "Anna Rossi" in pdf_text(written)


# --- exit 1 ---------------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["export-signin", "export-certificates"])
def test_a_session_without_a_confirmed_date_exits_1(
    command: str, db_file: Path, out_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    session_id = make_database(db_file, confirmed=False)
    out = out_dir / "x.pdf"
    err = run_failing(
        [command, "--db", str(db_file), "--session", str(session_id), str(out)], capsys, 1
    )
    assert "non ha ancora una data confermata" in err
    assert not out.exists()


def test_certificates_with_nobody_present_exit_1(
    db_file: Path, out_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    session_id = make_database(db_file, present=False)
    argv = ["export-certificates", "--db", str(db_file), "--session", str(session_id)]
    err = run_failing([*argv, str(out_dir / "a.pdf")], capsys, 1)
    assert "nessun partecipante segnato presente" in err


@pytest.mark.parametrize("command", ["export-signin", "export-certificates"])
def test_missing_session_wrong_target_or_database_exit_1(
    command: str, db_file: Path, out_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_database(db_file)
    err = run_failing(
        [command, "--db", str(db_file), "--session", "999", str(out_dir / "x.pdf")], capsys, 1
    )
    assert "non esiste" in err
    err = run_failing(
        [command, "--db", str(db_file), "--session", "1", str(out_dir / "x.txt")], capsys, 1
    )
    assert "estensione .pdf" in err
    missing = out_dir / "nessuno.sqlite"
    err = run_failing(
        [command, "--db", str(missing), "--session", "1", str(out_dir / "x.pdf")], capsys, 1
    )
    assert "non esiste" in err
    assert not missing.exists()
    assert sorted(p.name for p in out_dir.iterdir()) == []


# --- exit 2 ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "extra",
    [
        ["--blank-rows", "-1"],
        ["--blank-rows", "201"],
        ["--blank-rows", "tre"],
        ["--session", "abc"],
        ["--session", "0"],
        ["--orizzontale"],
    ],
)
def test_wrong_arguments_exit_2(
    extra: list[str], db_file: Path, out_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_database(db_file)
    argv = ["export-signin", "--db", str(db_file), "--session", "1", str(out_dir / "x.pdf")]
    err = run_failing([*argv, *extra], capsys, 2)
    assert "(vedere --help)" in err
    assert not (out_dir / "x.pdf").exists()


@pytest.mark.parametrize("command", ["export-signin", "export-certificates"])
def test_missing_arguments_exit_2(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    err = run_failing([command, "--db", "x.sqlite"], capsys, 2)
    assert "mancano gli argomenti obbligatori: --session" in err


@pytest.mark.parametrize("command", ["export-signin", "export-certificates"])
def test_help_says_an_unconfirmed_session_is_refused(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run([command, "--help"]) == 0
    text = " ".join(capsys.readouterr().out.split())
    assert "senza data confermata" in text
    assert "è rifiutata (codice di uscita 1)" in text


def test_the_commands_are_listed_in_the_main_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--help"]) == 0
    text = capsys.readouterr().out
    assert "export-signin" in text
    assert "export-certificates" in text


# --- the minimum attendance and the signer ------------------------------------------------


def _threshold_database(db_file: Path, *, percent: int) -> int:
    """Rossi present all morning (3 h 30 min), D'Angelo 1 h 30 min; ``percent`` minimum."""
    db = open_database(db_file)
    try:
        practice, session_id = confirmed_session(db)
        assert practice.id is not None
        update_practice(db, practice.id, min_attendance_percent=percent)
        ids = sign_up(db, session_id, [("Rossi", "Anna"), ("D'Angelo", "Maria")])
        attendance_service.set_attendance(db, ids[0], True)
        attendance_service.set_attendance(db, ids[1], True, time(9, 30), time(11, 0))
        return session_id
    finally:
        db.close()


def test_export_certificates_names_who_is_below_the_minimum(
    db_file: Path, out_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    session_id = _threshold_database(db_file, percent=75)
    _no_practice_signer(db_file)
    out = out_dir / "attestati.pdf"
    argv = ["export-certificates", "--db", str(db_file), "--session", str(session_id), str(out)]
    argv += ["--signer-name", "Dott.ssa Maria Bianchi", "--signer-title", "Dirigente", "--digital"]
    assert run(argv) == 0
    captured = capsys.readouterr()
    assert captured.out.strip() == str(out.absolute())
    assert captured.err.splitlines() == [
        "D'Angelo Maria: 1 h 30 min su 3 h 30 min previste, sotto il 75 %: nessun attestato"
    ]
    text = pdf_text(out)
    assert len(PdfReader(out).pages) == 1
    assert "Dott.ssa Maria Bianchi Dirigente" in text
    assert "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005" in text


def test_export_certificates_with_nobody_above_the_minimum_exits_1(
    db_file: Path, out_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    session_id = _threshold_database(db_file, percent=100)
    db = open_database(db_file)
    try:
        (rossi,) = certificate_check(db, session_id).issued
        attendance_service.set_attendance(db, rossi.registration_id, True, time(10), time(13))
    finally:
        db.close()
    out = out_dir / "attestati.pdf"
    argv = ["export-certificates", "--db", str(db_file), "--session", str(session_id), str(out)]
    error = run_failing(argv, capsys, 1)
    assert "nessuno dei presenti raggiunge la presenza minima del 100 %" in error
    assert "D'Angelo Maria 1 h 30 min; Rossi Anna 3 h" in error
    assert not out.exists()


def test_export_certificates_takes_the_signer_of_the_preferences(
    db_file: Path, out_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from exchange_desktop.language import settings
    from exchange_desktop.preferences import save_default_signer

    save_default_signer(Signer("Dott. Piero Preferito", "Dirigente di esempio"), settings())
    session_id = make_database(db_file)
    _no_practice_signer(db_file)
    out = out_dir / "attestati.pdf"
    run_ok(
        ["export-certificates", "--db", str(db_file), "--session", str(session_id), str(out)],
        capsys,
    )
    assert pdf_text(out).endswith("Dott. Piero Preferito Dirigente di esempio")
