"""Weights of the soft criteria and the score of a service.

Hard criteria (age, zone, situation, publics, prerequisites, diploma) never score: they
decide whether a service is eligible. Soft criteria rank the eligible ones. Each soft
criterion gives a fraction of its weight:

- passed: the fraction the rule gives (1 for most; see the criteria),
- unknown: ``UNKNOWN_FRACTION`` — unknown is not failed,
- failed: 0.

The score is the points obtained over the points possible, out of 100. Which soft criteria
apply depends only on the profile (no commune: no distance; car and licence: no transport
criterion), so every service of one match is scored on the same criteria.

No protected attribute (gender, origin, health details) is a criterion, so none can score.
Explained for counsellors in docs/matching.md (keep both in step).
"""

from __future__ import annotations

from collections.abc import Iterable

from app.core.freshness import STALE_AFTER_MONTHS
from app.core.matching.results import Criterion, Status

WEIGHTS: dict[str, float] = {
    "besoins": 35,  # share of the visitor's needs the service covers
    "distance": 20,  # how far the place is (remote services: no travel)
    "transport": 15,  # without car or licence: a Tango stop near the place, or remote
    "mode": 10,  # remote-only services for people who cannot or will not use them
    "frais": 10,  # free first
    "fraicheur": 10,  # information updated or verified in the last 12 months
}

UNKNOWN_FRACTION = 0.5

NEAR_KM = 5.0  # full points up to this distance
FAR_FRACTION = 0.2  # at the visitor's maximum distance; 0 beyond it
FRESH_MONTHS = STALE_AFTER_MONTHS  # one rule with the window and the filters


def cents(code: str, status: Status, fraction: float = 1.0) -> int:
    """Points of a soft criterion in hundredths: its weight × the fraction its status gives.
    Whole hundredths keep sums exact whatever their order."""
    if status is Status.unknown:
        fraction = UNKNOWN_FRACTION
    elif status is Status.failed:
        fraction = 0.0
    return round(WEIGHTS[code] * fraction * 100)


def points(code: str, status: Status, fraction: float = 1.0) -> float:
    return cents(code, status, fraction) / 100


def score_from_cents(obtained: int, possible_weight: float) -> float:
    """Out of 100, from the points obtained (hundredths) and the weights possible."""
    return round(obtained / possible_weight, 1) if possible_weight else 0.0


def score(criteria: Iterable[Criterion]) -> float:
    """Out of 100: the soft criteria's points over their weights (0 when none applies)."""
    obtained = 0
    possible = 0.0
    for criterion in criteria:
        if not criterion.hard:
            obtained += round(criterion.points * 100)
            possible += criterion.weight
    return score_from_cents(obtained, possible)


def distance_fraction(distance_km: float, max_km: float) -> float:
    """1 up to NEAR_KM, then down to FAR_FRACTION at the visitor's maximum, 0 beyond."""
    if distance_km <= NEAR_KM:
        return 1.0
    if distance_km > max_km:
        return 0.0
    return 1.0 - (1.0 - FAR_FRACTION) * (distance_km - NEAR_KM) / (max_km - NEAR_KM)
