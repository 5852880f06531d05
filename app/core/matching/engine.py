"""``match_profile``: the services of the catalogue for a visitor, ranked and explained.

1. Candidates come from the search index (see ``candidates``): services covering at least
   one need, reachable, in the visitor's zone (or, with ``with_excluded``, near but out).
2. Every candidate is ranked: a failed hard criterion excludes it (unknown never does),
   the soft criteria give its score out of 100.
3. The services returned (``limit``) are explained: every criterion with its sentence.

Ranking is done over arrays for all candidates at once (``ranking.rank``): what many
services share (audience, zone, modes / cost / freshness) is weighed once per match by the
criterion functions themselves. Only the services returned get their sentences, from
``evaluate``, the plain reference path; a test checks both agree. Eligible services are
ordered by points, then distance, then name.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import numpy as np

from app.core.matching import criteria
from app.core.matching.cache import facts
from app.core.matching.candidates import Candidates, candidates
from app.core.matching.columns import columns_for
from app.core.matching.context import ProfileContext, build_context
from app.core.matching.profile import Profile
from app.core.matching.ranking import rank
from app.core.matching.results import Criterion, Match, MatchResult, Status
from app.core.matching.scoring import score

if TYPE_CHECKING:
    from app.core.records import ServiceRecord
    from app.core.search import CatalogueIndex

MIN_CANDIDATE_RADIUS_KM = 50.0


def candidate_radius_km(ctx: ProfileContext) -> float:
    """On-site services farther than this are not considered at all: twice the visitor's
    maximum distance, and at least MIN_CANDIDATE_RADIUS_KM."""
    return max(2 * ctx.distance_max_km, MIN_CANDIDATE_RADIUS_KM)


def evaluate(ctx: ProfileContext, record: ServiceRecord, distance_km: float | None) -> Match:
    """Weigh one service for one visitor on every criterion that applies."""
    f = facts(record)
    found: list[Criterion] = []
    for rule in criteria.HARD + criteria.SOFT:
        criterion = rule(ctx, f, distance_km)
        if criterion is not None:
            found.append(criterion)
    eligible = not any(c.hard and c.status is Status.failed for c in found)
    return Match(record.id, score(found), eligible, tuple(found), distance_km)


def match_profile(
    index: CatalogueIndex,
    profile: Profile,
    *,
    limit: int | None = None,
    with_excluded: bool = False,
    today: date | None = None,
) -> MatchResult:
    """The services for this visitor, best first, each with its criteria.

    ``limit`` caps ``matches`` and ``excluded`` (``total`` and ``total_excluded`` count them
    all); ``with_excluded`` also returns the excluded candidates with their reasons, fewest
    failed criteria first.
    """
    ctx = build_context(profile, today)
    found = candidates(
        index,
        ctx.needs,
        profile.commune,
        candidate_radius_km(ctx),
        ctx.today,
        with_excluded=with_excluded,
        excluded_radius_km=ctx.distance_max_km,
    )
    failures, obtained = rank(ctx, found, columns_for(found.snapshot))
    far = np.nan_to_num(found.distances, nan=np.inf)
    eligible = np.flatnonzero(failures == 0)
    order = eligible[np.lexsort((found.name_rank[eligible], far[eligible], -obtained[eligible]))]
    matches = _explained(ctx, found, order[:limit] if limit is not None else order)
    excluded: list[Match] = []
    rejected = np.flatnonzero(failures > 0)
    if with_excluded:
        keys = (found.name_rank[rejected], far[rejected], -obtained[rejected], failures[rejected])
        ordered = rejected[np.lexsort(keys)]
        excluded = _explained(ctx, found, ordered[:limit] if limit is not None else ordered)
    return MatchResult(
        matches=matches,
        excluded=excluded,
        total=len(eligible),
        total_excluded=len(rejected) if with_excluded else 0,
    )


def _explained(ctx: ProfileContext, found: Candidates, positions: np.ndarray) -> list[Match]:
    records = found.snapshot.records
    numbers = found.numbers[positions].tolist()
    distances = found.distances[positions].tolist()
    return [
        evaluate(ctx, records[number], None if distance != distance else distance)
        for number, distance in zip(numbers, distances, strict=True)
    ]


def explain(
    index: CatalogueIndex, profile: Profile, service_id: str, *, today: date | None = None
) -> Match:
    """Every criterion of one service of the index for this visitor, whether it is a
    candidate or not ("pourquoi pas ce service ?" from a search result)."""
    ctx = build_context(profile, today)
    record = index.record(service_id)
    return evaluate(ctx, record, index.distance_km(service_id, profile.commune))
