"""Dates in words, in the sheet's language, without the system locale.

French: "jeudi 3 décembre 2026 à 9 h 30" ("1er" for the first of the month, "à 14 h" on the hour).
English: "Thursday 3 December 2026 at 9:30". Spanish: "jueves 3 de diciembre de 2026 a las 9:30".
Arabic: the day's name and the date in figures (day/month/year, as in France), because month
names differ between the Maghreb and the Middle East: "الخميس 3/12/2026، الساعة 9:30".
"""

from __future__ import annotations

from datetime import date, datetime

from app.core.french import DAY_NAMES, MONTH_NAMES

_WEEKDAYS = {
    "fr": DAY_NAMES,
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "ar": ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"),
}
_MONTHS = {
    "fr": MONTH_NAMES,
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
    "es": (
        "enero", "febrero", "marzo", "abril", "mayo", "junio",
        "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
    ),
}  # fmt: skip


def date_in_words(day: date, lang: str = "fr") -> str:
    """'jeudi 3 décembre 2026' (or its equivalent in ``lang``)."""
    weekday = _WEEKDAYS[lang][day.weekday()]
    if lang == "ar":
        return f"{weekday} {day.day}/{day.month}/{day.year}"
    month = _MONTHS[lang][day.month - 1]
    if lang == "fr":
        number = "1er" if day.day == 1 else str(day.day)
        return f"{weekday} {number} {month} {day.year}"
    if lang == "es":
        return f"{weekday} {day.day} de {month} de {day.year}"
    return f"{weekday} {day.day} {month} {day.year}"


def time_in_words(moment: datetime, lang: str = "fr") -> str:
    """'9 h 30', '14 h' in French; '9:30' elsewhere."""
    if lang == "fr":  # with no-break spaces: "9 h 30" never breaks across two lines
        hour = f"{moment.hour}\u00a0h"
        return f"{hour}\u00a0{moment.minute:02d}" if moment.minute else hour
    return f"{moment.hour}:{moment.minute:02d}"


def datetime_in_words(moment: datetime, lang: str = "fr") -> str:
    """'jeudi 3 décembre 2026 à 9 h 30' (or its equivalent in ``lang``)."""
    day = date_in_words(moment.date(), lang)
    time = time_in_words(moment, lang)
    joiner = {"fr": "à", "en": "at", "es": "a las", "ar": "، الساعة"}[lang]
    if lang == "ar":
        return f"{day}{joiner} {time}"
    if lang == "es" and moment.hour == 1:
        joiner = "a la"
    return f"{day} {joiner} {time}"
