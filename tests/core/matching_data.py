"""Fictional services and visitors for the matching tests."""

from __future__ import annotations

from datetime import date
from typing import Any

from app.core.matching import Profile, parse_profile
from app.core.matching.context import ProfileContext, build_context
from app.core.matching.engine import evaluate
from app.core.matching.results import Match
from app.core.records import ServiceRecord
from app.core.vocab import families_of

TODAY = date(2026, 6, 15)

# Points in Nîmes Métropole (the Tango network) and beyond
NIMES_CENTRE = (43.8367, 4.3601)  # near the Arènes
JEAN_JAURES = (43.832213, 4.352673)  # a Tango stop
NEAR_CODOL = (43.8, 4.352)  # 450 m from the stop « CODOL », the nearest
GARRIGUES = (43.905, 4.30)  # north of Nîmes, in the scrub: no stop within 600 m
ALES = (44.12559, 4.0877)


def record(service_id: str = "svc", **fields: Any) -> ServiceRecord:
    """A service of Nîmes, on site, free, for everyone, fresh; ``fields`` override."""
    values: dict[str, Any] = {
        "id": service_id,
        "nom": f"Service {service_id}",
        "description": "Un service fictif pour les tests.",
        "structure_id": "structure-fictive",
        "structure_nom": "Association fictive",
        "source": "tests",
        "type": "accompagnement",
        "thematiques": ("mobilite--preparer-un-permis",),
        "publics": ("tous-publics",),
        "publics_precisions": None,
        "conditions_acces": None,
        "frais": "gratuit",
        "modes_accueil": ("en-presentiel",),
        "zone_eligibilite": ("243000643",),
        "code_insee": "30189",
        "commune": "Nîmes",
        "latitude": NIMES_CENTRE[0],
        "longitude": NIMES_CENTRE[1],
        "horaires_accueil": None,
        "date_maj": date(2026, 3, 2),
        "verified_on": None,
        "age_min": None,
        "age_max": None,
        "required_situations": (),
        "diploma_max": None,
        "prerequisites": (),
        "archived": False,
    }
    for name, value in fields.items():
        values[name] = tuple(value) if isinstance(value, list) else value
    values["families"] = frozenset(families_of(values["thematiques"], values["type"]))
    return ServiceRecord(**values)


def profile(**data: Any) -> Profile:
    """A visitor from Manduel needing a licence, unless ``data`` says otherwise."""
    values: dict[str, Any] = {"commune": "30155", "besoins": ["mobilite--preparer-un-permis"]}
    values.update(data)
    return parse_profile({k: v for k, v in values.items() if v is not None})


def context(**data: Any) -> ProfileContext:
    return build_context(profile(**data), TODAY)


def weigh(service: ServiceRecord, distance_km: float | None = 5.0, **data: Any) -> Match:
    return evaluate(context(**data), service, distance_km)
