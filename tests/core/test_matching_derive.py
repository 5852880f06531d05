"""What is derived from data·inclusion services without structured ages or situations."""

from __future__ import annotations

import pytest

from app.core.matching.derive import (
    SOURCE_JEUNES,
    SOURCE_SENIORS,
    SOURCE_SERVICE,
    SOURCE_TEXT,
    AgeRange,
    age_range,
    parse_ages,
    publics_to_check,
)
from tests.core.matching_data import record


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jeunes de 16 à 25 ans", (16, 25)),
        ("Public moins de 26 ans", (None, 25)),
        ("Jeune de moins de 30 ans inclus", (None, 30)),
        ("18 ans et plus", (18, None)),
        ("Senior de + de 45 ans", (45, None)),
        ("Public senior + de 50 ans", (50, None)),
        ("Avoir entre 18 et 30 ans", (18, 30)),
        ("Jeunes 16/25 ans", (16, 25)),
        ("jeunes -26 ans", (None, 25)),
        ("à partir de 16 ans", (16, None)),
        ("jusqu'à 29 ans", (None, 29)),
        ("Être majeur", (18, None)),
        # bounds and ranges make the widest range they describe
        ("Public moins de 26 ans, Jeunes (16-26 ans)", (16, 26)),
        ("18 ans et plus, moins de 26 ans", (18, 25)),
        # 0 and 120 are no limit
        ("Âge minimum : 0 Âge maximum : 120", (None, None)),
        # not ages: children's ages, durations, nothing
        ("Parents d'enfants de 0 à 3 ans", None),
        ("Parents d'enfants de 6 à 16 ans", None),
        ("Avoir plus de 2 ans d'expérience", None),
        ("Formation de 2 ans", None),
        ("Tout public", None),
        (None, None),
        # contradictions (subgroups of several publics) say nothing
        ("Public moins de 26 ans, senior de + de 45 ans", None),
    ],
)
def test_ages_written_in_text(text, expected):
    assert parse_ages(text) == expected


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"age_min": 16, "age_max": 25}, AgeRange(16, 25, SOURCE_SERVICE)),
        ({"age_min": 18}, AgeRange(18, None, SOURCE_SERVICE)),
        ({"publics": ["jeunes"]}, AgeRange(16, 25, SOURCE_JEUNES, margin=(14, 30))),
        ({"publics": ["seniors"]}, AgeRange(50, None, SOURCE_SENIORS, margin=(45, None))),
        (
            {"publics": ["jeunes"], "publics_precisions": "Jeunes de 18 à 30 ans"},
            AgeRange(18, 30, SOURCE_TEXT),
        ),
        (
            {"publics": ["seniors"], "publics_precisions": "+ de 45 ans"},
            AgeRange(45, None, SOURCE_TEXT),
        ),
        (
            {"publics": ["tous-publics"], "conditions_acces": "Avoir 18 ans et plus"},
            AgeRange(18, None, SOURCE_TEXT),
        ),
        (
            {"publics": [], "publics_precisions": "Âge minimum : 0 Âge maximum : 120"},
            AgeRange(None, None, SOURCE_TEXT),
        ),
        # the structured ages win over the text
        (
            {"age_min": 16, "age_max": 29, "publics_precisions": "moins de 26 ans"},
            AgeRange(16, 29, SOURCE_SERVICE),
        ),
        # with other publics, written ages describe one of them: not read
        (
            {"publics": ["jeunes", "demandeurs-emploi"], "publics_precisions": "moins de 26 ans"},
            None,
        ),
        ({"publics": ["demandeurs-emploi"]}, None),
        ({"publics": ["tous-publics"]}, None),
    ],
)
def test_age_range_of_a_service(fields, expected):
    assert age_range(record(**fields)) == expected


@pytest.mark.parametrize(
    ("publics", "expected"),
    [
        (["tous-publics"], ()),
        ([], ()),
        (["jeunes"], ()),  # said by the age criterion
        (["jeunes", "demandeurs-emploi"], ("jeunes", "demandeurs-emploi")),
        (["femmes"], ("femmes",)),
        (["residents-qpv-frr"], ("residents-qpv-frr",)),
    ],
)
def test_publics_left_to_the_publics_criterion(publics, expected):
    service = record(publics=publics)
    assert publics_to_check(service, age_range(service)) == expected
