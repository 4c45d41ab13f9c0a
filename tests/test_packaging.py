"""What the Windows bundle relies on: the icon, resources found from source and bundle alike,
and a windowed start (no stdout, no stderr) that does not break the program."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox
from ui_helpers import make_window

from exchange_desktop import __version__
from exchange_desktop.cli.main import run
from exchange_desktop.resources import resource_path, resources_dir
from exchange_desktop.ui.window.app import run_gui

REPO_ROOT = Path(__file__).resolve().parent.parent
PACKAGE = REPO_ROOT / "exchange_desktop"


def test_the_icon_file_has_every_size_windows_asks_for() -> None:
    with Image.open(resource_path("icons", "exchange-desktop.ico")) as ico:
        sizes = {width for width, _height in ico.info["sizes"]}
    assert {16, 24, 32, 48, 64, 128, 256} <= sizes


def test_the_window_icon_is_set_at_start(qapp, monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(QMessageBox, "critical", lambda *_args: None)
    qapp.setWindowIcon(QIcon())  # start from no icon
    not_a_database = tmp_path / "appunti.sqlite"
    not_a_database.write_text("non sono un database", encoding="utf-8")
    assert run_gui(not_a_database) == 1  # stops early, after the application is set up
    sizes = {size.width() for size in QApplication.windowIcon().availableSizes()}
    assert {16, 32, 48, 256} <= sizes


def test_resources_are_found_inside_the_bundle(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    assert resource_path("fonts", "DejaVuSans.ttf").is_file()  # from source
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources_dir() == tmp_path / "resources"
    assert resource_path("icons", "x.png") == tmp_path / "resources" / "icons" / "x.png"


def test_no_module_finds_shipped_files_beside_itself() -> None:
    """A frozen module has no source folder: files must come through resource_path.

    The only exceptions: resources.py itself; the migrations, which the spec bundles
    beside the frozen storage/schema.py; and calendar_rules.py, which looks for the
    holidays package's own Italian module (a start-up shortcut that falls back to the
    package's registry when, frozen, there is no such file).
    """
    allowed = {
        PACKAGE / "resources.py",
        PACKAGE / "storage" / "schema.py",
        PACKAGE / "domain" / "calendar_rules.py",
    }
    offenders = [
        str(path.relative_to(REPO_ROOT))
        for path in PACKAGE.rglob("*.py")
        if path not in allowed and "__file__" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []


def test_the_version_is_written_only_in_the_package() -> None:
    """The spec, the installer and pyproject read __version__; none repeats the number."""
    for name in ("packaging/exchange_desktop.spec", "packaging/installer.iss", "pyproject.toml"):
        text = (REPO_ROOT / name).read_text(encoding="utf-8")
        assert f'"{__version__}"' not in text and f"={__version__}" not in text, name


def test_a_windowed_start_has_no_streams_and_still_works(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The installed ExchangeDesktop.exe (like pythonw) runs with sys.stdout = None."""
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    assert run(["--version"]) == 0
    db_file = tmp_path / "Scambi 2026" / "archivio è.sqlite"
    assert run(["sample", "--db", str(db_file)]) == 0
    assert db_file.is_file()


def test_the_first_window_fits_a_small_or_scaled_screen(qtbot, db, tmp_path: Path) -> None:
    """1366×768 laptops, or 1920×1080 at 150 % (1280×720 logical), are common in offices."""
    window = make_window(qtbot, db, tmp_path / "settings.ini")
    available = window.screen().availableGeometry()
    assert window.width() <= available.width()
    assert window.height() <= available.height()
