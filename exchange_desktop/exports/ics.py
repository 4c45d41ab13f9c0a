"""Calendar files (.ics, RFC 5545) for a session: pure data in, bytes out, made with icalendar.

One event per day of the session.  Each event's UID is built from the practice, the session
and the day's number within the session (not from the date), so that after a reschedule the
new file updates the event already in Outlook instead of adding a second one.  SEQUENCE is
chosen by the caller (``services.calendar``): it must rise whenever anything Outlook shows
changes, otherwise Outlook keeps its old copy.  What "anything" is, is :func:`event_fingerprint`:
a hash of exactly the fields written here, so the two can never drift apart.

The Europe/Rome VTIMEZONE is written by hand in the RRULE form Outlook itself produces (two
yearly rules, last Sunday of March and of October) rather than icalendar's generated list of
RDATEs, which covers only a few years and which some Outlook versions read badly.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime, time, timedelta, timezone
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from exchange_desktop.domain.enums import ItemKind, Modality, SessionStatus
from exchange_desktop.domain.practice import Practice
from exchange_desktop.domain.programme import ProgrammeItem, item_numbers
from exchange_desktop.domain.scheduling import Session
from exchange_desktop.exports.wording import short_title

if TYPE_CHECKING:
    import icalendar

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


def _times(session: Session, items: Sequence[ProgrammeItem]) -> tuple[time, time] | None:
    """The session's times, else the span of the programme's timed items; None when
    nothing says when the day begins and ends (the event is then a whole day's)."""
    if session.start_time is None and session.end_time is None:
        timed = [item for item in items if item.start_time and item.end_time]
        if not timed:
            return None
        return (
            min(item.start_time for item in timed if item.start_time),
            max(item.end_time for item in timed if item.end_time),
        )
    start = session.start_time or DEFAULT_START
    end = session.end_time or DEFAULT_END
    if end <= start:  # only one of the two times given, late in the day
        end = min((datetime.combine(date.min, start) + timedelta(hours=1)).time(), time(23, 59))
    return start, end


@dataclass(frozen=True)
class EventFields:
    """What one day's VEVENT shows; not DTSTAMP and SEQUENCE, which say *when*, not *what*."""

    uid: str
    summary: str
    description: str
    location: str
    url: str
    #: A time for a timed event; a date (the end the day after) for a whole-day event.
    start: datetime | date
    end: datetime | date
    status: str


def calendar_events(
    practice: Practice, items: Sequence[ProgrammeItem], session: Session, days: Sequence[date]
) -> list[EventFields]:
    """The events of ``session`` held on ``days``, one per day: the single source of both the
    file and its fingerprint."""
    zone = ZoneInfo(TIMEZONE)
    times = _times(session, items)

    def bounds(day: date) -> tuple[datetime | date, datetime | date]:
        if times is None:  # DATE values: Outlook shows a whole-day event
            return day, day + timedelta(days=1)
        return datetime.combine(day, times[0], tzinfo=zone), datetime.combine(
            day, times[1], tzinfo=zone
        )

    description = event_description(practice, items, session)
    location = session_location(practice, session)
    link = session.webinar_link.strip() if session.modality is Modality.WEBINAR else ""
    return [
        EventFields(
            uid=event_uid(practice, session, number),
            summary=event_summary(practice, number, len(days)),
            description=description,
            location=location,
            url=link,
            start=bounds(day)[0],
            end=bounds(day)[1],
            status=_STATUSES[session.status],
        )
        for number, day in enumerate(days, start=1)
    ]


def event_fingerprint(
    practice: Practice, items: Sequence[ProgrammeItem], session: Session, days: Sequence[date]
) -> str:
    """A sha256 (hex) of everything the session's events show: equal fingerprints mean
    Outlook would see the same events, so SEQUENCE may stay; a different one means it must
    rise.  Canonical JSON (sorted keys, ISO times) keeps it stable across runs and machines.
    """
    events = [
        {**asdict(event), "start": event.start.isoformat(), "end": event.end.isoformat()}
        for event in calendar_events(practice, items, session, days)
    ]
    canonical = json.dumps(
        {"format": 1, "timezone": TIMEZONE, "events": events},
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def rome_timezone() -> icalendar.Timezone:
    """Europe/Rome as Outlook writes it: CET/CEST with the EU rules as yearly RRULEs.

    The DTSTARTs are local wall-clock times of the 1970 changes (03:00 CEST → 02:00 CET on
    the last Sunday of October, 02:00 CET → 03:00 CEST on the last Sunday of March).
    """
    import icalendar

    timezone_ = icalendar.Timezone()
    timezone_.add("tzid", TIMEZONE)
    for component, name, begins, offset_from, offset_to, month in (
        (icalendar.TimezoneStandard(), "CET", datetime(1970, 10, 25, 3, 0), 2, 1, 10),
        (icalendar.TimezoneDaylight(), "CEST", datetime(1970, 3, 29, 2, 0), 1, 2, 3),
    ):
        component.add("tzname", name)
        component.add("dtstart", begins)
        component.add("tzoffsetfrom", timedelta(hours=offset_from))
        component.add("tzoffsetto", timedelta(hours=offset_to))
        component.add("rrule", {"freq": "yearly", "bymonth": month, "byday": "-1su"})
        timezone_.add_component(component)
    return timezone_


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

    ``sequence`` is the version of the events (see ``services.calendar.calendar_sequence``);
    ``stamp`` the time of the export (now, in UTC, when not given).
    """
    import icalendar  # loaded only when a calendar file is written

    stamp = stamp or datetime.now(timezone.utc).replace(microsecond=0)
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    events = calendar_events(practice, items, session, days)
    if any(isinstance(fields.start, datetime) for fields in events):
        calendar.add_component(rome_timezone())
    for fields in events:
        event = icalendar.Event()
        event.add("uid", fields.uid)
        event.add("dtstamp", stamp)
        event.add("sequence", sequence)
        event.add("summary", fields.summary)
        event.add("description", fields.description)
        if fields.location:
            event.add("location", fields.location)
        if fields.url:
            event.add("url", fields.url)
        event.add("dtstart", fields.start)
        event.add("dtend", fields.end)
        event.add("status", fields.status)
        event.add("transp", "OPAQUE")
        calendar.add_component(event)
    text: bytes = calendar.to_ical()
    return text
