"""Communes of France (COG 2026), their EPCI, and the commune completion search.

Loaded lazily from resources/reference/communes.csv and epci.json (see PROVENANCE.md).
Communes are identified by INSEE code; names are for display only.
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from app.core.paths import REFERENCE_DIR
from app.core.text import fold

NIMES_METROPOLE_EPCI = "243000643"
GARD = "30"

# Abbreviations a counsellor may type, expanded word by word in the query.
_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "sts": "saints", "stes": "saintes"}


@dataclass(frozen=True, slots=True)
class Commune:
    code: str
    nom: str
    codes_postaux: tuple[str, ...]
    departement: str
    epci: str | None
    epci_nom: str | None
    population: int | None
    latitude: float | None
    longitude: float | None
    nimes_metropole: bool


@cache
def epcis() -> dict[str, dict]:
    """EPCI code (SIREN) → {"nom", "departements", and for the Gard's EPCI "type",
    "population_municipale", "population_totale", "membres"}."""
    with (REFERENCE_DIR / "epci.json").open(encoding="utf-8") as handle:
        return json.load(handle)


def epci_name(epci_code: str) -> str | None:
    entry = epcis().get(epci_code)
    return entry["nom"] if entry else None


@cache
def communes() -> dict[str, Commune]:
    """All communes of France by INSEE code (34 969)."""
    names = {code: entry["nom"] for code, entry in epcis().items()}
    result: dict[str, Commune] = {}
    with (REFERENCE_DIR / "communes.csv").open(encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle)
        next(rows)
        for code, nom, dep, postaux, epci, pop, lat, lon, nm in rows:
            result[code] = Commune(
                code,
                nom,
                tuple(postaux.split("|")) if postaux else (),
                dep,
                epci or None,
                names.get(epci) if epci else None,
                int(pop) if pop else None,
                float(lat) if lat else None,
                float(lon) if lon else None,
                nm == "1",
            )
    return result


def commune(code: str | None) -> Commune | None:
    """The commune with this INSEE code, or None."""
    if not code:
        return None
    return communes().get(code.strip())


@cache
def _members_by_epci() -> dict[str, frozenset[str]]:
    members: dict[str, set[str]] = defaultdict(set)
    for item in communes().values():
        if item.epci:
            members[item.epci].add(item.code)
    return {code: frozenset(codes) for code, codes in members.items()}


def epci_members(epci_code: str) -> frozenset[str]:
    """INSEE codes of the member communes of an EPCI (empty if unknown)."""
    return _members_by_epci().get(epci_code, frozenset())


@cache
def _communes_by_departement() -> dict[str, frozenset[str]]:
    members: dict[str, set[str]] = defaultdict(set)
    for item in communes().values():
        members[item.departement].add(item.code)
    return {code: frozenset(codes) for code, codes in members.items()}


def departement_members(departement: str) -> frozenset[str]:
    """INSEE codes of the communes of a département ("30", "2A", "971"…)."""
    return _communes_by_departement().get(departement, frozenset())


@cache
def nimes_metropole_codes() -> tuple[str, ...]:
    """INSEE codes of the 39 communes of Nîmes Métropole, sorted."""
    return tuple(sorted(c.code for c in communes().values() if c.nimes_metropole))


def postal_code_matches(code_insee: str, code_postal: str) -> bool:
    """True if the postal code is one of the commune's postal codes."""
    item = commune(code_insee)
    if item is None or not code_postal:
        return False
    return code_postal.strip().replace(" ", "") in item.codes_postaux


# --------------------------------------------------------------------------- search


@cache
def _search_index(departement: str | None) -> tuple[tuple[str, Commune], ...]:
    """(" " + folded name, commune), most populated first, for one département or all."""
    items = [c for c in communes().values() if departement is None or c.departement == departement]
    items.sort(key=lambda c: (-(c.population or 0), c.nom, c.code))
    return tuple((" " + fold(c.nom), c) for c in items)


def _query_tokens(text: str) -> tuple[list[str], list[str]]:
    """Split a query into name words (folded, abbreviations expanded) and digit groups."""
    cleaned = "".join(ch if ch.isalnum() else " " for ch in fold(text))
    words: list[str] = []
    digits: list[str] = []
    for token in cleaned.split():
        if token.isdigit():
            digits.append(token)
        else:
            words.append(_ABBREVIATIONS.get(token, token))
    return words, digits


def _name_rank(padded_name: str, query: str, words: list[str]) -> int | None:
    """0 exact name, 1 prefix of the name, 2 prefix of a word, 3 every word a word prefix."""
    name = padded_name[1:]
    if name == query:
        return 0
    if name.startswith(query):
        return 1
    if " " + query in padded_name:
        return 2
    if len(words) > 1 and all(" " + w in padded_name for w in words):
        return 3
    return None


def _postal_rank(item: Commune, digits: list[str]) -> int | None:
    """0 exact postal code, 1 exact INSEE code, 2 postal-code prefix (every digit group)."""
    best: int | None = None
    for group in digits:
        if group in item.codes_postaux:
            rank = 0
        elif group == item.code:
            rank = 1
        elif any(cp.startswith(group) for cp in item.codes_postaux):
            rank = 2
        else:
            return None
        best = rank if best is None else max(best, rank)
    return best


def search_communes(text: str, limit: int = 10, departement: str | None = GARD) -> list[Commune]:
    """Communes matching what a counsellor types: a name (accents, case, hyphens and
    apostrophes ignored, "st" for "saint"; prefix of the name or of any word) and/or a postal
    code prefix (or an INSEE code). Best first: exact, then prefix, then by population.
    `departement=None` searches the whole of France."""
    words, digits = _query_tokens(text or "")
    if (not words and not digits) or limit <= 0:
        return []
    query = " ".join(words)
    needle = " " + words[0] if words else ""  # every name match contains it
    scored: list[tuple[tuple[int, int], int, Commune]] = []
    for order, (padded_name, item) in enumerate(_search_index(departement)):
        if needle not in padded_name:
            continue
        name_rank = _name_rank(padded_name, query, words) if words else 0
        if name_rank is None:
            continue
        postal_rank = _postal_rank(item, digits) if digits else 0
        if postal_rank is None:
            continue
        scored.append(((name_rank, postal_rank) if words else (postal_rank, 0), order, item))
    scored.sort(key=lambda entry: (entry[0], entry[1]))
    return [item for _, _, item in scored[:limit]]
