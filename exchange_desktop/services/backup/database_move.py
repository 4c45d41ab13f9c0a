"""Moving an office's data to another database: from the local file to the new server.

Only into an empty database (the program creates the schema, nothing else), so nothing
already there is ever mixed with or overwritten by the copied data; the copy is one
transaction, checked table by table before it is reported done.
"""

from __future__ import annotations

from exchange_desktop.domain.errors import DomainError
from exchange_desktop.i18n import MESSAGES_CONTEXT, QT_TRANSLATE_NOOP, Message
from exchange_desktop.storage.database import Database
from exchange_desktop.storage.snapshot import Progress, copy_all, row_counts


def move_data(
    source: Database, target: Database, progress: Progress | None = None
) -> dict[str, int]:
    """Copy all of ``source`` into the empty ``target``; the rows per table, as copied."""
    if source.location == target.location:
        raise DomainError(
            Message(
                MESSAGES_CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Messages", "Il database di destinazione {path} è quello di partenza."
                ),
                path=target.label,
            )
        )
    if any(row_counts(target).values()):
        raise DomainError(
            Message(
                MESSAGES_CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Il database {path} contiene già dei dati: i dati si trasferiscono solo in "
                    "un database vuoto. Non è stato modificato nulla.",
                ),
                path=target.label,
            )
        )
    copy_all(source, target, replace=False, progress=progress)
    expected, copied = row_counts(source), row_counts(target)
    if copied != expected:  # another program wrote into the target meanwhile
        raise DomainError(
            Message(
                MESSAGES_CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Il trasferimento in {path} non corrisponde ai dati di partenza: "
                    "controllare che nessun altro stia usando il database e riprovare.",
                ),
                path=target.label,
            )
        )
    return copied
