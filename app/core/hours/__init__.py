"""Opening hours (data·inclusion ``horaires_accueil``, OSM ``opening_hours`` syntax) in plain
French, for counsellors and for the printed sheets.

Library choice. Validity is decided by ``opening-hours-py`` (PyPI, Rust ``opening-hours`` crate by
Rémi Dupré, MIT/Apache-2.0, maintained, wheels for Linux, Windows and macOS): it implements the
whole OSM grammar and is what :func:`is_valid_hours` answers with. It does not expose its syntax
tree, so the French wording needs our own model: :mod:`.parser` reads the subset of the grammar we
can put into words into :class:`Rule` objects, and only for values the library accepts. Anything
valid but outside that subset (years, week numbers, "Mo[1]", easter, sunrise, "PH Mo"…) and any
invalid text is shown as written, never with an exception.

Public API: :func:`describe_hours`, :func:`weekly_lines`, :func:`parse_hours`, :func:`is_open_on`,
:func:`mentions_public_holidays`, :func:`is_valid_hours`.

Reading choices (see tests/core/test_hours.py):
- a weekday no rule mentions is "not said" (``is_open_on`` gives None), although OSM reads it as
  closed; rules limited to months or dates do not count for ``is_open_on``;
- a rule made of a comment only ('"sur rendez-vous"') is read as a remark: it is shown as a
  sentence and does not replace the hours given by the other rules;
- 'Mo-Fr "sur rendez-vous"' (days and a comment, no hours) gives an unknown state (None);
- a comma followed by a weekday, a month or a modifier starts an OSM additional rule
  ("Mo-Fr 09:00-12:00, Sa 10:00-12:00"); a comma followed by a time continues the time list, so
  "Mo-Fr 09:00-12:00, 14:00-17:00" is read as people mean it (two spans from Monday to Friday),
  where the strict grammar (and opening-hours-py) would add 14 h-17 h on every day.
"""

from __future__ import annotations

import re
from functools import lru_cache

import opening_hours

from .model import DateRange, Rule, TimeSpan
from .parser import Unsupported, parse_rules
from .schedule import CLOSED, OPEN, fallback_day, typical_week
from .wording import phrases

__all__ = [
    "DateRange",
    "Rule",
    "TimeSpan",
    "describe_hours",
    "is_open_on",
    "is_valid_hours",
    "mentions_public_holidays",
    "parse_hours",
    "weekly_lines",
]

_COMMENT = re.compile(r'"[^"]*"')
_PUBLIC_HOLIDAY = re.compile(r"\bPH\b", re.IGNORECASE)


def _clean(value: str | None) -> str:
    return value.strip() if isinstance(value, str) else ""


@lru_cache(maxsize=4096)
def _valid(text: str) -> bool:
    return bool(text) and opening_hours.validate(text)


@lru_cache(maxsize=4096)
def _parse(text: str) -> tuple[Rule, ...] | None:
    if not _valid(text):
        return None
    try:
        return tuple(parse_rules(text))
    except Unsupported:
        return None


def is_valid_hours(value: str | None) -> bool:
    """Whether ``value`` is a valid OSM ``opening_hours`` value (empty is not)."""
    return _valid(_clean(value))


def parse_hours(value: str | None) -> list[Rule] | None:
    """The rules of ``value``, or None when it is empty, invalid or beyond what we describe."""
    rules = _parse(_clean(value))
    return list(rules) if rules is not None else None


def describe_hours(value: str | None) -> str:
    """Short French sentences: "Du lundi au vendredi, de 9 h à 12 h. Fermé les jours fériés."

    Empty gives ""; a value we cannot read is returned as written (stripped)."""
    text = _clean(value)
    rules = _parse(text)
    if rules is None:
        return text
    return " ".join(phrase.sentence() for phrase in phrases(list(rules))) or text


def weekly_lines(value: str | None) -> list[str]:
    """One line per group of days or per exception: ["Du lundi au vendredi : de 9 h à 12 h",
    "Fermé les jours fériés"]. Empty gives []; a value we cannot read gives [value]."""
    text = _clean(value)
    if not text:
        return []
    rules = _parse(text)
    if rules is None:
        return [text]
    return [phrase.line() for phrase in phrases(list(rules))] or [text]


def is_open_on(value: str | None, weekday: int) -> bool | None:
    """Whether the place opens on ``weekday`` (0 = Monday … 6 = Sunday) in a typical week.

    None when the value is absent or unreadable, or says nothing sure about that day."""
    if not 0 <= weekday <= 6:
        raise ValueError(f"weekday must be 0 (Monday) to 6 (Sunday), not {weekday}")
    rules = _parse(_clean(value))
    if rules is None:
        return None
    day = typical_week(list(rules)).get(weekday) or fallback_day(list(rules), weekday)
    if day is None or day.state not in (OPEN, CLOSED):
        return None
    return day.state == OPEN


def mentions_public_holidays(value: str | None) -> bool:
    """Whether the value says something about public holidays (PH)."""
    text = _clean(value)
    rules = _parse(text)
    if rules is not None:
        return any(rule.public_holiday for rule in rules)
    return _valid(text) and bool(_PUBLIC_HOLIDAY.search(_COMMENT.sub("", text)))
