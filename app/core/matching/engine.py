"""``match_profile``: the services of the catalogue for a visitor, ranked and explained.

1. Candidates come from the search index (see ``candidates``): services covering at least
   one need, reachable, in the visitor's zone (or, with ``with_excluded``, near but out).
2. Every candidate is ranked: a failed hard criterion excludes it (unknown never does),
   the soft criteria give its score out of 100.
3. The services returned (``limit``) are explained: every criterion with its sentence.

Ranking is done over arrays for all candidates at once (``ranking.rank``): what many
services share (ages, required situations, prerequisites, diploma, zone, publics, needs
covered, modes and cost, freshness) is weighed once per match by the criterion functions
themselves; distance and transport are arrays. Each service returned gets its ``Match``
with every criterion, status and points (``_Explainer``); the sentences that differ from
service to service (distance, transport) are written by their rule when first read
(``Criterion.deferred``). ``evaluate`` is the plain reference path, and a test checks that
all three agree. Eligible services are ordered by points, then distance, then name.
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
from app.core.matching.ranking import STATUSES, Ranked, possible_weight, rank, rule_sentence
from app.core.matching.results import Criterion, Match, MatchResult, Status, make_match
from app.core.matching.scoring import WEIGHTS, score, score_from_cents

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
    failures, obtained, ranked = rank(ctx, found, columns)
    far = np.nan_to_num(found.distances, nan=np.inf)
    eligible = np.flatnonzero(failures == 0)
    order = eligible[np.lexsort((found.name_rank[eligible], far[eligible], -obtained[eligible]))]
    explain_all = _Explainer(ctx, found, ranked)
    matches = explain_all(order[:limit] if limit is not None else order, eligible=True)
    excluded: list[Match] = []
    rejected = np.flatnonzero(failures > 0)
    if with_excluded:
        keys = (found.name_rank[rejected], far[rejected], -obtained[rejected], failures[rejected])
        ordered = rejected[np.lexsort(keys)]
        excluded = explain_all(ordered[:limit] if limit is not None else ordered, eligible=False)
    return MatchResult(
        matches=matches,
        excluded=excluded,
        total=len(eligible),
        total_excluded=len(rejected) if with_excluded else 0,
    )


class _Explainer:
    """The ``Match`` of each service returned, from the ranking's criteria: those services
    share (``Ranked.heads`` and ``tails``) and, for distance and transport, one deferred
    criterion per service whose sentence the rule writes when it is read. The same matches
    as ``evaluate`` (a test checks both agree)."""

    def __init__(self, ctx: ProfileContext, found: Candidates, ranked: Ranked) -> None:
        self.ctx, self.found, self.ranked = ctx, found, ranked
        self.possible = possible_weight(ctx)

    def __call__(self, positions: np.ndarray, *, eligible: bool) -> list[Match]:
        if not len(positions):
            return []
        ctx, found, ranked = self.ctx, self.found, self.ranked
        records = found.snapshot.records
        numbers = found.numbers[positions].tolist()
        distances = [None if d != d else d for d in found.distances[positions].tolist()]
        scores = self._scores(ranked.obtained[positions])
        heads, tails = ranked.heads, ranked.tails
        combos = ranked.combo[positions].tolist()
        rows = zip(numbers, distances, scores, combos, strict=True)
        deferred = Criterion.deferred
        if ctx.origin is None and not ctx.without_car:
            return [
                make_match(records[n].id, mark, eligible, heads[k] + tails[k], d)  # type: ignore[union-attr]
                for n, d, mark, k in rows
            ]
        no_criterion: list[None] = [None] * len(positions)
        distance_rows = self._per_service(
            "distance", ranked.distance_status, ranked.distance_cents, positions, no_criterion
        )
        transport_rows = self._per_service(
            "transport", ranked.transport_status, ranked.transport_cents, positions, no_criterion
        )
        result = []
        append = result.append
        for (n, d, mark, k), dist, trans in zip(rows, distance_rows, transport_rows, strict=True):
            record = records[n]
            middle = ()
            if dist is not None:
                label, status, weight, points = dist
                middle = (
                    deferred(
                        "distance",
                        label,
                        status,
                        False,
                        weight,
                        points,
                        (rule_sentence, criteria.distance, ctx, record, d),
                    ),
                )
            if trans is not None:
                label, status, weight, points = trans
                middle += (
                    deferred(
                        "transport",
                        label,
                        status,
                        False,
                        weight,
                        points,
                        (rule_sentence, criteria.transport, ctx, record, d),
                    ),
                )
            append(make_match(record.id, mark, eligible, heads[k] + middle + tails[k], d))  # type: ignore[union-attr]
        return result

    @staticmethod
    def _per_service(code, statuses, hundredths, positions, absent):  # type: ignore[no-untyped-def]
        """(label, status, weight, points) of a per-service criterion at each position, or
        None everywhere when it does not apply to this visitor; the distinct ones shared."""
        if statuses is None:
            return absent
        label, weight = criteria.LABELS[code], WEIGHTS[code]
        pairs = (statuses[positions].astype(np.int64) << 32) | hundredths[positions]
        distinct, inverse = np.unique(pairs, return_inverse=True)
        values = [
            (label, STATUSES[pair >> 32], weight, (pair & 0xFFFF_FFFF) / 100)
            for pair in distinct.tolist()
        ]
        return [values[i] for i in inverse.reshape(-1).tolist()]

    def _scores(self, obtained: np.ndarray) -> list[float]:
        """``score_from_cents`` of each value, worked out once per distinct value."""
        distinct, inverse = np.unique(obtained, return_inverse=True)
        possible = self.possible
        values = [score_from_cents(value, possible) for value in distinct.tolist()]
        return [values[i] for i in inverse.reshape(-1).tolist()]


def explain(
    index: CatalogueIndex, profile: Profile, service_id: str, *, today: date | None = None
) -> Match:
    """Every criterion of one service of the index for this visitor, whether it is a
    candidate or not ("pourquoi pas ce service ?" from a search result)."""
    ctx = build_context(profile, today)
    record = index.record(service_id)
    return evaluate(ctx, record, index.distance_km(service_id, profile.commune))
