"""Failed hard criteria and points of thousands of candidates at once, for one visitor.

Each hard criterion of a service depends on one of its values only (its ages, required
situations, publics, prerequisites, diploma ceiling, zone); its mode and cost points only on
its modes and cost: values many services share (``cache.KEYED_GROUPS``). Each distinct value is weighed once per match by the criterion
functions themselves (on a representative service) and spread to every service holding it.
Needs, distance, transport and freshness are computed over arrays, with the same rules as
``criteria.covered_needs``, ``criteria.distance_outcome``, ``criteria.transport_outcome``
and ``criteria.freshness`` — a test checks that ``rank`` agrees with ``evaluate``.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from app.core.matching import criteria
from app.core.matching.cache import representative
from app.core.matching.candidates import Candidates
from app.core.matching.columns import OTHER_PUBLIC, MatchColumns, public_bits, themes_mask
from app.core.matching.context import ProfileContext
from app.core.matching.results import Criterion, Status
from app.core.matching.scoring import FAR_FRACTION, NEAR_KM, WEIGHTS, cents

# The criteria of each group of KEYED_GROUPS, in its order: the hard ones count failures,
# the last group (mode and cost) gives points.
_GROUP_RULES = (
    (criteria.age,),
    (criteria.situation,),
    (criteria.prerequisites,),
    (criteria.diploma,),
    (criteria.zone,),
    (criteria.mode, criteria.cost),
)
_HARD_GROUP_COUNT = 5

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


class GroupMemo:
    """For one visitor, the criteria of each memoised group by key (``cache.KEYED_GROUPS``):
    computed once on a representative service, reused for every service with the key —
    to rank, and again to explain the services returned."""

    def __init__(self, ctx: ProfileContext) -> None:
        self.ctx = ctx
        self.found: list[dict[int, tuple[Criterion | None, ...]]] = [{} for _ in _GROUP_RULES]

    def criteria(self, group: int, key: int) -> tuple[Criterion | None, ...]:
        known = self.found[group]
        result = known.get(key)
        if result is None:
            f = representative(key)
            result = known[key] = tuple(rule(self.ctx, f, None) for rule in _GROUP_RULES[group])
        return result

    def _spread(self, group: int, keys: np.ndarray, value: Callable[[tuple], int]) -> np.ndarray:  # type: ignore[type-arg]
        """``value`` of each key's criteria, spread over the services holding the key."""
        if not len(keys):
            return np.zeros(0, dtype=np.int64)
        present = np.zeros(int(keys.max()) + 1, dtype=bool)
        present[keys] = True  # keys are small interned integers: no sort needed
        unique = np.flatnonzero(present)
        table = np.zeros(len(present), dtype=np.int64)
        table[unique] = [value(self.criteria(group, k)) for k in unique.tolist()]
        return table[keys]

    def failures(self, group: int, keys: np.ndarray) -> np.ndarray:
        return self._spread(
            group, keys, lambda found: sum(1 for c in found if c is not None and c.status is FAILED)
        )

    def cents(self, group: int, keys: np.ndarray) -> np.ndarray:
        return self._spread(
            group, keys, lambda found: sum(round(c.points * 100) for c in found if c is not None)
        )


def _publics_failures(ctx: ProfileContext, bits: np.ndarray) -> np.ndarray:
    """``criteria.publics`` over bits: failed when the service names publics and the
    visitor is known to be in none of them (passed nowhere, unknown nowhere)."""
    passed, unknown = 0, 1 << OTHER_PUBLIC  # codes outside the vocabulary are unknown
    for code, bit in public_bits().items():
        status, _ = criteria.public_status(ctx, code)
        if status is PASSED:
            passed |= 1 << bit
        elif status is UNKNOWN:
            unknown |= 1 << bit
    open_to = np.int32(passed | unknown)
    return ((bits != 0) & ((bits & open_to) == 0)).astype(np.int64)


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
) -> tuple[np.ndarray, np.ndarray, GroupMemo]:
    """(failed hard criteria, points obtained in hundredths) of every candidate, and the
    memoised criteria for the explanations."""
    numbers = c.numbers
    columns.fill(c.snapshot.records, numbers)
    keys = columns.keys[numbers]
    memo = GroupMemo(ctx)
    failures = _publics_failures(ctx, columns.publics[numbers])
    for group in range(_HARD_GROUP_COUNT):
        failures += memo.failures(group, keys[:, group])
    obtained = memo.cents(_HARD_GROUP_COUNT, keys[:, _HARD_GROUP_COUNT])
    stale = c.snapshot.freshness[numbers] < ctx.stale_before.toordinal()
    obtained += np.where(stale, cents("fraicheur", FAILED), cents("fraicheur", PASSED))
    if ctx.needs:
        obtained += _needs_cents(ctx, columns.themes_lo[numbers], columns.themes_hi[numbers])
    if ctx.origin is not None:
        obtained += _distance_cents(ctx, c)
    if ctx.without_car:
        obtained += _transport_cents(ctx, c, columns)
    return failures, obtained, memo
