"""Failed hard criteria and points of thousands of candidates at once, for one visitor.

A service's hard criteria depend only on its audience (ages, publics, situations,
prerequisites, diploma) and its zone; its mode and cost points only on its modes and cost:
values many services share. Each distinct value is weighed once per match by the criterion
functions themselves (on a representative service) and spread to every service holding it.
Needs, distance, transport and freshness are computed over arrays, with the same rules as
``criteria.covered_needs``, ``criteria.distance_outcome``, ``criteria.transport_outcome``
and ``criteria.freshness`` — a test checks that ``rank`` agrees with ``evaluate``.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from app.core.matching import criteria
from app.core.matching.cache import ServiceFacts, representative
from app.core.matching.candidates import Candidates
from app.core.matching.columns import MatchColumns, themes_mask
from app.core.matching.context import ProfileContext
from app.core.matching.results import Status
from app.core.matching.scoring import FAR_FRACTION, NEAR_KM, WEIGHTS, cents

_AUDIENCE = (
    criteria.age,
    criteria.situation,
    criteria.publics,
    criteria.prerequisites,
    criteria.diploma,
)
_PLACE_FREE = (criteria.mode, criteria.cost)

PASSED, FAILED, UNKNOWN = Status.passed, Status.failed, Status.unknown


def possible_weight(ctx: ProfileContext) -> float:
    """Sum of the weights of the soft criteria that apply to this visitor."""
    total = WEIGHTS["mode"] + WEIGHTS["frais"] + WEIGHTS["fraicheur"]
    if ctx.needs:
        total += WEIGHTS["besoins"]
    if ctx.origin is not None:
        total += WEIGHTS["distance"]
    if ctx.without_car:
        total += WEIGHTS["transport"]
    return total


def _failures(ctx: ProfileContext, rules) -> Callable[[ServiceFacts], int]:  # type: ignore[no-untyped-def]
    def count(f: ServiceFacts) -> int:
        found = (rule(ctx, f, None) for rule in rules)
        return sum(1 for c in found if c is not None and c.status is FAILED)

    return count


def _cents(ctx: ProfileContext, rules) -> Callable[[ServiceFacts], int]:  # type: ignore[no-untyped-def]
    def total(f: ServiceFacts) -> int:
        found = (rule(ctx, f, None) for rule in rules)
        return sum(round(c.points * 100) for c in found if c is not None)

    return total


def _per_key(keys: np.ndarray, value: Callable[[ServiceFacts], int]) -> np.ndarray:
    """``value`` of each key's representative, spread over the services holding the key."""
    unique, inverse = np.unique(keys, return_inverse=True)
    values = np.fromiter((value(representative(k)) for k in unique.tolist()), np.int64, len(unique))
    return values[inverse]


def _needs_cents(ctx: ProfileContext, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    covered = np.zeros(len(lo), dtype=np.int64)
    for wanted in ctx.need_themes:
        mask_lo, mask_hi = themes_mask(wanted)
        covered += ((lo & np.uint64(mask_lo)) != 0) | ((hi & np.uint64(mask_hi)) != 0)
    count = len(ctx.needs)
    table = np.asarray(
        [cents("besoins", PASSED if k else FAILED, k / count) for k in range(count + 1)],
        dtype=np.int64,
    )
    return table[covered]


def _distance_cents(ctx: ProfileContext, c: Candidates) -> np.ndarray:
    """``criteria.distance_outcome`` over arrays, in points (hundredths)."""
    d = c.distances
    limit = ctx.distance_max_km
    weight = WEIGHTS["distance"]
    with np.errstate(divide="ignore", invalid="ignore"):
        fraction = np.where(
            d <= NEAR_KM, 1.0, 1.0 - (1.0 - FAR_FRACTION) * (d - NEAR_KM) / (limit - NEAR_KM)
        )
        result = np.rint(weight * fraction * 100).astype(np.int64)
        result[d > limit] = cents("distance", FAILED)
    result[np.isnan(d)] = cents("distance", UNKNOWN)
    if ctx.remote_usable:
        result[c.remote] = cents("distance", PASSED, 1.0)
    else:
        result[c.remote_only] = cents("distance", UNKNOWN)
    return result


def _transport_cents(ctx: ProfileContext, c: Candidates, columns: MatchColumns) -> np.ndarray:
    """``criteria.transport_outcome`` over arrays, in points (hundredths)."""
    numbers = c.numbers
    passed, failed, unknown = (cents("transport", s) for s in (PASSED, FAILED, UNKNOWN))
    result = np.full(len(numbers), failed, dtype=np.int64)  # no stop near an exact address
    result[~columns.exact[numbers]] = unknown
    with np.errstate(invalid="ignore"):
        result[c.distances <= criteria.WALKABLE_KM] = passed
    result[columns.stop[numbers]] = passed
    result[c.remote_only] = unknown
    if ctx.remote_usable:
        result[c.remote] = passed
    return result


def rank(
    ctx: ProfileContext, c: Candidates, columns: MatchColumns
) -> tuple[np.ndarray, np.ndarray]:
    """(failed hard criteria, points obtained in hundredths) of every candidate."""
    numbers = c.numbers
    columns.fill(c.snapshot.records, numbers)
    failures = _per_key(columns.hard[numbers], _failures(ctx, _AUDIENCE))
    failures += _per_key(columns.zone[numbers], _failures(ctx, (criteria.zone,)))
    obtained = _per_key(columns.soft[numbers], _cents(ctx, _PLACE_FREE))
    stale = c.snapshot.freshness[numbers] < ctx.stale_before.toordinal()
    obtained += np.where(stale, cents("fraicheur", FAILED), cents("fraicheur", PASSED))
    if ctx.needs:
        obtained += _needs_cents(ctx, columns.themes_lo[numbers], columns.themes_hi[numbers])
    if ctx.origin is not None:
        obtained += _distance_cents(ctx, c)
    if ctx.without_car:
        obtained += _transport_cents(ctx, c, columns)
    return failures, obtained
