"""Migration 0003: a file of the previous version keeps its attendance, split by sitting."""

from __future__ import annotations

import sqlite3
from datetime import time
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from exchange_desktop.services import roster as roster_service
from exchange_desktop.storage.database import head_revision, open_database
from exchange_desktop.storage.db_files import stored_revision
from exchange_desktop.storage.schema import alembic_config

_NOW = "2026-03-01 09:00:00.000000"
_TRANSFER, _MODE, _MODALITY, _STATUS = "workshop", "O", "in_person", "confirmed"


def _old_file(path: Path) -> None:
    """A database at revision 0002 with a day 09–17 (lunch 13–14) and three people's times."""
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0002")
    engine.dispose()
    sql = sqlite3.connect(path)
    sql.executescript(
        f"""
        INSERT INTO practices (id, title, host_comune, sector, office, description, aim,
            transfer_mode, transfer_notes, max_participants, profiles, duration_days,
            scheduling_mode, dates_note, contact_name, contact_email, contact_phone,
            created_at, updated_at)
        VALUES (1, 'Prova', 'Comune di Monza', '', '', '', '', '{_TRANSFER}', '', 10, '[]', 1,
            '{_MODE}', '', '', '', '', '{_NOW}', '{_NOW}');
        INSERT INTO programme_items (id, practice_id, position, kind, title, text,
            start_time, end_time, speakers) VALUES
            (1, 1, 0, 'topic', 'Mattina', '', '09:00:00.000000', '13:00:00.000000', ''),
            (2, 1, 1, 'break', 'Pranzo', '', '13:00:00.000000', '14:00:00.000000', ''),
            (3, 1, 2, 'topic', 'Pomeriggio', '', '14:00:00.000000', '17:00:00.000000', '');
        INSERT INTO sessions (id, practice_id, capacity, modality, venue, room, webinar_link,
            start_time, end_time, status, notes)
            VALUES (1, 1, 10, '{_MODALITY}', '', '', '', '09:00:00.000000', '17:00:00.000000',
            '{_STATUS}', '');
        INSERT INTO candidate_dates (id, session_id, day, status)
            VALUES (1, 1, '2026-04-20', 'confirmed');
        INSERT INTO participants (id, surname, name, role, email, phone, fiscal_code,
            privacy_consent) VALUES
            (1, 'Rossi', 'Anna', '', '', '', '', 1),
            (2, 'Bianchi', 'Luca', '', '', '', '', 1),
            (3, 'Verdi', 'Ida', '', '', '', '', 1);
        INSERT INTO registrations (id, participant_id, session_id, status, registered_at)
            VALUES (1, 1, 1, 'confirmed', '{_NOW}'), (2, 2, 1, 'confirmed', '{_NOW}'),
                   (3, 3, 1, 'confirmed', '{_NOW}');
        INSERT INTO attendances (id, registration_id, day, present, time_in, time_out) VALUES
            (1, 1, '2026-04-20', 1, '09:00:00.000000', '17:00:00.000000'),
            (2, 2, '2026-04-20', 1, '09:30:00.000000', '12:00:00.000000'),
            (3, 3, '2026-04-20', 1, NULL, NULL);
        """
    )
    sql.commit()
    sql.close()


def test_one_pair_per_day_becomes_the_sittings_it_overlaps(tmp_path: Path) -> None:
    path = tmp_path / "vecchio.db"
    _old_file(path)
    assert stored_revision(path) == "0002"

    db = open_database(path)
    try:
        assert stored_revision(path) == head_revision()
        rows = {r.surname: r for r in roster_service.roster(db, 1, 1)}
        # 09–17 was 8 h; the lunch between the two sittings is no training: 7 h.
        assert rows["Rossi"].minutes_attended == 7 * 60
        assert [(s.number, s.time_in, s.time_out) for s in rows["Rossi"].sittings] == [
            (1, time(9, 0), None),
            (2, None, time(17, 0)),
        ]
        assert rows["Bianchi"].minutes_attended == 150  # morning only, 09:30–12:00
        assert [s.present for s in rows["Bianchi"].sittings] == [True, None]
        assert rows["Verdi"].minutes_attended == 7 * 60  # present, no times: both sittings
        assert rows["Rossi"].planned_minutes == 7 * 60
    finally:
        db.close()
    with sqlite3.connect(path) as sql:
        assert sql.execute("SELECT COUNT(*) FROM attendances").fetchone() == (5,)
        assert sql.execute("PRAGMA foreign_key_check").fetchall() == []
