"""Initials that the sheet explains in plain French ("no unexplained initials").

``explain(texts)`` finds the known initials in the texts printed for a step and returns one
short line for each, in the order they first appear. Matching is case-sensitive and on whole
words, so that "CAP" (the diploma) is explained and "cap" (the word) is not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

GLOSSARY: dict[str, str] = {
    "AAH": "allocation aux adultes handicapés",
    "ACI": "atelier et chantier d'insertion : un travail payé et un soutien",
    "AFPA": "un organisme public de formation pour les adultes",
    "Afpa": "un organisme public de formation pour les adultes",
    "AFPR": "une formation payée avant une embauche",
    "APL": "aide personnalisée au logement",
    "ARE": "allocation d'aide au retour à l'emploi (l'allocation chômage)",
    "ASS": "allocation de solidarité spécifique",
    "BAFA": "brevet d'aptitude aux fonctions d'animateur",
    "BEP": "brevet d'études professionnelles",
    "BTP": "bâtiment et travaux publics",
    "CACES": "permis pour conduire des engins de chantier ou d'entrepôt",
    "CAF": "caisse d'allocations familiales",
    "CAP": "certificat d'aptitude professionnelle, un diplôme de métier",
    "CCAS": "le service social de la mairie",
    "CCI": "chambre de commerce et d'industrie",
    "CDD": "contrat de travail à durée déterminée",
    "CDI": "contrat de travail à durée indéterminée",
    "CEJ": "contrat d'engagement jeune",
    "CIO": "centre d'information et d'orientation",
    "CléA": "un certificat : lire, écrire, compter, utiliser un ordinateur",
    "CMA": "chambre de métiers et de l'artisanat",
    "CPAM": "caisse primaire d'assurance maladie",
    "CPF": "compte personnel de formation, pour payer une formation",
    "CSS": "complémentaire santé solidaire, pour payer les soins",
    "CV": "la liste de vos emplois et de vos diplômes",
    "DELF": "diplôme d'études en langue française",
    "E2C": "école de la deuxième chance",
    "EPIDE": "établissement pour l'insertion dans l'emploi",
    "ETTI": "entreprise de travail temporaire d'insertion",
    "FLE": "cours de français pour les personnes d'autres pays",
    "GRETA": "un organisme public de formation pour les adultes",
    "Greta": "un organisme public de formation pour les adultes",
    "MDPH": "maison départementale des personnes handicapées",
    "PLIE": "plan local pour l'insertion et l'emploi, un accompagnement",
    "PMSMP": "un stage court en entreprise, pour découvrir un métier",
    "POEI": "une formation avant une embauche",
    "PSC1": "formation aux premiers secours",
    "QPV": "quartier prioritaire de la ville",
    "RQTH": "reconnaissance officielle d'un handicap au travail",
    "RSA": "revenu de solidarité active, une aide en argent",
    "SIAE": "structure d'insertion par l'activité économique",
    "SST": "sauveteur secouriste du travail",
    "VAE": "obtenir un diplôme grâce à son expérience",
}

_PATTERN = re.compile(
    r"(?<![\w])(" + "|".join(sorted(map(re.escape, GLOSSARY), key=len, reverse=True)) + r")(?![\w])"
)


def initials_in(texts: Iterable[str]) -> list[str]:
    """The known initials found in the texts, each once, in order of appearance."""
    found: dict[str, None] = {}
    for text in texts:
        for match in _PATTERN.finditer(text or ""):
            found.setdefault(match.group(1), None)
    return list(found)


def explain(texts: Iterable[str]) -> list[str]:
    """One line per known initial found: "CAF : caisse d'allocations familiales"."""
    lines: list[str] = []
    seen: set[str] = set()
    for initials in initials_in(texts):
        meaning = GLOSSARY[initials]
        if meaning in seen:  # "Greta" and "GRETA" say the same
            continue
        seen.add(meaning)
        lines.append(f"{initials}\u00a0: {meaning}")
    return lines
