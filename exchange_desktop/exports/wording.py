"""The Italian sentences the documents build from the data, kept apart from the layout.

Plain Python (no reportlab), so that the wording can be tested and reused (file names, the
GUI's preview, later exports) without loading the PDF library.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date, time

from exchange_desktop.domain.calendar_rules import working_days_from
from exchange_desktop.domain.enums import Modality, SchedulingMode, SessionStatus, TransferMode
from exchange_desktop.domain.practice import Practice
from exchange_desktop.domain.programme import ProgrammeItem, format_duration
from exchange_desktop.domain.scheduling import Session
from exchange_desktop.formatting import DOCUMENT_LOCALE, join_alternatives, long_date, long_dates

_TRANSFER_MODES = {
    TransferMode.WORKSHOP: "Workshop in presenza.",
    TransferMode.WEBINAR: "Webinar sincrono.",
    TransferMode.EITHER: "Workshop in presenza o webinar sincrono.",
}
_CLOSING_PUNCTUATION = tuple(".:;?!…")
_TITLE_SEPARATORS = re.compile(r"\s*[:–—]\s+|\s+-\s+")
#: "Comune di Monza" → "Monza": the town a host Comune names, for "Monza, 22 aprile 2026".
_TOWN = re.compile(r"^(?:comune|città)\s+(?:di|del|della|dei|degli|dell'|dell’)\s*", re.I)


def capitalize_first(text: str) -> str:
    """ "lunedì 20 aprile" → "Lunedì 20 aprile" (the rest untouched)."""
    return text[:1].upper() + text[1:]


def lower_first(text: str) -> str:
    """ "Personale amministrativo" → "personale amministrativo"; "ASST Monza" stays."""
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def date_text(day: date, *, capital: bool = False) -> str:
    """ "lunedì 20 aprile 2026", or "Lunedì …" at the start of a line."""
    text = long_date(day, DOCUMENT_LOCALE)
    return capitalize_first(text) if capital else text


def time_range(start: time | None, end: time | None) -> str:
    """ "09:30–10:30"; one end alone is printed alone; empty without times."""
    if start and end:
        return f"{start:%H:%M}–{end:%H:%M}"
    if start or end:
        return f"{(start or end):%H:%M}"
    return ""


def transfer_mode_text(mode: TransferMode) -> str:
    return _TRANSFER_MODES[mode]


def participants_text(max_participants: int, profiles: Iterable[str]) -> str:
    """ "Massimo 10 persone, tra personale amministrativo e/o progettista di interventi …"."""
    people = "persona" if max_participants == 1 else "persone"
    text = f"Massimo {max_participants} {people}"
    names = [lower_first(p.strip()) for p in profiles if p.strip()]
    if len(names) == 1:
        return f"{text}: {names[0]}"
    if names:
        return f"{text}, tra {join_alternatives(names, 'e/o')}"
    return text


def duration_text(days: int) -> str:
    """ "1 giornata di scambio e formazione", "2 giornate di scambio e formazione"."""
    unit = "giornata" if days == 1 else "giornate"
    return f"{days} {unit} di scambio e formazione"


def topic_heading(title: str, *, followed_by_text: bool) -> str:
    """The bold part of a numbered topic: "Titolo:" when a text follows, as on the form."""
    title = " ".join(title.split())
    if followed_by_text and not title.endswith(_CLOSING_PUNCTUATION):
        return f"{title}:"
    return title


def short_title(title: str) -> str:
    """The part of a long title before its first colon or dash, for file names and footers.

    "Patti di Cittadinanza: interventi e progettualità …" → "Patti di Cittadinanza".
    """
    title = " ".join(title.split())
    head = _TITLE_SEPARATORS.split(title, maxsplit=1)[0].strip()
    return head or title


def live_sessions(sessions: Iterable[Session]) -> list[Session]:
    """The sessions that still take place, in the order of their (first) date."""
    live = [s for s in sessions if s.status is not SessionStatus.CANCELLED]
    return sorted(live, key=lambda s: s.confirmed_day or min(s.open_days, default=date.max))


def session_days(session: Session) -> list[date]:
    """The confirmed day alone once there is one, else every date still in play."""
    confirmed = session.confirmed_day
    return [confirmed] if confirmed else session.open_days


def held_on(start: date, length: int = 1, patron_day: str = "") -> str:
    """The days of a session starting on ``start`` that lasts ``length`` working days:
    "lunedì 20 aprile 2026", "lunedì 20 e martedì 21 aprile 2026"."""
    if length <= 1:
        return date_text(start)
    return long_dates(working_days_from(start, length, patron_day), DOCUMENT_LOCALE)


def session_when(session: Session, length: int = 1, patron_day: str = "") -> str:
    """ "lunedì 20 aprile 2026", or "lunedì 20 aprile 2026 o lunedì 27 aprile 2026 (…)";
    each with its following days for a session of ``length`` days."""
    days = session_days(session)
    if not days:
        return "data da definire"
    text = join_alternatives([held_on(day, length, patron_day) for day in days], "o")
    if len(days) > 1:
        text += " (in alternativa; data da confermare)"
    return text


def scheduling_intro(mode: SchedulingMode, date_count: int) -> str:
    """The sentence before the dates on the card, saying what "O" and "E" mean."""
    if date_count <= 1:
        return ""
    if mode is SchedulingMode.ALTERNATIVE:
        return "Date alternative (“O”): lo scambio si terrà in una sola delle date seguenti."
    return "Più sessioni (“E”): ogni data è una sessione di scambio a sé."


def footer_subject(practice: Practice) -> str:
    """ "Comune di Monza – Patti di Cittadinanza": who and what, for every page footer."""
    parts = (practice.host_comune.strip(), short_title(practice.title))
    return " – ".join(part for part in parts if part)


def session_place(session: Session, *, link: bool = True) -> str:
    """Where: the venue and room, or "Webinar sincrono" with its link when known.

    Without ``link`` a webinar is just "Webinar" (a sheet to print has no use for the link).
    """
    if session.modality is Modality.WEBINAR:
        if not link:
            return "Webinar"
        address = session.webinar_link.strip()
        if address:
            return f"Webinar sincrono – {address}"
        return "Webinar sincrono (il link sarà inviato)"
    return ", ".join(part.strip() for part in (session.venue, session.room) if part.strip())


def session_hours(session: Session, items: Sequence[ProgrammeItem]) -> str:
    """The session's own times, else the span of the timed items of the programme."""
    if session.start_time and session.end_time:
        return time_range(session.start_time, session.end_time)
    timed = [item for item in items if item.start_time and item.end_time]
    if not timed:
        return ""
    start = min(item.start_time for item in timed if item.start_time)
    end = max(item.end_time for item in timed if item.end_time)
    return time_range(start, end)


def attended_text(minutes: int) -> str:
    """ "3 h 30 min" from 210 minutes; empty for none."""
    return format_duration(minutes) if minutes > 0 else ""


def duration_words(minutes: int) -> str:
    """A duration in words, as an attestato says it: "6 ore e 45 minuti", "1 ora",
    "1 minuto", "7 ore"; "0 minuti" for none."""
    hours, rest = divmod(max(0, minutes), 60)
    parts = []
    if hours:
        parts.append(f"{hours} {'ora' if hours == 1 else 'ore'}")
    if rest or not hours:
        parts.append(f"{rest} {'minuto' if rest == 1 else 'minuti'}")
    return " e ".join(parts)


#: The Excel column of the hours says it with the attestato's words.
HOURS_HEADING = "Ore complessive di presenza"


def hours_of_total(minutes: int, planned_minutes: int) -> str:
    """ "per complessive 3 ore e 30 minuti su 7 ore previste"; empty when nothing was
    planned, since then the hours cannot be told against anything (and a programme without
    times has none)."""
    if planned_minutes <= 0:
        return ""
    return (
        f"per complessive {duration_words(minutes)} su {duration_words(planned_minutes)} previste"
    )


#: "Prot. n. 12", "prot.n° 12", "protocollo n. 12", "n. 12", "N° 12": what a clerk may type
#: before the number itself, which the attestato prints after its own "Prot. n.".
_PROTOCOL_PREFIX = re.compile(
    r"^\s*(?:prot(?:ocollo|\.)?\s*)?(?:(?:n|nr|num)(?![^\W\d_])\s*[.°º]?)?\s*(?=\S)", re.I
)


def protocol_text(number: str) -> str:
    """ "Prot. n. 12345/2026" from "12345/2026" or "n. 12345/2026"; empty without a number."""
    number = " ".join(number.split())
    if not number:
        return ""
    rest = _PROTOCOL_PREFIX.sub("", number, count=1)
    if not any(ch.isalnum() for ch in rest):
        return ""  # "n." alone: no number yet
    return f"Prot. n. {rest}"


def town_of(host_comune: str) -> str:
    """ "Comune di Monza" → "Monza"; empty when the host is not a Comune or a Città."""
    host = " ".join(host_comune.split())
    town = _TOWN.sub("", host, count=1)
    return town if town != host else ""


def organised_by(host: str) -> str:
    """ "dal Comune di Monza", "dalla Città di Lecco", "dall'Unione …": the host with its
    preposition, as after "organizzata"; "da …" when the article cannot be told.
    """
    host = " ".join(host.split())
    first = host.split(" ", 1)[0].casefold()
    if first in {"comune", "settore", "servizio", "consorzio", "municipio"}:
        return f"dal {host}"
    if first in {"città", "regione", "provincia", "fondazione", "direzione"}:
        return f"dalla {host}"
    if first[:1] in set("aeiouàèéìòù"):
        return f"dall'{host}"  # l'Unione, l'Ente, l'ASST
    return f"da {host}"


def default_privacy_notice(
    host_comune: str = "", *, controller: str = "", dpo: str = "", info: str = ""
) -> str:
    """The short privacy notice printed on the sign-in sheet unless the clerk writes one.

    It names what art. 13 GDPR asks a short notice to name (controller, DPO contact, legal
    basis, purpose, where the full informativa is) and says that signing needs no consent:
    a Comune keeps the register for a public task, not on the participants' consent.
    ``controller`` defaults to the host Comune; empty ``dpo`` and ``info`` to the Comune's
    institutional website, where every public body publishes both.
    """
    owner = " ".join((controller or host_comune).split()) or "l'Ente ospitante"
    dpo = " ".join(dpo.split()) or "contatti sul sito istituzionale del Comune"
    info = " ".join(info.split())
    full = (
        f"Informativa completa: {info.rstrip('.')}."
        if info
        else "L'informativa completa è pubblicata sul sito istituzionale del Comune."
    )
    return (
        "Informativa sul trattamento dei dati personali (art. 13 Reg. UE 2016/679 – GDPR). "
        f"Titolare del trattamento: {owner}. Responsabile della protezione dei dati (RPD): {dpo}. "
        "I dati di questo registro (nome, Ente, ruolo, firma, orari) sono trattati per "
        "l'esecuzione di un compito di interesse pubblico (art. 6, par. 1, lett. e) GDPR e "
        "art. 2-ter D.Lgs. 196/2003), al fine di attestare la presenza all'attività formativa "
        "e di rilasciare l'attestato di partecipazione: la firma è necessaria a tal fine e "
        "non richiede il consenso. I dati non sono diffusi e il registro è conservato come "
        "documento d'archivio; gli interessati possono esercitare i diritti di cui agli "
        f"artt. 15 e seguenti del GDPR rivolgendosi al titolare. {full}"
    )
