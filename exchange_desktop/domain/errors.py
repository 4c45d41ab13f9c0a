"""Errors the clerk can be told about; each carries a translatable :class:`Message`."""

from __future__ import annotations

from collections.abc import Mapping

from exchange_desktop.i18n import MESSAGES_CONTEXT, QT_TRANSLATE_NOOP, Message


class DomainError(Exception):
    """A problem with the data or the request, explained to the user; never a bug."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


class NotFoundError(DomainError):
    """The record asked for does not exist (any more)."""


class ValidationError(DomainError):
    """One or more fields are wrong; ``errors`` maps each field name to its message."""

    def __init__(self, errors: dict[str, Message]) -> None:
        first_field, first = next(iter(errors.items()))
        del first_field
        super().__init__(first)
        self.errors = errors


def not_found(template: str, record_id: object) -> NotFoundError:
    """Build the error for a missing record; ``template`` is a marked text with ``{id}``."""
    return NotFoundError(Message(MESSAGES_CONTEXT, template, id=record_id))


def raise_if_any(errors: dict[str, Message]) -> None:
    """Raise :class:`ValidationError` when a validation found problems."""
    if errors:
        raise ValidationError(errors)


class ConflictError(DomainError):
    """Fields changed elsewhere since the form showed them; ``current`` holds their new values."""

    def __init__(self, message: Message, current: dict[str, object]) -> None:
        super().__init__(message)
        self.current = current


def raise_if_changed_elsewhere(stored: object, expected: Mapping[str, object] | None) -> None:
    """Compare-and-set for a form: refuse when a field no longer holds the value it loaded.

    ``expected`` maps each field about to be written to the value the form was showing;
    another window or a colleague may have saved a different one since.  None skips the check
    (the command line writes what it is told).
    """
    if not expected:
        return
    current = {
        name: getattr(stored, name)
        for name, value in expected.items()
        if getattr(stored, name) != value
    }
    if current:
        raise ConflictError(
            Message(
                MESSAGES_CONTEXT,
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Nel frattempo questo campo è stato modificato da un'altra finestra o da un "
                    "altro utente: ora è mostrato il valore salvato al posto della modifica.",
                ),
            ),
            current,
        )
