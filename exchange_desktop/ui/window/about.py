"""The About box."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from exchange_desktop import __version__
from exchange_desktop.paths import data_dir


def show_about_box(parent: QWidget, db_label: str, *, on_server: bool = False) -> None:
    """Aiuto → Informazioni: version, where the data is, who else sees it."""
    where = (
        QCoreApplication.translate(
            "About",
            "I dati sono sul database condiviso dell'ente, gestito dall'ufficio informatico.",
        )
        if on_server
        else QCoreApplication.translate("About", "I dati restano su questo computer.")
    )
    QMessageBox.about(
        parent,
        QCoreApplication.translate("About", "Informazioni su Exchange Desktop"),
        QCoreApplication.translate(
            "About",
            "<h3>Exchange Desktop {version}</h3>"
            "<p>Gestione degli scambi di buone pratiche tra Comuni: pratica, programma, "
            "date, partecipanti.</p>"
            "<p>{where}<br>Database: {db}<br>"
            "Cartella dei dati: {data}</p>",
        ).format(
            version=__version__,
            where=html.escape(where),
            db=html.escape(db_label),
            data=html.escape(str(data_dir())),
        ),
    )
