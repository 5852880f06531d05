"""Shared pieces of the sample catalogue content: documents to bring, zones, service()."""

from __future__ import annotations

from typing import Any

# Documents to bring (shown on the pathway sheet)
ID = "Pièce d'identité ou titre de séjour"
DOMICILE = "Justificatif de domicile de moins de 3 mois"
CV = "CV, même incomplet"
FT_ATT = "Attestation d'inscription à France Travail"
RSA_ATT = "Attestation de paiement du RSA (CAF ou MSA)"
MDPH = "Notification de décision de la MDPH (RQTH ou orientation)"
VITALE = "Carte Vitale ou attestation de droits à l'Assurance maladie"
RIB = "Relevé d'identité bancaire (RIB)"
PERMIS = "Permis de conduire"
RESSOURCES = "Justificatifs de ressources des 3 derniers mois"
IMPOTS = "Dernier avis d'imposition"
CAF = "Attestation CAF avec le quotient familial"
CARTE_GRISE = "Carte grise du véhicule"
ASSURANCE = "Attestation d'assurance du véhicule"
DIPLOMES = "Copies des diplômes et attestations de formation"
BULLETINS = "Derniers bulletins de salaire"
PRESCRIPTION = "Fiche de liaison remplie par le conseiller qui vous oriente"
CARNET_SANTE = "Carnet de santé de l'enfant"
BAIL = "Bail ou dernière quittance de loyer"
COURRIERS = "Courriers reçus (factures, relances, lettres de créanciers)"

EPCI = "243000643"
GARD = "30"
NIMES = "30189"


def service(
    structure: str,
    slug: str,
    nom: str,
    type_: str,
    thematiques: list[str],
    publics: list[str],
    description: str,
    *,
    pour: str,
    **fields: Any,
) -> dict[str, Any]:
    return {
        "structure": structure,
        "slug": slug,
        "nom": nom,
        "type": type_,
        "thematiques": thematiques,
        "publics": publics,
        "description": description,
        "pour": pour,
        **fields,
    }
