"""The columns of the sign-in sheet: which sittings it shows and how wide every box is.

Each sitting of the day gets four boxes: "Firma entrata", "Ora", "Firma uscita", "Ora".  A
signature needs room to be legible, so no signature box is ever narrower than
:data:`MIN_SIGNATURE_WIDTH` (35 mm) nor lower than :data:`MIN_ROW_HEIGHT` (10 mm); when the
sittings do not fit a portrait page the sheet turns to landscape, and when they do not fit
a landscape page either the sittings are printed in groups, one sheet per group.  The text
columns take what is left: three (name, Ente, role) when there is room, else two with the
role under the Ente, the signatures then no wider than leaves an Ente such as "Comune di San
Giovanni in Persiceto" its line.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import cm, mm

from exchange_desktop.domain.sittings import DayPlan, Sitting, sitting_labels, time_of
from exchange_desktop.exports.pdf_pages import PageLayout
from exchange_desktop.exports.wording import time_range

MIN_SIGNATURE_WIDTH: float = 35 * mm
MIN_ROW_HEIGHT: float = 10 * mm
#: Wider signatures than this only waste the room a long Ente needs.
MAX_SIGNATURE_WIDTH: float = 5 * cm
#: Room for "1000" in the number column, and for a time written by hand ("09:05").
NUMBER_WIDTH: float = 1.05 * cm
TIME_WIDTH: float = 10 * mm
#: Narrow margins (any office printer prints 5 mm from the edge) leave the names room.
SIDE_MARGIN: float = 1.0 * cm
#: Shares of the text columns (name, Ente, role; or name, "Ente – role") and the least
#: room each layout needs in all.
_SEPARATE_SHARES = (3.9 * cm, 3.9 * cm, 3.2 * cm)
_JOINED_SHARES = (3.0 * cm, 5.2 * cm)
_JOINED_MINIMUM: float = 6 * cm
#: What the joined text columns want before the signatures grow past their minimum: a
#: name, and an Ente such as "Comune di San Giovanni in Persiceto" on one line.
_JOINED_WANTED: float = 8.4 * cm
#: What one sitting takes at the least: two signatures and two times.
_SITTING_MINIMUM: float = 2 * (MIN_SIGNATURE_WIDTH + TIME_WIDTH)

SIGNATURE_HEADS = ("Firma entrata", "Ora", "Firma uscita", "Ora")


@dataclass(frozen=True)
class SheetSitting:
    """A sitting as the sheet heads it: "Mattina" and "09:00–13:00" (empty without times)."""

    label: str
    hours: str = ""

    @property
    def heading(self) -> str:
        return f"{self.label} {self.hours}".strip()


@dataclass(frozen=True)
class Columns:
    """The widths of one sheet's columns, left to right, and what they hold."""

    widths: tuple[float, ...]
    sittings: tuple[SheetSitting, ...]
    joined: bool

    @property
    def text_columns(self) -> int:
        """The number, the name and the Ente (with the role, or the role apart)."""
        return 3 if self.joined else 4

    @property
    def signature_columns(self) -> int:
        return len(SIGNATURE_HEADS) * len(self.sittings)

    @property
    def total(self) -> float:
        return sum(self.widths)


def _split_with_break(plan: DayPlan) -> DayPlan | None:
    """One timed sitting cut at its longest break: morning and afternoon, or nothing."""
    interval = plan.sittings[0].interval
    if interval is None:
        return None
    inside = [b for b in plan.breaks if interval[0] < b[0] and b[1] < interval[1]]
    if not inside:
        return None
    start, end = max(inside, key=lambda b: b[1] - b[0])
    halves = (
        Sitting(time_of(interval[0]), time_of(start)),
        Sitting(time_of(end), time_of(interval[1])),
    )
    return DayPlan(halves, plan.breaks)


def sheet_sittings(plan: DayPlan | None, two_sittings: bool = False) -> list[SheetSitting]:
    """The sittings of the day as the sheet heads them, from the day plan.

    ``two_sittings`` (the clerk's "Mattina e pomeriggio") matters only when the plan has a
    single sitting: it is cut at its longest break if it has one, else the sheet gets a
    "Mattina" and a "Pomeriggio" without times.  A plan of several sittings is kept as it is.
    """
    plan = plan or DayPlan((Sitting(),))
    if two_sittings and len(plan.sittings) == 1:
        split = _split_with_break(plan)
        if split is None:
            return [SheetSitting("Mattina"), SheetSitting("Pomeriggio")]
        plan = split
    labels = sitting_labels(plan)
    return [
        SheetSitting(label, time_range(sitting.start, sitting.end) if sitting.timed else "")
        for label, sitting in zip(labels, plan.sittings, strict=True)
    ]


def content_width(landscape: bool) -> float:
    return PageLayout(landscape=landscape, side_margin=SIDE_MARGIN).content_width


def fits(width: float, sittings: int) -> bool:
    """Whether ``sittings`` sittings at their least leave the name and Ente their room."""
    return width - NUMBER_WIDTH - sittings * _SITTING_MINIMUM >= _JOINED_MINIMUM


def needs_landscape(sittings: int) -> bool:
    return not fits(content_width(False), sittings)


def sitting_groups(
    sittings: Sequence[SheetSitting], width: float
) -> list[tuple[SheetSitting, ...]]:
    """The sittings in groups that fit ``width`` side by side (all of them, as a rule)."""
    per_sheet = max(1, max((n for n in range(1, len(sittings) + 1) if fits(width, n)), default=1))
    return [tuple(sittings[i : i + per_sheet]) for i in range(0, len(sittings), per_sheet)]


def _scaled(shares: Sequence[float], room: float) -> list[float]:
    return [share * room / sum(shares) for share in shares]


def columns(width: float, sittings: Sequence[SheetSitting]) -> Columns:
    """The widths for ``sittings`` on a page ``width`` wide (the text columns take the rest).

    The role gets its own column only if the signatures keep their minimum with it.
    """
    fixed = NUMBER_WIDTH + 2 * len(sittings) * TIME_WIDTH
    signatures = 2 * len(sittings)
    for shares, joined in ((_SEPARATE_SHARES, False), (_JOINED_SHARES, True)):
        wanted = _JOINED_WANTED if joined else sum(shares)
        signature = (width - fixed - wanted) / signatures
        if signature < MIN_SIGNATURE_WIDTH:
            if not joined:
                continue
            signature = MIN_SIGNATURE_WIDTH
        signature = min(signature, MAX_SIGNATURE_WIDTH)
        text = _scaled(shares, width - fixed - signatures * signature)
        per_sitting = [signature, TIME_WIDTH, signature, TIME_WIDTH]
        widths = (NUMBER_WIDTH, *text, *(per_sitting * len(sittings)))
        return Columns(widths, tuple(sittings), joined)
    raise AssertionError("unreachable: the joined layout always returns")
