"""What the window shows when the database holds no practice yet."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    """Two ways to start: an empty practice, or the Monza sample to adapt."""

    new_requested = Signal()
    sample_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        text = QLabel(
            self.tr(
                "<h2>Nessuna pratica</h2><p>Descrivete la buona pratica che il vostro Comune "
                "offre in scambio, oppure partite dall'esempio del Comune di Monza "
                "(«Patti di Cittadinanza») e adattatelo.</p>"
            )
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(text)
        for name, label, signal in (
            ("emptyNewButton", self.tr("Nuova pratica"), self.new_requested),
            (
                "emptySampleButton",
                self.tr("Carica l'esempio del Comune di Monza"),
                self.sample_requested,
            ),
        ):
            button = QPushButton(label)
            button.setObjectName(name)
            button.clicked.connect(signal)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(2)
