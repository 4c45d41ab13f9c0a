"""The columns the Excel roster can hold: keys, Italian labels and the value of each cell.

Kept apart from the export (and light to import) so that the command line's help and the
GUI's column picker can list them without loading the database or openpyxl layers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from exchange_desktop.domain.enums import RegistrationStatus
from exchange_desktop.domain.errors import DomainError
from exchange_desktop.exports.wording import HOURS_HEADING
from exchange_desktop.i18n import MESSAGES_CONTEXT, QT_TRANSLATE_NOOP, Message

if TYPE_CHECKING:
    from exchange_desktop.domain.roster_rows import RosterEntry
    from exchange_desktop.exports.xlsx_sheets import CellKind

STATUS_TEXT = {
    RegistrationStatus.CONFIRMED: "Confermato",
    RegistrationStatus.WAITING: "In lista d'attesa",
    RegistrationStatus.CANCELLED: "Annullato",
}


def _duration(minutes: int) -> float | None:
    """Minutes as Excel keeps a duration (a fraction of a day), shown as h:mm."""
    return minutes / (24 * 60) if minutes else None


def _yes_no(value: bool | None) -> str:
    return "" if value is None else ("Sì" if value else "No")


@dataclass(frozen=True)
class ColumnSpec:
    """A column: its key (command line, settings), its header, the kind of its cells and
    the value of a cell from the row's number in its sheet and the roster row."""

    key: str
    label: str
    kind: CellKind
    value: Callable[[int, RosterEntry], object]
    max_width: int = 50


COLUMN_SPECS = (
    ColumnSpec("number", "N.", "integer", lambda n, _r: n),
    ColumnSpec("surname", "Cognome", "text", lambda _n, r: r.surname),
    ColumnSpec("name", "Nome", "text", lambda _n, r: r.name),
    ColumnSpec("organisation", "Ente", "text", lambda _n, r: r.organisation),
    ColumnSpec("role", "Ruolo", "text", lambda _n, r: r.role, 40),
    ColumnSpec("email", "Email", "text", lambda _n, r: r.email, 40),
    ColumnSpec("phone", "Telefono", "text", lambda _n, r: r.phone, 20),
    ColumnSpec("fiscal_code", "Codice fiscale", "text", lambda _n, r: r.fiscal_code, 20),
    ColumnSpec("status", "Stato", "text", lambda _n, r: STATUS_TEXT[r.status]),
    ColumnSpec(
        "waiting_position",
        "Posizione in lista d'attesa",
        "integer",
        lambda _n, r: r.waiting_position,
    ),
    ColumnSpec("present", "Presente", "text", lambda _n, r: _yes_no(r.present)),
    ColumnSpec("hours", HOURS_HEADING, "hours", lambda _n, r: _duration(r.minutes_attended)),
    ColumnSpec("registered_at", "Data iscrizione", "datetime", lambda _n, r: r.registered_at),
    ColumnSpec(
        "privacy_consent", "Consenso privacy", "text", lambda _n, r: _yes_no(r.privacy_consent)
    ),
    ColumnSpec(
        "privacy_consent_date",
        "Data consenso privacy",
        "date",
        lambda _n, r: r.privacy_consent_date,
    ),
    # The optional uses: "Sì", "No", empty when the question was not asked.
    ColumnSpec(
        "consent_media", "Consenso foto e video", "text", lambda _n, r: _yes_no(r.consent_media)
    ),
    ColumnSpec(
        "consent_contact",
        "Consenso a essere ricontattato",
        "text",
        lambda _n, r: _yes_no(r.consent_contact),
    ),
)
SPEC_BY_KEY = {spec.key: spec for spec in COLUMN_SPECS}

#: Every column the export can hold, in the workbook's order: (key, Italian label).
ROSTER_COLUMNS: list[tuple[str, str]] = [(spec.key, spec.label) for spec in COLUMN_SPECS]

#: What colleagues need: no phone, no codice fiscale unless the clerk asks for them.
DEFAULT_ROSTER_COLUMNS: list[str] = [
    "number",
    "surname",
    "name",
    "organisation",
    "role",
    "email",
    "status",
    "present",
]

#: Columns the waiting-list sheet leaves out: it has its own session and position.
NOT_IN_WAITING_LIST = {"number", "status", "waiting_position"}


def _error(template: str, **params: object) -> DomainError:
    return DomainError(Message(MESSAGES_CONTEXT, template, **params))


def check_columns(columns: Sequence[str] | None) -> list[str]:
    """The column keys in the order given, without repeats or blanks; the defaults for None.

    An unknown key, or no key at all, is a :class:`DomainError`.
    """
    if columns is None:
        return list(DEFAULT_ROSTER_COLUMNS)
    keys = list(dict.fromkeys(key.strip() for key in columns if key.strip()))
    unknown = [key for key in keys if key not in SPEC_BY_KEY]
    if unknown:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Messages", "Colonne sconosciute: {unknown}. Colonne disponibili: {available}."
            ),
            unknown=", ".join(unknown),
            available=", ".join(SPEC_BY_KEY),
        )
    if not keys:
        raise _error(QT_TRANSLATE_NOOP("Messages", "Scegliere almeno una colonna da esportare."))
    return keys
