"""A visitor's profile: the JSON contract of issue 3, parsed and checked field by field.

Every field is optional: a value the counsellor did not enter is ``None`` (unknown), which
the rules treat as unknown, never as failed. ``situations=[]`` means "none of these", while
a missing ``situations`` means "not asked". ``profile_to_dict`` writes back only what was
given, so that ``parse_profile(profile_to_dict(p)) == p``.

There is no field for gender, origin or health details: the rules must not use them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.core.errors import UserError
from app.core.vocab import CONSTRAINTS, DIPLOMAS, SITUATIONS

AGE_MIN, AGE_MAX = 14, 99
DISTANCE_MAX_KM = 500

FIELDS = (
    "age",
    "commune",
    "situations",
    "diplome",
    "besoins",
    "mobilite",
    "contraintes",
    "accepte_distance",
)
MOBILITY_FIELDS = ("permis_b", "vehicule", "distance_max_km")


@dataclass(frozen=True, slots=True)
class Mobility:
    permis_b: bool | None = None
    vehicule: bool | None = None
    distance_max_km: float | None = None

    @property
    def without_car(self) -> bool:
        """True when the visitor has no licence or no car (known), so depends on transport."""
        return self.permis_b is False or self.vehicule is False


@dataclass(frozen=True, slots=True)
class Profile:
    age: int | None = None
    commune: str | None = None  # INSEE code
    situations: tuple[str, ...] | None = None  # None: not asked; (): none of them
    diplome: str | None = None
    besoins: tuple[str, ...] = ()  # thématique or category codes
    mobilite: Mobility = field(default_factory=Mobility)
    contraintes: tuple[str, ...] | None = None
    accepte_distance: bool | None = None


def _quote(value: Any) -> str:
    if isinstance(value, str):
        return f"« {value} »"
    if value is None:
        return "« null »"
    if isinstance(value, bool):
        return "« true »" if value else "« false »"
    if isinstance(value, list | dict):
        return "une liste" if isinstance(value, list) else "un objet"
    return f"« {value} »"


def _error(name: str, expected: str, value: Any) -> UserError:
    return UserError(f"Champ « {name} » : {expected} (reçu : {_quote(value)})")


def _age(value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _error("age", f"un nombre entier entre {AGE_MIN} et {AGE_MAX} est attendu", value)
    if isinstance(value, float) and not value.is_integer():
        raise _error("age", f"un nombre entier entre {AGE_MIN} et {AGE_MAX} est attendu", value)
    age = int(value)
    if not AGE_MIN <= age <= AGE_MAX:
        raise _error("age", f"un nombre entier entre {AGE_MIN} et {AGE_MAX} est attendu", value)
    return age


def _commune(value: Any) -> str | None:
    from app.core.reference.communes import commune

    if value is None:
        return None
    expected = "un code INSEE de commune est attendu, par exemple « 30189 » pour Nîmes"
    if not isinstance(value, str):
        raise _error("commune", expected, value)
    code = value.strip()
    if commune(code) is None:
        raise UserError(
            f"Champ « commune » : code INSEE inconnu « {value} » "
            "(un code de commune est attendu, par exemple « 30189 » pour Nîmes)."
        )
    return code


def _codes(
    name: str, value: Any, valid: dict[str, str] | set[str] | tuple[str, ...]
) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _error(name, "une liste de codes est attendue", value)
    unknown = [v for v in value if v not in valid]
    if unknown:
        listed = ", ".join(f"« {v} »" for v in unknown)
        raise UserError(
            f"Champ « {name} » : valeur inconnue {listed} (valeurs possibles : {', '.join(valid)})."
        )
    return tuple(dict.fromkeys(value))


def _besoins(value: Any) -> tuple[str, ...]:
    from app.core.reference.vocabularies import categories, thematiques

    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _error("besoins", "une liste de codes de thématiques est attendue", value)
    known = set(thematiques()) | set(categories())
    unknown = [v for v in value if v not in known]
    if unknown:
        listed = ", ".join(f"« {v} »" for v in unknown)
        raise UserError(
            f"Champ « besoins » : thématique inconnue {listed} (valeurs possibles : un code de "
            f"thématique data·inclusion comme « mobilite--preparer-un-permis », ou une catégorie : "
            f"{', '.join(categories())})."
        )
    return tuple(dict.fromkeys(value))


def _boolean(name: str, value: Any) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    raise _error(name, "true ou false est attendu", value)


def _mobility(value: Any) -> Mobility:
    if value is None:
        return Mobility()
    if not isinstance(value, dict):
        raise _error("mobilite", 'un objet est attendu, par exemple {"permis_b": false}', value)
    extra = [key for key in value if key not in MOBILITY_FIELDS]
    if extra:
        raise UserError(
            f"Champ « mobilite » : clé inconnue {', '.join(f'« {k} »' for k in extra)} "
            f"(clés possibles : {', '.join(MOBILITY_FIELDS)})."
        )
    distance = value.get("distance_max_km")
    if distance is not None and (
        isinstance(distance, bool)
        or not isinstance(distance, int | float)
        or not 0 < distance <= DISTANCE_MAX_KM
    ):
        raise _error(
            "mobilite.distance_max_km",
            f"un nombre de kilomètres entre 1 et {DISTANCE_MAX_KM} est attendu",
            distance,
        )
    return Mobility(
        permis_b=_boolean("mobilite.permis_b", value.get("permis_b")),
        vehicule=_boolean("mobilite.vehicule", value.get("vehicule")),
        distance_max_km=float(distance) if distance is not None else None,
    )


def parse_profile(data: Any) -> Profile:
    """Check a profile (the JSON object of the contract) and return it; a ``UserError``
    in French naming the field otherwise."""
    if not isinstance(data, dict):
        raise UserError('Le profil doit être un objet JSON entre accolades : { "age": 19, … }.')
    extra = [key for key in data if key not in FIELDS]
    if extra:
        raise UserError(
            f"Profil : champ inconnu {', '.join(f'« {k} »' for k in extra)} "
            f"(champs possibles : {', '.join(FIELDS)})."
        )
    situations = data.get("situations")
    contraintes = data.get("contraintes")
    diplome = data.get("diplome")
    if diplome is not None and diplome not in DIPLOMAS:
        raise UserError(
            f"Champ « diplome » : valeur inconnue {_quote(diplome)} "
            f"(valeurs possibles : {', '.join(DIPLOMAS)})."
        )
    return Profile(
        age=_age(data.get("age")),
        commune=_commune(data.get("commune")),
        situations=None if situations is None else _codes("situations", situations, SITUATIONS),
        diplome=diplome,
        besoins=_besoins(data.get("besoins")),
        mobilite=_mobility(data.get("mobilite")),
        contraintes=None
        if contraintes is None
        else _codes("contraintes", contraintes, CONSTRAINTS),
        accepte_distance=_boolean("accepte_distance", data.get("accepte_distance")),
    )


def profile_to_dict(profile: Profile) -> dict[str, Any]:
    """The JSON object of a profile, with only the values that were given."""
    data: dict[str, Any] = {}
    if profile.age is not None:
        data["age"] = profile.age
    if profile.commune is not None:
        data["commune"] = profile.commune
    if profile.situations is not None:
        data["situations"] = list(profile.situations)
    if profile.diplome is not None:
        data["diplome"] = profile.diplome
    if profile.besoins:
        data["besoins"] = list(profile.besoins)
    mobility = {
        name: getattr(profile.mobilite, name)
        for name in MOBILITY_FIELDS
        if getattr(profile.mobilite, name) is not None
    }
    if mobility:
        data["mobilite"] = mobility
    if profile.contraintes is not None:
        data["contraintes"] = list(profile.contraintes)
    if profile.accepte_distance is not None:
        data["accepte_distance"] = profile.accepte_distance
    return data
