"""What the criteria need from a profile, worked out once per match."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.core.matching.profile import Profile
from app.core.matching.scoring import FRESH_MONTHS

DEFAULT_DISTANCE_MAX_KM = 30.0
SENIOR_AGE = 50
YOUNG_AGE_MAX = 25


@dataclass(frozen=True, slots=True)
class ProfileContext:
    profile: Profile
    today: date
    situations: frozenset[str] | None  # with those that follow from age and diploma
    zone_cover: frozenset[str] | None  # zone codes including the visitor's commune
    commune_name: str | None
    origin: tuple[float, float] | None  # the visitor's commune point
    distance_max_km: float
    without_car: bool
    transport_words: str  # "Sans permis" / "Sans voiture"
    remote_usable: bool  # remote services suit this visitor
    remote_unwanted: str | None  # why not, in words
    constraints: frozenset[str] | None
    needs: tuple[str, ...]
    need_themes: tuple[frozenset[str], ...]  # for each need, the thématiques that cover it
    stale_before: date  # information older than this is stale (FRESH_MONTHS before today)


def _situations(profile: Profile) -> frozenset[str] | None:
    if profile.situations is None:
        return None
    found = set(profile.situations)
    if profile.age is not None and profile.age >= SENIOR_AGE:
        found.add("senior")
    if profile.age is not None and profile.age <= YOUNG_AGE_MAX and profile.diplome == "aucun":
        found.add("jeune-sans-diplome")
    return frozenset(found)


def _covering_themes(need: str) -> frozenset[str]:
    from app.core.reference.vocabularies import thematiques_by_category

    if "--" in need:
        return frozenset({need})
    return frozenset(thematiques_by_category().get(need, ()))


def build_context(profile: Profile, today: date | None = None) -> ProfileContext:
    from app.core.reference.communes import commune
    from app.core.search.filters import months_before
    from app.core.search.geography import commune_point, zone_codes_covering

    today = today or date.today()
    item = commune(profile.commune)
    constraints = None if profile.contraintes is None else frozenset(profile.contraintes)
    unwanted = None
    if profile.accepte_distance is False:
        unwanted = "la personne préfère venir sur place"
    elif constraints and "numerique" in constraints:
        unwanted = "peu adapté aux difficultés avec le numérique"
    mobility = profile.mobilite
    return ProfileContext(
        profile=profile,
        today=today,
        situations=_situations(profile),
        zone_cover=zone_codes_covering(profile.commune) if profile.commune else None,
        commune_name=item.nom if item is not None else None,
        origin=commune_point(profile.commune) if profile.commune else None,
        distance_max_km=mobility.distance_max_km or DEFAULT_DISTANCE_MAX_KM,
        without_car=mobility.without_car,
        transport_words="Sans permis" if mobility.permis_b is False else "Sans voiture",
        remote_usable=unwanted is None,
        remote_unwanted=unwanted,
        constraints=constraints,
        needs=profile.besoins,
        need_themes=tuple(_covering_themes(need) for need in profile.besoins),
        stale_before=months_before(today, FRESH_MONTHS),
    )
