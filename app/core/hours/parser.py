"""Parser for the subset of the OSM ``opening_hours`` grammar that Passerelle puts into words.

Grammar reference: https://wiki.openstreetmap.org/wiki/Key:opening_hours/specification.
Whether a value is valid OSM is decided by the ``opening-hours-py`` library (see the package
docstring); this parser builds our :class:`~app.core.hours.model.Rule` model and refuses, by raising
:class:`Unsupported`, every construct it cannot describe faithfully (years, week numbers, nth
weekday "Mo[1]", easter, sunrise/sunset, point times, repeated times, "PH Mo" intersections…).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import MINUTES_PER_DAY, DateRange, Rule, TimeSpan

WEEKDAYS = {"mo": 0, "tu": 1, "we": 2, "th": 3, "fr": 4, "sa": 5, "su": 6}
MONTHS = {
    name: number
    for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
        start=1,
    )
}
MODIFIERS = {"open", "closed", "off", "unknown"}

_TOKEN = re.compile(
    r"""
    \s*(?:
      (?P<comment>"[^"]*")
    | (?P<always>24/7)
    | (?P<fallback>\|\|)
    | (?P<time>\d{1,2}:\d{2})
    | (?P<number>\d+)
    | (?P<word>[A-Za-z]+)
    | (?P<punct>[;,\-+:])
    )""",
    re.VERBOSE,
)


class Unsupported(ValueError):
    """The value is not in the subset of the grammar we describe."""


@dataclass(frozen=True)
class Token:
    kind: str  # comment, always, fallback, time, number, word, punct
    text: str

    def is_word(self, *words: str) -> bool:
        return self.kind == "word" and self.text.lower() in words


def tokenize(value: str) -> list[Token]:
    tokens: list[Token] = []
    position = 0
    text = value.rstrip()
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None or match.end() == position:
            raise Unsupported(f"unexpected character at {position}")
        kind = match.lastgroup or ""
        raw = match.group(kind)
        tokens.append(Token(kind, raw[1:-1] if kind == "comment" else raw))
        position = match.end()
    return tokens


class _Parser:
    def __init__(self, tokens: list[Token]):
        self.tokens = tokens
        self.index = 0

    # -- helpers -------------------------------------------------------------------------------
    def peek(self, offset: int = 0) -> Token | None:
        position = self.index + offset
        return self.tokens[position] if position < len(self.tokens) else None

    def take(self) -> Token:
        token = self.peek()
        if token is None:
            raise Unsupported("unexpected end")
        self.index += 1
        return token

    def at_punct(self, text: str, offset: int = 0) -> bool:
        token = self.peek(offset)
        return token is not None and token.kind == "punct" and token.text == text

    def kind_at(self, offset: int = 0) -> str | None:
        token = self.peek(offset)
        if token is None:
            return None
        if token.kind == "word":
            word = token.text.lower()
            if word in WEEKDAYS or word in ("ph", "sh"):
                return "day"
            if word in MONTHS:
                return "month"
            if word in MODIFIERS:
                return "modifier"
            return "other-word"
        return token.kind

    # -- grammar -------------------------------------------------------------------------------
    def parse(self) -> list[Rule]:
        rules = [self.rule(";")]
        while self.peek() is not None:
            token = self.take()
            if token.kind == "fallback":
                separator = "||"
            elif token.kind == "punct" and token.text in ";,":
                separator = token.text
            else:
                raise Unsupported(f"unexpected {token.text!r}")
            rules.append(self.rule(separator))
        return rules

    def rule(self, separator: str) -> Rule:
        fields: dict = {"separator": separator}
        if self.kind_at() == "always":
            self.take()
            fields["always"] = True
        else:
            if self.kind_at() == "month":
                fields["dates"] = self.dates()
                if self.at_punct(":"):
                    self.take()
            if self.kind_at() == "day":
                fields.update(self.days())
            if self.kind_at() == "time":
                fields["spans"] = self.spans()
        if self.kind_at() == "modifier":
            word = self.take().text.lower()
            fields["off"] = word in ("off", "closed")
            fields["unknown"] = word == "unknown"
            fields["open"] = word == "open"
        if self.kind_at() == "comment":
            fields["comment"] = self.take().text.strip()
        rule = Rule(**fields)
        if rule == Rule(separator=separator):
            raise Unsupported("empty rule")
        following = self.peek()
        if following is not None and following.kind not in ("fallback", "punct"):
            raise Unsupported(f"unexpected {following.text!r}")
        if following is not None and following.kind == "punct" and following.text not in ";,":
            raise Unsupported(f"unexpected {following.text!r}")
        return rule

    def dates(self) -> tuple[DateRange, ...]:
        ranges = [self.date_range()]
        while self.at_punct(",") and self.kind_at(1) == "month":
            self.take()
            ranges.append(self.date_range())
        return tuple(ranges)

    def date_range(self) -> DateRange:
        start_month = MONTHS[self.take().text.lower()]
        start_day = self.day_number() if self.kind_at() == "number" else None
        if not self.at_punct("-"):
            return DateRange(start_month, start_month, start_day, start_day)
        self.take()
        if self.kind_at() == "number" and start_day is not None:
            return DateRange(start_month, start_month, start_day, self.day_number())
        if self.kind_at() != "month":
            raise Unsupported("bad date range")
        end_month = MONTHS[self.take().text.lower()]
        end_day = self.day_number() if self.kind_at() == "number" else None
        if (start_day is None) != (end_day is None):
            raise Unsupported("mixed month and date range")
        return DateRange(start_month, end_month, start_day, end_day)

    def day_number(self) -> int:
        day = int(self.take().text)
        if not 1 <= day <= 31:
            raise Unsupported("bad day of month")
        return day

    def days(self) -> dict:
        days: list[int] = []
        public_holiday = school_holiday = False
        while True:
            word = self.take().text.lower()
            if word == "ph":
                public_holiday = True
            elif word == "sh":
                school_holiday = True
            else:
                first = WEEKDAYS[word]
                last = first
                if self.at_punct("-"):
                    self.take()
                    if self.kind_at() != "day" or self.peek().text.lower() not in WEEKDAYS:
                        raise Unsupported("bad weekday range")
                    last = WEEKDAYS[self.take().text.lower()]
                for offset in range((last - first) % 7 + 1):
                    day = (first + offset) % 7
                    if day not in days:
                        days.append(day)
            if self.at_punct(",") and self.kind_at(1) == "day":
                self.take()
                continue
            if self.kind_at() == "day":
                raise Unsupported("holiday and weekday intersection")
            break
        return {
            "days": tuple(days),
            "public_holiday": public_holiday,
            "school_holiday": school_holiday,
        }

    def spans(self) -> tuple[TimeSpan, ...]:
        spans = [self.span()]
        while self.at_punct(",") and self.kind_at(1) == "time":
            self.take()
            spans.append(self.span())
        return tuple(spans)

    def span(self) -> TimeSpan:
        start = _minutes(self.take().text, extended=False)
        if self.at_punct("+"):
            self.take()
            return TimeSpan(start, None)
        if not self.at_punct("-") or self.kind_at(1) != "time":
            raise Unsupported("point in time or variable time")
        self.take()
        end = _minutes(self.take().text, extended=True)
        if self.at_punct("+"):
            raise Unsupported("open end after a span")
        if end <= start:
            end += MINUTES_PER_DAY
        return TimeSpan(start, end)


def _minutes(text: str, *, extended: bool) -> int:
    hours, minutes = (int(part) for part in text.split(":"))
    if minutes > 59 or hours > (48 if extended else 24):
        raise Unsupported(f"bad time {text}")
    total = hours * 60 + minutes
    if total > (2 * MINUTES_PER_DAY if extended else MINUTES_PER_DAY):
        raise Unsupported(f"bad time {text}")
    return total


def parse_rules(value: str) -> list[Rule]:
    """Parse ``value`` into rules, or raise :class:`Unsupported`."""
    return _Parser(tokenize(value)).parse()
