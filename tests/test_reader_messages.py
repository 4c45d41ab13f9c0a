"""What the readers say when the system will not give them the file: one Italian sentence,
the system's (often English) words in the log only."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from exchange_desktop.domain.errors import DomainError
from exchange_desktop.imports.spreadsheet import read_table


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (PermissionError(errno.EACCES, "Permission denied"), "un altro programma lo tiene"),
        (OSError(errno.EIO, "Input/output error"), "Copiarlo sul computer"),
    ],
)
def test_a_file_the_system_will_not_read_is_one_italian_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: OSError, words: str
) -> None:
    source = tmp_path / "iscritti.csv"
    source.write_text("Cognome;Nome\nRossi;Anna\n", encoding="utf-8")

    def refuse(_self: Path) -> bytes:
        raise error

    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(DomainError) as caught:
        read_table(source)
    text = str(caught.value)
    assert words in text and str(source) in text
    assert error.strerror not in text
