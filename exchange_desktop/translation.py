"""Translating marked messages for the GUI and the command line (through Qt's translators)."""

from __future__ import annotations

from exchange_desktop.domain.errors import DomainError, ValidationError
from exchange_desktop.formatting import SessionDays
from exchange_desktop.i18n import Message
from exchange_desktop.language import translate as _translate


def tr_message(message: Message) -> str:
    """The message in the user's language, with its values filled in.

    A value that is itself a message (a marked fragment such as "il foglio firme") is
    translated too.
    """
    params = {name: localized(value) for name, value in message.params.items()}
    return _translate(message.context, message.template).format(**params)


def localized(value: object) -> object:
    """A value as the interface shows it: a message translated, a session's days
    (:class:`SessionDays`) said in the interface language, anything else as it is."""
    if isinstance(value, Message):
        return tr_message(value)
    if isinstance(value, SessionDays):
        return value.localized(_translate)
    return value


def describe_error(error: DomainError) -> str:
    """One line for the user; a validation error names each wrong field's problem."""
    if isinstance(error, ValidationError) and len(error.errors) > 1:
        return " ".join(tr_message(m) for m in error.errors.values())
    return tr_message(error.message)


def translate(context: str, text: str) -> str:
    """A marked source text in the user's language (for texts marked outside a widget)."""
    return _translate(context, text)
