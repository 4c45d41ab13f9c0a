"""Copying between table rows and domain objects, by field name."""

from __future__ import annotations

from dataclasses import fields
from typing import Any, TypeVar

from exchange_desktop.domain.scheduling import CandidateDate, Session
from exchange_desktop.storage.models import SessionRow

T = TypeVar("T")


def to_domain(row: object, cls: type[T]) -> T:
    """A domain object of ``cls`` filled from the same-named attributes of ``row``.

    Lists are copied so that the domain object never shares mutable state with the row.
    """
    values: dict[str, Any] = {}
    for field in fields(cls):  # type: ignore[arg-type]
        if hasattr(row, field.name):
            value = getattr(row, field.name)
            values[field.name] = list(value) if isinstance(value, list) else value
    return cls(**values)


def copy_fields(source: object, row: object, names: tuple[str, ...] | list[str]) -> None:
    """Set ``names`` on ``row`` from ``source`` (a domain object or another row)."""
    for name in names:
        value = getattr(source, name)
        setattr(row, name, list(value) if isinstance(value, list) else value)


def session_to_domain(row: SessionRow) -> Session:
    session = to_domain(row, Session)
    candidates = sorted(row.candidate_dates, key=lambda c: (c.day, c.id or 0))
    session.candidate_dates = [to_domain(c, CandidateDate) for c in candidates]
    return session
