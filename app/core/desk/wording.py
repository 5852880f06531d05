"""French dates, numbers and distances as the desk shows them."""

from __future__ import annotations

from datetime import date, datetime

from app.core.french import day_month_year, long_datetime
from app.core.freshness import months_between


def french_date(day: date) -> str:
    """date(2026, 3, 1) → "1er mars 2026"."""
    return day_month_year(day)


def french_datetime(moment: datetime) -> str:
    """datetime(2026, 12, 3, 9, 30) → "jeudi 3 décembre 2026 à 9 h 30"."""
    return long_datetime(moment)


def number(value: float, decimals: int = 1) -> str:
    """12.5 → "12,5"; 12.0 → "12"."""
    text = f"{value:.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")


def kilometres(value: float, *, short: bool = False) -> str:
    """0.4 → "400 m"; 3.24 → "3,2 km"; 27.6 → "28 km"; under 50 m: "moins de 100 m"
    ("< 100 m" when ``short``, for a table cell)."""
    if value < 0.05:
        return "< 100 m" if short else "moins de 100 m"
    if value < 1:
        return f"{max(100, round(value * 10) * 100)} m"
    return f"{number(value, 1 if value < 10 else 0)} km"


def age_of(day: date, today: date) -> str:
    """How long ago, in words: "ce mois-ci", "il y a 3 mois", "il y a 2 ans"."""
    months = months_between(day, today)
    if months == 0:
        return "ce mois-ci"
    if months < 24:
        return f"il y a {months} mois"
    return f"il y a {months // 12} ans"


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """plural(1, "service") → "1 service"; plural(3, "service") → "3 services"."""
    word = singular if count == 1 else (plural_form or singular + "s")
    return f"{count} {word}"
