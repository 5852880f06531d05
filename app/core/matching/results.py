"""What matching returns: criteria with their status and sentence, matches, the result."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import NamedTuple


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


class Criterion(NamedTuple):
    """One rule applied to one service: its status and a short French sentence.

    Hard criteria (``hard=True``) exclude the service when failed and never score
    (``weight`` and ``points`` are 0). Soft criteria rank: ``points`` out of ``weight``.
    (A named tuple: immutable, and made by the thousand when a whole list is explained.)
    """

    code: str
    label: str
    status: Status
    sentence: str
    hard: bool
    weight: float = 0.0
    points: float = 0.0


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


@dataclass(frozen=True, slots=True)
class MatchResult:
    """Eligible services best first (``matches``) and, on request, the excluded ones
    with their reasons (``excluded``). ``total`` counts every eligible service, before
    ``limit``; ``total_excluded`` every excluded candidate."""

    matches: list[Match] = field(default_factory=list)
    excluded: list[Match] = field(default_factory=list)
    total: int = 0
    total_excluded: int = 0
