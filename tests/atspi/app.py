"""The program as a clerk has it open: the Partecipanti tab and the participant dialog,
shown (not modal) until the file named by the second argument appears."""

import sys
import time
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from exchange_desktop.domain.roster import Participant
from exchange_desktop.services.sample import load_sample
from exchange_desktop.storage.database import open_database
from exchange_desktop.ui.roster.participant_dialog import ParticipantDialog
from exchange_desktop.ui.window.main_window import MainWindow


def main(folder: Path, ready: Path, done: Path) -> int:
    app = QApplication([])
    app.setApplicationName("Exchange Desktop")
    db = open_database(folder / "Scambi.sqlite")
    load_sample(db)
    window = MainWindow(db, QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    window.show()
    window.tabs.setCurrentIndex(3)
    dialog = ParticipantDialog(
        "Nuovo partecipante", Participant(), [], ["Istruttore"], lambda _p: True, lambda _n: None
    )
    dialog.show()
    started = time.monotonic()

    def check() -> None:
        if not ready.exists() and time.monotonic() - started > 1.0:
            ready.write_text("ready")
        if done.exists() or time.monotonic() - started > 90:
            app.quit()

    timer = QTimer()
    timer.timeout.connect(check)
    timer.start(100)
    code = app.exec()
    dialog.close()
    window.close()
    db.close()
    return code


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])))
