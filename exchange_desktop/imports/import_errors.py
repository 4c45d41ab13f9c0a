"""The error every import raises for a file it cannot use, shared by the readers.

In a module of its own so that the readers (spreadsheet, sheet_extent, attendance reports)
can raise it without importing one another.
"""

from __future__ import annotations

from pathlib import Path

from exchange_desktop.domain.errors import DomainError
from exchange_desktop.i18n import MESSAGES_CONTEXT, Message


class ImportFileError(DomainError):
    """The file cannot be imported; the message says why and what to do."""


def file_error(template: str, path: Path, **params: object) -> ImportFileError:
    """The error for ``path``; ``template`` is a marked text with ``{path}``."""
    return ImportFileError(Message(MESSAGES_CONTEXT, template, path=str(path), **params))
