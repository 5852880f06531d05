"""The profile JSON contract: parsing, French errors naming the field, round trip."""

from __future__ import annotations

import json

import pytest

from app.core.errors import UserError
from app.core.matching import Mobility, Profile, parse_profile, profile_to_dict

FULL = {
    "age": 19,
    "commune": "30189",
    "situations": ["demandeur-emploi", "qpv"],
    "diplome": "aucun",
    "besoins": ["mobilite--preparer-un-permis", "se-former"],
    "mobilite": {"permis_b": False, "vehicule": False, "distance_max_km": 20},
    "contraintes": ["garde-enfants"],
    "accepte_distance": True,
}


def test_a_full_profile_is_parsed():
    parsed = parse_profile(FULL)
    assert parsed == Profile(
        age=19,
        commune="30189",
        situations=("demandeur-emploi", "qpv"),
        diplome="aucun",
        besoins=("mobilite--preparer-un-permis", "se-former"),
        mobilite=Mobility(permis_b=False, vehicule=False, distance_max_km=20.0),
        contraintes=("garde-enfants",),
        accepte_distance=True,
    )
    assert parsed.mobilite.without_car


@pytest.mark.parametrize(
    "data",
    [
        FULL,
        {},
        {"age": 45, "commune": "30155", "situations": []},
        {"mobilite": {"permis_b": True}, "contraintes": []},
        {"besoins": ["numerique"], "accepte_distance": False},
    ],
)
def test_round_trip(data):
    parsed = parse_profile(data)
    assert parse_profile(profile_to_dict(parsed)) == parsed


def test_nothing_given_is_unknown_not_empty():
    parsed = parse_profile({})
    assert parsed.age is None and parsed.situations is None and parsed.contraintes is None
    assert parse_profile({"situations": []}).situations == ()
    assert profile_to_dict(parsed) == {}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            {"age": "dix-neuf"},
            "Champ « age » : un nombre entier entre 14 et 99 est attendu (reçu : « dix-neuf »)",
        ),
        (
            {"age": 13},
            "Champ « age » : un nombre entier entre 14 et 99 est attendu (reçu : « 13 »)",
        ),
        (
            {"age": True},
            "Champ « age » : un nombre entier entre 14 et 99 est attendu (reçu : « true »)",
        ),
        (
            {"age": 19.5},
            "Champ « age » : un nombre entier entre 14 et 99 est attendu (reçu : « 19.5 »)",
        ),
        (
            {"commune": "99999"},
            "Champ « commune » : code INSEE inconnu « 99999 » (un code de commune est attendu, "
            "par exemple « 30189 » pour Nîmes).",
        ),
        (
            {"commune": 30189},
            "Champ « commune » : un code INSEE de commune est attendu, par exemple « 30189 » pour "
            "Nîmes (reçu : « 30189 »)",
        ),
        (
            {"situations": ["chomeur"]},
            "Champ « situations » : valeur inconnue « chomeur » (valeurs possibles : "
            "demandeur-emploi, rsa, rqth, jeune-sans-diplome, salarie, etudiant, senior, "
            "parent-isole, qpv).",
        ),
        (
            {"situations": "rsa"},
            "Champ « situations » : une liste de codes est attendue (reçu : « rsa »)",
        ),
        (
            {"diplome": "licence"},
            "Champ « diplome » : valeur inconnue « licence » (valeurs possibles : aucun, "
            "cap-bep, bac, bac+2, bac+3-et-plus).",
        ),
        (
            {"contraintes": ["voiture"]},
            "Champ « contraintes » : valeur inconnue « voiture » (valeurs possibles : "
            "garde-enfants, numerique, francais).",
        ),
        (
            {"mobilite": {"velo": True}},
            "Champ « mobilite » : clé inconnue « velo » (clés possibles : permis_b, vehicule, "
            "distance_max_km).",
        ),
        (
            {"mobilite": {"permis_b": "non"}},
            "Champ « mobilite.permis_b » : true ou false est attendu (reçu : « non »)",
        ),
        (
            {"mobilite": {"distance_max_km": 0}},
            "Champ « mobilite.distance_max_km » : un nombre de kilomètres entre 1 et 500 est "
            "attendu (reçu : « 0 »)",
        ),
        (
            {"accepte_distance": "oui"},
            "Champ « accepte_distance » : true ou false est attendu (reçu : « oui »)",
        ),
        (
            {"genre": "femme", "nom": "Dupont"},
            "Profil : champ inconnu « genre », « nom » (champs possibles : age, commune, "
            "situations, diplome, besoins, mobilite, contraintes, accepte_distance).",
        ),
        ([1, 2], 'Le profil doit être un objet JSON entre accolades : { "age": 19, … }.'),
    ],
)
def test_bad_profiles_give_a_french_error_naming_the_field(data, message):
    with pytest.raises(UserError) as caught:
        parse_profile(data)
    assert str(caught.value) == message


def test_an_unknown_need_lists_the_categories():
    with pytest.raises(UserError) as caught:
        parse_profile({"besoins": ["permis"]})
    message = str(caught.value)
    assert message.startswith("Champ « besoins » : thématique inconnue « permis »")
    assert "mobilite--preparer-un-permis" in message and "se-former" in message


def test_the_benchmark_profiles_are_valid():
    from app.core.paths import REPO_ROOT

    path = REPO_ROOT / "app" / "core" / "bench" / "profiles.json"
    profiles = json.loads(path.read_text(encoding="utf-8"))
    assert len(profiles) == 30
    for data in profiles:
        assert profile_to_dict(parse_profile(data)) == data
