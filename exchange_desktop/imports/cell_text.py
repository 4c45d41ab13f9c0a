"""A spreadsheet cell's value as the clerk reads it in Excel: trimmed text, Italian dates,
whole numbers without ".0" (a phone number), never "3.4e9"."""

from __future__ import annotations

import math
from datetime import date, datetime, time, timedelta


def _number_text(value: float) -> str:
    """3471234567.0 → "3471234567" (a phone number), 2.5 → "2,5"; never "3.4e9"."""
    if not math.isfinite(value):
        return ""
    if value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    text = f"{value:.15g}"
    if "e" in text:
        text = f"{value:.10f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def cell_text(value: object) -> str:
    """A cell's value as the clerk reads it: trimmed text, Italian dates, whole numbers."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "VERO" if value else "FALSO"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return _number_text(value)
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.strftime("%d/%m/%Y")
        pattern = "%d/%m/%Y %H:%M:%S" if value.second else "%d/%m/%Y %H:%M"
        return value.strftime(pattern)
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, time):
        return value.strftime("%H:%M:%S" if value.second else "%H:%M")
    if isinstance(value, timedelta):
        seconds = int(value.total_seconds())
        return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"
    return str(value).strip()
