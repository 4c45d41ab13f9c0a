"""The command line as a clerk on Windows uses it: folders with spaces and accents.

A real process each time (cli_helpers.run_process), as a script or a shortcut would start it:
the database, the imported sheet and every output live under "Niccolò/Documenti/Scambi 2026".
"""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
from cli_helpers import run_process
from day_helpers import flat, pdf_text


def ok(args: list[str], data_dir: Path) -> str:
    result = run_process(args, data_dir)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return result.stdout


@pytest.mark.slow
def test_a_whole_day_with_spaces_and_accents_in_every_path(
    tmp_path: Path, isolated_data_dir: Path
) -> None:
    folder = tmp_path / "Niccolò" / "Documenti" / "Scambi 2026"
    folder.mkdir(parents=True)
    db = folder / "Archivio scambi è.sqlite"
    practice = ok(["sample", "--db", str(db)], isolated_data_dir).splitlines()[0]
    session = json.loads(ok(["sessions", "--db", str(db), "--json"], isolated_data_dir))[0]
    ok(
        ["confirm-date", "--db", str(db), "--session", str(session["id"]),
         session["candidate_dates"][0]],
        isolated_data_dir,
    )  # fmt: skip

    sheet_path = folder / "Iscritti dal modulo è.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.append(["Cognome", "Nome", "Ente", "Email"])
    workbook.active.append(["Dell'Acqua", "Niccolò", "Comune di Cantù", "n.dellacqua@cantu.it"])
    workbook.save(sheet_path)
    imported = ok(
        ["import-participants", "--db", str(db), "--session", str(session["id"]),
         str(sheet_path)],
        isolated_data_dir,
    )  # fmt: skip
    assert imported.startswith("Importati: 1 ")

    outputs = {
        "export-card": ("--practice", practice, folder / "Scheda della pratica è.pdf"),
        "export-signin": ("--session", str(session["id"]), folder / "Foglio firme è.pdf"),
        "export-roster": ("--practice", practice, folder / "Iscritti è.xlsx"),
        "export-ics": ("--session", str(session["id"]), folder / "Sessione è.ics"),
    }
    for command, (option, value, target) in outputs.items():
        printed = ok([command, "--db", str(db), option, value, str(target)], isolated_data_dir)
        assert Path(printed.strip()) == target, command
        assert target.is_file(), command

    assert "Dell'Acqua" in flat(pdf_text(outputs["export-signin"][2]))
    roster = openpyxl.load_workbook(outputs["export-roster"][2], read_only=True)
    cells = [cell for row in roster.worksheets[0].iter_rows(values_only=True) for cell in row]
    assert "Niccolò" in cells
    assert "Comune di Cantù" in cells
