"""The values of the placeholders for one recipient, from the practice, the session and
the person (or the Ente).  Plain functions over domain objects: no database here."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from exchange_desktop.domain.enums import Modality, SessionStatus
from exchange_desktop.domain.practice import Practice
from exchange_desktop.domain.programme import ProgrammeItem
from exchange_desktop.domain.roster_rows import RosterEntry
from exchange_desktop.domain.scheduling import Session
from exchange_desktop.exports.wording import (
    attended_text,
    date_text,
    session_days,
    session_hours,
    session_when,
    short_title,
)
from exchange_desktop.formatting import join_alternatives, long_date

#: The language of the Italian texts; an English text gets its dates and times in English.
ITALIAN = "it"
ENGLISH = "en"


def _line(text: str) -> str:
    return " ".join(text.split())


def _place(session: Session) -> str:
    return ", ".join(_line(part) for part in (session.venue, session.room) if part.strip())


@dataclass(frozen=True)
class _Words:
    """How a text of one language says the day, the times, the place and a change."""

    day: Callable[[date], str]
    hours: str
    online: str
    at_place: str
    link: str
    venue: str
    cancelled: str
    held: str
    instead: str


_ITALIAN_WORDS = _Words(
    day=date_text,
    hours="dalle {start} alle {end}",
    online="in modalità webinar",
    at_place="presso {place}",
    link="Collegamento al webinar: {link}",
    venue="Luogo: {place}",
    cancelled="la giornata prevista per {day} è annullata",
    held="la giornata si terrà {day}",
    instead=" (invece di {day})",
)


def _english_date(day: date) -> str:
    """ "Monday 20 April 2026" (babel, British order)."""
    return long_date(day, ENGLISH)


_ENGLISH_WORDS = _Words(
    day=_english_date,
    hours="from {start} to {end}",
    online="online (webinar)",
    at_place="at {place}",
    link="Webinar link: {link}",
    venue="Venue: {place}",
    cancelled="the day planned for {day} is cancelled",
    held="the day will be held on {day}",
    instead=" (instead of {day})",
)


def _where(session: Session, words: _Words) -> str:
    """ "presso Palazzo Comunale, Sala Giunta" or "in modalità webinar"; "" when unknown."""
    if session.modality is Modality.WEBINAR:
        return words.online
    place = _place(session)
    return words.at_place.format(place=place) if place else ""


def _access(session: Session, words: _Words) -> str:
    """ "Luogo: …" or "Collegamento: …": what a reminder must carry (empty when missing)."""
    if session.modality is Modality.WEBINAR:
        link = session.webinar_link.strip()
        return words.link.format(link=link) if link else ""
    place = _place(session)
    return words.venue.format(place=place) if place else ""


def _hours(session: Session, items: Sequence[ProgrammeItem], words: _Words) -> str:
    """ "dalle 9:30 alle 13:00", from the session's times or the programme's."""
    span = session_hours(session, items)
    start, _, end = (part.removeprefix("0") for part in span.partition("–"))
    return words.hours.format(start=start, end=end) if end else start


def _signature(practice: Practice) -> str:
    parts = (practice.contact_name, practice.office, practice.host_comune)
    return "\n".join(_line(part) for part in parts if part.strip())


def _change(
    session: Session, day: date | None, old_day: date | None, hours: str, words: _Words
) -> str:
    if session.status is SessionStatus.CANCELLED:
        return words.cancelled.format(day=words.day(day)) if day else ""
    if day is None:
        return ""
    text = words.held.format(day=words.day(day))
    text += "".join(f", {part}" for part in (hours, _where(session, words)) if part)
    if old_day is not None and old_day != day:
        text += words.instead.format(day=words.day(old_day))
    return text


def _english_when(session: Session) -> str:
    days = session_days(session)
    if not days:
        return "date to be decided"
    text = join_alternatives([_english_date(day) for day in days], "or")
    return text + (" (alternative dates; to be confirmed)" if len(days) > 1 else "")


def _english_values(
    session: Session, items: Sequence[ProgrammeItem], day: date | None, old_day: date | None
) -> dict[str, str]:
    hours = _hours(session, items, _ENGLISH_WORDS)
    return {
        "data": _english_date(day) if day else "",
        "date": _english_when(session) if session.open_days else "",
        "orario": hours,
        "dove": _where(session, _ENGLISH_WORDS),
        "accesso": _access(session, _ENGLISH_WORDS),
        "variazione": _change(session, day, old_day, hours, _ENGLISH_WORDS),
    }


def session_values(
    practice: Practice,
    session: Session,
    items: Sequence[ProgrammeItem],
    day: date | None,
    old_day: date | None = None,
    language: str = ITALIAN,
) -> dict[str, str]:
    """What every recipient of the session shares; with ``language`` "en" the dates, the
    times, the place and the change in English (an English text), else in Italian."""
    hours = _hours(session, items, _ITALIAN_WORDS)
    values = {
        "titolo": short_title(practice.title),
        "comune": _line(practice.host_comune),
        "ufficio": _line(practice.office),
        "firma": _signature(practice),
        "data": date_text(day) if day else "",
        "date": session_when(session) if session.open_days else "",
        "orario": hours,
        "luogo": _place(session),
        "link": session.webinar_link.strip(),
        "dove": _where(session, _ITALIAN_WORDS),
        "accesso": _access(session, _ITALIAN_WORDS),
        "posti": str(session.capacity),
        "variazione": _change(session, day, old_day, hours, _ITALIAN_WORDS),
    }
    if language == ENGLISH:
        values.update(_english_values(session, items, day, old_day))
    return values


def person_values(shared: dict[str, str], row: RosterEntry) -> dict[str, str]:
    """``shared`` with the person's own: name, Ente, place in line, hours attended."""
    full = " ".join(part for part in (_line(row.name), _line(row.surname)) if part)
    return {
        **shared,
        "saluto": f"Gentile {full}" if full else "",
        "saluto_en": f"Dear {full}" if full else "",
        "nome": _line(row.name),
        "cognome": _line(row.surname),
        "ente": _line(row.organisation),
        "posizione": str(row.waiting_position) if row.waiting_position else "",
        "ore": attended_text(row.minutes_attended),
    }


def organisation_values(shared: dict[str, str], name: str, contact: str) -> dict[str, str]:
    """``shared`` with an Ente's own: "Spett.le Comune di …", its contact as {nome}."""
    return {
        **shared,
        "saluto": f"Spett.le {_line(name)}" if name.strip() else "",
        "saluto_en": f"Dear colleagues of {_line(name)}" if name.strip() else "",
        "nome": _line(contact),
        "cognome": "",
        "ente": _line(name),
        "posizione": "",
        "ore": "",
    }
