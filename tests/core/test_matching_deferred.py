"""Deferred sentences: the full matching writes a criterion's sentence when it is read, and
it is then the rule's own, word for word (``evaluate`` is the reference)."""

from __future__ import annotations

from datetime import date

import pytest

from app.core.matching import Criterion, Status, match_profile
from app.core.matching.context import build_context
from app.core.matching.engine import evaluate
from app.core.search import CatalogueIndex
from tests.core.matching_data import GARRIGUES, NEAR_CODOL, TODAY, profile, record

FORMATION = "se-former--trouver-sa-formation"


def test_a_deferred_criterion_writes_its_sentence_once_and_equals_the_eager_one():
    calls: list[str] = []

    def write(words: str) -> str:
        calls.append(words)
        return f"À {words} de Manduel"

    deferred = Criterion.deferred(
        "distance", "Distance", Status.passed, False, 20.0, 20.0, (write, "3,2 km")
    )
    eager = Criterion("distance", "Distance", Status.passed, "À 3,2 km de Manduel", False, 20, 20)
    assert deferred.is_deferred and not eager.is_deferred
    assert deferred == eager and hash(deferred) == hash(eager)
    assert calls == ["3,2 km"] and not deferred.is_deferred
    assert deferred.sentence == "À 3,2 km de Manduel"
    assert calls == ["3,2 km"]  # written once
    assert "sentence='À 3,2 km de Manduel'" in repr(deferred)
    assert deferred != Criterion("distance", "Distance", Status.failed, eager.sentence, False)


# (service fields, profile fields, criterion, its expected sentence)
CASES = [
    ({}, {}, "distance", "À 11 km de Manduel"),
    (
        {"latitude": NEAR_CODOL[0], "longitude": NEAR_CODOL[1]},
        {"commune": "30189"},
        "distance",
        "À 3,6 km de Nîmes",
    ),
    (
        {"latitude": None, "longitude": None},
        {},
        "distance",
        "À environ 11 km de Manduel",
    ),
    (
        {"modes_accueil": ["a-distance"], "zone_eligibilite": ["france"]},
        {},
        "distance",
        "Accessible à distance : pas de déplacement",
    ),
    (
        {"modes_accueil": ["en-presentiel", "a-distance"]},
        {},
        "distance",
        "Accessible à distance, ou sur place à 11 km",
    ),
    (
        {"latitude": GARRIGUES[0], "longitude": GARRIGUES[1]},
        {"mobilite": {"distance_max_km": 5}},
        "distance",
        "À 19 km de Manduel : au-delà des 5 km acceptés",
    ),
    (
        {"latitude": NEAR_CODOL[0], "longitude": NEAR_CODOL[1]},
        {"mobilite": {"permis_b": False}},
        "transport",
        "Sans permis : à 450 m de l'arrêt Tango « CODOL »",
    ),
    (
        {"latitude": GARRIGUES[0], "longitude": GARRIGUES[1]},
        {"mobilite": {"permis_b": True, "vehicule": False}},
        "transport",
        "Sans voiture : aucun arrêt Tango à moins de 600 m (à 19 km)",
    ),
    (
        {"latitude": None, "longitude": None},
        {"mobilite": {"permis_b": False}},
        "transport",
        "Sans permis : adresse précise inconnue, desserte Tango à vérifier",
    ),
    (
        {"modes_accueil": ["a-distance"], "zone_eligibilite": ["france"]},
        {"mobilite": {"permis_b": False}},
        "transport",
        "Sans permis : accessible à distance",
    ),
    (
        {"verified_on": date(2026, 5, 1)},
        {},
        "fraicheur",
        "Informations vérifiées le 1er mai 2026",
    ),
    ({}, {}, "fraicheur", "Informations mises à jour en mars 2026"),
    (
        {"date_maj": date(2025, 6, 3)},
        {},
        "fraicheur",
        "Informations anciennes : mises à jour en juin 2025, il y a plus de 12 mois",
    ),
    (
        {"thematiques": [FORMATION]},
        {"besoins": ["mobilite--preparer-un-permis", FORMATION]},
        "besoins",
        "Répond à 1 besoin sur 2 : Trouver sa formation",
    ),
    (
        {"publics": ["femmes"]},
        {},
        "publics",
        "Service destiné aux femmes : à voir avec la personne",
    ),
    (
        {"publics": ["demandeurs-emploi"]},
        {"situations": []},
        "publics",
        "Réservé aux demandeurs d'emploi (d'après les publics du service)",
    ),
]


@pytest.mark.parametrize(("fields", "visitor", "code", "sentence"), CASES)
def test_the_full_matching_gives_the_rules_own_sentences(fields, visitor, code, sentence):
    service = record("cas", **fields)
    index = CatalogueIndex.build([service])
    chosen = profile(**visitor)
    result = match_profile(index, chosen, limit=None, with_excluded=True, today=TODAY)
    (match,) = result.matches + result.excluded
    if code in ("distance", "transport", "fraicheur", "besoins", "publics"):
        assert match.criterion(code).is_deferred  # not written until read
    assert match.criterion(code).sentence == sentence
    reference = evaluate(build_context(chosen, TODAY), service, match.distance_km)
    assert match.criteria == reference.criteria  # every field, every sentence
    assert (match.score, match.eligible) == (reference.score, reference.eligible)


def test_full_matching_returns_every_candidate_with_all_its_criteria():
    services = [
        record("proche"),
        record("jeunes", age_min=16, age_max=25),
        record("ailleurs", zone_eligibilite=["30189"]),
        record("en-ligne", modes_accueil=["a-distance"], zone_eligibilite=["france"]),
    ]
    index = CatalogueIndex.build(services)
    visitor = profile(age=40, mobilite={"permis_b": False})
    result = match_profile(index, visitor, limit=None, with_excluded=True, today=TODAY)
    assert len(result.matches) == result.total == 2
    assert len(result.excluded) == result.total_excluded == 2
    ctx = build_context(visitor, TODAY)
    for match in result.matches + result.excluded:
        reference = evaluate(ctx, index.record(match.service_id), match.distance_km)
        assert [c.code for c in match.criteria] == [c.code for c in reference.criteria]
        assert [(c.status, c.points, c.weight) for c in match.criteria] == [
            (c.status, c.points, c.weight) for c in reference.criteria
        ]
        assert match.reasons_excluded == reference.reasons_excluded
