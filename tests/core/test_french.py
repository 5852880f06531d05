from __future__ import annotations

from datetime import date, datetime

import pytest

from app.core import french


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 3, 1), "1er mars 2026"),
        (date(2026, 12, 3), "3 décembre 2026"),
        (date(2027, 8, 15), "15 août 2027"),
    ],
)
def test_day_month_year(day, expected):
    assert french.day_month_year(day) == expected


def test_long_forms_with_weekday_and_time():
    assert french.long_date(date(2026, 12, 3)) == "jeudi 3 décembre 2026"
    assert french.long_datetime(datetime(2026, 12, 3, 9, 30)) == "jeudi 3 décembre 2026 à 9 h 30"
    assert french.long_datetime(datetime(2026, 12, 1, 14, 0)) == "mardi 1er décembre 2026 à 14 h"
    assert french.time_of_day(datetime(2026, 1, 1, 8, 5), french.NBSP) == "8\u00a0h\u00a005"
    assert french.month_year(date(2024, 5, 31)) == "mai 2024"
