"""Something unexpected in a real running program: the traceback goes to the log file in the
data folder, the clerk gets an apologetic dialog naming that file, and the program stays up.

Each case runs a real QApplication in its own process, set up as ``run_gui`` sets it up; the
dialogs print their text instead of waiting for a click.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from exchange_desktop.logging_setup import LOG_FILE_NAME

REPO = Path(__file__).resolve().parent.parent

PROGRAM = textwrap.dedent(
    """
    import sys, threading
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
    from exchange_desktop.domain.errors import DomainError
    from exchange_desktop.i18n import Message
    from exchange_desktop.logging_setup import configure_logging
    from exchange_desktop.ui.window.app import install_excepthook
    from exchange_desktop.ui.widgets.background import BackgroundTasks

    def shown(kind):
        def box(_parent, title, text, *_args, **_kwargs):
            print(kind, title, "|", text.replace("\\n", " "), flush=True)
            return QMessageBox.StandardButton.Ok
        return box

    QMessageBox.critical = shown("CRITICAL")
    QMessageBox.warning = shown("WARNING")
    app = QApplication([])
    install_excepthook(configure_logging())

    def broken_import_step():
        raise ValueError("colonna inattesa nel foglio")

    def in_a_slot():
        broken_import_step()

    def reraise(error):
        raise error  # as the window's callers do with what is not a DomainError

    def in_the_background():
        BackgroundTasks.of(button).start(
            "Importazione…", lambda _progress: broken_import_step(), print, reraise
        )

    def in_a_thread():
        threading.Thread(target=broken_import_step, name="lavoro").start()

    def known_condition():
        raise DomainError(Message("Messages", "Il database è occupato."))

    slot = {
        "slot": in_a_slot,
        "background": in_the_background,
        "thread": in_a_thread,
        "domain": known_condition,
    }[sys.argv[1]]
    button = QPushButton("Importa")
    button.clicked.connect(slot)
    QTimer.singleShot(0, button.click)
    QTimer.singleShot(700, lambda: print("still running", flush=True))
    QTimer.singleShot(800, app.quit)
    sys.exit(app.exec())
    """
)


def _run(case: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "EXCHANGE_DESKTOP_DATA_DIR": str(data_dir),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONIOENCODING": "utf-8",
    }
    return subprocess.run(
        [sys.executable, "-c", PROGRAM, case],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )


def _log_text(data_dir: Path) -> str:
    (log_file,) = data_dir.rglob(LOG_FILE_NAME)
    return log_file.read_text(encoding="utf-8")


@pytest.mark.slow
@pytest.mark.parametrize("case", ["slot", "background", "thread"])
def test_unexpected_error_is_logged_and_explained_and_the_program_stays_up(
    case: str, tmp_path: Path
) -> None:
    data_dir = tmp_path / "dati"
    result = _run(case, data_dir)
    assert result.returncode == 0, result.stderr
    dialogs = [line for line in result.stdout.splitlines() if line.startswith("CRITICAL")]
    assert len(dialogs) == 1, result.stdout + result.stderr
    (log_file,) = data_dir.rglob(LOG_FILE_NAME)
    assert dialogs[0].startswith("CRITICAL Errore imprevisto | Si è verificato un errore")
    assert "colonna inattesa nel foglio" in dialogs[0]
    assert f"I dettagli sono nel file {log_file}." in dialogs[0]
    assert "still running" in result.stdout  # the dialog, then the program goes on
    log = _log_text(data_dir)
    assert "Traceback (most recent call last)" in log
    assert "in broken_import_step" in log  # the frame where it happened, even in a thread
    assert "ValueError: colonna inattesa nel foglio" in log
    assert "Traceback" not in result.stdout


@pytest.mark.slow
def test_a_known_condition_not_caught_is_a_normal_message(tmp_path: Path) -> None:
    data_dir = tmp_path / "dati"
    result = _run("domain", data_dir)
    assert result.returncode == 0, result.stderr
    assert "CRITICAL" not in result.stdout
    assert "WARNING Operazione non eseguita | <p>Il database è occupato.</p>" in result.stdout
    assert "Traceback" not in _log_text(data_dir)
