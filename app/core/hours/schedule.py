"""The typical week of a parsed value: what each weekday looks like outside holidays and
outside rules limited to some months or dates.

Semantics follow the OSM specification: a normal rule (";") replaces what earlier rules said
about its weekdays, an additional rule (",") adds to it, and a closed rule with times only closes
those times. Rules limited to dates or holidays, comment-only notes and fallback rules ("||") are
left out of the week; the wording lists them after it.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import ALL_DAYS, MINUTES_PER_DAY, WHOLE_DAY, Rule, TimeSpan

OPEN, CLOSED, UNKNOWN = "open", "closed", "unknown"


@dataclass(frozen=True)
class Day:
    """What the value says about one weekday.

    ``state`` is open, closed or unknown. Open with no spans means open, hours not given; closed
    with spans means closed during those spans only (and nothing said about the rest).
    """

    state: str
    spans: tuple[TimeSpan, ...] = ()
    comment: str = ""


def rule_state(rule: Rule) -> str:
    if rule.off:
        return CLOSED
    if rule.unknown:
        return UNKNOWN
    if not (rule.spans or rule.open or rule.always) and rule.comment:
        return UNKNOWN  # 'Mo-Fr "sur rendez-vous"': days given, hours not
    return OPEN


def rule_spans(rule: Rule) -> tuple[TimeSpan, ...]:
    return (WHOLE_DAY,) if rule.always else rule.spans


def in_week(rule: Rule) -> bool:
    """Whether the rule belongs to the typical week (its weekday part, for "Su,PH off")."""
    if rule.separator == "||" or rule.dates or rule.is_note:
        return False
    return not rule.holidays_only


def typical_week(rules: list[Rule]) -> dict[int, Day]:
    """Weekday (0 = Monday) → what the value says about it; unmentioned days are absent."""
    week: dict[int, Day] = {}
    for rule in rules:
        if not in_week(rule):
            continue
        state, spans = rule_state(rule), rule_spans(rule)
        for day in rule.days or ALL_DAYS:
            before = week.get(day)
            week[day] = _apply(before, state, spans, rule.comment, rule.separator == ",")
    return week


def _apply(before: Day | None, state: str, spans: tuple[TimeSpan, ...], comment: str, adds: bool):
    if state == CLOSED and spans and before is not None and before.state == OPEN:
        remaining = _subtract(before.spans or (WHOLE_DAY,), spans)
        if not remaining:
            return Day(CLOSED, comment=comment)
        return Day(OPEN, remaining, _join_comments(before.comment, comment))
    if adds and before is not None and before.state == OPEN and state == OPEN:
        if not before.spans or not spans:
            merged: tuple[TimeSpan, ...] = ()
        else:
            merged = tuple(sorted(set(before.spans) | set(spans), key=_span_key))
        return Day(OPEN, merged, _join_comments(before.comment, comment))
    return Day(state, spans, comment)


def _span_key(span: TimeSpan) -> tuple[int, int]:
    return span.start, MINUTES_PER_DAY * 3 if span.end is None else span.end


def _subtract(spans: tuple[TimeSpan, ...], closed: tuple[TimeSpan, ...]) -> tuple[TimeSpan, ...]:
    pieces = [(span.start, _span_key(span)[1], span.end is None) for span in spans]
    for cut in closed:
        cut_start, cut_end = _span_key(cut)
        kept = []
        for start, end, open_end in pieces:
            if cut_end <= start or end <= cut_start:
                kept.append((start, end, open_end))
                continue
            if start < cut_start:
                kept.append((start, cut_start, False))
            if cut_end < end:
                kept.append((cut_end, end, open_end))
        pieces = kept
    return tuple(TimeSpan(start, None if open_end else end) for start, end, open_end in pieces)


def _join_comments(first: str, second: str) -> str:
    if not first or first == second:
        return second
    return f"{first} ; {second}" if second else first


def fallback_day(rules: list[Rule], weekday: int) -> Day | None:
    """The state a fallback rule ("||") gives a weekday no other rule mentions."""
    found = None
    for rule in rules:
        if rule.separator != "||" or rule.dates or rule.holidays_only:
            continue
        if rule.is_note:
            found = Day(UNKNOWN, comment=rule.comment)
        elif weekday in (rule.days or ALL_DAYS):
            found = Day(rule_state(rule), rule_spans(rule), rule.comment)
    return found
