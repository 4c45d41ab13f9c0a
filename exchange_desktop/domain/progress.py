"""How long work tells how far it has got, and learns that the clerk pressed *Annulla*.

A use case that loops (one attestato signed per person, rows imported one by one) takes a
:class:`Progress` and calls :meth:`Progress.step` between items.  The window's background
tasks hand in one that moves a progress bar and raises :class:`Cancelled` once the clerk
has asked to stop; the command line and the tests hand in :data:`NO_PROGRESS`.  A use case
that is one transaction lets :class:`Cancelled` roll it back: nothing is half-written.
"""

from __future__ import annotations

from typing import Protocol


class Cancelled(Exception):  # noqa: N818 (not an error: the clerk asked to stop)
    """The clerk stopped the work; what it had started is undone.  Not an error to report."""


class Progress(Protocol):
    def step(self, done: int, total: int) -> None:
        """``done`` of ``total`` items finished; raises :class:`Cancelled` if asked to stop."""


class _NoProgress:
    def step(self, done: int, total: int) -> None:
        del done, total


#: For callers that show no progress and never cancel (the command line, tests).
NO_PROGRESS: Progress = _NoProgress()
