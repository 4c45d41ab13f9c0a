"""Translation markers usable below the Qt layers.

The domain and the services must not import Qt, yet their messages reach the clerk.  They
mark each message with :func:`QT_TRANSLATE_NOOP` (the name ``pyside6-lupdate`` looks for), and
the GUI and the command line pass the marked text through ``QCoreApplication.translate`` with
the same context when they show it.  Source strings are Italian throughout the project.
"""

from __future__ import annotations

from collections.abc import Iterable


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; return it unchanged."""
    del context
    return text


MESSAGES_CONTEXT = "Messages"


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


#: The context of :func:`joined`'s template (nothing to translate: only its parts are).
JOINED_CONTEXT = "Joined"


def joined(parts: Iterable[Message | None], separator: str = " ") -> Message | None:
    """Several messages shown as one (a row's reasons, the rows a refusal lists), each part
    translated when shown; ``None`` when there is none, the part itself when there is one."""
    present = [part for part in parts if part is not None]
    if len(present) < 2:
        return present[0] if present else None
    gap = separator.replace("{", "{{").replace("}", "}}")
    template = gap.join(f"{{part{i}}}" for i in range(len(present)))
    return Message(JOINED_CONTEXT, template, **{f"part{i}": p for i, p in enumerate(present)})
