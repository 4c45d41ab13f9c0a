"""The program as a clerk has it open: the Partecipanti tab and the participant dialog,
shown (not modal) until the file named by the third argument appears.  Once the reader
listens (a file ``listening`` beside them), the clerk presses Salva with the names empty."""

import sys
import time
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from exchange_desktop.domain.roster import Participant
from exchange_desktop.services.practices.sample import load_sample
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

    saved = []

    def check() -> None:
        if not ready.exists() and time.monotonic() - started > 1.0:
            ready.write_text("ready")
        if (folder / "listening").exists() and not saved:
            saved.append(True)
            dialog.email.setFocus()  # away from the first field, so that the move is seen
            buttons = dialog.findChild(QDialogButtonBox)
            buttons.button(QDialogButtonBox.StandardButton.Save).click()
            # an action's outcome, as the roster tab reports it in the status bar
            window.statusBar().showMessage("Importate 3 persone, 1 in lista d'attesa", 10_000)
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
