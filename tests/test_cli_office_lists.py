"""``import-participants`` on lists as offices send them: ``--dry-run`` prints the preview's
report and writes nothing, ``--include-hidden``, ``--map`` for a whole name in one column,
and ``roster --json`` shows the consent read from the form."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import run_ok
from office_lists import (
    libreoffice_contacts_csv,
    nome_e_cognome_csv,
    nominativo_xlsx,
    withdrawn_hidden_xlsx,
)

from exchange_desktop.cli.main import run

pytestmark = pytest.mark.both_backends


@pytest.fixture
def sample_db(db_location: str | Path, capsys: pytest.CaptureFixture[str]) -> str:
    assert run(["sample", "--db", str(db_location)]) == 0
    capsys.readouterr()
    return str(db_location)


def _roster(db: str, capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    return json.loads(run_ok(["roster", "--db", db, "--session", "1", "--json"], capsys))


def _import(db: str, *argv: str) -> list[str]:
    return ["import-participants", "--db", db, "--session", "1", *argv]


def test_dry_run_prints_the_preview_and_writes_nothing(
    sample_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = libreoffice_contacts_csv(tmp_path / "contatti.csv")
    out = run_ok(_import(sample_db, "--dry-run", str(source)), capsys)
    assert out.splitlines() == [
        "Prova senza scrivere nulla (--dry-run).",
        "5 da importare · 0 doppioni (saltati) · 0 con errori",
        "  riga 4 (Riva Elisabetta): Email: il dominio «gmial.com» sembra scritto male "
        "(forse «gmail.com»?); importata così com'è.",
        "  riga 5 (Sala Benedetta): Email: il dominio «libero.ti» sembra scritto male "
        "(forse «libero.it»?); importata così com'è.",
    ]
    assert _roster(sample_db, capsys) == []
    out = run_ok(_import(sample_db, str(source)), capsys)
    assert out.splitlines()[0] == "Importati: 5 (5 confermati, 0 in lista d'attesa)"
    assert out.splitlines()[-3:] == [
        "Da controllare: 2",
        "  riga 4: Email: il dominio «gmial.com» sembra scritto male (forse «gmail.com»?); "
        "importata così com'è.",
        "  riga 5: Email: il dominio «libero.ti» sembra scritto male (forse «libero.it»?); "
        "importata così com'è.",
    ]


def test_hidden_rows_are_left_out_unless_include_hidden(
    sample_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = withdrawn_hidden_xlsx(tmp_path / "iscritti.xlsx")
    out = run_ok(_import(sample_db, "--dry-run", str(source)), capsys)
    assert "4 da importare" in out and out.count("nascosta nel file") == 3
    out = run_ok(_import(sample_db, str(source)), capsys)
    assert "Righe nascoste nel file, non importate (--include-hidden per importarle): 3" in out
    assert len(_roster(sample_db, capsys)) == 4
    out = run_ok(_import(sample_db, "--include-hidden", str(source)), capsys)
    assert out.splitlines()[:2] == [
        "Importati: 3 (3 confermati, 0 in lista d'attesa)",
        "Doppioni saltati: 4",
    ]
    assert len(_roster(sample_db, capsys)) == 7


def test_map_splits_a_whole_name_either_way_round(
    sample_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = nominativo_xlsx(tmp_path / "elenco.xlsx")
    out = run_ok(
        _import(sample_db, "--dry-run", "--map", "Nominativo=Cognome e nome", str(source)), capsys
    )
    assert "12 da importare" in out
    run_ok(_import(sample_db, "--map", "Cognome e nome=Nominativo", str(source)), capsys)
    rows = _roster(sample_db, capsys)
    assert {(r["surname"], r["name"]) for r in rows} >= {
        ("Bianchi", "Luca"),
        ("Di Stefano", "Anna Rita"),
        ("D'Amico", "Paolo"),
    }


def test_roster_json_shows_the_consent_and_the_sign_up_time(
    sample_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run_ok(_import(sample_db, str(nome_e_cognome_csv(tmp_path / "risposte.csv"))), capsys)
    rows = {r["surname"]: r for r in _roster(sample_db, capsys)}
    assert rows["Colombo"]["privacy_consent"] is True
    assert rows["Colombo"]["privacy_consent_date"] == "2026-03-02"
    assert rows["Colombo"]["registered_at"] == "2026-03-02T09:02:02"
    assert rows["D'Amico"]["privacy_consent"] is False
    assert rows["D'Amico"]["privacy_consent_date"] is None
    waiting = sorted((r["waiting_position"], s) for s, r in rows.items() if r["waiting_position"])
    assert waiting == [(1, "Riva"), (2, "Van Acker")]
