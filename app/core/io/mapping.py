"""Which column of a spreadsheet holds which field.

Headers are compared folded (case, accents, punctuation and ``_`` ignored), so
"Code INSEE", "code_insee" and "CODE-INSEE" are the same column. The default mapping
knows the data·inclusion field names, the French headers of our own XLSX export and
common French synonyms ("Nom du service", "Ville", "E-mail"…). A mapping file
(``--mapping``) adds or overrides headers; it is JSON, either flat::

    {"Intitulé de l'action": "nom", "Organisme": "structure_nom", "Colonne à ignorer": null}

or with default values for fields the file lacks::

    {"colonnes": {"Intitulé de l'action": "nom"},
     "valeurs_par_defaut": {"source": "cd30", "date_maj": "2025-01-15"}}

``structure_nom`` is a pseudo-field of a service row: when the row has no
``structure_id``, its structure is identified (and created) from that name.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.core.errors import UserError
from app.core.io.fields import SERVICE, SERVICE_FIELDS, STRUCTURE, STRUCTURE_FIELDS
from app.core.text import fold

STRUCTURE_NAME = "structure_nom"  # pseudo-field of a service row
IGNORE_ROWS_COLUMN = "__ignore__"  # data·inclusion workbooks: rows marked here are skipped

# French headers of our XLSX export (and accepted on import); per kind where they differ.
LABELS: dict[str, str] = {
    "source": "Source",
    "structure_id": "Identifiant de la structure",
    "description": "Description",
    "date_maj": "Date de mise à jour",
    "siret": "SIRET",
    "lien_source": "Lien vers la source",
    "site_web": "Site web",
    "telephone": "Téléphone",
    "courriel": "Courriel",
    "horaires_accueil": "Horaires d'accueil",
    "accessibilite_lieu": "Accessibilité du lieu",
    "reseaux_porteurs": "Réseaux porteurs",
    "adresse": "Adresse",
    "complement_adresse": "Complément d'adresse",
    "code_postal": "Code postal",
    "commune": "Commune",
    "code_insee": "Code INSEE",
    "latitude": "Latitude",
    "longitude": "Longitude",
    "type": "Type de service",
    "thematiques": "Thématiques",
    "frais": "Frais",
    "frais_precisions": "Précisions sur les frais",
    "publics": "Publics",
    "publics_precisions": "Précisions sur les publics",
    "conditions_acces": "Conditions d'accès",
    "zone_eligibilite": "Zone d'éligibilité",
    "modes_accueil": "Modes d'accueil",
    "modes_mobilisation": "Modes de mobilisation",
    "mobilisable_par": "Mobilisable par",
    "mobilisation_precisions": "Précisions sur la mobilisation",
    "lien_mobilisation": "Lien de mobilisation",
    "volume_horaire_hebdomadaire": "Volume horaire hebdomadaire",
    "nombre_semaines": "Nombre de semaines",
    "contact_nom_prenom": "Contact (nom et prénom)",
    "age_min": "Âge minimum",
    "age_max": "Âge maximum",
    "required_situations": "Situations requises",
    "diploma_max": "Diplôme maximum",
    "prerequisites": "Prérequis",
    "documents": "Documents à apporter",
    "sessions": "Sessions",
    "arrival_phrase": "Ce que je dis en arrivant",
    "verified_on": "Vérifié le",
    "verified_by": "Vérifié par",
    "archived": "Archivé",
}
KIND_LABELS: dict[str, dict[str, str]] = {
    STRUCTURE: {"id": "Identifiant de la structure", "nom": "Nom de la structure"},
    SERVICE: {
        "id": "Identifiant du service",
        "nom": "Nom du service",
        STRUCTURE_NAME: "Nom de la structure",
    },
}

# Other headers met in partners' spreadsheets (folded form → field).
SYNONYMS: dict[str, str] = {
    "identifiant": "id",
    "nom": "nom",
    "intitule": "nom",
    "titre": "nom",
    "date de derniere mise a jour": "date_maj",
    "derniere mise a jour": "date_maj",
    "mise a jour": "date_maj",
    "date maj": "date_maj",
    "date de modification": "date_maj",
    "tel": "telephone",
    "numero de telephone": "telephone",
    "e mail": "courriel",
    "email": "courriel",
    "mail": "courriel",
    "adresse e mail": "courriel",
    "adresse mail": "courriel",
    "adresse electronique": "courriel",
    "site internet": "site_web",
    "site": "site_web",
    "horaires": "horaires_accueil",
    "horaires d ouverture": "horaires_accueil",
    "cp": "code_postal",
    "ville": "commune",
    "code commune": "code_insee",
    "insee": "code_insee",
    "code officiel geographique": "code_insee",
    "lat": "latitude",
    "lon": "longitude",
    "lng": "longitude",
    "type": "type",
    "thematique": "thematiques",
    "themes": "thematiques",
    "theme": "thematiques",
    "public": "publics",
    "public vise": "publics",
    "publics vises": "publics",
    "zone d intervention": "zone_eligibilite",
    "mode d accueil": "modes_accueil",
    "modes de mobilisation": "modes_mobilisation",
    "age min": "age_min",
    "age max": "age_max",
    "age minimum": "age_min",
    "age maximum": "age_max",
    "situations": "required_situations",
    "diplome max": "diploma_max",
    "niveau de diplome maximum": "diploma_max",
    "documents": "documents",
    "pieces a fournir": "documents",
    "pieces justificatives": "documents",
    "dates des sessions": "sessions",
    "phrase d arrivee": "arrival_phrase",
    "verifie le": "verified_on",
    "verifie par": "verified_by",
    "archive": "archived",
}
KIND_SYNONYMS: dict[str, dict[str, str]] = {
    STRUCTURE: {
        "id structure": "id",
        "identifiant structure": "id",
        "nom structure": "nom",
        "organisme": "nom",
        "structure": "nom",
    },
    SERVICE: {
        "id service": "id",
        "identifiant service": "id",
        "service": "nom",
        "nom service": "nom",
        "id structure": "structure_id",
        "identifiant structure": "structure_id",
        "nom structure": STRUCTURE_NAME,
        "organisme": STRUCTURE_NAME,
        "structure": STRUCTURE_NAME,
    },
}

ALL_FIELDS: frozenset[str] = (
    frozenset(STRUCTURE_FIELDS) | frozenset(SERVICE_FIELDS) | {STRUCTURE_NAME}
)
_NON_WORD = re.compile(r"[^a-z0-9+]+")


def normalize_header(header: Any) -> str:
    """The folded form under which a header is looked up."""
    return _NON_WORD.sub(" ", fold(str(header))).strip()


def field_label(kind: str, field_name: str) -> str:
    return KIND_LABELS[kind].get(field_name) or LABELS.get(field_name) or field_name


def _default_table(kind: str) -> dict[str, str]:
    table: dict[str, str] = {}
    fields = STRUCTURE_FIELDS if kind == STRUCTURE else (*SERVICE_FIELDS, STRUCTURE_NAME)
    for name in fields:
        table[normalize_header(name)] = name
    for name, label in LABELS.items():
        if name in fields:
            table[normalize_header(label)] = name
    for name, label in KIND_LABELS[kind].items():
        table[normalize_header(label)] = name
    for header, name in SYNONYMS.items():
        if name in fields:
            table.setdefault(header, name)
    for header, name in KIND_SYNONYMS[kind].items():
        table[header] = name
    return table


_DEFAULT_TABLES = {STRUCTURE: _default_table(STRUCTURE), SERVICE: _default_table(SERVICE)}


@dataclass
class ColumnMapping:
    """Headers (folded) → field, on top of the default mapping; None ignores a column."""

    columns: dict[str, str | None] = field(default_factory=dict)
    defaults: dict[str, Any] = field(default_factory=dict)
    use_defaults: bool = True  # False: only data·inclusion and extension field names

    def resolve(self, header: Any, kind: str) -> str | None:
        """The field a header holds, "" when the mapping says to ignore it, None if unknown."""
        key = normalize_header(header)
        if key in self.columns:
            return self.columns[key] or ""
        if self.use_defaults:
            return _DEFAULT_TABLES[kind].get(key)
        fields = STRUCTURE_FIELDS if kind == STRUCTURE else SERVICE_FIELDS
        name = str(header).strip()
        return name if name in fields else None


def identity_mapping() -> ColumnMapping:
    """data·inclusion CSV: headers are the field names, nothing else."""
    return ColumnMapping(use_defaults=False)


def load_mapping(path: str | Path) -> ColumnMapping:
    """A mapping file (see the module docstring); a French ``UserError`` when it is wrong."""
    source = Path(path)
    try:
        data = json.loads(source.read_text(encoding="utf-8-sig"))
    except FileNotFoundError as exc:
        raise UserError(f"Fichier de correspondance introuvable : « {source} ».") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"Impossible de lire le fichier de correspondance « {source} ».") from exc
    except ValueError as exc:
        raise UserError(
            f"Le fichier de correspondance « {source.name} » n'est pas un JSON valide "
            f"(ligne {getattr(exc, 'lineno', '?')})."
        ) from exc
    return mapping_from_dict(data, source.name)


def mapping_from_dict(data: Any, name: str = "correspondance") -> ColumnMapping:
    if not isinstance(data, dict):
        raise UserError(
            f"La correspondance « {name} » doit être un objet JSON "
            '{"En-tête de colonne": "champ", …}.'
        )
    if "colonnes" in data or "valeurs_par_defaut" in data:
        columns = data.get("colonnes") or {}
        defaults = data.get("valeurs_par_defaut") or {}
        unknown_keys = set(data) - {"colonnes", "valeurs_par_defaut"}
        if unknown_keys:
            raise UserError(
                f"Clé inconnue dans la correspondance « {name} » : {', '.join(sorted(unknown_keys))} "
                "(clés possibles : « colonnes », « valeurs_par_defaut »)."
            )
    else:
        columns, defaults = data, {}
    if not isinstance(columns, dict) or not isinstance(defaults, dict):
        raise UserError(
            f"La correspondance « {name} » est mal formée : des objets JSON sont attendus."
        )
    resolved: dict[str, str | None] = {}
    for header, target in columns.items():
        if target in (None, ""):
            resolved[normalize_header(header)] = None
            continue
        if not isinstance(target, str) or target not in ALL_FIELDS:
            raise UserError(
                f"Champ inconnu « {target} » pour la colonne « {header} » dans la correspondance "
                f"« {name} ». Champs possibles : {', '.join(sorted(ALL_FIELDS))}."
            )
        resolved[normalize_header(header)] = target
    for target in defaults:
        if target not in ALL_FIELDS:
            raise UserError(
                f"Champ inconnu « {target} » dans les valeurs par défaut de la correspondance "
                f"« {name} »."
            )
    return ColumnMapping(columns=resolved, defaults=dict(defaults))
