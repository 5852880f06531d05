"""French wording of parsed opening hours, in plain language: short sentences, common words,
"8 h 30" and "17 h" (noon is "12 h", midnight is "minuit")."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.french import DAY_NAMES, MONTH_NAMES

from .model import ALL_DAYS, MINUTES_PER_DAY, WHOLE_DAY, DateRange, Rule, TimeSpan
from .schedule import CLOSED, OPEN, Day, in_week, rule_spans, rule_state, typical_week

PUBLIC_HOLIDAYS = "les jours fériés"
SCHOOL_HOLIDAYS = "pendant les vacances scolaires"
FALLBACK_HEAD = "en dehors de ces horaires"


@dataclass(frozen=True)
class Phrase:
    """One piece of information: ``head`` says when (may be empty), ``body`` says what."""

    head: str
    body: str

    def sentence(self) -> str:
        text = f"{self.head}, {self.body}" if self.head else self.body
        text = _upper_first(text)
        return text if text.endswith((".", "!", "?", "…")) else f"{text}."

    def line(self) -> str:
        return _upper_first(f"{self.head} : {self.body}" if self.head else self.body)


# -- small words ---------------------------------------------------------------------------------
def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _lower_first(text: str) -> str:
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def french_list(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} et {items[-1]}"


def time_text(minutes: int) -> str:
    if minutes > MINUTES_PER_DAY:
        minutes -= MINUTES_PER_DAY
    if minutes in (0, MINUTES_PER_DAY):
        return "minuit"
    hours, rest = divmod(minutes, 60)
    return f"{hours} h {rest:02d}" if rest else f"{hours} h"


def span_text(span: TimeSpan) -> str:
    if span.whole_day:
        return "24 heures sur 24"
    if span.end is None:
        return f"à partir de {time_text(span.start)}"
    return f"de {time_text(span.start)} à {time_text(span.end)}"


def spans_text(spans: tuple[TimeSpan, ...]) -> str:
    return french_list([span_text(span) for span in spans])


def days_text(days: set[int] | tuple[int, ...]) -> str:
    """'du lundi au vendredi', 'le mardi et le jeudi', 'du samedi au lundi', 'tous les jours'."""
    chosen = set(days)
    if chosen == set(ALL_DAYS):
        return "tous les jours"
    items: list[str] = []
    for start in sorted(day for day in chosen if (day - 1) % 7 not in chosen):
        run = [start]
        while (run[-1] + 1) % 7 in chosen:
            run.append((run[-1] + 1) % 7)
        if len(run) >= 3:
            items.append(f"du {DAY_NAMES[run[0]]} au {DAY_NAMES[run[-1]]}")
        else:
            items.extend(f"le {DAY_NAMES[day]}" for day in run)
    return french_list(items)


def _day_of_month(day: int) -> str:
    return "1er" if day == 1 else str(day)


def date_range_text(dates: DateRange) -> str:
    start, end = MONTH_NAMES[dates.start_month - 1], MONTH_NAMES[dates.end_month - 1]
    if dates.start_day is None or dates.end_day is None:
        if dates.start_month == dates.end_month:
            return f"en {start}"
        if (dates.end_month - dates.start_month) % 12 == 1:
            return f"en {start} et en {end}"
        return f"de {start} à {end}"
    first, last = _day_of_month(dates.start_day), _day_of_month(dates.end_day)
    if dates.start_month == dates.end_month:
        if dates.start_day == dates.end_day:
            return f"le {first} {start}"
        return f"du {first} au {last} {start}"
    return f"du {first} {start} au {last} {end}"


def comment_text(comment: str) -> str:
    return _lower_first(comment.strip().rstrip(".").strip())


# -- phrases -------------------------------------------------------------------------------------
def _phrase(
    state: str,
    spans: tuple[TimeSpan, ...],
    comment: str,
    when_days: str,
    when_dates: str = "",
) -> Phrase:
    note = comment_text(comment)
    if state == CLOSED:
        where = " ".join(part for part in (when_days, when_dates) if part)
        body = " ".join(part for part in ("Fermé", where, spans_text(spans)) if part)
        return Phrase("", f"{body}, {note}" if note else body)
    head = ", ".join(part for part in (when_dates, when_days) if part)
    if state == OPEN and spans:
        if spans == (WHOLE_DAY,) and when_days == "tous les jours" and not when_dates:
            body = "Ouvert tous les jours, 24 heures sur 24"
            return Phrase("", f"{body}, {note}" if note else body)
        return Phrase(head, f"{spans_text(spans)}, {note}" if note else spans_text(spans))
    if state == OPEN:
        if note:
            return Phrase(head, note)
        where = " ".join(part for part in (when_days, when_dates) if part)
        return Phrase("", f"Ouvert {where}" if where else "Ouvert")
    if spans:  # unknown: "Sa 10:00-12:00 unknown"
        return Phrase(head, f"{spans_text(spans)}, {note or 'à confirmer'}")
    return Phrase(head, note or "horaires à confirmer")


def _rule_days_text(rule: Rule, *, with_weekdays: bool = True) -> str:
    items = [days_text(rule.days)] if rule.days and with_weekdays else []
    if rule.public_holiday:
        items.append(PUBLIC_HOLIDAYS)
    if rule.school_holiday:
        items.append(SCHOOL_HOLIDAYS)
    return french_list(items)


def _rule_phrase(rule: Rule, *, with_weekdays: bool = True) -> Phrase:
    if rule.is_note:
        return Phrase("", _upper_first(comment_text(rule.comment)))
    when_days = _rule_days_text(rule, with_weekdays=with_weekdays)
    if rule.always and not when_days:
        when_days = "tous les jours"
    when_dates = french_list([date_range_text(dates) for dates in rule.dates])
    return _phrase(rule_state(rule), rule_spans(rule), rule.comment, when_days, when_dates)


def _is_plain_closed(rule: Rule) -> bool:
    return rule.off and not (rule.spans or rule.comment or rule.dates)


def phrases(rules: list[Rule]) -> list[Phrase]:
    """The phrases describing ``rules``: the typical week, then exceptions, then fallbacks."""
    groups: dict[Day, set[int]] = {}
    for day, schedule in sorted(typical_week(rules).items()):
        groups.setdefault(schedule, set()).add(day)

    exceptions: list[Rule] = []
    for rule in rules:
        if (
            rule.separator == "||"
            or in_week(rule)
            and not (rule.public_holiday or rule.school_holiday)
        ):
            continue
        exceptions.append(rule)

    # "Fermé le dimanche et les jours fériés": plain closings on holidays join the closed days.
    closed_holidays = [
        rule
        for rule in exceptions
        if _is_plain_closed(rule) and (rule.holidays_only or in_week(rule))
    ]
    holidays_text = [_rule_days_text(rule, with_weekdays=False) for rule in closed_holidays]
    plain_closed = Day(CLOSED)
    if plain_closed not in groups and closed_holidays:
        groups[plain_closed] = set()

    result = []
    for schedule, days in groups.items():
        when = days_text(days) if days else ""
        if schedule == plain_closed:
            when = french_list([part for part in (when, *holidays_text) if part])
        result.append(_phrase(schedule.state, schedule.spans, schedule.comment, when))
    for rule in exceptions:
        if rule not in closed_holidays:
            result.append(_rule_phrase(rule, with_weekdays=not in_week(rule)))
    for rule in rules:
        if rule.separator == "||":
            inner = _rule_phrase(rule)
            text = f"{inner.head}, {inner.body}" if inner.head else inner.body
            result.append(Phrase(FALLBACK_HEAD, _lower_first(text)))
    return result
