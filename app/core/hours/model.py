"""Data model of a parsed OSM ``opening_hours`` value (see :mod:`app.core.hours`)."""

from __future__ import annotations

from dataclasses import dataclass

MINUTES_PER_DAY = 24 * 60
ALL_DAYS: tuple[int, ...] = tuple(range(7))


@dataclass(frozen=True)
class TimeSpan:
    """One opening span, in minutes since midnight.

    ``end`` may pass 24:00 (1440) for spans that run into the next day ("22:00-02:00" is stored as
    1320-1560); ``end`` is None for an open end ("10:00+", "à partir de 10 h").
    """

    start: int
    end: int | None

    @property
    def whole_day(self) -> bool:
        return self.start == 0 and self.end == MINUTES_PER_DAY


WHOLE_DAY = TimeSpan(0, MINUTES_PER_DAY)


@dataclass(frozen=True)
class DateRange:
    """A month, a month range, a date or a date range, without year ("Aug", "Jul-Aug", "Dec 25",
    "Dec 24-Jan 02"). Days are None when the range is made of whole months."""

    start_month: int
    end_month: int
    start_day: int | None = None
    end_day: int | None = None


@dataclass(frozen=True)
class Rule:
    """One rule of an ``opening_hours`` value.

    - ``days``: weekdays (0 = Monday … 6 = Sunday) in the order written, ranges expanded
      ("Sa-Mo" gives (5, 6, 0)); empty when the rule names no weekday.
    - ``public_holiday`` / ``school_holiday``: the rule names PH / SH.
    - ``dates``: months or dates the rule is limited to; empty means all year.
    - ``spans``: opening spans; empty means the whole day (or, with ``off``, the whole day closed).
    - ``always``: the rule is "24/7".
    - ``off``: "off" / "closed"; ``unknown``: "unknown"; ``open``: the word "open" was written.
    - ``comment``: the text between double quotes, without the quotes.
    - ``separator``: how the rule is joined to the previous one: ";" (normal rule, replaces what
      earlier rules said about its days), "," (additional rule, adds to it) or "||" (fallback, used
      when earlier rules do not apply). The first rule has ";".
    """

    days: tuple[int, ...] = ()
    spans: tuple[TimeSpan, ...] = ()
    off: bool = False
    unknown: bool = False
    open: bool = False
    public_holiday: bool = False
    school_holiday: bool = False
    dates: tuple[DateRange, ...] = ()
    always: bool = False
    comment: str = ""
    separator: str = ";"

    @property
    def is_note(self) -> bool:
        """A rule made of a comment only ('"sur rendez-vous"'): read as a general remark."""
        return bool(self.comment) and not (
            self.days
            or self.spans
            or self.off
            or self.unknown
            or self.open
            or self.public_holiday
            or self.school_holiday
            or self.dates
            or self.always
        )

    @property
    def holidays_only(self) -> bool:
        return (self.public_holiday or self.school_holiday) and not self.days
