"""``export-certificates --sign P12 [--password-file F]``: the password from a file, the
terminal or a pipe; every refusal one line on stderr with exit code 1."""

from __future__ import annotations

import getpass
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from cli_helpers import REPO_ROOT, run_failing, run_ok
from day_helpers import confirmed_session, sign_up
from pypdf import PdfReader
from signing_helpers import PASSWORD, SigningCA, make_ca, validate, write_p12

from exchange_desktop.services.attendance import marks as attendance_service
from exchange_desktop.services.practices.catalogue import update_practice
from exchange_desktop.storage.database import open_database


@pytest.fixture
def ca() -> SigningCA:
    return make_ca()


@pytest.fixture
def argv(tmp_path: Path, ca: SigningCA, db_location: str | Path) -> list[str]:
    """export-certificates of a session with one person present, signed with a new .p12
    (on a file, and on the test server)."""
    db_file = db_location
    db = open_database(db_file)
    try:
        _practice, session_id = confirmed_session(db)
        (registration,) = sign_up(db, session_id, [("Rossi", "Anna")])
        attendance_service.set_attendance(db, registration, True)
    finally:
        db.close()
    p12 = write_p12(tmp_path / "firma digitale.p12", ca)
    return [
        *("export-certificates", "--db", str(db_file), "--session", str(session_id)),
        *("--sign", str(p12)),
    ]


def _stdin(monkeypatch: pytest.MonkeyPatch, text: str, *, tty: bool = False) -> None:
    stream = io.StringIO(text)
    stream.isatty = lambda: tty  # type: ignore[method-assign]
    monkeypatch.setattr(sys, "stdin", stream)


@pytest.mark.both_backends  # one run of this export on the server too
def test_password_from_a_file(
    argv: list[str], ca: SigningCA, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    password_file = tmp_path / "password.txt"
    password_file.write_bytes(PASSWORD + b"\n")
    out = tmp_path / "firmati.pdf"
    printed = run_ok([*argv, "--password-file", str(password_file), str(out)], capsys)
    assert Path(printed.strip()) == out.absolute()
    assert validate(out.read_bytes(), ca).bottom_line


def test_password_from_a_pipe(
    argv: list[str],
    ca: SigningCA,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _stdin(monkeypatch, PASSWORD.decode() + "\naltro\n")
    out = tmp_path / "firmati.pdf"
    run_ok([*argv, str(out)], capsys)
    assert validate(out.read_bytes(), ca).bottom_line


def test_password_asked_on_the_terminal(
    argv: list[str],
    ca: SigningCA,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _stdin(monkeypatch, "", tty=True)
    prompts: list[str] = []

    def ask(prompt: str) -> str:
        prompts.append(prompt)
        return PASSWORD.decode()

    monkeypatch.setattr(getpass, "getpass", ask)
    out = tmp_path / "firmati.pdf"
    run_ok([*argv, str(out)], capsys)
    assert prompts == ["Password del certificato: "]
    assert validate(out.read_bytes(), ca).bottom_line


@pytest.mark.parametrize(
    ("stdin", "expected"),
    [
        ("\n", "Manca la password del certificato"),
        ("", "Manca la password del certificato"),
        ("sbagliata\n", "Password errata"),
    ],
)
def test_a_missing_or_wrong_password_exits_1(
    argv: list[str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    stdin: str,
    expected: str,
) -> None:
    _stdin(monkeypatch, stdin)
    out = tmp_path / "firmati.pdf"
    assert expected in run_failing([*argv, str(out)], capsys, 1)
    assert not out.exists()


def test_not_a_certificate_exits_1(
    argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = tmp_path / "finto.p12"
    fake.write_text("non è un certificato", encoding="utf-8")
    password_file = tmp_path / "password.txt"
    password_file.write_bytes(PASSWORD)
    argv = [*argv[:-1], str(fake), "--password-file", str(password_file)]
    err = run_failing([*argv, str(tmp_path / "a.pdf")], capsys, 1)
    assert "non è un file di certificato PKCS#12" in err


def test_an_empty_password_file_exits_1(
    argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    password_file = tmp_path / "password.txt"
    password_file.write_bytes(b"")
    out = str(tmp_path / "a.pdf")
    err = run_failing([*argv, "--password-file", str(password_file), out], capsys, 1)
    assert "è vuoto" in err


def test_password_file_without_sign_exits_1(
    argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    unsigned = argv[: argv.index("--sign")]
    err = run_failing(
        [*unsigned, "--password-file", str(tmp_path / "p.txt"), str(tmp_path / "a.pdf")],
        capsys,
        1,
    )
    assert "--password-file serve solo insieme a --sign" in err


@pytest.mark.slow
def test_process_reads_the_password_from_a_pipe(
    argv: list[str], ca: SigningCA, tmp_path: Path
) -> None:
    """A real process with a piped stdin: what a clerk's script does."""
    env = {
        **os.environ,
        "EXCHANGE_DESKTOP_DATA_DIR": str(tmp_path / "dati"),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONIOENCODING": "utf-8",
    }
    out = tmp_path / "firmati.pdf"
    completed = subprocess.run(
        [sys.executable, "main.py", *argv, str(out)],
        cwd=REPO_ROOT,
        input=PASSWORD.decode() + "\n",
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )
    assert (completed.returncode, completed.stderr) == (0, "")
    assert validate(out.read_bytes(), ca).bottom_line


def _practice_signer(db_location: str | Path, name: str, title: str = "Dirigente") -> None:
    db = open_database(db_location)
    try:
        update_practice(db, 1, signer_name=name, signer_title=title)
    finally:
        db.close()


@pytest.mark.both_backends
def test_each_person_a_signed_file_named_as_the_window_names_them(
    argv: list[str], ca: SigningCA, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    password_file = tmp_path / "password.txt"
    password_file.write_bytes(PASSWORD + b"\n")
    folder = tmp_path / "attestati è"
    printed = run_ok([*argv, "--password-file", str(password_file), "--each", str(folder)], capsys)
    (path,) = sorted(folder.iterdir())
    assert path.name == "Attestato - Rossi Anna.pdf"
    assert printed.strip() == str(path.absolute())
    assert validate(path.read_bytes(), ca).bottom_line


def test_out_and_each_are_one_or_the_other(
    argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = [a for a in argv if a not in ("--sign",) and not a.endswith(".p12")]
    err = run_failing(base, capsys, 1)
    assert "--each" in err
    err = run_failing([*base, str(tmp_path / "a.pdf"), "--each", str(tmp_path / "d")], capsys, 1)
    assert "uno dei due" in err


def test_another_officials_certificate_is_refused_unless_from_certificate(
    argv: list[str],
    ca: SigningCA,
    db_location: str | Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _practice_signer(db_location, "Dott.ssa Laura Ferrari")
    password_file = tmp_path / "password.txt"
    password_file.write_bytes(PASSWORD + b"\n")
    out = tmp_path / "firmati.pdf"
    signed = [*argv, "--password-file", str(password_file), str(out)]
    err = run_failing(signed, capsys, 1)
    assert "Il certificato di firma è di Maria Rossi" in err
    assert "Dott.ssa Laura Ferrari" in err and "--signer-from-certificate" in err
    assert not out.exists()
    run_ok([*signed, "--signer-from-certificate"], capsys)
    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert "Maria Rossi Dirigente" in text and "Ferrari" not in text
    assert validate(out.read_bytes(), ca).bottom_line
