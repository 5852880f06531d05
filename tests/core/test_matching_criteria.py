"""Each criterion for one visitor and one service: its status and its French sentence."""

from __future__ import annotations

from datetime import date

import pytest

from app.core.matching import Status
from app.core.matching.scoring import WEIGHTS
from app.core.reference.tango import stops_within
from tests.core.matching_data import ALES, GARRIGUES, JEAN_JAURES, NEAR_CODOL, record, weigh

P, F, U = Status.passed, Status.failed, Status.unknown

# (service fields, profile, criterion code, status, sentence)
CASES = [
    # age: limits inclusive
    ({"age_min": 16, "age_max": 25}, {"age": 15}, "age", F, "15 ans : réservé aux 16–25 ans"),
    ({"age_min": 16, "age_max": 25}, {"age": 16}, "age", P, "16 ans : dans la tranche 16–25 ans"),
    ({"age_min": 16, "age_max": 25}, {"age": 19}, "age", P, "19 ans : dans la tranche 16–25 ans"),
    ({"age_min": 16, "age_max": 25}, {"age": 25}, "age", P, "25 ans : dans la tranche 16–25 ans"),
    ({"age_min": 16, "age_max": 25}, {"age": 26}, "age", F, "26 ans : réservé aux 16–25 ans"),
    ({"age_min": 16, "age_max": 25}, {"age": 27}, "age", F, "27 ans : réservé aux 16–25 ans"),
    ({"age_min": 45}, {"age": 44}, "age", F, "44 ans : réservé aux 45 ans et plus"),
    ({"age_max": 29}, {"age": 29}, "age", P, "29 ans : dans la tranche 29 ans et moins"),
    # age: unknown is not failed
    (
        {"age_min": 16, "age_max": 25},
        {},
        "age",
        U,
        "Âge non renseigné (service pour les 16–25 ans)",
    ),
    ({}, {"age": 19}, "age", U, "Tranche d'âge non précisée par le service"),
    # age derived from publics = jeunes / seniors, with a margin
    (
        {"publics": ["jeunes"]},
        {"age": 19},
        "age",
        P,
        "19 ans : dans la tranche 16–25 ans (service pour les jeunes)",
    ),
    (
        {"publics": ["jeunes"]},
        {"age": 27},
        "age",
        U,
        "27 ans : le service vise les jeunes, en général 16–25 ans : à vérifier",
    ),
    (
        {"publics": ["jeunes"]},
        {"age": 35},
        "age",
        F,
        "35 ans : service réservé aux jeunes (en général 16–25 ans)",
    ),
    (
        {"publics": ["jeunes"]},
        {},
        "age",
        U,
        "Âge non renseigné (service pour les jeunes, en général 16–25 ans)",
    ),
    (
        {"publics": ["jeunes"]},
        {"situations": ["jeune-sans-diplome"]},
        "age",
        P,
        "Jeune sans diplôme : le service vise les jeunes",
    ),
    (
        {"publics": ["seniors"]},
        {"age": 55},
        "age",
        P,
        "55 ans : dans la tranche 50 ans et plus (service pour les seniors)",
    ),
    (
        {"publics": ["seniors"]},
        {"age": 47},
        "age",
        U,
        "47 ans : le service vise les seniors, en général 50 ans et plus : à vérifier",
    ),
    (
        {"publics": ["seniors"]},
        {"age": 30},
        "age",
        F,
        "30 ans : service réservé aux seniors (en général 50 ans et plus)",
    ),
    # age read in the description
    (
        {"publics": ["jeunes"], "publics_precisions": "Jeunes de 18 à 30 ans"},
        {"age": 27},
        "age",
        P,
        "27 ans : dans la tranche 18–30 ans (d'après la description du service)",
    ),
    (
        {"publics": ["jeunes"], "publics_precisions": "Public moins de 26 ans"},
        {"age": 26},
        "age",
        F,
        "26 ans : réservé aux 25 ans et moins (d'après la description du service)",
    ),
    (
        {"publics_precisions": "Âge minimum : 0 Âge maximum : 120", "publics": []},
        {"age": 60},
        "age",
        P,
        "Sans limite d'âge (d'après la description du service)",
    ),
    # zone: by commune, EPCI, département, France
    (
        {"zone_eligibilite": ["30189"]},
        {"commune": "30189"},
        "zone",
        P,
        "Nîmes : dans la zone du service (Nîmes (30189))",
    ),
    (
        {"zone_eligibilite": ["30189"]},
        {"commune": "30155"},
        "zone",
        F,
        "Réservé aux habitants de Nîmes",
    ),
    (
        {"zone_eligibilite": ["30007"]},
        {"commune": "30155"},
        "zone",
        F,
        "Réservé aux habitants d'Alès",
    ),
    (
        {"zone_eligibilite": ["30189", "30156"]},
        {"commune": "30155"},
        "zone",
        F,
        "Réservé aux habitants de Nîmes ou de Marguerittes",
    ),
    (
        {"zone_eligibilite": ["243000643"]},
        {"commune": "30155"},
        "zone",
        P,
        "Manduel : dans la zone du service (CA de Nîmes Métropole)",
    ),
    (
        {"zone_eligibilite": ["243000643"]},
        {"commune": "30007"},
        "zone",
        F,
        "Réservé aux habitants de l'intercommunalité CA de Nîmes Métropole",
    ),
    (
        {"zone_eligibilite": ["30"]},
        {"commune": "30007"},
        "zone",
        P,
        "Alès : dans la zone du service (département 30)",
    ),
    (
        {"zone_eligibilite": ["13"]},
        {"commune": "30155"},
        "zone",
        F,
        "Réservé aux habitants du département 13",
    ),
    (
        {"zone_eligibilite": ["13", "84"]},
        {"commune": "30155"},
        "zone",
        F,
        "Réservé aux habitants des départements 13 et 84",
    ),
    (
        {"zone_eligibilite": ["21", "25", "39", "58", "70", "71", "89", "90"]},
        {"commune": "30155"},
        "zone",
        F,
        "Réservé aux habitants des départements 21, 25, 39, 58… (8 zones)",
    ),
    (
        {"zone_eligibilite": ["30189", "30156", "30169", "30047", "30060"]},
        {"commune": "30155"},
        "zone",
        F,
        "Réservé aux habitants de Nîmes, de Marguerittes, de Milhaud, de Bouillargues… (5 zones)",
    ),
    ({"zone_eligibilite": ["france"]}, {"commune": "30155"}, "zone", P, "Ouvert à toute la France"),
    (
        {"zone_eligibilite": []},
        {"commune": "30155"},
        "zone",
        U,
        "Zone d'éligibilité non précisée par le service",
    ),
    (
        {"zone_eligibilite": ["30189"]},
        {"commune": None},
        "zone",
        U,
        "Commune non renseignée (réservé aux habitants de Nîmes)",
    ),
    # required situation (catalogue extension)
    (
        {"required_situations": ["rsa"]},
        {"situations": ["rsa"]},
        "situation",
        P,
        "Allocataire du RSA : situation demandée par le service",
    ),
    (
        {"required_situations": ["rsa"]},
        {"situations": ["salarie"]},
        "situation",
        F,
        "Réservé aux allocataires du RSA",
    ),
    (
        {"required_situations": ["rsa"]},
        {"situations": []},
        "situation",
        F,
        "Réservé aux allocataires du RSA",
    ),
    (
        {"required_situations": ["rsa", "demandeur-emploi"]},
        {"situations": ["etudiant"]},
        "situation",
        F,
        "Réservé aux allocataires du RSA ou aux demandeurs d'emploi inscrits à France Travail",
    ),
    (
        {"required_situations": ["rsa"]},
        {},
        "situation",
        U,
        "Situation non renseignée (service réservé aux allocataires du RSA)",
    ),
    (
        {"required_situations": ["senior"]},
        {"age": 52, "situations": []},
        "situation",
        P,
        "Senior (50 ans et plus) : situation demandée par le service",
    ),
    # publics of data·inclusion
    (
        {"publics": ["demandeurs-emploi"]},
        {"situations": ["demandeur-emploi"]},
        "publics",
        P,
        "Demandeur d'emploi inscrit à France Travail : le service s'adresse aux demandeurs d'emploi",
    ),
    (
        {"publics": ["demandeurs-emploi"]},
        {"situations": ["salarie"]},
        "publics",
        F,
        "Réservé aux demandeurs d'emploi (d'après les publics du service)",
    ),
    (
        {"publics": ["beneficiaires-des-minimas-sociaux"]},
        {"situations": ["rsa"]},
        "publics",
        P,
        "Allocataire du RSA : le service s'adresse aux bénéficiaires de minima sociaux (RSA…)",
    ),
    (
        {"publics": ["beneficiaires-des-minimas-sociaux"]},
        {"situations": []},
        "publics",
        F,
        "Réservé aux bénéficiaires de minima sociaux (RSA…) (d'après les publics du service)",
    ),
    (
        {"publics": ["residents-qpv-frr"]},
        {"situations": ["qpv"]},
        "publics",
        P,
        "Habitant d'un quartier prioritaire : le service s'adresse aux habitants d'un quartier "
        "prioritaire ou d'une commune rurale (QPV ou FRR)",
    ),
    (
        {"publics": ["personnes-en-situation-de-handicap"]},
        {"situations": ["demandeur-emploi"]},
        "publics",
        F,
        "Réservé aux personnes en situation de handicap (d'après les publics du service)",
    ),
    (
        {"publics": ["jeunes", "demandeurs-emploi"]},
        {"age": 40, "situations": ["demandeur-emploi"]},
        "publics",
        P,
        "Demandeur d'emploi inscrit à France Travail : le service s'adresse aux demandeurs d'emploi",
    ),
    (
        {"publics": ["jeunes", "demandeurs-emploi"]},
        {"age": 40, "situations": []},
        "publics",
        F,
        "Réservé aux jeunes ou aux demandeurs d'emploi (d'après les publics du service)",
    ),
    (
        {"publics": ["demandeurs-emploi"]},
        {},
        "publics",
        U,
        "Service destiné aux demandeurs d'emploi : à vérifier",
    ),
    # a protected attribute is never failed
    (
        {"publics": ["femmes"]},
        {"age": 30, "situations": []},
        "publics",
        U,
        "Service destiné aux femmes : à voir avec la personne",
    ),
    (
        {"publics": ["personnes-exilees", "demandeurs-emploi"]},
        {"situations": []},
        "publics",
        U,
        "Service destiné aux personnes exilées : à voir avec la personne",
    ),
    (
        {"publics": ["familles"]},
        {"situations": ["parent-isole"]},
        "publics",
        P,
        "Parent seul avec enfant(s) : le service s'adresse aux familles",
    ),
    (
        {"publics": ["familles"]},
        {"situations": []},
        "publics",
        U,
        "Service destiné aux familles : à vérifier",
    ),
    # prerequisites
    (
        {"prerequisites": ["permis-b"]},
        {"mobilite": {"permis_b": False}},
        "prerequis",
        F,
        "Prérequis non rempli : Permis B",
    ),
    (
        {"prerequisites": ["permis-b"]},
        {"mobilite": {"permis_b": True}},
        "prerequis",
        P,
        "Prérequis remplis : Permis B",
    ),
    (
        {"prerequisites": ["permis-b", "vehicule"]},
        {},
        "prerequis",
        U,
        "Prérequis à vérifier : Permis B et Véhicule personnel",
    ),
    (
        {"prerequisites": ["lecture-ecriture"]},
        {"contraintes": ["francais"]},
        "prerequis",
        F,
        "Prérequis non rempli : Savoir lire et écrire le français",
    ),
    (
        {"prerequisites": ["francais"]},
        {"contraintes": []},
        "prerequis",
        P,
        "Prérequis remplis : Parler et comprendre le français",
    ),
    (
        {"prerequisites": ["numerique"]},
        {"contraintes": ["numerique"]},
        "prerequis",
        F,
        "Prérequis non rempli : Savoir utiliser un ordinateur ou un smartphone",
    ),
    # diploma ceiling
    (
        {"diploma_max": "cap-bep"},
        {"diplome": "bac"},
        "diplome",
        F,
        "Baccalauréat : réservé aux niveaux CAP ou BEP au plus",
    ),
    (
        {"diploma_max": "cap-bep"},
        {"diplome": "cap-bep"},
        "diplome",
        P,
        "CAP ou BEP : niveau accepté par le service",
    ),
    (
        {"diploma_max": "aucun"},
        {"diplome": "bac"},
        "diplome",
        F,
        "Baccalauréat : réservé aux personnes sans diplôme",
    ),
    (
        {"diploma_max": "bac"},
        {},
        "diplome",
        U,
        "Diplôme non renseigné (service réservé aux niveaux Baccalauréat au plus)",
    ),
    # cost, mode, freshness
    ({"frais": "gratuit"}, {}, "frais", P, "Gratuit"),
    ({"frais": "payant"}, {}, "frais", F, "Payant : voir le coût avec le service"),
    ({"frais": None}, {}, "frais", U, "Coût non précisé par le service"),
    ({"modes_accueil": ["en-presentiel"]}, {}, "mode", P, "Sur place"),
    ({"modes_accueil": ["en-presentiel", "a-distance"]}, {}, "mode", P, "Sur place ou à distance"),
    (
        {"modes_accueil": ["a-distance"]},
        {"accepte_distance": True},
        "mode",
        P,
        "À distance (téléphone ou internet)",
    ),
    (
        {"modes_accueil": ["a-distance"]},
        {},
        "mode",
        U,
        "Uniquement à distance (téléphone ou internet) : à voir avec la personne",
    ),
    (
        {"modes_accueil": ["a-distance"]},
        {"accepte_distance": False},
        "mode",
        F,
        "Uniquement à distance : la personne préfère venir sur place",
    ),
    (
        {"modes_accueil": ["a-distance"]},
        {"accepte_distance": True, "contraintes": ["numerique"]},
        "mode",
        F,
        "Uniquement à distance : peu adapté aux difficultés avec le numérique",
    ),
    ({"modes_accueil": []}, {}, "mode", U, "Mode d'accueil non précisé par le service"),
    ({"date_maj": date(2026, 3, 2)}, {}, "fraicheur", P, "Informations mises à jour en mars 2026"),
    (
        {"date_maj": date(2024, 1, 10), "verified_on": date(2026, 5, 1)},
        {},
        "fraicheur",
        P,
        "Informations vérifiées le 1er mai 2026",
    ),
    (
        {"date_maj": date(2025, 6, 14)},
        {},
        "fraicheur",
        F,
        "Informations anciennes : mises à jour en juin 2025, il y a plus de 12 mois",
    ),
    ({"date_maj": date(2025, 6, 15)}, {}, "fraicheur", P, "Informations mises à jour en juin 2025"),
    # needs
    (
        {"thematiques": ["mobilite--preparer-un-permis"]},
        {},
        "besoins",
        P,
        "Répond au besoin : Préparer un permis",
    ),
    (
        {"thematiques": ["mobilite--preparer-un-permis"]},
        {"besoins": ["mobilite--preparer-un-permis", "se-former--trouver-sa-formation"]},
        "besoins",
        P,
        "Répond à 1 besoin sur 2 : Préparer un permis",
    ),
    (
        {"thematiques": ["mobilite--preparer-un-permis", "se-former--trouver-sa-formation"]},
        {"besoins": ["mobilite", "se-former--trouver-sa-formation"]},
        "besoins",
        P,
        "Répond aux 2 besoins : Mobilité, Trouver sa formation",
    ),
    (
        {"thematiques": ["numerique--acquerir-un-equipement"]},
        {},
        "besoins",
        F,
        "Ne répond à aucun des besoins de la personne",
    ),
]


def _find(match, code):  # type: ignore[no-untyped-def]
    found = match.criterion(code)
    assert found is not None, [c.code for c in match.criteria]
    return found


@pytest.mark.parametrize(("fields", "visitor", "code", "status", "sentence"), CASES)
def test_criterion_status_and_sentence(fields, visitor, code, status, sentence):
    match = weigh(record(**fields), **visitor)
    criterion = _find(match, code)
    assert (criterion.status, criterion.sentence) == (status, sentence)
    if criterion.hard:
        assert (criterion.weight, criterion.points) == (0, 0)
        assert match.eligible is (status is not F)
        assert (sentence in match.reasons_excluded) is (status is F)
    else:
        assert criterion.weight == WEIGHTS[code]
        expected = {P: None, U: WEIGHTS[code] / 2, F: 0}[status]
        if expected is not None:
            assert criterion.points == expected


@pytest.mark.parametrize(
    ("fields", "code"),
    [
        ({}, "situation"),  # no required situation
        ({}, "prerequis"),
        ({}, "diplome"),
        ({"publics": ["tous-publics"]}, "publics"),
    ],
)
def test_criteria_that_do_not_apply_are_left_out(fields, code):
    assert weigh(record(**fields), age=30, situations=[]).criterion(code) is None


def test_unknown_values_never_exclude():
    service = record(
        age_min=16,
        age_max=25,
        required_situations=["rsa"],
        prerequisites=["permis-b"],
        diploma_max="cap-bep",
        publics=["demandeurs-emploi", "jeunes"],
        zone_eligibilite=["30189"],
    )
    match = weigh(service, commune=None, besoins=None)
    assert match.eligible
    hard = [c for c in match.criteria if c.hard]
    assert {c.status for c in hard} == {Status.unknown}
    assert match.reasons_excluded == []


def test_several_failures_are_all_given():
    service = record(
        age_min=16, age_max=25, required_situations=["rsa"], zone_eligibilite=["30189"]
    )
    match = weigh(service, age=40, situations=[], commune="30155")
    assert match.reasons_excluded == [
        "40 ans : réservé aux 16–25 ans",
        "Réservé aux habitants de Nîmes",
        "Réservé aux allocataires du RSA",
    ]


# ------------------------------------------------------------------ distance and transport


def test_distance_sentences_and_points():
    near = weigh(record(), 3.2)
    assert _find(near, "distance").sentence == "À 3,2 km de Manduel"
    assert _find(near, "distance").points == WEIGHTS["distance"]
    mid = _find(weigh(record(), 17.5), "distance")
    assert mid.status is Status.passed and 0 < mid.points < WEIGHTS["distance"]
    far = _find(weigh(record(), 42.0, mobilite={"distance_max_km": 20}), "distance")
    assert (far.status, far.sentence, far.points) == (
        Status.failed,
        "À 42 km de Manduel : au-delà des 20 km acceptés",
        0,
    )
    approximate = _find(weigh(record(latitude=None, longitude=None), 3.2), "distance")
    assert approximate.sentence == "À environ 3,2 km de Manduel"
    remote = _find(weigh(record(modes_accueil=["a-distance"]), None), "distance")
    assert (remote.status, remote.sentence) == (
        Status.passed,
        "Accessible à distance : pas de déplacement",
    )
    assert weigh(record(), None, commune=None).criterion("distance") is None


def test_without_a_licence_a_stop_near_the_service_counts():
    service = record(latitude=NEAR_CODOL[0], longitude=NEAR_CODOL[1])
    transport = _find(weigh(service, 11.0, mobilite={"permis_b": False}), "transport")
    assert transport.status is Status.passed and transport.points == WEIGHTS["transport"]
    assert transport.sentence == "Sans permis : à 450 m de l'arrêt Tango « CODOL »"
    stop, metres = stops_within(service.latitude, service.longitude, 600)[0]
    assert stop.nom == "CODOL" and 440 < metres < 460


def test_a_service_on_a_stop():
    stop, _ = stops_within(JEAN_JAURES[0], JEAN_JAURES[1], 1)[0]
    service = record(latitude=JEAN_JAURES[0], longitude=JEAN_JAURES[1])
    transport = _find(weigh(service, 11.0, mobilite={"vehicule": False}), "transport")
    assert transport.sentence == f"Sans voiture : à 0 m de l'arrêt Tango « {stop.nom} »"


@pytest.mark.parametrize(
    ("fields", "distance", "status", "sentence"),
    [
        (
            {"latitude": GARRIGUES[0], "longitude": GARRIGUES[1]},
            9.0,
            Status.failed,
            "Sans voiture : aucun arrêt Tango à moins de 600 m (à 9 km)",
        ),
        (
            {
                "latitude": ALES[0],
                "longitude": ALES[1],
                "modes_accueil": ["en-presentiel", "a-distance"],
            },
            45.0,
            Status.passed,
            "Sans voiture : accessible à distance",
        ),
        (
            {"latitude": GARRIGUES[0], "longitude": GARRIGUES[1]},
            1.5,
            Status.passed,
            "Sans voiture : à 1,5 km, à pied ou à vélo",
        ),
        (
            {"latitude": None, "longitude": None},
            9.0,
            Status.unknown,
            "Sans voiture : adresse précise inconnue, desserte Tango à vérifier",
        ),
    ],
)
def test_transport_without_a_car(fields, distance, status, sentence):
    transport = _find(
        weigh(record(**fields), distance, mobilite={"permis_b": True, "vehicule": False}),
        "transport",
    )
    assert (transport.status, transport.sentence) == (status, sentence)


def test_no_transport_criterion_with_car_and_licence_or_when_unknown():
    assert (
        weigh(record(), 9.0, mobilite={"permis_b": True, "vehicule": True}).criterion("transport")
        is None
    )
    assert weigh(record(), 9.0).criterion("transport") is None


# ------------------------------------------------------------------ protected attributes


SERVICES = [
    record("a"),
    record("b", publics=["personnes-en-situation-de-handicap", "demandeurs-emploi"]),
    record("c", publics=["femmes"], frais="payant"),
    record("d", modes_accueil=["a-distance"], zone_eligibilite=["france"]),
    record("e", publics=["personnes-exilees"], date_maj=date(2024, 2, 1)),
    record(
        "f", required_situations=["demandeur-emploi"], latitude=GARRIGUES[0], longitude=GARRIGUES[1]
    ),
]


@pytest.mark.parametrize("service", SERVICES, ids=lambda s: s.id)
def test_health_details_never_change_a_score(service):
    """RQTH (a health-related situation) may open a service reserved to it, never a point."""
    base = {"age": 33, "situations": ["demandeur-emploi"], "mobilite": {"permis_b": False}}
    with_rqth = {**base, "situations": ["demandeur-emploi", "rqth"]}
    plain, declared = weigh(service, 7.0, **base), weigh(service, 7.0, **with_rqth)
    assert plain.score == declared.score
    assert [c for c in plain.criteria if not c.hard] == [c for c in declared.criteria if not c.hard]


def test_publics_defined_by_a_protected_attribute_are_never_failed():
    for visitor in ({}, {"age": 40, "situations": []}, {"age": 19, "situations": ["rsa"]}):
        for publics in (["femmes"], ["personnes-exilees"], ["femmes", "seniors"]):
            match = weigh(record(publics=publics), **visitor)
            assert match.eligible
            assert match.criterion("publics").status is not Status.failed


def test_hard_criteria_never_score():
    match = weigh(record(age_min=16, age_max=25), age=40)
    assert all(c.points == 0 and c.weight == 0 for c in match.criteria if c.hard)
    assert match.score == weigh(record(), age=40).score
