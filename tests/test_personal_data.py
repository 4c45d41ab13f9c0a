"""The people's fields (codice fiscale included), their editing, and the GDPR rights of
access (export) and erasure (anonymisation that keeps the counts).
"""

from __future__ import annotations

import json
from datetime import date, time, timedelta
from pathlib import Path
from unittest.mock import ANY

import pytest
from codicefiscale import codicefiscale
from roster_helpers import VALID_FISCAL_CODE, fill, person, sample
from scheduling_helpers import APRIL_20, ente

from exchange_desktop.domain.errors import DomainError, NotFoundError, ValidationError
from exchange_desktop.services import roster as service
from exchange_desktop.services.attendance import marks as attendance_service
from exchange_desktop.services.scheduling.sessions import confirm_date
from exchange_desktop.storage.database import Database

# The database matters here: every test runs on SQLite and on the PostgreSQL server.
pytestmark = pytest.mark.both_backends


# --- the codice fiscale -----------------------------------------------------------------------


def test_the_sample_codes_are_what_the_library_says() -> None:
    assert codicefiscale.is_valid(VALID_FISCAL_CODE)
    assert not codicefiscale.is_valid("RSSMRA85T10A562X")


@pytest.mark.parametrize("code", ["", VALID_FISCAL_CODE, "rssmra85t10a562s", "RSSMRA 85T10 A562S"])
def test_a_valid_or_empty_fiscal_code_is_accepted(code: str) -> None:
    tidy = service.normalized_participant(person("Rossi", "Mario", fiscal_code=code))
    assert service.participant_errors(tidy) == {}
    assert tidy.fiscal_code in ("", VALID_FISCAL_CODE)


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        ("RSSMRA85T10A562X", "il carattere di controllo (l'ultimo) non corrisponde"),
        ("RSSMRA85T10A56", "sono 16 lettere e cifre"),
        ("RSSMRA85T10A562!", "sono 16 lettere e cifre"),
        ("1234567890123456", "lettere e cifre non sono al loro posto"),
    ],
)
def test_a_wrong_fiscal_code_is_refused_with_the_reason(code: str, reason: str) -> None:
    tidy = service.normalized_participant(person("Rossi", "Mario", fiscal_code=code))
    errors = service.participant_errors(tidy)
    assert list(errors) == ["fiscal_code"]
    assert str(errors["fiscal_code"]).startswith("Codice fiscale non valido: ")
    assert reason in str(errors["fiscal_code"])


def test_a_code_with_a_right_check_digit_but_no_such_birth_is_refused() -> None:
    code = "RSSMRA85T99A562"  # day 99 does not exist
    code += codicefiscale.encode_cin(code)
    error = service.fiscal_code_error(code)
    assert error is not None
    assert "la data o il luogo di nascita non esistono" in str(error)


def test_registering_with_a_wrong_fiscal_code_writes_nothing(db: Database) -> None:
    practice, session = sample(db)
    with pytest.raises(ValidationError) as caught:
        service.register(db, session.id, person("Rossi", fiscal_code="RSSMRA85T10A562X"))
    assert list(caught.value.errors) == ["fiscal_code"]
    assert service.roster(db, practice.id) == []


# --- editing a person -------------------------------------------------------------------------


def test_update_participant_validates_and_moves_to_another_ente(db: Database) -> None:
    practice, session = sample(db)
    monza = ente(db, "Comune di Monza")
    lissone = ente(db, "Comune di Lissone")
    outcome = service.register(db, session.id, person("Rossi", organisation_id=monza))
    participant_id = outcome.row.participant_id
    updated = service.update_participant(
        db,
        participant_id,
        organisation_id=lissone,
        name=" Anna   Maria ",
        fiscal_code="rssmra85t10a562s",
        privacy_consent=True,
    )
    assert (updated.name, updated.organisation_id) == ("Anna Maria", lissone)
    assert updated.fiscal_code == VALID_FISCAL_CODE
    assert updated.privacy_consent_date == date.today()  # consent given now
    assert service.roster(db, practice.id)[0].organisation == "Comune di Lissone"

    with pytest.raises(ValidationError) as caught:
        service.update_participant(db, participant_id, surname="", email="x@")
    assert set(caught.value.errors) == {"surname", "email"}
    tomorrow = date.today() + timedelta(days=1)
    with pytest.raises(ValidationError, match="non può essere nel futuro"):
        service.update_participant(db, participant_id, privacy_consent_date=tomorrow)
    with pytest.raises(NotFoundError, match=r"L'Ente n\. 999 non esiste\."):
        service.update_participant(db, participant_id, organisation_id=999)
    with pytest.raises(KeyError):
        service.update_participant(db, participant_id, id=5)
    assert service.update_participant(db, participant_id, privacy_consent=False) == (
        service.get_participant(db, participant_id)
    )
    assert service.get_participant(db, participant_id).privacy_consent_date is None
    with pytest.raises(NotFoundError, match=r"Il partecipante n\. 999 non esiste\."):
        service.update_participant(db, 999, name="X")


# --- access: export ---------------------------------------------------------------------------


def _registered(db: Database) -> tuple[int, int, int]:
    """Mario Rossi of Lissone, 7.5 hours present: (practice, participant, session) ids."""
    practice, session = sample(db)
    confirm_date(db, session.id, APRIL_20)
    lissone = ente(db, "Comune di Lissone", pec="protocollo@pec.comune.lissone.mb.it")
    outcome = service.register(
        db,
        session.id,
        person(
            "Rossi",
            "Mario",
            organisation_id=lissone,
            fiscal_code=VALID_FISCAL_CODE,
            phone="039 7397 1",
            privacy_consent=True,
            privacy_consent_date=date(2026, 3, 2),
        ),
    )
    attendance_service.set_attendance(
        db, outcome.row.registration_id, True, time(9, 30), time(17, 0)
    )
    return practice.id, outcome.row.participant_id, session.id  # type: ignore[return-value]


def test_export_holds_the_persons_data_ente_and_attendance(db: Database) -> None:
    _practice_id, participant_id, session_id = _registered(db)
    data = service.export_personal_data(db, participant_id)
    assert data["participant"]["surname"] == "Rossi"
    assert data["participant"]["fiscal_code"] == VALID_FISCAL_CODE
    assert data["participant"]["privacy_consent_date"] == "2026-03-02"
    assert data["organisation"]["name"] == "Comune di Lissone"
    (registration,) = data["registrations"]
    assert registration["status"] == "confirmed"
    assert registration["session"]["id"] == session_id
    assert registration["session"]["date"] == "lunedì 20 aprile 2026"
    assert registration["session"]["practice"].startswith("Patti di Cittadinanza")
    (day,) = registration["attendance"]
    assert day == {
        "day": "2026-04-20",
        "sitting": 1,
        "present": True,
        "time_in": "09:30:00",
        "time_out": "17:00:00",
        "credited_minutes": None,
    }
    with pytest.raises(NotFoundError):
        service.export_personal_data(db, 999)


def test_export_file_is_pretty_utf8_json(db: Database, tmp_path: Path) -> None:
    _practice_id, participant_id, _session_id = _registered(db)
    folder = tmp_path / "esportazioni"
    folder.mkdir()
    written = service.export_personal_data_file(db, participant_id, folder / "Rossi è.json")
    assert written == (folder / "Rossi è.json").absolute()
    text = written.read_text(encoding="utf-8")
    assert "lunedì 20 aprile 2026" in text  # not escaped
    assert text.startswith("{\n  ")
    data = json.loads(text)
    assert data == {**service.export_personal_data(db, participant_id), "exported_at": ANY}
    with pytest.raises(DomainError, match=r"deve avere l'estensione \.json"):
        service.export_personal_data_file(db, participant_id, folder / "dati.txt")
    with pytest.raises(DomainError, match="è una cartella"):
        service.export_personal_data_file(db, participant_id, folder)
    assert [p.name for p in folder.iterdir()] == ["Rossi è.json"]


# --- erasure ----------------------------------------------------------------------------------


def test_erase_keeps_the_counts_but_no_personal_data(db: Database) -> None:
    practice_id, participant_id, session_id = _registered(db)
    fill(db, session_id, ["Verdi"])
    seats_before = service.seats(db, practice_id)

    service.erase_personal_data(db, participant_id)
    rows = service.roster(db, practice_id, session_id)
    erased = next(r for r in rows if r.participant_id == participant_id)
    assert (erased.surname, erased.name) == ("Partecipante", f"cancellato n. {participant_id}")
    assert (erased.email, erased.phone, erased.fiscal_code) == ("", "", "")
    assert (erased.privacy_consent, erased.privacy_consent_date) == (False, None)
    assert (erased.status.value, erased.present, erased.minutes_attended) == (
        "confirmed",
        True,
        450,
    )
    assert erased.organisation == "Comune di Lissone"  # the Ente still counts
    assert service.seats(db, practice_id) == seats_before
    exported = json.dumps(service.export_personal_data(db, participant_id), ensure_ascii=False)
    for personal in ("Rossi", "Mario", VALID_FISCAL_CODE, "039 7397 1", "mario.rossi@"):
        assert personal not in exported
