"""What the roster's actions use of the Partecipanti tab, so that they need not import it.

The tab builds its actions (:mod:`.registration_actions`, :mod:`.roster_actions`) and the
actions call back into the tab; declaring the callbacks here, below both, keeps the import
graph one way: the tab imports the actions, the actions import this view.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from collections.abc import Callable

    from exchange_desktop.domain.roster_rows import RosterEntry
    from exchange_desktop.storage.database import Database
    from exchange_desktop.ui.roster.roster_model import RosterTableModel


class RosterView(QWidget):
    """The roster of one practice on screen: its database, rows, session and refreshes."""

    db: Database
    practice_id: int | None
    model: RosterTableModel

    def session_id(self) -> int | None:
        raise NotImplementedError

    def current_row(self) -> RosterEntry | None:
        raise NotImplementedError

    def reload(self, select_registration: int | None = None) -> None:
        raise NotImplementedError

    def row_changed(self, row: RosterEntry) -> None:
        raise NotImplementedError

    def run(self, change: Callable[[], object], *, announce: bool = True) -> object:
        raise NotImplementedError

    def after_change(self, result: object, *, announce: bool = True) -> object:
        raise NotImplementedError

    def choose_session(self, question: str) -> tuple[int | None, bool]:
        raise NotImplementedError

    def session_for_export(self) -> int | None:
        raise NotImplementedError

    def table_has_focus(self) -> bool:
        raise NotImplementedError
