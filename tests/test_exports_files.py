"""The safe file writer every export uses: temporary file, rename, clear messages."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from exchange_desktop import files
from exchange_desktop.files import FileWriteError, atomic_write, explain_os_error
from exchange_desktop.i18n import MESSAGES_CONTEXT


def write_text(content: bytes) -> Callable[[Path], None]:
    def write(temp: Path) -> None:
        temp.write_bytes(content)

    return write


def test_atomic_write_writes_beside_the_target_and_leaves_nothing_else(tmp_path: Path) -> None:
    seen: list[Path] = []

    def write(temp: Path) -> None:
        seen.append(temp)
        temp.write_bytes(b"nuovo")

    target = tmp_path / "out.pdf"
    assert atomic_write(target, write) == target
    assert target.read_bytes() == b"nuovo"
    assert seen[0].parent == tmp_path
    assert seen[0] != target
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


@pytest.mark.parametrize("existing", [False, True])
def test_a_failing_writer_leaves_no_half_file_nor_temp_file(tmp_path: Path, existing: bool) -> None:
    target = tmp_path / "out.pdf"
    if existing:
        target.write_bytes(b"vecchio")

    def write(temp: Path) -> None:
        temp.write_bytes(b"mez")
        raise RuntimeError("guasto a metà")

    with pytest.raises(RuntimeError, match="guasto a metà"):
        atomic_write(target, write)
    assert [p.name for p in tmp_path.iterdir()] == (["out.pdf"] if existing else [])
    if existing:
        assert target.read_bytes() == b"vecchio"


def test_a_full_disk_is_explained(tmp_path: Path) -> None:
    def write(temp: Path) -> None:
        temp.write_bytes(b"x")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(FileWriteError, match="disco è pieno") as caught:
        atomic_write(tmp_path / "out.pdf", write)
    assert caught.value.message.context == MESSAGES_CONTEXT
    assert list(tmp_path.iterdir()) == []


def test_a_locked_target_is_explained_and_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows refuses to replace a file Excel or Acrobat holds open: simulated here."""
    target = tmp_path / "out.pdf"
    target.write_bytes(b"vecchio")

    def refuse(_source: object, _target: object) -> None:
        raise PermissionError(errno.EACCES, "Accesso negato")

    monkeypatch.setattr(files.os, "replace", refuse)
    with pytest.raises(FileWriteError, match="aperto in un altro programma") as caught:
        atomic_write(target, write_text(b"nuovo"))
    assert "Chiuderlo e riprovare" in str(caught.value)
    monkeypatch.undo()
    assert target.read_bytes() == b"vecchio"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


def test_a_read_only_folder_is_explained(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(files.tempfile, "mkstemp", refuse)
    with pytest.raises(FileWriteError, match="sola lettura"):
        atomic_write(tmp_path / "out.pdf", write_text(b"x"))
    monkeypatch.undo()
    monkeypatch.setattr(files.os, "replace", refuse)
    with pytest.raises(FileWriteError, match=r"cartella .* è di sola lettura"):
        atomic_write(tmp_path / "new.pdf", write_text(b"x"))
    monkeypatch.undo()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root ignores permissions"
)
def test_a_really_read_only_folder_and_file(tmp_path: Path) -> None:
    folder = tmp_path / "protetta"
    folder.mkdir()
    protected = tmp_path / "protetto.pdf"
    protected.write_bytes(b"vecchio")
    protected.chmod(0o444)
    folder.chmod(0o555)
    try:
        with pytest.raises(FileWriteError, match="sola lettura"):
            atomic_write(folder / "out.pdf", write_text(b"x"))
        with pytest.raises(FileWriteError, match="il file è di sola lettura"):
            atomic_write(protected, write_text(b"x"))
    finally:
        folder.chmod(0o755)
    assert list(folder.iterdir()) == []
    assert protected.read_bytes() == b"vecchio"


def test_a_folder_as_target_or_a_missing_folder_is_explained(tmp_path: Path) -> None:
    with pytest.raises(FileWriteError, match="è una cartella"):
        atomic_write(tmp_path, write_text(b"x"))
    with pytest.raises(FileWriteError, match="non esiste"):
        atomic_write(tmp_path / "manca" / "out.pdf", write_text(b"x"))
    assert list(tmp_path.iterdir()) == []


def test_windows_sharing_violation_means_the_file_is_open(tmp_path: Path) -> None:
    error = PermissionError(errno.EACCES, "Il file è usato da un altro processo")
    error.winerror = 32  # type: ignore[attr-defined]
    message = str(explain_os_error(error, tmp_path / "out.pdf"))
    assert "aperto in un altro programma" in message


def test_a_read_only_target_file_is_refused_before_writing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Simulated so that it runs as root too (root may write anywhere)."""
    target = tmp_path / "protetto.pdf"
    target.write_bytes(b"vecchio")
    calls: list[Path] = []
    monkeypatch.setattr(files.os, "access", lambda path, _mode: Path(path) != target)
    with pytest.raises(FileWriteError, match="il file è di sola lettura"):
        atomic_write(target, calls.append)
    monkeypatch.undo()
    assert calls == []
    assert target.read_bytes() == b"vecchio"
    assert [p.name for p in tmp_path.iterdir()] == ["protetto.pdf"]
