"""data·inclusion v1 controlled vocabularies with their French labels.

Loaded lazily from resources/reference/vocabularies.json (see PROVENANCE.md).
"""

from __future__ import annotations

import json
from functools import cache

from app.core.paths import REFERENCE_DIR

VOCABULARY_NAMES = (
    "categories",
    "thematiques",
    "publics",
    "types_de_services",
    "frais",
    "modes_accueil",
    "modes_mobilisation",
    "personnes_mobilisatrices",
    "reseaux_porteurs",
)


@cache
def _data() -> dict[str, dict[str, dict[str, str]]]:
    with (REFERENCE_DIR / "vocabularies.json").open(encoding="utf-8") as handle:
        return json.load(handle)


def _entries(vocabulary_name: str) -> dict[str, dict[str, str]]:
    if vocabulary_name not in VOCABULARY_NAMES:
        raise KeyError(f"unknown vocabulary: {vocabulary_name!r}")
    return _data()[vocabulary_name]


@cache
def vocabulary(vocabulary_name: str) -> dict[str, str]:
    """Code → French label for one vocabulary, in code order (shared: do not modify)."""
    return {code: entry["label"] for code, entry in _entries(vocabulary_name).items()}


def label(vocabulary_name: str, code: str) -> str:
    """French label of a code, or the code itself when it is unknown."""
    return vocabulary(vocabulary_name).get(code, code)


def description(vocabulary_name: str, code: str) -> str | None:
    """Published description of a code, if any."""
    entry = _entries(vocabulary_name).get(code)
    return entry.get("description") if entry else None


def is_valid(vocabulary_name: str, code: str) -> bool:
    return code in _entries(vocabulary_name)


def thematiques() -> dict[str, str]:
    """The 69 thématiques: code → label."""
    return vocabulary("thematiques")


def categories() -> dict[str, str]:
    """The 16 thématique categories: code → label."""
    return vocabulary("categories")


def category_of(code: str) -> str:
    """Category code of a thématique (the part before "--"); a category code is its own."""
    return code.split("--", 1)[0]


def thematique_label(code: str) -> str:
    return label("thematiques", code)


def category_label(code: str) -> str:
    return label("categories", code)


@cache
def thematiques_by_category() -> dict[str, tuple[str, ...]]:
    """Category code → its thématique codes, both in code order."""
    grouped: dict[str, list[str]] = {code: [] for code in categories()}
    for code, entry in _entries("thematiques").items():
        grouped[entry["categorie"]].append(code)
    return {code: tuple(codes) for code, codes in grouped.items()}


def publics() -> dict[str, str]:
    return vocabulary("publics")


def types_de_services() -> dict[str, str]:
    return vocabulary("types_de_services")


def frais() -> dict[str, str]:
    return vocabulary("frais")


def modes_accueil() -> dict[str, str]:
    return vocabulary("modes_accueil")


def modes_mobilisation() -> dict[str, str]:
    return vocabulary("modes_mobilisation")


def personnes_mobilisatrices() -> dict[str, str]:
    return vocabulary("personnes_mobilisatrices")


def reseaux_porteurs() -> dict[str, str]:
    return vocabulary("reseaux_porteurs")
