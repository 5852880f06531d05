"""The pathway JSON contract (issue 5, point 5): read, written back, French errors."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from app.core.errors import UserError
from app.core.pathway import Pathway, PathwayStep, load_pathway, pathway_from_dict, pathway_to_dict

FULL = {
    "profile": {"age": 24, "commune": "30189", "situations": ["demandeur-emploi"]},
    "steps": [
        {
            "service_id": "sv-1",
            "rendez_vous": "2026-12-03T09:30",
            "note": "Venir 10 minutes avant.",
        },
        {"service_id": "sv-2"},
    ],
    "prochain_rdv": "2026-12-10T14:00",
    "conseiller": "Camille Fictive, 04 65 71 00 99",
}


def test_reads_the_issue_contract():
    pathway = pathway_from_dict(FULL)
    assert pathway.steps == (
        PathwayStep("sv-1", datetime(2026, 12, 3, 9, 30), "Venir 10 minutes avant."),
        PathwayStep("sv-2", None, ""),
    )
    assert pathway.profile == FULL["profile"]
    assert pathway.prochain_rdv == datetime(2026, 12, 10, 14, 0)
    assert pathway.conseiller == "Camille Fictive, 04 65 71 00 99"


def test_round_trip_through_json():
    pathway = pathway_from_dict(FULL)
    again = pathway_from_dict(json.loads(json.dumps(pathway_to_dict(pathway))))
    assert again == pathway
    assert pathway_to_dict(pathway)["steps"][0]["rendez_vous"] == "2026-12-03T09:30"


def test_minimal_pathway_and_list_steps_compare_equal():
    assert pathway_from_dict({"steps": [{"service_id": "a"}]}) == Pathway([PathwayStep("a")])
    assert pathway_to_dict(Pathway([PathwayStep("a")])) == {
        "steps": [{"service_id": "a", "rendez_vous": None, "note": ""}]
    }


def test_time_zone_and_seconds_are_dropped_keeping_the_wall_clock_time():
    step = pathway_from_dict(
        {"steps": [{"service_id": "a", "rendez_vous": "2026-12-03T09:30:15+01:00"}]}
    )
    assert step.steps[0].rendez_vous == datetime(2026, 12, 3, 9, 30)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (
            {"steps": [{"service_id": "a", "rendez_vous": "2026-13-03T09:30"}]},
            "Étape 1 : la date du rendez-vous « 2026-13-03T09:30 » n'est pas une date valide",
        ),
        ({"steps": [{"service_id": "a", "rendez_vous": "3 décembre"}]}, "Écrivez-la ainsi"),
        ({"steps": [{"service_id": "a", "rendez_vous": "2026-12-03"}]}, "n'a pas d'heure"),
        (
            {"steps": [{"service_id": "a", "rendez_vous": 20261203}]},
            "doit être écrit comme un texte",
        ),
        ({"steps": [{"service_id": "a"}], "prochain_rdv": "demain 10h"}, "Le prochain rendez-vous"),
        ({"steps": [{"rendez_vous": "2026-12-03T09:30"}]}, "Étape 1 : il manque l'identifiant"),
        ({"steps": [{"service_id": "a"}, {"service_id": " "}]}, "Étape 2 : il manque"),
        ({"steps": [{"service_id": "a", "rendez_vou": "x"}]}, "champ inconnu : « rendez_vou »"),
        ({"stpes": []}, "champ inconnu : « stpes »"),
        ({"steps": "sv-1"}, "liste d'étapes"),
        ({}, "liste d'étapes"),
        ([], "objet JSON"),
        ({"steps": ["sv-1"]}, "Étape 1 : chaque étape doit être un objet"),
        ({"steps": [], "profile": "jeune"}, "profil"),
        ({"steps": [{"service_id": "a", "note": 3}]}, "note"),
        ({"steps": [], "conseiller": 12}, "conseiller"),
    ],
)
def test_mistakes_give_a_french_message(data, expected):
    with pytest.raises(UserError) as error:
        pathway_from_dict(data)
    assert expected in str(error.value)


def test_load_pathway_reads_a_file(tmp_path):
    path = tmp_path / "parcours.json"
    path.write_text(json.dumps(FULL), encoding="utf-8")
    assert load_pathway(path) == pathway_from_dict(FULL)


def test_load_pathway_missing_or_broken_file(tmp_path):
    with pytest.raises(UserError, match="n'existe pas"):
        load_pathway(tmp_path / "absent.json")
    broken = tmp_path / "cassé.json"
    broken.write_text('{"steps": [', encoding="utf-8")
    with pytest.raises(UserError, match=r"n'est pas un JSON valide \(ligne 1"):
        load_pathway(broken)
