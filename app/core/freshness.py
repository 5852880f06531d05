"""How fresh a catalogue entry is: one rule for the window, the filters, the matching and stats.

An entry is as fresh as the most recent of the producer's update (``date_maj``) and our own
local verification (``verified_on``). Past ``STALE_AFTER_MONTHS`` it is flagged "à vérifier".
"""

from __future__ import annotations

import calendar
from datetime import date
from typing import Protocol

STALE_AFTER_MONTHS = 12


class _Dated(Protocol):
    date_maj: date
    verified_on: date | None


def freshness_date(item: _Dated) -> date:
    """The most recent of the producer's update and our local verification."""
    if item.verified_on is not None and item.verified_on > item.date_maj:
        return item.verified_on
    return item.date_maj


def months_before(day: date, months: int) -> date:
    """The same day ``months`` months earlier (the month's last day when it is shorter)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def months_between(earlier: date, later: date) -> int:
    """Whole months from ``earlier`` to ``later`` (0 when later is before)."""
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    if later.day < earlier.day:
        months -= 1
    return max(0, months)


def is_stale(fresh: date, today: date) -> bool:
    """Older than STALE_AFTER_MONTHS: to check before sending someone there."""
    return fresh < months_before(today, STALE_AFTER_MONTHS)
