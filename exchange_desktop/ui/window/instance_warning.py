"""At start-up, a warning when the database seems open in another program; then the marker
that lets the next one know about this program, kept fresh while it runs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from exchange_desktop.formatting import plain_date
from exchange_desktop.storage.sqlite.instance_marker import HEARTBEAT_S, Holder, InstanceMarker
from exchange_desktop.ui.widgets.dialogs import literal


def opened_elsewhere_text(db_path: Path | str, holder: Holder) -> str:
    return QCoreApplication.translate(
        "InstanceWarning",
        "Il database {path} risulta già aperto da {user} sul computer {host} (dal {day} alle "
        "{time}).\n\nSi può continuare: un campo modificato nel frattempo da altri non viene "
        "sovrascritto. Per lavorare più tranquilli, conviene però che il database sia usato da "
        "un solo programma alla volta.",
    ).format(
        path=db_path,
        user=holder.user,
        host=holder.host,
        day=plain_date(holder.since.date()),
        time=holder.since.strftime("%H:%M"),
    )


def watch_instance(window: QWidget, marker: InstanceMarker, label: str) -> InstanceMarker:
    """Mark the database (``label``) as open by this program, warn (once the window shows)
    if another one holds it, and refresh the mark while ``window`` lives.  Call ``release``
    on closing."""
    holder = marker.claim()
    if holder is not None:
        text = opened_elsewhere_text(label, holder)
        QTimer.singleShot(
            0,
            lambda: QMessageBox.warning(
                window,
                QCoreApplication.translate("InstanceWarning", "Database già aperto"),
                literal(text),
            ),
        )
    heartbeat = QTimer(window)
    heartbeat.setObjectName("instanceHeartbeat")
    heartbeat.setInterval(HEARTBEAT_S * 1000)
    heartbeat.timeout.connect(marker.refresh)
    heartbeat.start()
    return marker
