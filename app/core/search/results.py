"""What a search returns: service ids in order, with their score and distance."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class SearchHit:
    service_id: str
    score: float  # 0 when no text was typed
    distance_km: float | None  # None: no commune given, place unknown or offered at a distance


@dataclass(frozen=True, slots=True)
class SearchResult:
    hits: list[SearchHit] = field(default_factory=list)
    total: int = 0  # how many services match, beyond the ``limit`` returned

    @property
    def ids(self) -> list[str]:
        return [hit.service_id for hit in self.hits]
