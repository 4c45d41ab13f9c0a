"""Calendar files (.ics, RFC 5545) for a session: pure data in, bytes out, made with icalendar.

One event per day of the session.  Each event's UID is built from the practice, the session
and the day's number within the session (not from the date), so that after a reschedule the
new file updates the event already in Outlook instead of adding a second one; SEQUENCE counts
the reschedules, which tells the calendar the new version wins.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from exchange_desktop.domain.enums import ItemKind, Modality, SessionStatus
from exchange_desktop.domain.practice import Practice
from exchange_desktop.domain.programme import ProgrammeItem, item_numbers
from exchange_desktop.domain.scheduling import Session
from exchange_desktop.exports.wording import short_title

TIMEZONE = "Europe/Rome"
DEFAULT_START = time(9, 0)
DEFAULT_END = time(17, 0)
PRODID = "-//Exchange Desktop//Scambi di buone pratiche//IT"
SUMMARY_PREFIX = "Scambio di buone pratiche"
MAX_SLUG = 60

_STATUSES = {
    SessionStatus.PROPOSED: "TENTATIVE",
    SessionStatus.CONFIRMED: "CONFIRMED",
    SessionStatus.HELD: "CONFIRMED",
    SessionStatus.CANCELLED: "CANCELLED",
}
_MODALITIES = {Modality.IN_PERSON: "in presenza", Modality.WEBINAR: "webinar sincrono"}


def host_slug(host: str) -> str:
    """ "Comune di Monza" → "comune-di-monza": the right-hand part of every UID."""
    ascii_text = unicodedata.normalize("NFKD", host).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:MAX_SLUG].strip("-")
    return slug or "exchange-desktop"


def event_uid(practice: Practice, session: Session, day_number: int) -> str:
    """The stable identity of the ``day_number``-th day (from 1) of a session."""
    return (
        f"exchange-desktop-practice-{practice.id}-session-{session.id}-day-{day_number}"
        f"@{host_slug(practice.host_comune)}"
    )


def event_summary(practice: Practice, day_number: int, day_count: int) -> str:
    """ "Scambio di buone pratiche: Patti di Cittadinanza" (with "giorno 1 di 2" if several)."""
    title = short_title(practice.title)
    summary = f"{SUMMARY_PREFIX}: {title}" if title else SUMMARY_PREFIX
    if day_count > 1:
        summary += f" (giorno {day_number} di {day_count})"
    return summary


def session_location(practice: Practice, session: Session) -> str:
    """Venue and room, or the webinar link; the host Comune when nothing more is known."""
    if session.modality is Modality.WEBINAR and session.webinar_link.strip():
        return session.webinar_link.strip()
    place = ", ".join(part.strip() for part in (session.venue, session.room) if part.strip())
    return place or practice.host_comune.strip()


def _host_line(practice: Practice) -> str:
    parts = (practice.host_comune, practice.sector, practice.office)
    return " – ".join(" ".join(part.split()) for part in parts if part.strip())


def event_description(practice: Practice, items: Sequence[ProgrammeItem], session: Session) -> str:
    """The Italian text of the event: the practice, the host, the programme's titles."""
    lines = [f"{SUMMARY_PREFIX}: {' '.join(practice.title.split())}"]
    host = _host_line(practice)
    if host:
        lines.append(f"Ente ospitante: {host}")
    topics = [
        (number, " ".join(item.title.split()))
        for item, number in zip(items, item_numbers(list(items)), strict=True)
        if item.kind is ItemKind.TOPIC and number is not None
    ]
    if topics:
        lines.extend(["", "Programma:"])
        lines.extend(f"{number}. {title}" for number, title in topics)
    lines.append("")
    lines.append(f"Modalità: {_MODALITIES[session.modality]}")
    if session.modality is Modality.WEBINAR and session.webinar_link.strip():
        lines.append(f"Collegamento: {session.webinar_link.strip()}")
    place = ", ".join(part.strip() for part in (session.venue, session.room) if part.strip())
    if place and session.modality is Modality.IN_PERSON:
        lines.append(f"Sede: {place}")
    contact = ", ".join(
        part.strip()
        for part in (practice.contact_name, practice.contact_email, practice.contact_phone)
        if part.strip()
    )
    if contact:
        lines.append(f"Referente: {contact}")
    if session.notes.strip():
        lines.extend(["", session.notes.strip()])
    return "\n".join(lines)


def _times(session: Session) -> tuple[time, time]:
    start = session.start_time or DEFAULT_START
    end = session.end_time or DEFAULT_END
    if end <= start:  # only one of the two times given, late in the day
        end = min((datetime.combine(date.min, start) + timedelta(hours=1)).time(), time(23, 59))
    return start, end


def session_calendar(
    practice: Practice,
    items: Sequence[ProgrammeItem],
    session: Session,
    days: Sequence[date],
    *,
    sequence: int = 0,
    stamp: datetime | None = None,
) -> bytes:
    """The .ics file of ``session`` held on ``days`` (one event per day), as bytes.

    ``sequence`` is the number of times the session was moved; ``stamp`` the time of the
    export (now, in UTC, when not given).
    """
    import icalendar  # loaded only when a calendar file is written

    zone = ZoneInfo(TIMEZONE)
    stamp = stamp or datetime.now(timezone.utc).replace(microsecond=0)
    start_time, end_time = _times(session)
    description = event_description(practice, items, session)
    location = session_location(practice, session)

    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    for number, day in enumerate(days, start=1):
        event = icalendar.Event()
        event.add("uid", event_uid(practice, session, number))
        event.add("dtstamp", stamp)
        event.add("sequence", sequence)
        event.add("summary", event_summary(practice, number, len(days)))
        event.add("description", description)
        if location:
            event.add("location", location)
        if session.modality is Modality.WEBINAR and session.webinar_link.strip():
            event.add("url", session.webinar_link.strip())
        event.add("dtstart", datetime.combine(day, start_time, tzinfo=zone))
        event.add("dtend", datetime.combine(day, end_time, tzinfo=zone))
        event.add("status", _STATUSES[session.status])
        event.add("transp", "OPAQUE")
        calendar.add_component(event)
    if days:
        calendar.add_missing_timezones(
            first_date=date(min(days).year - 1, 1, 1), last_date=date(max(days).year + 2, 1, 1)
        )
    return calendar.to_ical()
