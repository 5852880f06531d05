"""Catalogue counts by family, theme, commune and freshness; the sample catalogue at first start."""

from __future__ import annotations

from datetime import date

from app.core.catalogue import count_services, is_sample_catalogue
from app.core.io import import_files
from app.core.sample import ensure_catalogue, load_sample_catalogue
from app.core.stats import AGING, FRESH, STALE, catalogue_stats, freshness_bucket, months_before
from app.core.storage import open_database
from tests.core.io_fixtures import MINI_DIR, SAMPLE_DIR, service, structure, write_pair

TODAY = date(2025, 12, 1)


def test_months_before_keeps_the_day_or_the_end_of_month():
    assert months_before(date(2025, 12, 1), 6) == date(2025, 6, 1)
    assert months_before(date(2025, 8, 31), 6) == date(2025, 2, 28)
    assert months_before(date(2025, 3, 15), 12) == date(2024, 3, 15)


def test_freshness_buckets():
    assert freshness_bucket(date(2025, 6, 1), TODAY) == FRESH
    assert freshness_bucket(date(2025, 5, 31), TODAY) == AGING
    assert freshness_bucket(date(2024, 12, 1), TODAY) == AGING
    assert freshness_bucket(date(2024, 11, 30), TODAY) == STALE


def test_counts_of_a_small_catalogue(db, tmp_path):
    import_files(db, [MINI_DIR / "structures.json", MINI_DIR / "services.json"])
    extra = service(
        id="test--garde",
        structure_id="exemple-passerelle--garage-roue-libre",
        thematiques=["famille--garde-denfants", "mobilite--financer-ma-mobilite"],
        code_insee=None,
        code_postal=None,
        date_maj="2024-01-01",
        verified_on="2025-11-02",
    )
    import_files(db, write_pair(tmp_path, [], [extra]))
    with db.session() as session:
        stats = catalogue_stats(session, today=date(2026, 4, 15))
    assert (stats.services, stats.archived_services) == (3, 1)
    assert (stats.structures, stats.archived_structures) == (2, 1)
    assert stats.by_family == {"mobilite": 2, "insertion": 2}
    assert stats.by_category["mobilite"] == 2
    assert stats.by_theme["famille--garde-denfants"] == 1
    # the service without a commune takes its structure's (Caissargues)
    assert stats.by_commune == {"30060": 2, "30189": 1}
    assert stats.commune_names["30060"] == "Caissargues"
    # verified on 2025-11-02: fresh though updated in 2024; verified on 2025-10-02: 6 to 12
    # months; updated 2024-03-15 and never verified: more than 12 months
    assert stats.freshness == {FRESH: 1, AGING: 1, STALE: 1}
    assert not stats.sample
    text = stats.as_text()
    assert "3 services actifs dans 2 structures" in text
    assert "Mobilité" in text and "Caissargues" in text and "De 6 à 12 mois" in text
    data = stats.as_dict()
    assert data["par_commune"][0] == {"code_insee": "30060", "nom": "Caissargues", "services": 2}


def test_empty_catalogue(db):
    with db.session() as session:
        stats = catalogue_stats(session, today=TODAY)
    assert stats.services == 0 and stats.by_family == {} and not stats.sample
    assert "(aucun)" in stats.as_text()


def test_sample_catalogue_stats(db):
    load_sample_catalogue(db, directory=SAMPLE_DIR)
    with db.session() as session:
        stats = catalogue_stats(session)
        assert is_sample_catalogue(session)
    assert stats.sample
    assert set(stats.by_family) >= {"formation", "insertion", "mobilite", "orientation"}
    assert len([code for code in stats.by_commune if code]) >= 25
    assert stats.as_text().startswith("Catalogue d'exemple")


def test_ensure_catalogue_loads_the_sample_only_at_first_start(tmp_path):
    first = open_database(tmp_path / "passerelle.sqlite")
    try:
        assert ensure_catalogue(first, directory=SAMPLE_DIR)
        with first.session() as session:
            loaded = count_services(session)
        assert loaded >= 120
    finally:
        first.dispose()
    again = open_database(tmp_path / "passerelle.sqlite")
    try:
        assert not again.created
        assert not ensure_catalogue(again, directory=SAMPLE_DIR)
    finally:
        again.dispose()


def test_ensure_catalogue_leaves_a_filled_database_alone(db, tmp_path):
    import_files(db, write_pair(tmp_path, [structure()], [service()]))
    assert db.created
    assert not ensure_catalogue(db, directory=SAMPLE_DIR)
    with db.session() as session:
        assert count_services(session) == 1


def test_ensure_catalogue_without_sample_files(db, tmp_path):
    assert not ensure_catalogue(db, directory=tmp_path)
