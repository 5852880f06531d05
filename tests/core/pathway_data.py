"""Fictional structures and services for the pathway sheet tests (phone numbers in the range
ARCEP keeps for fiction, web pages on example.org, places near real Tango stops)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from app.core import catalogue
from app.core.pathway import Pathway, PathwayStep

TODAY = date(2026, 11, 26)
# 30 m east of the stop "ESPLANADE T2" (43.834216, 4.36265)
NEAR_ESPLANADE = (43.834216, 4.36302)
FAR_AWAY = (44.1281, 4.0810)  # Alès: no Tango stop within walking distance


def structure_row(structure_id: str = "st-1", **fields: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "id": structure_id,
        "source": "tests",
        "nom": "Association Fictive des Arènes",
        "date_maj": TODAY,
        "adresse": "12 rue Imaginaire",
        "complement_adresse": "Bâtiment B",
        "code_postal": "30000",
        "commune": "Nîmes",
        "code_insee": "30189",
        "latitude": NEAR_ESPLANADE[0],
        "longitude": NEAR_ESPLANADE[1],
        "telephone": "04 65 71 00 01",
        "horaires_accueil": "Mo-Fr 08:30-12:30,13:30-17:00; PH off",
    }
    row.update(fields)
    return row


def service_row(
    service_id: str = "sv-1", structure_id: str = "st-1", **fields: Any
) -> dict[str, Any]:
    row: dict[str, Any] = {
        "id": service_id,
        "source": "tests",
        "structure_id": structure_id,
        "nom": "Atelier CV",
        "description": "Un atelier pour écrire son CV avec une conseillère. On travaille en petit groupe.",
        "date_maj": TODAY,
        "type": "atelier",
        "frais": "gratuit",
        "modes_accueil": ["en-presentiel"],
        "lien_source": "https://www.example.org/services/atelier-cv",
        "documents": ["Pièce d'identité", "Attestation de la CAF"],
    }
    row.update(fields)
    return row


def add_catalogue(db, structures: list[dict[str, Any]], services: list[dict[str, Any]]) -> None:
    with db.transaction() as session:
        catalogue.upsert_structures(session, structures)
        catalogue.upsert_services(session, services)


def one_step(service_id: str = "sv-1", **step: Any) -> Pathway:
    return Pathway(
        steps=[PathwayStep(service_id, **step)],
        prochain_rdv=datetime(2026, 12, 10, 14, 0),
        conseiller="Camille Fictive, 04 65 71 00 99",
    )
