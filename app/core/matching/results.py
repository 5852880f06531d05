"""What matching returns: criteria with their status and sentence, matches, the result."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Status(StrEnum):
    """Outcome of one criterion for one visitor and one service. Unknown is not failed."""

    passed = "passed"
    failed = "failed"
    unknown = "unknown"

    @property
    def symbol(self) -> str:
        """✓, ✗ or ? — as printed next to the sentence."""
        return _SYMBOLS[self]


_SYMBOLS = {Status.passed: "✓", Status.failed: "✗", Status.unknown: "?"}

# (function, *arguments): calling function(*arguments) gives the sentence
SentenceSource = tuple[Any, ...]


class Criterion:
    """One rule applied to one service: its status and a short French sentence.

    Hard criteria (``hard=True``) exclude the service when failed and never score
    (``weight`` and ``points`` are 0). Soft criteria rank: ``points`` out of ``weight``.

    Read-only by convention (made by the thousand when a whole list is explained, so it is
    a light slotted object rather than a frozen one). The sentence may be *deferred*
    (``Criterion.deferred``): the ranking knows the status and the points of every service
    from arrays, and the sentence — the rule's own, word for word — is written the first
    time it is read. Equality compares every field, the sentence included.
    """

    __slots__ = ("code", "label", "status", "hard", "weight", "points", "_sentence", "_source")

    _fields = ("code", "label", "status", "sentence", "hard", "weight", "points")

    def __init__(
        self,
        code: str,
        label: str,
        status: Status,
        sentence: str,
        hard: bool,
        weight: float = 0.0,
        points: float = 0.0,
    ) -> None:
        self.code = code
        self.label = label
        self.status = status
        self._sentence: str | None = sentence
        self.hard = hard
        self.weight = weight
        self.points = points
        self._source: SentenceSource | None = None

    @classmethod
    def deferred(
        cls,
        code: str,
        label: str,
        status: Status,
        hard: bool,
        weight: float,
        points: float,
        source: SentenceSource,
    ) -> Criterion:
        """A criterion whose sentence is ``source[0](*source[1:])``, made when first read."""
        criterion = _new(cls)
        criterion.code = code
        criterion.label = label
        criterion.status = status
        criterion._sentence = None
        criterion.hard = hard
        criterion.weight = weight
        criterion.points = points
        criterion._source = source
        return criterion

    @property
    def sentence(self) -> str:
        sentence = self._sentence
        if sentence is None:
            # Two threads may both write it: they write the same words.
            source = self._source
            assert source is not None
            sentence = self._sentence = source[0](*source[1:])
        return sentence

    @property
    def is_deferred(self) -> bool:
        """True while the sentence has not been written yet."""
        return self._sentence is None

    def _values(self) -> tuple[object, ...]:
        return (
            self.code,
            self.label,
            self.status,
            self.sentence,
            self.hard,
            self.weight,
            self.points,
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Criterion):
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        fields = ", ".join(
            f"{name}={value!r}" for name, value in zip(self._fields, self._values(), strict=True)
        )
        return f"Criterion({fields})"


_new = object.__new__


@dataclass(frozen=True, slots=True)
class Match:
    """A service for a visitor: its score out of 100, whether it is eligible, and why."""

    service_id: str
    score: float
    eligible: bool
    criteria: tuple[Criterion, ...]
    distance_km: float | None = None

    @property
    def reasons_excluded(self) -> list[str]:
        """The sentences of the hard criteria that failed ("pourquoi pas ce service ?")."""
        return [c.sentence for c in self.criteria if c.hard and c.status is Status.failed]

    def criterion(self, code: str) -> Criterion | None:
        return next((c for c in self.criteria if c.code == code), None)


def _match_maker() -> Callable[[str, float, bool, tuple[Criterion, ...], float | None], Match]:
    """``Match(...)`` without the frozen dataclass's ``__init__`` (which sets each field
    through ``object.__setattr__``): the same object, made in half the time, for the
    engine that makes one per service of a match."""
    setters = [Match.__dict__[name].__set__ for name in Match.__slots__]  # type: ignore[attr-defined]
    set_id, set_score, set_eligible, set_criteria, set_distance = setters

    def make(
        service_id: str,
        score: float,
        eligible: bool,
        criteria: tuple[Criterion, ...],
        distance_km: float | None,
    ) -> Match:
        match = _new(Match)
        set_id(match, service_id)
        set_score(match, score)
        set_eligible(match, eligible)
        set_criteria(match, criteria)
        set_distance(match, distance_km)
        return match

    return make


make_match = _match_maker()


@dataclass(frozen=True, slots=True)
class MatchResult:
    """Eligible services best first (``matches``) and, on request, the excluded ones
    with their reasons (``excluded``). ``total`` counts every eligible service, before
    ``limit``; ``total_excluded`` every excluded candidate."""

    matches: list[Match] = field(default_factory=list)
    excluded: list[Match] = field(default_factory=list)
    total: int = 0
    total_excluded: int = 0
