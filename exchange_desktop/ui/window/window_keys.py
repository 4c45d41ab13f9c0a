"""Everything by keyboard: the tab's actions in a menu, tabs switched from anywhere, and
Taglia / Copia / Incolla in Modifica as in every Office program.

- **Azioni** holds the actions of the tab on screen, in the groups of its button bar, each
  with its key (Ins, Canc, F2, Ctrl+D…); it follows the tab, and is greyed on the Pratica
  tab, which has none (its Alt+Z is then Descrizione's).
- Tabs switch with Ctrl+Tab / Ctrl+PgGiù, Ctrl+Maiusc+Tab / Ctrl+PgSu and Ctrl+1…4 from
  any field or table; Azioni lists them
  under the tab's own actions.
- **Modifica → Taglia, Copia, Incolla, Seleziona tutto** act on the field with the focus;
  Copia in a table copies the selected rows as tab-separated text, ready for Excel.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMenu, QTabWidget, QWidget


def build_keyboard_menus(
    window: QWidget, tabs: QTabWidget, actions_menu: QMenu, edit_menu: QMenu
) -> list[QAction]:
    """Fill Azioni (following ``tabs``) and the clipboard entries of Modifica, with keys
    that work anywhere in ``window``; the tab navigation actions, Azioni's last entries."""
    navigation = _tab_navigation(window, tabs)
    _clipboard_actions(window, edit_menu)
    tabs.currentChanged.connect(lambda _index: fill_actions_menu(actions_menu, tabs, navigation))
    fill_actions_menu(actions_menu, tabs, navigation)
    return navigation


def fill_actions_menu(menu: QMenu, tabs: QTabWidget, navigation: list[QAction]) -> None:
    """The actions of the tab on screen; none (greyed) for a tab without its own."""
    menu.clear()
    bar = getattr(tabs.currentWidget(), "action_bar", None)
    if bar is not None:
        bar.fill_menu(menu, navigation)
        menu.addSeparator()
        menu.addActions(navigation)
    menu.setEnabled(bar is not None)


def _tab_navigation(window: QWidget, tabs: QTabWidget) -> list[QAction]:
    navigation: list[QAction] = []

    def step(delta: int) -> None:
        tabs.setCurrentIndex((tabs.currentIndex() + delta) % tabs.count())

    for name, text, keys, delta in (
        (
            "nextTabAction",
            QCoreApplication.translate("WindowKeys", "Scheda &successiva"),
            ("Ctrl+Tab", "Ctrl+PgDown"),
            1,
        ),
        (
            "previousTabAction",
            QCoreApplication.translate("WindowKeys", "Scheda &precedente"),
            ("Ctrl+Shift+Tab", "Ctrl+PgUp"),
            -1,
        ),
    ):
        action = _window_action(window, name, text, keys)
        action.triggered.connect(lambda _checked=False, d=delta: step(d))
        navigation.append(action)
    for index in range(tabs.count()):
        label = tabs.tabText(index)
        action = _window_action(window, f"showTab{index + 1}Action", label, (f"Ctrl+{index + 1}",))
        action.triggered.connect(lambda _checked=False, i=index: tabs.setCurrentIndex(i))
        navigation.append(action)
    return navigation


def _window_action(window: QWidget, name: str, text: str, keys: tuple[str, ...]) -> QAction:
    action = QAction(text, window)
    action.setObjectName(name)
    action.setShortcuts([QKeySequence(key) for key in keys])
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    window.addAction(action)
    return action


def _clipboard_actions(window: QWidget, menu: QMenu) -> None:
    """Taglia / Copia / Incolla / Seleziona tutto on the focused widget.

    A text field takes these keys itself (it claims them before any window shortcut), so
    the window's entries serve the menu, and Ctrl+C in a table.
    """
    menu.addSeparator()
    for name, text, key, method in (
        (
            "cutAction",
            QCoreApplication.translate("WindowKeys", "&Taglia"),
            QKeySequence.StandardKey.Cut,
            "cut",
        ),
        (
            "copyAction",
            QCoreApplication.translate("WindowKeys", "&Copia"),
            QKeySequence.StandardKey.Copy,
            "copy",
        ),
        (
            "pasteAction",
            QCoreApplication.translate("WindowKeys", "I&ncolla"),
            QKeySequence.StandardKey.Paste,
            "paste",
        ),
        (
            "selectAllAction",
            QCoreApplication.translate("WindowKeys", "&Seleziona tutto"),
            QKeySequence.StandardKey.SelectAll,
            "selectAll",
        ),
    ):
        action = QAction(text, window)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(key))
        action.triggered.connect(lambda _checked=False, m=method: _on_focus(m))
        window.addAction(action)
        menu.addAction(action)


def _on_focus(method: str) -> None:
    widget = QApplication.focusWidget()
    if isinstance(widget, QAbstractItemView) and method == "copy":
        copy_selected_rows(widget)
    elif widget is not None and callable(getattr(widget, method, None)):
        getattr(widget, method)()


def copy_selected_rows(view: QAbstractItemView) -> None:
    """The selected rows as lines of tab-separated cells, the header first."""
    model = view.model()
    rows = sorted({index.row() for index in view.selectionModel().selectedIndexes()})
    if model is None or not rows:
        return
    columns = [c for c in range(model.columnCount()) if not _hidden(view, c)]
    header = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns]
    lines = ["\t".join(header)]
    for row in rows:
        cells = [str(model.index(row, c).data() or "") for c in columns]
        lines.append("\t".join(cell.replace("\t", " ").replace("\n", " ") for cell in cells))
    QGuiApplication.clipboard().setText("\n".join(lines) + "\n")


def _hidden(view: QAbstractItemView, column: int) -> bool:
    is_hidden = getattr(view, "isColumnHidden", None)
    return bool(is_hidden(column)) if is_hidden else False
