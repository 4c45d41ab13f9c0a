"""CSV files padded with NUL bytes (a copy tool, a broken export): still read in their real
encoding; NULs inside an 8-bit file refused with the row number; real UTF-16 still UTF-16."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from cli_helpers import run_failing, run_ok

from exchange_desktop.cli.main import run
from exchange_desktop.imports.spreadsheet import read_table
from exchange_desktop.imports.text_files import decode_text

ROWS = [
    ["Cognome", "Nome", "Ente", "Email"],
    ["Nicolò", "Agnès", "Comune di Forlì", "agnes.nicolo@comune.forli.fc.it"],
    ["Verdi", "Luca", "Comune di Lodi", "luca.verdi@comune.lodi.it"],
]


def padded_csv(
    path: Path, *, encoding: str, delimiter: str = ";", bom: bytes = b"", padding: int = 4096
) -> Path:
    """The list as an office tool writes it, then ``padding`` NUL bytes after the end."""
    text = "".join(delimiter.join(row) + "\r\n" for row in ROWS)
    path.write_bytes(bom + text.encode(encoding) + b"\x00" * padding)
    return path


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
@pytest.mark.parametrize("padding", [1, 7, 4096, 100_000])
def test_a_padded_8_bit_csv_is_read_in_its_own_encoding(
    tmp_path: Path, encoding: str, padding: int
) -> None:
    table = read_table(padded_csv(tmp_path / "iscritti.csv", encoding=encoding, padding=padding))
    assert table.headers == ROWS[0]
    assert table.rows == ROWS[1:]


def test_a_padded_utf8_csv_with_bom_is_read(tmp_path: Path) -> None:
    path = padded_csv(tmp_path / "iscritti.csv", encoding="utf-8", bom=codecs.BOM_UTF8)
    assert read_table(path).rows == ROWS[1:]


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("utf-16-le", b""),
        ("utf-16-be", b""),
    ],
)
@pytest.mark.parametrize("padding", [0, 1, 4096])
def test_real_utf16_is_still_utf16_padded_or_not(
    tmp_path: Path, encoding: str, bom: bytes, padding: int
) -> None:
    path = padded_csv(
        tmp_path / "iscritti.csv", encoding=encoding, delimiter="\t", bom=bom, padding=padding
    )
    table = read_table(path)
    assert table.headers == ROWS[0]
    assert table.rows == ROWS[1:]


def test_decode_text_strips_trailing_nuls_only() -> None:
    assert decode_text("Cognome;è\r\n".encode() + b"\x00" * 50) == "Cognome;è\r\n"
    assert decode_text("Cognome;è".encode("cp1252") + b"\x00" * 3) == "Cognome;è"
    assert decode_text(b"Rossi\x00;Anna\r\n\x00\x00") == "Rossi\x00;Anna\r\n"
    assert decode_text("Cognome;è".encode("utf-16-le") + b"\x00" * 9) == "Cognome;è"
    assert decode_text(b"\x00" * 10) == ""


@pytest.fixture
def sample_db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    db_file = tmp_path / "archivio.sqlite"
    assert run(["sample", "--db", str(db_file)]) == 0
    capsys.readouterr()
    return db_file


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
def test_the_command_imports_a_padded_csv(
    tmp_path: Path, sample_db: Path, capsys: pytest.CaptureFixture[str], encoding: str
) -> None:
    path = padded_csv(tmp_path / "iscritti.csv", encoding=encoding)
    out = run_ok(
        ["import-participants", "--db", str(sample_db), "--session", "1", str(path)], capsys
    )
    assert "Importati: 2 (2 confermati" in out


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
def test_a_nul_inside_an_8_bit_csv_is_refused_with_its_row(
    tmp_path: Path, sample_db: Path, capsys: pytest.CaptureFixture[str], encoding: str
) -> None:
    text = "".join(";".join(row) + "\r\n" for row in ROWS).replace("Verdi", "Ver\x00di")
    path = tmp_path / "iscritti.csv"
    path.write_bytes(text.encode(encoding) + b"\x00" * 64)
    err = run_failing(
        ["import-participants", "--db", str(sample_db), "--session", "1", str(path)], capsys, 1
    )
    assert "Riga 3" in err and "caratteri di controllo" in err
