"""Passerelle's own vocabularies (the data·inclusion ones live in app.core.reference).

Codes are stable identifiers; labels are what the counsellor and the visitor read.
"""

from __future__ import annotations

from collections.abc import Iterable

# Situations of a visitor (profile contract) and required situations of a service.
SITUATIONS: dict[str, str] = {
    "demandeur-emploi": "Demandeur d'emploi inscrit à France Travail",
    "rsa": "Allocataire du RSA",
    "rqth": "Reconnaissance de travailleur handicapé (RQTH)",
    "jeune-sans-diplome": "Jeune sans diplôme",
    "salarie": "Salarié",
    "etudiant": "Étudiant",
    "senior": "Senior (50 ans et plus)",
    "parent-isole": "Parent seul avec enfant(s)",
    "qpv": "Habitant d'un quartier prioritaire",
}

# Diplomas, lowest first: the order matters for a "diploma ceiling".
DIPLOMAS: dict[str, str] = {
    "aucun": "Aucun diplôme",
    "cap-bep": "CAP ou BEP",
    "bac": "Baccalauréat",
    "bac+2": "Bac + 2",
    "bac+3-et-plus": "Bac + 3 et plus",
}

# Prerequisites a service may ask for.
PREREQUISITES: dict[str, str] = {
    "permis-b": "Permis B",
    "vehicule": "Véhicule personnel",
    "francais": "Parler et comprendre le français",
    "lecture-ecriture": "Savoir lire et écrire le français",
    "numerique": "Savoir utiliser un ordinateur ou un smartphone",
}

# Constraints a visitor may have (profile contract).
CONSTRAINTS: dict[str, str] = {
    "garde-enfants": "Garde d'enfants à organiser",
    "numerique": "Difficultés avec le numérique",
    "francais": "Difficultés avec le français",
}

# The four families of the Maison des compétences' offer.
FAMILIES: dict[str, str] = {
    "formation": "Formation",
    "insertion": "Insertion et emploi",
    "mobilite": "Mobilité",
    "orientation": "Orientation",
}

_CATEGORY_FAMILY: dict[str, str] = {
    "se-former": "formation",
    "lecture-ecriture-calcul": "formation",
    "mobilite": "mobilite",
    "choisir-un-metier": "orientation",
    "souvrir-a-linternational": "orientation",
    "creer-une-entreprise": "orientation",
}


def families_of(thematiques: Iterable[str] | None, type_: str | None = None) -> set[str]:
    """The families a service belongs to, from its themes (and its type).

    Theme categories not listed above (emploi, candidature, numérique, logement,
    santé, famille, remobilisation, difficultés…) are insertion.
    """
    families: set[str] = set()
    for code in thematiques or ():
        category = code.split("--", 1)[0]
        families.add(_CATEGORY_FAMILY.get(category, "insertion"))
    if type_ == "formation":
        families.add("formation")
    return families


def diploma_rank(code: str | None) -> int | None:
    """Position of a diploma code in DIPLOMAS (None when unknown)."""
    if code is None:
        return None
    try:
        return list(DIPLOMAS).index(code)
    except ValueError:
        return None
