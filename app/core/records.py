"""Compact, read-only copies of the catalogue kept in memory for search and matching.

A ``ServiceRecord`` holds what the search index, the filters and the matching rules
read, with the structure's name and place already resolved, so that the hot paths
never touch the database. Build them once (``records_from_database``) and rebuild
or replace one after an edit (``record_from_models``).

The search index loads its records with ``records_with_descriptions``: each record keeps
the first ``DESCRIPTION_EXCERPT`` characters of the description (what the results list
shows as a tooltip) while the index analyses the whole text as it streams by, so the
whole descriptions are never all in memory (about 20 MB less at 140 000 services of the
benchmark, whose descriptions average 436 characters; longer ones save more). The detail
pane and the pathway sheet read the full description from the database.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import String, func, type_coerce
from sqlalchemy import select as sa_select
from sqlmodel import Session

from app.core.models import Service, Structure
from app.core.vocab import families_of

# Characters of the description kept by the records of the search index.
DESCRIPTION_EXCERPT = 300


@dataclass(frozen=True, slots=True)
class ServiceRecord:
    id: str
    nom: str
    # The whole description, except in the records the search index loads itself
    # (``records_with_descriptions``): its first DESCRIPTION_EXCERPT characters.
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


def records_from_database(
    session: Session, *, include_archived: bool = False
) -> list[ServiceRecord]:
    """Every service of the database as records, with its structure resolved and its whole
    description.

    Reads plain columns with SQLAlchemy Core (no ORM objects): at 140 000 services this is
    several times faster and lighter than loading ``Service`` instances. JSON lists and dates
    come back as text from SQLite and are decoded once per distinct value (catalogues repeat
    the same lists and dates many times); a server database returns them already decoded.
    """
    return [
        record
        for record, _ in records_with_descriptions(
            session, include_archived=include_archived, excerpt=None
        )
    ]


def count_records(session: Session, *, include_archived: bool = False) -> int:
    """How many records ``records_with_descriptions`` gives (for a progress bar)."""
    service = Service.__table__.c  # type: ignore[attr-defined]
    query = sa_select(func.count()).select_from(Service.__table__)  # type: ignore[attr-defined]
    if not include_archived:
        query = query.where(service.archived == False)  # noqa: E712
    return int(session.connection().execute(query).scalar_one())


def records_with_descriptions(
    session: Session, *, include_archived: bool = False, excerpt: int | None = DESCRIPTION_EXCERPT
) -> Iterator[tuple[ServiceRecord, str]]:
    """Every service of the database as (record, its whole description), one row at a time
    (as ``records_from_database``). Each record's description is cut to its first
    ``excerpt`` characters (None: kept whole), so that a caller which analyses the text as
    it comes — the search index — never holds every full description at once."""
    service = Service.__table__.c  # type: ignore[attr-defined]
    structure = Structure.__table__.c  # type: ignore[attr-defined]
    columns = [
        service.id,
        service.nom,
        service.description,
        service.structure_id,
        structure.nom,
        service.source,
        service.type,
        _raw(service.thematiques),
        service.frais,
        _raw(service.publics),
        service.publics_precisions,
        service.conditions_acces,
        _raw(service.modes_accueil),
        _raw(service.zone_eligibilite),
        service.code_insee,
        structure.code_insee,
        service.commune,
        structure.commune,
        service.latitude,
        service.longitude,
        structure.latitude,
        structure.longitude,
        service.horaires_accueil,
        structure.horaires_accueil,
        _raw(service.date_maj),
        _raw(service.verified_on),
        service.age_min,
        service.age_max,
        _raw(service.required_situations),
        service.diploma_max,
        _raw(service.prerequisites),
        service.archived,
    ]
    query = sa_select(*columns).select_from(
        Service.__table__.outerjoin(Structure.__table__, service.structure_id == structure.id)  # type: ignore[attr-defined]
    )
    if not include_archived:
        query = query.where(service.archived == False)  # noqa: E712
    lists = _Decoded(_decode_list)
    dates = _Decoded(_decode_date)
    families: dict[tuple[tuple[str, ...], str | None], frozenset[str]] = {}
    # Structure names, communes, sources, opening hours, and the descriptions that national
    # networks repeat from agency to agency: keep one copy of each (tens of megabytes at
    # 140 000 services).
    shared = {}.setdefault
    for (
        id_,
        nom,
        description,
        structure_id,
        structure_nom,
        source,
        type_,
        thematiques_raw,
        frais,
        publics_raw,
        publics_precisions,
        conditions_acces,
        modes_raw,
        zone_raw,
        code_insee,
        structure_code_insee,
        commune,
        structure_commune,
        latitude,
        longitude,
        structure_latitude,
        structure_longitude,
        horaires,
        structure_horaires,
        date_maj_raw,
        verified_raw,
        age_min,
        age_max,
        situations_raw,
        diploma_max,
        prerequisites_raw,
        archived,
    ) in session.connection().execute(query):
        thematiques = lists[thematiques_raw]
        key = (thematiques, type_)
        family = families.get(key)
        if family is None:
            family = frozenset(families_of(thematiques, type_))
            family = families[key] = shared(family, family)  # at most 16 distinct sets
        if latitude is None or longitude is None:
            latitude, longitude = structure_latitude, structure_longitude
        if latitude is not None and longitude is not None:
            latitude, longitude = shared(latitude, latitude), shared(longitude, longitude)
        description = description or ""
        kept = description if excerpt is None else description[:excerpt]
        yield (
            ServiceRecord(
                id=id_,
                nom=shared(nom, nom),
                description=shared(kept, kept) if kept else "",
                structure_id=shared(structure_id, structure_id),
                structure_nom=shared(structure_nom, structure_nom) if structure_nom else "",
                source=shared(source, source),
                type=shared(type_, type_),
                thematiques=thematiques,
                families=family,
                publics=lists[publics_raw],
                publics_precisions=shared(publics_precisions, publics_precisions),
                conditions_acces=shared(conditions_acces, conditions_acces),
                frais=shared(frais, frais),
                modes_accueil=lists[modes_raw],
                zone_eligibilite=lists[zone_raw],
                code_insee=shared(code, code)
                if (code := code_insee or structure_code_insee)
                else None,
                commune=shared(place, place) if (place := commune or structure_commune) else None,
                latitude=latitude,
                longitude=longitude,
                horaires_accueil=shared(hours, hours)
                if (hours := horaires or structure_horaires)
                else None,
                date_maj=dates[date_maj_raw],
                verified_on=dates[verified_raw],
                age_min=age_min,
                age_max=age_max,
                required_situations=lists[situations_raw],
                diploma_max=shared(diploma_max, diploma_max),
                prerequisites=lists[prerequisites_raw],
                archived=bool(archived),
            ),
            description,
        )


def _raw(column: Any) -> Any:
    """The column as stored (JSON and dates as text on SQLite), decoded by ``_Decoded``."""
    return type_coerce(column, String).label(column.name)


class _Decoded(dict):
    """Stored value → decoded value, each distinct stored value decoded once."""

    def __init__(self, decode: Callable[[Any], Any]) -> None:
        super().__init__()
        self._decode = decode

    def __missing__(self, raw: Any) -> Any:
        value = self._decode(raw)
        if isinstance(raw, str) or raw is None:
            self[raw] = value
        return value

    def __getitem__(self, raw: Any) -> Any:
        if isinstance(raw, (list, date)):  # already decoded by the driver (not hashable)
            return self._decode(raw)
        return super().__getitem__(raw)


def _decode_list(raw: Any) -> tuple[str, ...]:
    if raw is None:
        return ()
    value = json.loads(raw) if isinstance(raw, str) else raw
    return tuple(value or ())


def _decode_date(raw: Any) -> date | None:
    if raw is None or isinstance(raw, date):
        return raw
    return date.fromisoformat(str(raw)[:10])
