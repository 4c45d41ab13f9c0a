"""The roster's column widths: the short columns (N., Stato, Presente) as wide as what they
show, Cognome, Nome and Ente sharing whatever the window leaves, the rest at a useful width.

Widths are worked out from the font and the rows (a few distinct texts), never by asking the
view for every cell's size hint: with ten thousand rows that would be ten thousand calls into
Python per column.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QStyle, QTableView

from exchange_desktop.domain.enums import RegistrationStatus
from exchange_desktop.services.roster import RosterEntry
from exchange_desktop.translation import localized, translate
from exchange_desktop.ui.roster.roster_model import (
    COL_EMAIL,
    COL_NAME,
    COL_NUMBER,
    COL_ORGANISATION,
    COL_PHONE,
    COL_PRESENT,
    COL_ROLE,
    COL_SESSION,
    COL_STATUS,
    COL_SURNAME,
    hours_text,
)


@dataclass(frozen=True)
class Share:
    """A column whose width follows the window, in average characters of the table's font."""

    column: int
    minimum: float  # never narrower
    preferred: float  # its width when there is room
    weight: int = 0  # the part of the spare room it takes; 0: never wider than ``preferred``


#: Cognome, Nome and Ente take the spare room, Ente most.
STRETCHED = (
    Share(COL_SURNAME, minimum=10, preferred=20, weight=3),
    Share(COL_NAME, minimum=8, preferred=14, weight=2),
    Share(COL_ORGANISATION, minimum=14, preferred=28, weight=4),
)
#: The others keep a useful width; when the window is narrow they give it up first, then go
#: past the right edge (the view scrolls to them) before the names shrink.
THE_REST = (
    Share(COL_ROLE, minimum=10, preferred=30),
    Share(COL_EMAIL, minimum=14, preferred=36),
    Share(COL_SESSION, minimum=14, preferred=21),  # widened to the longest label: fit_rows
    Share(COL_PHONE, minimum=9, preferred=15),
)

Widths = dict[int, tuple[int, int]]


def _between(columns: Widths, fraction: float) -> dict[int, int]:
    """Each (minimum, preferred) column ``fraction`` of the way from one to the other."""
    fraction = min(max(fraction, 0.0), 1.0)
    return {c: low + int((high - low) * fraction) for c, (low, high) in columns.items()}


def share_widths(
    available: int,
    fixed: dict[int, int],
    stretched: Widths,
    weights: dict[int, int],
    rest: Widths,
) -> dict[int, int]:
    """Every column's width for a viewport ``available`` pixels wide.

    ``fixed`` keep their width; ``stretched`` and ``rest`` are (minimum, preferred).  With
    room, everything has its preferred width and the stretched columns share the spare room
    by ``weights``, filling the viewport exactly.  With less, the rest shrink to their
    minimum; with less still they go past the right edge (the view scrolls), and only then
    do the stretched ones shrink, down to their minimum.  The fixed and stretched columns
    come first, so that they stay in sight.
    """
    widths = dict(fixed)
    room = available - sum(fixed.values())
    names_least = sum(low for low, _high in stretched.values())
    names = sum(high for _low, high in stretched.values())
    rest_least = sum(low for low, _high in rest.values())
    rest_preferred = sum(high for _low, high in rest.values())
    if room >= names + rest_preferred:
        widths.update(_between(rest, 1))
        spare = room - names - rest_preferred
        total = sum(weights.get(c, 0) for c in stretched) or 1
        given = 0
        for n, (column, (_low, high)) in enumerate(stretched.items()):
            last = n == len(stretched) - 1
            extra = spare - given if last else spare * weights.get(column, 0) // total
            widths[column] = high + extra
            given += extra
        return widths
    if room >= names + rest_least:
        widths.update(_between(stretched, 1))
        widths.update(_between(rest, (room - names - rest_least) / (rest_preferred - rest_least)))
        return widths
    widths.update(_between(rest, 0))
    span = names - names_least
    widths.update(_between(stretched, (room - names_least) / span if span else 0))
    return widths


def _status_texts(rows: Sequence[RosterEntry]) -> list[str]:
    """The longest texts the Stato column shows for ``rows`` (see status_text)."""
    texts = [translate("RosterModel", "confermato")]
    if any(r.status is RegistrationStatus.CANCELLED for r in rows):
        texts.append(translate("RosterModel", "annullato"))
    waiting = max(
        (r.waiting_position or 0 for r in rows if r.status is RegistrationStatus.WAITING),
        default=None,
    )
    if waiting is not None:
        texts.append(translate("RosterModel", "in lista d'attesa n. {n}").format(n=waiting))
    return texts


class RosterColumns(QObject):
    """Keeps the roster table's widths fitted to its rows and to the width of its viewport."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        self._fixed: dict[int, int] = {}  # N., Stato, Presente: as wide as what they show
        self._contents: dict[int, int] = {}  # Sessione: its longest label, when there is room
        table.viewport().installEventFilter(self)

    def fit_rows(self, rows: Sequence[RosterEntry]) -> None:
        """Size N., Stato and Presente to what they show for ``rows``, then share the rest."""
        table = self.table
        metrics = table.fontMetrics()
        style = table.style()
        margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
        check = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, table) + margin
        slack = 6  # rounding, and a little air before the grid line

        def text(texts: Sequence[str], extra: int = 0) -> int:
            return max((metrics.horizontalAdvance(t) for t in texts), default=0) + extra

        hours = {hours_text(r.minutes_attended) for r in rows if r.present}
        contents = {
            COL_NUMBER: text([str(max(len(rows), 1))]),
            COL_STATUS: text(_status_texts(rows)),
            COL_PRESENT: text(list(hours) or [""], check),
        }
        header = table.horizontalHeader()
        self._fixed = {
            column: max(width + margin + slack, header.sectionSizeFromContents(column).width())
            for column, width in contents.items()
        }
        sessions = {str(localized(r.session_label)) for r in rows}
        self._contents = {COL_SESSION: text(list(sessions), margin + slack)}
        self.apply()

    def apply(self) -> None:
        """Share the viewport's width out again (after a resize, or a column shown or hidden)."""
        table = self.table
        if not self._fixed:
            return
        average = table.fontMetrics().averageCharWidth()
        header = table.horizontalHeader()

        def pixels(share: Share) -> tuple[int, int]:
            least = header.sectionSizeFromContents(share.column).width()
            low = max(int(share.minimum * average), least)
            high = max(int(share.preferred * average), self._contents.get(share.column, 0), low)
            return low, high

        def shown(shares: Sequence[Share]) -> Widths:
            return {s.column: pixels(s) for s in shares if not table.isColumnHidden(s.column)}

        widths = share_widths(
            table.viewport().width(),
            {c: w for c, w in self._fixed.items() if not table.isColumnHidden(c)},
            shown(STRETCHED),
            {s.column: s.weight for s in STRETCHED},
            shown(THE_REST),
        )
        for column, width in widths.items():
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.table.viewport():
            self.apply()
        return False
