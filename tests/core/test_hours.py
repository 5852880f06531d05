from __future__ import annotations

import datetime as dt

import opening_hours
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.hours import (
    DateRange,
    Rule,
    TimeSpan,
    describe_hours,
    is_open_on,
    is_valid_hours,
    mentions_public_holidays,
    parse_hours,
    weekly_lines,
)

# Real-world values (data·inclusion fixtures, the brief, common French services) → French text.
DESCRIPTIONS = [
    (
        "Mo-Fr 08:30-12:30,13:30-17:00; PH off",
        "Du lundi au vendredi, de 8 h 30 à 12 h 30 et de 13 h 30 à 17 h. Fermé les jours fériés.",
    ),
    ("Tu,Th 14:00-17:00", "Le mardi et le jeudi, de 14 h à 17 h."),
    ("24/7", "Ouvert tous les jours, 24 heures sur 24."),
    ("Mo-Su 00:00-24:00", "Ouvert tous les jours, 24 heures sur 24."),
    ("Mo-Fr 09:00-12:00", "Du lundi au vendredi, de 9 h à 12 h."),
    ("Mo-Fr 09:00-12:00,14:00-17:00", "Du lundi au vendredi, de 9 h à 12 h et de 14 h à 17 h."),
    ("Mo-Fr 09:00-12:00, 14:00-17:00", "Du lundi au vendredi, de 9 h à 12 h et de 14 h à 17 h."),
    (
        "Mo-Th 08:30-12:00,13:30-17:00; Fr 08:30-12:00",
        "Du lundi au jeudi, de 8 h 30 à 12 h et de 13 h 30 à 17 h. Le vendredi, de 8 h 30 à 12 h.",
    ),
    ("Mo,We,Fr 09:00-12:00", "Le lundi, le mercredi et le vendredi, de 9 h à 12 h."),
    ("Mo-We,Fr 09:00-12:00", "Du lundi au mercredi et le vendredi, de 9 h à 12 h."),
    ("Sa 09:00-12:00; Su off", "Le samedi, de 9 h à 12 h. Fermé le dimanche."),
    ("Sa off", "Fermé le samedi."),
    ("Sa,Su off", "Fermé le samedi et le dimanche."),
    ("Mo 09:00-12:00; We 14:00-17:00", "Le lundi, de 9 h à 12 h. Le mercredi, de 14 h à 17 h."),
    ("Mo 09:00-12:00; We 09:00-12:00", "Le lundi et le mercredi, de 9 h à 12 h."),
    ("Sa-Mo 10:00-12:00", "Du samedi au lundi, de 10 h à 12 h."),
    ("Sa-Su 10:00-12:00", "Le samedi et le dimanche, de 10 h à 12 h."),
    ("Mo-Sa 09:00-18:00", "Du lundi au samedi, de 9 h à 18 h."),
    ("PH 10:00-12:00", "Les jours fériés, de 10 h à 12 h."),
    (
        'Mo-Fr 09:00-17:00 "sur rendez-vous"',
        "Du lundi au vendredi, de 9 h à 17 h, sur rendez-vous.",
    ),
    (
        'Mo-Fr 08:30-12:30 open "Sans rendez-vous"; PH off',
        "Du lundi au vendredi, de 8 h 30 à 12 h 30, sans rendez-vous. Fermé les jours fériés.",
    ),
    (
        'Mo 09:00-12:00,14:00-17:30"Sans rendez-vous";Tu 09:00-12:00,14:00-17:30;'
        "We 09:00-12:00,14:00-17:30;Th 09:00-12:00,14:00-17:30;Fr 09:00-12:00,14:00-17:30; PH off",
        "Le lundi, de 9 h à 12 h et de 14 h à 17 h 30, sans rendez-vous. "
        "Du mardi au vendredi, de 9 h à 12 h et de 14 h à 17 h 30. Fermé les jours fériés.",
    ),
    (
        "Mo-Sa 09:00-18:00; Su,PH off",
        "Du lundi au samedi, de 9 h à 18 h. Fermé le dimanche et les jours fériés.",
    ),
    (
        "Mo-Fr 09:00-12:00; SH off",
        "Du lundi au vendredi, de 9 h à 12 h. Fermé pendant les vacances scolaires.",
    ),
    ("Mo-Fr 09:00-17:00; Aug off", "Du lundi au vendredi, de 9 h à 17 h. Fermé en août."),
    (
        "Mo-Fr 09:00-17:00; Jul-Aug Mo-Fr 09:00-12:00",
        "Du lundi au vendredi, de 9 h à 17 h. "
        "En juillet et en août, du lundi au vendredi, de 9 h à 12 h.",
    ),
    ("Jan-Jun Tu 14:00-16:00", "De janvier à juin, le mardi, de 14 h à 16 h."),
    ("Dec 24-Jan 02 off", "Fermé du 24 décembre au 2 janvier."),
    ("Mo-Fr 09:00-17:00; May 01 off", "Du lundi au vendredi, de 9 h à 17 h. Fermé le 1er mai."),
    ("Dec 24-26 off", "Fermé du 24 au 26 décembre."),
    (
        'Mo-Fr 09:00-12:00 || "sur rendez-vous"',
        "Du lundi au vendredi, de 9 h à 12 h. En dehors de ces horaires, sur rendez-vous.",
    ),
    (
        "Mo-Fr 09:00-12:00 || Sa 10:00-12:00",
        "Du lundi au vendredi, de 9 h à 12 h. En dehors de ces horaires, le samedi, de 10 h à 12 h.",
    ),
    ('"sur rendez-vous"', "Sur rendez-vous."),
    (
        'Mo-Fr 09:00-12:00; "Permanence CAF le jeudi."',
        "Du lundi au vendredi, de 9 h à 12 h. Permanence CAF le jeudi.",
    ),
    ('We "sur rendez-vous"', "Le mercredi, sur rendez-vous."),
    ("Mo-Fr unknown", "Du lundi au vendredi, horaires à confirmer."),
    ("Sa 10:00-12:00 unknown", "Le samedi, de 10 h à 12 h, à confirmer."),
    ('Mo-Fr unknown "sur rendez-vous"', "Du lundi au vendredi, sur rendez-vous."),
    (
        "Mo-Fr,PH 09:00-12:00",
        "Du lundi au vendredi, de 9 h à 12 h. Les jours fériés, de 9 h à 12 h.",
    ),
    ("Aug Sa off", "Fermé le samedi en août."),
    ("Jul,Aug off", "Fermé en juillet et en août."),
    ("24/7; PH off", "Ouvert tous les jours, 24 heures sur 24. Fermé les jours fériés."),
    (
        "Mo-Fr 09:00-12:00; SH off; PH off",
        "Du lundi au vendredi, de 9 h à 12 h. "
        "Fermé pendant les vacances scolaires et les jours fériés.",
    ),
    ("Mo-Fr 22:00-02:00", "Du lundi au vendredi, de 22 h à 2 h."),
    ("Fr 18:00-24:00", "Le vendredi, de 18 h à minuit."),
    ("Mo-Fr 09:05-11:45", "Du lundi au vendredi, de 9 h 05 à 11 h 45."),
    ("Sa 10:00+", "Le samedi, à partir de 10 h."),
    ("Mo-Fr", "Ouvert du lundi au vendredi."),
    ("Mo-Fr open", "Ouvert du lundi au vendredi."),
    ("open", "Ouvert tous les jours."),
    ("10:00-18:00; Su off", "Du lundi au samedi, de 10 h à 18 h. Fermé le dimanche."),
    ("Mo 12:00-14:00 off", "Fermé le lundi de 12 h à 14 h."),
    (
        "Mo-Fr 08:00-18:00; We 12:00-13:00 off",
        "Le lundi, le mardi, le jeudi et le vendredi, de 8 h à 18 h. "
        "Le mercredi, de 8 h à 12 h et de 13 h à 18 h.",
    ),
    (
        "Mo-Fr 09:00-12:00, Sa 10:00-12:00",
        "Du lundi au vendredi, de 9 h à 12 h. Le samedi, de 10 h à 12 h.",
    ),
    (
        "Mo-Fr 09:00-12:00, We 14:00-16:00",
        "Le lundi, le mardi, le jeudi et le vendredi, de 9 h à 12 h. "
        "Le mercredi, de 9 h à 12 h et de 14 h à 16 h.",
    ),
    ("mo-fr 09:00-12:00", "Du lundi au vendredi, de 9 h à 12 h."),
    # Unreadable or beyond what we put into words: shown as written, stripped.
    ("lundi matin", "lundi matin"),
    ("  lundi matin  ", "lundi matin"),
    ("9.00 à 12.00 - 14.00 à 17.00", "9.00 à 12.00 - 14.00 à 17.00"),
    ("Mo-Fr 25:00-26:00", "Mo-Fr 25:00-26:00"),
    ("Mo-Fr 09:00-12:00;", "Mo-Fr 09:00-12:00;"),
    ("week 01-10 Mo 10:00-12:00", "week 01-10 Mo 10:00-12:00"),
    ("Mo[1] 10:00-12:00", "Mo[1] 10:00-12:00"),
    ("Mo-Fr sunrise-sunset", "Mo-Fr sunrise-sunset"),
    ("2026 Mo-Fr 09:00-12:00", "2026 Mo-Fr 09:00-12:00"),
    ("", ""),
    ("   ", ""),
    (None, ""),
]


@pytest.mark.parametrize(("value", "expected"), DESCRIPTIONS)
def test_describe_hours(value, expected):
    assert describe_hours(value) == expected


LINES = [
    (
        "Mo-Fr 08:30-12:30,13:30-17:00; PH off",
        [
            "Du lundi au vendredi : de 8 h 30 à 12 h 30 et de 13 h 30 à 17 h",
            "Fermé les jours fériés",
        ],
    ),
    ("Sa 09:00-12:00; Su off", ["Le samedi : de 9 h à 12 h", "Fermé le dimanche"]),
    ("24/7", ["Ouvert tous les jours, 24 heures sur 24"]),
    (
        'Mo-Fr 09:00-12:00 || "sur rendez-vous"',
        ["Du lundi au vendredi : de 9 h à 12 h", "En dehors de ces horaires : sur rendez-vous"],
    ),
    ("Jul-Aug Mo-Fr 09:00-12:00", ["En juillet et en août, du lundi au vendredi : de 9 h à 12 h"]),
    ("lundi matin", ["lundi matin"]),
    ("", []),
    (None, []),
]


@pytest.mark.parametrize(("value", "expected"), LINES)
def test_weekly_lines(value, expected):
    assert weekly_lines(value) == expected


IS_OPEN = [
    # value, answers for Monday … Sunday
    ("Mo-Fr 08:30-12:30,13:30-17:00; PH off", [True] * 5 + [None, None]),
    ("Tu,Th 14:00-17:00", [None, True, None, True, None, None, None]),
    ("24/7", [True] * 7),
    ("Mo-Su 00:00-24:00", [True] * 7),
    ("Sa 09:00-12:00; Su off", [None] * 5 + [True, False]),
    ("Sa-Mo 10:00-12:00", [True, None, None, None, None, True, True]),
    ("Mo-Sa 09:00-18:00; Su,PH off", [True] * 6 + [False]),
    ("open", [True] * 7),
    ("off", [False] * 7),
    ("Mo 12:00-14:00 off", [False] + [None] * 6),
    ("Mo-Fr 09:00-12:00; We 09:00-12:00 off", [True, True, False, True, True, None, None]),
    ("Mo-Fr 09:00-12:00; We off", [True, True, False, True, True, None, None]),
    ("Mo-Fr 09:00-12:00; We 14:00-15:00 off", [True] * 5 + [None, None]),
    ('We "sur rendez-vous"', [None] * 7),
    ("Mo unknown", [None] * 7),
    ('"sur rendez-vous"', [None] * 7),
    ("Mo-Fr 09:00-12:00; Aug off", [True] * 5 + [None, None]),
    ("Jul-Aug Sa 10:00-12:00", [None] * 7),
    ("PH 10:00-12:00", [None] * 7),
    ("Mo-Fr 09:00-12:00 || Sa 10:00-12:00", [True] * 6 + [None]),
    ('Mo-Fr 09:00-12:00 || "sur rendez-vous"', [True] * 5 + [None, None]),
    ("Mo-Fr 09:00-12:00 || Su off", [True] * 5 + [None, False]),
    ("lundi matin", [None] * 7),
    ("Mo-Fr 25:00-26:00", [None] * 7),
    ("", [None] * 7),
    (None, [None] * 7),
]


@pytest.mark.parametrize(("value", "expected"), IS_OPEN)
def test_is_open_on(value, expected):
    assert [is_open_on(value, weekday) for weekday in range(7)] == expected


@pytest.mark.parametrize("weekday", [-1, 7])
def test_is_open_on_refuses_a_weekday_out_of_range(weekday):
    with pytest.raises(ValueError):
        is_open_on("24/7", weekday)


def test_parse_hours_builds_the_model():
    rules = parse_hours('Mo-We,Fr 09:00-12:00,13:30-17:00 "sur rendez-vous"; Su,PH off')
    assert rules == [
        Rule(
            days=(0, 1, 2, 4),
            spans=(TimeSpan(540, 720), TimeSpan(810, 1020)),
            comment="sur rendez-vous",
        ),
        Rule(days=(6,), off=True, public_holiday=True),
    ]


def test_parse_hours_keeps_wrapped_ranges_separators_and_dates():
    rules = parse_hours("Sa-Mo 22:00-02:00, Tu 10:00+ || Dec 24-Jan 02 off")
    assert rules is not None
    assert rules[0] == Rule(days=(5, 6, 0), spans=(TimeSpan(1320, 1560),))
    assert rules[1] == Rule(days=(1,), spans=(TimeSpan(600, None),), separator=",")
    assert rules[2] == Rule(dates=(DateRange(12, 1, 24, 2),), off=True, separator="||")


def test_parse_hours_reads_24_7_and_holidays():
    assert parse_hours("24/7") == [Rule(always=True)]
    assert parse_hours("SH off") == [Rule(school_holiday=True, off=True)]


@pytest.mark.parametrize(
    "value",
    [None, "", "lundi matin", "Mo-Fr 25:00-26:00", "week 01-10 Mo 10:00-12:00", "PH Mo off"],
)
def test_parse_hours_gives_none_when_unreadable_or_unsupported(value):
    assert parse_hours(value) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Mo-Fr 08:30-12:30,13:30-17:00; PH off", True),
        ("24/7", True),
        ('Mo-Fr 09:00-17:00 "sur rendez-vous"', True),
        ("week 01-10 Mo 10:00-12:00", True),  # valid OSM, shown as written
        ("Mo-Fr 09:00-12:00 ", True),
        ("Mo-Fr 09:00-12:00;", False),
        ("Mo-Fr 25:00-26:00", False),
        ("Mo-Fr 09h-12h", False),
        ("lundi matin", False),
        ("", False),
        (None, False),
    ],
)
def test_is_valid_hours(value, expected):
    assert is_valid_hours(value) is expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Mo-Fr 08:30-12:30; PH off", True),
        ("PH 10:00-12:00", True),
        ("Su,PH off", True),
        ("week 01-10 Mo 10:00-12:00; PH off", True),  # valid but not described
        ("Mo-Fr 08:30-12:30", False),
        ('Mo-Fr 08:30-12:30 "PH sur rendez-vous"', False),
        ("SH off", False),
        ("PH lundi", False),
        (None, False),
    ],
)
def test_mentions_public_holidays(value, expected):
    assert mentions_public_holidays(value) is expected


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(st.text(), st.text(alphabet='MoTuWeFrSaPH0123456789:-,;|+" offpenx/', max_size=40))
)
def test_never_raises_on_any_text(value):
    described = describe_hours(value)
    assert isinstance(described, str)
    assert all(isinstance(line, str) and line for line in weekly_lines(value))
    assert {is_open_on(value, weekday) for weekday in range(7)} <= {True, False, None}
    if parse_hours(value) is None:
        assert described == value.strip()


# -- cross-check against opening-hours-py's own evaluation -------------------------------------
WEEKDAY_CODES = ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su")


@st.composite
def _days(draw):
    parts = []
    for _ in range(draw(st.integers(1, 3))):
        first = draw(st.integers(0, 6))
        if draw(st.booleans()):
            parts.append(f"{WEEKDAY_CODES[first]}-{WEEKDAY_CODES[draw(st.integers(0, 6))]}")
        else:
            parts.append(WEEKDAY_CODES[first])
    return ",".join(parts)


@st.composite
def _spans(draw):
    hours = sorted(draw(st.sets(st.integers(0, 24), min_size=2, max_size=6)))
    pairs = list(zip(hours[::2], hours[1::2], strict=False))
    return ",".join(f"{start:02d}:00-{end:02d}:00" for start, end in pairs)


@st.composite
def _value(draw):
    text, previous_ends_with_days = "", False
    for index in range(draw(st.integers(1, 4))):
        days = draw(st.one_of(st.just(""), _days()))
        spans = draw(st.one_of(st.just(""), _spans()))
        modifier = draw(st.sampled_from(["", "off", "open"]))
        if not (days or spans or modifier):
            days = "Mo"
        # ", " joins an additional rule before a weekday, after times or a modifier; we read
        # "Mo-Fr, 14:00-17:00" and "Mo, Tu off" as people mean them, unlike the strict grammar.
        additional = index > 0 and days and not previous_ends_with_days and draw(st.booleans())
        if index:
            text += ", " if additional else "; "
        text += " ".join(part for part in (days, spans, modifier) if part)
        previous_ends_with_days = not (spans or modifier)
    return text


REFERENCE_MONDAY = dt.datetime(2025, 3, 10)  # a week without public holidays


def _library_open_days(value: str) -> list[bool]:
    hours = opening_hours.OpeningHours(value)
    open_days = [False] * 7
    end = REFERENCE_MONDAY + dt.timedelta(days=7)
    for start, stop, state, _comment in hours.intervals(REFERENCE_MONDAY, end):
        if state != opening_hours.State.OPEN:
            continue
        for weekday in range(7):
            day_start = REFERENCE_MONDAY + dt.timedelta(days=weekday)
            if start < day_start + dt.timedelta(days=1) and stop > day_start:
                open_days[weekday] = True
    return open_days


@settings(max_examples=300, deadline=None)
@given(_value())
def test_is_open_on_agrees_with_opening_hours_py(value):
    assert parse_hours(value) is not None, value
    ours = [is_open_on(value, weekday) is True for weekday in range(7)]
    assert ours == _library_open_days(value), value
