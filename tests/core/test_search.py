"""Text search: accents, prefixes, typos, plurals, field weights, AND semantics, changes."""

from __future__ import annotations

import threading

import pytest

from app.core.search import CatalogueIndex, SearchFilters
from app.core.search.analysis import stem, typo_variants, words
from app.core.search.query import parse
from tests.core.search_data import build, record, text_catalogue


@pytest.fixture(scope="module")
def index() -> CatalogueIndex:
    return build(text_catalogue())


def ids(index: CatalogueIndex, text: str, **filters) -> list[str]:  # type: ignore[no-untyped-def]
    return index.search(text, SearchFilters(**filters)).ids


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # accents and case
        ("mobilite", ["scooters", "permis"]),
        ("MOBILITÉ", ["scooters", "permis"]),
        ("Mobilité", ["scooters", "permis"]),
        ("francais", ["francais"]),
        ("numerique", ["numerique"]),
        # prefix of the word being typed
        ("perm", ["permis", "global"]),
        ("scoo", ["scooters"]),
        ("mobi", ["scooters", "permis"]),
        # one typo in words of five letters or more
        ("formaton", ["batiment", "francais"]),
        ("permsi ", ["permis", "global"]),
        ("atelir", ["cv", "numerique"]),
        # plural and singular
        ("formations", ["batiment", "francais"]),
        ("formation", ["batiment", "francais"]),
        ("scooter", ["scooters"]),
        ("travaux", ["scooters", "chantier"]),
        ("travail", ["scooters", "chantier"]),
        # every typed word must match somewhere (AND)
        ("permis code", ["permis"]),
        ("permis scooters", []),
        ("lettre motivation", ["cv"]),
        # stop words and elisions are ignored
        ("l'emploi", ["global", "chantier", "cv"]),  # cv: in its structure's name
        ("cours de", ["francais", "permis"]),
        # structure name
        ("cigale", ["permis"]),
        # OR and NOT
        ("scooters OU cv", ["cv", "scooters"]),
        ("mobilité -permis", ["scooters"]),
        # nothing
        ("xyzzy", []),
        ("cous", []),  # four letters: no typo tolerated
    ],
)
def test_query_finds_expected_services(
    index: CatalogueIndex, text: str, expected: list[str]
) -> None:
    assert ids(index, text) == expected


def test_empty_text_lists_every_service_by_name(index: CatalogueIndex) -> None:
    result = index.search("")
    assert result.total == 8
    assert result.ids == [
        "global",
        "scooters",
        "cv",
        "chantier",
        "francais",
        "batiment",
        "numerique",
        "permis",
    ]
    assert all(hit.score == 0 for hit in result.hits)


def test_field_weights_name_then_themes_then_structure_then_description() -> None:
    index = build(
        [
            record("in-description", nom="Service A", description="Un véhicule prêté."),
            record("in-structure", nom="Service B", structure_nom="Garage du véhicule"),
            record("in-themes", nom="Service C", thematiques=["mobilite--acceder-a-un-vehicule"]),
            record("in-name", nom="Prêt de véhicule"),
        ]
    )
    result = index.search("vehicule")
    assert result.ids == ["in-name", "in-themes", "in-structure", "in-description"]
    scores = [hit.score for hit in result.hits]
    assert scores == sorted(scores, reverse=True) and len(set(scores)) == 4


def test_exact_word_ranks_above_completion_and_typo() -> None:
    index = build(
        [
            record("typo", nom="Formaiton express"),
            record("completion", nom="Formationnel"),
            record("exact", nom="Formation"),
        ]
    )
    assert index.search("formation").ids[0] == "exact"
    assert set(index.search("formation").ids) == {"exact", "completion", "typo"}


def test_a_name_hit_beats_many_description_hits() -> None:
    index = build(
        [
            record("many", nom="Service", description="pain patate panier pelle pomme prune"),
            record("name", nom="Permanence"),
        ]
    )
    assert index.search("p").ids[0] == "name"


def test_limit_and_total(index: CatalogueIndex) -> None:
    result = index.search("", limit=3)
    assert len(result.hits) == 3 and result.total == 8
    assert len(index.search("", limit=None).hits) == 8


def test_stop_word_being_typed_does_not_empty_the_list(index: CatalogueIndex) -> None:
    assert ids(index, "permis d") == ids(index, "permis")
    assert ids(index, "permis po") == ids(index, "permis")


def test_upsert_remove_and_len() -> None:
    index = build(text_catalogue())
    assert len(index) == 8
    index.upsert(record("velo", nom="Location de vélos électriques"))
    assert len(index) == 9 and ids(index, "velo") == ["velo"]
    index.upsert(record("velo", nom="Prêt de trottinettes"))
    assert len(index) == 9
    assert ids(index, "velo") == [] and ids(index, "trottinette") == ["velo"]
    assert index.record("velo").nom == "Prêt de trottinettes"
    index.upsert(record("permis", nom="Code de la route en ligne"))
    assert ids(index, "code") == ["permis"]
    assert "permis" not in ids(index, "conduire")
    index.remove("velo")
    index.remove("unknown")  # no error
    assert len(index) == 8 and ids(index, "trottinette") == []
    assert "velo" not in index
    with pytest.raises(KeyError):
        index.record("velo")
    names = index.search("").ids
    assert names.index("permis") == names.index("chantier") + 1  # "Code…" sorts after "Chantier…"


def test_many_upserts_rebuild_the_index() -> None:
    index = build([record(f"s{i}", nom=f"Atelier {i}") for i in range(20)])
    index.upsert_many([record(f"n{i}", nom=f"Nouveau {i}") for i in range(1500)])
    assert len(index) == 1520
    assert index.search("nouveau").total == 1500
    assert index.search("atelier").total == 20


def test_searching_while_another_thread_upserts() -> None:
    index = build(text_catalogue())
    errors: list[BaseException] = []

    def search() -> None:
        try:
            for _ in range(200):
                assert "permis" in index.search("perm").ids
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    reader = threading.Thread(target=search)
    reader.start()
    for i in range(100):
        index.upsert(record(f"x{i}", nom=f"Service ajouté {i}"))
    reader.join()
    assert errors == []


def test_archived_services_are_hidden_unless_asked() -> None:
    index = build(
        [record("old", nom="Atelier ancien", archived=True), record("new", nom="Atelier")]
    )
    assert ids(index, "atelier") == ["new"]
    assert set(ids(index, "atelier", include_archived=True)) == {"old", "new"}


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("formations", "formation"),
        ("sociaux", "social"),
        ("bureaux", "bureau"),
        ("jeux", "jeu"),
        ("travaux", "travail"),
        ("bus", "bus"),
        ("permis", "permi"),
        ("classes", "classe"),
        ("2026", "2026"),
    ],
)
def test_light_french_stemming(word: str, expected: str) -> None:
    assert stem(word) == expected


def test_words_fold_like_the_rest_of_passerelle() -> None:
    from app.core.text import fold

    text = "L’Œuvre d'Éloïse — CAP « Cuisine », bac+2"
    assert (
        words(text)
        == fold(text)
        .replace(",", " ")
        .replace("«", " ")
        .replace("»", " ")
        .replace("+", " ")
        .split()
    )


def test_typo_variants_keep_the_first_letter() -> None:
    variants = typo_variants("formaton")
    assert "formation" in variants
    assert all(v.startswith("f") for v in variants)
    assert "formaton" not in variants


def test_query_tree() -> None:
    query = parse("Permis OU code -payant form")
    assert [[t.word for t in clause] for clause in query.clauses] == [["permis", "code"], ["form"]]
    assert [t.word for t in query.excluded] == ["payant"]
    assert query.clauses[1][0].prefix and not query.clauses[0][0].prefix
    assert parse("permis ").clauses[0][0].prefix is False
    assert parse("").is_empty and parse("  de  ").is_empty


def test_records_from_database_match_records_from_models(db) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from app.core.catalogue import (
        all_services,
        structures_by_ids,
        upsert_services,
        upsert_structures,
    )
    from app.core.records import records_from_database, records_from_models

    with db.transaction() as session:
        upsert_structures(
            session,
            [
                {
                    "id": "st1",
                    "source": "tests",
                    "nom": "Association Fictive",
                    "date_maj": date(2026, 1, 2),
                    "code_insee": "30189",
                    "commune": "Nîmes",
                    "latitude": 43.8,
                    "longitude": 4.3,
                    "horaires_accueil": "Mo-Fr 09:00-12:00",
                },
            ],
        )
        upsert_services(
            session,
            [
                {
                    "id": "a",
                    "source": "tests",
                    "structure_id": "st1",
                    "nom": "Atelier",
                    "description": "Texte",
                    "date_maj": date(2026, 2, 3),
                    "thematiques": ["mobilite--preparer-un-permis"],
                    "publics": ["jeunes"],
                    "zone_eligibilite": ["30"],
                    "modes_accueil": ["a-distance"],
                    "age_min": 16,
                    "age_max": 25,
                    "verified_on": date(2026, 4, 5),
                    "type": "atelier",
                },
                {
                    "id": "b",
                    "source": "tests",
                    "structure_id": "st1",
                    "nom": "Permanence",
                    "description": "",
                    "date_maj": date(2025, 2, 3),
                    "code_insee": "30258",
                    "latitude": 43.6,
                    "longitude": 4.4,
                    "archived": True,
                },
            ],
        )
    with db.session() as session:
        fast = records_from_database(session, include_archived=True)
        services = all_services(session, include_archived=True)
        slow = records_from_models(
            services, structures_by_ids(session, [s.structure_id for s in services])
        )
        assert sorted(fast, key=lambda r: r.id) == sorted(slow, key=lambda r: r.id)
        assert [r.id for r in records_from_database(session)] == ["a"]


def test_from_database_holds_archived_services_hidden_by_default(db) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

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
                    "id": "on",
                    "source": "tests",
                    "structure_id": "st",
                    "nom": "Atelier mobilité",
                    "description": "",
                    "date_maj": date(2026, 1, 1),
                },
                {
                    "id": "off",
                    "source": "tests",
                    "structure_id": "st",
                    "nom": "Atelier archivé",
                    "description": "",
                    "date_maj": date(2026, 1, 1),
                    "archived": True,
                },
            ],
        )
    index = CatalogueIndex.from_database(db)
    assert len(index) == 2
    assert index.search("atelier").ids == ["on"]
    assert index.search("relais").ids == ["on"]  # the structure's name is searched


@pytest.mark.parametrize(("postings", "documents"), [(7, 1 << 16), (1000, 5), (1 << 18, 1 << 16)])
def test_segment_layout_matches_a_plain_inverted_index(monkeypatch, postings, documents) -> None:  # type: ignore[no-untyped-def]
    import random

    from app.core.search.segment import SegmentBuilder, TextSegment

    monkeypatch.setattr(SegmentBuilder, "CHUNK_POSTINGS", postings)
    monkeypatch.setattr(SegmentBuilder, "CHUNK_DOCUMENTS", documents)
    rng = random.Random(postings)
    documents_terms = [
        (
            3 * number,
            {rng.choice("abcdef") + rng.choice("xyz"): rng.randrange(1, 209) for _ in range(4)},
        )
        for number in range(500)
    ]
    segment = TextSegment.build(documents_terms)
    expected: dict[str, list[tuple[int, int]]] = {}
    for number, term_weights in documents_terms:
        for term, weight in term_weights.items():
            expected.setdefault(term, []).append((number, weight))
    assert segment.terms == sorted(expected)
    for position, term in enumerate(segment.terms):
        start, end = segment.offsets[position], segment.offsets[position + 1]
        pairs = list(
            zip(segment.docs[start:end].tolist(), segment.weights[start:end].tolist(), strict=True)
        )
        assert pairs == expected[term]
