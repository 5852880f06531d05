"""``match_profile``: the services of the catalogue for a visitor, ranked and explained.

1. Candidates come from the search index (see ``candidates``): services covering at least
   one need, reachable, in the visitor's zone (or, with ``with_excluded``, near but out).
2. Every candidate is ranked: a failed hard criterion excludes it (unknown never does),
   the soft criteria give its score out of 100.
3. The services returned (``limit``) are explained: every criterion with its sentence.

Ranking is done over arrays for all candidates at once (``ranking.rank``): what many
services share (ages, required situations, prerequisites, diploma, zone, modes and cost) is
weighed once per match by the criterion functions themselves. Only the services returned
get their sentences (``_Explainer``, which reuses those memoised criteria); ``evaluate`` is
the plain reference path, and a test checks that all three agree. Eligible services are
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
from app.core.matching.ranking import GroupMemo, rank
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
    columns = columns_for(found.snapshot)
    failures, obtained, memo = rank(ctx, found, columns)
    far = np.nan_to_num(found.distances, nan=np.inf)
    eligible = np.flatnonzero(failures == 0)
    order = eligible[np.lexsort((found.name_rank[eligible], far[eligible], -obtained[eligible]))]
    explain_all = _Explainer(ctx, found, columns, memo)
    matches = explain_all(order[:limit] if limit is not None else order)
    excluded: list[Match] = []
    rejected = np.flatnonzero(failures > 0)
    if with_excluded:
        keys = (found.name_rank[rejected], far[rejected], -obtained[rejected], failures[rejected])
        ordered = rejected[np.lexsort(keys)]
        excluded = explain_all(ordered[:limit] if limit is not None else ordered)
    return MatchResult(
        matches=matches,
        excluded=excluded,
        total=len(eligible),
        total_excluded=len(rejected) if with_excluded else 0,
    )


class _Explainer:
    """Every criterion of the services returned: ``evaluate``, with the criteria the
    ranking already made for each service's keys reused rather than made again."""

    def __init__(self, ctx: ProfileContext, found: Candidates, columns, memo: GroupMemo) -> None:  # type: ignore[no-untyped-def]
        self.ctx, self.found, self.columns, self.memo = ctx, found, columns, memo
        self.publics: dict[tuple[str, ...], Criterion | None] = {}
        self.needs: dict[frozenset[str], Criterion | None] = {}
        self.freshness: dict[tuple, Criterion | None] = {}  # type: ignore[type-arg]

    def __call__(self, positions: np.ndarray) -> list[Match]:
        found = self.found
        records = found.snapshot.records
        numbers = found.numbers[positions]
        keys = self.columns.keys[numbers].tolist()
        distances = found.distances[positions].tolist()
        return [
            self.one(records[number], None if distance != distance else distance, tuple(row))
            for number, distance, row in zip(numbers.tolist(), distances, keys, strict=True)
        ]

    def one(self, record: ServiceRecord, distance_km: float | None, keys: tuple[int, ...]) -> Match:
        """``evaluate(ctx, record, distance_km)``, from the memoised criteria (same order as
        ``criteria.HARD + criteria.SOFT``; a test checks both agree)."""
        ctx = self.ctx
        f = facts(record)
        group = self.memo.criteria
        age, situation, prerequisites, diploma, zone, (mode, cost) = (
            group(0, keys[0])[0],
            group(1, keys[1])[0],
            group(2, keys[2])[0],
            group(3, keys[3])[0],
            group(4, keys[4])[0],
            group(5, keys[5]),
        )
        publics = self._shared(self.publics, f.publics, criteria.publics, f)
        needs = self._shared(self.needs, f.themes, criteria.needs, f)
        day = record.freshness
        verified = day == record.verified_on  # the sentence then gives the day, else the month
        when = (day, True) if verified else ((day.year, day.month), day < ctx.stale_before)
        freshness = self._shared(self.freshness, when, criteria.freshness, f)
        found = tuple(
            filter(
                None,  # criteria that do not apply
                (
                    age,
                    zone,
                    situation,
                    publics,
                    prerequisites,
                    diploma,
                    needs,
                    criteria.distance(ctx, f, distance_km),
                    criteria.transport(ctx, f, distance_km),
                    mode,
                    cost,
                    freshness,
                ),
            )
        )
        eligible = not any(c.hard and c.status is Status.failed for c in found)
        return Match(record.id, score(found), eligible, found, distance_km)

    def _shared(self, known: dict, key: object, rule, f) -> Criterion | None:  # type: ignore[no-untyped-def]
        """The criterion of a rule that reads only ``key`` from the service, made once."""
        if key in known:
            return known[key]
        result = known[key] = rule(self.ctx, f, None)
        return result


def explain(
    index: CatalogueIndex, profile: Profile, service_id: str, *, today: date | None = None
) -> Match:
    """Every criterion of one service of the index for this visitor, whether it is a
    candidate or not ("pourquoi pas ce service ?" from a search result)."""
    ctx = build_context(profile, today)
    record = index.record(service_id)
    return evaluate(ctx, record, index.distance_km(service_id, profile.commune))
