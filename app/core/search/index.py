"""``CatalogueIndex``: the whole catalogue in memory, searched as the counsellor types.

The index is a snapshot: ``search`` reads the current snapshot without a lock, ``upsert`` and
``remove`` build a new one (copy on write) and swap it in, so the window can search on a
worker thread while the GUI thread reads records. Services added or changed after the build
go to a small second text segment; when it grows, the index rebuilds itself.

Why an in-memory index with numpy rather than SQLite FTS5 or tantivy: see docs/search.md.
"""

from __future__ import annotations

import threading
from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

import numpy as np

from app.core.records import DESCRIPTION_EXCERPT, ServiceRecord
from app.core.search import ranking
from app.core.search.documents import (
    FACETS,
    SQUARED,
    Columns,
    Description,
    RecordAnalyzer,
    columns_of,
    name_key,
)
from app.core.search.filters import SearchFilters, months_before
from app.core.search.geography import (
    commune_point,
    distances_from_vectors,
    unit_vectors,
    zone_codes_covering,
)
from app.core.search.memory import freeze_long_lived, release_free_memory
from app.core.search.query import Query, Term, parse
from app.core.search.results import SearchHit, SearchResult
from app.core.search.segment import TextSegment, merged

if TYPE_CHECKING:
    from app.core.jobs import Progress
    from app.core.storage import Database

SORTS = ("pertinence", "distance")
# Arrays kept per visitor's commune: distances (1 MB each at 140 000 services), zone masks.
_CACHE_SIZES = {"distance": 4, "zone": 32}
_DELTA_MIN = 1000  # services changed since the build before a rebuild (or 2 % of the index)


class _Snapshot:
    """One immutable state of the index (arrays are never written after construction).

    Read by the matching engine through ``CatalogueIndex.snapshot()``; these stay stable:
    ``records`` (by document number, None when removed), ``size``, ``doc_of`` (id → number),
    the per-number arrays ``alive``, ``live`` (alive and not archived), ``archived``,
    ``freshness`` (date ordinals), ``open_days`` (bits, 0 = Monday), ``latitude``,
    ``longitude``, ``remote`` (offered at a distance), ``remote_only``, ``has_zone``,
    ``name_rank`` (alphabetical position), and ``candidates(filters, today)``,
    ``zone_mask(commune)``, ``distances(commune)``, ``distances_at(commune, numbers)``.
    """

    def __init__(
        self,
        records: list[ServiceRecord | None],
        doc_of: dict[str, int],
        columns: dict[str, np.ndarray],
        name_rank: np.ndarray,
        name_order: np.ndarray,
        build_records: list[ServiceRecord],
        facets: dict[str, dict[str, np.ndarray]],
        zones: dict[str, np.ndarray],
        base: TextSegment,
        delta_documents: list[tuple[int, dict[str, int]]],
    ) -> None:
        self.records = records
        self.doc_of = doc_of
        self.size = len(records)
        self.alive: np.ndarray = columns["alive"]
        self.archived: np.ndarray = columns["archived"]
        self.freshness: np.ndarray = columns["freshness"]
        self.open_days: np.ndarray = columns["open_days"]
        self.latitude: np.ndarray = columns["latitude"]
        self.longitude: np.ndarray = columns["longitude"]
        self.remote: np.ndarray = columns["remote"]
        self.remote_only: np.ndarray = columns["remote_only"]
        self.has_zone: np.ndarray = columns["has_zone"]
        self.vectors: np.ndarray = columns["vectors"]  # 3 × size unit vectors of the points
        self.columns = columns
        self.name_rank = name_rank  # float64: position of the name in alphabetical order
        # the build's records and their numbers in name order, to place the names of new ones
        self.name_order = name_order
        self.build_records = build_records
        self.facets = facets
        self.zones = zones
        self.base = base
        self.delta_documents = delta_documents
        self.delta = TextSegment.build(delta_documents) if delta_documents else None
        self.live = self.alive & ~self.archived
        self.count = int(np.count_nonzero(self.alive))
        self._caches: dict[str, OrderedDict[str, Any]] = {
            kind: OrderedDict() for kind in _CACHE_SIZES
        }
        self._cache_lock = threading.Lock()

    # ----------------------------------------------------------------- construction

    @classmethod
    def from_columns(cls, data: Columns, base: TextSegment) -> _Snapshot:
        records = data.records
        size = len(records)
        name_rank, order = _name_order(records)
        return cls(
            records=list(records),
            doc_of={record.id: number for number, record in enumerate(records)},
            columns=_columns_dict(data, alive=np.ones(size, dtype=bool)),
            name_rank=name_rank,
            name_order=order,
            build_records=records,
            facets={
                name: {code: np.asarray(docs, dtype=np.int32) for code, docs in codes.items()}
                for name, codes in data.facets.items()
            },
            zones={code: np.asarray(docs, dtype=np.int32) for code, docs in data.zones.items()},
            base=base,
            delta_documents=[],
        )

    def with_records(self, records: Sequence[ServiceRecord], analyzer: RecordAnalyzer) -> _Snapshot:
        """A new snapshot where these records replace their previous version (or are added)."""
        replaced = [self.doc_of[r.id] for r in records if r.id in self.doc_of]
        descriptions = self._kept_descriptions(records, analyzer)
        data = columns_of(
            zip(records, descriptions, strict=True), self.size, analyzer, keep_text=True
        )
        added = _columns_dict(data, alive=np.ones(len(records), dtype=bool))
        columns = {
            name: np.concatenate([self.columns[name], added[name]], axis=-1)
            for name in self.columns
        }
        if replaced:
            columns["alive"][np.asarray(replaced)] = False
        new_ranks = np.asarray([self._name_position(name_key(r.nom)) - 0.5 for r in records])
        doc_of = dict(self.doc_of)
        for number, record in enumerate(records, start=self.size):
            doc_of[record.id] = number
        existing = self.records + list(records)
        for number in replaced:
            existing[number] = None
        facets = {name: dict(codes) for name, codes in self.facets.items()}
        for name, codes in data.facets.items():
            for code, docs in codes.items():
                facets[name][code] = _append(facets[name].get(code), docs)
        zones = dict(self.zones)
        for code, docs in data.zones.items():
            zones[code] = _append(zones.get(code), docs)
        return _Snapshot(
            records=existing,
            doc_of=doc_of,
            columns=columns,
            name_rank=np.concatenate([self.name_rank, new_ranks]),
            name_order=self.name_order,
            build_records=self.build_records,
            facets=facets,
            zones=zones,
            base=self.base,
            delta_documents=self.delta_documents + data.text,
        )

    def _kept_descriptions(
        self, records: Sequence[ServiceRecord], analyzer: RecordAnalyzer
    ) -> list[Description]:
        """For each record, what to analyse as its description: None (its own) unless it
        replaces a service loaded with an excerpt of its description (``records``) and keeps
        that excerpt unchanged — an edit of another field of a record taken from the index.
        That one keeps the terms of its whole description, read back from the postings of
        the version it replaces (its terms minus those of its other fields)."""
        found: list[Description] = [None] * len(records)
        wanted: dict[int, int] = {}  # old document number → position in records
        for position, record in enumerate(records):
            number = self.doc_of.get(record.id)
            old = None if number is None else self.records[number]
            if (
                old is not None
                and len(old.description) >= DESCRIPTION_EXCERPT
                and record.description == old.description
            ):
                wanted[number] = position  # type: ignore[index]
        if not wanted:
            return found
        described = SQUARED["description"]
        for number, weights in self._document_terms(list(wanted)).items():
            old = self.records[number]
            others = analyzer.term_weights(old, frozenset())  # type: ignore[arg-type]
            found[wanted[number]] = frozenset(
                term
                for term, weight in weights.items()
                if weight - others.get(term, 0) == described
            )
        return found

    def _document_terms(self, numbers: list[int]) -> dict[int, dict[str, int]]:
        """``{term: weight}`` of these documents, read back from the text segments."""
        result: dict[int, dict[str, int]] = {number: {} for number in numbers}
        delta = dict(self.delta_documents)
        for number in numbers:
            if number in delta:
                result[number] = dict(delta[number])
        in_base = np.asarray([n for n in numbers if n not in delta], dtype=np.int32)
        if len(in_base):
            base = self.base
            positions = np.flatnonzero(np.isin(base.docs, in_base))
            term_numbers = np.searchsorted(base.offsets, positions, side="right") - 1
            for position, term in zip(positions.tolist(), term_numbers.tolist(), strict=True):
                result[int(base.docs[position])][base.terms[term]] = int(base.weights[position])
        return result

    def compacted(self) -> _Snapshot:
        """The same services in one text segment, numbered anew without the removed ones.

        The two segments' postings are merged (``segment.merged``) rather than the records
        analysed again: the records of a catalogue loaded from the database hold an excerpt
        of their description only."""
        alive = self.alive
        renumber = (np.cumsum(alive, dtype=np.int64) - 1).astype(np.int32)
        records = [record for record in self.records if record is not None]
        segments = [self.base] if self.delta is None else [self.base, self.delta]
        base = merged(segments, alive, renumber)
        columns = {
            name: values[..., alive] for name, values in self.columns.items() if name != "alive"
        }
        columns["alive"] = np.ones(len(records), dtype=bool)
        name_rank, order = _name_order(records)
        return _Snapshot(
            records=list(records),
            doc_of={record.id: number for number, record in enumerate(records)},
            columns=columns,
            name_rank=name_rank,
            name_order=order,
            build_records=records,
            facets={
                name: _renumbered(codes, alive, renumber) for name, codes in self.facets.items()
            },
            zones=_renumbered(self.zones, alive, renumber),
            base=base,
            delta_documents=[],
        )

    def _name_position(self, key: str) -> int:
        """How many names of the build sort before ``key``."""
        order, records = self.name_order, self.build_records
        return bisect_left(range(len(order)), key, key=lambda i: name_key(records[order[i]].nom))

    def without(self, service_id: str) -> _Snapshot:
        number = self.doc_of[service_id]
        columns = dict(self.columns)
        columns["alive"] = self.alive.copy()
        columns["alive"][number] = False
        doc_of = dict(self.doc_of)
        del doc_of[service_id]
        records = list(self.records)
        records[number] = None
        return _Snapshot(
            records=records,
            doc_of=doc_of,
            columns=columns,
            name_rank=self.name_rank,
            name_order=self.name_order,
            build_records=self.build_records,
            facets=self.facets,
            zones=self.zones,
            base=self.base,
            delta_documents=self.delta_documents,
        )

    def live_records(self) -> list[ServiceRecord]:
        return [r for r in self.records if r is not None]

    # ----------------------------------------------------------------- cached arrays

    def _cached(self, kind: str, key: str, compute):  # type: ignore[no-untyped-def]
        """Per-commune arrays, least recently used dropped first (``_CACHE_SIZES``)."""
        cache = self._caches[kind]
        with self._cache_lock:
            if key in cache:
                cache.move_to_end(key)
                return cache[key]
        value = compute()
        with self._cache_lock:
            cache[key] = value
            while len(cache) > _CACHE_SIZES[kind]:
                cache.popitem(last=False)
        return value

    def distances(self, commune_code: str | None) -> np.ndarray | None:
        """Kilometres from the commune to every service (NaN: unknown or remote only)."""
        if not commune_code:
            return None

        def compute() -> np.ndarray | None:
            origin = commune_point(commune_code)
            if origin is None:
                return None
            result = distances_from_vectors(origin[0], origin[1], self.vectors)
            result[self.remote_only] = np.nan
            return result

        return self._cached("distance", commune_code, compute)

    def distances_at(self, commune_code: str, numbers: np.ndarray) -> np.ndarray | None:
        """``distances(commune_code)[numbers]``, without making the whole array when it is not
        cached: a match reads a few thousand services, not the whole catalogue."""
        cache = self._caches["distance"]
        with self._cache_lock:
            known = commune_code in cache
            cached = cache.get(commune_code)
        if known:
            return None if cached is None else cached[numbers]
        origin = commune_point(commune_code)
        if origin is None:
            return None
        result = distances_from_vectors(origin[0], origin[1], self.vectors[:, numbers])
        result[self.remote_only[numbers]] = np.nan
        return result

    def zone_mask(self, commune_code: str) -> np.ndarray | None:
        """Services whose zone covers the commune or who give no zone (None: unknown commune)."""

        def compute() -> np.ndarray | None:
            covering = zone_codes_covering(commune_code)
            if covering is None:
                return None
            mask = ~self.has_zone
            for code in covering:
                docs = self.zones.get(code)
                if docs is not None:
                    mask[docs] = True
            return mask

        return self._cached("zone", commune_code, compute)

    def facet_mask(self, name: str, codes: frozenset[str]) -> np.ndarray:
        mask = np.zeros(self.size, dtype=bool)
        for code in codes:
            docs = self.facets[name].get(code)
            if docs is not None:
                mask[docs] = True
        return mask

    # ----------------------------------------------------------------- search

    def candidates(self, filters: SearchFilters, today: date) -> np.ndarray:
        mask = self.alive.copy() if filters.include_archived else self.live.copy()
        for name in FACETS:
            codes = getattr(filters, name)
            if codes:
                mask &= self.facet_mask(name, codes)
        if filters.older_than_months is not None:
            mask &= self.freshness < months_before(today, filters.older_than_months).toordinal()
        if filters.newer_than_months is not None:
            mask &= self.freshness >= months_before(today, filters.newer_than_months).toordinal()
        if filters.open_on is not None:
            mask &= (self.open_days & np.uint8(1 << filters.open_on)) != 0
        if filters.commune and filters.eligible_only:
            zone = self.zone_mask(filters.commune)
            if zone is not None:
                mask &= zone
        return mask

    def term_scores(self, term: Term, *, typos: bool = True) -> np.ndarray | None:
        scores = self.base.scores(term, self.size, typos=typos)
        if self.delta is not None:
            extra = self.delta.scores(term, self.size, typos=typos)
            if extra is not None:
                scores = extra if scores is None else scores + extra
        return scores

    def text_scores(self, query: Query) -> tuple[np.ndarray, np.ndarray]:
        """(score of every service, services matching every clause and no excluded word)."""
        total = np.zeros(self.size)
        matched = np.ones(self.size, dtype=bool)
        for clause in query.clauses:
            clause_scores: np.ndarray | None = None
            for term in clause:
                scores = self.word_scores(term)
                if scores is not None:
                    clause_scores = (
                        scores if clause_scores is None else np.maximum(clause_scores, scores)
                    )
            if clause_scores is None:
                return total, np.zeros(self.size, dtype=bool)
            matched &= clause_scores > 0
            total += clause_scores
        for term in query.optional:
            scores = self.word_scores(term, typos=False)
            if scores is not None:
                total += scores * ranking.OPTIONAL
        for term in query.excluded:
            scores = self.term_scores(term, typos=False)
            if scores is not None:
                matched &= scores == 0
        return total, matched

    def warm_up(self) -> None:
        """Score the longest prefix range once, so that the first keystroke after a build does
        not pay for the memory its arrays need (page faults are slow on some systems)."""
        terms = self.base.terms
        if not terms:
            return
        letters = {term[0] for term in terms}
        widest = max(letters, key=lambda letter: self.base.prefix_postings(letter))
        self.text_scores(parse(widest))

    def word_scores(self, term: Term, *, typos: bool = True) -> np.ndarray | None:
        """Score of one typed word in every service (see ``ranking``)."""
        squared = self.term_scores(term, typos=typos)
        return None if squared is None else np.sqrt(squared, out=squared)


def _columns_dict(data: Columns, alive: np.ndarray) -> dict[str, np.ndarray]:
    return {
        "alive": alive,
        "archived": data.archived,
        "freshness": data.freshness,
        "open_days": data.open_days,
        "latitude": data.latitude,
        "longitude": data.longitude,
        "remote": data.remote,
        "remote_only": data.remote_only,
        "has_zone": data.has_zone,
        "vectors": unit_vectors(data.latitude, data.longitude),
    }


def _name_order(records: Sequence[ServiceRecord]) -> tuple[np.ndarray, np.ndarray]:
    """(alphabetical position of each record's name, record numbers in name order)."""
    size = len(records)
    keys = [name_key(record.nom) for record in records]
    order = np.asarray(sorted(range(size), key=keys.__getitem__), dtype=np.int32)
    del keys
    name_rank = np.empty(size, dtype=np.float64)
    name_rank[order] = np.arange(size, dtype=np.float64)
    return name_rank, order


def _renumbered(
    lists: dict[str, np.ndarray], alive: np.ndarray, renumber: np.ndarray
) -> dict[str, np.ndarray]:
    """Document lists without the removed documents, in the new numbering."""
    result = {}
    for code, docs in lists.items():
        kept = renumber[docs[alive[docs]]]
        if len(kept):
            result[code] = kept
    return result


def _append(existing: np.ndarray | None, docs: Sequence[int]) -> np.ndarray:
    added = np.asarray(docs, dtype=np.int32)
    return added if existing is None else np.concatenate([existing, added])


def _top(indices: np.ndarray, keys: np.ndarray, k: int) -> np.ndarray:
    """The ``k`` indices with the smallest keys, in key order."""
    if k < len(indices):
        part = np.argpartition(keys, k - 1)[:k]
        indices, keys = indices[part], keys[part]
    return indices[np.argsort(keys, kind="stable")]


class CatalogueIndex:
    """Full-text search, filters and geography over the catalogue's services."""

    def __init__(self, snapshot: _Snapshot, analyzer: RecordAnalyzer) -> None:
        self._snapshot = snapshot
        self._analyzer = analyzer
        self._write_lock = threading.Lock()

    # ----------------------------------------------------------------- construction

    @classmethod
    def build(
        cls, records: Iterable[ServiceRecord], progress: Progress | None = None
    ) -> CatalogueIndex:
        """The index of these records (the last version of each id), kept as given."""
        analyzer = RecordAnalyzer()
        unique = list({record.id: record for record in records}.values())  # last version wins
        documents = ((record, None) for record in unique)
        return cls(_build_snapshot(documents, len(unique), analyzer, progress), analyzer)

    @classmethod
    def from_database(cls, db: Database, progress: Progress | None = None) -> CatalogueIndex:
        """The index of every service of the database (archived ones included, hidden by
        the default filters).

        Rows are analysed as they are read: the index reads each whole description, and its
        records keep the first ``records.DESCRIPTION_EXCERPT`` characters of it."""
        from app.core.records import count_records, records_with_descriptions

        analyzer = RecordAnalyzer()
        with db.session() as session:
            total = count_records(session, include_archived=True)
            documents = records_with_descriptions(session, include_archived=True)
            snapshot = _build_snapshot(documents, total, analyzer, progress)
        return cls(snapshot, analyzer)

    # ----------------------------------------------------------------- records

    def __len__(self) -> int:
        """Number of services in the index (archived ones included)."""
        return self._snapshot.count

    def __contains__(self, service_id: object) -> bool:
        return service_id in self._snapshot.doc_of

    def record(self, service_id: str) -> ServiceRecord:
        """The record of a service; KeyError if the index does not hold it."""
        snapshot = self._snapshot
        record = snapshot.records[snapshot.doc_of[service_id]]
        assert record is not None
        return record

    def get(self, service_id: str) -> ServiceRecord | None:
        snapshot = self._snapshot
        number = snapshot.doc_of.get(service_id)
        return None if number is None else snapshot.records[number]

    def snapshot(self) -> _Snapshot:
        """The current immutable state, for code that works on every service at once (the
        matching engine): one consistent view even while another thread upserts."""
        return self._snapshot

    def records(self) -> Iterator[ServiceRecord]:
        """Every record held (archived ones included), in build order."""
        return iter(self._snapshot.live_records())

    def distance_km(self, service_id: str, commune_code: str | None) -> float | None:
        """Same as ``geography.distance_from`` for a held service, from a cached array."""
        snapshot = self._snapshot
        distances = snapshot.distances(commune_code)
        if distances is None:
            return None
        value = distances[snapshot.doc_of[service_id]]
        return None if np.isnan(value) else float(value)

    # ----------------------------------------------------------------- changes

    def upsert(self, record: ServiceRecord) -> None:
        """Add a service or replace its previous version."""
        self.upsert_many([record])

    def upsert_many(self, records: Sequence[ServiceRecord]) -> None:
        if not records:
            return
        records = list({record.id: record for record in records}.values())
        with self._write_lock:
            snapshot = self._snapshot.with_records(records, self._analyzer)
            if len(snapshot.delta_documents) > max(_DELTA_MIN, snapshot.count // 50):
                snapshot = snapshot.compacted()
                release_free_memory()
            self._snapshot = snapshot

    def remove(self, service_id: str) -> None:
        """Forget a service (no error if it is not held)."""
        with self._write_lock:
            if service_id in self._snapshot.doc_of:
                self._snapshot = self._snapshot.without(service_id)

    # ----------------------------------------------------------------- search

    def search(
        self,
        text: str = "",
        filters: SearchFilters | None = None,
        limit: int | None = 200,
        sort: str = "pertinence",
        *,
        today: date | None = None,
    ) -> SearchResult:
        """Services matching the typed text and the filters, best first.

        ``sort="pertinence"``: by score, equal scores (and empty text) by name;
        ``sort="distance"``: nearest first (needs ``filters.commune``), services without a
        distance last. ``limit=None`` returns every hit.
        """
        if sort not in SORTS:
            raise ValueError(f"unknown sort {sort!r}")
        filters = filters or SearchFilters()
        snapshot = self._snapshot
        query = parse(text)
        mask = snapshot.candidates(filters, today or date.today())
        scores: np.ndarray | None = None
        if query.clauses or query.optional or query.excluded:
            scores, matched = snapshot.text_scores(query)
            mask &= matched
            if not (query.clauses or query.optional):
                scores = None
        distances = snapshot.distances(filters.commune)
        if distances is not None and filters.max_distance_km is not None:
            mask &= (distances <= filters.max_distance_km) | snapshot.remote
        indices = np.flatnonzero(mask)
        total = len(indices)
        k = total if limit is None else max(0, min(limit, total))
        if k == 0:
            return SearchResult([], total)
        if sort == "distance" and distances is not None:
            top = _by_distance(snapshot, indices, distances, scores, k)
        else:
            top = _by_relevance(snapshot, indices, scores, k)
        records = snapshot.records
        hits = []
        for number in top.tolist():
            distance = None if distances is None else float(distances[number])
            hits.append(
                SearchHit(
                    service_id=records[number].id,  # type: ignore[union-attr]
                    score=0.0 if scores is None else round(float(scores[number]), 3),
                    distance_km=None if distance is None or distance != distance else distance,
                )
            )
        return SearchResult(hits, total)


def _relevance_keys(
    snapshot: _Snapshot, indices: np.ndarray, scores: np.ndarray | None
) -> np.ndarray:
    """Smaller is better: minus the score, equal scores by name."""
    names = snapshot.name_rank[indices]
    if scores is None:
        return names
    return -scores[indices] + names * (ranking.NAME_TIE_BREAK / max(1, snapshot.size))


def _by_relevance(
    snapshot: _Snapshot, indices: np.ndarray, scores: np.ndarray | None, k: int
) -> np.ndarray:
    return _top(indices, _relevance_keys(snapshot, indices, scores), k)


def _by_distance(
    snapshot: _Snapshot,
    indices: np.ndarray,
    distances: np.ndarray,
    scores: np.ndarray | None,
    k: int,
) -> np.ndarray:
    """Nearest first; equal distances by relevance; services without a distance last."""
    values = distances[indices]
    known = ~np.isnan(values)
    near, far = indices[known], indices[~known]
    near_values = values[known]
    if k < len(near):
        threshold = np.partition(near_values, k - 1)[k - 1]
        keep = near_values <= threshold
        near, near_values = near[keep], near_values[keep]
    order = np.lexsort((_relevance_keys(snapshot, near, scores), near_values))
    result = near[order][:k]
    if len(result) < k:
        rest = _by_relevance(snapshot, far, scores, k - len(result))
        result = np.concatenate([result, rest])
    return result


def _build_snapshot(
    documents: Iterable[tuple[ServiceRecord, Description]],
    total: int,
    analyzer: RecordAnalyzer,
    progress: Progress | None,
) -> _Snapshot:
    """The snapshot of (record, description) pairs of distinct ids (see ``columns_of``);
    ``total``: how many there are, for the progress bar."""
    if progress is not None:
        progress.set_status("Construction de l'index de recherche…")
        progress.set_total(total)
    data = columns_of(documents, 0, analyzer, progress)
    analyzer.forget_texts()
    release_free_memory()
    base = data.segment.build()
    release_free_memory()
    snapshot = _Snapshot.from_columns(data, base)
    del data
    release_free_memory()
    snapshot.warm_up()
    freeze_long_lived(snapshot.count)  # full garbage collections would walk the records
    return snapshot
