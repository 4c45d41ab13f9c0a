"""Translation markers usable below the Qt layers.

The domain and the services must not import Qt, yet their messages reach the clerk.  They
mark each message with :func:`QT_TRANSLATE_NOOP` (the name ``pyside6-lupdate`` looks for), and
the GUI and the command line pass the marked text through ``QCoreApplication.translate`` with
the same context when they show it.  Source strings are Italian throughout the project.
"""

from __future__ import annotations

from collections.abc import Callable


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; return it unchanged."""
    del context
    return text


MESSAGES_CONTEXT = "Messages"

_translator: list[Callable[[str, str], str]] = []


def install_translator(function: Callable[[str, str], str]) -> None:
    """The GUI and the command line hand over ``QCoreApplication.translate`` at start-up."""
    _translator[:] = [function]


def translate_now(context: str, text: str) -> str:
    """A marked text in the interface language, for the few labels (not messages) that
    services build for the screen; unchanged when no translator is installed.
    """
    return _translator[0](context, text) if _translator else text


class Message:
    """A user-facing message: a marked source text, its context and the values to fill in.

    ``str(message)`` gives the Italian source text; the Qt layers translate ``template`` in
    ``context`` first and then fill in the values, so translators see ``{name}`` placeholders.
    """

    __slots__ = ("context", "params", "template")

    def __init__(self, context: str, template: str, **params: object) -> None:
        self.context = context
        self.template = template
        self.params = params

    def render(self, template: str | None = None) -> str:
        """Fill the values into ``template`` (a translation) or into the source text."""
        return (template or self.template).format(**self.params)

    def now(self) -> str:
        """The message in the interface language (values that are messages too), for the
        texts a service builds for the screen (:func:`translate_now`); the source text when
        no translator is installed."""
        params = {
            name: value.now() if isinstance(value, Message) else value
            for name, value in self.params.items()
        }
        return translate_now(self.context, self.template).format(**params)

    def __str__(self) -> str:
        return self.render()

    def __repr__(self) -> str:
        return f"Message({self.context!r}, {self.template!r}, **{self.params!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Message) and (
            (self.context, self.template, self.params)
            == (other.context, other.template, other.params)
        )

    def __hash__(self) -> int:
        return hash((self.context, self.template))
