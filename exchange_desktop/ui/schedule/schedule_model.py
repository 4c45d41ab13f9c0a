"""The proposed dates as a table: date, state, session, seats taken, calendar warnings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from exchange_desktop.domain.enums import CandidateStatus
from exchange_desktop.domain.scheduling import CandidateDate
from exchange_desktop.formatting import long_date
from exchange_desktop.i18n import QT_TRANSLATE_NOOP, Message
from exchange_desktop.services.scheduling.sessions import SessionSummary
from exchange_desktop.translation import tr_message, translate
from exchange_desktop.ui.widgets.fixed_columns_model import FixedColumnsModel

CONTEXT = "ScheduleModel"
COL_DATE, COL_STATE, COL_SESSION, COL_SEATS, COL_WARNINGS = range(5)
_HEADERS = (
    QT_TRANSLATE_NOOP("ScheduleModel", "Data"),
    QT_TRANSLATE_NOOP("ScheduleModel", "Stato"),
    QT_TRANSLATE_NOOP("ScheduleModel", "Sessione"),
    QT_TRANSLATE_NOOP("ScheduleModel", "Posti"),
    QT_TRANSLATE_NOOP("ScheduleModel", "Avvisi"),
)
STATE_TEXTS = {
    CandidateStatus.CANDIDATE: QT_TRANSLATE_NOOP("ScheduleModel", "proposta"),
    CandidateStatus.CONFIRMED: QT_TRANSLATE_NOOP("ScheduleModel", "confermata"),
    CandidateStatus.DISCARDED: QT_TRANSLATE_NOOP("ScheduleModel", "scartata"),
}
_GREY = QBrush(QColor("#8a8a8a"))
_WARNING = QBrush(QColor("#8a4b00"))

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class DateRow:
    """One candidate date with the session it belongs to and its session number."""

    summary: SessionSummary
    candidate: CandidateDate
    session_number: int
    warnings: tuple[str, ...]


class ScheduleTableModel(FixedColumnsModel):
    """The candidate dates of every session of a practice, one per row."""

    CONTEXT = CONTEXT
    HEADERS = _HEADERS

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.rows: list[DateRow] = []

    def set_sessions(
        self, summaries: list[SessionSummary], warnings_for: Callable[[date], list[Message]]
    ) -> None:
        rows = []
        for number, summary in enumerate(summaries, start=1):
            for candidate in sorted(summary.session.candidate_dates, key=lambda c: c.day):
                warnings = tuple(tr_message(m) for m in warnings_for(candidate.day))
                rows.append(DateRow(summary, candidate, number, warnings))
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_of_candidate(self, candidate_id: int | None) -> int:
        return next((i for i, r in enumerate(self.rows) if r.candidate.id == candidate_id), -1)

    def row_of_session(self, session_id: object) -> int:
        return next((i for i, r in enumerate(self.rows) if r.summary.session.id == session_id), -1)

    def row_list(self) -> list:
        return self.rows

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        status = row.candidate.status
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and row.warnings:
            return "\n".join(row.warnings)
        if role == Qt.ItemDataRole.ForegroundRole:
            if status is CandidateStatus.DISCARDED:
                return _GREY
            if index.column() == COL_WARNINGS:
                return _WARNING
        if role == Qt.ItemDataRole.FontRole and status is CandidateStatus.CONFIRMED:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _display(self, row: DateRow, column: int) -> str:
        summary = row.summary
        if column == COL_DATE:
            return long_date(row.candidate.day)
        if column == COL_STATE:
            return translate(CONTEXT, STATE_TEXTS[row.candidate.status])
        if column == COL_SESSION:
            return translate("ScheduleModel", "n. {number}").format(number=row.session_number)
        if column == COL_SEATS:
            text = translate("ScheduleModel", "{taken} / {capacity}").format(
                taken=summary.confirmed_count, capacity=summary.session.capacity
            )
            if summary.waiting_count:
                text += translate("ScheduleModel", " · {n} in attesa").format(
                    n=summary.waiting_count
                )
            return text
        return " · ".join(row.warnings)
