"""The SQLite file: pragmas, migrations, refusals that leave the file alone, constraints."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from exchange_desktop.domain.enums import RegistrationStatus, SchedulingMode, TransferMode
from exchange_desktop.domain.practice import EDITABLE_FIELDS, Practice
from exchange_desktop.services.practices.catalogue import create_practice, get_practice
from exchange_desktop.services.practices.sample import load_sample
from exchange_desktop.services.scheduling import sessions as scheduling
from exchange_desktop.storage.database import (
    BACKUPS_DIR_NAME,
    Database,
    head_revision,
    known_revisions,
    open_database,
)
from exchange_desktop.storage.db_files import (
    DatabaseFileError,
    UnreadableDatabaseError,
    stored_revision,
)
from exchange_desktop.storage.models import (
    AttendanceRow,
    AvailabilityRow,
    CandidateDateRow,
    OrganisationRow,
    ParticipantRow,
    PracticeRow,
    ProgrammeItemRow,
    RegistrationRow,
    SessionRow,
)

# The database matters here: every test runs on SQLite and on the PostgreSQL server.
pytestmark = pytest.mark.both_backends


DATA_DIR = Path(__file__).parent / "data"
SAMPLE_TITLE_START = "Patti di Cittadinanza"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def siblings(path: Path) -> list[str]:
    """Every file beside ``path`` (a refused file must not grow a -wal, -shm or backup)."""
    return sorted(p.name for p in path.parent.iterdir())


def table_names(path: Path) -> set[str]:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        rows = connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        return {row[0] for row in rows}
    finally:
        connection.close()


def count(db: Database, row_class: type) -> int:
    with db.transaction() as session:
        return session.scalar(select(func.count()).select_from(row_class)) or 0


# --- opening a good file ----------------------------------------------------------------


def test_connections_use_foreign_keys_wal_and_a_busy_timeout(db_path: Path) -> None:
    db = open_database(db_path)
    with db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() > 0
    db.close()


def test_new_file_in_missing_folder_with_spaces_and_accents_is_created(tmp_path: Path) -> None:
    path = tmp_path / "Cartella nuova" / "perché sì" / "dati è.sqlite"
    database = open_database(path)
    database.close()
    assert path.is_file()
    assert stored_revision(path) == head_revision()
    assert {"practices", "programme_items", "sessions", "candidate_dates"} <= table_names(path)
    assert not (path.parent / BACKUPS_DIR_NAME).exists()


def test_a_zero_byte_file_is_damaged_not_a_new_database(tmp_path: Path) -> None:
    """A copy cut short or a failed disk leaves zero bytes: the file is kept as it is."""
    path = tmp_path / "vuoto.sqlite"
    path.write_bytes(b"")
    with pytest.raises(UnreadableDatabaseError, match="è vuoto"):
        open_database(path)
    assert siblings(path) == ["vuoto.sqlite"]
    assert path.read_bytes() == b""


def test_sqlite_file_without_tables_is_backed_up_then_migrated(tmp_path: Path) -> None:
    path = tmp_path / "senza tabelle.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA user_version = 7")  # writes a header: a real, empty database
    connection.close()
    assert path.stat().st_size > 0
    open_database(path).close()
    assert stored_revision(path) == head_revision()
    backups = list((tmp_path / BACKUPS_DIR_NAME).iterdir())
    assert len(backups) == 1
    assert backups[0].suffix == ".sqlite"


def test_reopening_a_current_file_changes_nothing_and_makes_no_backup(db_path: Path) -> None:
    open_database(db_path).close()
    before = digest(db_path)
    open_database(db_path).close()
    assert digest(db_path) == before
    assert siblings(db_path) == [db_path.name]


def test_a_current_file_opens_without_loading_alembic(db_path: Path) -> None:
    """Start-up time: the schema check of an up-to-date file reads the migration files."""
    open_database(db_path).close()
    code = (
        "import sys; from pathlib import Path\n"
        "from exchange_desktop.storage.database import head_revision, open_database\n"
        "from exchange_desktop.storage.schema import head_from_files\n"
        f"open_database(Path({str(db_path)!r})).close()\n"
        "assert 'alembic' not in sys.modules, 'alembic loaded'\n"
        "assert head_from_files() == head_revision()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=60
    )
    assert done.returncode == 0, done.stderr


def test_practice_round_trip_keeps_every_field_identical(db_path: Path) -> None:
    original = Practice(
        host_comune="Comune di Forlì",
        sector="Settore Welfare – Età evolutiva",
        office="Ufficio «Partecipazione» 👩‍💼",
        title="Patti <b>&amp; cittadinanza</b> ❤️ perché sì",
        description="Riga uno\n\tRiga due con ümlaut, ç, ß, 漢字 e 🇮🇹\n",
        aim="<script>alert('x')</script> & \"virgolette\"",
        transfer_mode=TransferMode.WEBINAR,
        transfer_notes="Note: 100% online",
        max_participants=999,
        profiles=["Assistente sociale", "Progettista – Terzo settore 🤝"],
        duration_days=3,
        scheduling_mode=SchedulingMode.SEVERAL,
        dates_note="",
        patron_day="04-30",
        patron_name="San Mercuriale",
        contact_name="Zoë O'Brien-Nuñez",
        contact_email="zoe.obrien@comune.forli.fc.it",
        contact_phone="+39 0543 712111",
        signer_name="Dott.ssa Zoë D'Àrco",
        signer_title="Dirigente del Settore Welfare",
        min_attendance_percent=80,
        privacy_controller="Comune di Forlì, piazza Saffi 8",
        privacy_dpo="dpo@comune.forli.fc.it",
        privacy_info="https://www.comune.forli.fc.it/privacy",
        coat_of_arms=b"\x89PNG\r\n\x1a\n\x00\xff binary",
        coat_of_arms_format="png",
    )
    database = open_database(db_path)
    practice_id = create_practice(database, original).id
    session_id = scheduling.add_candidate_date(database, practice_id, date(2026, 4, 20)).id
    scheduling.update_session(database, session_id, protocol_number=" n. 1234/2026 ")
    database.close()

    reopened = open_database(db_path)
    try:
        stored = get_practice(reopened, practice_id)
        stored_session = scheduling.get_session(reopened, session_id)
    finally:
        reopened.close()
    for name in EDITABLE_FIELDS:
        assert getattr(stored, name) == getattr(original, name), name
    assert stored_session.protocol_number == "n. 1234/2026"
    assert isinstance(stored.created_at, datetime)
    assert siblings(db_path) == [db_path.name]


def test_failed_transaction_writes_nothing(db: Database) -> None:
    with pytest.raises(RuntimeError), db.transaction() as session:
        now = datetime.now()
        session.add(PracticeRow(title="Mai salvata", created_at=now, updated_at=now))
        session.flush()
        raise RuntimeError("boom")
    assert count(db, PracticeRow) == 0


# --- constraints ------------------------------------------------------------------------


def add_people(db: Database, session_id: int) -> int:
    """An Ente with a participant registered (with attendance) to ``session_id``; the Ente id."""
    with db.transaction() as session:
        organisation = OrganisationRow(name="Comune di Lecco")
        session.add(organisation)
        session.flush()
        participant = ParticipantRow(surname="Rossi", name="Anna", organisation_id=organisation.id)
        session.add(participant)
        session.flush()
        registration = RegistrationRow(
            participant_id=participant.id,
            session_id=session_id,
            status=RegistrationStatus.CONFIRMED,
            registered_at=datetime(2026, 4, 1, 9, 0),
        )
        session.add(registration)
        session.flush()
        session.add(AttendanceRow(registration_id=registration.id, day=date(2026, 4, 20)))
        candidate = session.scalars(select(CandidateDateRow)).first()
        session.add(
            AvailabilityRow(
                organisation_id=organisation.id, candidate_date_id=candidate.id, answer="yes"
            )
        )
        return organisation.id


def test_deleting_an_organisation_with_participants_is_refused(db: Database) -> None:
    practice = load_sample(db)
    with db.transaction() as session:
        session_id = session.scalars(
            select(SessionRow.id).where(SessionRow.practice_id == practice.id)
        ).one()
    organisation_id = add_people(db, session_id)
    with pytest.raises(IntegrityError), db.transaction() as session:
        session.delete(session.get(OrganisationRow, organisation_id))
    assert count(db, OrganisationRow) == 1
    assert count(db, ParticipantRow) == 1


def test_row_pointing_to_a_missing_practice_is_refused(db: Database) -> None:
    with pytest.raises(IntegrityError), db.transaction() as session:
        session.add(ProgrammeItemRow(practice_id=4242, position=0, title="Orfana"))
    assert count(db, ProgrammeItemRow) == 0


def test_deleting_a_practice_in_sql_cascades_to_its_dependants(db: Database) -> None:
    practice = load_sample(db)
    other = load_sample(db)
    with db.transaction() as session:
        session_id = session.scalars(
            select(SessionRow.id).where(SessionRow.practice_id == practice.id)
        ).one()
    add_people(db, session_id)
    assert count(db, ProgrammeItemRow) == 12
    assert count(db, CandidateDateRow) == 4

    with db.engine.begin() as connection:
        connection.execute(text("DELETE FROM practices WHERE id = :id"), {"id": practice.id})

    assert count(db, PracticeRow) == 1
    assert count(db, ProgrammeItemRow) == 6  # the other practice's programme stays
    assert count(db, SessionRow) == 1
    assert count(db, CandidateDateRow) == 2
    assert count(db, RegistrationRow) == 0
    assert count(db, AttendanceRow) == 0
    assert count(db, AvailabilityRow) == 0
    assert count(db, ParticipantRow) == 1  # people stay
    assert get_practice(db, other.id).title.startswith(SAMPLE_TITLE_START)


# --- files that are refused, untouched ---------------------------------------------------


def test_file_that_is_not_a_database_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "lettera.sqlite"
    content = b"Gentile Sindaco,\nquesto non \xc3\xa8 un database.\n" * 50
    path.write_bytes(content)
    with pytest.raises(DatabaseFileError) as caught:
        open_database(path)
    assert "non è un database" in str(caught.value)
    assert path.read_bytes() == content
    assert siblings(path) == ["lettera.sqlite"]


def test_sqlite_database_of_another_program_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "rubrica.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE contatti (nome TEXT, telefono TEXT)")
    connection.execute("INSERT INTO contatti VALUES ('Anna', '039 123')")
    connection.commit()
    connection.close()
    before = digest(path)
    with pytest.raises(DatabaseFileError) as caught:
        open_database(path)
    assert "non di Exchange Desktop" in str(caught.value)
    assert digest(path) == before
    assert siblings(path) == ["rubrica.sqlite"]


def make_newer_database(path: Path, journal_mode: str) -> None:
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA journal_mode = {journal_mode}")
    connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
    connection.execute("INSERT INTO alembic_version VALUES ('9999')")
    connection.execute("CREATE TABLE practices (id INTEGER PRIMARY KEY, title TEXT)")
    connection.commit()
    connection.close()
    assert siblings(path) == [path.name]


def test_database_of_a_newer_version_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "dal futuro.sqlite"
    make_newer_database(path, "DELETE")
    before = digest(path)
    with pytest.raises(DatabaseFileError) as caught:
        open_database(path)
    assert "più recente" in str(caught.value)
    assert "9999" in str(caught.value)
    assert digest(path) == before
    assert siblings(path) == ["dal futuro.sqlite"]  # no -wal, -shm or backups


def test_refused_wal_mode_database_gets_no_wal_or_shm_beside_it(tmp_path: Path) -> None:
    path = tmp_path / "dal futuro wal.sqlite"
    make_newer_database(path, "WAL")
    before = digest(path)
    with pytest.raises(DatabaseFileError):
        open_database(path)
    assert digest(path) == before
    assert siblings(path) == ["dal futuro wal.sqlite"]


def test_folder_given_as_database_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "Archivio 2026"
    folder.mkdir()
    with pytest.raises(DatabaseFileError) as caught:
        open_database(folder)
    assert "cartella" in str(caught.value)
    assert list(folder.iterdir()) == []


def test_database_under_a_file_instead_of_a_folder_is_refused(tmp_path: Path) -> None:
    blocker = tmp_path / "non una cartella"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(DatabaseFileError):
        open_database(blocker / "dati.sqlite")
    assert blocker.read_text(encoding="utf-8") == "x"


def test_reading_the_revision_writes_nothing(db_path: Path) -> None:
    open_database(db_path).close()
    before = digest(db_path)
    assert stored_revision(db_path) == head_revision()
    assert digest(db_path) == before
    assert siblings(db_path) == [db_path.name]


# --- files of released schemas (tests/data) ----------------------------------------------

RELEASED_SCHEMA_FILES = sorted(DATA_DIR.glob("schema-*.sqlite"))


def test_every_revision_older_than_the_newest_has_a_released_file() -> None:
    have = {path.stem.removeprefix("schema-") for path in RELEASED_SCHEMA_FILES}
    assert known_revisions() - {head_revision()} <= have
    assert have <= known_revisions()
    for path in RELEASED_SCHEMA_FILES:
        assert not path.with_name(path.name + "-wal").exists()
        assert not path.with_name(path.name + "-shm").exists()


@pytest.mark.parametrize("released", RELEASED_SCHEMA_FILES, ids=lambda path: path.name)
def test_database_of_a_released_schema_opens_with_the_sample(
    released: Path, tmp_path: Path
) -> None:
    committed = digest(released)
    path = tmp_path / "copia utente" / released.name
    path.parent.mkdir()
    shutil.copyfile(released, path)
    old_revision = released.stem.removeprefix("schema-")
    assert stored_revision(path) == old_revision

    database = open_database(path)
    try:
        with database.transaction() as session:
            titles = session.scalars(select(PracticeRow.title)).all()
            topics = session.scalar(select(func.count()).select_from(ProgrammeItemRow))
            days = session.scalars(select(CandidateDateRow.day)).all()
            patron = session.execute(select(PracticeRow.patron_day, PracticeRow.patron_name)).one()
        practice = get_practice(database, 1)
    finally:
        database.close()

    assert len(titles) == 1
    assert titles[0].startswith(SAMPLE_TITLE_START)
    # 0002 added the patron-saint day: older files get empty texts, newer ones the sample's.
    expected = ("", "") if old_revision == "0001" else ("06-24", "San Giovanni Battista")
    assert tuple(patron) == expected
    assert (practice.patron_day, practice.patron_name) == expected
    assert practice.title == titles[0]
    assert topics == 6
    assert sorted(days) == [date(2026, 4, 20), date(2026, 4, 27)]
    assert stored_revision(path) == head_revision()
    backups = path.parent / BACKUPS_DIR_NAME
    assert backups.exists() == (old_revision != head_revision())
    assert digest(released) == committed  # the committed file itself is never touched
