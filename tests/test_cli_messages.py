"""``compose``, ``send`` and ``messages`` on the command line: drafts written, messages sent
through a real SMTP server, the log as JSON; exit 1 with one line for an unknown
placeholder, a refused login, an unreachable server (the rest left pending)."""

from __future__ import annotations

import json
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from cli_helpers import run_failing, run_ok
from message_helpers import PEOPLE, SENDER, attachments_of, mail_server, session_with_people
from smtp_server import PASSWORD, MailServer, free_port

from exchange_desktop.cli.main import run
from exchange_desktop.domain.messages import MessageKind, Template
from exchange_desktop.services.messaging.templates import save_template
from exchange_desktop.storage.database import Database

__all__ = ["mail_server"]

pytestmark = pytest.mark.filterwarnings("ignore:Session.login_data is deprecated")


@pytest.fixture
def sender(isolated_data_dir: Path) -> None:
    """The sender as File → Preferenze keeps it (settings.ini, [mail])."""
    isolated_data_dir.mkdir(parents=True, exist_ok=True)
    (isolated_data_dir / "settings.ini").write_text(
        f"[mail]\nsender_name={SENDER.name}\nsender_address={SENDER.address}\n",
        encoding="utf-8",
    )


@pytest.fixture
def password_file(tmp_path: Path) -> Path:
    path = tmp_path / "password.txt"
    path.write_text(PASSWORD + "\n", encoding="utf-8")
    return path


def _log(db_location: str | Path, session_id: int, capsys: pytest.CaptureFixture[str]) -> list:
    out = run_ok(
        ["messages", "--db", str(db_location), "--session", str(session_id), "--json"], capsys
    )
    return json.loads(out)


@pytest.mark.usefixtures("sender")
def test_compose_writes_one_draft_per_person_and_logs_them(
    db: Database, db_location: str | Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _practice, session_id, _ids = session_with_people(db)
    out = tmp_path / "bozze"
    argv = [
        "compose",
        "--db",
        str(db_location),
        "--session",
        str(session_id),
        "--kind",
        "promemoria",
        str(out),
    ]

    printed = run_ok(argv, capsys)

    files = sorted(out.glob("*.eml"))
    assert len(files) == 4 and all(str(path) in printed for path in files)
    assert "Bozze scritte: 4; già preparate prima: 0; rimaste: 0." in printed
    for path in files:
        message = message_from_bytes(path.read_bytes(), policy=policy.default)
        assert message["X-Unsent"] == "1"
    log = _log(db_location, session_id, capsys)
    assert [entry["state"] for entry in log] == ["drafted"] * 4
    assert {entry["channel"] for entry in log} == {"eml"}
    assert "già preparate prima: 4" in run_ok(argv, capsys)  # the same drafts are not written twice


@pytest.mark.both_backends
@pytest.mark.usefixtures("sender")
def test_send_through_the_server_then_nothing_twice(
    db: Database,
    db_location: str | Path,
    mail_server: MailServer,
    password_file: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _practice, session_id, _ids = session_with_people(db)
    argv = [
        "send",
        "--db",
        str(db_location),
        "--session",
        str(session_id),
        "--kind",
        "conferma",
        "--smtp",
        mail_server.url,
        "--password-file",
        str(password_file),
    ]

    printed = run_ok(argv, capsys)

    assert (
        "Messaggi inviati: 4; già inviati prima: 0; non riusciti: 0; ancora da inviare: 0."
        in printed
    )
    assert len(mail_server.received) == 4
    again = run_ok(argv, capsys)
    assert "Messaggi inviati: 0; già inviati prima: 4" in again and len(mail_server.received) == 4
    log = _log(db_location, session_id, capsys)
    assert {entry["state"] for entry in log} == {"sent"}
    assert all(len(entry["attachments"]) == 2 for entry in log)
    assert {entry["recipient"] for entry in log} == {f"{n} {s}" for s, n in PEOPLE}


@pytest.mark.usefixtures("sender")
def test_dry_run_sends_and_records_nothing(
    db: Database,
    db_location: str | Path,
    mail_server: MailServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _practice, session_id, _ids = session_with_people(db)
    printed = run_ok(
        [
            "send",
            "--db",
            str(db_location),
            "--session",
            str(session_id),
            "--kind",
            "conferma",
            "--dry-run",
        ],
        capsys,
    )
    assert printed.count("(da inviare)") == 4
    assert "Programma - Patti di Cittadinanza.pdf" in printed
    assert mail_server.received == []
    assert _log(db_location, session_id, capsys) == []


@pytest.mark.usefixtures("sender")
def test_refused_login_exits_1_with_one_line(
    db: Database,
    db_location: str | Path,
    mail_server: MailServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _practice, session_id, _ids = session_with_people(db)
    wrong = tmp_path / "sbagliata.txt"
    wrong.write_text("sbagliata\n", encoding="utf-8")
    assert (
        run(
            [
                "send",
                "--db",
                str(db_location),
                "--session",
                str(session_id),
                "--kind",
                "promemoria",
                "--smtp",
                mail_server.url,
                "--password-file",
                str(wrong),
            ]
        )
        == 1
    )
    err = capsys.readouterr().err
    assert "ha rifiutato l'accesso" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert {entry["state"] for entry in _log(db_location, session_id, capsys)} == {"pending"}


@pytest.mark.usefixtures("sender")
def test_unreachable_server_exits_1_and_leaves_all_pending(
    db: Database, db_location: str | Path, password_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _practice, session_id, _ids = session_with_people(db)
    url = f"smtp+starttls://utente@127.0.0.1:{free_port()}"
    assert (
        run(
            [
                "send",
                "--db",
                str(db_location),
                "--session",
                str(session_id),
                "--kind",
                "promemoria",
                "--smtp",
                url,
                "--password-file",
                str(password_file),
            ]
        )
        == 1
    )
    err = capsys.readouterr().err
    assert "non risponde" in err and len(err.strip().splitlines()) == 1
    assert len(_log(db_location, session_id, capsys)) == 4


@pytest.mark.usefixtures("sender")
def test_unknown_placeholder_exits_1_naming_field_and_person(
    db: Database, db_location: str | Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    practice_id, session_id, _ids = session_with_people(db)
    save_template(db, practice_id, Template(MessageKind.AFTER, "Grazie", "Materiali: {link}"))
    err = run_failing(
        [
            "compose",
            "--db",
            str(db_location),
            "--session",
            str(session_id),
            "--kind",
            "dopo",
            "--to",
            "confirmed",
            str(tmp_path / "b"),
        ],
        capsys,
        1,
    )
    assert "«link»" in err and "è vuoto per" in err


@pytest.mark.parametrize(
    ("extra", "needle"),
    [
        (["--to", "tutti"], "Destinatari non validi"),
        (["--to", "999"], "non è iscritto"),
        (["--smtp", "http://x"], "Indirizzo del server di posta non valido"),
    ],
)
@pytest.mark.usefixtures("sender")
def test_bad_input_exits_1_with_one_line(
    db: Database,
    db_location: str | Path,
    extra: list[str],
    needle: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _practice, session_id, _ids = session_with_people(db)
    err = run_failing(
        [
            "send",
            "--db",
            str(db_location),
            "--session",
            str(session_id),
            "--kind",
            "promemoria",
            *extra,
        ],
        capsys,
        1,
    )
    assert needle in err


def test_unknown_kind_is_wrong_usage(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["send", "--session", "1", "--kind", "spam"]) == 2
    assert "promemoria" in capsys.readouterr().err


def test_commands_are_in_the_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--help"]) == 0
    out = capsys.readouterr().out
    assert all(command in out for command in ("compose", "send", "messages"))


@pytest.mark.usefixtures("sender")
def test_signed_attestati_only_to_those_present_each_their_own(
    db: Database, db_location: str | Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from datetime import time

    from signing_helpers import PASSWORD as P12_PASSWORD
    from signing_helpers import make_ca, validate, write_p12

    from exchange_desktop.services.attendance import marks as attendance_service

    _practice, session_id, ids = session_with_people(db)
    attendance_service.set_attendance(db, ids[0], True, time(9, 30), time(13, 0))
    ca = make_ca()
    p12 = write_p12(tmp_path / "firma.p12", ca)
    secret = tmp_path / "pin.txt"
    secret.write_text(P12_PASSWORD.decode() + "\n", encoding="utf-8")
    out = tmp_path / "attestati"

    printed = run_ok(
        [
            "compose",
            "--db",
            str(db_location),
            "--session",
            str(session_id),
            "--kind",
            "attestato",
            "--sign",
            str(p12),
            "--sign-password-file",
            str(secret),
            str(out),
        ],
        capsys,
    )

    assert "Bozze scritte: 1;" in printed
    (draft,) = out.glob("*.eml")
    message = message_from_bytes(draft.read_bytes(), policy=policy.default)
    assert message["To"].addresses[0].display_name == "Anna Rossi"
    ((name, pdf),) = attachments_of(message).items()
    assert name == "Attestato - Rossi Anna.pdf"
    assert validate(pdf, ca).bottom_line


@pytest.mark.usefixtures("sender")
def test_send_without_a_server_says_where_to_set_it(
    db: Database, db_location: str | Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _practice, session_id, _ids = session_with_people(db)
    err = run_failing(
        ["send", "--db", str(db_location), "--session", str(session_id), "--kind", "promemoria"],
        capsys,
        1,
    )
    assert "Nessun server di posta: indicarlo in File → Preferenze (Messaggi)" in err


@pytest.mark.usefixtures("sender")
def test_the_log_moves_with_migrate_to(
    postgres_server, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from exchange_desktop.services.messaging.batch import prepare_batch, write_drafts
    from exchange_desktop.storage.database import open_database

    local = tmp_path / "ufficio.sqlite"
    db = open_database(local)
    try:
        _practice, session_id, _ids = session_with_people(db)
        batch = prepare_batch(db, session_id, MessageKind.CONFIRMATION, SENDER)
        write_drafts(db, batch, tmp_path / "bozze")
    finally:
        db.close()
    name = postgres_server.empty_database()
    try:
        url = postgres_server.url(name)
        run_ok(["migrate-to", url, "--db", str(local)], capsys)
        assert _log(url, session_id, capsys) == _log(local, session_id, capsys)
        assert len(_log(url, session_id, capsys)) == 4
    finally:
        postgres_server.drop_database(name)
