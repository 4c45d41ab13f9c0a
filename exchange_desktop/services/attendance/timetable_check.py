"""The timetable's contradictions before a document counts hours: a sheet or an attestato
made from a programme that contradicts the session's times would print hours nobody can
defend, so it is refused until the clerk fixes the timetable or confirms it as it is."""

from __future__ import annotations

from sqlalchemy.orm import Session as OrmSession

from exchange_desktop.domain.errors import DomainError
from exchange_desktop.domain.timetable import timetable_warnings
from exchange_desktop.i18n import QT_TRANSLATE_NOOP, Message
from exchange_desktop.services.practices.programme import items_of
from exchange_desktop.services.scheduling.session_rows import message, session_row
from exchange_desktop.storage.database import Database
from exchange_desktop.storage.models import SessionRow


class TimetableError(DomainError):
    """The timetable contradicts itself; ``problems`` says how, one sentence each."""

    def __init__(self, document: Message, problems: list[Message]) -> None:
        super().__init__(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Impossibile preparare {document}: l'orario della giornata non torna. "
                    "{first} Correggere il programma o l'orario della sessione (scheda Date), "
                    "oppure confermarlo così com'è.",
                ),
                document=document,
                first=problems[0],
            )
        )
        self.problems = problems


def problems_in(orm: OrmSession, row: SessionRow) -> list[Message]:
    """The contradictions of the session's timetable; none once the clerk set the sittings
    by hand (Partecipanti → Sedute), which settles them."""
    if row.sittings:
        return []
    return timetable_warnings(items_of(orm, row.practice_id), row.start_time, row.end_time)


def timetable_problems(db: Database, session_id: int) -> list[Message]:
    """:func:`problems_in` for the window, before it asks where to save."""
    with db.read() as orm:
        return problems_in(orm, session_row(orm, session_id))


def check_timetable(orm: OrmSession, row: SessionRow, document: Message, accept: bool) -> None:
    """Refuse (:class:`TimetableError`) unless the timetable holds or ``accept``."""
    if accept:
        return
    problems = problems_in(orm, row)
    if problems:
        raise TimetableError(document, problems)
