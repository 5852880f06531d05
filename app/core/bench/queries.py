"""The benchmark's workload: typed queries (with filters and sort) and visitor profiles.

Default lists live in ``app/core/bench/data/``; ``--queries`` and ``--profiles`` replace them.
A query is ``{"text": "permis de conduire", "filters": {...SearchFilters fields...},
"sort": "pertinence" | "distance"}``; a profile follows the profile JSON contract.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core.errors import UserError
from app.core.jsonfile import read_json_file
from app.core.search.filters import SearchFilters, validate_filters

DATA_DIR = Path(__file__).resolve().parent / "data"
DEFAULT_QUERIES = DATA_DIR / "queries.json"
DEFAULT_PROFILES = Path(__file__).resolve().parent / "profiles.json"  # by the matching helper


@dataclass(frozen=True)
class BenchQuery:
    text: str
    filters: SearchFilters
    sort: str = "pertinence"

    def keystrokes(self) -> list[str]:
        """What the counsellor has typed after each key: every prefix of the text."""
        return [self.text[:end] for end in range(1, len(self.text) + 1) if self.text[:end].strip()]


def _read_list(path: Path, what: str) -> list[Any]:
    data = read_json_file(path, f"fichier de {what}")
    if not isinstance(data, list) or not data:
        raise UserError(f"Le fichier de {what} « {path} » doit contenir une liste non vide.")
    return data


def load_queries(path: Path | None = None) -> list[BenchQuery]:
    path = path or DEFAULT_QUERIES
    queries = []
    for position, item in enumerate(_read_list(path, "requêtes"), start=1):
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise UserError(f"Requête n° {position} de « {path} » : un champ « text » est attendu.")
        try:
            filters = SearchFilters(**(item.get("filters") or {}))
        except TypeError as exc:
            raise UserError(
                f"Requête n° {position} de « {path} » : filtre inconnu ({exc})."
            ) from exc
        validate_filters(filters)
        sort = item.get("sort", "pertinence")
        if sort not in ("pertinence", "distance"):
            raise UserError(f"Requête n° {position} de « {path} » : tri « {sort} » inconnu.")
        queries.append(BenchQuery(item["text"], filters, sort))
    return queries


def load_profiles(path: Path | None = None) -> list[dict[str, Any]]:
    path = path or DEFAULT_PROFILES
    profiles = _read_list(path, "profils")
    for position, item in enumerate(profiles, start=1):
        if not isinstance(item, dict):
            raise UserError(f"Profil n° {position} de « {path} » : un objet JSON est attendu.")
    return profiles
