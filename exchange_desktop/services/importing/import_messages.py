"""The sentences an import says about rows: one per wrong field, and the refusal that lists
the first rows with errors (and counts the rest), so that the clerk can fix the file.

They are :class:`Message`s, translated where they are shown (the window, the command line).
"""

from __future__ import annotations

from exchange_desktop.domain.errors import DomainError, ValidationError
from exchange_desktop.domain.validation import name_key
from exchange_desktop.i18n import MESSAGES_CONTEXT, QT_TRANSLATE_NOOP, Message, joined
from exchange_desktop.services.importing.import_mapping import FIELD_LABELS

CONTEXT = "ParticipantImport"
#: How many row errors the refusal message spells out (the rest are counted).
ERRORS_SHOWN = 5


def _message(template: str, **params: object) -> Message:
    return Message(MESSAGES_CONTEXT, template, **params)


def reason_of(errors: dict[str, Message]) -> Message | None:
    """ "Manca il cognome. Email: Indirizzo email non valido (…)." — one sentence per field
    (``None`` without errors)."""
    parts = []
    for name, problem in errors.items():
        label, text = FIELD_LABELS.get(name, name), str(problem)
        if name_key(text).startswith(name_key(label)):
            parts.append(problem)
        else:
            parts.append(
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP("ParticipantImport", "{field}: {problem}"),
                    field=Message(CONTEXT, label),
                    problem=problem,
                )
            )
    return joined(parts)


def refusal(errors: list[tuple[int, Message]]) -> DomainError:
    parts: list[Message | None] = [
        Message(
            CONTEXT,
            QT_TRANSLATE_NOOP("ParticipantImport", "Riga {row}: {reason}"),
            row=n,
            reason=why,
        )
        for n, why in errors[:ERRORS_SHOWN]
    ]
    more = len(errors) - ERRORS_SHOWN
    if more == 1:
        parts.append(Message(CONTEXT, QT_TRANSLATE_NOOP("ParticipantImport", "(e un'altra riga)")))
    elif more > 1:
        parts.append(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP("ParticipantImport", "(e altre {count} righe)"),
                count=more,
            )
        )
    if len(errors) == 1:
        template = QT_TRANSLATE_NOOP(
            "Messages",
            "Importazione annullata, nessuna persona è stata aggiunta: una riga ha errori. "
            "{rows} Correggere il file oppure importare saltando le righe con errori.",
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "Messages",
            "Importazione annullata, nessuna persona è stata aggiunta: {count} righe hanno "
            "errori. {rows} Correggere il file oppure importare saltando le righe con errori.",
        )
    return DomainError(_message(template, count=len(errors), rows=joined(parts)))


def describe(error: DomainError) -> Message:
    if isinstance(error, ValidationError):
        return reason_of(error.errors) or error.message
    return error.message
