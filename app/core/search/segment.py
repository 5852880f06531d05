"""An immutable inverted index over a set of documents, laid out for prefix search.

Index terms are sorted alphabetically and their postings stored end to end (CSR layout):
the postings of every term starting with "perm" form one contiguous slice of ``docs`` /
``weights``, found with two bisections. A word's score over the whole catalogue is then one
``numpy.bincount`` over that slice, however many terms the prefix covers.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Mapping
from itertools import count

import numpy as np

from app.core.search import ranking
from app.core.search.analysis import TYPO_MIN_LENGTH, typo_variants
from app.core.search.query import Term

# (first term id, last term id + 1, match factor)
TermRange = tuple[int, int, float]


class TextSegment:
    __slots__ = ("terms", "term_ids", "offsets", "docs", "weights")

    def __init__(
        self,
        terms: list[str],
        offsets: np.ndarray,
        docs: np.ndarray,
        weights: np.ndarray,
    ) -> None:
        self.terms = terms  # sorted
        self.term_ids = {term: i for i, term in enumerate(terms)}
        self.offsets = offsets  # int64, len(terms) + 1
        self.docs = docs  # int32 document numbers, ascending within a term
        self.weights = weights  # uint8 squared field weights of the term in the document

    @classmethod
    def build(cls, documents: Iterable[tuple[int, Mapping[str, int]]]) -> TextSegment:
        """``documents``: (document number, {term: weight}) pairs, numbers ascending."""
        builder = SegmentBuilder()
        for number, term_weights in documents:
            builder.add(number, term_weights)
        return builder.build()

    def __len__(self) -> int:
        return len(self.terms)

    @property
    def postings(self) -> int:
        return len(self.docs)

    # ----------------------------------------------------------------- lookups

    def _prefix_range(self, prefix: str) -> tuple[int, int]:
        lo = bisect_left(self.terms, prefix)
        hi = bisect_left(self.terms, prefix + "\uffff", lo)
        return lo, hi

    def prefix_postings(self, prefix: str) -> int:
        """How many postings the terms starting with ``prefix`` hold."""
        lo, hi = self._prefix_range(prefix)
        return int(self.offsets[hi] - self.offsets[lo])

    def _exact(self, term: str) -> int | None:
        return self.term_ids.get(term)

    def ranges(self, term: Term, *, typos: bool = True) -> list[TermRange]:
        """The term ranges a typed word matches, each with its match factor (not merged)."""
        found: list[TermRange] = []
        for exact in {term.word, term.stemmed}:
            number = self._exact(exact)
            if number is not None:
                found.append((number, number + 1, ranking.EXACT))
        if term.prefix:
            lo, hi = self._prefix_range(term.word)
            if hi > lo:
                found.append((lo, hi, ranking.PREFIX))
        if typos and len(term.word) >= TYPO_MIN_LENGTH:
            for variant in typo_variants(term.stemmed):
                number = self._exact(variant)
                if number is not None:
                    found.append((number, number + 1, ranking.TYPO))
            if term.prefix:
                length = len(term.word)
                for variant in typo_variants(term.word):
                    if len(variant) < length:
                        continue  # a deletion's prefix range holds mostly false friends
                    lo, hi = self._prefix_range(variant)
                    if hi > lo:
                        found.append((lo, hi, ranking.PREFIX_TYPO))
        return found

    def scores(self, term: Term, size: int, *, typos: bool = True) -> np.ndarray | None:
        """Squared score of the word in every document (float64 array of ``size``): the sum
        over the terms it matches of (factor × weight)²; None when it matches no term."""
        merged = merge_ranges(self.ranges(term, typos=typos))
        if not merged:
            return None
        by_factor: dict[float, list[tuple[int, int]]] = defaultdict(list)
        for lo, hi, factor in merged:
            by_factor[factor].append((int(self.offsets[lo]), int(self.offsets[hi])))
        total: np.ndarray | None = None
        for factor, slices in by_factor.items():
            if len(slices) == 1:
                start, end = slices[0]
                docs, weights = self.docs[start:end], self.weights[start:end]
            else:
                docs = np.concatenate([self.docs[s:e] for s, e in slices])
                weights = np.concatenate([self.weights[s:e] for s, e in slices])
            part = np.bincount(docs, weights=weights, minlength=size)
            if factor != 1.0:
                part *= factor * factor
            total = part if total is None else total + part
        return total  # squared: see ranking


class _Chunk:
    """Postings of a run of documents, grouped by provisional term number."""

    __slots__ = ("terms", "counts", "first", "docs", "weights")

    def __init__(
        self,
        terms: np.ndarray,
        counts: np.ndarray,
        first: int,
        docs: np.ndarray,
        weights: np.ndarray,
    ) -> None:
        self.terms = terms  # distinct provisional term numbers, ascending
        self.counts = counts  # postings of each
        self.first = first  # number of the chunk's first document
        self.docs = docs  # uint16 offsets from ``first``, grouped by term, ascending in a term
        self.weights = weights  # uint8, same order


class SegmentBuilder:
    """Collects documents one by one, then lays out the segment.

    Postings are grouped by term every ``CHUNK_POSTINGS`` postings (or ``CHUNK_DOCUMENTS``
    documents), so that the builder holds three bytes per posting (document offset in the
    chunk and weight) rather than the nine of a flat list with the term; ``build`` then
    places each chunk's postings straight at their final position. This keeps the memory
    peak of a 140 000-service build low.
    """

    CHUNK_POSTINGS = 1 << 18
    CHUNK_DOCUMENTS = 1 << 16  # offsets fit in 16 bits

    def __init__(self) -> None:
        self._provisional: defaultdict[str, int] = defaultdict(count().__next__)
        self._chunks: list[_Chunk] = []
        self._reset()

    def _reset(self) -> None:
        self._terms = array("i")
        self._weights = array("B")
        self._docs = array("i")
        self._lengths = array("i")

    def add(self, number: int, term_weights: Mapping[str, int]) -> None:
        self._terms.extend(map(self._provisional.__getitem__, term_weights))
        self._weights.extend(term_weights.values())
        self._docs.append(number)
        self._lengths.append(len(term_weights))
        if len(self._terms) >= self.CHUNK_POSTINGS or (
            number - self._docs[0] >= self.CHUNK_DOCUMENTS - 1
        ):
            self._flush()

    def _flush(self) -> None:
        if not self._terms:
            return
        terms = np.frombuffer(self._terms, dtype=np.int32)
        order = np.argsort(terms, kind="stable")  # documents stay ascending within a term
        first = self._docs[0]
        offsets = (np.frombuffer(self._docs, dtype=np.int32) - first).astype(np.uint16)
        docs = np.repeat(offsets, np.frombuffer(self._lengths, dtype=np.int32))
        distinct, counts = np.unique(terms, return_counts=True)
        weights = np.frombuffer(self._weights, dtype=np.uint8)[order]
        self._chunks.append(_Chunk(distinct, counts, first, docs[order], weights))
        del terms, order, docs, offsets
        self._reset()

    def build(self) -> TextSegment:
        self._flush()
        by_number = list(self._provisional)  # provisional numbers are in insertion order
        self._provisional.clear()
        if not by_number:
            empty = np.zeros(0, dtype=np.int32)
            return TextSegment([], np.zeros(1, dtype=np.int64), empty, empty.astype(np.uint8))
        alphabetical = sorted(range(len(by_number)), key=by_number.__getitem__)
        terms = [by_number[i] for i in alphabetical]
        del by_number
        size = len(terms)
        rank = np.empty(size, dtype=np.int64)
        rank[np.asarray(alphabetical, dtype=np.int64)] = np.arange(size, dtype=np.int64)
        del alphabetical
        per_term = np.zeros(size, dtype=np.int64)  # postings per term, by rank
        for chunk in self._chunks:
            per_term[rank[chunk.terms]] += chunk.counts
        offsets = np.zeros(size + 1, dtype=np.int64)
        np.cumsum(per_term, out=offsets[1:])
        filled = offsets[:-1].copy()  # next free position of each term
        docs = np.empty(offsets[-1], dtype=np.int32)
        weights = np.empty(offsets[-1], dtype=np.uint8)
        chunks, self._chunks = self._chunks, []
        while chunks:
            chunk = chunks.pop(0)
            ranks = rank[chunk.terms]
            starts = np.repeat(filled[ranks], chunk.counts)
            group_starts = np.repeat(np.cumsum(chunk.counts) - chunk.counts, chunk.counts)
            positions = starts + (np.arange(len(chunk.docs)) - group_starts)
            docs[positions] = chunk.docs.astype(np.int32) + chunk.first
            weights[positions] = chunk.weights
            filled[ranks] += chunk.counts
            del chunk, ranks, starts, group_starts, positions
        return TextSegment(terms, offsets, docs, weights)


def merge_ranges(ranges: list[TermRange]) -> list[TermRange]:
    """Non-overlapping ranges covering the same terms, each term with its best factor.

    >>> merge_ranges([(0, 10, 0.8), (3, 4, 1.0), (8, 12, 0.5)])
    [(0, 3, 0.8), (3, 4, 1.0), (4, 10, 0.8), (10, 12, 0.5)]
    """
    if len(ranges) <= 1:
        return list(ranges)
    bounds = sorted({b for lo, hi, _ in ranges for b in (lo, hi)})
    result: list[TermRange] = []
    for lo, hi in zip(bounds, bounds[1:], strict=False):
        best = max((f for a, b, f in ranges if a <= lo and hi <= b), default=None)
        if best is None:
            continue
        if result and result[-1][1] == lo and result[-1][2] == best:
            result[-1] = (result[-1][0], hi, best)
        else:
            result.append((lo, hi, best))
    return result


MERGE_CHUNK = 1 << 18  # postings laid out at a time by ``merged`` (bounds its memory)


def merged(segments: list[TextSegment], keep: np.ndarray, renumber: np.ndarray) -> TextSegment:
    """One segment with the postings of ``segments`` whose document ``keep`` holds, each
    document numbered ``renumber[document]``.

    The segments' documents must follow one another (every document of a segment after
    every document of the previous one) and ``renumber`` must keep their order: then each
    term's postings, placed segment after segment, stay in ascending document order. Done
    with arrays, ``MERGE_CHUNK`` postings at a time, so that merging the segments of a
    national catalogue needs little more memory than the merged segment itself.
    """
    terms = sorted(set().union(*(segment.terms for segment in segments)))
    where = {term: number for number, term in enumerate(terms)}
    size = len(terms)
    # each segment's term numbers in the merged segment (ascending, as both are sorted)
    numbers = [
        np.fromiter((where[t] for t in segment.terms), dtype=np.int64, count=len(segment))
        for segment in segments
    ]
    del where

    def chunks(segment: TextSegment, merged_numbers: np.ndarray):  # type: ignore[no-untyped-def]
        """(merged term number of each kept posting, its document, its weight) by chunk."""
        for start in range(0, segment.postings, MERGE_CHUNK):
            end = min(start + MERGE_CHUNK, segment.postings)
            kept = keep[segment.docs[start:end]]
            spots = np.arange(start, end, dtype=np.int64)[kept]
            term_of = merged_numbers[np.searchsorted(segment.offsets, spots, side="right") - 1]
            yield term_of, segment.docs[spots], segment.weights[spots]

    per_term = np.zeros(size, dtype=np.int64)
    for segment, merged_numbers in zip(segments, numbers, strict=True):
        for term_of, _, _ in chunks(segment, merged_numbers):
            per_term += np.bincount(term_of, minlength=size)
    present = per_term > 0
    offsets = np.zeros(size + 1, dtype=np.int64)
    np.cumsum(per_term, out=offsets[1:])
    del per_term
    filled = offsets[:-1].copy()  # next free position of each term
    docs = np.empty(offsets[-1], dtype=np.int32)
    weights = np.empty(offsets[-1], dtype=np.uint8)
    for segment, merged_numbers in zip(segments, numbers, strict=True):
        for term_of, chunk_docs, chunk_weights in chunks(segment, merged_numbers):
            # term_of ascends: a posting's rank among its term's postings of the chunk
            group_start = np.searchsorted(term_of, term_of, side="left")
            positions = filled[term_of] + (np.arange(len(term_of)) - group_start)
            docs[positions] = renumber[chunk_docs]
            weights[positions] = chunk_weights
            filled += np.bincount(term_of, minlength=size)
            del group_start, positions
    kept_terms = [term for term, used in zip(terms, present.tolist(), strict=True) if used]
    kept_offsets = np.concatenate([[0], offsets[1:][present]]).astype(np.int64)
    return TextSegment(kept_terms, kept_offsets, docs, weights)
