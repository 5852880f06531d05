"""Geography: distances from the visitor's commune, eligibility zones, distance filter and sort."""

from __future__ import annotations

import pytest

from app.core.geo import distance_km
from app.core.reference.communes import commune
from app.core.search import SearchFilters, distance_from, in_zone
from app.core.search.geography import commune_point, zone_label
from tests.core.search_data import (
    ALES,
    NIMES,
    NIMES_METROPOLE,
    PARIS,
    SAINT_GILLES,
    UZES,
    build,
    record,
)


@pytest.mark.parametrize(
    ("visitor", "zone", "expected"),
    [
        (NIMES, ["30189"], True),  # commune
        (NIMES, ["30258"], False),
        (SAINT_GILLES, ["30189", "30258"], True),
        (NIMES, [NIMES_METROPOLE], True),  # EPCI
        (SAINT_GILLES, [NIMES_METROPOLE], True),
        (UZES, [NIMES_METROPOLE], False),
        (NIMES, ["30"], True),  # département
        (ALES, ["30"], True),
        (NIMES, ["13", "34"], False),
        (NIMES, ["2A", "2B"], False),
        (NIMES, ["france"], True),  # the whole country
        (NIMES, ["France"], True),
        (NIMES, ["99100"], True),
        (NIMES, ["99134"], False),  # another country
        (PARIS, ["75"], True),
        (PARIS, ["30"], False),
        (NIMES, [], None),  # no zone given: unknown
        (NIMES, None, None),
        ("99999", ["30"], None),  # unknown commune: unknown
        (None, ["30"], None),
    ],
)
def test_in_zone(visitor: str | None, zone: list[str] | None, expected: bool | None) -> None:
    assert in_zone(visitor, zone) is expected


def test_distance_uses_the_service_point_else_its_commune_point() -> None:
    nimes = commune_point(NIMES)
    uzes = commune_point(UZES)
    assert nimes is not None and uzes is not None
    own = record("own", latitude=43.8367, longitude=4.3601)
    assert distance_from(NIMES, own) == pytest.approx(distance_km(*nimes, 43.8367, 4.3601))
    assert distance_from(NIMES, own) < 3
    from_commune = record("commune", code_insee=UZES, latitude=None, longitude=None)
    expected = distance_km(*nimes, *uzes)
    assert distance_from(NIMES, from_commune) == pytest.approx(expected)
    assert 15 < expected < 30


@pytest.mark.parametrize(
    ("visitor", "fields"),
    [
        (NIMES, {"modes_accueil": ["a-distance"]}),  # nowhere to go
        (NIMES, {"latitude": None, "longitude": None, "code_insee": PARIS}),  # no point known
        (NIMES, {"latitude": None, "longitude": None, "code_insee": None}),
        (PARIS, {}),  # the visitor's commune has no point
        ("99999", {}),
        (None, {}),
    ],
)
def test_distance_unknown(visitor: str | None, fields: dict) -> None:
    assert distance_from(visitor, record("svc", **fields)) is None


def test_hybrid_service_has_a_distance() -> None:
    hybrid = record("hybrid", modes_accueil=["en-presentiel", "a-distance"])
    assert distance_from(NIMES, hybrid) is not None


def test_zone_labels() -> None:
    assert zone_label("30189") == "Nîmes (30189)"
    assert zone_label("france") == "toute la France"
    assert zone_label("30") == "département 30"
    assert zone_label(NIMES_METROPOLE) == commune(NIMES).epci_nom  # type: ignore[union-attr]


def _place(code: str) -> dict:
    point = commune_point(code)
    assert point is not None
    return {"code_insee": code, "latitude": point[0], "longitude": point[1]}


@pytest.fixture(scope="module")
def index():  # type: ignore[no-untyped-def]
    return build(
        [
            record("nimes-only", nom="Atelier A", zone_eligibilite=[NIMES], **_place(NIMES)),
            record(
                "metropole",
                nom="Atelier B",
                zone_eligibilite=[NIMES_METROPOLE],
                **_place(SAINT_GILLES),
            ),
            record("gard", nom="Atelier C", zone_eligibilite=["30"], **_place(UZES)),
            record("ales", nom="Atelier D", zone_eligibilite=["30"], **_place(ALES)),
            record("france", nom="Atelier E", zone_eligibilite=["france"], **_place(ALES)),
            record("herault", nom="Atelier F", zone_eligibilite=["34"], **_place(NIMES)),
            record("no-zone", nom="Atelier G", **_place(UZES)),
            record(
                "remote",
                nom="Atelier H",
                modes_accueil=["a-distance"],
                zone_eligibilite=["france"],
                **_place(ALES),
            ),
            record(
                "hybrid-far",
                nom="Atelier I",
                modes_accueil=["en-presentiel", "a-distance"],
                zone_eligibilite=["30"],
                **_place(ALES),
            ),
            record("unplaced", nom="Atelier J", latitude=None, longitude=None, code_insee=None),
        ]
    )


def found(index, **filters) -> set[str]:  # type: ignore[no-untyped-def]
    return set(index.search("atelier", SearchFilters(**filters), limit=None).ids)


def test_zone_filter_by_commune_epci_departement_and_france(index) -> None:  # type: ignore[no-untyped-def]
    everything = {
        "nimes-only",
        "metropole",
        "gard",
        "ales",
        "france",
        "herault",
        "no-zone",
        "remote",
        "hybrid-far",
        "unplaced",
    }
    assert found(index) == everything
    assert found(index, commune=NIMES) == everything - {"herault"}
    assert found(index, commune=SAINT_GILLES) == everything - {"herault", "nimes-only"}
    assert found(index, commune=UZES) == everything - {"herault", "nimes-only", "metropole"}
    assert found(index, commune=PARIS) == {"france", "remote", "no-zone", "unplaced"}
    assert found(index, commune=NIMES, eligible_only=False) == everything


def test_max_distance_keeps_remote_services(index) -> None:  # type: ignore[no-untyped-def]
    near = found(index, commune=NIMES, max_distance_km=5)
    assert near == {"nimes-only", "remote", "hybrid-far"}
    within_30 = found(index, commune=NIMES, max_distance_km=30)
    assert within_30 == {"nimes-only", "metropole", "gard", "no-zone", "remote", "hybrid-far"}
    assert "ales" not in within_30 and "unplaced" not in within_30  # too far; place unknown


def test_sort_by_distance(index) -> None:  # type: ignore[no-untyped-def]
    result = index.search("atelier", SearchFilters(commune=NIMES), sort="distance")
    assert result.ids[:2] == ["nimes-only", "metropole"]
    distances = [hit.distance_km for hit in result.hits]
    known = [d for d in distances if d is not None]
    assert known == sorted(known)
    assert distances.index(None) == len(known)  # unknown distances come last
    assert set(result.ids[len(known) :]) == {"remote", "unplaced"}
    assert {"gard", "no-zone"} == set(result.ids[2:4])  # both in Uzès
    by_id = {hit.service_id: hit for hit in result.hits}
    assert by_id["nimes-only"].distance_km == pytest.approx(0, abs=0.01)
    assert by_id["metropole"].distance_km == pytest.approx(
        distance_km(*commune_point(NIMES), *commune_point(SAINT_GILLES))
    )  # type: ignore[misc]


def test_empty_text_sorted_by_distance(index) -> None:  # type: ignore[no-untyped-def]
    result = index.search("", SearchFilters(commune=NIMES, max_distance_km=30), sort="distance")
    assert result.ids[0] == "nimes-only"
    assert result.total == 6


def test_index_distance_matches_distance_from(index) -> None:  # type: ignore[no-untyped-def]
    for service_id in ("nimes-only", "gard", "remote", "unplaced", "hybrid-far"):
        assert index.distance_km(service_id, NIMES) == (
            pytest.approx(distance_from(NIMES, index.record(service_id)))
            if distance_from(NIMES, index.record(service_id)) is not None
            else None
        )
    assert index.distance_km("gard", PARIS) is None


def test_without_commune_no_distance(index) -> None:  # type: ignore[no-untyped-def]
    result = index.search("atelier", sort="distance")
    assert all(hit.distance_km is None for hit in result.hits)
    assert result.ids == sorted(result.ids, key=lambda i: index.record(i).nom)
