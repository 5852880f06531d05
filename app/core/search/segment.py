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


class SegmentBuilder:
    """Collects documents one by one in compact arrays, then lays out the segment."""

    def __init__(self) -> None:
        self._provisional: defaultdict[str, int] = defaultdict(count().__next__)
        self._terms = array("i")
        self._weights = array("B")
        self._docs = array("i")
        self._lengths = array("i")

    def add(self, number: int, term_weights: Mapping[str, int]) -> None:
        self._terms.extend(map(self._provisional.__getitem__, term_weights))
        self._weights.extend(term_weights.values())
        self._docs.append(number)
        self._lengths.append(len(term_weights))

    def build(self) -> TextSegment:
        by_number = list(self._provisional)  # provisional numbers are in insertion order
        if not by_number:
            empty = np.zeros(0, dtype=np.int32)
            return TextSegment([], np.zeros(1, dtype=np.int64), empty, empty.astype(np.uint8))
        alphabetical = sorted(range(len(by_number)), key=by_number.__getitem__)
        terms = [by_number[i] for i in alphabetical]
        del by_number
        self._provisional.clear()
        rank = np.empty(len(terms), dtype=np.int64)
        rank[np.asarray(alphabetical, dtype=np.int64)] = np.arange(len(terms), dtype=np.int64)
        del alphabetical
        # One int64 key per posting: term rank, document number, weight. Sorting the keys in
        # place keeps the memory peak low (no index array) and leaves documents ascending
        # within each term.
        keys = rank[np.frombuffer(self._terms, dtype=np.int32)]
        self._terms = array("i")
        offsets = np.zeros(len(terms) + 1, dtype=np.int64)
        np.cumsum(np.bincount(keys, minlength=len(terms)), out=offsets[1:])
        keys <<= 32
        docs = np.repeat(
            np.frombuffer(self._docs, dtype=np.int32), np.frombuffer(self._lengths, dtype=np.int32)
        )
        self._docs, self._lengths = array("i"), array("i")
        np.bitwise_or(keys, docs, out=keys)
        del docs
        keys <<= 8
        np.bitwise_or(keys, np.frombuffer(self._weights, dtype=np.uint8), out=keys)
        self._weights = array("B")
        keys.sort()
        weights = keys.astype(np.uint8)  # the low 8 bits
        keys >>= 8
        return TextSegment(terms, offsets, keys.astype(np.int32), weights)  # low 32 bits


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
