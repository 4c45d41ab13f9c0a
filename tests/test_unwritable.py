"""Every export meets a full disk, a file held by Excel, a folder as target, a missing or
read-only folder: a clear message, no crash, and no half file nor temporary file left.

Each export is run through its service as the GUI and the command line run it, so a path
that bypassed ``files.atomic_write`` would show up here.  The tests run as root,
where permissions do not stop a write: the operating system's refusals are simulated.
"""

from __future__ import annotations

import builtins
import errno
import io
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from day_helpers import confirmed_session, ente, sign_up

from exchange_desktop import files
from exchange_desktop.domain.errors import DomainError
from exchange_desktop.files import FileWriteError
from exchange_desktop.services import roster
from exchange_desktop.services.attendance import marks as attendance_service
from exchange_desktop.services.documents.day_documents import (
    export_certificates,
    export_certificates_each,
    export_signin_sheet,
)
from exchange_desktop.services.documents.practice_documents import (
    export_practice_card,
    export_programme,
)
from exchange_desktop.services.documents.roster_export import export_roster_xlsx
from exchange_desktop.services.roster.personal_data import export_personal_data_file
from exchange_desktop.services.scheduling.calendar import export_ics
from exchange_desktop.storage.database import Database

OLD = b"la versione precedente, da non perdere"
#: The disk fills up after this many bytes of the new file.
ROOM_LEFT = 100


@dataclass(frozen=True)
class Day:
    practice_id: int
    session_id: int
    participant_id: int


@dataclass(frozen=True)
class Export:
    """One export: ``run`` writes into ``folder`` and returns what it wrote; ``target`` is
    the file it writes there."""

    name: str
    file_name: str
    run: Callable[[Database, Day, Path], object]

    def target(self, folder: Path) -> Path:
        return folder / self.file_name


EXPORTS = [
    Export("card", "scheda.pdf", lambda db, d, f: export_practice_card(db, d.practice_id, f)),
    Export("programme", "programma.pdf", lambda db, d, f: export_programme(db, d.practice_id, f)),
    Export("signin", "firme.pdf", lambda db, d, f: export_signin_sheet(db, d.session_id, f)),
    Export(
        "certificates", "attestati.pdf", lambda db, d, f: export_certificates(db, d.session_id, f)
    ),
    Export(
        "certificates_each",
        "Attestato - Bianchi Anna.pdf",
        lambda db, d, f: export_certificates_each(db, d.session_id, f.parent),
    ),
    Export("roster", "iscritti.xlsx", lambda db, d, f: export_roster_xlsx(db, d.practice_id, f)),
    Export("ics", "sessione.ics", lambda db, d, f: export_ics(db, d.session_id, f)),
    Export(
        "personal_data",
        "dati.json",
        lambda db, d, f: export_personal_data_file(db, d.participant_id, f),
    ),
]
IDS = [export.name for export in EXPORTS]


@pytest.fixture
def day(db: Database) -> Day:
    """A confirmed session with one person present (Bianchi Anna)."""
    practice, session_id = confirmed_session(db)
    (registration_id,) = sign_up(db, session_id, [("Bianchi", "Anna")], ente(db, "Comune A"))
    attendance_service.set_attendance(db, registration_id, True)
    assert practice.id is not None
    (row,) = roster.roster(db, practice.id, session_id)
    return Day(practice.id, session_id, row.participant_id)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "Esportazioni è"
    path.mkdir()
    return path


def _listing(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


class _FillingDisk:
    """A file object that takes ``room`` bytes, then fails as a full disk does."""

    def __init__(self, real: Any, room: int) -> None:
        self._real = real
        self._room = room

    def write(self, data: bytes | str) -> int:
        if len(data) > self._room:
            self._real.write(data[: self._room])
            self._room = 0
            raise OSError(errno.ENOSPC, "No space left on device")
        self._room -= len(data)
        return self._real.write(data)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)

    def __iter__(self) -> Any:
        return iter(self._real)

    def __enter__(self) -> _FillingDisk:
        return self

    def __exit__(self, *exc: object) -> None:
        self._real.close()


@pytest.fixture
def disk_fills_up(monkeypatch: pytest.MonkeyPatch) -> None:
    """The disk fills up while an export writes its (temporary) file, whatever library
    writes it: reportlab, openpyxl's zip file, pathlib."""
    real_open = builtins.open

    def filling_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        handle = real_open(file, mode, *args, **kwargs)
        writing = any(flag in mode for flag in "wax+")
        if writing and isinstance(file, str | os.PathLike) and Path(file).name.startswith(".~"):
            return _FillingDisk(handle, ROOM_LEFT)
        return handle

    monkeypatch.setattr(builtins, "open", filling_open)
    monkeypatch.setattr(io, "open", filling_open)


@pytest.mark.parametrize("existing", [False, True], ids=["new", "replacing"])
@pytest.mark.parametrize("export", EXPORTS, ids=IDS)
def test_a_disk_full_while_writing_leaves_nothing_half_written(
    db: Database, day: Day, folder: Path, export: Export, existing: bool, disk_fills_up: None
) -> None:
    target = export.target(folder)
    if existing:
        target.write_bytes(OLD)
    before = _listing(folder)
    with pytest.raises(FileWriteError, match="il disco è pieno"):
        export.run(db, day, target)
    assert _listing(folder) == before  # the old file whole, no temporary file, no half file


@pytest.mark.parametrize("export", EXPORTS, ids=IDS)
def test_a_file_held_open_by_excel_is_explained_and_kept(
    db: Database, day: Day, folder: Path, export: Export, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows refuses to replace a file open in Excel or Acrobat (simulated: any OS)."""
    target = export.target(folder)
    target.write_bytes(OLD)
    real_replace = os.replace

    def held(source: Any, destination: Any) -> None:
        if Path(destination) == target:
            raise PermissionError(errno.EACCES, "Permission denied", str(destination))
        real_replace(source, destination)

    monkeypatch.setattr(os, "replace", held)
    with pytest.raises(FileWriteError, match="aperto in un altro programma"):
        export.run(db, day, target)
    assert _listing(folder) == {target.name: OLD}


@pytest.mark.parametrize("export", EXPORTS, ids=IDS)
def test_a_folder_as_target_is_explained(
    db: Database, day: Day, folder: Path, export: Export
) -> None:
    target = export.target(folder)
    target.mkdir()
    with pytest.raises(DomainError, match="cartella"):
        export.run(db, day, target)
    assert list(target.iterdir()) == []
    assert _listing(folder) == {}


@pytest.mark.parametrize(
    "export", [e for e in EXPORTS if e.name != "certificates_each"], ids=lambda export: export.name
)
def test_a_missing_folder_is_explained(
    db: Database, day: Day, tmp_path: Path, export: Export
) -> None:
    target = export.target(tmp_path / "non esiste")
    with pytest.raises(DomainError, match="non esiste"):
        export.run(db, day, target)
    assert not target.parent.exists()


@pytest.mark.parametrize("export", EXPORTS, ids=IDS)
def test_a_read_only_folder_is_explained(
    db: Database, day: Day, folder: Path, export: Export, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refused(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refused)
    with pytest.raises(FileWriteError, match="sola lettura o non si hanno i permessi"):
        export.run(db, day, export.target(folder))
    assert _listing(folder) == {}


@pytest.mark.skipif(
    os.name == "nt" or os.geteuid() == 0, reason="POSIX permissions, not enforced for root"
)
@pytest.mark.parametrize("export", EXPORTS, ids=IDS)
def test_a_really_read_only_folder(db: Database, day: Day, folder: Path, export: Export) -> None:
    folder.chmod(0o555)
    try:
        with pytest.raises(FileWriteError, match="sola lettura"):
            export.run(db, day, export.target(folder))
        assert _listing(folder) == {}
    finally:
        folder.chmod(0o755)


def test_every_export_path_goes_through_the_safe_writer(
    db: Database, day: Day, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The list above is complete and each export really writes through ``atomic_write``."""
    seen: list[str] = []
    real_finish = files._finish

    def finish(temp: Path, target: Path) -> None:
        seen.append(target.name)
        real_finish(temp, target)

    monkeypatch.setattr(files, "_finish", finish)
    for export in EXPORTS:
        export.run(db, day, export.target(folder))
    assert seen == [export.file_name for export in EXPORTS]
    assert sorted(_listing(folder)) == sorted(export.file_name for export in EXPORTS)
