"""Records of a loaded catalogue keep an excerpt of the description; the index still finds
every word of it, after edits and after the index compacts itself."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

import numpy as np
import pytest

from app.core.records import DESCRIPTION_EXCERPT
from app.core.search import CatalogueIndex, SearchFilters
from app.core.search import index as index_module
from app.core.search.segment import TextSegment, merged
from tests.core.search_data import record

FILLER = "Accueil et écoute des habitants du quartier. " * 10  # 450 characters
DEEP = "Les ateliers ont lieu à la médiathèque Zéphyrine."  # after the excerpt


def _description(word: str) -> str:
    return f"Service {word}. {FILLER}{DEEP}"


@pytest.fixture
def loaded(db):  # type: ignore[no-untyped-def]
    from app.core.catalogue import upsert_services, upsert_structures

    with db.transaction() as session:
        upsert_structures(
            session,
            [{"id": "st", "source": "tests", "nom": "Relais Fictif", "date_maj": date(2026, 1, 1)}],
        )
        upsert_services(
            session,
            [
                {
                    "id": "long",
                    "source": "tests",
                    "structure_id": "st",
                    "nom": "Permanence longue",
                    "description": _description("alpaga"),
                    "date_maj": date(2026, 1, 1),
                },
                {
                    "id": "short",
                    "source": "tests",
                    "structure_id": "st",
                    "nom": "Permanence courte",
                    "description": "Une courte description.",
                    "date_maj": date(2026, 1, 1),
                },
            ],
        )
    return CatalogueIndex.from_database(db)


def test_loaded_records_keep_an_excerpt_and_every_word_is_found(loaded):  # type: ignore[no-untyped-def]
    long = loaded.record("long")
    assert long.description == _description("alpaga")[:DESCRIPTION_EXCERPT]
    assert len(_description("alpaga")) > DESCRIPTION_EXCERPT + len(DEEP)
    assert loaded.record("short").description == "Une courte description."
    assert loaded.search("zephyrine").ids == ["long"]  # a word past the excerpt
    assert loaded.search("alpaga").ids == ["long"]


def test_editing_another_field_keeps_the_words_of_the_whole_description(loaded):  # type: ignore[no-untyped-def]
    loaded.upsert(replace(loaded.record("long"), nom="Permanence renommée"))
    assert loaded.search("renommee").ids == ["long"]
    assert loaded.search("zephyrine").ids == ["long"]
    assert loaded.search("longue").ids == []


def test_a_new_description_replaces_the_old_words(loaded):  # type: ignore[no-untyped-def]
    loaded.upsert(replace(loaded.record("long"), description="Nouvelle description : bibliobus."))
    assert loaded.search("bibliobus").ids == ["long"]
    assert loaded.search("zephyrine").ids == [] and loaded.search("alpaga").ids == []


def test_compaction_keeps_every_word_and_removes_the_dead(loaded, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(index_module, "_DELTA_MIN", 5)
    loaded.upsert(replace(loaded.record("long"), nom="Permanence renommée"))
    loaded.remove("short")
    loaded.upsert_many(
        [record(f"n{i}", nom=f"Atelier {i}", description=_description(f"mot{i}")) for i in range(6)]
    )
    snapshot = loaded.snapshot()
    assert snapshot.delta is None and snapshot.size == 7  # compacted, the dead left out
    assert loaded.search("zephyrine").total == 7
    assert loaded.search("renommee").ids == ["long"]
    assert loaded.search("courte").ids == []
    assert loaded.search("mot3").ids == ["n3"]
    assert loaded.search("").ids == ["n0", "n1", "n2", "n3", "n4", "n5", "long"]  # by name


def test_a_compacted_index_searches_as_a_fresh_build(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(index_module, "_DELTA_MIN", 40)
    rng = random.Random(7)
    words = ["permis", "mobilité", "formation", "atelier", "emploi", "logement", "budget"]

    def service(number: int) -> object:
        text = " ".join(rng.choice(words) for _ in range(6))
        return record(f"s{number}", nom=f"{rng.choice(words)} {number}", description=text)

    current = {f"s{n}": service(n) for n in range(120)}
    index = CatalogueIndex.build(current.values())
    compactions = 0
    for round_ in range(6):
        changed = [service(rng.randrange(160)) for _ in range(25)]
        for gone in rng.sample(sorted(current), 3):
            index.remove(gone)
            del current[gone]
        index.upsert_many(changed)
        current.update({r.id: r for r in changed})
        fresh = CatalogueIndex.build(current.values())
        compacted = index.snapshot().delta is None
        compactions += compacted
        for text in ["perm", "mobilite", "formaton", "atelier -emploi", "", "budget logement"]:
            got, expected = index.search(text, limit=None), fresh.search(text, limit=None)
            pairs = sorted((h.service_id, h.score) for h in got.hits)
            assert pairs == sorted((h.service_id, h.score) for h in expected.hits), (round_, text)
            if compacted:  # names in one order again (added ones are placed approximately)
                assert got.ids == expected.ids, (round_, text)
        assert len(index) == len(current)
    assert compactions >= 2


def test_merged_segments_equal_one_built_segment():
    rng = random.Random(3)

    def documents(numbers: range) -> list[tuple[int, dict[str, int]]]:
        return [
            (n, {rng.choice("abcde") + rng.choice("xyz"): rng.randrange(1, 200) for _ in range(3)})
            for n in numbers
        ]

    first, second = documents(range(0, 50)), documents(range(50, 80))
    keep = np.ones(80, dtype=bool)
    keep[[3, 10, 55, 79]] = False
    renumber = (np.cumsum(keep) - 1).astype(np.int32)
    segment = merged([TextSegment.build(first), TextSegment.build(second)], keep, renumber)
    expected = TextSegment.build(
        (int(renumber[n]), weights) for n, weights in first + second if keep[n]
    )
    assert segment.terms == expected.terms
    assert segment.offsets.tolist() == expected.offsets.tolist()
    assert segment.docs.tolist() == expected.docs.tolist()
    assert segment.weights.tolist() == expected.weights.tolist()


def test_search_filters_after_compaction(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(index_module, "_DELTA_MIN", 2)
    index = CatalogueIndex.build([record("a", nom="Atelier", frais="payant")])
    index.upsert_many([record(f"b{i}", nom=f"Bus {i}", zone_eligibilite=["30"]) for i in range(4)])
    index.remove("b0")
    index.upsert(record("b1", nom="Bus un", frais="payant"))
    index.upsert_many([record("c", nom="Car")] * 1 + [record("d", nom="Dépôt")])
    assert index.snapshot().delta is None
    assert index.search("", SearchFilters(frais=frozenset({"payant"}))).ids == ["a", "b1"]
    # b2 and b3 are for the Gard only; b1's new version gives no zone
    assert set(index.search("", SearchFilters(commune="13055")).ids) == {"a", "b1", "c", "d"}
