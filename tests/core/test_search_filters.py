"""Search filters: codes, families, freshness, opening days, archives, checks in French."""

from __future__ import annotations

from datetime import date

import pytest

from app.core.errors import UserError
from app.core.search import CatalogueIndex, SearchFilters
from app.core.search.filters import months_before, validate_filters, weekday_number
from tests.core.search_data import TODAY, build, record


@pytest.fixture(scope="module")
def index() -> CatalogueIndex:
    return build(
        [
            record(
                "permis",
                nom="Préparer son permis",
                thematiques=["mobilite--preparer-un-permis"],
                publics=["jeunes"],
                horaires_accueil="Mo-Fr 09:00-12:00",
                date_maj=date(2026, 5, 1),
            ),
            record(
                "garage",
                nom="Garage solidaire",
                thematiques=["mobilite--entretenir-reparer-son-vehicule"],
                frais="payant",
                type="aide-materielle",
                horaires_accueil="Sa 09:00-12:00",
                date_maj=date(2024, 1, 10),
            ),
            record(
                "cours",
                nom="Cours de français",
                thematiques=["lecture-ecriture-calcul--maitriser-le-francais"],
                type="formation",
                publics=["personnes-exilees", "femmes"],
                modes_accueil=["en-presentiel", "a-distance"],
                date_maj=date(2023, 6, 1),
                verified_on=date(2026, 4, 1),
            ),
            record(
                "visio",
                nom="Coaching emploi en visio",
                thematiques=["trouver-un-emploi--convaincre-un-recruteur-en-entretien"],
                modes_accueil=["a-distance"],
                frais=None,
                horaires_accueil='Mo-Fr "sur rendez-vous"',
                date_maj=date(2025, 6, 14),
            ),
            record(
                "metiers",
                nom="Découvrir un métier",
                thematiques=["choisir-un-metier--decouvrir-un-metier-ou-un-secteur-dactivite"],
                type="information",
                date_maj=date(2025, 6, 16),
            ),
            record("ancien", nom="Atelier archivé", archived=True),
        ]
    )


def found(index: CatalogueIndex, text: str = "", **filters) -> set[str]:  # type: ignore[no-untyped-def]
    return set(index.search(text, SearchFilters(**filters), today=TODAY).ids)


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, {"permis", "garage", "cours", "visio", "metiers"}),
        # thématique: a category covers its sub-themes; codes are alternatives
        ({"thematiques": {"mobilite"}}, {"permis", "garage"}),
        ({"thematiques": {"mobilite--preparer-un-permis"}}, {"permis"}),
        (
            {"thematiques": {"mobilite--preparer-un-permis", "choisir-un-metier"}},
            {"permis", "metiers"},
        ),
        ({"types": {"formation"}}, {"cours"}),
        ({"types": {"information", "aide-materielle"}}, {"metiers", "garage"}),
        ({"publics": {"femmes"}}, {"cours"}),
        ({"publics": {"jeunes", "femmes"}}, {"permis", "cours"}),
        ({"frais": {"payant"}}, {"garage"}),
        ({"frais": {"gratuit"}}, {"permis", "cours", "metiers"}),
        ({"modes_accueil": {"a-distance"}}, {"cours", "visio"}),
        ({"modes_accueil": {"en-presentiel"}}, {"permis", "garage", "cours", "metiers"}),
        # families of the Maison des compétences
        ({"families": {"formation"}}, {"cours"}),
        ({"families": {"mobilite"}}, {"permis", "garage"}),
        ({"families": {"orientation"}}, {"metiers"}),
        ({"families": {"insertion"}}, {"visio"}),
        # freshness: the later of date_maj and verified_on, against today = 2026-06-15
        ({"older_than_months": 12}, {"garage", "visio"}),
        ({"newer_than_months": 12}, {"permis", "cours", "metiers"}),
        ({"newer_than_months": 2}, {"permis"}),
        # open on a weekday (0 = Monday); unknown hours are not "open"
        ({"open_on": 0}, {"permis"}),
        ({"open_on": 5}, {"garage"}),
        ({"open_on": 6}, set()),
        # archives
        ({"include_archived": True}, {"permis", "garage", "cours", "visio", "metiers", "ancien"}),
        # filters combine
        ({"thematiques": {"mobilite"}, "frais": {"gratuit"}}, {"permis"}),
        ({"families": {"mobilite"}, "open_on": 5, "frais": {"gratuit"}}, set()),
    ],
)
def test_filters(index: CatalogueIndex, filters: dict, expected: set[str]) -> None:
    assert found(index, **filters) == expected


def test_filters_and_text_combine(index: CatalogueIndex) -> None:
    assert found(index, "garage", thematiques={"mobilite"}) == {"garage"}
    assert found(index, "garage", frais={"gratuit"}) == set()


def test_filters_accept_plain_sets_and_strings() -> None:
    filters = SearchFilters(thematiques={"mobilite"}, types=["formation"], frais="gratuit")
    assert filters.thematiques == frozenset({"mobilite"})
    assert filters.types == frozenset({"formation"})
    assert filters.frais == frozenset({"gratuit"})
    hash(filters)  # frozen: usable as a cache key


@pytest.mark.parametrize(
    ("today", "months", "expected"),
    [
        (date(2026, 6, 15), 12, date(2025, 6, 15)),
        (date(2026, 3, 31), 1, date(2026, 2, 28)),
        (date(2026, 1, 10), 2, date(2025, 11, 10)),
        (date(2024, 5, 31), 3, date(2024, 2, 29)),
    ],
)
def test_months_before(today: date, months: int, expected: date) -> None:
    assert months_before(today, months) == expected


@pytest.mark.parametrize(
    ("filters", "message"),
    [
        (SearchFilters(thematiques={"mobilité"}), "Thématique inconnu(e) : « mobilité »"),
        (SearchFilters(types={"stage"}), "Valeurs possibles : accompagnement, aide-financiere"),
        (SearchFilters(publics={"ados"}), "Public inconnu(e)"),
        (SearchFilters(frais={"libre"}), "gratuit, payant"),
        (SearchFilters(modes_accueil={"sur-place"}), "a-distance, en-presentiel"),
        (SearchFilters(families={"emploi"}), "formation, insertion, mobilite, orientation"),
        (SearchFilters(commune="99999"), "Commune inconnue : « 99999 »"),
        (SearchFilters(max_distance_km=10), "demande la commune du visiteur"),
        (SearchFilters(older_than_months=-1), "nombre de mois positif"),
    ],
)
def test_bad_filters_give_a_french_message(filters: SearchFilters, message: str) -> None:
    with pytest.raises(UserError) as error:
        validate_filters(filters)
    assert message in str(error.value)


def test_valid_filters_pass() -> None:
    validate_filters(
        SearchFilters(
            thematiques={"mobilite", "se-former--trouver-sa-formation"},
            commune="30189",
            max_distance_km=20,
            open_on=2,
            families={"formation"},
        )
    )


@pytest.mark.parametrize(("name", "number"), [("lundi", 0), ("Mercredi", 2), ("DIMANCHE", 6)])
def test_weekday_names(name: str, number: int) -> None:
    assert weekday_number(name) == number


def test_unknown_weekday() -> None:
    with pytest.raises(UserError, match="Jour inconnu : « lundy »"):
        weekday_number("lundy")
