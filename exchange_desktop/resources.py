"""Where the shipped files (sample data, fonts, translations, icons) are, from source or bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The ``resources/`` folder: inside the PyInstaller bundle, or beside the package."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """The path of one shipped file, e.g. ``resource_path("sample", "x.json")``."""
    return resources_dir().joinpath(*parts)
