"""Webinar attendance reports: who joined, when, and for how long, from Teams or Zoom.

* Microsoft Teams writes a UTF-16 text with tabs: a "1. Summary" ("1. Riepilogo") block,
  then "2. Participants" ("2. Partecipanti") with Name, First Join, Last Leave, In-Meeting
  Duration, Email, Role (or the Italian headings), then the activities.  Older Teams lists
  one line per join or leave (Full Name, User Action, Timestamp).
* Zoom writes a CSV: Name (Original Name), User Email, Join Time, Leave Time, Duration
  (Minutes) — or "Nome (nome originale)", "E-mail utente", "Ora di ingresso"… — with one
  line per connection, so a person who dropped and came back is on several lines.

The participant block is found by its heading row, whatever comes before it; lines of the
same person (same email, or same name without one) are merged into one.

Each line keeps its *connections*, every join–leave interval, because a webinar's hours are
the time actually connected: someone who left for an hour in the middle of the morning must
not be credited with it.  Zoom gives one connection per line; Teams gives them in its "3.
In-Meeting Activities" ("3. Attività durante la riunione") block, read when present, and
otherwise only the first join and the last leave, which then make a single connection; the
older Teams list pairs each "Joined" with the next "Left".
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from exchange_desktop.domain.errors import DomainError
from exchange_desktop.domain.validation import name_key
from exchange_desktop.i18n import MESSAGES_CONTEXT, QT_TRANSLATE_NOOP, Message
from exchange_desktop.imports.columns import header_key
from exchange_desktop.imports.report_values import parse_minutes, parse_timestamps
from exchange_desktop.imports.spreadsheet import (
    SUFFIXES,
    TEXT_SUFFIXES,
    check_readable,
    read_text,
    workbook_grids,
)
from exchange_desktop.imports.text_files import DELIMITERS, parse_rows

#: One join–leave interval of a webinar, the leave after the join.
Connection = tuple[datetime, datetime]


@dataclass(frozen=True)
class AttendanceLine:
    """One person in the report: first connection, last disconnection, minutes connected as
    the report says them, and each connection (in order; overlapping where two devices were
    connected at once)."""

    name: str
    email: str
    first_join: datetime | None
    last_leave: datetime | None
    minutes: int | None
    connections: tuple[Connection, ...] = ()


#: What each column of the participant block holds, recognised by the words in its heading.
#: The first rule that matches wins, so "Join Time" is a join time, not a timestamp.
_COLUMN_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("upn", ("upn",)),
    ("email", ("email", "e mail", "posta elettronica")),
    ("action", ("user action", "azione")),
    ("join", ("join", "ingresso", "accesso", "entrata")),
    ("leave", ("leave", "uscita", "abbandono")),
    ("duration", ("duration", "durata", "time in session", "tempo")),
    ("name", ("name", "nome", "participant", "partecipante")),
    ("timestamp", ("timestamp", "data e ora", "ora")),
)
_ACTIVITY_ROLES = frozenset({"join", "leave", "duration", "action"})
#: "3. In-Meeting Activities": the next numbered block of a Teams report.
_SECTION = re.compile(r"^\d+\.\s+\S")
_TRAILING_PARENTHESIS = re.compile(r"\s*\([^()]*\)\s*$")
_JOIN_WORDS = ("join", "partecip", "entr", "access", "ingress")
_LEAVE_WORDS = ("left", "leave", "usc", "abbandon")


@dataclass
class _Columns:
    """The index of each recognised column (the first one of each kind)."""

    roles: dict[str, int]
    original_name: bool

    def value(self, row: list[str], role: str) -> str:
        index = self.roles.get(role)
        return row[index].strip() if index is not None and index < len(row) else ""


def _role(key: str) -> str | None:
    words = f" {key} "
    for role, needles in _COLUMN_RULES:
        if any(f" {needle} " in words for needle in needles):
            return role
    return None


def _columns(row: list[str]) -> _Columns | None:
    """The participant block's heading row, understood; None for any other row."""
    roles: dict[str, int] = {}
    original_name = False
    for index, cell in enumerate(row):
        key = header_key(cell)
        role = _role(key) if key else None
        if role is None or role in roles:
            continue
        roles[role] = index
        if role == "name":
            original_name = "original" in key or "originale" in key
    if "name" not in roles or not _ACTIVITY_ROLES.intersection(roles):
        return None
    return _Columns(roles, original_name)


def _find_block(grid: list[list[str]], start: int = 0) -> tuple[int, _Columns] | None:
    for index in range(start, len(grid)):
        columns = _columns(grid[index])
        if columns is not None:
            return index, columns
    return None


def _block_rows(grid: list[list[str]], start: int) -> list[list[str]]:
    """The rows of the block below its headings, up to a blank row or the next block."""
    rows = []
    for row in grid[start + 1 :]:
        if not any(cell.strip() for cell in row):
            break
        if _SECTION.match(row[0].strip()):
            break
        rows.append(row)
    return rows


# --- reading the file ------------------------------------------------------------------------


def _error(template: str, path: Path) -> DomainError:
    return DomainError(Message(MESSAGES_CONTEXT, template, path=str(path)))


def _text_grid(path: Path) -> list[list[str]]:
    """The rows of a text report, split by the separator under which the block is found."""
    text = read_text(path)
    best: list[list[str]] = []
    best_score = -1
    for delimiter in DELIMITERS:
        try:
            grid = parse_rows(text, delimiter)
        except csv.Error:
            continue
        found = _find_block(grid)
        score = len(found[1].roles) if found else 0
        if score > best_score:
            best, best_score = grid, score
    return best


def _grid(path: Path) -> list[list[str]]:
    if path.suffix.lower() in TEXT_SUFFIXES:
        return _text_grid(path)
    grid: list[list[str]] = []
    for sheet in workbook_grids(path):
        grid.extend([*sheet, []])
    return grid


# --- turning rows into lines -----------------------------------------------------------------


def _clean_name(name: str, columns: _Columns) -> str:
    """Zoom's "Anna Rossi (Anna R.)" is the name now, then the original one: keep the first."""
    name = " ".join(name.split())
    if columns.original_name:
        stripped = _TRAILING_PARENTHESIS.sub("", name)
        return stripped or name
    return name


def _email(row: list[str], columns: _Columns) -> str:
    email = columns.value(row, "email")
    upn = columns.value(row, "upn")
    return email if "@" in email or "@" not in upn else upn


def _lines_from_summary(rows: list[list[str]], columns: _Columns) -> list[AttendanceLine]:
    """Teams' participant block and Zoom's lines: one row per person or per connection."""
    joins = parse_timestamps([columns.value(row, "join") for row in rows])
    leaves = parse_timestamps([columns.value(row, "leave") for row in rows])
    lines = []
    for row, first_join, last_leave in zip(rows, joins, leaves, strict=True):
        name = _clean_name(columns.value(row, "name"), columns)
        email = _email(row, columns)
        if not (name or email):
            continue
        minutes = parse_minutes(columns.value(row, "duration"))
        if minutes is None and first_join and last_leave and last_leave >= first_join:
            minutes = int((last_leave - first_join).total_seconds() // 60)
        connection = _connection(first_join, last_leave)
        lines.append(AttendanceLine(name, email, first_join, last_leave, minutes, connection))
    return lines


def _connection(join: datetime | None, leave: datetime | None) -> tuple[Connection, ...]:
    """The interval as a connection; none without both ends or with the leave not after."""
    return ((join, leave),) if join and leave and leave > join else ()


def _activities(grid: list[list[str]], after: int) -> dict[str, list[Connection]]:
    """Teams' "In-Meeting Activities": each person's connections, by email and by name.

    The block below the participant block that has both a join and a leave column; empty
    when the report has none (Zoom, or Teams saved without it).
    """
    found = _find_block(grid, after)
    if found is None:
        return {}
    start, columns = found
    if not {"join", "leave"} <= columns.roles.keys():
        return {}
    by_person: dict[str, list[Connection]] = {}
    for line in _lines_from_summary(_block_rows(grid, start), columns):
        keys = {_person_key("", line.email), _person_key(line.name, "")} - {""}
        for key in keys:
            by_person.setdefault(key, []).extend(line.connections)
    return by_person


def _with_activities(
    lines: list[AttendanceLine], activities: dict[str, list[Connection]]
) -> list[AttendanceLine]:
    """Each line with its connections from the activities block, found by email, else name."""
    if not activities:
        return lines
    detailed = []
    for line in lines:
        found = activities.get(_person_key("", line.email)) if line.email else None
        if found is None:
            found = activities.get(_person_key(line.name, ""))
        detailed.append(replace(line, connections=tuple(sorted(found))) if found else line)
    return detailed


def _lines_from_events(rows: list[list[str]], columns: _Columns) -> list[AttendanceLine]:
    """Old Teams: "Joined" / "Left" with a timestamp; minutes add up each join-to-leave."""
    stamps = parse_timestamps([columns.value(row, "timestamp") for row in rows])
    events: dict[str, list[tuple[datetime, bool]]] = {}
    names: dict[str, tuple[str, str]] = {}
    for row, stamp in zip(rows, stamps, strict=True):
        name = " ".join(columns.value(row, "name").split())
        email = _email(row, columns)
        action = header_key(columns.value(row, "action"))
        key = _person_key(name, email)
        if not key or stamp is None:
            continue
        names.setdefault(key, (name, email))
        joined = any(word in action for word in _JOIN_WORDS)
        left = any(word in action for word in _LEAVE_WORDS)
        if joined != left:
            events.setdefault(key, []).append((stamp, joined))
    lines = []
    for key, (name, email) in names.items():
        ordered = sorted(events.get(key, []))
        joins = [when for when, joined in ordered if joined]
        leaves = [when for when, joined in ordered if not joined]
        seconds, since = 0.0, None
        connections: list[Connection] = []
        for when, joined in ordered:
            if joined and since is None:
                since = when
            elif not joined and since is not None:
                seconds += (when - since).total_seconds()
                connections.extend(_connection(since, when))
                since = None
        lines.append(
            AttendanceLine(
                name,
                email,
                min(joins) if joins else None,
                max(leaves) if leaves else None,
                int(seconds // 60) if joins and leaves else None,
                tuple(connections),
            )
        )
    return lines


def _person_key(name: str, email: str) -> str:
    if email:
        return "email:" + email.casefold()
    return "name:" + name_key(name) if name else ""


def _earliest(a: datetime | None, b: datetime | None) -> datetime | None:
    return min(a, b) if a and b else a or b


def _latest(a: datetime | None, b: datetime | None) -> datetime | None:
    return max(a, b) if a and b else a or b


def combine_lines(first: AttendanceLine, second: AttendanceLine) -> AttendanceLine:
    """Two lines of one person as one: the earliest join, the latest leave, the minutes added,
    the connections of both (in order; overlaps are counted once when the hours are)."""
    minutes = (
        None
        if first.minutes is None and second.minutes is None
        else (first.minutes or 0) + (second.minutes or 0)
    )
    return AttendanceLine(
        first.name or second.name,
        first.email or second.email,
        _earliest(first.first_join, second.first_join),
        _latest(first.last_leave, second.last_leave),
        minutes,
        tuple(sorted(first.connections + second.connections)),
    )


def merge_lines(lines: list[AttendanceLine]) -> list[AttendanceLine]:
    """One line per person (same email, or same name without one), in order of appearance."""
    merged: dict[str, AttendanceLine] = {}
    for line in lines:
        key = _person_key(line.name, line.email)
        earlier = merged.get(key)
        merged[key] = line if earlier is None else combine_lines(earlier, line)
    return list(merged.values())


def read_attendance_report(path: Path) -> list[AttendanceLine]:
    """The people in a Teams or Zoom attendance report (.csv/.txt, or .xlsx/.xls/.ods).

    Raises :class:`DomainError` for a file that cannot be read or holds no participant list.
    """
    path = Path(path)
    check_readable(path, SUFFIXES)
    grid = _grid(path)
    if not any(cell.strip() for row in grid for cell in row):
        raise _error(
            QT_TRANSLATE_NOOP("Messages", "Il file {path} non contiene dati: è vuoto."), path
        )
    found = _find_block(grid)
    if found is None:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Il file {path} non sembra un report delle presenze di Teams o Zoom: manca "
                "l'elenco dei partecipanti con le colonne Nome e Primo accesso (o Ora di "
                "ingresso, Durata).",
            ),
            path,
        )
    start, columns = found
    rows = _block_rows(grid, start)
    if "action" in columns.roles and "timestamp" in columns.roles:
        return _lines_from_events(rows, columns)
    lines = merge_lines(_lines_from_summary(rows, columns))
    return _with_activities(lines, _activities(grid, start + 1 + len(rows)))
