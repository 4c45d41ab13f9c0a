"""Entry point of the ``exchange-desktop`` script and of ``python -m exchange_desktop``."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Dispatch to the command line when a command is given, otherwise start the GUI."""
    from exchange_desktop.cli.main import run

    return run(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
