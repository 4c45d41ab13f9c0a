"""Tabs whose pages scroll when the window is smaller than they would like.

On a 1366×768 laptop at 125 % the window has some 1093×574 logical pixels: less than the
Date tab's session editor and the Pratica form need.  Each page sits in a scroll area, so
the window may be as small as the screen, and a page that does not fit scrolls instead of
pushing the status bar and the bottom buttons off the screen.

The pages are still the tabs' widgets for the rest of the program: ``widget``,
``currentWidget``, ``setCurrentWidget`` and ``indexOf`` speak of the page, not of its
scroll area.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QWidget

from exchange_desktop.ui.widgets.accessibility import keyboard_ready, name_from_buddies


class ScrollingTabs(QTabWidget):
    def addTab(self, page: QWidget, label: str) -> int:  # type: ignore[override]
        area = QScrollArea()
        area.setObjectName(page.objectName() + "Scroll")
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # it draws no focus: no Tab stop
        keyboard_ready(page)
        name_from_buddies(page)
        area.setWidget(page)
        return super().addTab(area, label)

    def widget(self, index: int) -> QWidget | None:
        area = super().widget(index)
        page = area.widget() if isinstance(area, QScrollArea) else None
        return page if page is not None else area

    def currentWidget(self) -> QWidget:
        # None without tabs, as QTabWidget's own (whose stub says QWidget)
        return self.widget(self.currentIndex())  # type: ignore[return-value]

    def indexOf(self, page: QWidget) -> int:
        for index in range(self.count()):
            if self.widget(index) is page:
                return index
        return super().indexOf(page)

    def setCurrentWidget(self, page: QWidget) -> None:
        index = self.indexOf(page)
        if index >= 0:
            self.setCurrentIndex(index)
