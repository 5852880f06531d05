"""A small fictional catalogue for the search tests (no real organisation or person)."""

from __future__ import annotations

from datetime import date
from typing import Any

from app.core.records import ServiceRecord
from app.core.search import CatalogueIndex
from app.core.vocab import families_of

TODAY = date(2026, 6, 15)

# Reference points of communes (resources/reference/communes.csv)
NIMES = "30189"  # Nîmes, EPCI Nîmes Métropole 243000643
SAINT_GILLES = "30258"  # Nîmes Métropole, about 19 km south of Nîmes
UZES = "30334"  # Gard, another EPCI, about 22 km north of Nîmes
ALES = "30007"  # Gard, about 40 km north-west of Nîmes
PARIS = "75056"  # no reference point
NIMES_METROPOLE = "243000643"
NIMES_POINT = (43.8367, 4.3601)


def record(service_id: str, **fields: Any) -> ServiceRecord:
    """A service in Nîmes, on site, free, for everyone; ``fields`` override."""
    values: dict[str, Any] = {
        "id": service_id,
        "nom": f"Service {service_id}",
        "description": "",
        "structure_id": "structure-fictive",
        "structure_nom": "Association Fictive",
        "source": "tests",
        "type": "accompagnement",
        "thematiques": ("remobilisation--lien-social",),
        "publics": ("tous-publics",),
        "publics_precisions": None,
        "conditions_acces": None,
        "frais": "gratuit",
        "modes_accueil": ("en-presentiel",),
        "zone_eligibilite": (),
        "code_insee": NIMES,
        "commune": "Nîmes",
        "latitude": NIMES_POINT[0],
        "longitude": NIMES_POINT[1],
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


def text_catalogue() -> list[ServiceRecord]:
    """Services told apart by their words (for the text search tables)."""
    return [
        record(
            "scooters",
            nom="Aide à la mobilité",
            description="Location de scooters à petit prix pour aller au travail.",
            structure_nom="Association Tremplin",
            thematiques=["mobilite--acceder-a-un-vehicule"],
        ),
        record(
            "permis",
            nom="Préparer son permis de conduire",
            description="Cours de code de la route et heures de conduite accompagnées.",
            structure_nom="Auto-école sociale Cigale",
            thematiques=["mobilite--preparer-un-permis"],
        ),
        record(
            "batiment",
            nom="Formations aux métiers du bâtiment",
            description="Maçon, peintre, carreleur : une formation qualifiante de six mois.",
            structure_nom="Centre Horizon",
            type="formation",
            thematiques=["se-former--trouver-sa-formation"],
        ),
        record(
            "cv",
            nom="Atelier CV",
            description="Écrire son curriculum vitae et une lettre de motivation.",
            structure_nom="Relais Emploi Garrigue",
            type="atelier",
            thematiques=["preparer-sa-candidature--realiser-un-cv-et-ou-une-lettre-de-motivation"],
        ),
        record(
            "global",
            nom="Accompagnement global",
            description="Un référent aide à financer le permis de conduire et à trouver un emploi.",
            structure_nom="Maison Sésame",
            thematiques=["trouver-un-emploi--repondre-a-des-offres-demploi"],
        ),
        record(
            "chantier",
            nom="Chantier d'insertion espaces verts",
            description="Des travaux d'entretien des parcs, vingt-six heures par semaine.",
            structure_nom="Régie Olivier",
            thematiques=["trouver-un-emploi--maintien-dans-lemploi"],
        ),
        record(
            "francais",
            nom="Cours de français",
            description="Apprendre à parler, lire et écrire en petits groupes.",
            structure_nom="Espace Archipel",
            type="formation",
            thematiques=["lecture-ecriture-calcul--maitriser-le-francais"],
        ),
        record(
            "numerique",
            nom="Initiation au numérique",
            description="Utiliser un smartphone, créer une adresse électronique.",
            structure_nom="Médiathèque Étincelle",
            type="atelier",
            thematiques=["numerique--maitriser-les-fondamentaux-du-numerique"],
        ),
    ]


def build(records: list[ServiceRecord]) -> CatalogueIndex:
    return CatalogueIndex.build(records)
