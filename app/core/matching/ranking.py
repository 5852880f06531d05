"""Every criterion of thousands of candidates at once, for one visitor.

Each hard criterion of a service depends on one of its values only (its ages, required
situations, prerequisites, diploma ceiling, zone, publics); its mode and cost on its modes
and cost: values many services share (``cache.KEYED_GROUPS``). Each distinct value is
weighed once per match by the criterion functions themselves (on a representative service)
and shared by every service holding it. Needs depend only on which of the visitor's needs a
service covers, freshness only on its month (or its verification day) and whether it is
stale: one criterion each per distinct case, its sentence written by the rule when read.
Distance and transport are worked out over arrays, with the same rules as
``criteria.distance_outcome`` and ``criteria.transport_outcome``: one deferred criterion per
service (``Criterion.deferred``), whose sentence is the rule's own.

A test checks that ``rank`` and the explanations agree with ``evaluate`` on every service.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import numpy as np

from app.core.matching import criteria
from app.core.matching.cache import KEYED_GROUPS, facts, representative
from app.core.matching.candidates import Candidates
from app.core.matching.columns import MatchColumns, themes_mask
from app.core.matching.context import ProfileContext
from app.core.matching.results import Criterion, Status
from app.core.matching.scoring import FAR_FRACTION, NEAR_KM, WEIGHTS, cents

# The criteria of each group of KEYED_GROUPS, in its order.
_GROUP_RULES = (
    (criteria.age,),
    (criteria.situation,),
    (criteria.prerequisites,),
    (criteria.diploma,),
    (criteria.zone,),
    (criteria.publics,),
    (criteria.mode, criteria.cost),
)
assert len(_GROUP_RULES) == len(KEYED_GROUPS)
_AGE, _SITUATION, _PREREQUISITES, _DIPLOMA, _ZONE, _PUBLICS, _MODE_COST = range(len(KEYED_GROUPS))
_NEEDS, _FRESHNESS = len(KEYED_GROUPS), len(KEYED_GROUPS) + 1  # groups worked out per visitor

PASSED, FAILED, UNKNOWN = Status.passed, Status.failed, Status.unknown
# Status codes in the arrays of distance and transport
STATUSES = (PASSED, FAILED, UNKNOWN)
_P, _F, _U = 0, 1, 2

_EPOCH = date(1970, 1, 1).toordinal()


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


def rule_sentence(rule: Callable, ctx: ProfileContext, record, distance_km) -> str:  # type: ignore[no-untyped-def, type-arg]
    """The sentence ``rule`` writes for this service (a deferred criterion's source)."""
    return rule(ctx, facts(record), distance_km).sentence


def facts_sentence(rule: Callable, ctx: ProfileContext, f, distance_km) -> str:  # type: ignore[no-untyped-def, type-arg]
    """The sentence ``rule`` writes for a service of these facts."""
    return rule(ctx, f, distance_km).sentence


class GroupMemo:
    """For one visitor, the criteria of each memoised group by key (``cache.KEYED_GROUPS``):
    computed once on a representative service, reused for every service with the key."""

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


@dataclass(frozen=True, slots=True)
class Ranked:
    """Every criterion of every candidate (by position in ``Candidates``).

    What services share is in ``heads`` and ``tails``, per combination of shared criteria
    (``combo`` gives each candidate's): the criteria before distance (age, zone, situation,
    publics, prerequisites, diploma, needs) and after transport (mode, cost, freshness),
    those that do not apply left out. Distance and transport are per service: a status code
    (index in ``STATUSES``) and points in hundredths, for the visitors they apply to.
    """

    failures: np.ndarray  # failed hard criteria
    obtained: np.ndarray  # points of the soft criteria, in hundredths
    combo: np.ndarray
    heads: list[tuple[Criterion, ...]]
    tails: list[tuple[Criterion, ...]]
    distance_status: np.ndarray | None
    distance_cents: np.ndarray | None
    transport_status: np.ndarray | None
    transport_cents: np.ndarray | None


def _compact(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(distinct values ascending, position of each value among them)."""
    distinct, inverse = np.unique(values, return_inverse=True)
    return distinct, inverse.reshape(-1)


def _first_positions(inverse: np.ndarray, count: int) -> np.ndarray:
    """For each distinct value 0..count-1, the first position holding it."""
    first = np.full(count, len(inverse), dtype=np.int64)
    np.minimum.at(first, inverse, np.arange(len(inverse)))
    return first


def _needs_groups(
    ctx: ProfileContext, c: Candidates, columns: MatchColumns
) -> tuple[np.ndarray, list[Criterion | None]]:
    """Which of the visitor's needs each candidate covers (as bits, compacted) and the needs
    criterion of each case — ``criteria.needs``, its sentence written when read."""
    if not ctx.needs:
        return np.zeros(len(c), dtype=np.int64), [None]
    lo, hi = columns.themes_lo[c.numbers], columns.themes_hi[c.numbers]
    covered = np.zeros(len(lo), dtype=np.int64)
    for bit, wanted in enumerate(ctx.need_themes):
        mask_lo, mask_hi = themes_mask(wanted)
        hit = ((lo & np.uint64(mask_lo)) != 0) | ((hi & np.uint64(mask_hi)) != 0)
        covered |= hit.astype(np.int64) << bit
    distinct, inverse = _compact(covered)
    first = _first_positions(inverse, len(distinct))
    records = c.snapshot.records
    count = len(ctx.needs)
    found: list[Criterion | None] = []
    for bits, position in zip(distinct.tolist(), first.tolist(), strict=True):
        k = bits.bit_count()
        status = PASSED if k else FAILED
        record = records[int(c.numbers[position])]
        found.append(
            Criterion.deferred(
                "besoins",
                criteria.LABELS["besoins"],
                status,
                False,
                WEIGHTS["besoins"],
                cents("besoins", status, k / count) / 100,
                (rule_sentence, criteria.needs, ctx, record, None),
            )
        )
    return inverse, found


def _freshness_groups(
    ctx: ProfileContext, c: Candidates, columns: MatchColumns
) -> tuple[np.ndarray, list[Criterion]]:
    """Each candidate's freshness case (its month, or its verification day, and whether it is
    stale) and the criterion of each case — ``criteria.freshness``, sentence when read."""
    ordinals = c.snapshot.freshness[c.numbers].astype(np.int64)
    stale = ordinals < ctx.stale_before.toordinal()
    months = (ordinals - _EPOCH).astype("datetime64[D]").astype("datetime64[M]").astype(np.int64)
    verified = columns.verified[c.numbers] & ~stale
    # the sentence gives the day of a verification, else the month
    keys = np.where(verified, ordinals * 4 + 1, months * 4 + stale * 2)
    distinct, inverse = _compact(keys)
    first = _first_positions(inverse, len(distinct))
    records = c.snapshot.records
    label, weight = criteria.LABELS["fraicheur"], WEIGHTS["fraicheur"]
    found = []
    for position in first.tolist():
        status = FAILED if stale[position] else PASSED
        record = records[int(c.numbers[position])]
        found.append(
            Criterion.deferred(
                "fraicheur",
                label,
                status,
                False,
                weight,
                cents("fraicheur", status) / 100,
                (rule_sentence, criteria.freshness, ctx, record, None),
            )
        )
    return inverse, found


def _distance(ctx: ProfileContext, c: Candidates) -> tuple[np.ndarray, np.ndarray]:
    """``criteria.distance_outcome`` over arrays: (status codes, points in hundredths)."""
    d = c.distances
    limit = ctx.distance_max_km
    weight = WEIGHTS["distance"]
    status = np.full(len(d), _P, dtype=np.int8)
    with np.errstate(divide="ignore", invalid="ignore"):
        fraction = np.where(
            d <= NEAR_KM, 1.0, 1.0 - (1.0 - FAR_FRACTION) * (d - NEAR_KM) / (limit - NEAR_KM)
        )
        result = np.rint(weight * fraction * 100).astype(np.int64)
        beyond = d > limit
    result[beyond] = cents("distance", FAILED)
    status[beyond] = _F
    unknown = np.isnan(d)
    result[unknown] = cents("distance", UNKNOWN, 0.0)
    status[unknown] = _U
    if ctx.remote_usable:
        result[c.remote] = cents("distance", PASSED, 1.0)
        status[c.remote] = _P
    else:
        result[c.remote_only] = cents("distance", UNKNOWN, 0.0)
        status[c.remote_only] = _U
    return status, result


def _transport(
    ctx: ProfileContext, c: Candidates, columns: MatchColumns
) -> tuple[np.ndarray, np.ndarray]:
    """``criteria.transport_outcome`` over arrays: (status codes, points in hundredths)."""
    numbers = c.numbers
    status = np.full(len(numbers), _F, dtype=np.int8)  # no stop near an exact address
    status[~columns.exact[numbers]] = _U
    with np.errstate(invalid="ignore"):
        status[c.distances <= criteria.WALKABLE_KM] = _P
    status[columns.stop[numbers]] = _P
    status[c.remote_only] = _U
    if ctx.remote_usable:
        status[c.remote] = _P
    table = np.asarray([cents("transport", s) for s in STATUSES], dtype=np.int64)
    return status, table[status]


def _publics_groups(
    ctx: ProfileContext, keys: np.ndarray
) -> tuple[np.ndarray, list[tuple[Criterion | None]]]:
    """``criteria.publics`` of each distinct set of publics to check (hundreds in a national
    catalogue): the status from ``criteria.public_status`` of each public, the sentence
    written by the rule when read."""
    distinct, inverse = _compact(keys)
    known: dict[str, Status] = {}
    label = criteria.LABELS["publics"]
    found: list[tuple[Criterion | None]] = []
    for key in distinct.tolist():
        f = representative(key)
        codes = f.publics
        if not codes:
            found.append((None,))
            continue
        statuses = set()
        for code in codes:
            status = known.get(code)
            if status is None:
                status = known[code] = criteria.public_status(ctx, code)[0]
            statuses.add(status)
        status = PASSED if PASSED in statuses else UNKNOWN if UNKNOWN in statuses else FAILED
        source = (facts_sentence, criteria.publics, ctx, f, None)
        found.append((Criterion.deferred("publics", label, status, True, 0.0, 0.0, source),))
    return inverse, found


def rank(
    ctx: ProfileContext, c: Candidates, columns: MatchColumns
) -> tuple[np.ndarray, np.ndarray, Ranked]:
    """(failed hard criteria, points obtained in hundredths) of every candidate, and all
    their criteria (``Ranked``)."""
    numbers = c.numbers
    columns.fill(c.snapshot.records, numbers)
    keys = columns.keys[numbers]
    memo = GroupMemo(ctx)
    # Per group of shared criteria: each candidate's case, and the criteria of each case.
    cases: list[np.ndarray] = []
    found: list[list[tuple[Criterion | None, ...]]] = []
    for group in range(len(KEYED_GROUPS)):
        if group == _PUBLICS:
            inverse, criteria_of = _publics_groups(ctx, keys[:, group])
        else:
            distinct, inverse = _compact(keys[:, group])
            criteria_of = [memo.criteria(group, k) for k in distinct.tolist()]
        cases.append(inverse)
        found.append(criteria_of)
    needs_case, needs_found = _needs_groups(ctx, c, columns)
    fresh_case, fresh_found = _freshness_groups(ctx, c, columns)
    cases += [needs_case, fresh_case]
    found += [[(x,) for x in needs_found], [(x,) for x in fresh_found]]
    failures = np.zeros(len(numbers), dtype=np.int64)
    obtained = np.zeros(len(numbers), dtype=np.int64)
    applying: list[list[tuple[Criterion, ...]]] = []  # the criteria that apply, per case
    for case, criteria_of in zip(cases, found, strict=True):
        applying.append([tuple(x for x in row if x is not None) for row in criteria_of])
        failed = [sum(1 for x in row if x.hard and x.status is FAILED) for row in applying[-1]]
        points = [sum(round(x.points * 100) for x in row if not x.hard) for row in applying[-1]]
        failures += np.asarray(failed, dtype=np.int64)[case]
        obtained += np.asarray(points, dtype=np.int64)[case]
    # One combination of all the shared criteria per candidate: many share one.
    combo = np.zeros(len(numbers), dtype=np.int64)
    span = 1
    for case, criteria_of in zip(cases, found, strict=True):
        size = len(criteria_of)
        if span * size >= 1 << 62:
            distinct, combo = _compact(combo)
            span = len(distinct)
        combo = combo * size + case
        span *= size
    distinct, combo = _compact(combo)
    first = _first_positions(combo, len(distinct)).tolist()
    at = [
        [rows[i] for i in case[first].tolist()] for case, rows in zip(cases, applying, strict=True)
    ]
    # the order of the criteria: age, zone, situation, publics, prerequisites, diploma,
    # needs, (distance, transport,) mode and cost, freshness
    heads = [
        age + zone + situation + publics + prerequisites + diploma + needs
        for age, situation, prerequisites, diploma, zone, publics, needs in zip(
            at[_AGE],
            at[_SITUATION],
            at[_PREREQUISITES],
            at[_DIPLOMA],
            at[_ZONE],
            at[_PUBLICS],
            at[_NEEDS],
            strict=True,
        )
    ]
    tails = [
        mode_cost + freshness
        for mode_cost, freshness in zip(at[_MODE_COST], at[_FRESHNESS], strict=True)
    ]
    distance_status = distance_cents = transport_status = transport_cents = None
    if ctx.origin is not None:
        distance_status, distance_cents = _distance(ctx, c)
        obtained += distance_cents
    if ctx.without_car:
        transport_status, transport_cents = _transport(ctx, c, columns)
        obtained += transport_cents
    ranked = Ranked(
        failures=failures,
        obtained=obtained,
        combo=combo,
        heads=heads,
        tails=tails,
        distance_status=distance_status,
        distance_cents=distance_cents,
        transport_status=transport_status,
        transport_cents=transport_cents,
    )
    return failures, obtained, ranked
