"""Records turned into what the index stores: weighted terms and per-service columns.

Repeated texts (structure names, theme lists, publics, communes, opening hours) are analysed
once and cached: a national catalogue has 140 000 services but far fewer distinct values.
"""

from __future__ import annotations

from array import array
from collections import defaultdict
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from app.core.records import ServiceRecord
from app.core.search.analysis import term_set, words
from app.core.search.geography import commune_point, normalise_zone_code
from app.core.search.ranking import FIELD_WEIGHTS
from app.core.search.segment import SegmentBuilder

SQUARED = {field: weight * weight for field, weight in FIELD_WEIGHTS.items()}

# The description of a record being analysed, when the record does not hold it whole: the
# text, or its terms (a service updated in the index with an unchanged description); None:
# the record's own description.
Description = str | AbstractSet[str] | None

# Facets a filter can select on, and how to read their codes from a record.
FACETS = ("thematiques", "types", "publics", "frais", "modes_accueil", "families")


def _facet_codes(record: ServiceRecord) -> dict[str, tuple[str, ...]]:
    categories = tuple({code.split("--", 1)[0] for code in record.thematiques})
    return {
        "thematiques": record.thematiques + categories,
        "types": (record.type,) if record.type else (),
        "publics": record.publics,
        "frais": (record.frais,) if record.frais else (),
        "modes_accueil": record.modes_accueil,
        "families": tuple(record.families),
    }


class RecordAnalyzer:
    """Term weights of a record (``{term: field weight}``, the best field wins)."""

    def __init__(self) -> None:
        from app.core.reference import vocabularies

        self._vocabularies = vocabularies
        self._codes: dict[tuple[str, str], frozenset[str]] = {}
        self._short: dict[str | None, frozenset[str]] = {}
        self._open_days: dict[str | None, int] = {}

    def _code_terms(self, vocabulary: str, code: str) -> frozenset[str]:
        """Terms of the French label of a vocabulary code (cached: a few hundred codes)."""
        key = (vocabulary, code)
        found = self._codes.get(key)
        if found is None:
            found = self._codes[key] = frozenset(
                term_set(self._vocabularies.label(vocabulary, code))
            )
        return found

    def _short_terms(self, text: str | None) -> frozenset[str]:
        """Terms of a structure name or a commune, cached (they repeat from service to service)."""
        found = self._short.get(text)
        if found is None:
            found = frozenset(term_set(text))
            if len(self._short) >= 100_000:
                self._short.clear()
            self._short[text] = found
        return found

    def term_weights(
        self, record: ServiceRecord, description: Description = None
    ) -> dict[str, int]:
        """``{term: sum of the squared weights of the fields it appears in}``.

        ``description``: the whole description when the record holds an excerpt, or the
        terms of the description when they are already known; None: the record's own."""
        if description is None:
            description = record.description
        described = term_set(description) if isinstance(description, str) else description
        weights = dict.fromkeys(described, SQUARED["description"])
        get = weights.get
        code_terms = self._code_terms
        fields: list[tuple[int, frozenset[str] | set[str]]] = [
            (SQUARED["nom"], term_set(record.nom)),
            (SQUARED["structure"], self._short_terms(record.structure_nom)),
            (SQUARED["commune"], self._short_terms(record.commune)),
        ]
        theme_terms: set[str] = set()
        for code in record.thematiques:
            theme_terms |= code_terms("thematiques", code)
            theme_terms |= code_terms("categories", code.split("--", 1)[0])
        if record.type:
            theme_terms |= code_terms("types_de_services", record.type)
        fields.append((SQUARED["thematiques"], theme_terms))
        if record.publics:
            publics_terms: set[str] = set()
            for code in record.publics:
                publics_terms |= code_terms("publics", code)
            fields.append((SQUARED["publics"], publics_terms))
        for weight, found in fields:
            for term in found:
                weights[term] = get(term, 0) + weight
        return weights

    def forget_texts(self) -> None:
        """Drop the cache of structure names and communes (kept small between builds)."""
        self._short.clear()

    def open_days(self, horaires: str | None) -> int:
        """Bit d set when the hours say the service is open on weekday d (0 = Monday)."""
        found = self._open_days.get(horaires)
        if found is None:
            found = 0
            if horaires:
                from app.core.hours import is_open_on

                for day in range(7):
                    if is_open_on(horaires, day) is True:
                        found |= 1 << day
            self._open_days[horaires] = found
        return found


@dataclass
class Columns:
    """Per-service values of a batch of records, numbered from ``first``."""

    first: int
    records: list[ServiceRecord]
    archived: np.ndarray
    freshness: np.ndarray  # date ordinals
    open_days: np.ndarray  # uint8 bit masks
    latitude: np.ndarray  # NaN when unknown
    longitude: np.ndarray
    remote: np.ndarray  # offered at a distance (maybe also on site)
    remote_only: np.ndarray
    has_zone: np.ndarray
    facets: dict[str, dict[str, array]] = field(default_factory=dict)
    zones: dict[str, array] = field(default_factory=dict)
    segment: SegmentBuilder = field(default_factory=SegmentBuilder)
    # the term weights themselves, kept only for the few records of an upsert
    text: list[tuple[int, dict[str, int]]] = field(default_factory=list)

    @property
    def ids(self) -> list[str]:
        return [record.id for record in self.records]


def _numbers() -> array:
    return array("i")


def columns_of(
    documents: Iterable[tuple[ServiceRecord, Description]],
    first: int,
    analyzer: RecordAnalyzer,
    progress=None,  # type: ignore[no-untyped-def]
    *,
    keep_text: bool = False,
) -> Columns:
    """Analyse (record, description) pairs one at a time (see ``Description``): a stream
    from the database is never held whole."""
    records: list[ServiceRecord] = []
    archived = array("b")
    freshness = array("i")
    open_days = array("B")
    latitude = array("d")
    longitude = array("d")
    remote = array("b")
    remote_only = array("b")
    has_zone = array("b")
    facets: dict[str, dict[str, array]] = {name: defaultdict(_numbers) for name in FACETS}
    zones: dict[str, array] = defaultdict(_numbers)
    zone_codes: dict[str, str] = {}
    text: list[tuple[int, dict[str, int]]] = []
    segment = SegmentBuilder()
    points: dict[str | None, tuple[float, float] | None] = {}
    ordinals: dict[date, int] = {}
    nowhere = (float("nan"), float("nan"))
    for position, (record, description) in enumerate(documents):
        number = first + position
        records.append(record)
        archived.append(record.archived)
        when = record.freshness
        ordinal = ordinals.get(when)
        if ordinal is None:
            ordinal = ordinals[when] = when.toordinal()
        freshness.append(ordinal)
        open_days.append(analyzer.open_days(record.horaires_accueil))
        if record.latitude is not None and record.longitude is not None:
            point = record.latitude, record.longitude
        else:
            code = record.code_insee
            if code not in points:
                points[code] = commune_point(code)
            point = points[code] or nowhere
        latitude.append(point[0])
        longitude.append(point[1])
        modes = record.modes_accueil
        remote.append("a-distance" in modes)
        remote_only.append(bool(modes) and "en-presentiel" not in modes)
        has_zone.append(bool(record.zone_eligibilite))
        for code in record.zone_eligibilite:
            normalised = zone_codes.get(code)
            if normalised is None:
                normalised = zone_codes[code] = normalise_zone_code(code)
            zones[normalised].append(number)
        for name, codes in _facet_codes(record).items():
            facet = facets[name]
            for code in codes:
                facet[code].append(number)
        term_weights = analyzer.term_weights(record, description)
        segment.add(number, term_weights)
        if keep_text:
            text.append((number, term_weights))
        if progress is not None and position % 1000 == 999:
            progress.step(1000)
    size = len(records)
    if progress is not None and size % 1000:
        progress.step(size % 1000)
    return Columns(
        first=first,
        records=records,
        archived=_bools(archived),
        freshness=np.array(freshness, dtype=np.int32),
        open_days=np.array(open_days, dtype=np.uint8),
        latitude=np.array(latitude, dtype=np.float64),
        longitude=np.array(longitude, dtype=np.float64),
        remote=_bools(remote),
        remote_only=_bools(remote_only),
        has_zone=_bools(has_zone),
        facets={name: dict(codes) for name, codes in facets.items()},
        zones=dict(zones),
        segment=segment,
        text=text,
    )


def _bools(values: array) -> np.ndarray:
    return np.array(values, dtype=np.int8).astype(bool)


def name_key(name: str) -> str:
    """What names are sorted by: folded words, so that "École" sorts with "ecole"."""
    return " ".join(words(name))
