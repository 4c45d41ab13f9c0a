"""Alt+letter: on every tab, each mnemonic the clerk can reach leads to one place only."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QPushButton, QWidget
from ui_helpers import make_window

from exchange_desktop.services.practices.sample import load_sample
from exchange_desktop.storage.database import Database

TAB_NAMES = ["practiceTab", "programmeTab", "scheduleTab", "rosterTab"]


def mnemonic(text: str) -> str | None:
    """The letter after a single "&" (lower-cased); "&&" is a literal ampersand."""
    index = 0
    while index < len(text) - 1:
        if text[index] == "&":
            if text[index + 1] != "&":
                return text[index + 1].lower()
            index += 1  # skip the escaped "&&"
        index += 1
    return None


def test_mnemonic_reads_the_letter_after_a_single_ampersand() -> None:
    assert mnemonic("P&ratica") == "r"
    assert mnemonic("Ricerca && &Sostituisci") == "s"
    assert mnemonic("Salva && chiudi") is None
    assert mnemonic("Nessuna") is None


def _describe(widget: QWidget, text: str) -> str:
    return f"{type(widget).__name__} {widget.objectName() or '(senza nome)'} «{text}»"


def reachable_mnemonics(window) -> dict[str, list[str]]:
    """Letter → what Alt+letter may reach now: menus, tabs and the visible widgets."""
    found: dict[str, list[str]] = defaultdict(list)

    def add(text: str, where: str) -> None:
        letter = mnemonic(text)
        if letter is not None:
            found[letter].append(where)

    for menu_action in window.menuBar().actions():
        if menu_action.isVisible() and menu_action.isEnabled():  # a greyed menu won't open
            menu = menu_action.menu()
            name = menu.objectName() if menu is not None else menu_action.objectName()
            add(menu_action.text(), f"menu {name} «{menu_action.text()}»")
    tabs = window.tabs
    for index in range(tabs.count()):
        if tabs.isTabVisible(index):
            text = tabs.tabText(index)
            add(text, f"scheda {tabs.widget(index).objectName()} «{text}»")
    for label in window.findChildren(QLabel):
        if label.buddy() is not None and label.isVisibleTo(window):
            add(label.text(), _describe(label, label.text()) + f" → {label.buddy().objectName()}")
    # Push buttons, radio buttons, check boxes and tool buttons all take Alt+letter.
    for button in window.findChildren(QAbstractButton):
        if button.isVisibleTo(window):
            add(button.text(), _describe(button, button.text()))
    for box in window.findChildren(QGroupBox):  # a titled box moves to its first field
        if box.isVisibleTo(window):
            add(box.title(), _describe(box, box.title()))
    return found


def test_a_clash_is_found_and_named(qtbot, db: Database, tmp_path: Path) -> None:
    load_sample(db)
    window = make_window(qtbot, db, tmp_path / "settings.ini")
    window.tabs.setCurrentWidget(window.schedule_tab)
    extra = QPushButton("&File temporaneo", window.schedule_tab)
    extra.setObjectName("clashingButton")
    extra.show()
    assert reachable_mnemonics(window)["f"] == [
        "menu fileMenu «&File»",
        "QPushButton clashingButton «&File temporaneo»",
    ]


@pytest.mark.parametrize("tab_name", TAB_NAMES)
def test_no_two_mnemonics_clash_on_a_tab(qtbot, db: Database, tmp_path: Path, tab_name) -> None:
    load_sample(db)
    window = make_window(qtbot, db, tmp_path / "settings.ini")
    tab = window.tabs.findChild(QWidget, tab_name)
    assert tab is not None, f"no tab named {tab_name}"
    window.tabs.setCurrentWidget(tab)
    qtbot.wait(10)
    found = reachable_mnemonics(window)
    assert len(found) >= 8, f"too few mnemonics found: {dict(found)}"  # menus and tabs at least
    clashes = {letter: places for letter, places in sorted(found.items()) if len(places) > 1}
    report = "\n".join(
        f"  Alt+{letter.upper()}: " + "; ".join(places) for letter, places in clashes.items()
    )
    assert not clashes, f"mnemonics used twice on the tab {tab_name}:\n{report}"
