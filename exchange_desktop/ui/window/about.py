"""The About box."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from exchange_desktop import __version__
from exchange_desktop.paths import data_dir


def show_about_box(parent: QWidget, db_path: Path) -> None:
    """Aiuto → Informazioni: version, where the data is, the promise that it stays here."""
    QMessageBox.about(
        parent,
        QCoreApplication.translate("About", "Informazioni su Exchange Desktop"),
        QCoreApplication.translate(
            "About",
            "<h3>Exchange Desktop {version}</h3>"
            "<p>Gestione degli scambi di buone pratiche tra Comuni: pratica, programma, "
            "date, partecipanti.</p>"
            "<p>I dati restano su questo computer.<br>Database: {db}<br>"
            "Cartella dei dati: {data}</p>",
        ).format(
            version=__version__,
            db=html.escape(str(db_path)),
            data=html.escape(str(data_dir())),
        ),
    )
