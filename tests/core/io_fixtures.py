"""Small fictional structures and services for the import/export tests, and helpers.

Every organisation and person here is invented; communes are real INSEE codes of Nîmes
Métropole (Nîmes 30189, Caissargues 30060).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.core.io.fields import SERVICE_FIELDS, STRUCTURE_FIELDS
from app.core.models import Service, Structure

DATA_DIR = Path(__file__).resolve().parents[1] / "data"
MINI_DIR = DATA_DIR / "catalogue-mini"
REAL_DIR = DATA_DIR / "di-v1-real-services"
VALIDATOR_WORKBOOK = DATA_DIR / "di-validator-dataset.xlsx"
SAMPLE_DIR = Path(__file__).resolve().parents[2] / "db" / "sample"


def structure(**fields: Any) -> dict[str, Any]:
    data = {
        "id": "test--maison-fictive",
        "source": "test",
        "nom": "Maison fictive de l'emploi",
        "date_maj": "2025-06-01",
        "code_insee": "30189",
        "code_postal": "30000",
        "commune": "Nîmes",
        "latitude": 43.8367,
        "longitude": 4.3601,
    }
    data.update(fields)
    return data


def service(**fields: Any) -> dict[str, Any]:
    data = {
        "id": "test--atelier-fictif",
        "source": "test",
        "structure_id": "test--maison-fictive",
        "nom": "Atelier fictif de recherche d'emploi",
        "description": "Un atelier inventé pour les tests.",
        "date_maj": "2025-06-01",
        "thematiques": ["trouver-un-emploi--repondre-a-des-offres-demploi"],
        "publics": ["demandeurs-emploi"],
        "code_insee": "30189",
        "code_postal": "30000",
    }
    data.update(fields)
    return data


def write_json(directory: Path, name: str, data: Any) -> Path:
    path = directory / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def write_pair(directory: Path, structures: list[dict], services: list[dict]) -> list[Path]:
    return [
        write_json(directory, "structures.json", structures),
        write_json(directory, "services.json", services),
    ]


def catalogue_rows(db) -> dict[str, list[dict[str, Any]]]:  # type: ignore[no-untyped-def]
    """Every stored value of every row, by table, sorted by id: for field-by-field comparison."""
    result = {}
    with db.session() as session:
        for name, model, fields in (
            ("structures", Structure, STRUCTURE_FIELDS),
            ("services", Service, SERVICE_FIELDS),
        ):
            table = model.__table__
            query = select(*(table.c[f] for f in fields)).order_by(table.c.id)
            result[name] = [dict(r) for r in session.execute(query).mappings()]
    return result


def problems_of(report, field: str | None = None):  # type: ignore[no-untyped-def]
    return [p for p in report.problems if field is None or p.field == field]
