"""The "already open elsewhere" marker beside the database: a warning, never a refusal, and
a marker left by a crashed program is ignored."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from exchange_desktop.storage.database import open_database
from exchange_desktop.storage.sqlite.instance_marker import (
    STALE_AFTER_S,
    Holder,
    InstanceMarker,
    marker_path,
)
from exchange_desktop.ui.window.instance_warning import opened_elsewhere_text, watch_instance

REPO = Path(__file__).resolve().parent.parent
SINCE = datetime(2026, 11, 25, 8, 30)


def _write_marker(db_path: Path, *, host: str, pid: int, age_s: float = 0) -> Path:
    path = marker_path(db_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"user": "m.rossi", "host": host, "pid": pid, "since": SINCE.isoformat()}
    path.write_text(json.dumps(data), encoding="utf-8")
    stamp = time.time() - age_s
    os.utime(path, (stamp, stamp))
    return path


@pytest.fixture
def sleeper() -> subprocess.Popen[bytes]:
    """A running process of this computer, standing for the other program."""
    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    yield process
    process.kill()
    process.wait()


def _ended_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_a_fresh_database_has_no_other_holder_and_the_marker_goes_on_closing(
    db_path: Path,
) -> None:
    marker = InstanceMarker(db_path)
    db_path.parent.mkdir(parents=True)
    assert marker.claim() is None
    written = json.loads(marker.path.read_text(encoding="utf-8"))
    assert (written["pid"], written["host"]) == (os.getpid(), socket.gethostname())
    assert marker.read() is not None and marker.read().is_me()
    marker.release()
    assert not marker.path.exists()
    assert sorted(p.name for p in db_path.parent.iterdir()) == []


def test_another_running_program_is_named(db_path: Path, sleeper) -> None:
    _write_marker(db_path, host=socket.gethostname(), pid=sleeper.pid)
    marker = InstanceMarker(db_path)
    assert marker.claim() == Holder("m.rossi", socket.gethostname(), sleeper.pid, SINCE)
    assert marker.read().is_me()  # this program is the one named now


def test_a_colleague_on_another_computer_is_named_while_the_marker_is_fresh(
    db_path: Path,
) -> None:
    _write_marker(db_path, host="PC-UFFICIO-2", pid=4242, age_s=STALE_AFTER_S - 30)
    holder = InstanceMarker(db_path).claim()
    assert holder is not None and holder.host == "PC-UFFICIO-2"


@pytest.mark.parametrize(
    "stale",
    ["process gone", "not refreshed", "garbage"],
)
def test_a_marker_left_by_a_crash_is_ignored(db_path: Path, stale: str) -> None:
    if stale == "process gone":
        _write_marker(db_path, host=socket.gethostname(), pid=_ended_pid())
    elif stale == "not refreshed":
        _write_marker(db_path, host="PC-UFFICIO-2", pid=4242, age_s=STALE_AFTER_S + 30)
    else:
        marker_path(db_path).parent.mkdir(parents=True)
        marker_path(db_path).write_bytes(b"\x00{non json")
    marker = InstanceMarker(db_path)
    assert marker.claim() is None
    assert marker.read().is_me()


def test_heartbeat_and_closing_leave_another_programs_marker_alone(db_path: Path) -> None:
    mine = InstanceMarker(db_path)
    db_path.parent.mkdir(parents=True)
    mine.claim()
    _write_marker(db_path, host="PC-UFFICIO-2", pid=4242)  # the colleague started later
    mine.refresh()
    mine.release()
    assert InstanceMarker(db_path).read().host == "PC-UFFICIO-2"
    marker_path(db_path).unlink()  # the colleague closed: the heartbeat takes it back
    mine.refresh()
    assert mine.read().is_me()


def test_a_read_only_folder_only_means_no_marker(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db_path.parent.mkdir(parents=True)

    def refused(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "write_text", refused)
    marker = InstanceMarker(db_path)
    assert marker.claim() is None
    marker.refresh()
    marker.release()
    assert list(db_path.parent.iterdir()) == []


def test_the_window_warns_once_shown(qtbot, db_path: Path, monkeypatch, sleeper) -> None:
    _write_marker(db_path, host=socket.gethostname(), pid=sleeper.pid)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: shown.append((title, text)))
    window = QWidget()
    qtbot.addWidget(window)
    marker = watch_instance(window, InstanceMarker(db_path), str(db_path))
    qtbot.waitUntil(lambda: bool(shown))
    title, text = shown[0]
    assert title == "Database già aperto"
    assert "risulta già aperto da m.rossi sul computer" in text
    assert "(dal 25 novembre 2026 alle 08:30)" in text
    marker.release()
    assert not marker.path.exists()


def test_warning_text() -> None:
    holder = Holder("m.rossi", "PC-UFFICIO-2", 4242, SINCE)
    text = opened_elsewhere_text(Path("Z:/Scambi/archivio.sqlite"), holder)
    assert text.startswith(
        "Il database Z:/Scambi/archivio.sqlite risulta già aperto da m.rossi sul computer "
        "PC-UFFICIO-2 (dal 25 novembre 2026 alle 08:30)."
    )


@pytest.mark.slow
def test_the_running_program_marks_the_file_and_a_kill_leaves_no_false_warning(
    db_path: Path, tmp_path: Path
) -> None:
    """The real GUI, killed as by the Task Manager: its marker stays but is seen as stale."""
    open_database(db_path).close()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "EXCHANGE_DESKTOP_DATA_DIR": str(tmp_path / "dati"),
    }
    gui = subprocess.Popen(
        [sys.executable, "main.py", "--db", str(db_path)],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 30
        while not marker_path(db_path).exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        holder = InstanceMarker(db_path).read()
    finally:
        gui.kill()
        _out, err = gui.communicate()
    assert holder is not None and holder.pid == gui.pid, err
    assert marker_path(db_path).exists()
    if os.name != "nt":  # there a crashed program's marker is ignored once old enough
        assert InstanceMarker(db_path).claim() is None
