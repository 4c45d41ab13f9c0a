"""Pictures of every tab and every dialog on the clerk's screens, with what would not fit.

Usage, from the project folder::

    python scripts/screenshots.py OUTDIR [--language it|en] [--screen NAME]
                                         [--platform offscreen|xcb]

Each screen runs in a child process of its own with the display scaling
(``QT_SCALE_FACTOR``) of the clerk's screen:

- ``laptop-125``: 1366×768 at 125 % less a 50 px taskbar, that is 1093×574 logical pixels;
- ``desktop``: 1920×1080 at 100 % less the taskbar, 1920×1040.

``offscreen`` (the default) tells Qt's offscreen platform the screen's size less the taskbar
(``QT_QPA_PLATFORM=offscreen:configfile=…``): windows have no frame there.  ``xcb`` runs
on a real X display, Xvfb at the screen's size with openbox, whose bottom margin stands for
the taskbar (see ``scripts/xdisplay.py``; started here unless ``DISPLAY`` is set): windows
get a title bar and borders, every check measures the window's *frame* against the screen's
available area, and each picture is the whole screen, frames included.

The child builds a throwaway database with the sample practice, a confirmed date and twelve
people (two on the waiting list), opens the window at the size a first start gives, takes
each tab, then triggers every action of the window and of the tabs: each dialog an action
opens is taken as it opens and again after **OK** (where it shows its errors), then closed
without doing anything; file pickers are answered with a small CSV to import, or cancelled.

Beside the PNGs, ``OUTDIR/<screen>/report.txt`` lists what :mod:`fit_check` found (controls
outside the window, clipped texts, actions behind »); the script prints it and exits 1 when
anything was found.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SCREENS = {
    # name: (physical width, physical height, the taskbar's height, scale factor)
    "laptop-125": (1366, 768, 50, 1.25),
    "desktop": (1920, 1080, 40, 1.0),
}
PLATFORMS = ("offscreen", "xcb")
SKIPPED_ACTIONS = {"quitAction"}
#: How long the window manager may take to frame, place or resize a window on X11.
X11_SETTLE_S = 0.3


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--language", choices=("it", "en"), default="it")
    parser.add_argument("--screen", choices=sorted(SCREENS), action="append")
    parser.add_argument("--platform", choices=PLATFORMS, default="offscreen")
    parser.add_argument("--child", choices=sorted(SCREENS), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return _take_all(args.outdir / args.child, args.language)
    found = 0
    for name in args.screen or list(SCREENS):
        found += _run_child(name, args.outdir, args.language, args.platform)
    return 1 if found else 0


def _run_child(name: str, outdir: Path, language: str, platform: str) -> int:
    width, height, taskbar, scale = SCREENS[name]
    with tempfile.TemporaryDirectory(prefix="screenshots-") as folder:
        env = {
            **os.environ,
            "QT_SCALE_FACTOR": str(scale),
            "EXCHANGE_DESKTOP_DATA_DIR": str(Path(folder) / "data"),
            "EXCHANGE_DESKTOP_LANG": language,
        }
        command = [sys.executable, __file__, str(outdir), "--child", name]
        if platform == "xcb":
            from xdisplay import virtual_display

            with virtual_display(width, height, taskbar) as display:
                done = subprocess.run(command, env={**env, **display}, check=False)
        else:
            config = Path(folder) / "screen.json"
            screen = {"name": name, "x": 0, "y": 0, "width": width, "height": height - taskbar}
            config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96}]}))
            env["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
            done = subprocess.run(command, env=env, check=False)
    report = outdir / name / "report.txt"
    text = report.read_text(encoding="utf-8") if report.exists() else "(no report)\n"
    size = f"{width}×{height - taskbar}"
    print(f"== {name} ({platform}): {size} at {int(scale * 100)} %\n{text}", end="")
    return done.returncode


# -- the child: one screen ---------------------------------------------------------------------
def _take_all(outdir: Path, language: str) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from exchange_desktop import language as interface_language
    from exchange_desktop.storage.database import open_database
    from exchange_desktop.ui.window.main_window import MainWindow

    outdir.mkdir(parents=True, exist_ok=True)
    for old in outdir.glob("*.png"):
        old.unlink()
    app = QApplication([])
    interface_language.install_translators(language)
    data = Path(os.environ["EXCHANGE_DESKTOP_DATA_DIR"])
    data.mkdir(parents=True, exist_ok=True)
    db = open_database(data / "Scambi.sqlite")
    csv_file = _sample_data(db, data)
    settings = QSettings(str(data / "settings.ini"), QSettings.Format.IniFormat)
    camera = _Camera(outdir, app)
    camera.answer_dialogs(csv_file)
    window = MainWindow(db, settings)
    window.show()
    camera.settle()
    camera.take(window, "window")
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        camera.settle()
        camera.take(window, "tab-" + window.tabs.tabText(index))
        _take_sub_pages(camera, window, "tab-" + window.tabs.tabText(index))
        _select_first_row(window.tabs.currentWidget())
        for action in _tab_actions(window.tabs.currentWidget()):
            camera.trigger(action)
    window.showMaximized()  # the clerk's maximised window
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        camera.take(window, "full-" + window.tabs.tabText(index))
        _take_sub_pages(camera, window, "full-" + window.tabs.tabText(index))
    for menu in (window.file_menu, window.edit_menu, window.export_menu, window.help_menu):
        for action in menu.actions():
            camera.trigger(action)
    window.close()
    db.close()
    report = "".join(camera.report) or "nothing clipped, nothing outside, nothing behind »\n"
    (outdir / "report.txt").write_text(report, encoding="utf-8")
    return 1 if camera.report else 0


def _sample_data(db: object, folder: Path) -> Path:
    """The sample practice held on 20 April 2026, with 12 people of 4 Enti; a CSV of 3 more."""
    from datetime import date

    from exchange_desktop.domain.roster import Organisation, Participant
    from exchange_desktop.services.attendance import marks as attendance
    from exchange_desktop.services.practices.sample import load_sample
    from exchange_desktop.services.roster import registrations
    from exchange_desktop.services.roster.organisations import add_organisation
    from exchange_desktop.services.scheduling import sessions as scheduling

    practice = load_sample(db)  # type: ignore[arg-type]
    (summary,) = scheduling.session_summaries(db, practice.id)  # type: ignore[arg-type]
    session_id = summary.session.id
    scheduling.confirm_date(db, session_id, date(2026, 4, 20))  # type: ignore[arg-type]
    enti = [
        add_organisation(db, Organisation(name=name)).id  # type: ignore[arg-type]
        for name in (
            "Comune di Sesto San Giovanni",
            "Unione dei Comuni Lombarda Adda Martesana",
            "Comune di Vimercate",  # four Enti: the Date tab's grid must show them all
            "Comune di Cinisello Balsamo",
        )
    ]
    people = [
        ("Rossi", "Maria"),
        ("D'Angelo", "Francesca"),
        ("Brambilla", "Giovanni"),
        ("Colombo", "Lucia"),
        ("Ferrari", "Alessandro"),
        ("Esposito", "Chiara"),
        ("Bianchi", "Pier Luigi"),
        ("Romano", "Elisabetta"),
        ("Gallo", "Marco"),
        ("Conti", "Anna"),
        ("Verdi", "Giuseppe"),
        ("Sánchez Müller", "Ana María"),
    ]
    for number, (surname, name) in enumerate(people):
        registrations.register(
            db,  # type: ignore[arg-type]
            session_id,
            Participant(
                surname=surname,
                name=name,
                organisation_id=enti[number % len(enti)],
                role="Istruttore amministrativo",
                email=f"persona{number}@comune.example.it",
            ),
        )
    attendance.mark_all_present(db, session_id)  # type: ignore[arg-type]
    csv_file = folder / "iscrizioni.csv"
    csv_file.write_text(
        "Cognome;Nome;Email;Ente\nNeri;Paolo;paolo.neri@comune.example.it;Comune di Lissone\n"
        "Rossi;Maria;persona0@comune.example.it;Comune di Sesto San Giovanni\n"
        "Bassi;;non-un-indirizzo;Comune di Lissone\n",
        encoding="utf-8",
    )
    return csv_file


def _take_sub_pages(camera: _Camera, window: object, what: str) -> None:
    """The pages of a tab's own tabs (the Date tab's Enti), the first one being taken."""
    from PySide6.QtWidgets import QTabWidget

    page = window.tabs.currentWidget()  # type: ignore[attr-defined]
    for tabs in page.findChildren(QTabWidget):
        for index in range(1, tabs.count()):
            tabs.setCurrentIndex(index)
            camera.take(window, what + "-" + tabs.tabText(index))
        tabs.setCurrentIndex(0)


def _select_first_row(tab: object) -> None:
    table = getattr(tab, "table", None)
    if table is not None and table.model() is not None and table.model().rowCount():
        table.selectRow(0)


def _tab_actions(tab: object) -> list[object]:
    actions = getattr(tab, "actions_by_name", {})
    return list(actions.values())


class _Camera:
    """Takes the pictures and the problems; stands in for the clerk in front of dialogs."""

    def __init__(self, outdir: Path, app: object) -> None:
        self.outdir = outdir
        self.app = app
        self.count = 0
        self.report: list[str] = []
        self.taken: set[str] = set()
        self.on_x11 = app.platformName() == "xcb"  # type: ignore[attr-defined]

    def settle(self) -> None:
        """The events handled; on X11 also the window manager's answers (frame, place)."""
        for _ in range(3):
            self.app.processEvents()  # type: ignore[attr-defined]
        if self.on_x11:
            deadline = time.monotonic() + X11_SETTLE_S
            while time.monotonic() < deadline:
                self.app.processEvents()  # type: ignore[attr-defined]
                time.sleep(0.01)

    def take(self, widget: object, what: str) -> None:
        from exchange_desktop.ui.widgets.fit_check import fit_problems

        self.settle()
        self.count += 1
        slug = re.sub(r"[^\w]+", "-", what.replace("&", "")).strip("-").lower()
        name = f"{self.count:02d}-{slug}.png"
        if self.on_x11:  # the whole screen: the frame and where the window sits on it
            screen = widget.screen()  # type: ignore[attr-defined]
            screen.grabWindow(0).save(str(self.outdir / name))
        else:
            widget.grab().save(str(self.outdir / name))  # type: ignore[attr-defined]
        for problem in fit_problems(widget):  # type: ignore[arg-type]
            self.report.append(f"{name}: {problem}\n")

    def trigger(self, action: object) -> None:
        name = action.objectName()  # type: ignore[attr-defined]
        if (
            name in SKIPPED_ACTIONS
            or action.isSeparator()  # type: ignore[attr-defined]
            or action.menu() is not None  # type: ignore[attr-defined]
            or not action.isEnabled()  # type: ignore[attr-defined]
        ):
            return
        action.trigger()  # type: ignore[attr-defined]
        self.settle()

    def answer_dialogs(self, csv_file: Path) -> None:
        """Every dialog is taken, shown its errors, and closed without effect."""
        from PySide6.QtGui import QDesktopServices
        from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox

        camera = self

        def exec_dialog(dialog: QDialog) -> int:
            title = dialog.windowTitle() or dialog.objectName() or type(dialog).__name__
            if title in camera.taken:  # the same dialog from a menu and from a button
                return 0
            camera.taken.add(title)
            dialog.show()
            camera.take(dialog, title)
            buttons = dialog.findChild(QDialogButtonBox)
            accept = QDialogButtonBox.ButtonRole.AcceptRole
            ok = (
                next((b for b in buttons.buttons() if buttons.buttonRole(b) == accept), None)
                if buttons
                else None
            )
            if ok is not None and ok.isEnabled() and not isinstance(dialog, QMessageBox):
                ok.click()
                if dialog.isVisible():
                    camera.take(dialog, title + " after OK")
            dialog.hide()
            return 0

        def box(kind: QMessageBox.Icon, no: object) -> object:
            def show(parent: object, title: str, text: str, *_args: object) -> object:
                message = QMessageBox(kind, title, text, QMessageBox.StandardButton.Ok, parent)
                exec_dialog(message)
                return no

            return show

        cancel = QMessageBox.StandardButton.No
        QDialog.exec = exec_dialog  # type: ignore[method-assign]
        QMessageBox.exec = exec_dialog  # type: ignore[method-assign]
        QMessageBox.question = box(QMessageBox.Icon.Question, cancel)  # type: ignore[method-assign]
        QMessageBox.warning = box(QMessageBox.Icon.Warning, cancel)  # type: ignore[method-assign]
        QMessageBox.critical = box(QMessageBox.Icon.Critical, cancel)  # type: ignore[method-assign]
        QMessageBox.about = box(QMessageBox.Icon.Information, None)  # type: ignore[method-assign]
        QMessageBox.information = box(QMessageBox.Icon.Information, cancel)  # type: ignore[method-assign]
        QFileDialog.getOpenFileName = lambda *_a, **_k: (str(csv_file), "")  # type: ignore[method-assign]
        QFileDialog.getSaveFileName = lambda *_a, **_k: ("", "")  # type: ignore[method-assign]
        QFileDialog.getExistingDirectory = lambda *_a, **_k: ""  # type: ignore[method-assign]
        QDesktopServices.openUrl = lambda *_a: True  # type: ignore[method-assign]


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    import faulthandler

    faulthandler.dump_traceback_later(150)
    sys.exit(main())
