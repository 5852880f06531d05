"""A visitor's pathway: the services to go to, in order, with appointments.

The JSON form (issue 5, point 5) is what the desk saves and what ``passerelle sheet`` reads::

    {"profile": {...}, "conseiller": "Claire, 04 65 71 00 00",
     "steps": [{"service_id": "…", "rendez_vous": "2026-12-03T09:30", "note": "…"}],
     "prochain_rdv": "2026-12-10T14:00"}

``profile`` follows the matching contract and is kept as given (the sheet does not print it).
Dates are ISO 8601 with a time, without seconds when written back. A mistake gives a
``UserError`` in French that names the step and the field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from app.core.errors import UserError

_TOP_KEYS = ("profile", "steps", "prochain_rdv", "conseiller")
_STEP_KEYS = ("service_id", "rendez_vous", "note")
_DATE_EXAMPLE = "2026-12-03T09:30"


@dataclass(frozen=True)
class PathwayStep:
    service_id: str
    rendez_vous: datetime | None = None
    note: str = ""


@dataclass(frozen=True)
class Pathway:
    steps: tuple[PathwayStep, ...] | list[PathwayStep]
    profile: dict[str, Any] | None = None
    prochain_rdv: datetime | None = None
    conseiller: str | None = None

    def __post_init__(self) -> None:
        # a list is accepted and stored as a tuple, so that equal pathways compare equal
        object.__setattr__(self, "steps", tuple(self.steps))


def _where(step_number: int | None) -> str:
    return f"Étape {step_number} : " if step_number is not None else ""


def _parse_datetime(value: Any, what: str, step_number: int | None = None) -> datetime | None:
    if value is None or value == "":
        return None
    where = _where(step_number)
    if not isinstance(value, str):
        raise UserError(
            f"{where}{what} doit être écrit comme un texte, par exemple « {_DATE_EXAMPLE} »."
        )
    text = value.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise UserError(
            f"{where}{what} « {value} » n'a pas d'heure. "
            f"Écrivez la date et l'heure, par exemple « {_DATE_EXAMPLE} »."
        )
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        raise UserError(
            f"{where}{what} « {value} » n'est pas une date valide. "
            f"Écrivez-la ainsi : « {_DATE_EXAMPLE} » (année-mois-jour, puis l'heure)."
        ) from None
    # The time written is the local time of the appointment: keep it as written.
    return parsed.replace(tzinfo=None, second=0, microsecond=0)


def _unknown_keys(data: dict[str, Any], allowed: tuple[str, ...], where: str) -> None:
    unknown = [key for key in data if key not in allowed]
    if unknown:
        names = ", ".join(f"« {key} »" for key in unknown)
        expected = ", ".join(allowed)
        raise UserError(f"{where}champ inconnu : {names}. Champs possibles : {expected}.")


def _parse_step(item: Any, number: int) -> PathwayStep:
    where = _where(number)
    if not isinstance(item, dict):
        raise UserError(f"{where}chaque étape doit être un objet avec un « service_id ».")
    _unknown_keys(item, _STEP_KEYS, where)
    service_id = item.get("service_id")
    if not isinstance(service_id, str) or not service_id.strip():
        raise UserError(f"{where}il manque l'identifiant du service (« service_id »).")
    note = item.get("note") or ""
    if not isinstance(note, str):
        raise UserError(f"{where}la note (« note ») doit être un texte.")
    return PathwayStep(
        service_id=service_id.strip(),
        rendez_vous=_parse_datetime(item.get("rendez_vous"), "la date du rendez-vous", number),
        note=note.strip(),
    )


def pathway_from_dict(data: Any) -> Pathway:
    """Read the JSON form of a pathway; a ``UserError`` in French says what is wrong."""
    if not isinstance(data, dict):
        raise UserError("Le parcours doit être un objet JSON avec une liste « steps ».")
    _unknown_keys(data, _TOP_KEYS, "Parcours : ")
    steps = data.get("steps")
    if not isinstance(steps, list):
        raise UserError("Le parcours doit contenir une liste d'étapes (« steps »).")
    profile = data.get("profile")
    if profile is not None and not isinstance(profile, dict):
        raise UserError("Le profil (« profile ») doit être un objet JSON.")
    conseiller = data.get("conseiller")
    if conseiller is not None and not isinstance(conseiller, str):
        raise UserError("Le contact du conseiller (« conseiller ») doit être un texte.")
    return Pathway(
        steps=[_parse_step(item, number) for number, item in enumerate(steps, start=1)],
        profile=profile,
        prochain_rdv=_parse_datetime(data.get("prochain_rdv"), "Le prochain rendez-vous"),
        conseiller=(conseiller or "").strip() or None,
    )


def _iso(value: datetime | None) -> str | None:
    return value.isoformat(timespec="minutes") if value is not None else None


def pathway_to_dict(pathway: Pathway) -> dict[str, Any]:
    """The JSON form of a pathway (``pathway_from_dict`` reads it back unchanged)."""
    data: dict[str, Any] = {
        "steps": [
            {
                "service_id": step.service_id,
                "rendez_vous": _iso(step.rendez_vous),
                "note": step.note,
            }
            for step in pathway.steps
        ],
    }
    if pathway.profile is not None:
        data["profile"] = pathway.profile
    if pathway.prochain_rdv is not None:
        data["prochain_rdv"] = _iso(pathway.prochain_rdv)
    if pathway.conseiller:
        data["conseiller"] = pathway.conseiller
    return data


def load_pathway(path: str | Path) -> Pathway:
    """Read a pathway JSON file; a missing or broken file gives a ``UserError``."""
    from app.core.jsonfile import read_json_file

    return pathway_from_dict(read_json_file(path, "fichier de parcours"))
