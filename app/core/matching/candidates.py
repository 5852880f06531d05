"""The services worth weighing for a visitor, taken from the search index in bulk.

A candidate covers at least one of the visitor's needs (any service when there are none)
and can be reached: offered at a distance, on site within ``radius_km`` of the visitor's
commune, or without a known place but with a zone that names the visitor's commune. It is
in the visitor's eligibility zone or gives no zone; with ``with_excluded``, services on
site within ``excluded_radius_km`` (the visitor's maximum distance) whose zone leaves the
visitor out are candidates too, so that the counsellor can see why they are excluded.

This reads the index's current snapshot (``CatalogueIndex.snapshot()``: facet and zone
masks, distances) rather than calling ``CatalogueIndex.search``: a match needs every
candidate, unsorted, without a ``SearchHit`` each. Distances are worked out for the
services covering a need only, unless the visitor's commune is already in the index's cache.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from app.core.search import CatalogueIndex


@dataclass(frozen=True, slots=True)
class Candidates:
    snapshot: Any  # the index state all the numbers refer to
    numbers: np.ndarray  # document numbers in the snapshot
    distances: np.ndarray  # km from the visitor's commune (NaN: unknown, or remote only)
    remote: np.ndarray  # offered at a distance (maybe also on site)
    remote_only: np.ndarray
    name_rank: np.ndarray  # alphabetical position of the name, for ties

    def __len__(self) -> int:
        return len(self.numbers)


def candidates(
    index: CatalogueIndex,
    needs: tuple[str, ...],
    commune: str | None,
    radius_km: float,
    today: date,
    *,
    with_excluded: bool = False,
    excluded_radius_km: float | None = None,
) -> Candidates:
    from app.core.search import SearchFilters

    snapshot = index.snapshot()  # one consistent state for the whole match
    filters = SearchFilters(thematiques=frozenset(needs), eligible_only=False)
    numbers = np.flatnonzero(snapshot.candidates(filters, today))
    zone_mask = snapshot.zone_mask(commune) if commune else None
    zone_ok = zone_mask[numbers] if zone_mask is not None else None
    distances = snapshot.distances_at(commune, numbers) if commune else None
    remote = snapshot.remote[numbers]
    remote_only = snapshot.remote_only[numbers]
    keep: np.ndarray | None = None
    if distances is not None:
        with np.errstate(invalid="ignore"):
            near = distances <= radius_km
        reachable = near | remote
        if zone_ok is not None:
            unplaced = np.isnan(distances) & ~remote_only
            reachable |= unplaced & snapshot.has_zone[numbers] & zone_ok
            keep = reachable & zone_ok
            if with_excluded:
                limit = radius_km if excluded_radius_km is None else excluded_radius_km
                with np.errstate(invalid="ignore"):
                    keep |= (distances <= limit) & ~zone_ok
        else:
            keep = reachable
    elif zone_ok is not None:
        keep = zone_ok
    if keep is not None:
        numbers, remote, remote_only = numbers[keep], remote[keep], remote_only[keep]
        if distances is not None:
            distances = distances[keep]
    return Candidates(
        snapshot=snapshot,
        numbers=numbers,
        distances=distances if distances is not None else np.full(len(numbers), np.nan),
        remote=remote,
        remote_only=remote_only,
        name_rank=snapshot.name_rank[numbers],
    )
