"""Compact, read-only copies of the catalogue kept in memory for search and matching.

A ``ServiceRecord`` holds what the search index, the filters and the matching rules
read, with the structure's name and place already resolved, so that the hot paths
never touch the database. Build them once (``records_from_database``) and rebuild
or replace one after an edit (``record_from_models``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, select

from app.core.models import Service, Structure
from app.core.vocab import families_of


@dataclass(frozen=True, slots=True)
class ServiceRecord:
    id: str
    nom: str
    description: str
    structure_id: str
    structure_nom: str
    source: str
    type: str | None
    thematiques: tuple[str, ...]
    families: frozenset[str]
    publics: tuple[str, ...]
    publics_precisions: str | None
    conditions_acces: str | None
    frais: str | None
    modes_accueil: tuple[str, ...]
    zone_eligibilite: tuple[str, ...]
    code_insee: str | None
    commune: str | None
    # the service's point: its own coordinates, else its structure's, else None
    # (the commune's point is looked up by the geography code when both are None)
    latitude: float | None
    longitude: float | None
    horaires_accueil: str | None
    date_maj: date
    verified_on: date | None
    age_min: int | None
    age_max: int | None
    required_situations: tuple[str, ...]
    diploma_max: str | None
    prerequisites: tuple[str, ...]
    archived: bool

    @property
    def freshness(self) -> date:
        """The most recent of the producer's update and our local verification."""
        if self.verified_on is not None and self.verified_on > self.date_maj:
            return self.verified_on
        return self.date_maj

    @property
    def is_remote_only(self) -> bool:
        return bool(self.modes_accueil) and "en-presentiel" not in self.modes_accueil

    @property
    def is_remote_possible(self) -> bool:
        return "a-distance" in self.modes_accueil


def record_from_models(service: Service, structure: Structure | None) -> ServiceRecord:
    latitude, longitude = service.latitude, service.longitude
    if (latitude is None or longitude is None) and structure is not None:
        latitude, longitude = structure.latitude, structure.longitude
    thematiques = tuple(service.thematiques or ())
    return ServiceRecord(
        id=service.id,
        nom=service.nom,
        description=service.description or "",
        structure_id=service.structure_id,
        structure_nom=structure.nom if structure is not None else "",
        source=service.source,
        type=service.type,
        thematiques=thematiques,
        families=frozenset(families_of(thematiques, service.type)),
        publics=tuple(service.publics or ()),
        publics_precisions=service.publics_precisions,
        conditions_acces=service.conditions_acces,
        frais=service.frais,
        modes_accueil=tuple(service.modes_accueil or ()),
        zone_eligibilite=tuple(service.zone_eligibilite or ()),
        code_insee=service.code_insee or (structure.code_insee if structure is not None else None),
        commune=service.commune or (structure.commune if structure is not None else None),
        latitude=latitude,
        longitude=longitude,
        horaires_accueil=service.horaires_accueil
        or (structure.horaires_accueil if structure is not None else None),
        date_maj=service.date_maj,
        verified_on=service.verified_on,
        age_min=service.age_min,
        age_max=service.age_max,
        required_situations=tuple(service.required_situations or ()),
        diploma_max=service.diploma_max,
        prerequisites=tuple(service.prerequisites or ()),
        archived=service.archived,
    )


def records_from_models(
    services: Iterable[Service], structures: dict[str, Structure]
) -> list[ServiceRecord]:
    return [record_from_models(s, structures.get(s.structure_id)) for s in services]


def records_from_database(session: Session, *, include_archived: bool = False) -> list[ServiceRecord]:
    structures = {s.id: s for s in session.exec(select(Structure))}
    query = select(Service)
    if not include_archived:
        query = query.where(Service.archived == False)  # noqa: E712
    return records_from_models(session.exec(query), structures)
