"""The tabs hear the database's changes: one subscription, on the GUI thread, for them all.

Each tab says which areas of the data it shows without editing them itself (the roster
shows the planned hours that Programma and Date decide) and how to read them again.  A
change to one of those areas, for the practice the tab shows, marks it stale: it is read
again at once if it is on screen, else when it is next shown.  Writes made in a background
thread are heard too: the announcement crosses to the GUI thread through a queued signal.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from exchange_desktop.domain.changes import Area, Change

if TYPE_CHECKING:
    from exchange_desktop.storage.changes import ChangeFeed


@dataclass
class _Watcher:
    tab: QWidget
    areas: frozenset[Area]
    refresh: Callable[[], None]
    practice: Callable[[], int | None]
    stale: bool = field(default=False)


class StaleTabs(QObject):
    """Marks the tabs of ``tabs`` stale from ``feed`` and refreshes them when seen."""

    _heard = Signal(object)

    def __init__(self, feed: ChangeFeed, tabs: QTabWidget) -> None:
        super().__init__(tabs)
        self.setObjectName("staleTabs")
        self._tabs = tabs
        self._watchers: list[_Watcher] = []
        # Queued even from the GUI thread: the tabs read again after the use case returned,
        # never inside its commit.
        self._heard.connect(self._on_change, Qt.ConnectionType.QueuedConnection)
        unsubscribe = feed.subscribe(self._heard.emit)
        self._unsubscribe = unsubscribe
        # Deleted with the window: a later commit must not emit on a deleted object.
        self.destroyed.connect(lambda *_: unsubscribe())
        tabs.currentChanged.connect(self._on_shown)

    def watch(
        self,
        tab: QWidget,
        areas: Iterable[Area],
        refresh: Callable[[], None],
        practice: Callable[[], int | None],
    ) -> None:
        """Refresh ``tab`` when any of ``areas`` changes for the practice ``practice()``."""
        self._watchers.append(_Watcher(tab, frozenset(areas), refresh, practice))

    def stop(self) -> None:
        """Hear no more (the window lets go of its database)."""
        self._unsubscribe()

    def is_stale(self, tab: QWidget) -> bool:
        return any(w.stale for w in self._watchers if w.tab is tab)

    def _on_change(self, change: Change) -> None:
        for watcher in self._watchers:
            if change.touches(watcher.areas) and change.may_concern_practice(watcher.practice()):
                watcher.stale = True
        self._refresh_shown()

    def _on_shown(self, _index: int) -> None:
        self._refresh_shown()

    def _refresh_shown(self) -> None:
        shown = self._tabs.currentWidget()
        for watcher in self._watchers:
            if watcher.stale and watcher.tab is shown:
                watcher.stale = False
                watcher.refresh()
