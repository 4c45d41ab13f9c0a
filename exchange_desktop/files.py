"""Writing an export safely: a temporary file beside the target, renamed into place.

A failed or interrupted export never leaves a half file (nor the temporary one), and each
reason the operating system gives is turned into a message that tells the clerk what to do —
above all the Windows case of a file still open in Excel or Acrobat.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
import time
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

from exchange_desktop.domain.errors import DomainError
from exchange_desktop.i18n import MESSAGES_CONTEXT, QT_TRANSLATE_NOOP, Message

#: Windows error codes (``OSError.winerror``) with a precise meaning for the clerk.
_WIN_SHARING_VIOLATION = 32
_WIN_LOCK_VIOLATION = 33
_WIN_DISK_FULL = (39, 112)
_DISK_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}

#: On Windows an antivirus or the search indexer may hold a brand-new file for a moment.
_REPLACE_ATTEMPTS = 5 if os.name == "nt" else 1
_REPLACE_PAUSE_S = 0.1

_NEW_FILE_MODE = 0o644


class FileWriteError(DomainError):
    """An export could not be written; the message says why and what to do about it."""


def _error(template: str, target: Path, **params: object) -> FileWriteError:
    return FileWriteError(
        Message(
            MESSAGES_CONTEXT,
            template,
            path=str(target),
            folder=str(target.parent),
            **params,
        )
    )


def _is_folder_error(target: Path) -> FileWriteError:
    return _error(
        QT_TRANSLATE_NOOP(
            "Messages", "Impossibile salvare: {path} è una cartella. Indicare un nome di file."
        ),
        target,
    )


def _missing_folder_error(target: Path) -> FileWriteError:
    return _error(
        QT_TRANSLATE_NOOP(
            "Messages", "Impossibile salvare {path}: la cartella {folder} non esiste."
        ),
        target,
    )


def _read_only_folder_error(target: Path) -> FileWriteError:
    return _error(
        QT_TRANSLATE_NOOP(
            "Messages",
            "Impossibile salvare {path}: la cartella {folder} è di sola lettura o non si hanno "
            "i permessi per scriverci. Scegliere un'altra cartella.",
        ),
        target,
    )


def _read_only_file_error(target: Path) -> FileWriteError:
    return _error(
        QT_TRANSLATE_NOOP(
            "Messages",
            "Impossibile sovrascrivere {path}: il file è di sola lettura. Salvare con un altro "
            "nome oppure togliere la protezione dal file.",
        ),
        target,
    )


def _file_in_use_error(target: Path) -> FileWriteError:
    return _error(
        QT_TRANSLATE_NOOP(
            "Messages",
            "Impossibile sovrascrivere {path}: il file è aperto in un altro programma (per "
            "esempio Excel o Acrobat). Chiuderlo e riprovare.",
        ),
        target,
    )


def _disk_full_error(target: Path) -> FileWriteError:
    return _error(
        QT_TRANSLATE_NOOP(
            "Messages",
            "Impossibile salvare {path}: il disco è pieno. Liberare spazio o scegliere "
            "un'altra posizione.",
        ),
        target,
    )


def _generic_error(target: Path, exc: OSError) -> FileWriteError:
    return _error(
        QT_TRANSLATE_NOOP("Messages", "Impossibile salvare {path}: {detail}"),
        target,
        detail=exc.strerror or str(exc),
    )


def explain_os_error(exc: OSError, target: Path, *, replacing: bool = False) -> FileWriteError:
    """The clerk's message for ``exc``, raised while writing ``target``.

    ``replacing`` is true when the error came from moving the finished file into place: a
    refusal then means that the existing file is protected or held by another program.
    """
    winerror = getattr(exc, "winerror", None)
    if exc.errno in _DISK_FULL_ERRNOS or winerror in _WIN_DISK_FULL:
        return _disk_full_error(target)
    if isinstance(exc, IsADirectoryError) or os.path.isdir(target):
        return _is_folder_error(target)
    if isinstance(exc, FileNotFoundError | NotADirectoryError) or not os.path.isdir(target.parent):
        return _missing_folder_error(target)
    if exc.errno == errno.EROFS:
        return _read_only_folder_error(target)
    if winerror in (_WIN_SHARING_VIOLATION, _WIN_LOCK_VIOLATION):
        return _file_in_use_error(target)
    if isinstance(exc, PermissionError):
        if replacing and os.path.exists(target):
            if not os.access(target, os.W_OK):
                return _read_only_file_error(target)
            return _file_in_use_error(target)
        return _read_only_folder_error(target)
    return _generic_error(target, exc)


def _check_target(target: Path) -> None:
    """Refuse early what cannot work, before anything is created.

    ``os.path`` answers False where ``Path`` would raise (a name too long, say): the write
    then fails with an :class:`OSError` that :func:`explain_os_error` puts in words.
    """
    if os.path.isdir(target):
        raise _is_folder_error(target)
    if not os.path.isdir(target.parent):
        raise _missing_folder_error(target)
    if os.path.exists(target) and not os.access(target, os.W_OK):
        # POSIX would let the rename replace a protected file; Windows would refuse it.
        raise _read_only_file_error(target)


def _make_temp(target: Path) -> Path:
    try:
        handle, name = tempfile.mkstemp(
            prefix=f".~{target.stem[:40]}.", suffix=".tmp", dir=target.parent
        )
    except OSError as exc:
        raise explain_os_error(exc, target) from exc
    os.close(handle)
    return Path(name)


def _finish(temp: Path, target: Path) -> None:
    """Flush the data to the disk and give the file the permissions of a normal document."""
    with temp.open("r+b") as stream:
        os.fsync(stream.fileno())
    if os.name != "nt":
        mode = stat.S_IMODE(target.stat().st_mode) if os.path.exists(target) else _NEW_FILE_MODE
        temp.chmod(mode)


def _replace(temp: Path, target: Path) -> None:
    for attempt in range(_REPLACE_ATTEMPTS):
        try:
            os.replace(temp, target)
        except PermissionError:
            if attempt + 1 == _REPLACE_ATTEMPTS:
                raise
            time.sleep(_REPLACE_PAUSE_S)
        else:
            return


def atomic_write(path: Path | str, write: Callable[[Path], object]) -> Path:
    """Have ``write`` fill a temporary file beside ``path``, then rename it into place.

    ``write`` receives the temporary path and must write the whole file there.  On any
    failure the temporary file is removed and an existing ``path`` is left as it was; an
    :class:`OSError` becomes a :class:`FileWriteError` with a message for the clerk, any other
    exception (a :class:`DomainError` from ``write`` included) passes through unchanged.
    Returns ``path``.
    """
    target = Path(path)
    _check_target(target)
    temp = _make_temp(target)
    done = False
    try:
        try:
            write(temp)
            _finish(temp, target)
        except OSError as exc:
            raise explain_os_error(exc, target) from exc
        try:
            _replace(temp, target)
        except OSError as exc:
            raise explain_os_error(exc, target, replacing=True) from exc
        done = True
    finally:
        if not done:
            with suppress(OSError):
                temp.unlink()
    return target
