"""The day's total under the programme, and the warnings about overlaps and gaps."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel

from exchange_desktop.domain.enums import ItemKind
from exchange_desktop.domain.programme import (
    format_duration,
    gaps,
    overlapping_pairs,
    total_minutes,
)
from exchange_desktop.domain.sittings import day_plan
from exchange_desktop.domain.timetable import day_span, timetable_warnings
from exchange_desktop.translation import tr_message
from exchange_desktop.ui.programme.programme_model import ProgrammeTableModel, time_range
from exchange_desktop.ui.widgets.contrast import role_style


class ProgrammeSummary(QObject):
    """Two labels: ``totals`` ("Totale: 6 h 30 min (09:30–16:00) · …") and ``warnings``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.totals = QLabel()
        self.totals.setObjectName("programmeSummary")
        self.totals.setTextFormat(Qt.TextFormat.PlainText)
        self.totals.setWordWrap(True)
        self.warnings = QLabel()
        self.warnings.setObjectName("programmeWarnings")
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings.setStyleSheet(role_style("error"))
        self.warnings.setWordWrap(True)

    def _item_label(self, model: ProgrammeTableModel, row: int) -> str:
        """How a warning names an item: "voce 4 (11:30–12:30)" or "pausa «Caffè» (…)"."""
        item = model.items[row]
        number = model.number(row)
        name = (
            self.tr("voce {n}").format(n=number)
            if number is not None
            else self.tr("pausa «{title}»").format(title=item.title[:40])
        )
        return f"{name} ({time_range(item)})"

    def _count(self, n: int, one: str, many: str) -> str:
        return one if n == 1 else many.format(n=n)

    def show_programme(self, model: ProgrammeTableModel) -> None:
        """Totals and warnings for the programme the table shows."""
        items = model.items
        topics = sum(1 for item in items if item.kind is ItemKind.TOPIC)
        breaks = len(items) - topics
        span = day_span(items, None, None)
        if span is not None and total_minutes(items):
            # the sittings' training time, as the attestati count it; the pauses apart
            training = day_plan(items).total_planned_minutes
            first = self.tr("Formazione: {duration} · pause: {pauses} ({start}–{end})").format(
                duration=format_duration(training),
                pauses=format_duration(max(0, span[1] - span[0] - training)),
                start=f"{span[0] // 60:02d}:{span[0] % 60:02d}",
                end=f"{span[1] // 60:02d}:{span[1] % 60:02d}",
            )
        else:
            first = self.tr("Totale: nessun orario indicato")
        parts = [
            first,
            self._count(topics, self.tr("1 argomento"), self.tr("{n} argomenti")),
            self._count(breaks, self.tr("1 pausa"), self.tr("{n} pause")),
        ]
        self.totals.setText(" · ".join(parts))
        warnings = [
            self.tr("Orari sovrapposti: {a} e {b}.").format(
                a=self._item_label(model, first_row), b=self._item_label(model, second_row)
            )
            for first_row, second_row in overlapping_pairs(items)
        ]
        warnings += [
            self.tr("Intervallo senza attività: {start}–{end}.").format(
                start=f"{start:%H:%M}", end=f"{end:%H:%M}"
            )
            for start, end in gaps(items)
        ]
        warnings += [tr_message(problem) for problem in timetable_warnings(items, None, None)]
        self.warnings.setText("\n".join(warnings))
        self.warnings.setVisible(bool(warnings))
