"""Reading the coat of arms the clerk picks for the attestati: a PNG or an SVG file, checked
once when chosen (so that a wrong file is refused then, not at the next export)."""

from __future__ import annotations

from pathlib import Path

from exchange_desktop.domain.certificates import MAX_COAT_OF_ARMS_BYTES, coat_of_arms_format_of
from exchange_desktop.domain.errors import DomainError
from exchange_desktop.i18n import MESSAGES_CONTEXT, QT_TRANSLATE_NOOP, Message


def _error(template: str, **params: object) -> DomainError:
    return DomainError(Message(MESSAGES_CONTEXT, template, **params))


def read_coat_of_arms(path: Path | str) -> tuple[bytes, str]:
    """The file's bytes and its format ("png" or "svg"), or a :class:`DomainError` saying
    why it cannot be the coat of arms (unreadable, too big, another kind of file, broken)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_COAT_OF_ARMS_BYTES:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Il file {name} è troppo grande per uno stemma ({size} KB; al massimo "
                    "{max} KB).",
                ),
                name=path.name,
                size=size // 1024,
                max=MAX_COAT_OF_ARMS_BYTES // 1024,
            )
        data = path.read_bytes()
    except OSError as exc:
        raise _error(
            QT_TRANSLATE_NOOP("Messages", "Impossibile leggere il file {name}: {reason}"),
            name=path.name,
            reason=exc.strerror or str(exc),
        ) from exc
    image_format = coat_of_arms_format_of(data)
    if not image_format:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Il file {name} non è un'immagine PNG o SVG: lo stemma deve essere in uno di "
                "questi formati.",
            ),
            name=path.name,
        )
    from exchange_desktop.exports.coat_of_arms import coat_of_arms

    coat_of_arms(data, image_format, 100, 100)  # raises for a broken image
    return data, image_format
