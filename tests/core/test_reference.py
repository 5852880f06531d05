"""Reference data: communes, EPCI, data·inclusion vocabularies, QPV 2015, Tango stops."""

from __future__ import annotations

import dataclasses
import random
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.geo import haversine_m, in_france
from app.core.paths import REFERENCE_DIR, REPO_ROOT
from app.core.reference import communes as ref_communes
from app.core.reference import qpv as ref_qpv
from app.core.reference import tango
from app.core.reference import vocabularies as vocab
from app.core.reference.communes import (
    NIMES_METROPOLE_EPCI,
    commune,
    communes,
    epci_members,
    epci_name,
    nimes_metropole_codes,
    postal_code_matches,
    search_communes,
)

# A point well inside (about 290 m from its edge) the QPV "Pissevin - Valdegour", Nîmes.
IN_PISSEVIN = (43.82307, 4.3336)
NIMES_ARENES = (43.8348, 4.3594)


# --------------------------------------------------------------------------- communes


def test_every_commune_of_france_is_loaded():
    assert len(communes()) == 34_969
    assert all(len(code) == 5 for code in communes())


def test_the_350_communes_of_the_gard_have_coordinates_and_only_they():
    located = [c for c in communes().values() if c.latitude is not None]
    assert len(located) == 350
    assert {c.departement for c in located} == {"30"}
    assert all(c.longitude is not None and in_france(c.latitude, c.longitude) for c in located)


def test_coordinates_are_the_interior_point_not_the_centroid():
    nimes = commune("30189")
    assert (nimes.latitude, nimes.longitude) == (43.83232, 4.35251)


def test_nimes_metropole_has_39_members():
    flagged = {c.code for c in communes().values() if c.nimes_metropole}
    assert len(flagged) == 39
    assert set(nimes_metropole_codes()) == flagged
    assert list(nimes_metropole_codes()) == sorted(flagged)
    assert epci_members(NIMES_METROPOLE_EPCI) == frozenset(flagged)
    assert NIMES_METROPOLE_EPCI == "243000643"
    assert epci_name(NIMES_METROPOLE_EPCI) == "CA de Nîmes Métropole"


def test_nimes():
    nimes = commune("30189")
    assert nimes.nom == "Nîmes"
    assert nimes.departement == "30"
    assert nimes.codes_postaux == ("30000", "30900")
    assert nimes.epci == NIMES_METROPOLE_EPCI
    assert nimes.epci_nom == "CA de Nîmes Métropole"
    assert nimes.nimes_metropole is True
    assert nimes.population > 100_000
    with pytest.raises(dataclasses.FrozenInstanceError):
        nimes.nom = "Autre"  # type: ignore[misc]


def test_a_commune_outside_the_gard():
    paris = commune("75056")
    assert paris.nom == "Paris"
    assert paris.latitude is None and paris.longitude is None
    assert paris.nimes_metropole is False
    assert "75116" in paris.codes_postaux


def test_communes_without_epci_population_or_postal_code():
    # A few islands and overseas collectivities belong to no EPCI.
    assert commune("29155").epci is None  # Ouessant
    assert commune("29155").epci_nom is None
    assert any(c.population is None for c in communes().values())
    assert any(c.codes_postaux == () for c in communes().values())


def test_unknown_commune():
    assert commune("99999") is None
    assert commune("") is None
    assert commune(None) is None
    assert commune(" 30189 ").nom == "Nîmes"


def test_postal_code_matches():
    assert postal_code_matches("30189", "30000")
    assert postal_code_matches("30189", "30900")
    assert postal_code_matches("30189", " 30 900 ")
    assert not postal_code_matches("30189", "30800")
    assert not postal_code_matches("99999", "30000")
    assert not postal_code_matches("30189", "")


def test_epci_members_of_every_gard_epci_match_the_published_lists():
    published = {
        code: entry["membres"] for code, entry in ref_communes.epcis().items() if "membres" in entry
    }
    assert len(published) == 17
    for code, members in published.items():
        assert epci_members(code) == frozenset(members)
    assert epci_members("000000000") == frozenset()


def test_departement_members():
    gard = ref_communes.departement_members("30")
    assert len(gard) == 350
    assert set(nimes_metropole_codes()) <= gard


# --------------------------------------------------------------------------- commune search


def codes(results):
    return [c.code for c in results]


def test_search_by_name_ignores_case_and_accents():
    assert codes(search_communes("nimes"))[0] == "30189"
    assert codes(search_communes("NÎMES"))[0] == "30189"


def test_search_by_postal_code():
    assert codes(search_communes("30900")) == ["30189"]
    assert codes(search_communes("30000"))[0] == "30189"
    # A prefix lists the communes of that postal area, most populated first.
    results = search_communes("302", limit=50)
    assert results and all(any(cp.startswith("302") for cp in c.codes_postaux) for c in results)
    populations = [c.population or 0 for c in results]
    assert populations == sorted(populations, reverse=True)


def test_search_st_for_saint_and_hyphens_as_spaces():
    for text in ("st gilles", "St-Gilles", "saint gilles", "Saint-Gilles", "ST. GILLES"):
        assert codes(search_communes(text))[0] == "30258", text


def test_search_exact_name():
    assert codes(search_communes("Bouillargues")) == ["30047"]


def test_search_word_prefix_inside_the_name():
    assert codes(search_communes("grau du roi"))[0] == "30133"  # Le Grau-du-Roi
    assert "30258" in codes(search_communes("gilles"))


def test_search_exact_before_prefix_before_population():
    # "Saint" alone: only prefixes, so the most populated Saint-… of the Gard comes first.
    results = search_communes("saint", limit=5)
    assert all(c.nom.startswith("Saint") for c in results)
    assert [c.population for c in results] == sorted((c.population for c in results), reverse=True)
    # An exact name comes before a more populated commune whose name merely starts with it.
    exact = search_communes("vauvert")[0]
    assert exact.code == "30341"


def test_search_name_and_postal_code_together():
    assert codes(search_communes("Nîmes (30000)")) == ["30189"]
    assert codes(search_communes("gilles 30800")) == ["30258"]
    assert search_communes("gilles 30000") == []


def test_search_limit_departement_and_empty_queries():
    assert len(search_communes("s", limit=3)) == 3
    assert search_communes("saint", limit=0) == []
    assert search_communes("") == []
    assert search_communes("  - ' ") == []
    assert search_communes("zzzzqx") == []
    assert all(c.departement == "30" for c in search_communes("saint", limit=50))


def test_search_the_whole_of_france():
    results = search_communes("st gilles", limit=20, departement=None)
    names = {c.nom for c in results}
    assert "Saint-Gilles" in names and "Saint-Gilles-Croix-de-Vie" in names
    # All the exact "Saint-Gilles" first, the one of the Gard (the most populated) leading.
    assert results[0].code == "30258"
    exact = [c for c in results if c.nom == "Saint-Gilles"]
    assert results[: len(exact)] == exact
    # "69001" is a postal code of Lyon and the INSEE code of Affoux: postal code first.
    assert codes(search_communes("69001", departement=None)) == ["69123", "69001"]


# --------------------------------------------------------------------------- vocabularies


def test_vocabulary_counts():
    assert len(vocab.thematiques()) == 69
    assert len(vocab.categories()) == 16
    assert len(vocab.publics()) == 14
    assert len(vocab.types_de_services()) == 6
    assert len(vocab.frais()) == 2
    assert len(vocab.modes_accueil()) == 2
    assert len(vocab.modes_mobilisation()) == 4
    assert len(vocab.personnes_mobilisatrices()) == 2
    assert len(vocab.reseaux_porteurs()) == 108


def test_every_thematique_belongs_to_a_category():
    grouped = vocab.thematiques_by_category()
    assert set(grouped) == set(vocab.categories())
    assert sum(len(codes) for codes in grouped.values()) == 69
    for category, members in grouped.items():
        assert members
        assert all(vocab.category_of(code) == category for code in members)


def test_french_labels():
    assert vocab.thematique_label("mobilite--preparer-un-permis") == "Préparer un permis"
    assert vocab.category_label("mobilite") == "Mobilité"
    assert vocab.category_of("mobilite--preparer-un-permis") == "mobilite"
    assert vocab.category_of("mobilite") == "mobilite"
    assert vocab.label("publics", "demandeurs-emploi") == "Demandeurs d’emploi"
    assert vocab.label("frais", "gratuit") == "Gratuit"
    assert vocab.label("modes_accueil", "a-distance") == "À distance"
    assert vocab.label("categories", "souvrir-a-linternational") == "S’ouvrir à l’international"


def test_descriptions():
    assert vocab.description("publics", "actifs").startswith("Toute personne ayant un emploi")
    assert vocab.description("thematiques", "mobilite--preparer-un-permis") is None
    assert vocab.description("publics", "inconnu") is None


def test_unknown_code_gives_the_code_back():
    assert vocab.label("thematiques", "code-inconnu") == "code-inconnu"
    assert vocab.thematique_label("code-inconnu") == "code-inconnu"
    assert not vocab.is_valid("publics", "code-inconnu")
    assert vocab.is_valid("publics", "jeunes")


def test_unknown_vocabulary_is_a_programming_error():
    with pytest.raises(KeyError):
        vocab.label("pas-un-vocabulaire", "x")


def test_vocabularies_match_the_data_inclusion_schema_package():
    from data_inclusion.schema import v1

    assert set(vocab.thematiques()) == {t.value for t in v1.Thematique}
    assert set(vocab.publics()) == {p.value for p in v1.Public}
    assert set(vocab.types_de_services()) == {t.value for t in v1.TypeService}
    assert set(vocab.reseaux_porteurs()) == {r.value for r in v1.ReseauPorteur}


# --------------------------------------------------------------------------- QPV


def test_eighteen_qpv_in_the_gard_six_in_nimes():
    assert len(ref_qpv.qpvs()) == 18
    assert all(code.startswith("QP030") for code in ref_qpv.qpvs())
    assert len(ref_qpv.qpvs_of_commune("30189")) == 6


def test_qpv_generation_is_labelled():
    assert ref_qpv.QPV_GENERATION_LABEL == "Quartiers prioritaires (géographie 2015)"


def test_qpv_at_a_point_inside_pissevin():
    found = ref_qpv.qpv_at(*IN_PISSEVIN)
    assert found is not None
    assert found.code == "QP030003"
    assert found.nom == "Pissevin - Valdegour"
    assert found.communes == ("30189",)


def test_qpv_at_points_outside():
    assert ref_qpv.qpv_at(*NIMES_ARENES) is None
    assert ref_qpv.qpv_at(48.853, 2.3499) is None
    assert ref_qpv.qpv_at(None, 4.33) is None


# One point per QPV, each at least 70 m inside the published (unsimplified) contour.
DEEP_POINTS = {
    "QP030001": (44.13079, 4.07489),
    "QP030002": (44.05483, 3.98542),
    "QP030003": (43.82307, 4.3336),
    "QP030004": (43.84211, 4.36038),
    "QP030005": (43.84374, 4.3886),
    "QP030006": (43.8561, 4.39788),
    "QP030007": (43.83725, 4.37501),
    "QP030008": (43.82723, 4.38275),
    "QP030009": (43.67718, 4.4317),
    "QP030010": (44.15756, 4.62039),
    "QP030011": (44.25609, 4.65006),
    "QP030012": (43.81044, 4.62932),
    "QP030013": (43.80769, 4.64382),
    "QP030014": (44.26069, 4.19834),
    "QP030015": (43.69844, 4.27965),
    "QP030016": (44.20986, 4.0287),
    "QP030017": (44.22136, 4.01629),
    "QP030018": (44.02374, 4.41261),
}


@pytest.mark.parametrize(("code", "point"), sorted(DEEP_POINTS.items()))
def test_qpv_at_finds_every_qpv(code, point):
    found = ref_qpv.qpv_at(*point)
    assert found is not None and found.code == code
    assert code in ref_qpv.qpvs() and ref_qpv.qpv(code) == found


# --------------------------------------------------------------------------- Tango


def test_tango_stops_are_loaded():
    stops = tango.stops()
    assert len(stops) == 1138
    esplanade = stops["11NAR"]
    assert esplanade.nom == "ESPLANADE T2"
    assert (esplanade.latitude, esplanade.longitude) == (43.834216, 4.36265)


def test_nearest_stop_near_a_known_stop():
    stop, metres = tango.nearest_stop(43.83422, 4.36266)
    assert stop.id == "11NAR"
    assert metres < 2


def test_nearest_stop_with_a_limit():
    assert tango.nearest_stop(48.853, 2.3499, max_metres=1000) is None  # Paris
    stop, metres = tango.nearest_stop(48.853, 2.3499)  # no limit: still an answer
    assert metres > 500_000 and stop.id in tango.stops()
    assert tango.nearest_stop(None, 4.36) is None


def test_stops_within():
    found = tango.stops_within(43.834216, 4.36265, 150)
    ids = [stop.id for stop, _ in found]
    assert ids[:2] == ["11NAR", "11NBR"]
    distances = [metres for _, metres in found]
    assert distances == sorted(distances) and distances[-1] <= 150
    assert tango.stops_within(48.853, 2.3499, 5000) == []


def test_grid_answers_equal_a_full_scan():
    rng = random.Random(20260101)
    stops = list(tango.stops().values())
    points = [(rng.uniform(43.55, 44.1), rng.uniform(3.95, 4.75)) for _ in range(150)]
    points += [(rng.uniform(41.5, 51.0), rng.uniform(-4.5, 9.5)) for _ in range(20)]
    for lat, lon in points:
        by_scan = sorted((haversine_m(lat, lon, s.latitude, s.longitude), s.id) for s in stops)
        for limit in (None, 400.0, 2500.0):
            expected = by_scan[0] if limit is None or by_scan[0][0] <= limit else None
            got = tango.nearest_stop(lat, lon, max_metres=limit)
            if expected is None:
                assert got is None
            else:
                assert got[0].id == expected[1]
                assert got[1] == pytest.approx(expected[0], abs=1e-3)
        within = [stop.id for stop, _ in tango.stops_within(lat, lon, 1200)]
        assert within == [i for d, i in by_scan if d <= 1200]


# --------------------------------------------------------------------------- resources


def test_reference_files_live_in_the_repository():
    assert REFERENCE_DIR == REPO_ROOT / "resources" / "reference"
    for name in (
        "communes.csv",
        "epci.json",
        "vocabularies.json",
        "qpv2015_gard.geojson",
        "tango_stops.csv",
        "PROVENANCE.md",
    ):
        assert (REFERENCE_DIR / name).is_file(), name
    provenance = (REFERENCE_DIR / "PROVENANCE.md").read_text(encoding="utf-8")
    assert "Licence Ouverte" in provenance and "géographie 2015" in provenance


SHARED = REPO_ROOT.parent / "shared" / "data"


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/data is not available")
def test_resources_are_what_the_script_builds(tmp_path: Path):
    subprocess.run(
        [sys.executable, str(REPO_ROOT / "scripts" / "build_resources.py"), "--out", str(tmp_path)],
        check=True,
        capture_output=True,
    )
    built = sorted(p.name for p in tmp_path.iterdir())
    assert len(built) == 6
    for name in built:
        assert (tmp_path / name).read_bytes() == (REFERENCE_DIR / name).read_bytes(), name
