"""From outside the process, as Orca (and, through the same Qt interfaces, NVDA on Windows'
UI Automation) reads it: the main window and the participant dialog over AT-SPI.

The program runs on Xvfb inside its own D-Bus session (``dbus-run-session``), with Qt's
AT-SPI bridge on; Debian's ``python3-pyatspi``, run by the system's Python (the test
environment has no system packages), walks the tree and writes it as JSON
(``tests/atspi/``).  Needs xvfb, openbox, dbus, at-spi2-core and python3-pyatspi
(``.ci/run`` installs them); skipped with a notice without them.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
SYSTEM_PYTHON = "/usr/bin/python3"


def _missing() -> str:
    for tool in ("Xvfb", "openbox", "dbus-run-session"):
        if shutil.which(tool) is None:
            return tool
    if not Path("/usr/libexec/at-spi-bus-launcher").exists():
        return "at-spi2-core"
    found = (
        subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False)
        if Path(SYSTEM_PYTHON).exists()
        else None
    )
    if found is None or found.returncode != 0:
        return "python3-pyatspi"
    return ""


@pytest.fixture(scope="module")
def outside(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[dict[str, object]], list]:
    """The tree as read, then what was heard when Salva was pressed with the names empty."""
    missing = _missing()
    if missing:
        pytest.skip(
            f"AT-SPI test needs {missing} (apt-get install xvfb openbox dbus "
            "at-spi2-core python3-pyatspi)"
        )
    sys.path.insert(0, str(ROOT / "scripts"))
    from xdisplay import virtual_display

    folder = tmp_path_factory.mktemp("atspi")
    out = folder / "tree.json"
    with virtual_display(1366, 768, 50) as display:
        env = {
            **os.environ,
            **display,
            "EXCHANGE_DESKTOP_DATA_DIR": str(folder / "data"),
            "PYTHONPATH": str(ROOT),
        }
        done = subprocess.run(
            [
                "dbus-run-session",
                "--",
                sys.executable,
                str(ROOT / "tests/atspi/session.py"),
                str(folder),
                str(out),
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=240,
            check=False,
        )
    assert done.returncode == 0 and out.exists(), done.stderr[-3000:]
    heard = folder / "tree.events.json"
    return (
        json.loads(out.read_text(encoding="utf-8")),
        json.loads(heard.read_text(encoding="utf-8")) if heard.exists() else [],
    )


@pytest.fixture(scope="module")
def tree(outside) -> list[dict[str, object]]:
    return outside[0]


def _in(tree: list[dict[str, object]], window: str) -> list[dict[str, object]]:
    return [node for node in tree if node["window"] == window and node["showing"]]


def _spoken(node: dict[str, object]) -> str:
    """What Orca says for a control: its name, else the label related to it."""
    return str(node["name"]) or " ".join(map(str, node["labelled_by"]))


@pytest.mark.slow
def test_every_focusable_control_of_both_windows_has_a_name_over_atspi(tree) -> None:
    windows = {str(node["window"]) for node in tree}
    assert {"Exchange Desktop", "Nuovo partecipante"} <= windows
    unnamed = [
        node["path"] for node in tree if node["showing"] and node["focusable"] and not _spoken(node)
    ]
    assert unnamed == []


@pytest.mark.slow
def test_the_roster_table_gauge_and_search_are_named_as_on_screen(tree) -> None:
    main = _in(tree, "Exchange Desktop")
    by_role = {(n["role"], n["name"]) for n in main}
    assert ("table", "Partecipanti") in by_role
    assert any(r == "progress bar" and str(n).startswith("Posti occupati: ") for r, n in by_role)
    search = next(n for n in main if n["role"] == "text" and n["name"] == "Cerca")
    assert search["description"] == "Cerca per nome, Ente o email…"  # the placeholder, as help


@pytest.mark.slow
def test_the_participant_dialog_reads_each_field_and_what_is_required(tree) -> None:
    dialog = {n["name"]: n for n in _in(tree, "Nuovo partecipante") if n["focusable"]}
    assert dialog["Cognome, obbligatorio"]["role"] == "text"
    assert dialog["Nome, obbligatorio"]["role"] == "text"
    assert dialog["Email"]["labelled_by"] == ["Email"]
    # Qt on Linux names a combo box by its value and relates its label: Orca says both.
    ente = next(n for n in dialog.values() if n["role"] == "combo box" and n["labelled_by"])
    assert ente["labelled_by"] == ["Ente"]
    boxes = [n for n in dialog.values() if n["role"] == "check box"]
    consent = boxes[0]
    assert str(consent["name"]).startswith("Consenso privacy")
    assert "interesse pubblico" in str(consent["description"])
    # The optional uses, each named by what it consents to.
    assert [str(n["name"]) for n in boxes[1:]] == [
        "Consenso a foto e video della giornata",
        "Consenso a essere ricontattato per futuri scambi",
    ]


@pytest.mark.slow
def test_salva_with_errors_moves_the_focus_and_is_announced_over_atspi(outside) -> None:
    heard = outside[1]
    focus = [e["source"] for e in heard if e["type"] == "focus:"]
    assert focus[-1] == "Cognome, obbligatorio"  # from Email to the first field in error
    said = [e["data"] for e in heard if e["type"] == "object:announcement"]
    assert said == [
        "2 errori. Cognome: Campo obbligatorio. Nome: Campo obbligatorio.",
        "Importate 3 persone, 1 in lista d'attesa",  # the status bar's message, read out
    ]
