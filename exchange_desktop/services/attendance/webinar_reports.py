"""The attendance reports kept as evidence: each import of a webinar report stores the
file's name, its SHA-256 and every connection, matched to a registration or to nobody, so
that the webinar register can name its source and list the guests and dial-ins."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from exchange_desktop.imports.attendance_report import AttendanceLine
from exchange_desktop.services.scheduling.session_rows import now
from exchange_desktop.storage.models import WebinarReportLineRow, WebinarReportRow


def file_digest(path: Path) -> str:
    """The SHA-256 of the file, in hex."""
    digest = hashlib.sha256()
    with path.open("rb") as source:
        for block in iter(lambda: source.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def store_report(
    orm: OrmSession,
    session_id: int,
    path: Path,
    day: date,
    lines: Sequence[tuple[int | None, AttendanceLine]],
) -> WebinarReportRow:
    """Keep the report (inside the import's transaction): one row per connection."""
    report = WebinarReportRow(
        session_id=session_id,
        file_name=path.name,
        sha256=file_digest(path),
        imported_at=now(orm),  # the database's clock: it proves when
        day=day,
    )
    for registration_id, line in lines:
        connections: list[tuple[datetime | None, datetime | None]] = list(line.connections)
        for joined, left in connections or [(line.first_join, line.last_leave)]:
            report.lines.append(
                WebinarReportLineRow(
                    registration_id=registration_id,
                    name=line.name,
                    email=line.email,
                    joined=joined,
                    left=left,
                )
            )
    orm.add(report)
    orm.flush()
    return report


def latest_reports(orm: OrmSession, session_id: int) -> dict[date, WebinarReportRow]:
    """For each day a report was imported for, the report imported last, by day."""
    latest: dict[date, WebinarReportRow] = {}
    for report in orm.scalars(
        select(WebinarReportRow)
        .where(WebinarReportRow.session_id == session_id)
        .order_by(WebinarReportRow.imported_at.desc(), WebinarReportRow.id.desc())
    ):
        latest.setdefault(report.day, report)
    return dict(sorted(latest.items()))


def latest_report(orm: OrmSession, session_id: int) -> WebinarReportRow | None:
    """The report imported last for the session, or None."""
    return orm.scalars(
        select(WebinarReportRow)
        .where(WebinarReportRow.session_id == session_id)
        .order_by(WebinarReportRow.imported_at.desc(), WebinarReportRow.id.desc())
        .limit(1)
    ).first()
