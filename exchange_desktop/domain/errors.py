"""Errors the clerk can be told about; each carries a translatable :class:`Message`."""

from __future__ import annotations

from exchange_desktop.i18n import MESSAGES_CONTEXT, Message


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
