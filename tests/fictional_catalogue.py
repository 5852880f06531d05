"""A small fictional catalogue for the desk's tests (core and window).

Every structure, person and number here is invented. Communes are real INSEE codes of
Nîmes Métropole (Nîmes 30189, Caissargues 30060, Bouillargues 30047, Milhaud 30169) and
one outside it (Alès 30007).
"""

from __future__ import annotations

from datetime import date

SOURCE = "tests-fictifs"
TODAY = date(2026, 11, 20)


def _structure(sid: str, nom: str, insee: str, cp: str, commune: str, **extra) -> dict:
    return {
        "id": sid,
        "source": SOURCE,
        "nom": nom,
        "date_maj": date(2026, 9, 1),
        "code_insee": insee,
        "code_postal": cp,
        "commune": commune,
        "adresse": extra.pop("adresse", "1 rue de l'Exemple"),
        "horaires_accueil": extra.pop("horaires", "Mo-Fr 09:00-12:00,14:00-17:00; PH off"),
        **extra,
    }


STRUCTURES = [
    _structure(
        "t--envol",
        "Association L'Envol (fictive)",
        "30189",
        "30000",
        "Nîmes",
        telephone="0400000001",
        latitude=43.8367,
        longitude=4.3601,
    ),
    _structure(
        "t--roue",
        "Garage solidaire La Roue Libre (fictif)",
        "30060",
        "30132",
        "Caissargues",
        latitude=43.7930,
        longitude=4.3904,
    ),
    _structure(
        "t--plume",
        "Atelier Plume (fictif)",
        "30047",
        "30230",
        "Bouillargues",
        courriel="accueil@plume.example",
    ),
    _structure(
        "t--cap",
        "Centre Cap Métier (fictif)",
        "30169",
        "30540",
        "Milhaud",
        verified_on=date(2026, 10, 2),
        verified_by="Camille (test)",
    ),
    _structure("t--ales", "Relais Cévennes (fictif)", "30007", "30100", "Alès"),
]


def _service(sid: str, structure: str, nom: str, description: str, **fields) -> dict:
    return {
        "id": sid,
        "source": SOURCE,
        "structure_id": structure,
        "nom": nom,
        "description": description,
        "date_maj": fields.pop("date_maj", date(2026, 9, 15)),
        **fields,
    }


SERVICES = [
    _service(
        "t--permis",
        "t--roue",
        "Permis de conduire accompagné",
        "Préparer le code et la conduite du permis B avec un moniteur solidaire.",
        thematiques=["mobilite--preparer-un-permis"],
        type="accompagnement",
        frais="payant",
        frais_precisions="50 € par mois",
        publics=["demandeurs-emploi", "jeunes"],
        age_min=18,
        age_max=30,
        zone_eligibilite=["243000643"],
        modes_accueil=["en-presentiel"],
        documents=["Pièce d'identité", "Justificatif de domicile"],
        arrival_phrase="Je viens pour le permis solidaire.",
    ),
    _service(
        "t--garage",
        "t--roue",
        "Réparation de voiture à petit prix",
        "Un garage solidaire répare votre voiture à prix coûtant.",
        thematiques=["mobilite--entretenir-reparer-son-vehicule"],
        frais="payant",
        publics=["beneficiaires-des-minimas-sociaux"],
        required_situations=["rsa"],
        zone_eligibilite=["30"],
        modes_accueil=["en-presentiel"],
    ),
    _service(
        "t--numerique",
        "t--plume",
        "Atelier ordinateur pour débutants",
        "Apprendre à allumer un ordinateur, envoyer un courriel et faire ses démarches.",
        thematiques=["numerique--maitriser-les-fondamentaux-du-numerique"],
        type="atelier",
        frais="gratuit",
        publics=["tous-publics"],
        modes_accueil=["en-presentiel"],
        horaires_accueil="Tu,Th 14:00-16:00",
    ),
    _service(
        "t--francais",
        "t--plume",
        "Cours de français à l'oral",
        "Parler français au quotidien : conversation en petit groupe.",
        thematiques=["lecture-ecriture-calcul--maitriser-le-francais"],
        type="formation",
        frais="gratuit",
        publics=["personnes-exilees", "tous-publics"],
        modes_accueil=["en-presentiel", "a-distance"],
    ),
    _service(
        "t--cv",
        "t--envol",
        "Atelier CV et lettre de motivation",
        "Rédiger son CV et sa lettre, se préparer à l'entretien d'embauche.",
        thematiques=["preparer-sa-candidature--realiser-un-cv-et-ou-une-lettre-de-motivation"],
        type="atelier",
        frais="gratuit",
        publics=["demandeurs-emploi"],
        zone_eligibilite=["30189"],
        modes_accueil=["en-presentiel"],
        telephone="0400000002",
    ),
    _service(
        "t--jeunes",
        "t--envol",
        "Accompagnement des jeunes vers l'emploi",
        "Un conseiller suit les jeunes de 16 à 25 ans vers un emploi ou une formation.",
        thematiques=["trouver-un-emploi--suivre-ses-candidatures-et-relancer-les-employeurs"],
        type="accompagnement",
        frais="gratuit",
        publics=["jeunes"],
        age_min=16,
        age_max=25,
        zone_eligibilite=["243000643"],
        modes_accueil=["en-presentiel"],
        verified_on=date(2026, 10, 10),
        verified_by="Camille (test)",
    ),
    _service(
        "t--orientation",
        "t--cap",
        "Choisir un métier : bilan d'orientation",
        "Découvrir des métiers, faire le point sur ses envies et ses compétences.",
        thematiques=["choisir-un-metier--identifier-ses-points-forts-et-ses-competences"],
        type="accompagnement",
        frais="gratuit",
        publics=["tous-publics"],
        zone_eligibilite=["30"],
        modes_accueil=["en-presentiel"],
        date_maj=date(2024, 5, 1),
    ),
    _service(
        "t--cariste",
        "t--cap",
        "Formation cariste CACES",
        "Formation qualifiante de cariste en entrepôt, avec stage en entreprise.",
        thematiques=["se-former--trouver-sa-formation"],
        type="formation",
        frais="gratuit",
        publics=["demandeurs-emploi"],
        required_situations=["demandeur-emploi"],
        diploma_max="bac",
        prerequisites=["francais"],
        zone_eligibilite=["30"],
        modes_accueil=["en-presentiel"],
        sessions=[{"debut": "2027-01-11", "fin": "2027-03-26", "places": 12}],
    ),
    _service(
        "t--garde",
        "t--envol",
        "Garde d'enfants pour aller en formation",
        "Une solution de garde pendant une formation ou un entretien.",
        thematiques=["famille--garde-denfants"],
        frais="gratuit",
        publics=["familles"],
        zone_eligibilite=["30189"],
        modes_accueil=["en-presentiel"],
    ),
    _service(
        "t--ales-emploi",
        "t--ales",
        "Permanence emploi d'Alès",
        "Aide à la recherche d'emploi pour les habitants d'Alès Agglomération.",
        thematiques=["trouver-un-emploi--suivre-ses-candidatures-et-relancer-les-employeurs"],
        frais="gratuit",
        publics=["tous-publics"],
        zone_eligibilite=["30007"],
        modes_accueil=["en-presentiel"],
    ),
    _service(
        "t--archive",
        "t--envol",
        "Ancien atelier d'informatique",
        "Un atelier qui n'existe plus.",
        thematiques=["numerique--maitriser-les-fondamentaux-du-numerique"],
        archived=True,
    ),
]


def fill(db) -> None:
    """Write the fictional catalogue into a migrated database."""
    from app.core import catalogue

    with db.transaction() as session:
        catalogue.upsert_structures(session, STRUCTURES)
        catalogue.upsert_services(session, SERVICES)
