"""match_profile over a search index: candidates, exclusions with reasons, ranking."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

import numpy as np
import pytest

from app.core.matching import explain, match_profile
from app.core.matching.candidates import candidates
from app.core.matching.columns import columns_for, warm
from app.core.matching.context import build_context
from app.core.matching.engine import candidate_radius_km, evaluate
from app.core.matching.ranking import possible_weight, rank
from app.core.matching.scoring import score_from_cents
from app.core.search import CatalogueIndex
from tests.core.matching_data import ALES, GARRIGUES, NEAR_CODOL, TODAY, profile, record

PERMIS = "mobilite--preparer-un-permis"
FORMATION = "se-former--trouver-sa-formation"
MARSEILLE = (43.2965, 5.3698)

CATALOGUE = [
    record(
        "permis-nimes",
        nom="Permis solidaire Nîmes",
        latitude=NEAR_CODOL[0],
        longitude=NEAR_CODOL[1],
    ),
    record(
        "permis-jeunes",
        nom="Permis pour les jeunes",
        age_min=16,
        age_max=25,
        latitude=NEAR_CODOL[0],
        longitude=NEAR_CODOL[1],
    ),
    record(
        "permis-rsa",
        nom="Permis à 1 euro RSA",
        required_situations=["rsa"],
        latitude=NEAR_CODOL[0],
        longitude=NEAR_CODOL[1],
    ),
    record(
        "permis-garrigues",
        nom="Auto-école associative des garrigues",
        latitude=GARRIGUES[0],
        longitude=GARRIGUES[1],
        code_insee="30189",
    ),
    record(
        "permis-en-ligne",
        nom="Code de la route en ligne",
        modes_accueil=["a-distance"],
        zone_eligibilite=["france"],
        latitude=None,
        longitude=None,
        code_insee=None,
    ),
    record(
        "permis-nimes-seulement",
        nom="Permis des habitants de Nîmes",
        zone_eligibilite=["30189"],
        latitude=NEAR_CODOL[0],
        longitude=NEAR_CODOL[1],
    ),
    record(
        "permis-ales",
        nom="Permis Alès",
        zone_eligibilite=["200066918"],
        latitude=ALES[0],
        longitude=ALES[1],
        code_insee="30007",
    ),
    record(
        "permis-marseille",
        nom="Permis Marseille",
        zone_eligibilite=["13"],
        latitude=MARSEILLE[0],
        longitude=MARSEILLE[1],
        code_insee="13055",
    ),
    record("formation-nimes", nom="Trouver sa formation", thematiques=[FORMATION]),
    record("permis-archive", nom="Permis archivé", archived=True),
]


@pytest.fixture(scope="module")
def index():
    return CatalogueIndex.build(CATALOGUE)


def _ids(matches):  # type: ignore[no-untyped-def]
    return [m.service_id for m in matches]


# (profile, expected included, expected excluded with their reasons)
TABLE = [
    (
        {"age": 19, "situations": ["rsa"]},
        {"permis-nimes", "permis-jeunes", "permis-rsa", "permis-garrigues", "permis-en-ligne"},
        {"permis-nimes-seulement": ["Réservé aux habitants de Nîmes"]},
    ),
    (
        {"age": 30, "situations": []},
        {"permis-nimes", "permis-garrigues", "permis-en-ligne"},
        {
            "permis-jeunes": ["30 ans : réservé aux 16–25 ans"],
            "permis-rsa": ["Réservé aux allocataires du RSA"],
            "permis-nimes-seulement": ["Réservé aux habitants de Nîmes"],
        },
    ),
    (
        # nothing known: nothing excluded but the zone
        {},
        {"permis-nimes", "permis-jeunes", "permis-rsa", "permis-garrigues", "permis-en-ligne"},
        {"permis-nimes-seulement": ["Réservé aux habitants de Nîmes"]},
    ),
    (
        {"commune": "30189", "age": 26, "situations": ["rsa"]},
        {
            "permis-nimes",
            "permis-rsa",
            "permis-garrigues",
            "permis-en-ligne",
            "permis-nimes-seulement",
        },
        {"permis-jeunes": ["26 ans : réservé aux 16–25 ans"]},
    ),
    (
        {"commune": "30007", "age": 40},
        {"permis-ales", "permis-en-ligne"},
        # the services of Nîmes are too far to be considered; the nearer one in the
        # garrigues (27 km) is out of zone, and said so
        {"permis-garrigues": ["Réservé aux habitants de l'intercommunalité CA de Nîmes Métropole"]},
    ),
]


@pytest.mark.parametrize(("visitor", "included", "excluded"), TABLE)
def test_included_and_excluded_with_reasons(index, visitor, included, excluded):
    result = match_profile(index, profile(**visitor), with_excluded=True, today=TODAY)
    assert set(_ids(result.matches)) == included
    assert {m.service_id: m.reasons_excluded for m in result.excluded} == excluded
    assert result.total == len(included) and result.total_excluded == len(excluded)
    assert all(m.eligible for m in result.matches)
    assert not any(m.eligible for m in result.excluded)


def test_excluded_only_on_request(index):
    result = match_profile(index, profile(age=30, situations=[]), today=TODAY)
    assert result.excluded == [] and result.total_excluded == 0
    assert "permis-jeunes" not in _ids(result.matches)


def test_services_covering_no_need_are_not_candidates(index):
    ids = _ids(match_profile(index, profile(), today=TODAY).matches)
    assert "formation-nimes" not in ids
    both = _ids(match_profile(index, profile(besoins=[PERMIS, FORMATION]), today=TODAY).matches)
    assert "formation-nimes" in both
    category = _ids(match_profile(index, profile(besoins=["se-former"]), today=TODAY).matches)
    assert category == ["formation-nimes"]


def test_a_profile_without_needs_gets_every_service_in_reach(index):
    ids = _ids(match_profile(index, profile(besoins=[]), today=TODAY).matches)
    assert {"formation-nimes", "permis-nimes", "permis-en-ligne"} <= set(ids)
    assert "permis-archive" not in ids and "permis-marseille" not in ids


def test_without_car_remote_ranks_up_and_far_without_stop_ranks_down(index):
    without_car = profile(age=30, situations=[], mobilite={"permis_b": False, "vehicule": False})
    ranked = _ids(match_profile(index, without_car, today=TODAY).matches)
    assert ranked.index("permis-en-ligne") < ranked.index("permis-garrigues")
    assert ranked.index("permis-nimes") < ranked.index("permis-garrigues")
    assert ranked[-1] == "permis-garrigues"
    garrigues = next(
        m
        for m in match_profile(index, without_car, today=TODAY).matches
        if m.service_id == "permis-garrigues"
    )
    assert garrigues.criterion("transport").sentence.startswith("Sans permis : aucun arrêt Tango")
    # with a car, the Tango network does not matter: the nearer service is not penalised
    with_car = profile(age=30, situations=[], mobilite={"permis_b": True, "vehicule": True})
    scores = {m.service_id: m.score for m in match_profile(index, with_car, today=TODAY).matches}
    assert scores["permis-garrigues"] > next(
        m.score
        for m in match_profile(index, without_car, today=TODAY).matches
        if m.service_id == "permis-garrigues"
    )


def test_scores_are_sorted_and_limit_keeps_the_best(index):
    visitor = profile(age=19, situations=["rsa"], mobilite={"permis_b": False})
    everything = match_profile(index, visitor, today=TODAY)
    scores = [m.score for m in everything.matches]
    assert scores == sorted(scores, reverse=True)
    top = match_profile(index, visitor, limit=2, today=TODAY)
    assert _ids(top.matches) == _ids(everything.matches)[:2]
    assert top.total == everything.total


def test_explain_any_service(index):
    match = explain(index, profile(age=30), "permis-marseille", today=TODAY)
    assert not match.eligible
    assert match.reasons_excluded == ["Réservé aux habitants du département 13"]
    assert match.distance_km is not None and match.distance_km > 90


def test_changes_to_the_index_are_seen(index):
    local = CatalogueIndex.build(CATALOGUE)
    visitor = profile(age=30, situations=[])
    assert "permis-jeunes" not in _ids(match_profile(local, visitor, today=TODAY).matches)
    local.upsert(replace(local.record("permis-jeunes"), age_max=35))
    local.upsert(record("permis-nouveau", nom="Nouveau permis"))
    ids = _ids(match_profile(local, visitor, today=TODAY).matches)
    assert "permis-jeunes" in ids and "permis-nouveau" in ids
    local.remove("permis-nimes")
    assert "permis-nimes" not in _ids(match_profile(local, visitor, today=TODAY).matches)


def test_an_updated_index_keeps_what_was_derived():
    local = CatalogueIndex.build(CATALOGUE)
    warm(local)
    before = columns_for(local._snapshot)
    assert before.filled[: len(CATALOGUE)].all()
    local.upsert(replace(local.record("permis-jeunes"), age_max=35))
    snapshot = local._snapshot
    after = columns_for(snapshot)
    assert after is not before
    changed = [i for i, r in enumerate(snapshot.records) if r is None or r.id == "permis-jeunes"]
    kept = [i for i in range(len(CATALOGUE)) if i not in changed]
    assert after.filled[kept].all() and not after.filled[changed].any()
    assert (after.keys[kept] == before.keys[kept]).all()


# ------------------------------------------------------------------ rank agrees with evaluate


def _random_catalogue(rng: random.Random, size: int) -> list:
    themes = [
        PERMIS,
        FORMATION,
        "mobilite--financer-ma-mobilite",
        "numerique--acquerir-un-equipement",
    ]
    places = [NEAR_CODOL, GARRIGUES, ALES, MARSEILLE, (None, None)]
    records = []
    for i in range(size):
        latitude, longitude = rng.choice(places)
        age_min = rng.choice([None, None, 16, 18, 26])
        records.append(
            record(
                f"r{i}",
                nom=f"Service {rng.randint(0, 40)}",
                thematiques=rng.sample(themes, rng.randint(1, 2)),
                publics=rng.choice(
                    [
                        ["tous-publics"],
                        ["jeunes"],
                        ["seniors"],
                        ["femmes"],
                        ["demandeurs-emploi", "jeunes"],
                        ["residents-qpv-frr"],
                        ["personnes-en-situation-de-handicap", "actifs"],
                        ["beneficiaires-des-minimas-sociaux", "familles"],
                        ["personnes-exilees", "etudiants", "seniors"],
                        ["code-inconnu"],
                        [],
                    ]
                ),
                publics_precisions=rng.choice([None, "moins de 26 ans", "Jeunes de 18 à 30 ans"]),
                age_min=age_min,
                age_max=rng.choice([None, 25, 30]) if age_min is None or age_min < 25 else None,
                required_situations=rng.choice([[], [], ["rsa"], ["demandeur-emploi", "qpv"]]),
                prerequisites=rng.choice([[], ["permis-b"], ["francais", "numerique"]]),
                diploma_max=rng.choice([None, "cap-bep", "bac"]),
                zone_eligibilite=rng.choice(
                    [["243000643"], ["30"], ["30189"], ["13"], ["france"], []]
                ),
                modes_accueil=rng.choice(
                    [["en-presentiel"], ["a-distance"], ["en-presentiel", "a-distance"], []]
                ),
                frais=rng.choice(["gratuit", "payant", None]),
                latitude=latitude,
                longitude=longitude,
                code_insee=rng.choice(["30189", "30007", "13055", None]),
                date_maj=date(rng.randint(2024, 2026), rng.randint(1, 12), rng.randint(1, 28)),
                verified_on=rng.choice([None, date(2026, 5, 1)]),
            )
        )
    return records


def _random_profile(rng: random.Random):  # type: ignore[no-untyped-def]
    return profile(
        age=rng.choice([None, 15, 16, 19, 25, 26, 27, 35, 47, 55]),
        commune=rng.choice(["30189", "30155", "30007", None]),
        situations=rng.choice([None, [], ["rsa"], ["qpv", "demandeur-emploi"], ["senior"]]),
        diplome=rng.choice([None, "aucun", "bac"]),
        besoins=rng.choice([[], [PERMIS], [PERMIS, FORMATION], ["mobilite"]]),
        mobilite=rng.choice(
            [None, {"permis_b": False}, {"permis_b": True, "vehicule": True, "distance_max_km": 15}]
        ),
        contraintes=rng.choice([None, [], ["numerique"], ["francais"]]),
        accepte_distance=rng.choice([None, True, False]),
    )


def test_the_fast_ranking_agrees_with_the_explanations():
    rng = random.Random(20260615)
    index = CatalogueIndex.build(_random_catalogue(rng, 400))
    warm(index)
    compared = 0
    for _ in range(40):
        visitor = _random_profile(rng)
        ctx = build_context(visitor, TODAY)
        found = candidates(
            index, ctx.needs, visitor.commune, candidate_radius_km(ctx), TODAY, with_excluded=True
        )
        failures, obtained, _ = rank(ctx, found, columns_for(found.snapshot))
        possible = possible_weight(ctx)
        for position, number in enumerate(found.numbers.tolist()):
            distance = float(found.distances[position])
            match = evaluate(
                ctx, found.snapshot.records[number], None if np.isnan(distance) else distance
            )
            assert match.eligible is bool(failures[position] == 0), match
            assert len(match.reasons_excluded) == failures[position], match
            assert match.score == score_from_cents(int(obtained[position]), possible), match
            compared += 1
        # the explanations of match_profile (reusing the ranking's criteria) are evaluate's
        result = match_profile(index, visitor, with_excluded=True, today=TODAY)
        for match in result.matches + result.excluded:
            assert match == evaluate(ctx, index.record(match.service_id), match.distance_km)
    assert compared > 1000
