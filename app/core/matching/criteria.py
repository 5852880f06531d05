"""The rules. Each function weighs one criterion for one visitor and one service and returns
a ``Criterion`` (passed / failed / unknown, with a short French sentence), or None when the
criterion does not apply (the service asks nothing of the kind, or the profile lacks what
the criterion compares with, for soft criteria).

All take the same arguments: the profile's context, the service's cached facts, and the
distance in km from the visitor's commune (None when it cannot be said).
The sentences are documented in docs/matching.md.
"""

from __future__ import annotations

from app.core.matching import phrases
from app.core.matching.cache import TANGO_STOP_MAX_METRES, ServiceFacts
from app.core.matching.context import ProfileContext
from app.core.matching.derive import (
    JEUNES_MARGIN,
    JEUNES_RANGE,
    PROTECTED_PUBLICS,
    PUBLIC_CONFIRMED_ONLY,
    PUBLIC_SITUATIONS,
    SENIORS_MARGIN_MIN,
    SENIORS_MIN,
    SOURCE_JEUNES,
    SOURCE_SENIORS,
    SOURCE_TEXT,
    AgeRange,
)
from app.core.matching.results import Criterion, Status
from app.core.matching.scoring import (
    FRESH_MONTHS,
    WEIGHTS,
    distance_fraction,
    points,
)
from app.core.vocab import DIPLOMAS, SITUATIONS, diploma_rank

PASSED, FAILED, UNKNOWN = Status.passed, Status.failed, Status.unknown
FROM_TEXT = " (d'après la description du service)"
WALKABLE_KM = 2.0  # without a stop, a place this close is still within reach

LABELS: dict[str, str] = {
    "age": "Âge",
    "zone": "Zone d'éligibilité",
    "situation": "Situation demandée",
    "publics": "Publics visés",
    "prerequis": "Prérequis",
    "diplome": "Niveau de diplôme",
    "besoins": "Besoins couverts",
    "distance": "Distance",
    "transport": "Transports en commun",
    "mode": "Mode d'accueil",
    "frais": "Coût",
    "fraicheur": "Fraîcheur des informations",
}


def _hard(code: str, status: Status, sentence: str) -> Criterion:
    return Criterion(code, LABELS[code], status, sentence, True, 0.0, 0.0)


def _soft(code: str, status: Status, sentence: str, fraction: float = 1.0) -> Criterion:
    return Criterion(
        code, LABELS[code], status, sentence, False, WEIGHTS[code], points(code, status, fraction)
    )


# --------------------------------------------------------------------------- hard criteria


def _age_status(age: int, ages: AgeRange) -> Status:
    low, high = ages.low, ages.high
    if (low is None or age >= low) and (high is None or age <= high):
        return PASSED
    if ages.margin is not None:
        margin_low, margin_high = ages.margin
        if (margin_low is None or age >= margin_low) and (
            margin_high is None or age <= margin_high
        ):
            return UNKNOWN
    return FAILED


def age(ctx: ProfileContext, f: ServiceFacts, distance: float | None) -> Criterion:
    ages = f.ages
    if ages is None:
        return _hard("age", UNKNOWN, "Tranche d'âge non précisée par le service")
    suffix = FROM_TEXT if ages.source == SOURCE_TEXT else ""
    if ages.unlimited:
        return _hard("age", PASSED, "Sans limite d'âge" + suffix)
    span = phrases.age_range(ages.low, ages.high)
    years = ctx.profile.age
    if ages.source in (SOURCE_JEUNES, SOURCE_SENIORS):
        group = "jeunes" if ages.source == SOURCE_JEUNES else "seniors"
        situation = "jeune-sans-diplome" if group == "jeunes" else "senior"
        if years is None:
            if ctx.situations is not None and situation in ctx.situations:
                return _hard(
                    "age", PASSED, f"{SITUATIONS[situation]} : le service vise les {group}"
                )
            return _hard(
                "age", UNKNOWN, f"Âge non renseigné (service pour les {group}, en général {span})"
            )
        status = _age_status(years, ages)
        if status is PASSED:
            sentence = f"{years} ans : dans la tranche {span} (service pour les {group})"
        elif status is UNKNOWN:
            sentence = f"{years} ans : le service vise les {group}, en général {span} : à vérifier"
        else:
            sentence = f"{years} ans : service réservé aux {group} (en général {span})"
        return _hard("age", status, sentence)
    if years is None:
        return _hard("age", UNKNOWN, f"Âge non renseigné (service pour les {span}){suffix}")
    status = _age_status(years, ages)
    if status is PASSED:
        return _hard("age", PASSED, f"{years} ans : dans la tranche {span}{suffix}")
    return _hard("age", FAILED, f"{years} ans : réservé aux {span}{suffix}")


def zone(ctx: ProfileContext, f: ServiceFacts, distance: float | None) -> Criterion:
    from app.core.search.geography import FRANCE, FRANCE_COUNTRY_CODE, zone_label

    codes = f.zone
    if not codes:
        return _hard("zone", UNKNOWN, "Zone d'éligibilité non précisée par le service")
    if FRANCE in codes or FRANCE_COUNTRY_CODE in codes:
        return _hard("zone", PASSED, "Ouvert à toute la France")
    reserved = "Réservé aux habitants " + phrases.zone_places(codes)
    cover = ctx.zone_cover
    if cover is None:
        return _hard(
            "zone", UNKNOWN, f"Commune non renseignée ({reserved[0].lower()}{reserved[1:]})"
        )
    matched = next((code for code in codes if code in cover), None)
    if matched is None:
        return _hard("zone", FAILED, reserved)
    return _hard(
        "zone", PASSED, f"{ctx.commune_name} : dans la zone du service ({zone_label(matched)})"
    )


def situation(ctx: ProfileContext, f: ServiceFacts, distance: float | None) -> Criterion | None:
    required = f.record.required_situations
    if not required:
        return None
    group = phrases.situations_group(required)
    if ctx.situations is None:
        return _hard("situation", UNKNOWN, f"Situation non renseignée (service réservé {group})")
    held = next((code for code in required if code in ctx.situations), None)
    if held is None:
        return _hard("situation", FAILED, f"Réservé {group}")
    return _hard("situation", PASSED, f"{SITUATIONS[held]} : situation demandée par le service")


def public_status(ctx: ProfileContext, code: str) -> tuple[Status, str | None]:
    """Whether the visitor belongs to one public, and (when passed) what shows it."""
    years = ctx.profile.age
    situations = ctx.situations
    if code == "jeunes":
        if years is None:
            if situations is not None and "jeune-sans-diplome" in situations:
                return PASSED, SITUATIONS["jeune-sans-diplome"]
            return UNKNOWN, None
        low, high = JEUNES_RANGE
        if low <= years <= high:
            return PASSED, f"{years} ans"
        return (UNKNOWN if years <= JEUNES_MARGIN[1] else FAILED), None
    if code == "seniors":
        if years is not None and years >= SENIORS_MIN:
            return PASSED, f"{years} ans"
        if situations is not None and "senior" in situations:
            return PASSED, SITUATIONS["senior"]
        if years is None:
            return UNKNOWN, None
        return (UNKNOWN if years >= SENIORS_MARGIN_MIN else FAILED), None
    if code in PUBLIC_SITUATIONS:
        if situations is None:
            return UNKNOWN, None
        held = PUBLIC_SITUATIONS[code]
        return (PASSED, SITUATIONS[held]) if held in situations else (FAILED, None)
    if code in PUBLIC_CONFIRMED_ONLY and situations is not None:
        held = PUBLIC_CONFIRMED_ONLY[code]
        return (PASSED, SITUATIONS[held]) if held in situations else (UNKNOWN, None)
    return UNKNOWN, None  # protected publics, and those the profile does not ask about


def publics(ctx: ProfileContext, f: ServiceFacts, distance: float | None) -> Criterion | None:
    codes = f.publics
    if not codes:
        return None
    outcomes = {code: public_status(ctx, code) for code in codes}
    for code, (status, shown_by) in outcomes.items():
        if status is PASSED:
            group = phrases.publics_group([code])
            return _hard("publics", PASSED, f"{shown_by} : le service s'adresse {group}")
    unknown = [code for code, (status, _) in outcomes.items() if status is UNKNOWN]
    if unknown:
        protected = [code for code in unknown if code in PROTECTED_PUBLICS]
        group = phrases.publics_group(protected or unknown)
        ending = "à voir avec la personne" if protected else "à vérifier"
        return _hard("publics", UNKNOWN, f"Service destiné {group} : {ending}")
    group = phrases.publics_group(codes)
    return _hard("publics", FAILED, f"Réservé {group} (d'après les publics du service)")


def _prerequisite_status(ctx: ProfileContext, code: str) -> Status:
    mobility = ctx.profile.mobilite
    if code in ("permis-b", "vehicule"):
        value = mobility.permis_b if code == "permis-b" else mobility.vehicule
        return UNKNOWN if value is None else (PASSED if value else FAILED)
    constraint = {"francais": "francais", "lecture-ecriture": "francais", "numerique": "numerique"}
    if code in constraint:
        if ctx.constraints is None:
            return UNKNOWN
        return FAILED if constraint[code] in ctx.constraints else PASSED
    return UNKNOWN


def prerequisites(ctx: ProfileContext, f: ServiceFacts, distance: float | None) -> Criterion | None:
    codes = f.record.prerequisites
    if not codes:
        return None
    statuses = {code: _prerequisite_status(ctx, code) for code in codes}
    failed = [code for code, status in statuses.items() if status is FAILED]
    if failed:
        return _hard("prerequis", FAILED, f"Prérequis non rempli : {phrases.prerequisites(failed)}")
    unknown = [code for code, status in statuses.items() if status is UNKNOWN]
    if unknown:
        return _hard(
            "prerequis", UNKNOWN, f"Prérequis à vérifier : {phrases.prerequisites(unknown)}"
        )
    return _hard("prerequis", PASSED, f"Prérequis remplis : {phrases.prerequisites(list(codes))}")


def _ceiling(code: str) -> str:
    return (
        "aux personnes sans diplôme" if code == "aucun" else f"aux niveaux {DIPLOMAS[code]} au plus"
    )


def diploma(ctx: ProfileContext, f: ServiceFacts, distance: float | None) -> Criterion | None:
    ceiling = f.record.diploma_max
    if ceiling is None or diploma_rank(ceiling) is None:
        return None
    held = ctx.profile.diplome
    if held is None:
        return _hard(
            "diplome", UNKNOWN, f"Diplôme non renseigné (service réservé {_ceiling(ceiling)})"
        )
    if diploma_rank(held) <= diploma_rank(ceiling):  # type: ignore[operator]
        return _hard("diplome", PASSED, f"{DIPLOMAS[held]} : niveau accepté par le service")
    return _hard("diplome", FAILED, f"{DIPLOMAS[held]} : réservé {_ceiling(ceiling)}")


# --------------------------------------------------------------------------- soft criteria


def covered_needs(ctx: ProfileContext, f: ServiceFacts) -> list[str]:
    """The visitor's needs the service covers: a needed thématique among its thématiques,
    or (for a needed category) any thématique of that category — as the index's filter."""
    themes = f.themes
    return [
        need
        for need, wanted in zip(ctx.needs, ctx.need_themes, strict=True)
        if not wanted.isdisjoint(themes)
    ]


def _need_label(code: str) -> str:
    from app.core.reference.vocabularies import label

    return label("thematiques", code) if "--" in code else label("categories", code)


def needs(ctx: ProfileContext, f: ServiceFacts, distance: float | None) -> Criterion | None:
    wanted = ctx.needs
    if not wanted:
        return None
    covered = covered_needs(ctx, f)
    if not covered:
        return _soft("besoins", FAILED, "Ne répond à aucun des besoins de la personne")
    labels = ", ".join(_need_label(code) for code in covered)
    if len(wanted) == 1:
        sentence = f"Répond au besoin : {labels}"
    elif len(covered) == len(wanted):
        sentence = f"Répond aux {len(wanted)} besoins : {labels}"
    else:
        sentence = f"Répond à {len(covered)} besoin{'s' if len(covered) > 1 else ''} sur {len(wanted)} : {labels}"
    return _soft("besoins", PASSED, sentence, len(covered) / len(wanted))


def distance_outcome(
    ctx: ProfileContext, f: ServiceFacts, distance: float | None
) -> tuple[str, Status, float]:
    """(case, status, fraction) of the distance criterion — its sentence aside, so that
    the engine can rank thousands of services without writing sentences."""
    if f.remote_only:
        return ("remote", PASSED, 1.0) if ctx.remote_usable else ("remote-only", UNKNOWN, 0.0)
    if f.remote_possible and ctx.remote_usable:
        return "remote-or-onsite", PASSED, 1.0
    if distance is None:
        return "unknown", UNKNOWN, 0.0
    if distance > ctx.distance_max_km:
        return "beyond", FAILED, 0.0
    return "within", PASSED, distance_fraction(distance, ctx.distance_max_km)


def distance(ctx: ProfileContext, f: ServiceFacts, distance: float | None) -> Criterion | None:
    if ctx.origin is None:
        return None
    case, status, fraction = distance_outcome(ctx, f, distance)
    if case == "remote":
        sentence = "Accessible à distance : pas de déplacement"
    elif case == "remote-only":
        sentence = "Uniquement à distance : pas de lieu d'accueil"
    elif case == "remote-or-onsite":
        where = f", ou sur place à {phrases.km(distance)}" if distance is not None else ""
        sentence = f"Accessible à distance{where}"
    elif case == "unknown":
        sentence = "Distance inconnue : lieu du service non précisé"
    else:
        about = "" if f.exact_point else "environ "
        sentence = f"À {about}{phrases.km(distance)} de {ctx.commune_name}"  # type: ignore[arg-type]
        if case == "beyond":
            sentence += f" : au-delà des {phrases.number(ctx.distance_max_km)} km acceptés"
    return _soft("distance", status, sentence, fraction)


def transport_outcome(
    ctx: ProfileContext, f: ServiceFacts, distance: float | None
) -> tuple[str, Status, float]:
    """(case, status, fraction) of the transport criterion, its sentence aside."""
    if f.remote_possible and ctx.remote_usable:
        return "remote", PASSED, 1.0
    if f.remote_only:
        return "remote-only", UNKNOWN, 0.0
    if f.nearest_stop() is not None:
        return "stop", PASSED, 1.0
    if distance is not None and distance <= WALKABLE_KM:
        return "walk", PASSED, 1.0
    if not f.exact_point:
        return "no-address", UNKNOWN, 0.0
    return "no-stop", FAILED, 0.0


def transport(ctx: ProfileContext, f: ServiceFacts, distance: float | None) -> Criterion | None:
    if not ctx.without_car:
        return None
    words = ctx.transport_words
    case, status, fraction = transport_outcome(ctx, f, distance)
    if case == "remote":
        sentence = f"{words} : accessible à distance"
    elif case == "remote-only":
        sentence = f"{words} : service uniquement à distance"
    elif case == "stop":
        stop, metres = f.nearest_stop()  # type: ignore[misc]
        sentence = f"{words} : à {phrases.metres(metres)} de l'arrêt Tango « {stop.nom} »"  # type: ignore[attr-defined]
    elif case == "walk":
        sentence = f"{words} : à {phrases.km(distance)}, à pied ou à vélo"  # type: ignore[arg-type]
    elif case == "no-address":
        sentence = f"{words} : adresse précise inconnue, desserte Tango à vérifier"
    else:
        far = f" (à {phrases.km(distance)})" if distance is not None else ""
        limit = phrases.metres(TANGO_STOP_MAX_METRES)
        sentence = f"{words} : aucun arrêt Tango à moins de {limit}{far}"
    return _soft("transport", status, sentence, fraction)


def mode(ctx: ProfileContext, f: ServiceFacts, distance: float | None) -> Criterion:
    if f.remote_only:
        if not ctx.remote_usable:
            return _soft("mode", FAILED, f"Uniquement à distance : {ctx.remote_unwanted}")
        if ctx.profile.accepte_distance is None:
            return _soft(
                "mode",
                UNKNOWN,
                "Uniquement à distance (téléphone ou internet) : à voir avec la personne",
            )
        return _soft("mode", PASSED, "À distance (téléphone ou internet)")
    if f.remote_possible:
        return _soft("mode", PASSED, "Sur place ou à distance")
    if f.record.modes_accueil:
        return _soft("mode", PASSED, "Sur place")
    return _soft("mode", UNKNOWN, "Mode d'accueil non précisé par le service")


def cost(ctx: ProfileContext, f: ServiceFacts, distance: float | None) -> Criterion:
    frais = f.record.frais
    if frais == "gratuit":
        return _soft("frais", PASSED, "Gratuit")
    if frais == "payant":
        return _soft("frais", FAILED, "Payant : voir le coût avec le service")
    return _soft("frais", UNKNOWN, "Coût non précisé par le service")


def freshness(ctx: ProfileContext, f: ServiceFacts, distance: float | None) -> Criterion:
    record = f.record
    day = record.freshness
    verified = record.verified_on is not None and day == record.verified_on
    if day < ctx.stale_before:
        return _soft(
            "fraicheur",
            FAILED,
            f"Informations anciennes : mises à jour en {phrases.month_year(day)}, il y a plus de "
            f"{FRESH_MONTHS} mois",
        )
    if verified:
        return _soft("fraicheur", PASSED, f"Informations vérifiées le {phrases.full_date(day)}")
    return _soft("fraicheur", PASSED, f"Informations mises à jour en {phrases.month_year(day)}")


HARD = (age, zone, situation, publics, prerequisites, diploma)
SOFT = (needs, distance, transport, mode, cost, freshness)
