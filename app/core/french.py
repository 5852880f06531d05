"""French words for dates and times, the same everywhere (window, sheets, exports, reasons).

Written out here rather than taken from the system locale: a counsellor's laptop may be set
to another language, and the sheet must still say "jeudi 3 décembre 2026 à 9 h 30".
"""

from __future__ import annotations

from datetime import date, datetime

DAY_NAMES = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MONTH_NAMES = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip
NBSP = "\u00a0"


def day_number(day: int) -> str:
    """1 → "1er", 3 → "3"."""
    return "1er" if day == 1 else str(day)


def day_month_year(day: date) -> str:
    """date(2026, 3, 1) → "1er mars 2026"."""
    return f"{day_number(day.day)} {MONTH_NAMES[day.month - 1]} {day.year}"


def month_year(day: date) -> str:
    """date(2026, 3, 1) → "mars 2026"."""
    return f"{MONTH_NAMES[day.month - 1]} {day.year}"


def long_date(day: date) -> str:
    """date(2026, 12, 3) → "jeudi 3 décembre 2026"."""
    return f"{DAY_NAMES[day.weekday()]} {day_month_year(day)}"


def time_of_day(moment: datetime, space: str = " ") -> str:
    """9:30 → "9 h 30", 14:00 → "14 h" (``space=NBSP`` keeps it on one printed line)."""
    hour = f"{moment.hour}{space}h"
    return f"{hour}{space}{moment.minute:02d}" if moment.minute else hour


def long_datetime(moment: datetime, space: str = " ") -> str:
    """datetime(2026, 12, 3, 9, 30) → "jeudi 3 décembre 2026 à 9 h 30"."""
    return f"{long_date(moment.date())} à {time_of_day(moment, space)}"
