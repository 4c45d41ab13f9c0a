"""Entry point of the ``exchange-desktop`` script and of ``python -m exchange_desktop``."""

from __future__ import annotations

import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    """Dispatch to the command line when a command is given, otherwise start the GUI."""
    if getattr(sys, "frozen", False):
        # The installed program starts the spreadsheet reader's child process (see
        # imports/isolated.py) as itself: this turns that start into the child's work.
        import multiprocessing

        multiprocessing.freeze_support()
    args = sys.argv[1:] if argv is None else argv
    window_db = _window_only(args)
    if window_db is not None:
        from exchange_desktop.ui.window.app import run_gui

        return run_gui(window_db or None)
    from exchange_desktop.cli.main import run

    return run(args)


def _window_only(args: list[str]) -> Path | str | None:
    """For a plain start (no arguments, or only ``--db FILE``): the file, or "" for the
    default database; None when the command line has to read the arguments.

    The command line's parser imports every command and, through them, SQLAlchemy; the
    window paints before that (see ``ui/app.py``), so a plain start goes to it directly.
    Anything else — a command, ``--help``, an empty or repeated ``--db`` — takes the usual
    way, which also reports wrong usage.
    """
    if not args:
        return ""
    if len(args) == 2 and args[0] == "--db":
        text = args[1]
    elif len(args) == 1 and args[0].startswith("--db="):
        text = args[0].removeprefix("--db=")
    else:
        return None
    return Path(text) if text.strip() and not text.startswith("-") else None


if __name__ == "__main__":
    sys.exit(main())
