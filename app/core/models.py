"""Catalogue tables.

Every data·inclusion v1 field keeps its v1 name (``thematiques``, ``publics``,
``zone_eligibilite``…). What a counsellor needs and v1 lacks is added as
structured fields with English names (``age_min``, ``documents``…); they are
listed in ``SERVICE_EXTENSION_FIELDS`` / ``STRUCTURE_EXTENSION_FIELDS`` so that
importers and exporters know which columns are ours.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import JSON, Column
from sqlmodel import Field, SQLModel


def _json_column() -> Any:
    return Field(default=None, sa_column=Column(JSON, nullable=True))


class Structure(SQLModel, table=True):
    __tablename__ = "structure"

    # data·inclusion v1 — required
    id: str = Field(primary_key=True)
    source: str = Field(index=True)
    nom: str
    date_maj: date
    # data·inclusion v1 — optional
    siret: str | None = None
    description: str | None = None
    lien_source: str | None = None
    site_web: str | None = None
    telephone: str | None = None
    courriel: str | None = None
    horaires_accueil: str | None = None
    accessibilite_lieu: str | None = None
    reseaux_porteurs: list[str] | None = _json_column()
    adresse: str | None = None
    complement_adresse: str | None = None
    code_postal: str | None = None
    commune: str | None = None
    code_insee: str | None = Field(default=None, index=True)
    latitude: float | None = None
    longitude: float | None = None
    # Passerelle extensions
    verified_on: date | None = None
    verified_by: str | None = None
    archived: bool = Field(default=False)


class Service(SQLModel, table=True):
    __tablename__ = "service"

    # data·inclusion v1 — required
    id: str = Field(primary_key=True)
    source: str = Field(index=True)
    structure_id: str = Field(foreign_key="structure.id", index=True)
    nom: str
    description: str
    date_maj: date
    # data·inclusion v1 — optional
    type: str | None = None
    thematiques: list[str] | None = _json_column()
    frais: str | None = None
    frais_precisions: str | None = None
    publics: list[str] | None = _json_column()
    publics_precisions: str | None = None
    conditions_acces: str | None = None
    zone_eligibilite: list[str] | None = _json_column()
    modes_accueil: list[str] | None = _json_column()
    modes_mobilisation: list[str] | None = _json_column()
    mobilisable_par: list[str] | None = _json_column()
    mobilisation_precisions: str | None = None
    lien_mobilisation: str | None = None
    lien_source: str | None = None
    horaires_accueil: str | None = None
    volume_horaire_hebdomadaire: float | None = None
    nombre_semaines: int | None = None
    telephone: str | None = None
    courriel: str | None = None
    contact_nom_prenom: str | None = None
    adresse: str | None = None
    complement_adresse: str | None = None
    code_postal: str | None = None
    commune: str | None = None
    code_insee: str | None = Field(default=None, index=True)
    latitude: float | None = None
    longitude: float | None = None
    # Passerelle extensions (what a counsellor needs and v1 lacks)
    age_min: int | None = None
    age_max: int | None = None
    # the visitor must be in at least one of these situations (profile codes:
    # demandeur-emploi, rsa, rqth, jeune-sans-diplome, salarie, etudiant, senior,
    # parent-isole, qpv)
    required_situations: list[str] | None = _json_column()
    # highest diploma accepted (aucun, cap-bep, bac, bac+2, bac+3-et-plus)
    diploma_max: str | None = None
    # prerequisite codes (see app.core.vocab.PREREQUISITES)
    prerequisites: list[str] | None = _json_column()
    documents: list[str] | None = _json_column()
    # training sessions: [{"debut": "2027-01-11", "fin": "2027-03-26", "places": 12}]
    sessions: list[dict[str, Any]] | None = _json_column()
    # "Ce que je dis en arrivant"
    arrival_phrase: str | None = None
    verified_on: date | None = None
    verified_by: str | None = None
    archived: bool = Field(default=False)


DI_STRUCTURE_FIELDS: tuple[str, ...] = (
    "id", "source", "nom", "date_maj", "siret", "description", "lien_source", "site_web",
    "telephone", "courriel", "horaires_accueil", "accessibilite_lieu", "reseaux_porteurs",
    "adresse", "complement_adresse", "code_postal", "commune", "code_insee", "latitude",
    "longitude",
)
STRUCTURE_EXTENSION_FIELDS: tuple[str, ...] = ("verified_on", "verified_by", "archived")

DI_SERVICE_FIELDS: tuple[str, ...] = (
    "id", "source", "structure_id", "nom", "description", "date_maj", "type", "thematiques",
    "frais", "frais_precisions", "publics", "publics_precisions", "conditions_acces",
    "zone_eligibilite", "modes_accueil", "modes_mobilisation", "mobilisable_par",
    "mobilisation_precisions", "lien_mobilisation", "lien_source", "horaires_accueil",
    "volume_horaire_hebdomadaire", "nombre_semaines", "telephone", "courriel",
    "contact_nom_prenom", "adresse", "complement_adresse", "code_postal", "commune",
    "code_insee", "latitude", "longitude",
)
SERVICE_EXTENSION_FIELDS: tuple[str, ...] = (
    "age_min", "age_max", "required_situations", "diploma_max", "prerequisites", "documents",
    "sessions", "arrival_phrase", "verified_on", "verified_by", "archived",
)

# Privacy tables (visit records, follow-up records, audit log, vault), kept in their own module.
from app.core.privacy.tables import AuditEvent, FollowupRecord, VaultMeta, VisitRecord  # noqa: E402,F401
