"""The documents the office sends out: the practice card and the programme, as PDF files.

The PDF modules (and reportlab with them) are imported only when a document is written, so
that importing this module — the GUI does it for the file names — stays cheap.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Callable, Sequence
from enum import Enum
from pathlib import Path

from exchange_desktop.domain.errors import DomainError
from exchange_desktop.domain.practice import Practice
from exchange_desktop.domain.programme import ProgrammeItem
from exchange_desktop.domain.scheduling import Session
from exchange_desktop.exports.wording import short_title
from exchange_desktop.files import atomic_write
from exchange_desktop.i18n import MESSAGES_CONTEXT, QT_TRANSLATE_NOOP, Message
from exchange_desktop.services.practices.catalogue import get_practice
from exchange_desktop.services.practices.programme import list_items
from exchange_desktop.services.scheduling.sessions import list_sessions
from exchange_desktop.storage.database import Database

PDF_SUFFIX = ".pdf"
MAX_FILE_STEM = 80

#: Characters Windows refuses in file names; control characters are dropped separately.
_ILLEGAL_IN_NAMES = re.compile(r'[<>:"/\\|?*]')
_UNPRINTABLE = {"Cc", "Cs", "Cf"}
#: Device names Windows keeps for itself, with or without an extension ("nul.txt").
_RESERVED_NAMES = re.compile(r"^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])$", re.IGNORECASE)


class DocumentKind(str, Enum):
    """Which document: used for the suggested file name."""

    PRACTICE_CARD = "card"
    PROGRAMME = "programme"


_FILE_PREFIXES = {
    DocumentKind.PRACTICE_CARD: "Scheda buona pratica",
    DocumentKind.PROGRAMME: "Programma",
}

Writer = Callable[[Path, Practice, Sequence[ProgrammeItem], Sequence[Session]], Path]


def safe_name_part(text: str) -> str:
    """A piece of a file name valid on Windows, from user text (a title, a person's name).

    No characters Windows refuses, no control characters, no invisible format characters
    (a right-to-left override would disguise "gpj.exe" as "exe.jpg"), at most
    :data:`MAX_FILE_STEM` characters, no dot or space at the end, never a reserved device
    name such as CON or COM1 (prefixed with "_").  Empty when nothing usable is left.
    """
    text = _ILLEGAL_IN_NAMES.sub(" ", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) not in _UNPRINTABLE)
    text = " ".join(text.split())[:MAX_FILE_STEM].rstrip(" .")
    if _RESERVED_NAMES.match(text.split(".")[0].rstrip(" ")):
        text = "_" + text[: MAX_FILE_STEM - 1]
    return text


def suggested_file_name(practice: Practice, kind: DocumentKind | str) -> str:
    """A file name for the save dialog, valid on Windows.

    "Scheda buona pratica - Patti di Cittadinanza.pdf": the short title (before a colon or a
    dash), without characters Windows refuses, at most about 80 characters, never ending in
    a dot or a space.
    """
    prefix = _FILE_PREFIXES[DocumentKind(kind)]
    title = safe_name_part(short_title(practice.title)).strip(" .")
    stem = f"{prefix} - {title}" if title else prefix
    if len(stem) > MAX_FILE_STEM:
        cut = stem[:MAX_FILE_STEM]
        word_end = cut.rfind(" ")
        stem = cut[:word_end] if word_end > len(prefix) + 3 else cut
    stem = stem.rstrip(" .-–—,;")
    return stem + PDF_SUFFIX


def _error(template: str, path: Path) -> DomainError:
    return DomainError(Message(MESSAGES_CONTEXT, template, path=str(path)))


def check_pdf_path(out_path: Path | str) -> Path:
    """The target as a path, or a clear error: it must be a ``.pdf`` file, not a folder."""
    path = Path(out_path)
    if os.path.isdir(path):  # False, not an exception, for a name too long
        raise _error(
            QT_TRANSLATE_NOOP(
                "Messages", "{path} è una cartella: indicare il nome del file PDF da creare."
            ),
            path,
        )
    if path.suffix.lower() != PDF_SUFFIX:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Messages", "Il file {path} deve avere l'estensione .pdf (per esempio scheda.pdf)."
            ),
            path,
        )
    return path


def _export(db: Database, practice_id: int, out_path: Path | str, writer: Writer) -> Path:
    path = check_pdf_path(out_path)
    practice = get_practice(db, practice_id)
    items = list_items(db, practice_id)
    sessions = list_sessions(db, practice_id)
    atomic_write(path, lambda temp: writer(temp, practice, items, sessions))
    return path.absolute()


def export_practice_card(db: Database, practice_id: int, out_path: Path | str) -> Path:
    """Write the "Scheda della buona pratica" of a practice; return the file's absolute path.

    Raises :class:`DomainError` (a missing practice, a wrong target, a file that cannot be
    written); an existing file is replaced only once the new one is complete.
    """
    from exchange_desktop.exports.practice_card import write_practice_card

    return _export(db, practice_id, out_path, write_practice_card)


def export_programme(db: Database, practice_id: int, out_path: Path | str) -> Path:
    """Write the "Programma della giornata" of a practice; return the file's absolute path.

    Errors as for :func:`export_practice_card`.
    """
    from exchange_desktop.exports.programme_pdf import write_programme

    return _export(db, practice_id, out_path, write_programme)
